/* buurt-neighbourhood.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-neighbourhood"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-neighbourhood.h"

/* A row of the neighbourhood table; its columns are properties of BuurtEntity. */
struct _BuurtNeighbourhood
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtNeighbourhood, buurt_neighbourhood, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KERN_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_neighbourhood_validate (BuurtEntity  *entity,
                              GError      **error)
{
  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;
  if (buurt_entity_get_int (entity, "kern-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the town or village this neighbourhood belongs to."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_neighbourhood_class_init (BuurtNeighbourhoodClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_neighbourhood_validate;

  properties[PROP_KERN_ID] = buurt_column_id ("kern-id");
  properties[PROP_NAME] = buurt_column_string ("name");

  buurt_entity_class_install_properties (entity_class, "neighbourhood", properties, N_PROPS);
}

static void
buurt_neighbourhood_init (BuurtNeighbourhood *self)
{
}

/**
 * buurt_neighbourhood_new:
 *
 * Returns: (transfer full): a new, unsaved neighbourhood
 */
BuurtNeighbourhood *
buurt_neighbourhood_new (void)
{
  return g_object_new (BUURT_TYPE_NEIGHBOURHOOD, NULL);
}

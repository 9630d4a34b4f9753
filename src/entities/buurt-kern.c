/* buurt-kern.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-kern"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-kern.h"

/* A row of the kern table; its columns are properties of BuurtEntity. */
struct _BuurtKern
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtKern, buurt_kern, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_kern_validate (BuurtEntity  *entity,
                     GError      **error)
{
  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_kern_class_init (BuurtKernClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_kern_validate;

  properties[PROP_NAME] = buurt_column_string ("name");

  buurt_entity_class_install_properties (entity_class, "kern", properties, N_PROPS);
}

static void
buurt_kern_init (BuurtKern *self)
{
}

/**
 * buurt_kern_new:
 *
 * Returns: (transfer full): a new, unsaved kern
 */
BuurtKern *
buurt_kern_new (void)
{
  return g_object_new (BUURT_TYPE_KERN, NULL);
}

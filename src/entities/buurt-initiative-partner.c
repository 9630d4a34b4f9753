/* buurt-initiative-partner.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative-partner"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-initiative-partner.h"

/* A row of the initiative_partner table; its columns are properties of BuurtEntity. */
struct _BuurtInitiativePartner
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtInitiativePartner, buurt_initiative_partner, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_INITIATIVE_ID,
  PROP_CONTACT_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_initiative_partner_validate (BuurtEntity  *entity,
                                   GError      **error)
{
  if (buurt_entity_get_int (entity, "initiative-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the initiative."));
      return FALSE;
    }
  if (buurt_entity_get_int (entity, "contact-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose a person or organisation."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_initiative_partner_class_init (BuurtInitiativePartnerClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_initiative_partner_validate;

  properties[PROP_INITIATIVE_ID] = buurt_column_id ("initiative-id");
  properties[PROP_CONTACT_ID] = buurt_column_id ("contact-id");
  properties[PROP_ROLE] = buurt_column_enum ("role", BUURT_TYPE_PARTNER_ROLE, BUURT_PARTNER_ROLE_LEAD);

  buurt_entity_class_install_properties (entity_class, "initiative_partner", properties, N_PROPS);
}

static void
buurt_initiative_partner_init (BuurtInitiativePartner *self)
{
}

/**
 * buurt_initiative_partner_new:
 *
 * Returns: (transfer full): a new, unsaved initiative partner
 */
BuurtInitiativePartner *
buurt_initiative_partner_new (void)
{
  return g_object_new (BUURT_TYPE_INITIATIVE_PARTNER, NULL);
}

/* buurt-contact.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-contact"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-contact.h"

/* A row of the contact table; its columns are properties of BuurtEntity. */
struct _BuurtContact
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtContact, buurt_contact, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_PHONE,
  PROP_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_contact_validate (BuurtEntity  *entity,
                        GError      **error)
{
  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;
  if (!buurt_entity_check_email (entity, "email", error))
    return FALSE;

  return TRUE;
}

static void
buurt_contact_class_init (BuurtContactClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_contact_validate;

  properties[PROP_NAME] = buurt_column_string ("name");
  properties[PROP_KIND] = buurt_column_enum ("kind", BUURT_TYPE_CONTACT_KIND, BUURT_CONTACT_KIND_RESIDENT);
  properties[PROP_PHONE] = buurt_column_string ("phone");
  properties[PROP_EMAIL] = buurt_column_string ("email");

  buurt_entity_class_install_properties (entity_class, "contact", properties, N_PROPS);
}

static void
buurt_contact_init (BuurtContact *self)
{
}

/**
 * buurt_contact_new:
 *
 * Returns: (transfer full): a new, unsaved contact
 */
BuurtContact *
buurt_contact_new (void)
{
  return g_object_new (BUURT_TYPE_CONTACT, NULL);
}

/* buurt-ical-link.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical-link"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-ical-link.h"

/* A row of the ical_link table: the calendar file an activity was imported
 * from, keyed by the event's UID and RECURRENCE-ID, so a second import of the
 * same file finds the activity again instead of adding it twice. Its columns
 * are properties of BuurtEntity. */
struct _BuurtIcalLink
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtIcalLink, buurt_ical_link, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ACTIVITY_ID,
  PROP_UID,
  PROP_RECURRENCE_ID,
  PROP_SEQUENCE,
  PROP_LAST_MODIFIED,
  PROP_SOURCE,
  PROP_IMPORTED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_ical_link_validate (BuurtEntity  *entity,
                          GError      **error)
{
  if (buurt_entity_get_int (entity, "activity-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("An imported event must belong to an activity."));
      return FALSE;
    }

  if (!buurt_entity_require_text (entity, "uid", "UID", error))
    return FALSE;

  if (!buurt_entity_require_not_negative (entity, "sequence", "SEQUENCE", error))
    return FALSE;

  if (buurt_entity_get_date_time (entity, "imported-at") == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("An imported event must say when it was imported."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_ical_link_class_init (BuurtIcalLinkClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_ical_link_validate;

  properties[PROP_ACTIVITY_ID] = buurt_column_id ("activity-id");
  properties[PROP_UID] = buurt_column_string ("uid");
  properties[PROP_RECURRENCE_ID] = buurt_column_string ("recurrence-id");
  properties[PROP_SEQUENCE] = buurt_column_int ("sequence", 0);
  properties[PROP_LAST_MODIFIED] = buurt_column_date_time ("last-modified");
  properties[PROP_SOURCE] = buurt_column_string ("source");
  properties[PROP_IMPORTED_AT] = buurt_column_date_time ("imported-at");

  buurt_entity_class_install_properties (entity_class, "ical_link", properties, N_PROPS);
}

static void
buurt_ical_link_init (BuurtIcalLink *self)
{
}

/**
 * buurt_ical_link_new:
 *
 * Returns: (transfer full): a new, unsaved link
 */
BuurtIcalLink *
buurt_ical_link_new (void)
{
  return g_object_new (BUURT_TYPE_ICAL_LINK, NULL);
}

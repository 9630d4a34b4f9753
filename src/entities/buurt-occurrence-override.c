/* buurt-occurrence-override.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-occurrence-override"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-occurrence-override.h"

/* A row of the occurrence_override table: one date of a series that
 * differs from the series, as iCalendar's RECURRENCE-ID. recurrence-id is
 * the date's original start; starts-at, ends-at, room-id and location are
 * what it is now; title and description are empty when they follow the
 * series. */
struct _BuurtOccurrenceOverride
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtOccurrenceOverride, buurt_occurrence_override, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ACTIVITY_ID,
  PROP_RECURRENCE_ID,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ROOM_ID,
  PROP_LOCATION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CANCELLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_occurrence_override_validate (BuurtEntity  *entity,
                                    GError      **error)
{
  GDateTime *starts_at = buurt_entity_get_date_time (entity, "starts-at");
  GDateTime *ends_at = buurt_entity_get_date_time (entity, "ends-at");

  if (buurt_entity_get_int (entity, "activity-id") == 0 ||
      buurt_entity_get_date_time (entity, "recurrence-id") == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the date of the series that changes."));
      return FALSE;
    }
  if (starts_at == NULL || ends_at == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Fill in when the activity starts and ends."));
      return FALSE;
    }
  if (g_date_time_compare (ends_at, starts_at) <= 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("The end is before the start: the activity must end after it begins."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_occurrence_override_class_init (BuurtOccurrenceOverrideClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_occurrence_override_validate;

  properties[PROP_ACTIVITY_ID] = buurt_column_id ("activity-id");
  properties[PROP_RECURRENCE_ID] = buurt_column_date_time ("recurrence-id");
  properties[PROP_STARTS_AT] = buurt_column_date_time ("starts-at");
  properties[PROP_ENDS_AT] = buurt_column_date_time ("ends-at");
  properties[PROP_ROOM_ID] = buurt_column_id ("room-id");
  properties[PROP_LOCATION] = buurt_column_string ("location");
  properties[PROP_TITLE] = buurt_column_string ("title");
  properties[PROP_DESCRIPTION] = buurt_column_string ("description");
  properties[PROP_CANCELLED] = buurt_column_boolean ("cancelled");

  buurt_entity_class_install_properties (entity_class, "occurrence_override", properties, N_PROPS);
}

static void
buurt_occurrence_override_init (BuurtOccurrenceOverride *self)
{
}

/**
 * buurt_occurrence_override_new:
 *
 * Returns: (transfer full): a new, unsaved override
 */
BuurtOccurrenceOverride *
buurt_occurrence_override_new (void)
{
  return g_object_new (BUURT_TYPE_OCCURRENCE_OVERRIDE, NULL);
}

/**
 * buurt_occurrence_override_dup_day:
 * @tzid: the series' time zone
 * @property: "recurrence-id" or "starts-at"
 *
 * Returns: (transfer full) (nullable): the local date of that instant in
 *   @tzid, "YYYY-MM-DD"
 */
char *
buurt_occurrence_override_dup_day (BuurtOccurrenceOverride *self,
                                   const char              *tzid,
                                   const char              *property)
{
  GDateTime *instant;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (BUURT_IS_OCCURRENCE_OVERRIDE (self), NULL);

  instant = buurt_entity_get_date_time (BUURT_ENTITY (self), property);
  if (instant == NULL)
    return NULL;

  zone = g_time_zone_new_identifier (tzid != NULL ? tzid : "Europe/Amsterdam");
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (instant, zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* buurt-activity.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity.h"
#include "buurt-enum-types.h"
#include "buurt-recurrence.h"

/* A row of the activity table; its columns are properties of BuurtEntity. */
struct _BuurtActivity
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtActivity, buurt_activity, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CATEGORY,
  PROP_TARGET_GROUPS,
  PROP_ROOM_ID,
  PROP_LOCATION,
  PROP_ORGANISER_ID,
  PROP_INITIATIVE_ID,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALL_DAY,
  PROP_TZID,
  PROP_RRULE,
  PROP_CANCELLED_DATES,
  PROP_COST_CENTS,
  PROP_REGISTRATION,
  PROP_REGISTRATION_INFO,
  PROP_STATUS,
  PROP_REJECTION_REASON,
  PROP_SOURCE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
check_cancelled_dates (BuurtEntity  *entity,
                       GError      **error)
{
  const char *text = buurt_entity_get_string (entity, "cancelled-dates");
  g_auto(GStrv) days = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  days = g_strsplit (text, ",", -1);
  for (guint i = 0; days[i] != NULL; i++)
    {
      guint y, m, d;

      if (!buurt_parse_date (days[i], &y, &m, &d))
        {
          g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                       /* Translators: %s is what was given as a date */
                       _("The cancelled date “%s” is not a valid date."), days[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
buurt_activity_validate (BuurtEntity  *entity,
                         GError      **error)
{
  GDateTime *starts_at = buurt_entity_get_date_time (entity, "starts-at");
  GDateTime *ends_at = buurt_entity_get_date_time (entity, "ends-at");
  const char *rrule = buurt_entity_get_string (entity, "rrule");
  g_autoptr(GDateTime) far_future = NULL;
  g_autoptr(GArray) spans = NULL;

  if (!buurt_entity_require_text (entity, "title", _("Title"), error))
    return FALSE;

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

  if (!buurt_entity_require_not_negative (entity, "cost-cents", _("Cost"), error))
    return FALSE;

  if (!check_cancelled_dates (entity, error))
    return FALSE;

  if (rrule != NULL && *rrule != '\0')
    {
      /* A rule must give at least one date, however far ahead. */
      far_future = g_date_time_add_years (starts_at, 100);
      spans = buurt_recurrence_expand (starts_at, ends_at,
                                       buurt_entity_get_string (entity, "tzid"),
                                       rrule, NULL, far_future, 1, error);
      if (spans == NULL)
        return FALSE;
    }

  if (buurt_entity_get_enum (entity, "status") == BUURT_ACTIVITY_STATUS_REJECTED &&
      !buurt_entity_require_text (entity, "rejection-reason", _("Reason for rejecting"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_activity_class_init (BuurtActivityClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_activity_validate;

  properties[PROP_TITLE] = buurt_column_string ("title");
  properties[PROP_DESCRIPTION] = buurt_column_string ("description");
  properties[PROP_CATEGORY] = buurt_column_enum ("category", BUURT_TYPE_CATEGORY, BUURT_CATEGORY_MEETING);
  properties[PROP_TARGET_GROUPS] = buurt_column_flags ("target-groups", BUURT_TYPE_TARGET_GROUP);
  properties[PROP_ROOM_ID] = buurt_column_id ("room-id");
  properties[PROP_LOCATION] = buurt_column_string ("location");
  properties[PROP_ORGANISER_ID] = buurt_column_id ("organiser-id");
  properties[PROP_INITIATIVE_ID] = buurt_column_id ("initiative-id");
  properties[PROP_STARTS_AT] = buurt_column_date_time ("starts-at");
  properties[PROP_ENDS_AT] = buurt_column_date_time ("ends-at");
  properties[PROP_ALL_DAY] = buurt_column_boolean ("all-day");
  properties[PROP_TZID] = buurt_column_string ("tzid");
  properties[PROP_RRULE] = buurt_column_string ("rrule");
  properties[PROP_CANCELLED_DATES] = buurt_column_string ("cancelled-dates");
  properties[PROP_COST_CENTS] = buurt_column_int ("cost-cents", 0);
  properties[PROP_REGISTRATION] = buurt_column_enum ("registration", BUURT_TYPE_REGISTRATION, BUURT_REGISTRATION_NONE);
  properties[PROP_REGISTRATION_INFO] = buurt_column_string ("registration-info");
  properties[PROP_STATUS] = buurt_column_enum ("status", BUURT_TYPE_ACTIVITY_STATUS, BUURT_ACTIVITY_STATUS_SUBMITTED);
  properties[PROP_REJECTION_REASON] = buurt_column_string ("rejection-reason");
  properties[PROP_SOURCE] = buurt_column_enum ("source", BUURT_TYPE_SOURCE, BUURT_SOURCE_APP);
  properties[PROP_URL] = buurt_column_string ("url");

  buurt_entity_class_install_properties (entity_class, "activity", properties, N_PROPS);
}

static void
buurt_activity_init (BuurtActivity *self)
{
  g_object_set (self, "tzid", "Europe/Amsterdam", NULL);
}

/**
 * buurt_activity_new:
 *
 * Returns: (transfer full): a new, unsaved activity in Europe/Amsterdam
 */
BuurtActivity *
buurt_activity_new (void)
{
  return g_object_new (BUURT_TYPE_ACTIVITY, NULL);
}

/**
 * buurt_activity_expand:
 * @horizon: no date after this instant is given
 *
 * Returns: (transfer full) (element-type BuurtSpan) (nullable): the dates of
 *   the activity up to @horizon, from BUURT_RECURRENCE_HISTORY_DAYS before
 *   @horizon's "now" on, or %NULL with @error set
 */
GArray *
buurt_activity_expand (BuurtActivity  *self,
                       GDateTime      *horizon,
                       GError        **error)
{
  BuurtEntity *entity = BUURT_ENTITY (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) not_before = g_date_time_add_days (now, -BUURT_RECURRENCE_HISTORY_DAYS);

  g_return_val_if_fail (BUURT_IS_ACTIVITY (self), NULL);

  return buurt_recurrence_expand_window (buurt_entity_get_date_time (entity, "starts-at"),
                                         buurt_entity_get_date_time (entity, "ends-at"),
                                         buurt_entity_get_string (entity, "tzid"),
                                         buurt_entity_get_string (entity, "rrule"),
                                         buurt_entity_get_string (entity, "cancelled-dates"),
                                         not_before,
                                         horizon,
                                         BUURT_RECURRENCE_MAX_OCCURRENCES,
                                         error);
}

/**
 * buurt_activity_expand_all:
 * @horizon: no date after this instant is given
 *
 * Every date of the activity from its own start up to @horizon, as the
 * occurrence table keeps them: a ten-year archive is as complete as next
 * year's agenda.
 *
 * Returns: (transfer full) (element-type BuurtSpan) (nullable): the dates,
 *   or %NULL with @error set
 */
GArray *
buurt_activity_expand_all (BuurtActivity  *self,
                           GDateTime      *horizon,
                           GError        **error)
{
  BuurtEntity *entity = BUURT_ENTITY (self);

  g_return_val_if_fail (BUURT_IS_ACTIVITY (self), NULL);
  g_return_val_if_fail (horizon != NULL, NULL);

  return buurt_recurrence_expand_window (buurt_entity_get_date_time (entity, "starts-at"),
                                         buurt_entity_get_date_time (entity, "ends-at"),
                                         buurt_entity_get_string (entity, "tzid"),
                                         buurt_entity_get_string (entity, "rrule"),
                                         buurt_entity_get_string (entity, "cancelled-dates"),
                                         NULL,
                                         horizon,
                                         BUURT_RECURRENCE_MAX_OCCURRENCES,
                                         error);
}

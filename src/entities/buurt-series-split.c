/* buurt-series-split.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-series-split"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "buurt-enum-types.h"
#include "buurt-series-split.h"

/* A row of the series_split table: "this and all later dates" ended the
 * series activity-id before split-at and went on as later-activity-id. */
struct _BuurtSeriesSplit
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtSeriesSplit, buurt_series_split, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ACTIVITY_ID,
  PROP_LATER_ACTIVITY_ID,
  PROP_SPLIT_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_series_split_validate (BuurtEntity  *entity,
                             GError      **error)
{
  if (buurt_entity_get_int (entity, "activity-id") == 0 ||
      buurt_entity_get_int (entity, "later-activity-id") == 0 ||
      buurt_entity_get_date_time (entity, "split-at") == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the date of the series that changes."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_series_split_class_init (BuurtSeriesSplitClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_series_split_validate;

  properties[PROP_ACTIVITY_ID] = buurt_column_id ("activity-id");
  properties[PROP_LATER_ACTIVITY_ID] = buurt_column_id ("later-activity-id");
  properties[PROP_SPLIT_AT] = buurt_column_date_time ("split-at");

  buurt_entity_class_install_properties (entity_class, "series_split", properties, N_PROPS);
}

static void
buurt_series_split_init (BuurtSeriesSplit *self)
{
}

/**
 * buurt_series_split_new:
 *
 * Returns: (transfer full): a new, unsaved link between two series
 */
BuurtSeriesSplit *
buurt_series_split_new (void)
{
  return g_object_new (BUURT_TYPE_SERIES_SPLIT, NULL);
}

static char *
rule_to_string (struct icalrecurrencetype *rule)
{
  char *text = icalrecurrencetype_as_string_r (rule);
  char *copy = g_strdup (text);

  icalmemory_free_buffer (text);
  return copy;
}

/**
 * buurt_series_split_rule_until:
 * @rrule: a series' rule
 * @until: the last instant the series may have a date, in UTC
 *
 * The rule of the earlier part of a split series: the same rule ending at
 * @until (instead of any COUNT or UNTIL it had).
 *
 * Returns: (transfer full) (nullable): the new rule, or %NULL when @rrule
 *   cannot be read
 */
char *
buurt_series_split_rule_until (const char *rrule,
                               GDateTime  *until)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (until);
  struct icalrecurrencetype rule = icalrecurrencetype_from_string (rrule);

  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      icalerror_clear_errno ();
      return NULL;
    }

  rule.count = 0;
  rule.until = icaltime_null_time ();
  rule.until.year = g_date_time_get_year (utc);
  rule.until.month = g_date_time_get_month (utc);
  rule.until.day = g_date_time_get_day_of_month (utc);
  rule.until.hour = g_date_time_get_hour (utc);
  rule.until.minute = g_date_time_get_minute (utc);
  rule.until.second = g_date_time_get_second (utc);
  rule.until.zone = icaltimezone_get_utc_timezone ();

  return rule_to_string (&rule);
}

/**
 * buurt_series_split_rule_count:
 * @rrule: a series' rule with COUNT
 * @count: how many dates the rule gives now
 *
 * Returns: (transfer full) (nullable): the rule with COUNT=@count
 */
char *
buurt_series_split_rule_count (const char *rrule,
                               int         count)
{
  struct icalrecurrencetype rule = icalrecurrencetype_from_string (rrule);

  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      icalerror_clear_errno ();
      return NULL;
    }

  rule.count = MAX (count, 1);
  return rule_to_string (&rule);
}

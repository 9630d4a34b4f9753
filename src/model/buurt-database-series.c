/* buurt-database-series.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-database-private.h"
#include "buurt-database-series.h"

/*
 * A change to one date of a series, for that date only (an override, as
 * iCalendar's RECURRENCE-ID), for it and all later dates (the series is
 * split there) or for every date (the series itself, with its own first
 * date kept); and the closures' preview. The editor builds the date as the
 * user wants it; this decides what that means for the series.
 */

/* A new activity with every column of @activity except identity and
 * timestamps. */
static BuurtActivity *
copy_activity (BuurtActivity *activity)
{
  BuurtActivity *copy = buurt_activity_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (activity), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != BUURT_TYPE_ACTIVITY)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (activity), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

static gboolean
change_this_date (BuurtDatabase  *self,
                  BuurtActivity  *series,
                  const char     *day,
                  BuurtActivity  *changed,
                  GError        **error)
{
  BuurtStore *store = buurt_database_get_store (self);
  BuurtEntity *s = BUURT_ENTITY (series);
  BuurtEntity *c = BUURT_ENTITY (changed);
  g_autofree char *recurrence_text = NULL;
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autoptr(GDateTime) recurrence_id = NULL;
  GError *local_error = NULL;
  const char *title = buurt_entity_get_string (c, "title");
  const char *description = buurt_entity_get_string (c, "description");

  override = buurt_store_find_override (store, buurt_entity_get_id (s), day, &recurrence_text, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (recurrence_text == NULL)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This date is no longer one of the series."));
      return FALSE;
    }

  if (override == NULL)
    {
      override = buurt_occurrence_override_new ();
      recurrence_id = buurt_parse_utc (recurrence_text);
      g_object_set (override,
                    "activity-id", buurt_entity_get_id (s),
                    "recurrence-id", recurrence_id,
                    NULL);
    }

  g_object_set (override,
                "starts-at", buurt_entity_get_date_time (c, "starts-at"),
                "ends-at", buurt_entity_get_date_time (c, "ends-at"),
                "room-id", buurt_entity_get_int (c, "room-id"),
                "location", buurt_entity_get_string (c, "location"),
                "title", same_text (title, buurt_entity_get_string (s, "title")) ? NULL : title,
                "description", same_text (description, buurt_entity_get_string (s, "description")) ? NULL : description,
                "cancelled", buurt_entity_get_enum (c, "status") == BUURT_ACTIVITY_STATUS_CANCELLED &&
                             buurt_entity_get_enum (s, "status") != BUURT_ACTIVITY_STATUS_CANCELLED,
                NULL);

  return buurt_store_save (store, BUURT_ENTITY (override), error);
}

/* The local date and time of @instant in @zone, as a GDateTime there. */
static GDateTime *
local (GDateTime  *instant,
       GTimeZone  *zone)
{
  return g_date_time_to_timezone (instant, zone);
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  return a != NULL && b != NULL && g_date_time_equal (a, b);
}

/* Opened from a date with an override, the editor shows that date's own
 * time, place, title and description. Every date takes only what the user
 * changed there: what still is the override's stays the series' own, and
 * the override stays. Returns whether the time is the series' own. */
static gboolean
keep_override_values (BuurtActivity            *series,
                      BuurtOccurrenceOverride  *override,
                      BuurtActivity            *changed)
{
  BuurtEntity *s = BUURT_ENTITY (series);
  BuurtEntity *o = BUURT_ENTITY (override);
  BuurtEntity *c = BUURT_ENTITY (changed);
  const char *title = buurt_entity_get_string (o, "title");
  const char *description = buurt_entity_get_string (o, "description");
  gboolean time_kept;

  if (buurt_entity_get_int (c, "room-id") == buurt_entity_get_int (o, "room-id") &&
      same_text (buurt_entity_get_string (c, "location"), buurt_entity_get_string (o, "location")))
    g_object_set (changed,
                  "room-id", buurt_entity_get_int (s, "room-id"),
                  "location", buurt_entity_get_string (s, "location"),
                  NULL);
  if (title != NULL && same_text (buurt_entity_get_string (c, "title"), title))
    g_object_set (changed, "title", buurt_entity_get_string (s, "title"), NULL);
  if (description != NULL && same_text (buurt_entity_get_string (c, "description"), description))
    g_object_set (changed, "description", buurt_entity_get_string (s, "description"), NULL);

  time_kept = same_time (buurt_entity_get_date_time (c, "starts-at"), buurt_entity_get_date_time (o, "starts-at")) &&
              same_time (buurt_entity_get_date_time (c, "ends-at"), buurt_entity_get_date_time (o, "ends-at"));
  if (time_kept)
    g_object_set (changed,
                  "starts-at", buurt_entity_get_date_time (s, "starts-at"),
                  "ends-at", buurt_entity_get_date_time (s, "ends-at"),
                  NULL);

  return time_kept;
}

/* Every date: the series keeps its own first date, moved by as many days as
 * the user moved this one, at the new time of day. */
static gboolean
change_every_date (BuurtDatabase  *self,
                   BuurtActivity  *series,
                   const char     *day,
                   BuurtActivity  *changed,
                   GError        **error)
{
  BuurtEntity *c = BUURT_ENTITY (changed);
  g_autoptr(GTimeZone) zone = buurt_time_zone_new (buurt_entity_get_string (c, "tzid"));
  g_autoptr(GDateTime) first = local (buurt_entity_get_date_time (BUURT_ENTITY (series), "starts-at"), zone);
  g_autoptr(GDateTime) new_start = local (buurt_entity_get_date_time (c, "starts-at"), zone);
  GDateTime *new_end = buurt_entity_get_date_time (c, "ends-at");
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GDateTime) moved = NULL;
  guint year, month, mday;
  GTimeSpan length = g_date_time_difference (new_end, new_start);
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autofree char *own_day = NULL;
  GError *local_error = NULL;
  gint64 days;

  override = buurt_store_find_override (buurt_database_get_store (self), buurt_entity_get_id (BUURT_ENTITY (series)),
                                        day, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (override != NULL && keep_override_values (series, override, changed))
    return buurt_database_save (self, c, error);

  /* A date moved to another day by its override: the series moves by as
   * many days as the user moved the date from where it is now. */
  if (override != NULL)
    {
      g_autoptr(GDateTime) was = local (buurt_entity_get_date_time (BUURT_ENTITY (override), "starts-at"), zone);

      g_free (own_day);
      own_day = g_date_time_format (was, "%Y-%m-%d");
      day = own_day;
    }

  if (!buurt_parse_date (day, &year, &month, &mday))
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This date is no longer one of the series."));
      return FALSE;
    }

  /* Whole days between the dates, counted on the calendar: a day across a
   * change to summer time has 23 hours. */
  {
    GDate was_date, new_date;

    g_date_clear (&was_date, 1);
    g_date_clear (&new_date, 1);
    g_date_set_dmy (&was_date, mday, month, year);
    g_date_set_dmy (&new_date, g_date_time_get_day_of_month (new_start), g_date_time_get_month (new_start),
                    g_date_time_get_year (new_start));
    days = g_date_days_between (&was_date, &new_date);
  }

  moved = g_date_time_add_days (first, (int) days);
  starts_at = g_date_time_new (zone, g_date_time_get_year (moved), g_date_time_get_month (moved),
                               g_date_time_get_day_of_month (moved), g_date_time_get_hour (new_start),
                               g_date_time_get_minute (new_start), 0);
  ends_at = g_date_time_add (starts_at, length);
  g_object_set (changed, "starts-at", starts_at, "ends-at", ends_at, NULL);

  return buurt_database_save (self, c, error);
}

/**
 * buurt_database_change_date:
 * @activity_id: a saved series
 * @day: the date of the series the user changed, "YYYY-MM-DD"
 * @changed: the activity as the user wants that date: its start and end are
 *   that date's; for every date, it is the series to save (its id is
 *   @activity_id)
 * @scope: which dates the change is for
 * @new_activity_id: (out) (optional): for this and later dates, the series
 *   that goes on from @day
 *
 * Saves a change to one date of a series, in one transaction: only this
 * date stores an override, this and all later dates splits the series at
 * @day (nothing before it changes), every date changes the series and
 * keeps its overrides.
 *
 * Returns: %TRUE on success; otherwise @error says what is wrong and
 *   nothing changed
 */
gboolean
buurt_database_change_date (BuurtDatabase     *self,
                            gint64             activity_id,
                            const char        *day,
                            BuurtActivity     *changed,
                            BuurtSeriesScope   scope,
                            gint64            *new_activity_id,
                            GError           **error)
{
  BuurtStore *store;
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(BuurtActivity) later = NULL;
  g_autoptr(GDateTime) split_at = NULL;
  g_autofree char *recurrence_text = NULL;
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ACTIVITY (changed), FALSE);

  store = buurt_database_get_store (self);
  series = buurt_store_load (store, BUURT_TYPE_ACTIVITY, activity_id, error);
  if (series == NULL)
    return FALSE;
  if (!buurt_entity_validate (BUURT_ENTITY (changed), error))
    return FALSE;

  switch (scope)
    {
    case BUURT_SERIES_SCOPE_THIS_DATE:
      return change_this_date (self, series, day, changed, error);

    case BUURT_SERIES_SCOPE_EVERY_DATE:
      return change_every_date (self, series, day, changed, error);

    case BUURT_SERIES_SCOPE_THIS_AND_LATER:
      override = buurt_store_find_override (store, activity_id, day, &recurrence_text, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (recurrence_text == NULL)
        {
          g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                               _("This date is no longer one of the series."));
          return FALSE;
        }
      split_at = buurt_parse_utc (recurrence_text);
      later = copy_activity (changed);
      g_object_set (later, "cancelled-dates", buurt_entity_get_string (BUURT_ENTITY (series), "cancelled-dates"),
                    NULL);
      if (!buurt_store_split_series (store, series, later, split_at, NULL, error))
        return FALSE;
      if (new_activity_id != NULL)
        *new_activity_id = buurt_entity_get_id (BUURT_ENTITY (later));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/**
 * buurt_database_find_override:
 * @activity_id: a series
 * @day: one of its dates
 *
 * Returns: (transfer full) (nullable): how that date differs from the
 *   series, or %NULL when it does not
 */
BuurtOccurrenceOverride *
buurt_database_find_override (BuurtDatabase  *self,
                              gint64          activity_id,
                              const char     *day,
                              GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_find_override (buurt_database_get_store (self), activity_id, day, NULL, error);
}

/**
 * buurt_database_restore_to_series:
 * @activity_id: a series
 * @day: a date of it that differs from the series
 *
 * Puts the date back to the series: its override is deleted (a tombstone).
 *
 * Returns: %TRUE on success, also when the date did not differ
 */
gboolean
buurt_database_restore_to_series (BuurtDatabase  *self,
                                  gint64          activity_id,
                                  const char     *day,
                                  GError        **error)
{
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  override = buurt_database_find_override (self, activity_id, day, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (override == NULL)
    return TRUE;

  return buurt_database_delete (self, BUURT_ENTITY (override), error);
}

/**
 * buurt_database_preview_closure:
 *
 * See buurt_store_preview_closure(): what @closure cancels, by activity.
 *
 * Returns: (transfer full) (element-type BuurtClosureDates) (nullable)
 */
GArray *
buurt_database_preview_closure (BuurtDatabase  *self,
                                BuurtClosure   *closure,
                                gint64         *n_dates,
                                GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_preview_closure (buurt_database_get_store (self), closure, n_dates, error);
}

/**
 * buurt_database_count_closed_dates:
 *
 * Returns: how many dates of an activity a closure cancels, or -1 with
 *   @error set
 */
gint64
buurt_database_count_closed_dates (BuurtDatabase  *self,
                                   gint64          activity_id,
                                   GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), -1);

  return buurt_store_count_closed_dates (buurt_database_get_store (self), activity_id, error);
}

/**
 * buurt_database_closures_reaching:
 * @starts_at: the first date of a series being edited
 * @ends_at: its end
 * @rrule: (nullable): its rule, or %NULL for one date
 * @room_id: its room, or 0 for elsewhere
 * @n_dates: (out): how many of its dates fall in a closure in force
 *
 * For the editor, while the user changes the rule: which closures in force
 * would skip dates of the series as it is in the form (not saved yet).
 *
 * Returns: (transfer full) (element-type BuurtClosureDates) (nullable): the
 *   closures that skip at least one date, each with its name as @title and
 *   how many dates it skips, or %NULL with @error set
 */
GArray *
buurt_database_closures_reaching (BuurtDatabase  *self,
                                  GDateTime      *starts_at,
                                  GDateTime      *ends_at,
                                  const char     *tzid,
                                  const char     *rrule,
                                  gint64          room_id,
                                  gint64         *n_dates,
                                  GError        **error)
{
  BuurtStore *store;
  g_autoptr(GArray) closures = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) reaching = g_array_new (FALSE, TRUE, sizeof (BuurtClosureDates));
  g_autoptr(GTimeZone) zone = buurt_time_zone_new (tzid);
  g_autoptr(GDateTime) local_start = g_date_time_to_timezone (starts_at, zone);
  g_autofree char *first_day = g_date_time_format (local_start, "%Y-%m-%d");
  g_autoptr(GDateTime) horizon = NULL;
  gint64 total = 0;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  *n_dates = 0;
  store = buurt_database_get_store (self);
  closures = buurt_store_closures_for_room (store, room_id, first_day, error);
  if (closures == NULL)
    return NULL;
  g_array_set_clear_func (reaching, buurt_closure_dates_clear);
  if (closures->len == 0)
    return g_steal_pointer (&reaching);

  /* As far as the agenda has dates; two years when it has none yet. */
  horizon = buurt_store_get_horizon (store, NULL);
  if (horizon == NULL)
    horizon = g_date_time_add_years (starts_at, 2);
  spans = buurt_recurrence_expand (starts_at, ends_at, tzid, rrule, NULL, horizon, G_MAXUINT, error);
  if (spans == NULL)
    return NULL;

  for (guint c = 0; c < closures->len; c++)
    {
      BuurtClosureDates *closure = &g_array_index (closures, BuurtClosureDates, c);
      BuurtClosureDates item = { .activity_id = closure->activity_id };

      for (guint i = 0; i < spans->len; i++)
        {
          const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

          if (strcmp (span->day, closure->first_day) < 0 || strcmp (span->day, closure->last_day) > 0)
            continue;

          /* A date two closures reach is counted for the first. */
          if (item.n_dates == 0)
            g_strlcpy (item.first_day, span->day, sizeof item.first_day);
          g_strlcpy (item.last_day, span->day, sizeof item.last_day);
          item.n_dates++;
        }

      if (item.n_dates == 0)
        continue;
      item.title = g_strdup (closure->title);
      total += item.n_dates;
      g_array_append_val (reaching, item);
    }

  *n_dates = total;
  return g_steal_pointer (&reaching);
}

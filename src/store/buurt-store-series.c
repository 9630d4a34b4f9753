/* buurt-store-series.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

/*
 * Series as people live them: overrides of one date and splits of a series
 * (closures of a period: buurt-store-closures.c). The occurrence table stays the one place that
 * range queries, search, counts and room conflicts read, so all three end up
 * in its rows:
 *
 * - an override replaces its date's start, end and room (override_id says
 *   which one), so an override moved to another room conflicts there;
 * - a closure that is not deleted cancels every date in its period and scope
 *   that was not cancelled yet, and says so in closure_id; lifting it (a
 *   tombstone) restores exactly those rows, never a date cancelled by hand;
 * - a split is two activities and the series_split row linking them.
 *
 * Rebuilding an activity's rows applies its overrides and then every closure
 * in force, so a new or changed series skips the closed dates.
 */

static const char *select_overrides_sql =
  "SELECT id, recurrence_id, starts_at, ends_at, coalesce (room_id, 0), cancelled "
  "FROM occurrence_override WHERE activity_id = :activity_id AND deleted_at IS NULL";
static const char *move_recurrence_id_sql =
  "UPDATE occurrence_override SET recurrence_id = :recurrence_id WHERE id = :id";

static const char *override_on_day_sql =
  "SELECT 1 FROM occurrence WHERE activity_id = :activity_id AND day = :day "
  "  AND override_id IS NOT :override_id LIMIT 1";
static const char *find_override_sql =
  "SELECT id FROM occurrence_override "
  "WHERE activity_id = :activity_id AND recurrence_id = :recurrence_id AND deleted_at IS NULL";
static const char *occurrence_on_day_sql =
  "SELECT o.starts_at, ov.recurrence_id FROM occurrence o "
  "LEFT JOIN occurrence_override ov ON ov.id = o.override_id "
  "WHERE o.activity_id = :activity_id AND o.day = :day ORDER BY o.starts_at LIMIT 1";
static const char *move_later_overrides_sql =
  "UPDATE occurrence_override SET activity_id = :later_id, modified_at = :now "
  "WHERE activity_id = :activity_id AND recurrence_id >= :split_at AND deleted_at IS NULL";
static const char *drop_split_override_sql =
  "UPDATE occurrence_override SET deleted_at = :now, modified_at = :now "
  "WHERE activity_id = :activity_id AND recurrence_id = :split_at AND deleted_at IS NULL";
static const char *move_back_overrides_sql =
  "UPDATE occurrence_override SET activity_id = :activity_id, modified_at = :now "
  "WHERE activity_id = :later_id AND deleted_at IS NULL";
static const char *bring_back_override_sql =
  "UPDATE occurrence_override SET deleted_at = NULL, modified_at = :now "
  "WHERE id = :id AND deleted_at IS NOT NULL";
static const char *find_split_sql =
  "SELECT id FROM series_split "
  "WHERE activity_id = :activity_id AND later_activity_id = :later_id AND deleted_at IS NULL";
static const char *count_before_sql =
  "SELECT count (*) FROM occurrence WHERE activity_id = :activity_id AND starts_at < :split_at";

/* Rebuilds the rows of one activity, as saving it would. */
static gboolean
rebuild_activity (BuurtStore  *self,
                  gint64       activity_id,
                  GError     **error)
{
  g_autoptr(BuurtActivity) activity = buurt_store_load (self, BUURT_TYPE_ACTIVITY, activity_id, error);

  if (activity == NULL)
    return FALSE;

  return buurt_store_rebuild_occurrences (self, activity, error) &&
         buurt_store_index_activity (self, activity_id, error);
}

static const char *
activity_tzid (BuurtStore *self,
               gint64      activity_id,
               char      **owned)
{
  g_autoptr(BuurtActivity) activity = buurt_store_load (self, BUURT_TYPE_ACTIVITY, activity_id, NULL);

  *owned = activity != NULL ? g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "tzid")) : NULL;
  return *owned;
}

/* An override may not move its date onto another date the series has. */
static gboolean
check_override (BuurtStore               *self,
                BuurtOccurrenceOverride  *override,
                GError                  **error)
{
  BuurtEntity *entity = BUURT_ENTITY (override);
  gint64 activity_id = buurt_entity_get_int (entity, "activity-id");
  g_autofree char *tzid = NULL;
  g_autofree char *old_day = NULL;
  g_autofree char *new_day = NULL;
  sqlite3_stmt *stmt;
  gboolean taken;

  activity_tzid (self, activity_id, &tzid);
  old_day = buurt_occurrence_override_dup_day (override, tzid, "recurrence-id");
  new_day = buurt_occurrence_override_dup_day (override, tzid, "starts-at");
  if (g_strcmp0 (old_day, new_day) == 0)
    return TRUE;

  stmt = buurt_store_prepare (self, override_on_day_sql, error);
  if (stmt == NULL)
    return FALSE;

  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  buurt_store_bind_text (stmt, ":day", new_day);
  buurt_store_bind_int (stmt, ":override_id", buurt_entity_get_id (entity));
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (taken)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                           _("The series already has a date on that day: choose another day, or change that date instead."));
      return FALSE;
    }

  return TRUE;
}

/**
 * buurt_store_write_series_entity:
 * @entity: an override or a closure just written
 *
 * Brings the occurrence rows in line with @entity: an override rebuilds its
 * activity's rows; a closure first restores the rows it cancelled before
 * and then, unless it is deleted (lifted), cancels those it reaches now.
 * Inside the transaction that wrote @entity.
 */
gboolean
buurt_store_write_series_entity (BuurtStore   *self,
                                 BuurtEntity  *entity,
                                 GError      **error)
{
  if (BUURT_IS_OCCURRENCE_OVERRIDE (entity))
    {
      if (buurt_entity_get_deleted_at (entity) == NULL &&
          !check_override (self, BUURT_OCCURRENCE_OVERRIDE (entity), error))
        return FALSE;
      if (!rebuild_activity (self, buurt_entity_get_int (entity, "activity-id"), error))
        return FALSE;
    }
  else if (BUURT_IS_CLOSURE (entity))
    {
      if (!buurt_store_write_closure (self, BUURT_CLOSURE (entity), error))
        return FALSE;
    }

  buurt_store_emit_changed (self, "occurrence");
  return TRUE;
}

/* One override as expansion reads it. */
typedef struct
{
  gint64 id;
  char  *recurrence_id;
  char  *starts_at;
  char  *ends_at;
  gint64 room_id;
  gboolean cancelled;
} Override;

static void
override_free (gpointer data)
{
  Override *override = data;

  g_free (override->recurrence_id);
  g_free (override->starts_at);
  g_free (override->ends_at);
  g_free (override);
}

/* Whether @day is in @days, a comma-separated list. */
static gboolean
listed (const char *days,
        const char *day)
{
  g_auto(GStrv) all = g_strsplit (days != NULL ? days : "", ",", -1);

  return g_strv_contains ((const char * const *) all, day);
}

static char *
local_day (const char *utc,
           GTimeZone  *zone)
{
  g_autoptr(GDateTime) instant = buurt_parse_utc (utc);
  g_autoptr(GDateTime) local = instant != NULL ? g_date_time_to_timezone (instant, zone) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
}

/**
 * buurt_store_apply_overrides:
 * @activity: a series
 * @spans: (element-type BuurtSpan): its dates, changed in place
 *
 * Puts each override of @activity on its date: an override belongs to the
 * date of the series on the same local day as its recurrence-id, so a later
 * change to the series' time keeps it (its recurrence-id then moves along
 * to the date's new start). An override whose day the series no longer has
 * stays stored and has no date.
 *
 * Returns: (transfer full) (element-type BuurtSpanPlace) (nullable): where
 *   each span takes place, or %NULL with @error set
 */
GArray *
buurt_store_apply_overrides (BuurtStore     *self,
                             BuurtActivity  *activity,
                             GArray         *spans,
                             GError        **error)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  gint64 activity_id = buurt_entity_get_id (entity);
  g_autoptr(GArray) places = g_array_sized_new (FALSE, TRUE, sizeof (BuurtSpanPlace), spans->len);
  g_autoptr(GHashTable) by_day = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, override_free);
  g_autoptr(GTimeZone) zone = NULL;
  BuurtSpanPlace series_place = { buurt_entity_get_int (entity, "room-id"), 0 };
  const char *tzid = buurt_entity_get_string (entity, "tzid");
  const char *cancelled_dates = buurt_entity_get_string (entity, "cancelled-dates");
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < spans->len; i++)
    g_array_append_val (places, series_place);

  stmt = buurt_store_prepare (self, select_overrides_sql, error);
  if (stmt == NULL)
    return NULL;

  zone = g_time_zone_new_identifier (tzid != NULL ? tzid : "Europe/Amsterdam");
  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Override *override = g_new0 (Override, 1);

      override->id = sqlite3_column_int64 (stmt, 0);
      override->recurrence_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      override->starts_at = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      override->ends_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      override->room_id = sqlite3_column_int64 (stmt, 4);
      override->cancelled = sqlite3_column_int (stmt, 5) != 0;
      g_hash_table_replace (by_day, local_day (override->recurrence_id, zone), override);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  if (g_hash_table_size (by_day) == 0)
    return g_steal_pointer (&places);

  for (guint i = 0; i < spans->len; i++)
    {
      BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);
      BuurtSpanPlace *place = &g_array_index (places, BuurtSpanPlace, i);
      Override *override = g_hash_table_lookup (by_day, span->day);
      g_autofree char *day = NULL;

      if (override == NULL)
        continue;

      /* The series moved this date's start: the override follows it. */
      if (strcmp (override->recurrence_id, span->starts_at) != 0)
        {
          sqlite3_stmt *move = buurt_store_prepare (self, move_recurrence_id_sql, error);

          if (move == NULL)
            return NULL;
          buurt_store_bind_text (move, ":recurrence_id", span->starts_at);
          buurt_store_bind_int (move, ":id", override->id);
          if (!buurt_store_step_done (self, move, error))
            return NULL;
        }

      day = local_day (override->starts_at, zone);
      if (day == NULL)
        continue;
      /* A moved date cancelled by hand is listed under its new day. */
      span->cancelled = span->cancelled || override->cancelled ||
                        (strcmp (day, span->day) != 0 && listed (cancelled_dates, day));
      g_strlcpy (span->starts_at, override->starts_at, sizeof span->starts_at);
      g_strlcpy (span->ends_at, override->ends_at, sizeof span->ends_at);
      g_strlcpy (span->day, day, sizeof span->day);
      place->room_id = override->room_id;
      place->override_id = override->id;
    }

  return g_steal_pointer (&places);
}

/**
 * buurt_store_find_override:
 * @activity_id: a series
 * @day: one of its dates, "YYYY-MM-DD"
 * @recurrence_id: (out) (optional) (transfer full): the original start of
 *   that date, "YYYY-MM-DDTHH:MM:SSZ"
 *
 * Returns: (transfer full) (nullable): the override of that date, or %NULL
 *   when it follows the series (or there is no such date)
 */
BuurtOccurrenceOverride *
buurt_store_find_override (BuurtStore  *self,
                           gint64       activity_id,
                           const char  *day,
                           char       **recurrence_id,
                           GError     **error)
{
  g_autofree char *original = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, occurrence_on_day_sql, error);
  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  buurt_store_bind_text (stmt, ":day", day);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    original = g_strdup ((const char *) sqlite3_column_text (stmt,
                                                           sqlite3_column_type (stmt, 1) != SQLITE_NULL ? 1 : 0));
  sqlite3_reset (stmt);

  if (recurrence_id != NULL)
    *recurrence_id = g_strdup (original);
  if (original == NULL)
    return NULL;

  stmt = buurt_store_prepare (self, find_override_sql, error);
  if (stmt == NULL)
    return NULL;
  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  buurt_store_bind_text (stmt, ":recurrence_id", original);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id != 0 ? buurt_store_load (self, BUURT_TYPE_OCCURRENCE_OVERRIDE, id, error) : NULL;
}

static gint64
count_before (BuurtStore *self,
              gint64      activity_id,
              const char *split_at)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, count_before_sql, NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  buurt_store_bind_text (stmt, ":split_at", split_at);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/* The cancelled days of a list before (or from) @day. */
static char *
filter_days (const char *days,
             const char *day,
             gboolean    before)
{
  g_auto(GStrv) all = g_strsplit (days != NULL ? days : "", ",", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; all[i] != NULL; i++)
    if (*all[i] != '\0' && (strcmp (all[i], day) < 0) == before)
      g_ptr_array_add (kept, all[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv (",", (char **) kept->pdata);
}

typedef struct
{
  BuurtActivity     *earlier;
  BuurtActivity     *later;
  GDateTime         *split_at;
  BuurtSeriesSplit  *split;
} Split;

static gboolean
split_in_transaction (BuurtStore  *self,
                      gpointer     user_data,
                      GError     **error)
{
  Split *data = user_data;
  BuurtEntity *earlier = BUURT_ENTITY (data->earlier);
  BuurtEntity *later = BUURT_ENTITY (data->later);
  g_autofree char *split_text = buurt_format_utc (data->split_at);
  g_autoptr(GDateTime) until = g_date_time_add_seconds (data->split_at, -1);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (buurt_entity_get_string (earlier, "tzid"));
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *split_day = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *earlier_days = NULL;
  g_autofree char *later_days = NULL;
  g_autofree char *now = NULL;
  const char *rrule = buurt_entity_get_string (earlier, "rrule");
  gint64 n_before;
  sqlite3_stmt *stmt;

  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (data->split_at, zone);
  split_day = g_date_time_format (local, "%Y-%m-%d");
  n_before = count_before (self, buurt_entity_get_id (earlier), split_text);

  /* The later series goes on with the dates the earlier one had left. */
  if (rrule != NULL && strstr (rrule, "COUNT=") != NULL)
    {
      g_autofree char *later_rule = NULL;
      const char *count = strstr (rrule, "COUNT=");
      gint64 n_all = g_ascii_strtoll (count + strlen ("COUNT="), NULL, 10);

      later_rule = buurt_series_split_rule_count (buurt_entity_get_string (later, "rrule"),
                                                  (int) (n_all - n_before));
      g_object_set (later, "rrule", later_rule, NULL);
    }

  rule = buurt_series_split_rule_until (rrule, until);
  earlier_days = filter_days (buurt_entity_get_string (earlier, "cancelled-dates"), split_day, TRUE);
  later_days = filter_days (buurt_entity_get_string (later, "cancelled-dates"), split_day, FALSE);
  g_object_set (earlier, "rrule", rule, "cancelled-dates", earlier_days, NULL);
  g_object_set (later, "cancelled-dates", later_days, NULL);

  if (!buurt_store_save (self, earlier, error) || !buurt_store_save (self, later, error))
    return FALSE;

  /* The date the user changed is the later series' first, as the user
   * wants it now: an override it had is done with. */
  now = buurt_format_utc (buurt_entity_get_modified_at (later));
  stmt = buurt_store_prepare (self, drop_split_override_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":activity_id", buurt_entity_get_id (earlier));
  buurt_store_bind_text (stmt, ":split_at", split_text);
  buurt_store_bind_text (stmt, ":now", now);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  /* The overrides of the later dates belong to the later series. */
  stmt = buurt_store_prepare (self, move_later_overrides_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":later_id", buurt_entity_get_id (later));
  buurt_store_bind_int (stmt, ":activity_id", buurt_entity_get_id (earlier));
  buurt_store_bind_text (stmt, ":split_at", split_text);
  buurt_store_bind_text (stmt, ":now", now);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (buurt_store_get_db (self)) > 0 &&
      !rebuild_activity (self, buurt_entity_get_id (later), error))
    return FALSE;

  data->split = buurt_series_split_new ();
  g_object_set (data->split,
                "activity-id", buurt_entity_get_id (earlier),
                "later-activity-id", buurt_entity_get_id (later),
                "split-at", data->split_at,
                NULL);

  return buurt_store_save (self, BUURT_ENTITY (data->split), error);
}

/**
 * buurt_store_split_series:
 * @earlier: a saved series
 * @later: a new activity: the series from @split_at on, as it is to be
 * @split_at: the original start of the first date @later takes over
 * @split: (out) (transfer full) (optional): the link between the two
 *
 * "This and all later dates": ends @earlier before @split_at and saves
 * @later as the series from then on, in one transaction. The dates before
 * @split_at do not change; cancelled dates and overrides from @split_at on
 * go to @later.
 *
 * Returns: %TRUE on success; otherwise nothing changed
 */
gboolean
buurt_store_split_series (BuurtStore         *self,
                          BuurtActivity      *earlier,
                          BuurtActivity      *later,
                          GDateTime          *split_at,
                          BuurtSeriesSplit  **split,
                          GError            **error)
{
  g_autofree char *first = NULL;
  g_autofree char *at = NULL;
  Split data = { earlier, later, split_at, NULL };
  gboolean ok;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ACTIVITY (earlier) && BUURT_IS_ACTIVITY (later), FALSE);

  first = buurt_format_utc (buurt_entity_get_date_time (BUURT_ENTITY (earlier), "starts-at"));
  at = buurt_format_utc (split_at);
  if (buurt_entity_get_string (BUURT_ENTITY (earlier), "rrule") == NULL ||
      g_strcmp0 (at, first) <= 0)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                           _("This is the first date of the series: changing it and all later dates is changing every date."));
      return FALSE;
    }

  ok = buurt_store_transaction (self, split_in_transaction, &data, error);
  if (ok && split != NULL)
    *split = g_steal_pointer (&data.split);
  g_clear_object (&data.split);

  return ok;
}


typedef struct
{
  gint64      earlier_id;
  gint64      later_id;
  const char *rrule;
  const char *cancelled_dates;
  gint64      dropped_override_id;
} Unsplit;

static gboolean
unsplit_in_transaction (BuurtStore  *self,
                        gpointer     user_data,
                        GError     **error)
{
  Unsplit *data = user_data;
  g_autoptr(BuurtActivity) earlier = NULL;
  g_autoptr(BuurtActivity) later = NULL;
  g_autoptr(BuurtSeriesSplit) split = NULL;
  g_autoptr(GDateTime) now_time = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format (now_time, "%Y-%m-%dT%H:%M:%SZ");
  sqlite3_stmt *stmt;
  gint64 split_id = 0;

  earlier = buurt_store_load (self, BUURT_TYPE_ACTIVITY, data->earlier_id, error);
  if (earlier == NULL)
    return FALSE;
  later = buurt_store_load (self, BUURT_TYPE_ACTIVITY, data->later_id, error);
  if (later == NULL)
    return FALSE;

  stmt = buurt_store_prepare (self, find_split_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":activity_id", data->earlier_id);
  buurt_store_bind_int (stmt, ":later_id", data->later_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    split_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (split_id == 0 || buurt_entity_get_deleted_at (BUURT_ENTITY (earlier)) != NULL ||
      buurt_entity_get_deleted_at (BUURT_ENTITY (later)) != NULL)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("One of the two series was deleted in the meantime, so this cannot be undone."));
      return FALSE;
    }

  /* The overrides of the later dates go back to the series they came from,
   * and so does the override of the date the split started at. */
  stmt = buurt_store_prepare (self, move_back_overrides_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":activity_id", data->earlier_id);
  buurt_store_bind_int (stmt, ":later_id", data->later_id);
  buurt_store_bind_text (stmt, ":now", now);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  if (data->dropped_override_id > 0)
    {
      stmt = buurt_store_prepare (self, bring_back_override_sql, error);
      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_int (stmt, ":id", data->dropped_override_id);
      buurt_store_bind_text (stmt, ":now", now);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  split = buurt_store_load (self, BUURT_TYPE_SERIES_SPLIT, split_id, error);
  if (split == NULL ||
      !buurt_store_delete (self, BUURT_ENTITY (split), error) ||
      !buurt_store_delete (self, BUURT_ENTITY (later), error))
    return FALSE;

  g_object_set (earlier, "rrule", data->rrule, "cancelled-dates", data->cancelled_dates, NULL);
  return buurt_store_save (self, BUURT_ENTITY (earlier), error);
}

/**
 * buurt_store_unsplit_series:
 * @earlier_id: the series that was split
 * @later_id: the series that went on from the split
 * @rrule: @earlier's rule before the split
 * @cancelled_dates: (nullable): @earlier's cancelled dates before the split
 * @dropped_override_id: the override of the date the split started at, which
 *   the split deleted, or 0
 *
 * Takes back buurt_store_split_series(), in one transaction: the later
 * series and the link are deleted (tombstones), the overrides go back and
 * the earlier series has its rule and cancelled dates as before.
 *
 * Returns: %TRUE on success; otherwise nothing changed
 */
gboolean
buurt_store_unsplit_series (BuurtStore  *self,
                            gint64       earlier_id,
                            gint64       later_id,
                            const char  *rrule,
                            const char  *cancelled_dates,
                            gint64       dropped_override_id,
                            GError     **error)
{
  Unsplit data = { earlier_id, later_id, rrule, cancelled_dates, dropped_override_id };

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);

  return buurt_store_transaction (self, unsplit_in_transaction, &data, error);
}

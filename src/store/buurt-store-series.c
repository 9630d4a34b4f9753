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
 * Series as people live them: overrides of one date, closures of a period,
 * and splits of a series. The occurrence table stays the one place that
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

/* Which rows a closure reaches: its period, its scope; the rows of one
 * activity or of all. */
#define CLOSURE_SCOPE \
  "  AND (:scope = 'everything' " \
  "       OR (:scope = 'room' AND o.room_id = :room_id) " \
  "       OR (:scope = 'venue' AND o.room_id IN (SELECT r.id FROM room r WHERE r.venue_id = :venue_id)) " \
  "       OR (:scope = 'neighbourhood' AND o.room_id IN " \
  "           (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "            WHERE v.neighbourhood_id = :neighbourhood_id)) " \
  "       OR (:scope = 'kern' AND o.room_id IN " \
  "           (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "            JOIN neighbourhood n ON n.id = v.neighbourhood_id WHERE n.kern_id = :kern_id))) "

static const char *apply_closure_sql =
  "UPDATE occurrence AS o SET cancelled = 1, closure_id = :closure_id "
  "WHERE o.day BETWEEN :first_day AND :last_day AND o.cancelled = 0 "
  CLOSURE_SCOPE;
static const char *apply_closure_to_activity_sql =
  "UPDATE occurrence AS o SET cancelled = 1, closure_id = :closure_id "
  "WHERE o.activity_id = :activity_id AND o.day BETWEEN :first_day AND :last_day "
  "  AND o.cancelled = 0 "
  CLOSURE_SCOPE;
static const char *preview_closure_sql =
  "SELECT o.activity_id, a.title, count (*), min (o.day), max (o.day) "
  "FROM occurrence o JOIN activity a ON a.id = o.activity_id "
  "WHERE o.day BETWEEN :first_day AND :last_day "
  "  AND (o.cancelled = 0 OR o.closure_id = :closure_id) AND a.deleted_at IS NULL "
  CLOSURE_SCOPE
  "GROUP BY o.activity_id ORDER BY a.title, o.activity_id";
static const char *closures_in_force_sql =
  "SELECT id, first_day, last_day, scope, coalesce (kern_id, 0), "
  "       coalesce (neighbourhood_id, 0), coalesce (venue_id, 0), coalesce (room_id, 0) "
  "FROM closure WHERE deleted_at IS NULL AND last_day >= :from_day AND first_day <= :to_day "
  "  AND id <> :except_id "
  "ORDER BY id";
static const char *closure_reach_sql =
  "SELECT min (day), max (day) FROM occurrence WHERE closure_id = :closure_id";
static const char *lift_closure_sql =
  "UPDATE occurrence SET cancelled = 0, closure_id = NULL WHERE closure_id = :closure_id";
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
static const char *count_closed_sql =
  "SELECT count (*) FROM occurrence WHERE activity_id = :activity_id AND closure_id IS NOT NULL";
static const char *count_before_sql =
  "SELECT count (*) FROM occurrence WHERE activity_id = :activity_id AND starts_at < :split_at";

/* One closure as the store applies it. */
typedef struct
{
  gint64 id;
  char   first_day[11];
  char   last_day[11];
  char  *scope;
  gint64 kern_id;
  gint64 neighbourhood_id;
  gint64 venue_id;
  gint64 room_id;
} Closure;

static void
closure_clear (gpointer data)
{
  Closure *closure = data;

  g_free (closure->scope);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Closure, closure_clear)

static void
bind_text (sqlite3_stmt *stmt,
           const char   *name,
           const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_int (sqlite3_stmt *stmt,
          const char   *name,
          gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_closure (sqlite3_stmt  *stmt,
              const Closure *closure)
{
  bind_int (stmt, ":closure_id", closure->id);
  bind_text (stmt, ":first_day", closure->first_day);
  bind_text (stmt, ":last_day", closure->last_day);
  bind_text (stmt, ":scope", closure->scope);
  bind_int (stmt, ":kern_id", closure->kern_id);
  bind_int (stmt, ":neighbourhood_id", closure->neighbourhood_id);
  bind_int (stmt, ":venue_id", closure->venue_id);
  bind_int (stmt, ":room_id", closure->room_id);
}

static void
closure_from_entity (Closure      *closure,
                     BuurtClosure *entity)
{
  BuurtEntity *e = BUURT_ENTITY (entity);

  closure->id = buurt_entity_get_id (e);
  g_strlcpy (closure->first_day, buurt_entity_get_string (e, "first-day"), sizeof closure->first_day);
  g_strlcpy (closure->last_day, buurt_entity_get_string (e, "last-day"), sizeof closure->last_day);
  closure->scope = buurt_store_enum_word (BUURT_TYPE_CLOSURE_SCOPE, buurt_entity_get_enum (e, "scope"));
  closure->kern_id = buurt_entity_get_int (e, "kern-id");
  closure->neighbourhood_id = buurt_entity_get_int (e, "neighbourhood-id");
  closure->venue_id = buurt_entity_get_int (e, "venue-id");
  closure->room_id = buurt_entity_get_int (e, "room-id");
}

static GArray *
closures_in_force (BuurtStore  *self,
                   const char  *from_day,
                   const char  *to_day,
                   gint64       except_id,
                   GError     **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (Closure));
  sqlite3_stmt *stmt = buurt_store_prepare (self, closures_in_force_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (all, closure_clear);
  bind_text (stmt, ":from_day", from_day != NULL ? from_day : "0000-00-00");
  bind_text (stmt, ":to_day", to_day != NULL ? to_day : "9999-99-99");
  bind_int (stmt, ":except_id", except_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Closure closure = { .id = sqlite3_column_int64 (stmt, 0) };

      g_strlcpy (closure.first_day, (const char *) sqlite3_column_text (stmt, 1), sizeof closure.first_day);
      g_strlcpy (closure.last_day, (const char *) sqlite3_column_text (stmt, 2), sizeof closure.last_day);
      closure.scope = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      closure.kern_id = sqlite3_column_int64 (stmt, 4);
      closure.neighbourhood_id = sqlite3_column_int64 (stmt, 5);
      closure.venue_id = sqlite3_column_int64 (stmt, 6);
      closure.room_id = sqlite3_column_int64 (stmt, 7);
      g_array_append_val (all, closure);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&all);
}

/* Cancels the rows of @closure (of one activity, or of all when
 * @activity_id is 0) from @from_day on that were not cancelled yet. */
static gboolean
apply_closure (BuurtStore     *self,
               const Closure  *closure,
               gint64          activity_id,
               const char     *from_day,
               GError        **error)
{
  sqlite3_stmt *stmt;
  Closure from = *closure;

  if (from_day != NULL && strcmp (from_day, from.first_day) > 0)
    g_strlcpy (from.first_day, from_day, sizeof from.first_day);
  if (strcmp (from.first_day, from.last_day) > 0)
    return TRUE;

  stmt = buurt_store_prepare (self, activity_id != 0 ? apply_closure_to_activity_sql : apply_closure_sql,
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_closure (stmt, &from);
  bind_int (stmt, ":activity_id", activity_id);
  return buurt_store_step_done (self, stmt, error);
}

/**
 * buurt_store_apply_closures:
 * @activity_id: the activity whose rows to look at, or 0 for all
 * @from_day: (nullable): the first day to look at
 *
 * Cancels the dates that fall in a closure in force and were not cancelled
 * yet; each row says which closure cancelled it. Inside a transaction.
 */
gboolean
buurt_store_apply_closures (BuurtStore  *self,
                            gint64       activity_id,
                            const char  *from_day,
                            GError     **error)
{
  g_autoptr(GArray) closures = closures_in_force (self, from_day, NULL, 0, error);

  if (closures == NULL)
    return FALSE;

  for (guint i = 0; i < closures->len; i++)
    if (!apply_closure (self, &g_array_index (closures, Closure, i), activity_id, from_day, error))
      return FALSE;

  return TRUE;
}

/* Restores the rows @closure_id cancelled, then lets the other closures in
 * force cancel those of them they reach. */
static gboolean
lift_closure (BuurtStore  *self,
              gint64       closure_id,
              GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, closure_reach_sql, error);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GArray) others = NULL;

  if (stmt == NULL)
    return FALSE;

  bind_int (stmt, ":closure_id", closure_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      last = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (first == NULL)
    return TRUE;

  stmt = buurt_store_prepare (self, lift_closure_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_int (stmt, ":closure_id", closure_id);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  others = closures_in_force (self, first, last, closure_id, error);
  if (others == NULL)
    return FALSE;

  for (guint i = 0; i < others->len; i++)
    {
      Closure overlap = g_array_index (others, Closure, i);

      if (strcmp (overlap.last_day, last) > 0)
        g_strlcpy (overlap.last_day, last, sizeof overlap.last_day);
      if (!apply_closure (self, &overlap, 0, first, error))
        return FALSE;
    }

  return TRUE;
}

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

  bind_int (stmt, ":activity_id", activity_id);
  bind_text (stmt, ":day", new_day);
  bind_int (stmt, ":override_id", buurt_entity_get_id (entity));
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
      if (!lift_closure (self, buurt_entity_get_id (entity), error))
        return FALSE;
      if (buurt_entity_get_deleted_at (entity) == NULL)
        {
          g_auto(Closure) closure = { 0 };

          closure_from_entity (&closure, BUURT_CLOSURE (entity));
          if (!apply_closure (self, &closure, 0, NULL, error))
            return FALSE;
        }
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

  bind_int (stmt, ":activity_id", activity_id);
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
          bind_text (move, ":recurrence_id", span->starts_at);
          bind_int (move, ":id", override->id);
          if (!buurt_store_step_done (self, move, error))
            return NULL;
        }

      day = local_day (override->starts_at, zone);
      if (day == NULL)
        continue;
      g_strlcpy (span->starts_at, override->starts_at, sizeof span->starts_at);
      g_strlcpy (span->ends_at, override->ends_at, sizeof span->ends_at);
      g_strlcpy (span->day, day, sizeof span->day);
      span->cancelled = span->cancelled || override->cancelled;
      place->room_id = override->room_id;
      place->override_id = override->id;
    }

  return g_steal_pointer (&places);
}

/**
 * buurt_store_preview_closure:
 * @closure: a closure, saved or not
 * @n_dates: (out) (optional): how many dates it cancels in all
 *
 * What applying @closure would cancel (for a saved one: what it cancels
 * now, and what it would with its new period and scope): the dates that
 * take place in its period and scope, grouped by activity.
 *
 * Returns: (transfer full) (element-type BuurtClosureDates) (nullable): one
 *   item per activity by title, or %NULL with @error set
 */
GArray *
buurt_store_preview_closure (BuurtStore    *self,
                             BuurtClosure  *closure,
                             gint64        *n_dates,
                             GError       **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (BuurtClosureDates));
  g_auto(Closure) data = { 0 };
  sqlite3_stmt *stmt;
  gint64 total = 0;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (BUURT_IS_CLOSURE (closure), NULL);

  if (!buurt_entity_validate (BUURT_ENTITY (closure), error))
    return NULL;

  stmt = buurt_store_prepare (self, preview_closure_sql, error);
  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (items, buurt_closure_dates_clear);
  closure_from_entity (&data, closure);
  bind_closure (stmt, &data);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtClosureDates item = {
        .activity_id = sqlite3_column_int64 (stmt, 0),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        .n_dates = sqlite3_column_int64 (stmt, 2),
      };

      g_strlcpy (item.first_day, (const char *) sqlite3_column_text (stmt, 3), sizeof item.first_day);
      g_strlcpy (item.last_day, (const char *) sqlite3_column_text (stmt, 4), sizeof item.last_day);
      total += item.n_dates;
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  if (n_dates != NULL)
    *n_dates = total;
  return g_steal_pointer (&items);
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

  bind_int (stmt, ":activity_id", activity_id);
  bind_text (stmt, ":day", day);
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
  bind_int (stmt, ":activity_id", activity_id);
  bind_text (stmt, ":recurrence_id", original);
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
  bind_int (stmt, ":activity_id", activity_id);
  bind_text (stmt, ":split_at", split_at);
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

  /* The overrides of the later dates belong to the later series. */
  stmt = buurt_store_prepare (self, move_later_overrides_sql, error);
  if (stmt == NULL)
    return FALSE;
  now = buurt_format_utc (buurt_entity_get_modified_at (later));
  bind_int (stmt, ":later_id", buurt_entity_get_id (later));
  bind_int (stmt, ":activity_id", buurt_entity_get_id (earlier));
  bind_text (stmt, ":split_at", split_text);
  bind_text (stmt, ":now", now);
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

/**
 * buurt_store_count_closed_dates:
 * @activity_id: an activity
 *
 * Returns: how many of its dates a closure cancels, or -1 with @error set
 */
gint64
buurt_store_count_closed_dates (BuurtStore  *self,
                                gint64       activity_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  stmt = buurt_store_prepare (self, count_closed_sql, error);
  if (stmt == NULL)
    return -1;
  bind_int (stmt, ":activity_id", activity_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      buurt_store_set_read_error (self, rc, error);
      return -1;
    }

  return n;
}

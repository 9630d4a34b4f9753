/* buurt-store-occurrences.c
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
 * The occurrence table is derived from each activity's rule: its rows are
 * replaced whenever the activity is written.
 *
 * It holds every date of every series from the series' own start up to one
 * agenda-wide horizon, kept in the meta table under "horizon" (a UTC
 * instant). Saving an activity expands it up to that horizon; extending the
 * horizon adds the missing dates of the series that go on past it, in one
 * transaction, without rewriting the rows that are there.
 */

#define HORIZON_KEY "horizon"

static const char *insert_occurrence_sql =
  "INSERT INTO occurrence (activity_id, room_id, starts_at, ends_at, day, cancelled, "
  "                        status, category, target_groups, override_id) "
  "VALUES (:activity_id, nullif (:room_id, 0), :starts_at, :ends_at, :day, :cancelled, "
  "        :status, :category, :target_groups, nullif (:override_id, 0))";
static const char *delete_occurrences_sql =
  "DELETE FROM occurrence WHERE activity_id = :activity_id";
/* The series that may have dates after :horizon's predecessor, with how
 * far their rows reach now. */
static const char *select_series_sql =
  "SELECT a.id, a.starts_at, a.ends_at, a.tzid, a.rrule, a.cancelled_dates, "
  "       coalesce (a.room_id, 0), a.status, a.category, a.target_groups, "
  "       (SELECT max (o.starts_at) FROM occurrence o WHERE o.activity_id = a.id), "
  "       CASE WHEN a.rrule LIKE '%COUNT=%' "
  "            THEN (SELECT count (*) FROM occurrence o WHERE o.activity_id = a.id) END "
  "FROM activity a "
  "WHERE a.rrule IS NOT NULL AND a.deleted_at IS NULL AND a.starts_at <= :horizon "
  "ORDER BY a.id";

static gboolean
delete_occurrences (BuurtStore  *self,
                    gint64       activity_id,
                    GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, delete_occurrences_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, activity_id);
  return buurt_store_step_done (self, stmt, error);
}

/**
 * buurt_store_occurrence_insert_statement:
 *
 * Returns: (transfer none): the prepared statement that inserts one
 *   occurrence row, for buurt_store_insert_span()
 */
sqlite3_stmt *
buurt_store_occurrence_insert_statement (BuurtStore  *self,
                                         GError     **error)
{
  return buurt_store_prepare (self, insert_occurrence_sql, error);
}

/**
 * buurt_store_insert_span:
 * @place: (nullable): where the date takes place when an override moved it
 *
 * Inserts one date of an activity into the occurrence table.
 */
gboolean
buurt_store_insert_span (BuurtStore            *self,
                         sqlite3_stmt          *stmt,
                         const BuurtRowCopy    *copy,
                         const BuurtSpan       *span,
                         const BuurtSpanPlace  *place,
                         GError               **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, copy->activity_id);
  sqlite3_bind_int64 (stmt, 2, place != NULL ? place->room_id : copy->room_id);
  sqlite3_bind_text (stmt, 3, span->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, span->ends_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, span->day, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, span->cancelled ? 1 : 0);
  sqlite3_bind_text (stmt, 7, copy->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, copy->category, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 9, copy->target_groups);
  sqlite3_bind_int64 (stmt, 10, place != NULL ? place->override_id : 0);

  return buurt_store_step_done (self, stmt, error);
}

static gboolean
insert_spans (BuurtStore          *self,
              const BuurtRowCopy  *copy,
              GArray              *spans,
              GArray              *places,
              GError             **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, insert_occurrence_sql, error);

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < spans->len; i++)
    if (!buurt_store_insert_span (self, stmt, copy, &g_array_index (spans, BuurtSpan, i),
                                  &g_array_index (places, BuurtSpanPlace, i), error))
      return FALSE;

  return TRUE;
}

/**
 * buurt_store_get_horizon:
 *
 * Every series has its dates in the occurrence table up to this instant.
 *
 * Returns: (transfer full) (nullable): the agenda's horizon; %NULL with
 *   @error unset when none was set yet, %NULL with @error set when it could
 *   not be read
 */
GDateTime *
buurt_store_get_horizon (BuurtStore  *self,
                         GError     **error)
{
  g_autofree char *text = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  text = buurt_store_get_meta (self, HORIZON_KEY, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* A value we cannot read counts as none: each series is then extended
   * from its own last date. */
  return buurt_parse_utc (text);
}

/* The horizon a save expands to: the stored one, or when there is none yet
 * (an agenda from before the horizon was kept), today's. That one is not
 * stored: the first extension then starts from each series' own last date,
 * so the series saved earlier keep no gap. */
static GDateTime *
horizon_for_saving (BuurtStore  *self,
                    GError     **error)
{
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GDateTime) now = NULL;
  GError *local_error = NULL;

  horizon = buurt_store_get_horizon (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (horizon != NULL)
    return g_steal_pointer (&horizon);

  now = g_date_time_new_now_utc ();
  return buurt_recurrence_horizon_for (now);
}

/* The occurrence table is derived: replace the rows of one activity, with
 * every date from its start up to the agenda's horizon. */
gboolean
buurt_store_rebuild_occurrences (BuurtStore     *self,
                                 BuurtActivity  *activity,
                                 GError        **error)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) places = NULL;
  g_autofree char *status = NULL;
  g_autofree char *category = NULL;
  BuurtDeferred *deferred = buurt_store_get_deferred (self);
  BuurtRowCopy copy;

  copy.activity_id = buurt_entity_get_id (entity);
  if (!delete_occurrences (self, copy.activity_id, error))
    return FALSE;

  if (buurt_entity_get_deleted_at (entity) != NULL)
    {
      if (deferred != NULL)
        buurt_deferred_forget (deferred, copy.activity_id);
      return TRUE;
    }

  horizon = horizon_for_saving (self, error);
  if (horizon == NULL)
    return FALSE;

  spans = buurt_activity_expand_all (activity, horizon, error);
  if (spans == NULL)
    return FALSE;

  status = buurt_store_enum_word (BUURT_TYPE_ACTIVITY_STATUS,
                                  buurt_entity_get_enum (entity, "status"));
  category = buurt_store_enum_word (BUURT_TYPE_CATEGORY,
                                    buurt_entity_get_enum (entity, "category"));
  copy.room_id = buurt_entity_get_int (entity, "room-id");
  copy.status = status;
  copy.category = category;
  copy.target_groups = buurt_entity_get_enum (entity, "target-groups");

  /* The dates that differ from the series, then the closures in force. */
  places = buurt_store_apply_overrides (self, activity, spans, error);
  if (places == NULL)
    return FALSE;

  /* In a bulk write, the dates go in at its end (buurt-store-deferred.c). */
  if (deferred != NULL)
    {
      buurt_deferred_put (deferred, &copy, g_steal_pointer (&spans), g_steal_pointer (&places));
      return TRUE;
    }

  return insert_spans (self, &copy, spans, places, error) &&
         buurt_store_apply_closures (self, copy.activity_id, NULL, error);
}

/* One series as the extension reads it. */
typedef struct
{
  gint64  id;
  char   *starts_at;
  char   *ends_at;
  char   *tzid;
  char   *rrule;
  char   *cancelled_dates;
  gint64  room_id;
  char   *status;
  char   *category;
  gint64  target_groups;
  char   *last;              /* the start of its last row, or NULL */
  gint64  n_rows;            /* how many rows it has, for a COUNT rule */
} Series;

static void
series_clear (gpointer data)
{
  Series *series = data;

  g_free (series->starts_at);
  g_free (series->ends_at);
  g_free (series->tzid);
  g_free (series->rrule);
  g_free (series->cancelled_dates);
  g_free (series->status);
  g_free (series->category);
  g_free (series->last);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static GArray *
read_series (BuurtStore  *self,
             const char  *horizon,
             GError     **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (Series));
  sqlite3_stmt *stmt = buurt_store_prepare (self, select_series_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (all, series_clear);
  sqlite3_bind_text (stmt, 1, horizon, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Series series = {
        .id = sqlite3_column_int64 (stmt, 0),
        .starts_at = column_dup (stmt, 1),
        .ends_at = column_dup (stmt, 2),
        .tzid = column_dup (stmt, 3),
        .rrule = column_dup (stmt, 4),
        .cancelled_dates = column_dup (stmt, 5),
        .room_id = sqlite3_column_int64 (stmt, 6),
        .status = column_dup (stmt, 7),
        .category = column_dup (stmt, 8),
        .target_groups = sqlite3_column_int64 (stmt, 9),
        .last = column_dup (stmt, 10),
        .n_rows = sqlite3_column_int64 (stmt, 11),
      };

      g_array_append_val (all, series);
    }

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, sqlite3_extended_errcode (buurt_store_get_db (self)), error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&all);
}

/* The later of two instants, either of which may be missing. */
static GDateTime *
later_of (GDateTime *a,
          GDateTime *b)
{
  if (a == NULL || (b != NULL && g_date_time_compare (b, a) > 0))
    a = b;

  return a != NULL ? g_date_time_ref (a) : NULL;
}

/* The dates of @series after @old_horizon (and after its own last row) up
 * to @horizon: (transfer full) (nullable) */
static GArray *
new_spans (const Series *series,
           GDateTime    *old_horizon,
           GDateTime    *horizon)
{
  g_autoptr(GDateTime) starts_at = buurt_parse_utc (series->starts_at);
  g_autoptr(GDateTime) ends_at = buurt_parse_utc (series->ends_at);
  g_autoptr(GDateTime) last = buurt_parse_utc (series->last);
  g_autoptr(GDateTime) done = later_of (old_horizon, last);
  g_autoptr(GDateTime) not_before = NULL;
  g_autoptr(GError) rule_error = NULL;
  GArray *spans;

  if (starts_at == NULL || ends_at == NULL)
    return NULL;

  /* A series that ended before what is there already is passed over without
   * looking at its rule. */
  if (done != NULL && !buurt_recurrence_may_continue (series->rrule, series->n_rows, done))
    return NULL;

  /* Dates are whole seconds: those that start after what is there. */
  if (done != NULL)
    not_before = g_date_time_add_seconds (done, 1);

  spans = buurt_recurrence_expand_window (starts_at, ends_at, series->tzid, series->rrule,
                                          series->cancelled_dates, not_before, horizon,
                                          BUURT_RECURRENCE_MAX_OCCURRENCES, &rule_error);
  if (spans == NULL)
    /* A rule saved by an older version that this one cannot read keeps
     * the dates it has; it does not stop every other series. */
    g_message ("Activity %" G_GINT64_FORMAT " is not extended: %s",
               series->id, rule_error->message);

  return spans;
}

/* A date to add, and the series it belongs to. */
typedef struct
{
  BuurtSpan span;
  guint     series;
} NewRow;

/* By day and time, so the agenda's index grows at its end, page by page,
 * instead of at a thousand places for a thousand series. */
static int
compare_new_rows (gconstpointer a,
                  gconstpointer b)
{
  const NewRow *row_a = a;
  const NewRow *row_b = b;
  int by_day = strcmp (row_a->span.day, row_b->span.day);

  return by_day != 0 ? by_day : strcmp (row_a->span.starts_at, row_b->span.starts_at);
}

typedef struct
{
  GDateTime    *horizon;
  GCancellable *cancellable;
  gint64        n_added;
} Extend;

static gboolean
extend_in_transaction (BuurtStore  *self,
                       gpointer     user_data,
                       GError     **error)
{
  Extend *data = user_data;
  g_autoptr(GDateTime) old_horizon = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (NewRow));
  g_autofree char *horizon_text = buurt_format_utc (data->horizon);
  GError *local_error = NULL;
  sqlite3_stmt *stmt;

  if (g_cancellable_set_error_if_cancelled (data->cancellable, error))
    return FALSE;

  /* Read inside the transaction: another connection may have moved it. */
  old_horizon = buurt_store_get_horizon (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (old_horizon != NULL && g_date_time_compare (data->horizon, old_horizon) <= 0)
    return TRUE;

  all = read_series (self, horizon_text, error);
  if (all == NULL)
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(GArray) spans = NULL;

      if (g_cancellable_set_error_if_cancelled (data->cancellable, error))
        return FALSE;

      spans = new_spans (&g_array_index (all, Series, i), old_horizon, data->horizon);
      for (guint j = 0; spans != NULL && j < spans->len; j++)
        {
          NewRow row = { g_array_index (spans, BuurtSpan, j), i };

          g_array_append_val (rows, row);
        }
    }

  g_array_sort (rows, compare_new_rows);
  stmt = buurt_store_prepare (self, insert_occurrence_sql, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      const NewRow *row = &g_array_index (rows, NewRow, i);
      const Series *series = &g_array_index (all, Series, row->series);
      BuurtRowCopy copy = {
        series->id, series->room_id, series->status, series->category, series->target_groups
      };

      if (i % 1024 == 0 && g_cancellable_set_error_if_cancelled (data->cancellable, error))
        return FALSE;
      if (!buurt_store_insert_span (self, stmt, &copy, &row->span, NULL, error))
        return FALSE;
    }
  data->n_added = rows->len;

  /* The new dates that fall in a closure are cancelled by it. */
  if (rows->len > 0)
    {
      g_autofree char *from_day = NULL;

      if (old_horizon != NULL)
        from_day = g_date_time_format (old_horizon, "%Y-%m-%d");
      if (!buurt_store_apply_closures (self, 0, from_day, error))
        return FALSE;
    }

  if (!buurt_store_set_meta (self, HORIZON_KEY, horizon_text, error))
    return FALSE;

  if (data->n_added > 0)
    buurt_store_emit_changed (self, "occurrence");

  return TRUE;
}

/**
 * buurt_store_extend_occurrences:
 * @horizon: the new horizon
 * @cancellable: (nullable): to stop early; nothing is then changed
 * @n_added: (out) (optional): how many dates were added
 *
 * Moves the agenda's horizon forward to @horizon: adds, in one transaction,
 * the dates of every series that goes on past the old horizon, up to the new
 * one, and keeps the rows that are there. Does nothing when the horizon is
 * at or past @horizon already, so extending twice adds nothing twice.
 *
 * Returns: %FALSE with @error set when the dates could not be added; then
 *   nothing changed
 */
gboolean
buurt_store_extend_occurrences (BuurtStore    *self,
                                GDateTime     *horizon,
                                GCancellable  *cancellable,
                                gint64        *n_added,
                                GError       **error)
{
  Extend data = { horizon, cancellable, 0 };
  gboolean ok;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (horizon != NULL, FALSE);

  ok = buurt_store_transaction (self, extend_in_transaction, &data, error);
  if (n_added != NULL)
    *n_added = ok ? data.n_added : 0;

  return ok;
}

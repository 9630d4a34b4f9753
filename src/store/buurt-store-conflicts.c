/* buurt-store-conflicts.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"
#include "buurt-entities.h"
#include "buurt-occurrence.h"

/*
 * Room conflicts: which dates of other activities already use a room at the
 * times a new or changed activity wants it. The occurrence table is read
 * through its (room_id, starts_at) index, one short range query per date, so
 * a series of a hundred dates costs a hundred index look-ups and no rule is
 * expanded at query time.
 */

/* Two spans overlap when each starts before the other ends; touching ends
 * (11:00–12:00 after 10:00–11:00) are no conflict. */
static const char *find_conflicts_sql =
  OCCURRENCE_SELECT
  "WHERE o.room_id = :room_id "
  "  AND o.starts_at < :ends_at AND o.ends_at > :starts_at "
  "  AND o.cancelled = 0 "
  "  AND a.status IN ('published', 'submitted') "
  "  AND a.deleted_at IS NULL "
  "  AND a.id <> :exclude "
  "ORDER BY o.starts_at, o.id "
  "LIMIT :limit";

/**
 * buurt_store_find_conflicts:
 * @room_id: the room that is wanted
 * @spans: (element-type BuurtSpan): the dates it is wanted, as
 *   buurt_recurrence_expand() gives them; cancelled dates are skipped
 * @exclude_activity_id: an activity whose own dates are no conflict (the
 *   one being edited), or 0
 * @max_results: give at most this many dates
 *
 * Finds the dates of other published or submitted activities that use
 * @room_id at a time that overlaps one of @spans. A date of another
 * activity that overlaps several spans is given once.
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   conflicting dates in the order of @spans, possibly empty; %NULL with
 *   @error set when the database could not be read
 */
GPtrArray *
buurt_store_find_conflicts (BuurtStore  *self,
                            gint64       room_id,
                            GArray      *spans,
                            gint64       exclude_activity_id,
                            guint        max_results,
                            GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (spans != NULL, NULL);

  if (room_id == 0 || max_results == 0)
    return g_steal_pointer (&found);

  stmt = buurt_store_prepare (self, find_conflicts_sql, error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < spans->len && found->len < max_results; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);
      int rc;

      if (span->cancelled)
        continue;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":room_id"), room_id);
      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":starts_at"),
                         span->starts_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":ends_at"),
                         span->ends_at, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":exclude"),
                          exclude_activity_id);
      sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"),
                          max_results - found->len);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && found->len < max_results)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          if (g_hash_table_contains (seen, &id))
            continue;

          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
          g_ptr_array_add (found, buurt_store_read_occurrence (stmt));
        }

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          buurt_store_set_sqlite_error (self, rc, error);
          sqlite3_reset (stmt);
          return NULL;
        }
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&found);
}

/*
 * Double bookings: every pair of dates that overlap in the same room. Each
 * date is paired with the dates that start at or after it and before it
 * ends, found through the (room_id, starts_at) index; a date longer than a
 * day is not looked back for, as in the agenda's conflict mark. Cancelled
 * dates, deleted activities (they have no dates) and rejected or cancelled
 * ones (the status each date copies) never conflict.
 */
#define DOUBLE_BOOKINGS_FROM \
  "FROM occurrence o1 INDEXED BY occurrence_room " \
  "JOIN occurrence o2 INDEXED BY occurrence_room " \
  "  ON o2.room_id = o1.room_id " \
  " AND o2.starts_at >= o1.starts_at AND o2.starts_at < o1.ends_at " \
  " AND (o2.starts_at > o1.starts_at OR o2.id > o1.id) " \
  "WHERE o1.room_id > 0 " \
  "  AND o1.cancelled = 0 AND o2.cancelled = 0 " \
  "  AND o1.status IN ('published', 'submitted') " \
  "  AND o2.status IN ('published', 'submitted') "

static const char *count_double_bookings_sql =
  "SELECT count (*) " DOUBLE_BOOKINGS_FROM;

static const char *list_double_bookings_sql =
  "SELECT o1.id, o2.id " DOUBLE_BOOKINGS_FROM
  "ORDER BY o2.starts_at DESC, o1.starts_at DESC, o1.id DESC, o2.id DESC "
  "LIMIT :limit";

static const char *load_occurrence_sql =
  OCCURRENCE_SELECT
  "WHERE o.id = :id";

/**
 * buurt_store_count_double_bookings:
 *
 * Returns: how many pairs of dates overlap in the same room, or -1 with
 *   @error set
 */
gint64
buurt_store_count_double_bookings (BuurtStore  *self,
                                   GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  stmt = buurt_store_prepare (self, count_double_bookings_sql, error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    buurt_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return count;
}

static BuurtOccurrence *
load_occurrence (BuurtStore  *self,
                 gint64       id,
                 GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, load_occurrence_sql, error);
  BuurtOccurrence *occurrence = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    occurrence = buurt_store_read_occurrence (stmt);
  else
    buurt_store_set_sqlite_error (self, rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);
  sqlite3_reset (stmt);
  return occurrence;
}

/**
 * buurt_store_list_double_bookings:
 * @max_pairs: give at most this many pairs
 *
 * Lists the pairs of dates that overlap in the same room, the latest first.
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   pairs, flat: the dates 2n and 2n + 1 are one pair, the earlier start
 *   first; %NULL with @error set
 */
GPtrArray *
buurt_store_list_double_bookings (BuurtStore  *self,
                                  guint        max_pairs,
                                  GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, list_double_bookings_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), max_pairs);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 first = sqlite3_column_int64 (stmt, 0);
      gint64 second = sqlite3_column_int64 (stmt, 1);

      g_array_append_val (ids, first);
      g_array_append_val (ids, second);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      BuurtOccurrence *occurrence = load_occurrence (self, g_array_index (ids, gint64, i), error);

      if (occurrence == NULL)
        return NULL;
      g_ptr_array_add (found, occurrence);
    }

  return g_steal_pointer (&found);
}

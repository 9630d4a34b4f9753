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

/* buurt-store-conflicts.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"
#include "model/buurt-model.h"
#include "model/buurt-occurrence.h"

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
  "SELECT o.id, o.activity_id, a.title, o.starts_at, o.ends_at, o.day, a.all_day, "
  "       v.name, r.name, a.location, c.name, a.target_groups, a.cost_cents, "
  "       a.status, o.cancelled "
  "FROM occurrence o "
  "JOIN activity a ON a.id = o.activity_id "
  "LEFT JOIN room r ON r.id = o.room_id "
  "LEFT JOIN venue v ON v.id = r.venue_id "
  "LEFT JOIN contact c ON c.id = a.organiser_id "
  "WHERE o.room_id = :room_id "
  "  AND o.starts_at < :ends_at AND o.ends_at > :starts_at "
  "  AND o.cancelled = 0 "
  "  AND a.status IN ('published', 'submitted') "
  "  AND a.deleted_at IS NULL "
  "  AND a.id <> :exclude "
  "ORDER BY o.starts_at, o.id "
  "LIMIT :limit";

/* The same reading as the agenda's rows (buurt-store-agenda.c). */
static BuurtActivityStatus
status_from_word (const char *word)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BUURT_TYPE_ACTIVITY_STATUS);
  GEnumValue *value = g_enum_get_value_by_nick (klass, word);

  return value != NULL ? (BuurtActivityStatus) value->value : BUURT_ACTIVITY_STATUS_PUBLISHED;
}

static BuurtOccurrence *
read_occurrence (sqlite3_stmt *stmt)
{
  BuurtOccurrenceData data = {
    .id = sqlite3_column_int64 (stmt, 0),
    .activity_id = sqlite3_column_int64 (stmt, 1),
    .title = (const char *) sqlite3_column_text (stmt, 2),
    .starts_at = (const char *) sqlite3_column_text (stmt, 3),
    .ends_at = (const char *) sqlite3_column_text (stmt, 4),
    .day = (const char *) sqlite3_column_text (stmt, 5),
    .all_day = sqlite3_column_int (stmt, 6) != 0,
    .venue = (const char *) sqlite3_column_text (stmt, 7),
    .room = (const char *) sqlite3_column_text (stmt, 8),
    .location = (const char *) sqlite3_column_text (stmt, 9),
    .organiser = (const char *) sqlite3_column_text (stmt, 10),
    .target_groups = sqlite3_column_int (stmt, 11),
    .cost_cents = sqlite3_column_int64 (stmt, 12),
    .status = status_from_word ((const char *) sqlite3_column_text (stmt, 13)),
    .cancelled = sqlite3_column_int (stmt, 14) != 0,
  };

  return buurt_occurrence_new (&data);
}

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
          g_ptr_array_add (found, read_occurrence (stmt));
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

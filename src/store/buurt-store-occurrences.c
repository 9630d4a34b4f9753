/* buurt-store-occurrences.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

/*
 * The occurrence table is derived from each activity's rule: its rows are
 * replaced whenever the activity is written.
 */

static const char *insert_occurrence_sql =
  "INSERT INTO occurrence (activity_id, room_id, starts_at, ends_at, day, cancelled, "
  "                        status, category, target_groups) "
  "VALUES (:activity_id, nullif (:room_id, 0), :starts_at, :ends_at, :day, :cancelled, "
  "        :status, :category, :target_groups)";
static const char *delete_occurrences_sql =
  "DELETE FROM occurrence WHERE activity_id = :activity_id";

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

/* The occurrence table is derived: replace the rows of one activity. */
gboolean
buurt_store_rebuild_occurrences (BuurtStore     *self,
                     BuurtActivity  *activity,
                     GError        **error)
{
  gint64 id = buurt_entity_get_id (BUURT_ENTITY (activity));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) horizon = g_date_time_add_days (now, BUURT_RECURRENCE_HORIZON_DAYS);
  g_autoptr(GArray) spans = NULL;
  g_autofree char *status = NULL;
  g_autofree char *category = NULL;
  sqlite3_stmt *stmt;

  if (!delete_occurrences (self, id, error))
    return FALSE;

  if (buurt_entity_get_deleted_at (BUURT_ENTITY (activity)) != NULL)
    return TRUE;

  spans = buurt_activity_expand (activity, horizon, error);
  if (spans == NULL)
    return FALSE;

  stmt = buurt_store_prepare (self, insert_occurrence_sql, error);
  if (stmt == NULL)
    return FALSE;

  status = buurt_store_enum_word (BUURT_TYPE_ACTIVITY_STATUS,
                                  buurt_entity_get_enum (BUURT_ENTITY (activity), "status"));
  category = buurt_store_enum_word (BUURT_TYPE_CATEGORY,
                                    buurt_entity_get_enum (BUURT_ENTITY (activity), "category"));

  for (guint i = 0; i < spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, buurt_entity_get_int (BUURT_ENTITY (activity), "room-id"));
      sqlite3_bind_text (stmt, 3, span->starts_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, span->ends_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, span->day, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, span->cancelled ? 1 : 0);
      sqlite3_bind_text (stmt, 7, status, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, category, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 9, buurt_entity_get_enum (BUURT_ENTITY (activity), "target-groups"));

      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}


/* buurt-store-ical.c: the published activities as a calendar export reads
 * them, without an object per row
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-ical.h"
#include "buurt-store-private.h"

/*
 * An export of 10,000 series spent a third of its time making an activity
 * object per row through its properties, and another part in reading every
 * ical_link row the same way: here the UIDs are read first into a table,
 * then one statement reads the columns the export writes and hands each row
 * over as it is stepped.
 */

/* In the order of the ids, which needs no sort (the table is stored so)
 * and keeps the file's order from one export to the next: a new activity
 * comes last. Nearly all are published, so the table is read straight
 * through (the unary + keeps SQLite from going through the status index
 * and back to the table for each row). */
static const char *ical_rows_sql =
  "SELECT a.id, a.uuid, a.modified_at, a.title, a.description, a.category, a.target_groups, "
  "       a.room_id, a.location, a.organiser_id, a.initiative_id, a.starts_at, a.ends_at, "
  "       a.all_day, a.tzid, a.rrule, a.cancelled_dates, a.cost_cents, a.registration, "
  "       a.registration_info, a.status, a.url "
  "FROM activity a "
  "WHERE a.deleted_at IS NULL AND +a.status = :status "
  "ORDER BY a.id";

/* The UIDs of imported events, read in one pass: ten times quicker than
 * looking each activity's up. A later link of the same activity wins. */
static const char *ical_uids_sql =
  "SELECT activity_id, uid FROM ical_link "
  "WHERE recurrence_id = '' AND deleted_at IS NULL "
  "ORDER BY id";

static const char *
text_or_null (sqlite3_stmt *stmt,
              int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * buurt_store_foreach_ical_row:
 * @func: called with each published activity; returns %FALSE to stop
 *
 * Returns: %TRUE when every row was read or @func stopped, %FALSE with
 *   @error set when the database could not be read
 */
gboolean
buurt_store_foreach_ical_row (BuurtStore            *self,
                              BuurtStoreIcalRowFunc  func,
                              gpointer               user_data,
                              GError               **error)
{
  g_autoptr(GHashTable) uids = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  uids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  stmt = buurt_store_prepare (self, ical_uids_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (uids, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  stmt = buurt_store_prepare (self, ical_rows_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":status"), "published", -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtStoreIcalRow row = {
        .id = sqlite3_column_int64 (stmt, 0),
        .uuid = text_or_null (stmt, 1),
        .modified_at = text_or_null (stmt, 2),
        .title = text_or_null (stmt, 3),
        .description = text_or_null (stmt, 4),
        .category = text_or_null (stmt, 5),
        .target_groups = sqlite3_column_int64 (stmt, 6),
        .room_id = sqlite3_column_int64 (stmt, 7),
        .location = text_or_null (stmt, 8),
        .organiser_id = sqlite3_column_int64 (stmt, 9),
        .initiative_id = sqlite3_column_int64 (stmt, 10),
        .starts_at = text_or_null (stmt, 11),
        .ends_at = text_or_null (stmt, 12),
        .all_day = sqlite3_column_int (stmt, 13) != 0,
        .tzid = text_or_null (stmt, 14),
        .rrule = text_or_null (stmt, 15),
        .cancelled_dates = text_or_null (stmt, 16),
        .cost_cents = sqlite3_column_int64 (stmt, 17),
        .registration = text_or_null (stmt, 18),
        .registration_info = text_or_null (stmt, 19),
        .status = text_or_null (stmt, 20),
        .url = text_or_null (stmt, 21),
      };

      row.uid = g_hash_table_lookup (uids, &row.id);
      if (!func (&row, user_data))
        break;
    }

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

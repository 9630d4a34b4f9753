/* buurt-store-desk-since.c: the rows another desk has not seen, found through an index
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-store-desks.h"
#include "buurt-store-private.h"

/*
 * A row is new to another desk when some desk's counter in its version is
 * higher than that desk's counter in the other desk's knowledge. The parts
 * of every version are kept in desk_version_part (schema-desk-dirty.sql),
 * indexed by desk and counter, so the rows to send are found without
 * reading every row of the agenda.
 */

/**
 * buurt_store_desk_note_version_parts:
 *
 * Keeps desk_version_part in step with the version noted for a row. Called
 * by buurt_store_desk_set_record(), in its transaction.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_note_version_parts (BuurtStore  *self,
                                     const char  *table,
                                     const char  *uuid,
                                     const char  *version,
                                     GError     **error)
{
  g_auto(GStrv) desks = buurt_desk_version_desks (version);
  sqlite3_stmt *stmt;

  stmt = buurt_store_prepare (self,
                              "DELETE FROM desk_version_part WHERE table_name = :table AND uuid = :uuid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; desks[i] != NULL; i++)
    {
      stmt = buurt_store_prepare (self,
                                  "INSERT OR REPLACE INTO desk_version_part (table_name, uuid, desk_id, counter) "
                                  "VALUES (:table, :uuid, :desk_id, :counter)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, desks[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, buurt_desk_version_get (version, desks[i]));
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The uuids of @table with a counter of some desk above @since's, sorted. */
static GPtrArray *
uuids_since (BuurtStore  *self,
             const char  *table,
             GStrv        desks,
             const char  *since,
             GError     **error)
{
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *uuids;
  GHashTableIter iter;
  gpointer uuid;

  for (guint i = 0; desks[i] != NULL; i++)
    {
      sqlite3_stmt *stmt;
      int rc;

      stmt = buurt_store_prepare (self,
                                  "SELECT uuid FROM desk_version_part "
                                  "WHERE desk_id = :desk_id AND table_name = :table AND counter > :counter",
                                  error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, desks[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, buurt_desk_version_get (since, desks[i]));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_add (found, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          buurt_store_set_read_error (self, rc, error);
          return NULL;
        }
    }

  uuids = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &uuid, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (uuids, uuid);
    }
  g_ptr_array_sort (uuids, (GCompareFunc) g_strcmp0);
  return uuids;
}

/**
 * buurt_store_desk_foreach_since:
 * @since: a desk's knowledge (a version vector)
 *
 * Calls @func for every row, of every table that travels (each after the
 * tables it refers to, rows in uuid order), whose version @since does not
 * cover: what a desk that knows @since has not seen. Rows are found through
 * an index, so the time taken follows the number of such rows.
 *
 * Returns: %FALSE when reading failed or @func did
 */
gboolean
buurt_store_desk_foreach_since (BuurtStore        *self,
                                const char        *since,
                                BuurtDeskRowFunc   func,
                                gpointer           user_data,
                                GError           **error)
{
  const char *const *tables = buurt_store_desk_tables (self);
  g_autoptr(GPtrArray) desk_list = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) desks = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* Every desk that ever changed a row here: a few. */
  stmt = buurt_store_prepare (self, "SELECT DISTINCT desk_id FROM desk_version_part", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (desk_list, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return FALSE;
    }
  g_ptr_array_add (desk_list, NULL);
  desks = (GStrv) g_ptr_array_free (g_steal_pointer (&desk_list), FALSE);

  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autoptr(GPtrArray) uuids = uuids_since (self, tables[t], desks, since, error);

      if (uuids == NULL)
        return FALSE;
      for (guint i = 0; i < uuids->len; i++)
        {
          const char *uuid = g_ptr_array_index (uuids, i);
          g_autoptr(GVariant) fields = NULL;
          g_autofree char *version = NULL;
          g_autofree char *changed_by = NULL;

          if (!buurt_store_desk_lookup (self, tables[t], uuid, &fields, &version, error))
            return FALSE;
          if (fields == NULL || version == NULL || buurt_desk_version_covered (version, since))
            continue;

          stmt = buurt_store_prepare (self,
                                      "SELECT changed_by FROM desk_record "
                                      "WHERE table_name = :table AND uuid = :uuid",
                                      error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, tables[t], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            changed_by = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);

          if (!func (tables[t], uuid, fields, version, changed_by, user_data, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* buurt-store-desk-dirty.c: stamping the rows changed on this desk, and only those
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-desks.h"
#include "buurt-store-private.h"

/*
 * Before an exchange, every row whose content changed on this desk since its
 * last version gets this desk's next change counter. Which rows may have
 * changed is noted by triggers in desk_dirty (schema-desk-dirty.sql), so a
 * stamp reads those rows only: nothing when nothing changed, a hundred rows
 * after a hundred edits, whatever the size of the agenda. A noted row whose
 * content still matches the checksum of its version (saved unchanged, or
 * written by a receive) keeps its version.
 *
 * The triggers are made here, from the table specs, rather than in a
 * migration: a migration that rebuilds a table drops its triggers, and a
 * table added later needs them too. A table found without them gets them
 * and has all its rows noted, so no change is ever missed.
 */

#define N_TRIGGERS 3

static const char *trigger_kinds[N_TRIGGERS] = { "insert", "update", "delete" };

static char *
trigger_name (const char *table,
              const char *kind)
{
  return g_strdup_printf ("desk_dirty_%s_%s", table, kind);
}

/* Runs one statement built from names (every value of it is a constant). */
static gboolean
run_built (BuurtStore  *self,
           const char  *sql,
           const char  *table,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (buurt_store_get_db (self), sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      if (table != NULL)
        sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Makes the triggers of @table that note its changed rows, and notes all its
 * rows, since changes made before the triggers were there are not known. */
static gboolean
make_triggers (BuurtStore  *self,
               const char  *table,
               GError     **error)
{
  g_autofree char *qtable = buurt_store_quote (table, '"');
  g_autofree char *ltable = buurt_store_quote (table, '\'');
  g_autofree char *seed = NULL;

  for (guint k = 0; k < N_TRIGGERS; k++)
    {
      g_autofree char *name = trigger_name (table, trigger_kinds[k]);
      g_autofree char *qname = buurt_store_quote (name, '"');
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER IF EXISTS %s", qname);
      g_autofree char *create =
        g_strdup_printf ("CREATE TRIGGER %s AFTER %s ON %s BEGIN "
                         "INSERT OR IGNORE INTO desk_dirty (table_name, uuid) VALUES (%s, %s.uuid); "
                         "END",
                         qname, k == 0 ? "INSERT" : k == 1 ? "UPDATE" : "DELETE", qtable,
                         ltable, k == 2 ? "OLD" : "NEW");

      if (!run_built (self, drop, NULL, error) || !run_built (self, create, NULL, error))
        return FALSE;
    }

  seed = g_strdup_printf ("INSERT OR IGNORE INTO desk_dirty (table_name, uuid) SELECT ?1, uuid FROM %s",
                          qtable);
  return run_built (self, seed, table, error);
}

/* Every table that travels has its three triggers. */
static gboolean
ensure_triggers (BuurtStore  *self,
                 GError     **error)
{
  const char *const *tables = buurt_store_desk_tables (self);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = buurt_store_prepare (self,
                              "SELECT name FROM sqlite_master "
                              "WHERE type = 'trigger' AND name LIKE 'desk\\_dirty\\_%' ESCAPE '\\'",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (present, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return FALSE;
    }

  for (guint t = 0; tables[t] != NULL; t++)
    {
      gboolean complete = TRUE;

      for (guint k = 0; k < N_TRIGGERS && complete; k++)
        {
          g_autofree char *name = trigger_name (tables[t], trigger_kinds[k]);

          complete = g_hash_table_contains (present, name);
        }
      if (!complete && !make_triggers (self, tables[t], error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  char   *desk_id;
  gint64  counter;    /* 0 until the first change needs one */
  gint64  n_stamped;
} Stamp;

/* Stamps one noted row if its content changed since its version. */
static gboolean
stamp_row (BuurtStore  *self,
           Stamp       *stamp,
           const char  *table,
           const char  *uuid,
           GError     **error)
{
  g_autoptr(GVariant) fields = NULL;
  g_autofree char *version = NULL;
  g_autofree char *noted = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *new_version = NULL;
  sqlite3_stmt *stmt;

  /* A row deleted for good leaves nothing to send, as before. */
  if (!buurt_store_desk_lookup (self, table, uuid, &fields, NULL, error))
    return FALSE;
  if (fields == NULL)
    return TRUE;

  stmt = buurt_store_prepare (self,
                              "SELECT version, checksum FROM desk_record "
                              "WHERE table_name = :table AND uuid = :uuid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      version = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      noted = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  checksum = buurt_store_desk_checksum_fields (fields);
  if (noted != NULL && g_str_equal (noted, checksum))
    return TRUE;

  /* One counter for every change since the last stamp: they travel together. */
  if (stamp->counter == 0 &&
      (stamp->counter = buurt_store_desk_next_counter (self, error)) == 0)
    return FALSE;

  new_version = buurt_desk_version_set (version, stamp->desk_id, stamp->counter);
  stamp->n_stamped++;
  return buurt_store_desk_set_record (self, table, uuid, new_version, stamp->desk_id, fields, error);
}

static gboolean
stamp_in_transaction (BuurtStore  *self,
                      gpointer     user_data,
                      GError     **error)
{
  Stamp *stamp = user_data;
  const char *const *tables = buurt_store_desk_tables (self);
  sqlite3_stmt *stmt;

  if (!ensure_triggers (self, error) ||
      (stamp->desk_id = buurt_store_desk_get_id (self, error)) == NULL)
    return FALSE;

  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);

      /* Read first: stamping writes desk_record, not desk_dirty, but the
       * statement is the store's and stamp_row prepares others. */
      stmt = buurt_store_prepare (self,
                                  "SELECT uuid FROM desk_dirty WHERE table_name = :table ORDER BY uuid",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tables[t], -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);

      for (guint i = 0; i < uuids->len; i++)
        if (!stamp_row (self, stamp, tables[t], g_ptr_array_index (uuids, i), error))
          return FALSE;
    }

  stmt = buurt_store_prepare (self, "DELETE FROM desk_dirty", error);
  if (stmt == NULL || !buurt_store_step_done (self, stmt, error))
    return FALSE;

  if (stamp->counter != 0)
    {
      g_autofree char *seen = buurt_desk_version_set (NULL, stamp->desk_id, stamp->counter);

      return buurt_store_desk_learn (self, seen, error);
    }
  return TRUE;
}

/**
 * buurt_store_desk_stamp:
 * @n_stamped: (out) (optional): how many rows changed here since the last stamp
 *
 * Gives every row whose content changed on this desk since its last version
 * this desk's next change counter, in one transaction (a savepoint when
 * called in one). Only the rows written since the last stamp are read.
 *
 * Returns: %FALSE with @error set when it could not be done
 */
gboolean
buurt_store_desk_stamp (BuurtStore  *self,
                        gint64      *n_stamped,
                        GError     **error)
{
  Stamp stamp = { NULL, 0, 0 };
  gboolean ok;

  ok = buurt_store_transaction (self, stamp_in_transaction, &stamp, error);
  g_free (stamp.desk_id);

  if (ok && n_stamped != NULL)
    *n_stamped = stamp.n_stamped;
  return ok;
}

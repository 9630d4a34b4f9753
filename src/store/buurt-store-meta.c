/* buurt-store-meta.c: facts about the database file (its id, the horizon,
 * the desk's name), one row per key in the meta table
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"

/**
 * buurt_store_get_meta:
 * @key: a fact about the database, such as "database_id"
 *
 * Returns: (transfer full) (nullable): its value; %NULL with @error unset
 *   when it was never set, %NULL with @error set when it could not be read
 */
char *
buurt_store_get_meta (BuurtStore  *self,
                      const char  *key,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = buurt_store_prepare (self, "SELECT value FROM meta WHERE key = :key", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    buurt_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);

  return value;
}

/**
 * buurt_store_set_meta:
 * @key: a fact about the database
 * @value: its new value
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_set_meta (BuurtStore  *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  stmt = buurt_store_prepare (self,
                              "INSERT INTO meta (key, value) VALUES (:key, :value) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return buurt_store_step_done (self, stmt, error);
}

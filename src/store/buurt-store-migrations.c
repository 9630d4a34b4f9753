/* buurt-store-migrations.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "buurt-store-private.h"

/*
 * Forward-only migrations keyed on PRAGMA user_version, made so that a
 * volunteer's agenda survives them:
 *
 * - Before the first migration runs on a file that already holds an agenda,
 *   SQLite's online backup (the one all backups use) makes a consistent copy beside it, named after the
 *   update it comes before ("buurtagenda.db.before-schema-3"). A copy of the
 *   same version replaces the older one. The copy is made holding the write
 *   lock, so no other desk changes or updates the file in between.
 * - Each migration is one transaction, run with foreign keys off, so it may
 *   rebuild a table the way SQLite documents (create the new table, copy the
 *   rows, drop the old one, rename the new one): a table's own UNIQUE or CHECK
 *   rules cannot be changed any other way. PRAGMA foreign_key_check then
 *   proves that every reference still points at a row before the commit; if
 *   one does not, the migration is rolled back and the file stays as it was.
 */

/* Resource paths of the migrations, in order: entry i takes version i to i + 1. */
static const char *migrations[] = {
  RESOURCE_PREFIX "/store/schema-001.sql",
  RESOURCE_PREFIX "/store/schema-002.sql",
  RESOURCE_PREFIX "/store/schema-003.sql",
  RESOURCE_PREFIX "/store/schema-series.sql",
  RESOURCE_PREFIX "/store/schema-venues.sql",
  RESOURCE_PREFIX "/store/schema-desks.sql",
  RESOURCE_PREFIX "/store/schema-ical.sql",
  RESOURCE_PREFIX "/store/schema-funders.sql",
  RESOURCE_PREFIX "/store/schema-desk-dirty.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BUURT_STORE_SCHEMA_VERSION);

/**
 * buurt_store_migration_script:
 * @version: a schema version, from 1
 *
 * For tests that build files of older versions: the migrations are named
 * after their topic, so only this list knows which one makes @version.
 *
 * Returns: (transfer full): the script that takes version - 1 to @version
 */
GBytes *
buurt_store_migration_script (int      version,
                              GError **error)
{
  g_return_val_if_fail (version >= 1 && version <= BUURT_STORE_SCHEMA_VERSION, NULL);
  return g_resources_lookup_data (migrations[version - 1], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/* Copies the whole file with the same online backup as every other backup
 * (buurt_store_backup_file(): one consistent snapshot, written under a
 * temporary name first, so a copy cut short never takes the place of a good
 * one). The store's connection holds the write lock by now, and SQLite's
 * backup does not read from a connection in a write transaction: the backup's
 * own read-only connection reads the file as it was committed, which is what
 * is about to be migrated. The backups listed in Preferences include it. */
static gboolean
make_safety_copy (BuurtStore  *self,
                  int          from_version,
                  GError     **error)
{
  const char *path = buurt_store_get_path (self);
  g_autofree char *copy_path = g_strdup_printf ("%s.before-schema-%d", path, from_version + 1);
  g_autoptr(GError) local_error = NULL;

  if (!buurt_store_backup_file (path, copy_path, &local_error))
    {
      g_autofree char *message =
        g_strdup_printf (_("no safety copy could be made before updating it (%s). It was left as it is."),
                         local_error->message);

      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path, message);
      return FALSE;
    }

  g_debug ("Safety copy of %s made in %s", path, copy_path);
  return TRUE;
}

/* Every reference still points at a row: the first that does not is an error. */
static gboolean
check_foreign_keys (BuurtStore  *self,
                    int          version,
                    GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, "PRAGMA foreign_key_check", error);
  g_autofree char *message = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    message = g_strdup_printf (/* Translators: %d is a version number; the first %s and the second %s are table names */
                               _("after updating it to version %d, a row of “%s” would refer to a row of “%s” that is not there. The update was undone and the file was left as it was."),
                               version,
                               (const char *) sqlite3_column_text (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 2));
  else if (rc != SQLITE_DONE)
    buurt_store_set_read_error (self, rc, error);
  sqlite3_reset (stmt);

  if (message != NULL)
    buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN,
                                buurt_store_get_path (self), message);

  return rc == SQLITE_DONE;
}

/* One migration, all or nothing: the script and the new user_version. The
 * first one that runs on an agenda makes the safety copy, holding the write
 * lock, so the copy is exactly what is migrated. */
static gboolean
run_migration (BuurtStore  *self,
               int          version,
               gboolean    *copied,
               GError     **error)
{
  g_autoptr(GBytes) script = NULL;
  g_autofree char *with_version = NULL;
  char *errmsg = NULL;
  int current;

  script = g_resources_lookup_data (migrations[version], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (script == NULL)
    return FALSE;

  /* PRAGMA user_version takes no parameter; the value is our own integer. */
  with_version = g_strdup_printf ("%s\nPRAGMA user_version = %d;\n",
                                  (const char *) g_bytes_get_data (script, NULL),
                                  version + 1);

  if (!buurt_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another desk or the command line may have opened the file at the same
   * time and updated it while this connection waited for the lock. */
  current = buurt_store_get_schema_version (self);
  if (current > version)
    return buurt_store_exec (self, "COMMIT", error);

  if (current < 0 ||
      (current > 0 && !*copied && !make_safety_copy (self, current, error)))
    {
      if (current < 0)
        buurt_store_set_read_error (self, sqlite3_extended_errcode (buurt_store_get_db (self)), error);
      buurt_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  *copied = TRUE;

  if (sqlite3_exec (buurt_store_get_db (self), with_version, NULL, NULL, &errmsg) != SQLITE_OK)
    {
      g_autofree char *message =
        g_strdup_printf (/* Translators: %d is a version number, %s a technical message from the database */
                         _("updating it to version %d failed (%s). The update was undone and the file was left as it was."),
                         version + 1, errmsg);

      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, buurt_store_get_path (self), message);
      sqlite3_free (errmsg);
      buurt_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  if (!check_foreign_keys (self, version + 1, error) ||
      !buurt_store_exec (self, "COMMIT", error))
    {
      buurt_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * buurt_store_migrate:
 * @from_version: the file's PRAGMA user_version; 0 for a new file
 *
 * Brings the schema to %BUURT_STORE_SCHEMA_VERSION, after a safety copy of a
 * file that holds an agenda. Each migration is a transaction of its own: one
 * that fails is rolled back whole, and those before it stay (each leaves a
 * consistent schema, which this version opens again to go on).
 *
 * Returns: %FALSE with @error naming the file when it could not be done
 */
gboolean
buurt_store_migrate (BuurtStore  *self,
                     int          from_version,
                     GError     **error)
{
  gboolean copied = FALSE;

  for (int version = from_version; version < BUURT_STORE_SCHEMA_VERSION; version++)
    {
      gboolean ok;

      /* A no-op inside a transaction: switched here, between them. */
      if (!buurt_store_exec (self, "PRAGMA foreign_keys = OFF", error))
        return FALSE;

      ok = run_migration (self, version, &copied, error);

      /* On again, whatever happened: the setting stays with the connection. */
      if (!buurt_store_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
        return FALSE;

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

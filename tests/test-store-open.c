/* test-store-open.c: opening, creating and refusing agenda files; a damaged one
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "buurt-database-private.h"
#include "buurt-test-store.h"

static void
test_open_new_file (void)
{
  g_autofree char *folder = buurt_test_folder ();
  /* The folder of the file does not exist yet either. */
  g_autofree char *path = g_build_filename (folder, "nieuw", "buurtagenda.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(BuurtStore) again = NULL;
  g_autofree char *journal_mode = NULL;
  sqlite3 *db;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  store = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (buurt_store_get_path (store), ==, path);
  g_assert_cmpint (buurt_store_get_schema_version (store), ==, BUURT_STORE_SCHEMA_VERSION);
  g_assert_true (buurt_test_store_is_empty (store));

  /* Foreign keys are a setting of the connection, so ask the store's own. */
  g_assert_cmpint (buurt_test_raw_int (buurt_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);

  db = buurt_test_raw_open (path);
  g_assert_cmpint (buurt_test_raw_int (db, "PRAGMA user_version"), ==, BUURT_STORE_SCHEMA_VERSION);
  journal_mode = buurt_test_raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");

  for (guint i = 0; i < buurt_test_n_design_tables; i++)
    {
      /* The names are constants of this file: no quoting needed. */
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master "
                                              "WHERE type = 'table' AND name = '%s'",
                                              buurt_test_design_tables[i]);

      g_test_message ("table %s", buurt_test_design_tables[i]);
      g_assert_cmpint (buurt_test_raw_int (db, sql), ==, 1);
    }
  sqlite3_close (db);

  /* Opening it again migrates nothing and loses nothing. */
  {
    g_autoptr(BuurtEntity) kern = g_object_new (BUURT_TYPE_KERN, "name", "Swifterbant", NULL);

    g_assert_true (buurt_store_save (store, kern, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&store);

  again = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_get_schema_version (again), ==, BUURT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (buurt_store_count (again, BUURT_TYPE_KERN, NULL), ==, 1);
}

/* An empty file, as a file manager makes it, is a new agenda. */
static void
test_open_empty_file (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *path = g_build_filename (folder, "leeg.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  store = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_get_schema_version (store), ==, BUURT_STORE_SCHEMA_VERSION);
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GBytes) before = buurt_test_read_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, code);
  buurt_test_assert_contains (error->message, path);

  buurt_test_assert_file_unchanged (path, before);
  buurt_test_assert_no_companion_files (path);
}

static void
test_open_not_a_database (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *path = g_build_filename (folder, "agenda.ics", NULL);
  g_autoptr(GError) error = NULL;
  const char *text =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Buurtagenda//NL\r\n"
    "END:VCALENDAR\r\n";

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  assert_refused (path, BUURT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_open_newer_version (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *path = g_build_filename (folder, "nieuwer.db", NULL);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d",
                                             BUURT_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db = buurt_test_raw_open (path);

  buurt_test_raw_exec (db, "CREATE TABLE kern (id INTEGER PRIMARY KEY, name TEXT)");
  buurt_test_raw_exec (db, "INSERT INTO kern (name) VALUES ('Dronten')");
  buurt_test_raw_exec (db, pragma);
  sqlite3_close (db);

  assert_refused (path, BUURT_STORE_ERROR_NEWER_VERSION);
}

static void
test_open_other_program (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *path = g_build_filename (folder, "boekhouding.db", NULL);
  sqlite3 *db = buurt_test_raw_open (path);

  buurt_test_raw_exec (db, "CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)");
  buurt_test_raw_exec (db, "INSERT INTO ledger (amount) VALUES (42)");
  sqlite3_close (db);

  assert_refused (path, BUURT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_open_unwritable_folder (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *locked = g_build_filename (folder, "alleen-lezen", NULL);
  g_autofree char *path = g_build_filename (locked, "buurtagenda.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write in any folder; /store/open/parent-is-file covers root");
      return;
    }

  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  buurt_test_assert_contains (error->message, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* So the isolated folder can be removed after the test. */
  g_assert_cmpint (g_chmod (locked, 0700), ==, 0);
}

/* Fails for root too: no one can make a folder where a file is. */
static void
test_open_parent_is_file (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *afile = g_build_filename (folder, "afile", NULL);
  g_autofree char *path = g_build_filename (afile, "x.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  g_file_set_contents (afile, "just a file\n", -1, &error);
  g_assert_no_error (error);
  before = buurt_test_read_file (afile);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  buurt_test_assert_contains (error->message, path);
  buurt_test_assert_file_unchanged (afile, before);
}

static void
test_open_folder (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  store = buurt_store_new (folder, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  buurt_test_assert_contains (error->message, folder);
}

/* What is kept of a file, and what a damaged one says */

/* Each agenda file has an id of its own that stays when it is opened again,
 * so what the app remembers of one agenda is not shared with another. */
static void
test_database_id (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (g_get_user_data_dir (), "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDatabase) database = buurt_database_new_for_store (f->store);
  g_autoptr(BuurtDatabase) other = buurt_database_new (other_path, &error);
  g_autoptr(BuurtDatabase) again = NULL;
  g_autofree char *id = NULL;

  g_assert_no_error (error);
  id = g_strdup (buurt_database_get_id (database));
  g_assert_nonnull (id);
  g_assert_cmpuint (strlen (id), ==, 36);
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpstr (buurt_database_get_id (other), !=, id);

  g_clear_object (&database);
  g_clear_object (&f->store);
  again = buurt_database_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buurt_database_get_id (again), ==, id);
}

/* Overwrites the first page of @table's b-tree with bytes that are no page
 * at all, as a failing disk would; no connection may be open. */
static void
damage_table (const char *path,
              const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_master "
                                          "WHERE type = 'table' AND name = '%s'", table);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = buurt_test_raw_open (path);
  gint64 page_size = buurt_test_raw_int (db, "PRAGMA page_size");
  gint64 root = buurt_test_raw_int (db, sql);

  sqlite3_close (db);
  /* Closing the last connection wrote everything into the file itself. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (root, >, 1);
  g_assert_cmpint ((gint64) length, >=, root * page_size);
  memset (contents + (root - 1) * page_size, 0xee, page_size);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Bug g: a read error looked like an empty agenda (the counts said 0), so
 * the window offered the example data for a damaged file. */
static void
test_read_error_not_empty (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) starts_at = buurt_test_utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) ends_at = buurt_test_utc ("2026-01-06T20:00:00Z");
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", "Koffieochtend",
                                                  "category", BUURT_CATEGORY_MEETING,
                                                  "starts-at", starts_at,
                                                  "ends-at", ends_at,
                                                  "status", BUURT_ACTIVITY_STATUS_SUBMITTED,
                                                  NULL);
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gboolean empty = TRUE;

  /* Only an activity, so every other table reads as empty. */
  buurt_test_save_new (f, activity);
  g_assert_false (buurt_test_store_is_empty (f->store));
  g_clear_object (&f->store);

  damage_table (f->path, "activity");

  f->store = buurt_store_new (f->path, &error);
  g_assert_no_error (error);

  g_assert_false (buurt_store_is_empty (f->store, &empty, &error));
  g_assert_false (empty);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  buurt_test_assert_contains (error->message, f->path);
  g_clear_error (&error);

  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_ACTIVITY, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (buurt_store_count_submissions (f->store, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* A table that can be read still counts. */
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, &error), ==, 0);
  g_assert_no_error (error);

  /* The database context passes the error on. */
  database = buurt_database_new_for_store (f->store);
  empty = TRUE;
  g_assert_false (buurt_database_is_empty (database, &empty, &error));
  g_assert_false (empty);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count (database, BUURT_TYPE_ACTIVITY, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count_occurrences (database, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count_submissions (database, &error), ==, -1);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, buurt_test_store_set_up, func, buurt_test_store_tear_down)

  g_test_add_func ("/store/open/new-file", test_open_new_file);
  g_test_add_func ("/store/open/empty-file", test_open_empty_file);
  g_test_add_func ("/store/open/not-a-database", test_open_not_a_database);
  g_test_add_func ("/store/open/newer-version", test_open_newer_version);
  g_test_add_func ("/store/open/other-program", test_open_other_program);
  g_test_add_func ("/store/open/unwritable-folder", test_open_unwritable_folder);
  g_test_add_func ("/store/open/parent-is-file", test_open_parent_is_file);
  g_test_add_func ("/store/open/folder", test_open_folder);
  ADD ("/store/meta/database-id", test_database_id);
  ADD ("/store/read-error/not-empty", test_read_error_not_empty);

#undef ADD

  return g_test_run ();
}

/* test-backup.c: backups, retention, restore, the check at start, a full
 * disk, a read-only file, a second writer, and the command line
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/mount.h>

#include "buurt-database-private.h"
#include "buurt-example-data.h"
#include "buurt-store-private.h"

typedef struct
{
  char          *folder;
  char          *path;
  BuurtDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_build_filename (g_get_user_data_dir (), "buurtagenda", NULL);
  f->path = g_build_filename (f->folder, "buurtagenda.db", NULL);
  f->database = buurt_database_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_example_data_generate (f->database, 300, 11, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  buurt_store_test_set_copy_page_limit (0);
  g_clear_object (&f->database);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->folder, g_free);
}

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static char *
integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static gint64
count_activities (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, &error);

  g_assert_no_error (error);
  return n;
}

static BuurtEntity *
new_activity (const char *title)
{
  g_autoptr(GDateTime) starts_at = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);

  return g_object_new (BUURT_TYPE_ACTIVITY,
                       "title", title,
                       "starts-at", starts_at,
                       "ends-at", ends_at,
                       "rrule", "FREQ=WEEKLY;COUNT=200",
                       "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                       NULL);
}

/* A backup before a change is a consistent, checked copy in the backup
 * folder, named after the reason, and lists with what it holds. */
static void
test_backup_before (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(BuurtBackup) backup = NULL;
  g_autofree char *expected_folder = g_build_filename (f->folder, "backups", NULL);
  gint64 activities = count_activities (f);

  g_assert_cmpstr (buurt_database_get_backup_folder (f->database), ==, expected_folder);
  g_assert_true (buurt_database_backup_before (f->database, "import", &error));
  g_assert_no_error (error);

  backups = buurt_database_list_backups (f->database);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  backup = g_list_model_get_item (backups, 0);
  g_assert_cmpstr (buurt_backup_get_reason (backup), ==, "before-import");
  g_assert_true (g_str_has_prefix (buurt_backup_get_path (backup), expected_folder));
  g_assert_true (g_str_has_suffix (buurt_backup_get_path (backup), "-before-import.db"));
  g_assert_cmpint (buurt_backup_get_n_activities (backup), ==, activities);
  g_assert_cmpint (buurt_backup_get_n_venues (backup), >, 0);
  g_assert_cmpint (buurt_backup_get_n_initiatives (backup), >, 0);
  g_assert_cmpint (buurt_backup_get_size (backup), >, 0);
  g_assert_null (buurt_backup_get_problem (backup));

  /* It stands on its own: no WAL beside it, journal mode DELETE. */
  {
    g_autofree char *wal = g_strconcat (buurt_backup_get_path (backup), "-wal", NULL);
    g_autofree char *check = integrity (buurt_backup_get_path (backup));

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpstr (check, ==, "ok");
  }
}

/* The first start of a day makes a backup; the second does not. */
static void
test_backup_daily (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;
  gboolean made = FALSE;

  g_assert_true (buurt_database_backup_daily (f->database, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  g_assert_true (buurt_database_backup_daily (f->database, &made, &error));
  g_assert_false (made);

  backups = buurt_database_list_backups (f->database);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
}

/* Daily copies for 14 days, weekly ones for 3 months, all of the last day. */
static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 12, 2, 12, 0, 0);
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  guint weekly = 0;

  /* A backup a day for 100 days, two a day in the last 20. */
  for (int day = 100; day >= 0; day--)
    for (int hour = 0; hour < (day < 20 ? 2 : 1); hour++)
      {
        g_autoptr(GDateTime) when = g_date_time_add_hours (now, -24 * day - 6 * hour - 1);

        g_assert_true (buurt_database_backup_at (f->database, hour == 0 ? "daily" : "before-import",
                                                 when, NULL, &error));
        g_assert_no_error (error);
      }

  buurt_database_apply_retention (f->database, now);
  backups = buurt_database_list_backups_for (f->path, NULL, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(BuurtBackup) backup = g_list_model_get_item (backups, i);
      GTimeSpan age = g_date_time_difference (now, buurt_backup_get_made_at (backup));
      g_autofree char *day = g_date_time_format (buurt_backup_get_made_at (backup), "%F");

      g_assert_cmpint (age, <, 92 * G_TIME_SPAN_DAY);
      if (age >= G_TIME_SPAN_DAY)
        {
          /* One a day after the first day… */
          g_assert_false (g_hash_table_contains (days, day));
          if (age >= 14 * G_TIME_SPAN_DAY)
            weekly++;
        }
      g_hash_table_add (days, g_steal_pointer (&day));
    }

  /* …the two of the last day, one a day up to 14 days, then one a week. */
  g_assert_cmpuint (g_hash_table_size (days), >=, 14 + 10);
  g_assert_cmpuint (weekly, >=, 10);
  g_assert_cmpuint (weekly, <=, 12);
  g_assert_cmpuint (g_list_model_get_n_items (backups), <=, 2 + 14 + 12);
}

/* A restore replaces the agenda, after a backup of it that undoes it. */
static void
test_restore_and_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) added = new_activity ("Na de back-up");
  g_autofree char *backup_path = g_build_filename (f->folder, "mine.db", NULL);
  g_autofree char *undo = NULL;
  g_autofree char *undo_undo = NULL;
  gint64 before = count_activities (f);

  g_assert_true (buurt_database_backup_to (f->database, backup_path, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_database_save (f->database, added, &error));
  g_assert_cmpint (count_activities (f), ==, before + 1);

  g_assert_true (buurt_database_restore (f->database, backup_path, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_activities (f), ==, before);
  g_assert_nonnull (undo);
  assert_contains (undo, "before-restore");

  /* Restoring the backup made before the restore undoes it. */
  g_assert_true (buurt_database_restore (f->database, undo, &undo_undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_activities (f), ==, before + 1);
}

/* A backup that is not an agenda, is cut short, or comes from a newer
 * version is refused with a message naming it; the agenda stays. */
static void
test_restore_bad_input (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (f->folder, "notities.db", NULL);
  g_autofree char *good = g_build_filename (f->folder, "good.db", NULL);
  g_autofree char *truncated = g_build_filename (f->folder, "truncated.db", NULL);
  g_autofree char *newer = g_build_filename (f->folder, "newer.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 before = count_activities (f);
  const char *bad[] = { text, truncated, newer };
  const int codes[] = { BUURT_STORE_ERROR_NOT_A_DATABASE, BUURT_STORE_ERROR_DAMAGED,
                        BUURT_STORE_ERROR_NEWER_VERSION };

  g_file_set_contents (text, "Boodschappen: koffie, melk\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_database_backup_to (f->database, good, &error));
  g_file_get_contents (good, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (truncated, contents, length / 2, &error);
  g_assert_no_error (error);
  g_file_set_contents (newer, contents, length, &error);
  raw_exec (newer, "PRAGMA user_version = 99");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GListModel) backups = NULL;

      g_assert_false (buurt_database_restore (f->database, bad[i], NULL, &error));
      g_assert_error (error, BUURT_STORE_ERROR, codes[i]);
      assert_contains (error->message, bad[i]);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      g_assert_cmpint (count_activities (f), ==, before);

      /* Nothing was written, not even a backup before the restore. */
      backups = buurt_database_list_backups (f->database);
      g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 0);
    }
}

/* The check at start: a good agenda passes, a damaged one or one with a
 * broken reference fails, and the check writes nothing. */
static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = g_build_filename (f->folder, "damaged.db", NULL);
  g_autofree char *dangling = g_build_filename (f->folder, "dangling.db", NULL);
  g_autofree char *missing = g_build_filename (f->folder, "new.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gsize length;

  g_assert_true (buurt_database_check_file (f->path, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_database_check_file (missing, &error));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* Garbage over pages in the middle of the file. */
  g_assert_true (buurt_database_backup_to (f->database, damaged, &error));
  g_file_get_contents (damaged, &contents, &length, &error);
  g_assert_no_error (error);
  for (gsize i = length / 3; i < length / 3 + 3 * 4096 && i < length; i++)
    contents[i] = (char) (i * 7);
  g_file_set_contents (damaged, contents, length, &error);
  g_assert_no_error (error);
  before = g_bytes_new (contents, length);

  g_assert_false (buurt_database_check_file (damaged, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_DAMAGED);
  assert_contains (error->message, damaged);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  {
    g_autofree char *read_back = NULL;

    g_file_get_contents (damaged, &read_back, &length, NULL);
    after = g_bytes_new_take (g_steal_pointer (&read_back), length);
  }
  g_assert_true (g_bytes_equal (before, after));

  g_assert_true (buurt_database_backup_to (f->database, dangling, &error));
  raw_exec (dangling, "PRAGMA foreign_keys = OFF; UPDATE room SET venue_id = 999999 WHERE id = 1");
  g_assert_false (buurt_database_check_file (dangling, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_DAMAGED);
  assert_contains (error->message, "room");
  g_clear_error (&error);
}

/* A damaged agenda that is not open is moved aside, and the backup put in
 * its place. */
static void
test_restore_damaged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "buurtagenda", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(BuurtBackup) newest = NULL;
  g_autoptr(BuurtDatabase) database = buurt_database_new (path, &error);
  gint64 activities;
  gsize length;

  g_assert_true (buurt_example_data_generate (database, 300, 11, NULL, &error));
  activities = buurt_database_count (database, BUURT_TYPE_ACTIVITY, NULL);
  g_assert_true (buurt_database_backup_before (database, "closure", &error));
  g_clear_object (&database);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  memset (contents + length / 2, 0x5a, 8192);
  g_file_set_contents (path, contents, length, &error);
  g_assert_false (buurt_database_check_file (path, NULL));

  newest = buurt_database_find_good_backup (path, NULL);
  g_assert_nonnull (newest);
  g_assert_true (buurt_database_restore_damaged (path, buurt_backup_get_path (newest), &kept, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  g_assert_true (buurt_database_check_file (path, &error));
  database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (database, BUURT_TYPE_ACTIVITY, NULL), ==, activities);
}

/* A full backup folder, or one that is not there: a clear message, no copy
 * left half-written, the agenda and the older backups untouched. */
static void
test_backup_folder_full_or_gone (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *usb = g_build_filename (f->folder, "usb-stick", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (buurt_database_backup_before (f->database, "import", &error));

  buurt_store_test_set_copy_page_limit (8);
  g_assert_false (buurt_database_backup_before (f->database, "exchange", &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FULL);
  assert_contains (error->message, "full");
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  buurt_store_test_set_copy_page_limit (0);

  backups = buurt_database_list_backups (f->database);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  dir = g_dir_open (buurt_database_get_backup_folder (f->database), 0, &error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));

  /* A chosen folder that is not there is not made: the stick is not in. */
  buurt_database_set_backup_folder (f->database, usb);
  g_assert_false (buurt_database_backup_before (f->database, "import", &error));
  g_assert_nonnull (error);
  assert_contains (error->message, usb);
  assert_contains (error->message, "USB");
  g_test_message ("%s", error->message);
  g_assert_false (g_file_test (usb, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (integrity (f->path), ==, "ok");
}

/* A full disk or a read-only file while saving: a clear message, nothing
 * stored is damaged, and the same save works once there is room. */
static void
test_save_full_or_read_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) big = new_activity ("Te groot voor de schijf");
  BuurtStore *store = buurt_database_get_store (f->database);
  gint64 pages = raw_int (f->path, "PRAGMA page_count");
  gint64 before = count_activities (f);
  gint64 dates = buurt_database_count_occurrences (f->database, NULL);
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);

  /* The disk is full: not a page more. */
  g_assert_true (buurt_store_exec (store, limit, NULL));
  g_object_set (big, "description", "Een lange omschrijving. ", NULL);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (int i = 0; i < 4000; i++)
      g_string_append (text, "Een lange omschrijving die de schijf vult. ");
    g_object_set (big, "description", text->str, NULL);
  }
  g_assert_false (buurt_database_save (f->database, big, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FULL);
  g_test_message ("%s", error->message);
  assert_contains (error->message, "full");
  g_clear_error (&error);
  g_assert_cmpint (buurt_entity_get_id (big), ==, 0);
  g_assert_cmpint (count_activities (f), ==, before);
  g_assert_cmpint (buurt_database_count_occurrences (f->database, NULL), ==, dates);
  g_assert_cmpstr (integrity (f->path), ==, "ok");

  /* Room again: the same save goes through. */
  g_assert_true (buurt_store_exec (store, "PRAGMA max_page_count = 1073741823", NULL));
  g_assert_true (buurt_database_save (f->database, big, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_activities (f), ==, before + 1);

  /* The file became read-only (a share mounted read-only, a locked stick). */
  g_assert_true (buurt_store_exec (store, "PRAGMA query_only = ON", NULL));
  {
    g_autoptr(BuurtEntity) other = new_activity ("Alleen lezen");

    g_assert_false (buurt_database_save (f->database, other, &error));
    g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_READ_ONLY);
    g_test_message ("%s", error->message);
    assert_contains (error->message, f->path);
    g_clear_error (&error);
  }
  g_assert_true (buurt_store_exec (store, "PRAGMA query_only = OFF", NULL));
  g_assert_cmpint (count_activities (f), ==, before + 1);
  g_assert_cmpstr (integrity (f->path), ==, "ok");
}

/* A real full file system: a small tmpfs (needs root; skipped otherwise). */
static void
test_save_full_tmpfs (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mount_point = g_dir_make_tmp ("buurt-full-XXXXXX", &error);
  g_autofree char *path = g_build_filename (mount_point, "agenda.db", NULL);
  g_autofree char *backups = NULL;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 before;
  int saved = 0;
  gboolean failed = FALSE;

  if (mount ("tmpfs", mount_point, "tmpfs", 0, "size=1200k") != 0)
    {
      g_test_skip ("Cannot mount a small tmpfs here (needs root)");
      return;
    }

  database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_example_data_generate (database, 300, 11, NULL, &error));
  g_assert_no_error (error);
  before = buurt_database_count (database, BUURT_TYPE_ACTIVITY, NULL);

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Een lange omschrijving die de schijf vult. ");

  /* Saves until the disk is full: the one that does not fit fails whole. */
  for (int i = 0; i < 2000 && !failed; i++)
    {
      g_autoptr(BuurtEntity) activity = new_activity ("Vult de schijf");

      g_object_set (activity, "description", text->str, NULL);
      if (buurt_database_save (database, activity, &error))
        saved++;
      else
        failed = TRUE;
    }
  g_assert_true (failed);
  g_test_message ("after %d saves: %s", saved, error->message);
  g_assert_nonnull (error);
  g_assert_true (error->code == BUURT_STORE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count (database, BUURT_TYPE_ACTIVITY, NULL), ==, before + saved);

  /* A backup into the full folder fails cleanly. */
  g_assert_false (buurt_database_backup_before (database, "import", &error));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  backups = buurt_database_default_backup_folder (path);
  {
    g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_suffix (name, ".part"));
  }

  g_clear_object (&database);
  {
    g_autofree char *check = integrity (path);

    g_assert_cmpstr (check, ==, "ok");
  }
  g_assert_true (buurt_database_check_file (path, &error));
  g_assert_no_error (error);

  /* Read-only: the file system is mounted read-only under the app. */
  database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  if (mount ("tmpfs", mount_point, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL) == 0)
    {
      g_autoptr(BuurtEntity) activity = new_activity ("Alleen lezen");

      g_assert_false (buurt_database_save (database, activity, &error));
      g_test_message ("read-only: %s", error->message);
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_cmpint (buurt_database_count (database, BUURT_TYPE_ACTIVITY, NULL), ==, before + saved);
    }

  g_clear_object (&database);
  umount2 (mount_point, MNT_DETACH);
  g_rmdir (mount_point);
}

typedef struct
{
  char   *path;
  guint   hold_ms;
  GMutex  mutex;
  GCond   cond;
  gboolean locked;
} Holder;

static gpointer
hold_write_lock (gpointer data)
{
  Holder *holder = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (holder->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; UPDATE meta SET value = value", NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&holder->mutex);
  holder->locked = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  g_usleep (holder->hold_ms * 1000);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  return NULL;
}

static void
waited_cb (BuurtDatabase *database,
           guint          ms,
           guint         *waited)
{
  *waited = ms;
}

/* Another process writes: the save waits through the busy handler, then
 * succeeds, and the context says how long it waited. */
static void
test_second_writer (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) activity = new_activity ("Even wachten");
  Holder holder = { f->path, 800 };
  GThread *thread;
  guint waited = 0;

  g_signal_connect (f->database, "waited", G_CALLBACK (waited_cb), &waited);
  g_mutex_init (&holder.mutex);
  g_cond_init (&holder.cond);

  thread = g_thread_new ("holder", hold_write_lock, &holder);
  g_mutex_lock (&holder.mutex);
  while (!holder.locked)
    g_cond_wait (&holder.cond, &holder.mutex);
  g_mutex_unlock (&holder.mutex);

  g_assert_true (buurt_database_save (f->database, activity, &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  g_assert_cmpuint (waited, >=, 500);
  g_test_message ("the save waited %u ms", waited);

  g_mutex_clear (&holder.mutex);
  g_cond_clear (&holder.cond);
}

/* Two processes write the same file: the other process waits for this
 * one's write lock (SQLite's locking and the busy handler) and then saves
 * its series; this context sees the change. */
static void
test_second_process (Fixture       *f,
                     gconstpointer  data)
{
  const char *program = g_getenv ("BUURT_CRASH_SERIES");
  const char *argv[] = { program, "prepare", f->path, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = count_activities (f);
  gint64 start;
  sqlite3 *db = NULL;

  if (program == NULL)
    {
      g_test_skip ("BUURT_CRASH_SERIES is not set");
      return;
    }

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; UPDATE meta SET value = value", NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_usleep (1500 * 1000);
  /* Still waiting for the lock, not given up. */
  g_assert_null (g_subprocess_get_identifier (process) == NULL ? "ended early" : NULL);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("the other process finished after %.1f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1500 * 1000);

  g_assert_true (buurt_database_check_for_changes (f->database));
  g_assert_cmpint (count_activities (f), ==, before + 1);
}

/* The command line: --backup, --check and --restore, and bad input. */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  const char *program = g_getenv ("BUURTAGENDA_PROGRAM");
  g_autofree char *copy = g_build_filename (f->folder, "kopie.db", NULL);
  g_autofree char *text = g_build_filename (f->folder, "tekst.db", NULL);
  g_autoptr(GError) error = NULL;
  struct {
    const char *option;
    const char *file;
    int         status;
    const char *says;
  } runs[] = {
    { "--backup", copy, 0, "Backup of" },
    { "--check", NULL, 0, "good order" },
    { "--restore", copy, 0, "before-restore" },
    { "--restore", text, 1, "not an agenda" },
    { "--backup", "/nonexistent/folder/kopie.db", 1, "/nonexistent/folder" },
  };

  if (program == NULL)
    {
      g_test_skip ("BUURTAGENDA_PROGRAM is not set");
      return;
    }

  g_file_set_contents (text, "geen agenda", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      const char *argv[] = { program, "--database", f->path, runs[i].option, runs[i].file, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      g_test_message ("%s %s: %s%s", runs[i].option, runs[i].file, out, err);
      g_assert_cmpint (WEXITSTATUS (status), ==, runs[i].status);
      assert_contains (runs[i].status == 0 ? out : err, runs[i].says);
      if (runs[i].status != 0)
        g_assert_cmpstr (out, ==, "");
    }

  /* The agenda is as it was, and the database context sees the restore. */
  buurt_database_check_for_changes (f->database);
  g_assert_cmpstr (integrity (f->path), ==, "ok");

  /* --check on a damaged file fails and names it. */
  {
    g_autofree char *contents = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    const char *argv[] = { program, "--database", copy, "--check", NULL };
    gsize length;
    int status = -1;

    g_file_get_contents (copy, &contents, &length, &error);
    memset (contents + length / 2, 0x33, 8192);
    g_file_set_contents (copy, contents, length, &error);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    assert_contains (err, copy);
    assert_contains (err, "damaged");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/before", test_backup_before);
  ADD ("/backup/daily", test_backup_daily);
  ADD ("/backup/retention", test_retention);
  ADD ("/backup/restore", test_restore_and_undo);
  ADD ("/backup/restore-bad-input", test_restore_bad_input);
  ADD ("/backup/check", test_check);
  g_test_add_func ("/backup/restore-damaged", test_restore_damaged);
  ADD ("/backup/folder-full-or-gone", test_backup_folder_full_or_gone);
  ADD ("/backup/save-full-or-read-only", test_save_full_or_read_only);
  g_test_add_func ("/backup/save-full-tmpfs", test_save_full_tmpfs);
  ADD ("/backup/second-writer", test_second_writer);
  ADD ("/backup/second-process", test_second_process);
  ADD ("/backup/command-line", test_command_line);

  return g_test_run ();
}

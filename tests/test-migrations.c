/* test-migrations.c: an agenda made by an older version survives the update
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "buurt-entities.h"
#include "buurt-store-private.h"

/* The migration scripts in order, as buurt-store-migrations.c runs them:
 * schema_file[v] makes schema version v. */
static const char *schema_files[] = {
  NULL, "schema-001.sql", "schema-002.sql", "schema-003.sql", "schema-series.sql",
  "schema-venues.sql", "schema-desks.sql",
  "schema-ical.sql", "schema-funders.sql", "schema-desk-dirty.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (schema_files) == BUURT_STORE_SCHEMA_VERSION + 1);

/*
 * Each test makes a file as an older version of the app wrote it: the
 * schema scripts of that version as they are in src/store (a migration is
 * never changed once released), in WAL mode, with rows written by raw SQLite.
 * Then the store opens it and migrates it to the current version.
 */

/* An agenda of schema 1 with a row or more in every table, among them
 * deleted ones, a series with its dates, and the search index. */

static const char *schema_1_rows =
  "INSERT INTO kern VALUES "
  "  (1, '00000000-0000-4000-8000-000000000001', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 'Dronten'),"
  "  (2, '00000000-0000-4000-8000-000000000002', '2025-03-01T10:00:00Z', '2025-03-02T10:00:00Z', '2025-03-02T10:00:00Z', 'Biddinghuizen');"
  "INSERT INTO neighbourhood VALUES "
  "  (1, '00000000-0000-4000-8000-000000000011', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 'De Gilden'),"
  "  (2, '00000000-0000-4000-8000-000000000012', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 'Het Palet');"
  "INSERT INTO venue VALUES "
  "  (1, '00000000-0000-4000-8000-000000000021', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'De Meerpaal', 'mfc', 'De Rede 80', '8251 EW', 1, '0321 388 888', 'info@meerpaal.nl',"
  "   'https://meerpaal.nl', 1, 1, 0, 0, 'Ingang aan de achterkant'),"
  "  (2, '00000000-0000-4000-8000-000000000022', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'Buurthuis t Ven', 'community_centre', NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 1, 0, NULL);"
  "INSERT INTO room VALUES "
  "  (1, '00000000-0000-4000-8000-000000000031', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 'Zaal 1', 80, 3, 2500),"
  "  (2, '00000000-0000-4000-8000-000000000032', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 2, 'Keuken', 12, 1, 0);"
  "INSERT INTO contact VALUES "
  "  (1, '00000000-0000-4000-8000-000000000041', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 'Anja de Vries', 'resident', '06 1234 5678', 'anja@example.nl'),"
  "  (2, '00000000-0000-4000-8000-000000000042', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 'Welzijn Dronten', 'welfare_organisation', NULL, NULL),"
  "  (3, '00000000-0000-4000-8000-000000000043', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 'Huurdersfonds', 'housing_corporation', NULL, 'fonds@example.nl');"
  "INSERT INTO initiative VALUES "
  "  (1, '00000000-0000-4000-8000-000000000051', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'Moestuin Het Palet', 'Samen tuinieren', 2, 'pilot', '2025-04-01', '2025-07-01', 24, 6, 40, 'Handtekeningen van 60 bewoners'),"
  "  (2, '00000000-0000-4000-8000-000000000052', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'Repaircafé', '', NULL, 'idea', NULL, NULL, 0, 0, 0, '');"
  "INSERT INTO initiative_partner VALUES "
  "  (1, '00000000-0000-4000-8000-000000000061', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 1, 'lead'),"
  "  (2, '00000000-0000-4000-8000-000000000062', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 2, 'partner'),"
  "  (3, '00000000-0000-4000-8000-000000000063', '2025-03-01T10:00:00Z', '2025-03-05T10:00:00Z', '2025-03-05T10:00:00Z', 1, 3, 'funder'),"
  "  (4, '00000000-0000-4000-8000-000000000064', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 2, 1, 'volunteer');"
  "INSERT INTO funding_request VALUES "
  "  (1, '00000000-0000-4000-8000-000000000071', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   1, 3, 90000, 75000, 'granted', '2025-03-10', '2025-04-01', 'Verantwoording voor 1 oktober', '');"
  "INSERT INTO expense VALUES "
  "  (1, '00000000-0000-4000-8000-000000000081', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, 1, '2025-04-12', 'Zaden en potgrond', 4250),"
  "  (2, '00000000-0000-4000-8000-000000000082', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, NULL, 1, '2025-04-20', 'Gereedschap', 12999);"
  "INSERT INTO journal_entry VALUES "
  "  (1, '00000000-0000-4000-8000-000000000091', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, '2025-04-01', 'milestone', 'Eerste oogst'),"
  "  (2, '00000000-0000-4000-8000-000000000092', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL, 1, '2025-05-01', 'lesson', 'Water geven in de vakantie regelen');"
  "INSERT INTO activity VALUES "
  "  (1, '00000000-0000-4000-8000-000000000101', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'Taalcafé', 'Nederlands oefenen bij een kop koffie', 'learning', 40, 1, NULL, 2, 1,"
  "   '2025-03-04T09:00:00Z', '2025-03-04T10:30:00Z', 0, 'Europe/Amsterdam', 'FREQ=WEEKLY;COUNT=3', '2025-03-11',"
  "   250, 'optional', 'Bel 0321 654 321', 'published', '', 'app', 'https://example.nl/taalcafe'),"
  "  (2, '00000000-0000-4000-8000-000000000102', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', NULL,"
  "   'Buurtbarbecue', '', 'food', 0, NULL, 'Grasveld achter de school', NULL, NULL,"
  "   '2025-06-21T15:00:00Z', '2025-06-21T19:00:00Z', 0, 'Europe/Amsterdam', NULL, '',"
  "   0, 'none', '', 'submitted', '', 'submission', NULL);"
  "INSERT INTO occurrence VALUES "
  "  (1, 1, 1, '2025-03-04T09:00:00Z', '2025-03-04T10:30:00Z', '2025-03-04', 0, 'published', 'learning', 40),"
  "  (2, 1, 1, '2025-03-11T09:00:00Z', '2025-03-11T10:30:00Z', '2025-03-11', 1, 'published', 'learning', 40),"
  "  (3, 1, 1, '2025-03-18T09:00:00Z', '2025-03-18T10:30:00Z', '2025-03-18', 0, 'published', 'learning', 40),"
  "  (4, 2, NULL, '2025-06-21T15:00:00Z', '2025-06-21T19:00:00Z', '2025-06-21', 0, 'submitted', 'food', 0);"
  "INSERT INTO activity_fts (rowid, title, description, organiser, venue) VALUES "
  "  (1, 'taalcafe', 'nederlands oefenen bij een kop koffie', 'welzijn dronten', 'de meerpaal'),"
  "  (2, 'buurtbarbecue', '', '', '');";

/* Raw SQLite, to make and read the file behind the store's back */

static sqlite3 *
raw_open (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *errmsg = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);

  g_assert_cmpstr (errmsg, ==, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* Every row of one column query, in order. */
static GPtrArray *
raw_column (sqlite3    *db,
            const char *sql)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return values;
}

/* The file as the app of @version left it: its scripts, in WAL mode. */
static char *
make_old_agenda (const char *name,
                 int         version,
                 const char *rows)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "migrations", NULL);
  char *path = g_build_filename (folder, name, NULL);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  raw_exec (db, "PRAGMA journal_mode = WAL");
  raw_exec (db, "PRAGMA foreign_keys = ON");

  for (int i = 1; i <= version; i++)
    {
      g_autofree char *script_path = g_build_filename (BUURT_STORE_SQL_DIR, schema_files[i], NULL);
      g_autofree char *script = NULL;
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", i);
      g_autoptr(GError) error = NULL;

      g_file_get_contents (script_path, &script, NULL, &error);
      g_assert_no_error (error);
      raw_exec (db, "BEGIN");
      raw_exec (db, script);
      raw_exec (db, pragma);
      raw_exec (db, "COMMIT");
    }

  if (rows != NULL)
    raw_exec (db, rows);

  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The last connection to close writes the WAL into the file and removes it. */
  sqlite3_close (db);

  return path;
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of every table a file of schema 1 has, as text, keyed by table:
 * the columns of schema 1 only, so columns that later versions add do not
 * count, and the rows sorted, so a table rebuilt in another order does. The
 * search index's own shadow tables are SQLite's business. */
/* The columns later migrations add to tables of schema 1 (schema-series.sql:
 * which closure cancelled a date, which override changed it). */
static const char *later_columns[] = { "closure_id", "override_id", NULL };

static GHashTable *
dump_rows (const char *path,
           GPtrArray  *tables)
{
  GHashTable *dump = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READONLY);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      /* The names come from the file's own sqlite_master: a test may build
       * SQL from them. */
      g_autofree char *columns_sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s') ORDER BY cid",
                                                      table);
      g_autoptr(GPtrArray) columns = raw_column (db, columns_sql);
      g_autoptr(GString) select = g_string_new ("SELECT ''");
      g_autofree char *sql = NULL;
      GPtrArray *rows;

      for (guint c = 0; c < columns->len; c++)
        if (!g_strv_contains (later_columns, g_ptr_array_index (columns, c)))
          g_string_append_printf (select, " || '|' || quote (\"%s\")",
                                  (const char *) g_ptr_array_index (columns, c));
      sql = g_strdup_printf ("%s FROM \"%s\"", select->str, table);

      rows = raw_column (db, sql);
      g_ptr_array_sort (rows, compare_texts);
      g_hash_table_insert (dump, g_strdup (table), rows);
    }

  sqlite3_close (db);
  return dump;
}

static GPtrArray *
user_tables (const char *path)
{
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READONLY);
  GPtrArray *tables = raw_column (db,
                                  "SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                  "AND name NOT LIKE 'activity\\_fts\\_%' ESCAPE '\\' "
                                  "ORDER BY name");

  sqlite3_close (db);
  return tables;
}

static void
assert_same_rows (GPtrArray  *tables,
                  GHashTable *before,
                  GHashTable *after)
{
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      GPtrArray *rows_before = g_hash_table_lookup (before, table);
      GPtrArray *rows_after = g_hash_table_lookup (after, table);

      g_test_message ("table %s: %u rows", table, rows_before->len);
      g_assert_nonnull (rows_after);
      g_assert_cmpuint (rows_after->len, ==, rows_before->len);
      /* A column that a later version adds comes last (ALTER TABLE ADD
       * COLUMN), so a row after is the row before plus its new columns. */
      for (guint r = 0; r < rows_before->len; r++)
        {
          const char *row_before = g_ptr_array_index (rows_before, r);
          const char *row_after = g_ptr_array_index (rows_after, r);
          gsize length = strlen (row_before);

          if (!g_str_has_prefix (row_after, row_before) ||
              (row_after[length] != '\0' && row_after[length] != '|'))
            g_assert_cmpstr (row_after, ==, row_before);
        }
    }
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    {
      g_autofree char *expected = g_strdup_printf ("a text containing “%s”", needle);

      g_assert_cmpstr (haystack, ==, expected);
    }
}

/* The copy opens, is the agenda as it was, and stands alone (no WAL). */
static void
assert_safety_copy (const char *copy_path,
                    int         version,
                    GPtrArray  *tables,
                    GHashTable *rows)
{
  g_autofree char *part = g_strconcat (copy_path, ".part", NULL);
  g_autofree char *journal_mode = NULL;
  g_autofree char *integrity = NULL;
  g_autoptr(GHashTable) copied = NULL;
  sqlite3 *db;

  g_assert_true (g_file_test (copy_path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  db = raw_open (copy_path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, version);
  journal_mode = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "delete");
  integrity = raw_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  sqlite3_close (db);

  copied = dump_rows (copy_path, tables);
  assert_same_rows (tables, rows, copied);
}

/* An agenda of schema 1 comes through every migration whole. */
static void
test_schema_1_with_rows (void)
{
  g_autofree char *path = make_old_agenda ("buurtagenda.db", 1, schema_1_rows);
  g_autofree char *copy_path = g_strconcat (path, ".before-schema-2", NULL);
  g_autoptr(GPtrArray) tables = user_tables (path);
  g_autoptr(GHashTable) before = dump_rows (path, tables);
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(BuurtEntity) removed = NULL;
  g_autoptr(BuurtEntity) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *database_id = NULL;
  g_autofree char *forget_added = NULL;
  sqlite3 *db;

  g_assert_cmpuint (tables->len, ==, 13);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  store = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (buurt_store_get_schema_version (store), ==, BUURT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (buurt_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);

  /* What the store reads of it. */
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_KERN, NULL), ==, 1);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 3);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_ACTIVITY, NULL), ==, 2);
  g_assert_cmpint (buurt_store_count_occurrences (store, NULL), ==, 4);
  g_assert_cmpint (buurt_store_count_submissions (store, NULL), ==, 1);
  database_id = buurt_store_get_meta (store, "database_id", &error);
  g_assert_no_error (error);
  g_assert_cmpint (strlen (database_id), ==, 36);

  /* The partner deleted under schema 1 can be added again (schema 3). */
  removed = buurt_store_load (store, BUURT_TYPE_INITIATIVE_PARTNER, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (buurt_entity_get_deleted_at (removed));
  again = g_object_new (BUURT_TYPE_INITIATIVE_PARTNER,
                        "initiative-id", (gint64) 1,
                        "contact-id", (gint64) 3,
                        "role", BUURT_PARTNER_ROLE_FUNDER,
                        NULL);
  g_assert_true (buurt_store_save (store, again, &error));
  g_assert_no_error (error);
  forget_added = g_strdup_printf ("DELETE FROM initiative_partner WHERE id = %" G_GINT64_FORMAT,
                                  buurt_entity_get_id (again));
  g_clear_object (&store);

  /* Every row of schema 1 is there, unchanged, besides the one added. */
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, forget_added);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  integrity = raw_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  sqlite3_close (db);

  after = dump_rows (path, tables);
  assert_same_rows (tables, before, after);

  /* The copy made before the update is the agenda of schema 1. */
  assert_safety_copy (copy_path, 1, tables, before);
}

/* A file made new gets no copy: there is nothing to lose. */
static void
test_new_file_no_copy (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "nieuw", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  gboolean seen_database = FALSE;
  const char *name;

  store = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_null (strstr (name, "before-schema"));
      seen_database |= g_str_equal (name, "buurtagenda.db");
    }
  /* The folder was read: the file itself is in it. */
  g_assert_true (seen_database);
}

/* A reference to a row that is not there (made behind the app's back, or by
 * a migration gone wrong) fails the foreign key check before the commit: the
 * migration is undone and the file stays as it was, with its safety copy.
 * Once the file is mended, the update goes through, and the newer copy
 * replaces the older one of the same version. */
static void
test_failing_migration (void)
{
  g_autofree char *path = make_old_agenda ("buurtagenda.db", 1, schema_1_rows);
  g_autofree char *copy_path = g_strconcat (path, ".before-schema-2", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GPtrArray) tables = user_tables (path);
  g_autoptr(GHashTable) mended = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GBytes) before_bytes = NULL;
  g_autoptr(GBytes) after_bytes = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "PRAGMA foreign_keys = OFF");
  raw_exec (db, "INSERT INTO initiative_partner VALUES "
                "(9, '00000000-0000-4000-8000-000000000069', '2025-03-01T10:00:00Z', "
                "'2025-03-01T10:00:00Z', NULL, 2, 99, 'partner')");
  sqlite3_close (db);
  before_bytes = read_file (path);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  assert_contains (error->message, path);
  assert_contains (error->message, "initiative_partner");
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Byte for byte, and no WAL of the undone update beside it. */
  after_bytes = read_file (path);
  g_assert_true (g_bytes_equal (before_bytes, after_bytes));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  db = raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'"), ==, 0);
  sqlite3_close (db);
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_IS_REGULAR));

  /* Mended, it updates; the copy is of the mended file. */
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "DELETE FROM initiative_partner WHERE id = 9");
  sqlite3_close (db);
  mended = dump_rows (path, tables);

  store = buurt_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_get_schema_version (store), ==, BUURT_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  after = dump_rows (path, tables);
  assert_same_rows (tables, mended, after);
  assert_safety_copy (copy_path, 1, tables, mended);
}

/* A migration whose SQL fails (here: a table in the way of schema 3's
 * rebuild) is rolled back whole; the file keeps its version and rows. */
static void
test_failing_script (void)
{
  g_autofree char *path = make_old_agenda ("buurtagenda.db", 2, schema_1_rows);
  g_autofree char *copy_path = g_strconcat (path, ".before-schema-3", NULL);
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GBytes) before_bytes = NULL;
  g_autoptr(GBytes) after_bytes = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "CREATE TABLE initiative_partner_new (id INTEGER PRIMARY KEY)");
  sqlite3_close (db);
  tables = user_tables (path);
  before = dump_rows (path, tables);
  before_bytes = read_file (path);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  assert_contains (error->message, path);
  g_test_message ("%s", error->message);

  after_bytes = read_file (path);
  g_assert_true (g_bytes_equal (before_bytes, after_bytes));
  after = dump_rows (path, tables);
  assert_same_rows (tables, before, after);
  db = raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 2);
  sqlite3_close (db);

  assert_safety_copy (copy_path, 2, tables, before);
}

/* Without its safety copy (here a folder is in the way), a file is not
 * updated at all. */
static void
test_no_copy_no_update (void)
{
  g_autofree char *path = make_old_agenda ("buurtagenda.db", 1, schema_1_rows);
  g_autofree char *copy_path = g_strconcat (path, ".before-schema-2", NULL);
  g_autofree char *part = g_strconcat (copy_path, ".part", NULL);
  g_autofree char *inside = g_build_filename (copy_path, "iets", NULL);
  g_autoptr(GBytes) before_bytes = NULL;
  g_autoptr(GBytes) after_bytes = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (copy_path, 0700), ==, 0);
  g_file_set_contents (inside, "", 0, &error);
  g_assert_no_error (error);
  before_bytes = read_file (path);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  assert_contains (error->message, path);
  g_test_message ("%s", error->message);

  after_bytes = read_file (path);
  g_assert_true (g_bytes_equal (before_bytes, after_bytes));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
}

static void
run_script (sqlite3 *db,
            int      version)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) script = NULL;
  g_autofree char *text = NULL;

  /* Migrations are named after their topic: the store's list says which. */
  script = buurt_store_migration_script (version, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
  raw_exec (db, text);
  raw_exec (db, pragma);
}

static gpointer
open_in_thread (gpointer path)
{
  g_autoptr(GError) error = NULL;
  BuurtStore *store = buurt_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

/* The moment the second desk asks for the write lock, seen in SQLite's trace
 * of every connection opened from then on (an automatic extension). */
static GMutex waiting_lock;
static GCond  waiting_cond;
static gboolean waiting;

static int
begin_immediate_cb (unsigned  type,
                    void     *user_data,
                    void     *statement,
                    void     *unused)
{
  const char *sql = sqlite3_sql (statement);

  if (type == SQLITE_TRACE_STMT && sql != NULL && g_str_equal (sql, "BEGIN IMMEDIATE"))
    {
      g_mutex_lock (&waiting_lock);
      waiting = TRUE;
      g_cond_signal (&waiting_cond);
      g_mutex_unlock (&waiting_lock);
    }

  return 0;
}

static int
trace_connection (sqlite3                           *db,
                  const char                       **errmsg,
                  const struct sqlite3_api_routines *api)
{
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, begin_immediate_cb, NULL);
  return SQLITE_OK;
}

/* Two desks open the old file at once: the one that gets the write lock
 * second finds it updated already and runs no migration twice. */
static void
test_updated_meanwhile (void)
{
  g_autofree char *path = make_old_agenda ("buurtagenda.db", 1, schema_1_rows);
  g_autoptr(GPtrArray) tables = user_tables (path);
  g_autoptr(GHashTable) before = dump_rows (path, tables);
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(BuurtStore) store = NULL;
  GThread *thread;
  sqlite3 *db;

  /* The other desk holds the write lock while it updates the file. */
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "BEGIN IMMEDIATE");

  /* The store reads version 1 and then waits for the lock: only then does
   * the other desk update the file, on every run, however fast. */
  sqlite3_auto_extension ((void (*) (void)) trace_connection);
  thread = g_thread_new ("second-desk", open_in_thread, path);
  g_mutex_lock (&waiting_lock);
  while (!waiting)
    g_cond_wait (&waiting_cond, &waiting_lock);
  g_mutex_unlock (&waiting_lock);

  for (int version = 2; version <= BUURT_STORE_SCHEMA_VERSION; version++)
    run_script (db, version);
  raw_exec (db, "COMMIT");
  sqlite3_close (db);

  store = g_thread_join (thread);
  sqlite3_cancel_auto_extension ((void (*) (void)) trace_connection);
  g_assert_nonnull (store);
  g_assert_cmpint (buurt_store_get_schema_version (store), ==, BUURT_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  after = dump_rows (path, tables);
  assert_same_rows (tables, before, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/migrations/schema-1-with-rows", test_schema_1_with_rows);
  g_test_add_func ("/store/migrations/new-file-no-copy", test_new_file_no_copy);
  g_test_add_func ("/store/migrations/failing-foreign-key", test_failing_migration);
  g_test_add_func ("/store/migrations/failing-script", test_failing_script);
  g_test_add_func ("/store/migrations/no-copy-no-update", test_no_copy_no_update);
  g_test_add_func ("/store/migrations/updated-meanwhile", test_updated_meanwhile);

  return g_test_run ();
}

/* test-store.c: opening, migrating and changing the agenda database
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
#include "buurt-example-data.h"
#include "buurt-entities.h"
#include "buurt-store-private.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS), so a fresh
 * database: the fixture opens one there. */
typedef struct
{
  char       *path;
  BuurtStore *store;
} Fixture;

/* Example data through a database context on the test's own connection. */
static gboolean
example_data_generate (BuurtStore    *store,
                       guint          n_occurrences,
                       guint32        seed,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(BuurtDatabase) database = buurt_database_new_for_store (store);

  return buurt_example_data_generate (database, n_occurrences, seed, cancellable, error);
}

static char *
test_folder (void)
{
  char *folder = g_build_filename (g_get_user_data_dir (), "store-test", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  return folder;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = test_folder ();
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (folder, "buurtagenda.db", NULL);
  f->store = buurt_store_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->path, g_free);
}

/* Whether nothing has been entered, read without error. */
static gboolean
store_is_empty (BuurtStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  g_assert_true (buurt_store_is_empty (store, &empty, &error));
  g_assert_no_error (error);
  return empty;
}

/* Raw SQLite, to look at the file behind the store's back */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

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

/* Files */

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
assert_file_unchanged (const char *path,
                       GBytes     *before)
{
  g_autoptr(GBytes) after = read_file (path);
  gsize before_size, after_size;
  const guint8 *before_data = g_bytes_get_data (before, &before_size);
  const guint8 *after_data = g_bytes_get_data (after, &after_size);

  g_assert_cmpmem (before_data, before_size, after_data, after_size);
}

static void
assert_no_companion_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (companion, G_FILE_TEST_EXISTS));
    }
}

/* Says which text was expected in which message when it is missing. */
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

/* Entities as text, property by property, so a failed comparison shows the
 * field. Instants are compared as stored (whole seconds, UTC); the store keeps
 * an empty text as NULL in some columns and the other way around in others,
 * so both read as "". */

static char *
value_to_text (GParamSpec   *pspec,
               const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      return g_strdup (ev != NULL ? ev->value_nick : "(not a value)");
    }
  if (G_TYPE_IS_FLAGS (type))
    return g_strdup_printf ("0x%x", g_value_get_flags (value));
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (value);

      return dt != NULL ? buurt_format_utc (dt) : g_strdup ("(none)");
    }

  g_assert_not_reached ();
}

static char *
entity_to_text (BuurtEntity *entity)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entity), &n);
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (entity));

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *word = NULL;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (G_OBJECT (entity), pspecs[i]->name, &value);
      word = value_to_text (pspecs[i], &value);
      g_string_append_printf (text, "\n%s=%s", pspecs[i]->name, word);
    }

  return g_string_free (text, FALSE);
}

static void
assert_entities_equal (BuurtEntity *a,
                       BuurtEntity *b)
{
  g_autofree char *text_a = entity_to_text (a);
  g_autofree char *text_b = entity_to_text (b);

  g_assert_cmpstr (text_a, ==, text_b);
}

/* A new, unsaved entity with the columns (not id, uuid or times) of @source. */
static gpointer
copy_as_new (BuurtEntity *source)
{
  GType type = G_OBJECT_TYPE (source);
  BuurtEntity *copy = g_object_new (type, NULL);
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != type)
        continue;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (G_OBJECT (source), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

static gpointer
load (Fixture *f,
      GType    type,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  gpointer entity = buurt_store_load (f->store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entity);
  return entity;
}

static gint64
save_new (Fixture *f,
          gpointer entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (entity), >, 0);

  return buurt_entity_get_id (entity);
}

static gboolean
list_has (Fixture *f,
          GType    type,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = buurt_store_list (f->store, type, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      if (buurt_entity_get_id (entity) == id)
        return TRUE;
    }

  return FALSE;
}

static GDateTime *
utc (const char *text)
{
  GDateTime *dt = buurt_parse_utc (text);

  g_assert_nonnull (dt);
  return dt;
}

/* Valid entities, each with every column filled in. The make_ functions
 * save what the entity refers to and return the entity itself unsaved. */

static gpointer
make_kern (Fixture *f)
{
  return g_object_new (BUURT_TYPE_KERN, "name", "Dronten", NULL);
}

static gpointer
make_neighbourhood (Fixture *f)
{
  g_autoptr(BuurtEntity) kern = make_kern (f);
  gint64 kern_id = save_new (f, kern);

  return g_object_new (BUURT_TYPE_NEIGHBOURHOOD,
                       "kern-id", kern_id,
                       "name", "De Gilden",
                       NULL);
}

static gpointer
make_venue (Fixture *f)
{
  g_autoptr(BuurtEntity) neighbourhood = make_neighbourhood (f);
  gint64 neighbourhood_id = save_new (f, neighbourhood);

  return g_object_new (BUURT_TYPE_VENUE,
                       "name", "De Schakel",
                       "kind", BUURT_VENUE_KIND_MFC,
                       "address", "De Schakel 2",
                       "postcode", "8251 AB",
                       "neighbourhood-id", neighbourhood_id,
                       "phone", "0321 123 456",
                       "email", "info@deschakel.nl",
                       "website", "https://deschakel.nl",
                       "step-free", TRUE,
                       "accessible-toilet", TRUE,
                       "hearing-loop", FALSE,
                       "commercial", TRUE,
                       "notes", "Sleutel bij de beheerder",
                       NULL);
}

static gpointer
make_room (Fixture *f)
{
  g_autoptr(BuurtEntity) venue = make_venue (f);
  gint64 venue_id = save_new (f, venue);

  return g_object_new (BUURT_TYPE_ROOM,
                       "venue-id", venue_id,
                       "name", "Zaal 1",
                       "capacity", (gint64) 40,
                       "facilities", BUURT_FACILITY_KITCHEN | BUURT_FACILITY_WIFI,
                       "rate-cents", (gint64) 2500,
                       NULL);
}

static gpointer
make_contact (Fixture *f)
{
  return g_object_new (BUURT_TYPE_CONTACT,
                       "name", "Welzijn Dronten",
                       "kind", BUURT_CONTACT_KIND_WELFARE_ORGANISATION,
                       "phone", "0321 654 321",
                       "email", "info@welzijndronten.nl",
                       NULL);
}

static gpointer
make_initiative (Fixture *f)
{
  g_autoptr(BuurtEntity) neighbourhood = make_neighbourhood (f);
  gint64 neighbourhood_id = save_new (f, neighbourhood);

  return g_object_new (BUURT_TYPE_INITIATIVE,
                       "title", "Samen aan tafel",
                       "summary", "Eens per maand samen eten",
                       "neighbourhood-id", neighbourhood_id,
                       "stage", BUURT_STAGE_PILOT,
                       "start-date", "2026-03-01",
                       "next-evaluation", "2026-09-01",
                       "target-groups", BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_NEWCOMERS,
                       "volunteers", (gint64) 4,
                       "participants", (gint64) 30,
                       "support-evidence", "Enquête onder 60 bewoners",
                       NULL);
}

static gpointer
make_initiative_partner (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = make_initiative (f);
  g_autoptr(BuurtEntity) contact = make_contact (f);
  gint64 initiative_id = save_new (f, initiative);
  gint64 contact_id = save_new (f, contact);

  return g_object_new (BUURT_TYPE_INITIATIVE_PARTNER,
                       "initiative-id", initiative_id,
                       "contact-id", contact_id,
                       "role", BUURT_PARTNER_ROLE_FUNDER,
                       NULL);
}

static gpointer
make_funding_request (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = make_initiative (f);
  g_autoptr(BuurtEntity) funder = make_contact (f);
  gint64 initiative_id = save_new (f, initiative);
  gint64 funder_id;

  g_object_set (funder, "name", "Gemeente Dronten", "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);
  funder_id = save_new (f, funder);

  return g_object_new (BUURT_TYPE_FUNDING_REQUEST,
                       "initiative-id", initiative_id,
                       "funder-id", funder_id,
                       "amount-requested-cents", (gint64) 150000,
                       "amount-granted-cents", (gint64) 100000,
                       "status", BUURT_FUNDING_STATUS_GRANTED,
                       "requested-on", "2026-02-01",
                       "decided-on", "2026-03-15",
                       "conditions", "Verantwoording voor 1 juli",
                       NULL);
}

static gpointer
make_expense (Fixture *f)
{
  g_autoptr(BuurtEntity) request = make_funding_request (f);
  gint64 request_id = save_new (f, request);

  return g_object_new (BUURT_TYPE_EXPENSE,
                       "initiative-id", buurt_entity_get_int (request, "initiative-id"),
                       "funding-request-id", request_id,
                       "spent-on", "2026-04-02",
                       "description", "Boodschappen",
                       "amount-cents", (gint64) 4350,
                       NULL);
}

static gpointer
make_journal_entry (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = make_initiative (f);
  gint64 initiative_id = save_new (f, initiative);

  return g_object_new (BUURT_TYPE_JOURNAL_ENTRY,
                       "initiative-id", initiative_id,
                       "entry-date", "2026-04-10",
                       "kind", BUURT_JOURNAL_KIND_LESSON,
                       "text", "Aanmelden via de huisarts werkt beter dan flyers.",
                       NULL);
}

/* Tuesday 6 January 2026, 19:00–21:00 in Amsterdam: in the past, so always
 * inside the store's horizon. */
static gpointer
make_activity (Fixture *f)
{
  g_autoptr(BuurtEntity) room = make_room (f);
  g_autoptr(BuurtEntity) organiser = make_contact (f);
  g_autoptr(BuurtEntity) initiative = g_object_new (BUURT_TYPE_INITIATIVE, "title", "Taal in de buurt", NULL);
  g_autoptr(GDateTime) starts_at = utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) ends_at = utc ("2026-01-06T20:00:00Z");
  gint64 room_id = save_new (f, room);
  gint64 organiser_id = save_new (f, organiser);
  gint64 initiative_id = save_new (f, initiative);

  return g_object_new (BUURT_TYPE_ACTIVITY,
                       "title", "Taalcafé",
                       "description", "Nederlands oefenen bij een kop koffie",
                       "category", BUURT_CATEGORY_LEARNING,
                       "target-groups", BUURT_TARGET_GROUP_ADULTS | BUURT_TARGET_GROUP_NEWCOMERS,
                       "room-id", room_id,
                       "location", "Achter de bibliotheek",
                       "organiser-id", organiser_id,
                       "initiative-id", initiative_id,
                       "starts-at", starts_at,
                       "ends-at", ends_at,
                       "all-day", FALSE,
                       "tzid", "Europe/Amsterdam",
                       "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
                       "cancelled-dates", "2026-01-13",
                       "cost-cents", (gint64) 250,
                       "registration", BUURT_REGISTRATION_OPTIONAL,
                       "registration-info", "Bel 0321 654 321",
                       "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                       "source", BUURT_SOURCE_SUBMISSION,
                       "url", "https://welzijndronten.nl/taalcafe",
                       NULL);
}

typedef gpointer (*MakeFunc) (Fixture *f);

/* Opening */

static const char *design_tables[] = {
  "kern", "neighbourhood", "venue", "room", "contact", "activity", "occurrence",
  "activity_fts", "initiative", "initiative_partner", "funding_request", "expense",
  "journal_entry",
};

static void
test_open_new_file (void)
{
  g_autofree char *folder = test_folder ();
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
  g_assert_true (store_is_empty (store));

  /* Foreign keys are a setting of the connection, so ask the store's own. */
  g_assert_cmpint (raw_int (buurt_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);

  db = raw_open (path);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, BUURT_STORE_SCHEMA_VERSION);
  journal_mode = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");

  for (guint i = 0; i < G_N_ELEMENTS (design_tables); i++)
    {
      /* The names are constants of this file: no quoting needed. */
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master "
                                              "WHERE type = 'table' AND name = '%s'",
                                              design_tables[i]);

      g_test_message ("table %s", design_tables[i]);
      g_assert_cmpint (raw_int (db, sql), ==, 1);
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
  g_autofree char *folder = test_folder ();
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
  g_autoptr(GBytes) before = read_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, code);
  assert_contains (error->message, path);

  assert_file_unchanged (path, before);
  assert_no_companion_files (path);
}

static void
test_open_not_a_database (void)
{
  g_autofree char *folder = test_folder ();
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
  g_autofree char *folder = test_folder ();
  g_autofree char *path = g_build_filename (folder, "nieuwer.db", NULL);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d",
                                             BUURT_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db = raw_open (path);

  raw_exec (db, "CREATE TABLE kern (id INTEGER PRIMARY KEY, name TEXT)");
  raw_exec (db, "INSERT INTO kern (name) VALUES ('Dronten')");
  raw_exec (db, pragma);
  sqlite3_close (db);

  assert_refused (path, BUURT_STORE_ERROR_NEWER_VERSION);
}

static void
test_open_other_program (void)
{
  g_autofree char *folder = test_folder ();
  g_autofree char *path = g_build_filename (folder, "boekhouding.db", NULL);
  sqlite3 *db = raw_open (path);

  raw_exec (db, "CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)");
  raw_exec (db, "INSERT INTO ledger (amount) VALUES (42)");
  sqlite3_close (db);

  assert_refused (path, BUURT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_open_unwritable_folder (void)
{
  g_autofree char *folder = test_folder ();
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
  assert_contains (error->message, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* So the isolated folder can be removed after the test. */
  g_assert_cmpint (g_chmod (locked, 0700), ==, 0);
}

/* Fails for root too: no one can make a folder where a file is. */
static void
test_open_parent_is_file (void)
{
  g_autofree char *folder = test_folder ();
  g_autofree char *afile = g_build_filename (folder, "afile", NULL);
  g_autofree char *path = g_build_filename (afile, "x.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  g_file_set_contents (afile, "just a file\n", -1, &error);
  g_assert_no_error (error);
  before = read_file (afile);

  store = buurt_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  assert_contains (error->message, path);
  assert_file_unchanged (afile, before);
}

static void
test_open_folder (void)
{
  g_autofree char *folder = test_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  store = buurt_store_new (folder, &error);
  g_assert_null (store);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_OPEN);
  assert_contains (error->message, folder);
}

/* Create, read, update, delete and undelete */

static void
count_changed_cb (BuurtStore *store,
                  const char *table,
                  guint      *n_changed)
{
  (*n_changed)++;
}

/* Saves @entity (new and valid), checks every column comes back, then sets
 * the properties given as name/value pairs, saves again, deletes and
 * undeletes. */
static void
check_crud (Fixture     *f,
            BuurtEntity *entity,
            const char  *first_property,
            ...)
{
  GType type = G_OBJECT_TYPE (entity);
  gint64 n_before = buurt_store_count (f->store, type, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) loaded = NULL;
  g_autoptr(BuurtEntity) updated = NULL;
  g_autoptr(BuurtEntity) deleted = NULL;
  g_autoptr(BuurtEntity) undeleted = NULL;
  g_autoptr(GDateTime) modified_before = NULL;
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *detailed = g_strdup_printf ("changed::%s", buurt_entity_get_table (entity));
  guint n_changed = 0;
  gulong handler;
  gint64 id;
  va_list args;

  handler = g_signal_connect (f->store, detailed, G_CALLBACK (count_changed_cb), &n_changed);

  /* Create */
  g_assert_cmpint (buurt_entity_get_id (entity), ==, 0);
  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
  id = buurt_entity_get_id (entity);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (strlen (buurt_entity_get_uuid (entity)), ==, 36);
  g_assert_true (g_uuid_string_is_valid (buurt_entity_get_uuid (entity)));
  g_assert_nonnull (buurt_entity_get_created_at (entity));
  g_assert_nonnull (buurt_entity_get_modified_at (entity));
  g_assert_null (buurt_entity_get_deleted_at (entity));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_true (list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 1);

  /* Read */
  loaded = load (f, type, id);
  g_assert_true (G_OBJECT_TYPE (loaded) == type);
  assert_entities_equal (entity, loaded);
  original = entity_to_text (loaded);

  /* Update */
  modified_before = g_date_time_ref (buurt_entity_get_modified_at (loaded));
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (loaded), first_property, args);
  va_end (args);
  changed = entity_to_text (loaded);
  g_assert_cmpstr (changed, !=, original);

  g_assert_true (buurt_store_save (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (loaded), ==, id);
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_cmpuint (n_changed, ==, 2);

  updated = load (f, type, id);
  assert_entities_equal (loaded, updated);
  g_assert_cmpstr (buurt_entity_get_uuid (updated), ==, buurt_entity_get_uuid (entity));
  g_assert_cmpint (g_date_time_compare (buurt_entity_get_modified_at (updated), modified_before), >=, 0);
  {
    g_autofree char *created_before = buurt_format_utc (buurt_entity_get_created_at (entity));
    g_autofree char *created_after = buurt_format_utc (buurt_entity_get_created_at (updated));

    g_assert_cmpstr (created_after, ==, created_before);
  }

  /* Delete: gone from counts and lists, but still loadable as a tombstone. */
  g_assert_true (buurt_store_delete (f->store, updated, &error));
  g_assert_no_error (error);
  g_assert_nonnull (buurt_entity_get_deleted_at (updated));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before);
  g_assert_false (list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 3);

  deleted = load (f, type, id);
  g_assert_nonnull (buurt_entity_get_deleted_at (deleted));
  assert_entities_equal (updated, deleted);

  /* Undelete: back as it was. */
  g_assert_true (buurt_store_undelete (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_null (buurt_entity_get_deleted_at (deleted));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_true (list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 4);

  undeleted = load (f, type, id);
  g_assert_null (buurt_entity_get_deleted_at (undeleted));
  assert_entities_equal (deleted, undeleted);

  g_signal_handler_disconnect (f->store, handler);
}

static void
test_load_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) venue = NULL;

  venue = buurt_store_load (f->store, BUURT_TYPE_VENUE, 9999, &error);
  g_assert_null (venue);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_delete_unsaved (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) kern = make_kern (f);

  g_assert_false (buurt_store_delete (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_null (buurt_entity_get_deleted_at (kern));
}

static void
test_kern_crud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = make_kern (f);

  check_crud (f, kern, "name", "Biddinghuizen", NULL);
}

static void
test_neighbourhood_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) neighbourhood = make_neighbourhood (f);

  check_crud (f, neighbourhood, "name", "De Gilden-Noord", NULL);
}

static void
test_venue_crud (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = make_venue (f);

  check_crud (f, venue,
              "postcode", "8253 CD",
              "kind", BUURT_VENUE_KIND_LIBRARY,
              "hearing-loop", TRUE,
              "notes", "",
              NULL);
}

static void
test_room_crud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = make_room (f);

  check_crud (f, room,
              "capacity", (gint64) 60,
              "facilities", BUURT_FACILITY_PIANO | BUURT_FACILITY_STAGE | BUURT_FACILITY_GARDEN,
              NULL);
}

static void
test_contact_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = make_contact (f);

  check_crud (f, contact,
              "email", "taal@welzijndronten.nl",
              "kind", BUURT_CONTACT_KIND_FOUNDATION,
              NULL);
}

static void
test_initiative_crud (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) initiative = make_initiative (f);

  check_crud (f, initiative,
              "stage", BUURT_STAGE_RUNNING,
              "next-evaluation", "2027-03-01",
              "participants", (gint64) 45,
              NULL);
}

static void
test_initiative_partner_crud (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = make_initiative_partner (f);

  check_crud (f, partner, "role", BUURT_PARTNER_ROLE_PARTNER, NULL);
}

static void
test_funding_request_crud (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) request = make_funding_request (f);

  check_crud (f, request,
              "status", BUURT_FUNDING_STATUS_PAID,
              "amount-granted-cents", (gint64) 120000,
              NULL);
}

static void
test_expense_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) expense = make_expense (f);

  check_crud (f, expense,
              "amount-cents", (gint64) 5000,
              "funding-request-id", (gint64) 0,
              NULL);
}

static void
test_journal_entry_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) entry = make_journal_entry (f);

  check_crud (f, entry,
              "text", "Na de zomer opnieuw beginnen.",
              "kind", BUURT_JOURNAL_KIND_OBSTACLE,
              NULL);
}

static void
test_activity_crud (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_activity (f);
  g_autoptr(GDateTime) later_end = utc ("2026-01-06T20:30:00Z");

  check_crud (f, activity,
              "title", "Taalcafé Plus",
              "ends-at", later_end,
              "status", BUURT_ACTIVITY_STATUS_SUBMITTED,
              "all-day", FALSE,
              "location", "",
              NULL);
}

/* Rules: a broken one is refused with a message and changes nothing */

/* Sets the properties given as name/value pairs both on a new copy of
 * @saved and on a freshly loaded @saved, and checks that saving either
 * fails with @domain and @code, a message (containing @word when given),
 * and leaves the database as it was. */
static void
check_rejected (Fixture     *f,
                BuurtEntity *saved,
                GQuark       domain,
                int          code,
                const char  *word,
                const char  *first_property,
                ...)
{
  GType type = G_OBJECT_TYPE (saved);
  gint64 id = buurt_entity_get_id (saved);
  gint64 n_rows = buurt_store_count (f->store, type, NULL);
  gint64 n_occurrences = buurt_store_count_occurrences (f->store, NULL);
  g_autoptr(BuurtEntity) stored = NULL;
  g_autofree char *stored_text = NULL;

  g_assert_cmpint (id, >, 0);
  stored = load (f, type, id);
  stored_text = entity_to_text (stored);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(BuurtEntity) entity = attempt == 0 ? copy_as_new (saved) : load (f, type, id);
      g_autoptr(BuurtEntity) reloaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *uuid_before = NULL;
      g_autofree char *reloaded_text = NULL;
      va_list args;

      g_test_message ("%s %s", attempt == 0 ? "new" : "stored", G_OBJECT_TYPE_NAME (saved));

      va_start (args, first_property);
      g_object_set_valist (G_OBJECT (entity), first_property, args);
      va_end (args);
      uuid_before = g_strdup (buurt_entity_get_uuid (entity));

      g_assert_false (buurt_store_save (f->store, entity, &error));
      g_assert_error (error, domain, code);
      g_assert_cmpstr (error->message, !=, "");
      if (word != NULL)
        assert_contains (error->message, word);

      /* Nothing changed, in the database nor in the entity's identity. */
      g_assert_cmpint (buurt_entity_get_id (entity), ==, attempt == 0 ? 0 : id);
      g_assert_cmpstr (buurt_entity_get_uuid (entity), ==, uuid_before);
      g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_rows);
      g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, n_occurrences);

      reloaded = load (f, type, id);
      reloaded_text = entity_to_text (reloaded);
      g_assert_cmpstr (reloaded_text, ==, stored_text);
    }
}

static gpointer
make_saved (Fixture  *f,
            MakeFunc  make)
{
  BuurtEntity *entity = make (f);

  save_new (f, entity);
  return entity;
}

#define MODEL_INVALID BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID
#define STORE_NOT_FOUND BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND

static void
test_kern_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = make_saved (f, make_kern);

  check_rejected (f, kern, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, kern, MODEL_INVALID, "Name", "name", " \t ", NULL);
  check_rejected (f, kern, MODEL_INVALID, "Name", "name", NULL, NULL);
}

static void
test_neighbourhood_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) neighbourhood = make_saved (f, make_neighbourhood);

  check_rejected (f, neighbourhood, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, neighbourhood, MODEL_INVALID, NULL, "kern-id", (gint64) 0, NULL);
  check_rejected (f, neighbourhood, STORE_NOT_FOUND, NULL, "kern-id", (gint64) 9999, NULL);
}

static void
test_venue_invalid (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = make_saved (f, make_venue);

  check_rejected (f, venue, MODEL_INVALID, "Name", "name", "   ", NULL);
  check_rejected (f, venue, MODEL_INVALID, "postcode", "postcode", "12345", NULL);
  check_rejected (f, venue, MODEL_INVALID, "8251ab", "postcode", "8251ab", NULL);
  check_rejected (f, venue, MODEL_INVALID, "0251 AB", "postcode", "0251 AB", NULL);
  check_rejected (f, venue, MODEL_INVALID, "jan.example.nl", "email", "jan.example.nl", NULL);
  check_rejected (f, venue, MODEL_INVALID, "e-mail", "email", "@deschakel.nl", NULL);
  check_rejected (f, venue, STORE_NOT_FOUND, NULL, "neighbourhood-id", (gint64) 9999, NULL);
}

static void
test_room_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = make_saved (f, make_room);

  check_rejected (f, room, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, room, MODEL_INVALID, "Capacity", "capacity", (gint64) 0, NULL);
  check_rejected (f, room, MODEL_INVALID, "Capacity", "capacity", (gint64) -1, NULL);
  check_rejected (f, room, MODEL_INVALID, "Rate", "rate-cents", (gint64) -1, NULL);
  check_rejected (f, room, MODEL_INVALID, NULL, "venue-id", (gint64) 0, NULL);
  check_rejected (f, room, STORE_NOT_FOUND, NULL, "venue-id", (gint64) 9999, NULL);
}

static void
test_contact_invalid (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = make_saved (f, make_contact);

  check_rejected (f, contact, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, contact, MODEL_INVALID, "jan.example.nl", "email", "jan.example.nl", NULL);
  check_rejected (f, contact, MODEL_INVALID, "e-mail", "email", "jan@", NULL);
  check_rejected (f, contact, MODEL_INVALID, "e-mail", "email", "jan @example.nl", NULL);
}

static void
test_initiative_invalid (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) initiative = make_saved (f, make_initiative);

  check_rejected (f, initiative, MODEL_INVALID, "Title", "title", "", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Start date", "start-date", "2026-02-30", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Start date", "start-date", "1-3-2026", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Next evaluation", "next-evaluation", "2026-13-01", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "evaluation",
                  "start-date", "2026-03-01", "next-evaluation", "2026-02-28", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Volunteers", "volunteers", (gint64) -1, NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Participants", "participants", (gint64) -5, NULL);
  check_rejected (f, initiative, STORE_NOT_FOUND, NULL, "neighbourhood-id", (gint64) 9999, NULL);
}

static void
test_initiative_partner_invalid (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = make_saved (f, make_initiative_partner);

  check_rejected (f, partner, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, partner, MODEL_INVALID, NULL, "contact-id", (gint64) 0, NULL);
  check_rejected (f, partner, STORE_NOT_FOUND, NULL, "contact-id", (gint64) 9999, NULL);
  check_rejected (f, partner, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

/* The same person twice in the same role passes validation; the database's
 * UNIQUE rule refuses it, and the entity gets its unsaved state back. */
static void
test_initiative_partner_duplicate (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = make_saved (f, make_initiative_partner);
  g_autoptr(BuurtEntity) twice = copy_as_new (partner);
  g_autoptr(BuurtEntity) other_role = copy_as_new (partner);
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_store_save (f->store, twice, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (buurt_entity_get_id (twice), ==, 0);
  g_assert_null (buurt_entity_get_uuid (twice));
  g_assert_null (buurt_entity_get_created_at (twice));
  g_assert_null (buurt_entity_get_modified_at (twice));
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);
  g_clear_error (&error);

  /* After the failure, the same object saves fine once it is different. */
  g_object_set (twice, "role", BUURT_PARTNER_ROLE_VOLUNTEER, NULL);
  save_new (f, twice);
  g_object_set (other_role, "role", BUURT_PARTNER_ROLE_LEAD, NULL);
  save_new (f, other_role);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 3);
}

/* Bug c: the uniqueness rule counted deleted rows, so a partner removed and
 * added again was refused ("This is already in the agenda"). */
static void
test_initiative_partner_add_again (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = make_saved (f, make_initiative_partner);
  g_autoptr(BuurtEntity) again = copy_as_new (partner);
  g_autoptr(BuurtEntity) third = copy_as_new (partner);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_delete (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 0);

  g_assert_true (buurt_store_save (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (again), !=, buurt_entity_get_id (partner));
  g_assert_true (list_has (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (again)));
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);

  /* Among the rows that are not deleted, the rule still holds. */
  g_assert_false (buurt_store_save (f->store, third, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);
}

/* Undoing the first deletion after the partner was added again would make
 * two of the same: a clear error, and both rows stay as they are. */
static void
test_initiative_partner_undelete_twin (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = make_saved (f, make_initiative_partner);
  g_autoptr(BuurtEntity) again = copy_as_new (partner);
  g_autoptr(BuurtEntity) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *deleted_at;

  g_assert_true (buurt_store_delete (f->store, partner, &error));
  g_assert_no_error (error);
  deleted_at = buurt_entity_get_deleted_at (partner);
  g_assert_nonnull (deleted_at);
  save_new (f, again);

  g_assert_false (buurt_store_undelete (f->store, partner, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  assert_contains (error->message, "added again");
  g_clear_error (&error);

  /* The entity keeps its deletion, and so does its row. */
  g_assert_true (buurt_entity_get_deleted_at (partner) == deleted_at);
  reloaded = load (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (partner));
  g_assert_nonnull (buurt_entity_get_deleted_at (reloaded));
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);

  /* Once the twin is gone, the first comes back. */
  g_assert_true (buurt_store_delete (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_store_undelete (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_true (list_has (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (partner)));
}

static void
test_funding_request_invalid (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BuurtEntity) request = make_saved (f, make_funding_request);

  check_rejected (f, request, MODEL_INVALID, "Reason",
                  "status", BUURT_FUNDING_STATUS_REJECTED, "rejection-reason", "", NULL);
  check_rejected (f, request, MODEL_INVALID, "Reason",
                  "status", BUURT_FUNDING_STATUS_REJECTED, "rejection-reason", "  ", NULL);
  check_rejected (f, request, MODEL_INVALID, "Amount requested",
                  "amount-requested-cents", (gint64) -1, NULL);
  check_rejected (f, request, MODEL_INVALID, "Amount granted",
                  "amount-granted-cents", (gint64) -100, NULL);
  check_rejected (f, request, MODEL_INVALID, "Requested on", "requested-on", "2026-02-30", NULL);
  check_rejected (f, request, MODEL_INVALID, "decision",
                  "requested-on", "2026-03-01", "decided-on", "2026-02-01", NULL);
  check_rejected (f, request, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, request, STORE_NOT_FOUND, NULL, "funder-id", (gint64) 9999, NULL);
  check_rejected (f, request, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

static void
test_expense_invalid (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) expense = make_saved (f, make_expense);

  check_rejected (f, expense, MODEL_INVALID, "initiative",
                  "initiative-id", (gint64) 0, "funding-request-id", (gint64) 0, NULL);
  check_rejected (f, expense, MODEL_INVALID, "Date", "spent-on", "2026-02-30", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Date", "spent-on", "", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Description", "description", "", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Amount", "amount-cents", (gint64) -1, NULL);
  check_rejected (f, expense, STORE_NOT_FOUND, NULL, "funding-request-id", (gint64) 9999, NULL);
}

static void
test_journal_entry_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) entry = make_saved (f, make_journal_entry);

  check_rejected (f, entry, MODEL_INVALID, "Text", "text", "", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Text", "text", "\n  \n", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Text", "text", NULL, NULL);
  check_rejected (f, entry, MODEL_INVALID, "Date", "entry-date", "2026-02-30", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Date", "entry-date", NULL, NULL);
  check_rejected (f, entry, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, entry, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

static void
test_activity_empty_title (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Title", "title", "", NULL);
  check_rejected (f, activity, MODEL_INVALID, "Title", "title", "   ", NULL);
}

static void
test_activity_end_before_start (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);
  g_autoptr(GDateTime) before = utc ("2026-01-06T17:00:00Z");
  g_autoptr(GDateTime) same = utc ("2026-01-06T18:00:00Z");

  check_rejected (f, activity, MODEL_INVALID, "end", "ends-at", before, NULL);
  check_rejected (f, activity, MODEL_INVALID, "end", "ends-at", same, NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "ends-at", NULL, NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "starts-at", NULL, NULL);
}

static void
test_activity_negative_cost (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Cost", "cost-cents", (gint64) -1, NULL);
}

static void
test_activity_invalid_rule (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, MODEL_INVALID, "FREQ=SOMETIMES", "rrule", "FREQ=SOMETIMES", NULL);
  check_rejected (f, activity, MODEL_INVALID, "repeat", "rrule", "every tuesday", NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=0", NULL);
  /* Tuesday 6 January 2026 is the start; the rule ends on 1 January. */
  check_rejected (f, activity, MODEL_INVALID, "no dates",
                  "rrule", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260101", NULL);
  check_rejected (f, activity, MODEL_INVALID, "no dates",
                  "rrule", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260101T000000Z", NULL);
}

static void
test_activity_invalid_cancelled_date (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, MODEL_INVALID, "2026-02-30", "cancelled-dates", "2026-02-30", NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "cancelled-dates", "2026-01-13,morgen", NULL);
}

static void
test_activity_rejected_without_reason (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Reason",
                  "status", BUURT_ACTIVITY_STATUS_REJECTED, "rejection-reason", "", NULL);
}

static void
test_activity_missing_references (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);

  check_rejected (f, activity, STORE_NOT_FOUND, "room", "room-id", (gint64) 9999, NULL);
  check_rejected (f, activity, STORE_NOT_FOUND, "organiser", "organiser-id", (gint64) 9999, NULL);
  check_rejected (f, activity, STORE_NOT_FOUND, "initiative", "initiative-id", (gint64) 9999, NULL);
}

/* A deleted room is no longer something an activity can be moved to. */
static void
test_activity_deleted_room (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = make_saved (f, make_activity);
  g_autoptr(BuurtEntity) other_room = load (f, BUURT_TYPE_ROOM,
                                            buurt_entity_get_int (activity, "room-id"));
  g_autoptr(GError) error = NULL;

  g_object_set (other_room, "name", "Zaal 2", NULL);
  g_object_set (other_room, "id", (gint64) 0, "uuid", NULL, "created-at", NULL, NULL);
  save_new (f, other_room);
  g_assert_true (buurt_store_delete (f->store, other_room, &error));
  g_assert_no_error (error);

  check_rejected (f, activity, STORE_NOT_FOUND, "room",
                  "room-id", buurt_entity_get_id (other_room), NULL);
}

/* The CHECK rules of the schema, as a backstop behind validation: a second,
 * plain connection writing wrong rows directly is refused by SQLite.
 * Not here: the date rules (start_date_format, spent_on_format, day_format,
 * ...) written as CHECK (date(x) = x). date() of a non-date is NULL, and a
 * CHECK that is NULL passes, so they let any text through ("morgen"); and
 * SQLite 3.40 (Debian 12) gives date('2026-02-30') = '2026-02-30'. Only
 * validation refuses wrong dates (see the invalid tests above). */
typedef struct
{
  const char *constraint;
  const char *sql;
} RawViolation;

#define ROW_HEAD "'00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"

static const RawViolation raw_violations[] = {
  { "end_after_start",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T17:00:00Z', 'published')" },
  { "end_after_start",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T18:00:00Z', 'published')" },
  { "cost_not_negative",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status, cost_cents) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published', -1)" },
  { "activity_status",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'maybe')" },
  { "title_required",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", '  ', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published')" },
  { "rrule_format",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status, rrule) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published', 'SOMETIMES')" },
  { "starts_at_format",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '6 januari 2026', '2026-01-06T20:00:00Z', 'published')" },
  { "uuid_format",
    "INSERT INTO kern (uuid, created_at, modified_at, name) "
    "VALUES ('kort', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Dronten')" },
  { "name_required",
    "INSERT INTO kern (uuid, created_at, modified_at, name) VALUES (" ROW_HEAD ", '')" },
  { "postcode_format",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind, postcode) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'mfc', '12345')" },
  { "email_format",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind, email) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'mfc', 'jan.example.nl')" },
  { "venue_kind",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'castle')" },
  { "capacity_positive",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', 0)" },
  { "capacity_positive",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', -1)" },
  { "rate_not_negative",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity, rate_cents) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', 10, -1)" },
  { "email_format",
    "INSERT INTO contact (uuid, created_at, modified_at, name, kind, email) "
    "VALUES (" ROW_HEAD ", 'Jan', 'resident', 'jan.example.nl')" },
  { "evaluation_after_start",
    "INSERT INTO initiative (uuid, created_at, modified_at, title, stage, start_date, next_evaluation) "
    "VALUES (" ROW_HEAD ", 'Samen aan tafel', 'idea', '2026-03-01', '2026-02-01')" },
  { "partner_role",
    "INSERT INTO initiative_partner (uuid, created_at, modified_at, initiative_id, contact_id, role) "
    "VALUES (" ROW_HEAD ", 1, 1, 'sponsor')" },
  { "decided_after_requested",
    "INSERT INTO funding_request (uuid, created_at, modified_at, initiative_id, amount_requested_cents, status, requested_on, decided_on) "
    "VALUES (" ROW_HEAD ", 1, 100, 'granted', '2026-03-01', '2026-02-01')" },
  { "amount_requested_not_negative",
    "INSERT INTO funding_request (uuid, created_at, modified_at, initiative_id, amount_requested_cents, status) "
    "VALUES (" ROW_HEAD ", 1, -1, 'draft')" },
  { "expense_owner",
    "INSERT INTO expense (uuid, created_at, modified_at, spent_on, description, amount_cents) "
    "VALUES (" ROW_HEAD ", '2026-04-02', 'Boodschappen', 100)" },
  { "text_required",
    "INSERT INTO journal_entry (uuid, created_at, modified_at, initiative_id, entry_date, kind, text) "
    "VALUES (" ROW_HEAD ", 1, '2026-04-10', 'lesson', '')" },
  { "journal_kind",
    "INSERT INTO journal_entry (uuid, created_at, modified_at, initiative_id, entry_date, kind, text) "
    "VALUES (" ROW_HEAD ", 1, '2026-04-10', 'gossip', 'Iets')" },
};

static void
test_schema_checks (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *db = raw_open (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (raw_violations); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc;

      g_test_message ("%s: %s", raw_violations[i].constraint, raw_violations[i].sql);
      g_assert_cmpint (sqlite3_prepare_v2 (db, raw_violations[i].sql, -1, &stmt, NULL), ==, SQLITE_OK);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);

      g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
      assert_contains (sqlite3_errmsg (db), raw_violations[i].constraint);
    }

  /* None of the tables got a row. */
  for (guint i = 0; i < G_N_ELEMENTS (design_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", design_tables[i]);

      g_assert_cmpint (raw_int (db, sql), ==, 0);
    }

  /* And a row that keeps the rules goes in, so the failures above were the rules. */
  raw_exec (db, "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
                "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published')");
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM activity"), ==, 1);

  sqlite3_close (db);
}

/* Occurrences */

/* A query without filters: everything from @from_day on. */
static BuurtAgendaQuery
agenda_query (const char *from_day,
              const char *search,
              gboolean    show_cancelled)
{
  BuurtAgendaQuery query = {
    .from_day = from_day,
    .search = search,
    .show_cancelled = show_cancelled,
    .category = -1,
    .status = -1,
  };

  return query;
}

static gint64
agenda_count (Fixture    *f,
              const char *from_day,
              const char *search,
              gboolean    show_cancelled)
{
  BuurtAgendaQuery query = agenda_query (from_day, search, show_cancelled);
  g_autoptr(GError) error = NULL;
  gint64 n = buurt_store_count_agenda (f->store, &query, &error);

  g_assert_no_error (error);
  return n;
}

static GPtrArray *
agenda_fetch (Fixture    *f,
              const char *from_day,
              const char *search,
              gboolean    show_cancelled)
{
  BuurtAgendaQuery query = agenda_query (from_day, search, show_cancelled);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = buurt_store_fetch_agenda (f->store, &query, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
save_ok (Fixture *f,
         gpointer entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
}

static void
test_activity_occurrences (Fixture       *f,
                           gconstpointer  data)
{
  static const char *days[] = { "2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27", "2026-02-03" };
  g_autoptr(BuurtEntity) activity = make_activity (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *room_sql = NULL;
  gint64 room_id = buurt_entity_get_int (activity, "room-id");
  sqlite3 *db;

  g_object_set (activity,
                "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
                "cancelled-dates", "",
                NULL);
  save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 10);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, FALSE), ==, 10);

  /* Fewer dates */
  g_object_set (activity, "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=5", NULL);
  save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, FALSE), ==, 5);

  /* The rows are in the room, at 19:00 local time, on the right days. */
  db = raw_open (f->path);
  room_sql = g_strdup_printf ("SELECT count(*) FROM occurrence WHERE room_id = %" G_GINT64_FORMAT, room_id);
  g_assert_cmpint (raw_int (db, room_sql), ==, 5);
  sqlite3_close (db);

  all = agenda_fetch (f, "2026-01-01", NULL, TRUE);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < all->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (all, i);
      g_autoptr(GDateTime) local = buurt_in_zone (buurt_occurrence_get_starts_at (occurrence), "Europe/Amsterdam");
      g_autofree char *place = buurt_occurrence_dup_place (occurrence);

      g_assert_cmpstr (buurt_occurrence_get_day (occurrence), ==, days[i]);
      g_assert_cmpint (buurt_occurrence_get_activity_id (occurrence), ==, buurt_entity_get_id (activity));
      g_assert_cmpstr (buurt_occurrence_get_title (occurrence), ==, "Taalcafé");
      g_assert_cmpstr (buurt_occurrence_get_organiser (occurrence), ==, "Welzijn Dronten");
      g_assert_cmpint (g_date_time_get_hour (local), ==, 19);
      g_assert_false (buurt_occurrence_get_cancelled (occurrence));
      assert_contains (place, "De Schakel");
    }
  g_clear_pointer (&all, g_ptr_array_unref);

  /* A later first day shows the later dates only. */
  g_assert_cmpint (agenda_count (f, "2026-01-21", NULL, TRUE), ==, 2);

  /* The dates of a deleted activity are gone, and come back with it. */
  g_assert_true (buurt_store_delete (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 0);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 0);

  g_assert_true (buurt_store_undelete (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);

  /* One cancelled date: still five rows, one of them marked. */
  g_object_set (activity, "cancelled-dates", "2026-01-20", NULL);
  save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, FALSE), ==, 4);

  all = agenda_fetch (f, "2026-01-01", NULL, TRUE);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (all, i);

      g_assert_cmpint (buurt_occurrence_get_cancelled (occurrence), ==,
                       g_str_equal (buurt_occurrence_get_day (occurrence), "2026-01-20"));
    }

  shown = agenda_fetch (f, "2026-01-01", NULL, FALSE);
  g_assert_cmpuint (shown->len, ==, 4);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (buurt_occurrence_get_day (g_ptr_array_index (shown, i)), !=, "2026-01-20");

  /* Cancelling the whole activity hides all of it unless cancelled ones are shown. */
  g_object_set (activity, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
  save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, FALSE), ==, 0);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);

  /* A rejected activity is never in the agenda. */
  g_object_set (activity,
                "status", BUURT_ACTIVITY_STATUS_REJECTED,
                "rejection-reason", "Commercieel aanbod",
                NULL);
  save_ok (f, activity);
  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 0);

  /* A single date is one occurrence. */
  g_object_set (activity,
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                "rrule", NULL,
                "cancelled-dates", "",
                NULL);
  save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 1);
}

/* Search */

typedef struct
{
  gint64 taalcafe;
  gint64 koffieochtend;
  gint64 wandelgroep;
  gint64 contact;
  gint64 venue;
} SearchWorld;

static void
make_search_world (Fixture     *f,
                   SearchWorld *world)
{
  g_autoptr(BuurtEntity) room = make_room (f);
  g_autoptr(BuurtEntity) contact = make_contact (f);
  g_autoptr(BuurtEntity) taalcafe = NULL;
  g_autoptr(BuurtEntity) koffieochtend = NULL;
  g_autoptr(BuurtEntity) wandelgroep = NULL;
  g_autoptr(GDateTime) tue_start = utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) tue_end = utc ("2026-01-06T20:00:00Z");
  g_autoptr(GDateTime) wed_start = utc ("2026-01-07T09:00:00Z");
  g_autoptr(GDateTime) wed_end = utc ("2026-01-07T11:00:00Z");
  g_autoptr(GDateTime) thu_start = utc ("2026-01-08T13:00:00Z");
  g_autoptr(GDateTime) thu_end = utc ("2026-01-08T15:00:00Z");

  save_new (f, room);
  world->venue = buurt_entity_get_int (room, "venue-id");
  world->contact = save_new (f, contact);

  /* Organised by Welzijn Dronten, not in a room of ours. */
  taalcafe = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", "Taalcafé",
                           "description", "Nederlands oefenen",
                           "organiser-id", world->contact,
                           "location", "Bibliotheek",
                           "starts-at", tue_start,
                           "ends-at", tue_end,
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  world->taalcafe = save_new (f, taalcafe);

  /* In De Schakel, without an organiser. */
  koffieochtend = g_object_new (BUURT_TYPE_ACTIVITY,
                                "title", "Koffieochtend",
                                "description", "Gezellig samen",
                                "room-id", buurt_entity_get_id (room),
                                "starts-at", wed_start,
                                "ends-at", wed_end,
                                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                NULL);
  world->koffieochtend = save_new (f, koffieochtend);

  wandelgroep = g_object_new (BUURT_TYPE_ACTIVITY,
                              "title", "Wandelgroep",
                              "description", "Een uur door het Revebos",
                              "location", "Parkeerplaats Revebos",
                              "starts-at", thu_start,
                              "ends-at", thu_end,
                              "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                              NULL);
  world->wandelgroep = save_new (f, wandelgroep);
}

/* The activity found by @search, or 0 when none or more than one. */
static gint64
found_one (Fixture    *f,
           const char *search)
{
  g_autoptr(GPtrArray) rows = agenda_fetch (f, "2026-01-01", search, TRUE);

  g_test_message ("search “%s”: %u found", search, rows->len);
  g_assert_cmpint (agenda_count (f, "2026-01-01", search, TRUE), ==, rows->len);
  if (rows->len != 1)
    return 0;

  return buurt_occurrence_get_activity_id (g_ptr_array_index (rows, 0));
}

static void
test_agenda_search (Fixture       *f,
                    gconstpointer  data)
{
  const char *syntax[] = {
    "\"", "*", "AND (", "taal\"", "\"taal", "NEAR(taal koffie)", "title:koffie",
    "^koffie", "-koffie", "koffie OR", "(", ")", "{taal}", "'", "taal + koffie",
  };
  SearchWorld world;

  make_search_world (f, &world);

  g_assert_cmpint (agenda_count (f, "2026-01-01", NULL, TRUE), ==, 3);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "", TRUE), ==, 3);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "   ", TRUE), ==, 3);

  /* Accents and case are ignored, and any part of a word is found, as Dutch
   * compounds need: "cafe" finds "Taalcafé". */
  g_assert_cmpint (found_one (f, "cafe"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "CAFÉ"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "taalcafe"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "TAALCAFÉ"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "Taalcafé"), ==, world.taalcafe);
  /* a word is found by its beginning, */
  g_assert_cmpint (found_one (f, "koff"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "taal"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "wandel"), ==, world.wandelgroep);
  /* in the description, the organiser and the venue too, */
  g_assert_cmpint (found_one (f, "oefenen"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "welzijn"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "schakel"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "zaal"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "revebos"), ==, world.wandelgroep);
  /* and every word must match, in any column. */
  g_assert_cmpint (agenda_count (f, "2026-01-01", "taal koffie", TRUE), ==, 0);
  g_assert_cmpint (found_one (f, "taal welzijn"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "koffie schakel"), ==, world.koffieochtend);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "fietsen", TRUE), ==, 0);
  /* Words shorter than three letters are looked for too. */
  g_assert_cmpint (found_one (f, "ta"), ==, world.taalcafe);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "qx", TRUE), ==, 0);

  /* What the user types is never read as FTS5 syntax. */
  for (guint i = 0; i < G_N_ELEMENTS (syntax); i++)
    {
      BuurtAgendaQuery query = agenda_query ("2026-01-01", syntax[i], TRUE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gint64 n;

      g_test_message ("search “%s”", syntax[i]);
      n = buurt_store_count_agenda (f->store, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpint (n, >=, 0);
      g_assert_cmpint (n, <=, 3);

      rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
      g_assert_no_error (error);
      g_assert_nonnull (rows);
      g_assert_cmpint (rows->len, ==, n);
    }
}

/* Renaming the organiser or the venue updates what search finds. */
static void
test_agenda_search_renamed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = NULL;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(BuurtEntity) koffieochtend = NULL;
  SearchWorld world;

  make_search_world (f, &world);

  contact = load (f, BUURT_TYPE_CONTACT, world.contact);
  g_object_set (contact, "name", "Stichting Meerwaarde", NULL);
  save_ok (f, contact);
  g_assert_cmpint (found_one (f, "meerwaarde"), ==, world.taalcafe);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "welzijn", TRUE), ==, 0);

  venue = load (f, BUURT_TYPE_VENUE, world.venue);
  g_object_set (venue, "name", "Het Kruispunt", NULL);
  save_ok (f, venue);
  g_assert_cmpint (found_one (f, "kruispunt"), ==, world.koffieochtend);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "schakel", TRUE), ==, 0);

  /* Editing the activity keeps it findable by its new title only. */
  koffieochtend = load (f, BUURT_TYPE_ACTIVITY, world.koffieochtend);
  g_object_set (koffieochtend, "title", "Inloopochtend", NULL);
  save_ok (f, koffieochtend);
  g_assert_cmpint (found_one (f, "inloop"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "kruispunt"), ==, world.koffieochtend);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "koffieochtend", TRUE), ==, 0);
}

/* A second connection, as the agenda's counting thread has, finds what the
 * first one wrote after it last searched: its remembered answers expire. */
static void
test_agenda_search_other_connection (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) other = NULL;
  g_autoptr(BuurtEntity) wandelgroep = NULL;
  BuurtAgendaQuery koffie = agenda_query ("2026-01-01", "koffie", TRUE);
  BuurtAgendaQuery short_word = agenda_query ("2026-01-01", "ko", TRUE);
  SearchWorld world;

  make_search_world (f, &world);
  other = buurt_store_new (f->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (buurt_store_count_agenda (other, &koffie, &error), ==, 1);
  g_assert_cmpint (buurt_store_count_agenda (other, &short_word, &error), ==, 1);

  wandelgroep = load (f, BUURT_TYPE_ACTIVITY, world.wandelgroep);
  g_object_set (wandelgroep, "description", "Met koffie na afloop", NULL);
  save_ok (f, wandelgroep);

  g_assert_cmpint (buurt_store_count_agenda (other, &koffie, &error), ==, 2);
  g_assert_cmpint (buurt_store_count_agenda (other, &short_word, &error), ==, 2);
  g_assert_no_error (error);

  /* One and two letters, anywhere in a word, accents ignored. */
  g_assert_cmpint (agenda_count (f, "2026-01-01", "Fé", TRUE), ==, 1);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "ko ochtend", TRUE), ==, 1);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "%", TRUE), ==, 0);
  g_assert_cmpint (agenda_count (f, "2026-01-01", "_", TRUE), ==, 0);
}

/* While the store looks for what matches a search, another program writes. */
typedef struct
{
  sqlite3  *other;
  gboolean  searching;
  guint     writes;
} WriteMeanwhile;

static int
write_meanwhile_cb (unsigned  type,
                    void     *user_data,
                    void     *statement,
                    void     *unused)
{
  WriteMeanwhile *meanwhile = user_data;
  const char *sql = sqlite3_sql (statement);

  if (type != SQLITE_TRACE_STMT || sql == NULL)
    return 0;

  /* The write lands right after the search's own statement, before the
   * store next asks whether anything changed. */
  if (strstr (sql, "FROM activity_fts") != NULL)
    meanwhile->searching = TRUE;
  else if (meanwhile->searching && strstr (sql, "data_version") != NULL)
    {
      meanwhile->searching = FALSE;
      raw_exec (meanwhile->other, "UPDATE kern SET name = name || '.'");
      meanwhile->writes++;
    }

  return 0;
}

/* A search still answers when another connection writes while it runs
 * (its remembered answers then expire, but not the one it just found). */
static void
test_agenda_search_during_write (Fixture       *f,
                                 gconstpointer  data)
{
  const char *searches[] = { "ta", "koffie", "ko ochtend" };
  WriteMeanwhile meanwhile = { 0 };
  SearchWorld world;

  make_search_world (f, &world);
  meanwhile.other = raw_open (f->path);
  sqlite3_trace_v2 (buurt_store_get_db (f->store), SQLITE_TRACE_STMT, write_meanwhile_cb, &meanwhile);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      BuurtAgendaQuery query = agenda_query ("2026-01-01", searches[i], TRUE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      guint before = meanwhile.writes;

      rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
      g_assert_no_error (error);
      g_assert_nonnull (rows);
      g_assert_cmpuint (rows->len, ==, 1);
      g_assert_cmpuint (meanwhile.writes, >, before);
    }

  sqlite3_trace_v2 (buurt_store_get_db (f->store), 0, NULL, NULL);
  sqlite3_close (meanwhile.other);
}

/* Counted day by day, the agenda says where each day starts; a page read
 * from its day is the same as one read by skipping all rows before it. */
static void
test_agenda_days (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  BuurtAgendaQuery query = agenda_query ("2020-01-01", NULL, FALSE);
  BuurtAgendaQuery search = agenda_query ("2020-01-01", "koffie", FALSE);
  gint64 n;

  g_assert_true (example_data_generate (f->store, 3000, 7, NULL, &error));
  g_assert_no_error (error);

  n = buurt_store_count_agenda_days (f->store, &query, &days, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, buurt_store_count_agenda (f->store, &query, NULL));
  g_assert_cmpint (n, >, 2000);
  g_assert_cmpuint (days->len, >, 100);
  g_assert_cmpint (g_array_index (days, BuurtAgendaDay, 0).before, ==, 0);

  for (guint i = 1; i < days->len; i++)
    {
      const BuurtAgendaDay *before = &g_array_index (days, BuurtAgendaDay, i - 1);
      const BuurtAgendaDay *day = &g_array_index (days, BuurtAgendaDay, i);

      g_assert_cmpstr (before->day, <, day->day);
      g_assert_cmpint (before->before, <, day->before);
    }

  /* Row 1234 by skipping, and by starting at its day. */
  for (guint i = 0; i < days->len; i++)
    {
      const BuurtAgendaDay *day = &g_array_index (days, BuurtAgendaDay, i);
      BuurtAgendaQuery from_day = query;
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GPtrArray) started = NULL;

      if (i + 1 < days->len && g_array_index (days, BuurtAgendaDay, i + 1).before <= 1234)
        continue;

      from_day.from_day = day->day;
      skipped = buurt_store_fetch_agenda (f->store, &query, 1234, 20, &error);
      started = buurt_store_fetch_agenda (f->store, &from_day, 1234 - day->before, 20, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (skipped->len, ==, 20);
      g_assert_cmpuint (started->len, ==, 20);
      for (guint r = 0; r < 20; r++)
        g_assert_cmpint (buurt_occurrence_get_id (g_ptr_array_index (skipped, r)), ==,
                         buurt_occurrence_get_id (g_ptr_array_index (started, r)));
      g_assert_cmpstr (buurt_occurrence_get_day (g_ptr_array_index (started, 0)), ==, day->day);
      break;
    }

  /* A search counts by day too. */
  g_clear_pointer (&days, g_array_unref);
  n = buurt_store_count_agenda_days (f->store, &search, &days, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (n, ==, buurt_store_count_agenda (f->store, &search, NULL));
}

/* Transactions */

typedef struct
{
  BuurtEntity *first;
  BuurtEntity *second;
  gboolean     succeed;
} TwoVenues;

static gboolean
save_two_venues (BuurtStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  TwoVenues *data = user_data;

  if (!buurt_store_save (store, data->first, error) ||
      !buurt_store_save (store, data->second, error))
    return FALSE;

  /* Both are visible inside the transaction. */
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_VENUE, NULL), ==, 2);

  if (!data->succeed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Stopped on purpose");
      return FALSE;
    }

  return TRUE;
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "De Meerpaal", NULL);
  TwoVenues two = { first, second, FALSE };
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  sqlite3 *db;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed_cb), &n_changed);

  g_assert_false (buurt_store_transaction (f->store, save_two_venues, &two, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 0);
  g_assert_true (store_is_empty (f->store));
  /* The views never hear of a change that was rolled back. */
  g_assert_cmpuint (n_changed, ==, 0);

  db = raw_open (f->path);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM venue"), ==, 0);
  sqlite3_close (db);

  /* The venues are unsaved again: saving them now really inserts them. */
  g_clear_error (&error);
  g_assert_cmpint (buurt_entity_get_id (first), ==, 0);
  g_assert_null (buurt_entity_get_uuid (first));
  g_assert_true (buurt_store_save (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 1);
}

/* A row that is not there cannot be updated, deleted or brought back. */
static void
test_save_missing_row (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = g_object_new (BUURT_TYPE_KERN, "name", "Dronten", "id", (gint64) 9999,
                                              "uuid", "00000000-0000-4000-8000-000000000000", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_store_save (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (buurt_store_delete (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_KERN, NULL), ==, 0);
}

/* RFC 5545 lets the parts of a rule come in any order and any case. */
static void
test_activity_rule_any_order (Fixture       *f,
                              gconstpointer  data)
{
  const char *rules[] = { "BYDAY=TU;FREQ=WEEKLY;COUNT=3", "freq=weekly;count=3", "INTERVAL=2;FREQ=WEEKLY;COUNT=3" };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2027, 3, 16, 10, 0, 0);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
      g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                      "title", "Breiclub", "starts-at", start,
                                                      "ends-at", end, "rrule", rules[i], NULL);
      g_autoptr(GError) error = NULL;

      g_test_message ("rule %s", rules[i]);
      g_assert_true (buurt_store_save (f->store, activity, &error));
      g_assert_no_error (error);
    }
}

/* A series that began long ago still has its coming dates in the agenda. */
static void
test_activity_old_series (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2021, 1, 4, 10, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *from = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", "Ochtendgymnastiek", "starts-at", start,
                                                  "ends-at", end, "rrule", "FREQ=DAILY", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_save (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (agenda_count (f, from, NULL, TRUE), >, 300);
}

static gint64
book (Fixture    *f,
      gint64      room_id,
      const char *title,
      const char *starts_at,
      const char *ends_at,
      const char *rrule)
{
  g_autoptr(GDateTime) start = utc (starts_at);
  g_autoptr(GDateTime) end = utc (ends_at);
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", title, "starts-at", start,
                                                  "ends-at", end, "room-id", room_id,
                                                  "rrule", rrule,
                                                  "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                  NULL);

  return save_new (f, activity);
}

/* Rooms booked twice at overlapping times are found, and marked in the
 * agenda; touching times, other rooms and cancelled dates are no conflict. */
static void
test_agenda_conflicts (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = make_room (f);
  gint64 room_id = save_new (f, room);
  g_autoptr(BuurtEntity) other_room = NULL;
  gint64 other_room_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GDateTime) start = utc ("2027-03-02T09:30:00Z");
  g_autoptr(GDateTime) end = utc ("2027-03-02T10:30:00Z");
  g_autoptr(GDateTime) horizon = utc ("2028-01-01T00:00:00Z");
  BuurtAgendaQuery query = agenda_query ("2027-03-01", NULL, TRUE);
  gint64 coffee, knitting;

  other_room = g_object_new (BUURT_TYPE_ROOM, "venue-id", buurt_entity_get_int (room, "venue-id"),
                             "name", "Zaal 2", "capacity", (gint64) 10, NULL);
  other_room_id = save_new (f, other_room);

  /* Weekly coffee on Tuesdays 10:00–12:00 local (09:00–11:00 UTC). */
  coffee = book (f, room_id, "Koffieochtend", "2027-03-02T09:00:00Z", "2027-03-02T11:00:00Z",
                 "FREQ=WEEKLY;COUNT=4");
  /* Touching: starts when the coffee ends. */
  book (f, room_id, "Lunch", "2027-03-02T11:00:00Z", "2027-03-02T12:00:00Z", NULL);
  /* Another room at the same time. */
  book (f, other_room_id, "Yoga", "2027-03-02T09:00:00Z", "2027-03-02T10:00:00Z", NULL);

  rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (buurt_occurrence_get_conflict (g_ptr_array_index (rows, i)));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* What the editor asks before saving: knitting 10:30–11:30 local overlaps. */
  spans = buurt_recurrence_expand (start, end, "Europe/Amsterdam", NULL, NULL, horizon, 10, &error);
  g_assert_no_error (error);
  conflicts = buurt_store_find_conflicts (f->store, room_id, spans, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (conflicts, 0)), ==, coffee);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* Its own dates are no conflict when an activity is edited. */
  conflicts = buurt_store_find_conflicts (f->store, room_id, spans, coffee, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* Saved anyway: both dates of that Tuesday are marked, later Tuesdays not. */
  knitting = book (f, room_id, "Breiclub", "2027-03-02T09:30:00Z", "2027-03-02T10:30:00Z", NULL);
  rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *row = g_ptr_array_index (rows, i);
      gboolean same_tuesday = g_str_equal (buurt_occurrence_get_day (row), "2027-03-02");
      gboolean involved = buurt_occurrence_get_activity_id (row) == coffee ||
                          buurt_occurrence_get_activity_id (row) == knitting;

      g_test_message ("%s %s conflict %d", buurt_occurrence_get_day (row),
                      buurt_occurrence_get_title (row), buurt_occurrence_get_conflict (row));
      g_assert_cmpint (buurt_occurrence_get_conflict (row), ==, same_tuesday && involved);
    }
}

static void
test_transaction_commit (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "De Meerpaal", NULL);
  TwoVenues two = { first, second, TRUE };
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  sqlite3 *db;

  g_signal_connect (f->store, "changed::venue", G_CALLBACK (count_changed_cb), &n_changed);

  g_assert_true (buurt_store_transaction (f->store, save_two_venues, &two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 2);
  /* Told once, after the commit. */
  g_assert_cmpuint (n_changed, ==, 1);

  /* Committed: another connection sees them. */
  db = raw_open (f->path);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM venue"), ==, 2);
  sqlite3_close (db);
}

/* A failing save inside a transaction undoes only its own part. */
static gboolean
save_one_good_one_bad (BuurtStore  *store,
                       gpointer     user_data,
                       GError     **error)
{
  TwoVenues *data = user_data;
  g_autoptr(GError) local_error = NULL;

  if (!buurt_store_save (store, data->first, error))
    return FALSE;

  g_assert_false (buurt_store_save (store, data->second, &local_error));
  g_assert_error (local_error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);

  return TRUE;
}

static void
test_transaction_nested (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "", NULL);
  TwoVenues two = { first, second, TRUE };
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_transaction (f->store, save_one_good_one_bad, &two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 1);
  g_assert_cmpint (buurt_entity_get_id (second), ==, 0);
}

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
  sqlite3 *db = raw_open (path);
  gint64 page_size = raw_int (db, "PRAGMA page_size");
  gint64 root = raw_int (db, sql);

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
  g_autoptr(GDateTime) starts_at = utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) ends_at = utc ("2026-01-06T20:00:00Z");
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
  save_new (f, activity);
  g_assert_false (store_is_empty (f->store));
  g_clear_object (&f->store);

  damage_table (f->path, "activity");

  f->store = buurt_store_new (f->path, &error);
  g_assert_no_error (error);

  g_assert_false (buurt_store_is_empty (f->store, &empty, &error));
  g_assert_false (empty);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  assert_contains (error->message, f->path);
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
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store/open/new-file", test_open_new_file);
  g_test_add_func ("/store/open/empty-file", test_open_empty_file);
  g_test_add_func ("/store/open/not-a-database", test_open_not_a_database);
  g_test_add_func ("/store/open/newer-version", test_open_newer_version);
  g_test_add_func ("/store/open/other-program", test_open_other_program);
  g_test_add_func ("/store/open/unwritable-folder", test_open_unwritable_folder);
  g_test_add_func ("/store/open/parent-is-file", test_open_parent_is_file);
  g_test_add_func ("/store/open/folder", test_open_folder);

  ADD ("/store/load/missing", test_load_missing);
  ADD ("/store/delete/unsaved", test_delete_unsaved);

  ADD ("/store/kern/crud", test_kern_crud);
  ADD ("/store/neighbourhood/crud", test_neighbourhood_crud);
  ADD ("/store/venue/crud", test_venue_crud);
  ADD ("/store/room/crud", test_room_crud);
  ADD ("/store/contact/crud", test_contact_crud);
  ADD ("/store/initiative/crud", test_initiative_crud);
  ADD ("/store/initiative-partner/crud", test_initiative_partner_crud);
  ADD ("/store/funding-request/crud", test_funding_request_crud);
  ADD ("/store/expense/crud", test_expense_crud);
  ADD ("/store/journal-entry/crud", test_journal_entry_crud);
  ADD ("/store/activity/crud", test_activity_crud);

  ADD ("/store/kern/invalid", test_kern_invalid);
  ADD ("/store/neighbourhood/invalid", test_neighbourhood_invalid);
  ADD ("/store/venue/invalid", test_venue_invalid);
  ADD ("/store/room/invalid", test_room_invalid);
  ADD ("/store/contact/invalid", test_contact_invalid);
  ADD ("/store/initiative/invalid", test_initiative_invalid);
  ADD ("/store/initiative-partner/invalid", test_initiative_partner_invalid);
  ADD ("/store/initiative-partner/duplicate", test_initiative_partner_duplicate);
  ADD ("/store/initiative-partner/add-again", test_initiative_partner_add_again);
  ADD ("/store/initiative-partner/undelete-twin", test_initiative_partner_undelete_twin);
  ADD ("/store/funding-request/invalid", test_funding_request_invalid);
  ADD ("/store/expense/invalid", test_expense_invalid);
  ADD ("/store/journal-entry/invalid", test_journal_entry_invalid);
  ADD ("/store/activity/empty-title", test_activity_empty_title);
  ADD ("/store/activity/end-before-start", test_activity_end_before_start);
  ADD ("/store/activity/negative-cost", test_activity_negative_cost);
  ADD ("/store/activity/invalid-rule", test_activity_invalid_rule);
  ADD ("/store/activity/invalid-cancelled-date", test_activity_invalid_cancelled_date);
  ADD ("/store/activity/rejected-without-reason", test_activity_rejected_without_reason);
  ADD ("/store/activity/missing-references", test_activity_missing_references);
  ADD ("/store/activity/deleted-room", test_activity_deleted_room);
  ADD ("/store/schema/checks", test_schema_checks);

  ADD ("/store/activity/occurrences", test_activity_occurrences);
  ADD ("/store/agenda/search", test_agenda_search);
  ADD ("/store/agenda/search-renamed", test_agenda_search_renamed);
  ADD ("/store/agenda/search-other-connection", test_agenda_search_other_connection);
  ADD ("/store/agenda/days", test_agenda_days);
  ADD ("/store/agenda/search-during-write", test_agenda_search_during_write);

  ADD ("/store/transaction/rollback", test_transaction_rollback);
  ADD ("/store/agenda/conflicts", test_agenda_conflicts);
  ADD ("/store/save/missing-row", test_save_missing_row);
  ADD ("/store/activity/rule-any-order", test_activity_rule_any_order);
  ADD ("/store/activity/old-series", test_activity_old_series);
  ADD ("/store/transaction/commit", test_transaction_commit);
  ADD ("/store/transaction/nested", test_transaction_nested);
  ADD ("/store/meta/database-id", test_database_id);
  ADD ("/store/read-error/not-empty", test_read_error_not_empty);

#undef ADD

  return g_test_run ();
}

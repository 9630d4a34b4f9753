/* buurt-test-store.c: the fixture and helpers the store tests share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "buurt-test-store.h"

char *
buurt_test_folder (void)
{
  char *folder = g_build_filename (g_get_user_data_dir (), "store-test", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  return folder;
}

void
buurt_test_store_set_up (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (folder, "buurtagenda.db", NULL);
  f->store = buurt_store_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

void
buurt_test_store_tear_down (Fixture       *f,
                            gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->path, g_free);
}

/* Whether nothing has been entered, read without error. */
gboolean
buurt_test_store_is_empty (BuurtStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  g_assert_true (buurt_store_is_empty (store, &empty, &error));
  g_assert_no_error (error);
  return empty;
}

/* Raw SQLite, to look at the file behind the store's back */

sqlite3 *
buurt_test_raw_open (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

void
buurt_test_raw_exec (sqlite3    *db,
                     const char *sql)
{
  char *errmsg = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);

  g_assert_cmpstr (errmsg, ==, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

gint64
buurt_test_raw_int (sqlite3    *db,
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

char *
buurt_test_raw_text (sqlite3    *db,
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

GBytes *
buurt_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
buurt_test_assert_file_unchanged (const char *path,
                                  GBytes     *before)
{
  g_autoptr(GBytes) after = buurt_test_read_file (path);
  gsize before_size, after_size;
  const guint8 *before_data = g_bytes_get_data (before, &before_size);
  const guint8 *after_data = g_bytes_get_data (after, &after_size);

  g_assert_cmpmem (before_data, before_size, after_data, after_size);
}

void
buurt_test_assert_no_companion_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (companion, G_FILE_TEST_EXISTS));
    }
}

/* Says which text was expected in which message when it is missing. */
void
buurt_test_assert_contains (const char *haystack,
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

char *
buurt_test_entity_to_text (BuurtEntity *entity)
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

void
buurt_test_assert_entities_equal (BuurtEntity *a,
                                  BuurtEntity *b)
{
  g_autofree char *text_a = buurt_test_entity_to_text (a);
  g_autofree char *text_b = buurt_test_entity_to_text (b);

  g_assert_cmpstr (text_a, ==, text_b);
}

/* A new, unsaved entity with the columns (not id, uuid or times) of @source. */
gpointer
buurt_test_copy_as_new (BuurtEntity *source)
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

gpointer
buurt_test_load (Fixture *f,
                 GType    type,
                 gint64   id)
{
  g_autoptr(GError) error = NULL;
  gpointer entity = buurt_store_load (f->store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entity);
  return entity;
}

gint64
buurt_test_save_new (Fixture *f,
                     gpointer entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (entity), >, 0);

  return buurt_entity_get_id (entity);
}

gboolean
buurt_test_list_has (Fixture *f,
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

GDateTime *
buurt_test_utc (const char *text)
{
  GDateTime *dt = buurt_parse_utc (text);

  g_assert_nonnull (dt);
  return dt;
}

/* Valid entities, each with every column filled in. The make_ functions
 * save what the entity refers to and return the entity itself unsaved. */

gpointer
buurt_test_make_kern (Fixture *f)
{
  return g_object_new (BUURT_TYPE_KERN, "name", "Dronten", NULL);
}

gpointer
buurt_test_make_neighbourhood (Fixture *f)
{
  g_autoptr(BuurtEntity) kern = buurt_test_make_kern (f);
  gint64 kern_id = buurt_test_save_new (f, kern);

  return g_object_new (BUURT_TYPE_NEIGHBOURHOOD,
                       "kern-id", kern_id,
                       "name", "De Gilden",
                       NULL);
}

gpointer
buurt_test_make_venue (Fixture *f)
{
  g_autoptr(BuurtEntity) neighbourhood = buurt_test_make_neighbourhood (f);
  gint64 neighbourhood_id = buurt_test_save_new (f, neighbourhood);

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

gpointer
buurt_test_make_room (Fixture *f)
{
  g_autoptr(BuurtEntity) venue = buurt_test_make_venue (f);
  gint64 venue_id = buurt_test_save_new (f, venue);

  return g_object_new (BUURT_TYPE_ROOM,
                       "venue-id", venue_id,
                       "name", "Zaal 1",
                       "capacity", (gint64) 40,
                       "facilities", BUURT_FACILITY_KITCHEN | BUURT_FACILITY_WIFI,
                       "rate-cents", (gint64) 2500,
                       NULL);
}

gpointer
buurt_test_make_contact (Fixture *f)
{
  return g_object_new (BUURT_TYPE_CONTACT,
                       "name", "Welzijn Dronten",
                       "kind", BUURT_CONTACT_KIND_WELFARE_ORGANISATION,
                       "phone", "0321 654 321",
                       "email", "info@welzijndronten.nl",
                       NULL);
}

gpointer
buurt_test_make_initiative (Fixture *f)
{
  g_autoptr(BuurtEntity) neighbourhood = buurt_test_make_neighbourhood (f);
  gint64 neighbourhood_id = buurt_test_save_new (f, neighbourhood);

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

gpointer
buurt_test_make_initiative_partner (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = buurt_test_make_initiative (f);
  g_autoptr(BuurtEntity) contact = buurt_test_make_contact (f);
  gint64 initiative_id = buurt_test_save_new (f, initiative);
  gint64 contact_id = buurt_test_save_new (f, contact);

  return g_object_new (BUURT_TYPE_INITIATIVE_PARTNER,
                       "initiative-id", initiative_id,
                       "contact-id", contact_id,
                       "role", BUURT_PARTNER_ROLE_FUNDER,
                       NULL);
}

gpointer
buurt_test_make_funding_request (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = buurt_test_make_initiative (f);
  g_autoptr(BuurtEntity) funder = buurt_test_make_contact (f);
  gint64 initiative_id = buurt_test_save_new (f, initiative);
  gint64 funder_id;

  g_object_set (funder, "name", "Gemeente Dronten", "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);
  funder_id = buurt_test_save_new (f, funder);

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

gpointer
buurt_test_make_expense (Fixture *f)
{
  g_autoptr(BuurtEntity) request = buurt_test_make_funding_request (f);
  gint64 request_id = buurt_test_save_new (f, request);

  return g_object_new (BUURT_TYPE_EXPENSE,
                       "initiative-id", buurt_entity_get_int (request, "initiative-id"),
                       "funding-request-id", request_id,
                       "spent-on", "2026-04-02",
                       "description", "Boodschappen",
                       "amount-cents", (gint64) 4350,
                       NULL);
}

gpointer
buurt_test_make_journal_entry (Fixture *f)
{
  g_autoptr(BuurtEntity) initiative = buurt_test_make_initiative (f);
  gint64 initiative_id = buurt_test_save_new (f, initiative);

  return g_object_new (BUURT_TYPE_JOURNAL_ENTRY,
                       "initiative-id", initiative_id,
                       "entry-date", "2026-04-10",
                       "kind", BUURT_JOURNAL_KIND_LESSON,
                       "text", "Aanmelden via de huisarts werkt beter dan flyers.",
                       NULL);
}

/* Tuesday 6 January 2026, 19:00–21:00 in Amsterdam: in the past, so always
 * inside the store's horizon. */
gpointer
buurt_test_make_activity (Fixture *f)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);
  g_autoptr(BuurtEntity) organiser = buurt_test_make_contact (f);
  g_autoptr(BuurtEntity) initiative = g_object_new (BUURT_TYPE_INITIATIVE, "title", "Taal in de buurt", NULL);
  g_autoptr(GDateTime) starts_at = buurt_test_utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) ends_at = buurt_test_utc ("2026-01-06T20:00:00Z");
  gint64 room_id = buurt_test_save_new (f, room);
  gint64 organiser_id = buurt_test_save_new (f, organiser);
  gint64 initiative_id = buurt_test_save_new (f, initiative);

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

/* The tables of the design, each of which a new file has. */
const char *buurt_test_design_tables[] = {
  "kern", "neighbourhood", "venue", "room", "contact", "activity", "occurrence",
  "activity_fts", "initiative", "initiative_partner", "funding_request", "expense",
  "journal_entry",
};
const guint buurt_test_n_design_tables = G_N_ELEMENTS (buurt_test_design_tables);

void
buurt_test_count_changed_cb (BuurtStore *store,
                             const char *table,
                             guint      *n_changed)
{
  (*n_changed)++;
}

gpointer
buurt_test_make_saved (Fixture  *f,
                       BuurtTestMakeFunc  make)
{
  BuurtEntity *entity = make (f);

  buurt_test_save_new (f, entity);
  return entity;
}

/* A query without filters: everything from @from_day on. */
BuurtAgendaQuery
buurt_test_agenda_query (const char *from_day,
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

gint64
buurt_test_agenda_count (Fixture    *f,
                         const char *from_day,
                         const char *search,
                         gboolean    show_cancelled)
{
  BuurtAgendaQuery query = buurt_test_agenda_query (from_day, search, show_cancelled);
  g_autoptr(GError) error = NULL;
  gint64 n = buurt_store_count_agenda (f->store, &query, &error);

  g_assert_no_error (error);
  return n;
}

GPtrArray *
buurt_test_agenda_fetch (Fixture    *f,
                         const char *from_day,
                         const char *search,
                         gboolean    show_cancelled)
{
  BuurtAgendaQuery query = buurt_test_agenda_query (from_day, search, show_cancelled);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = buurt_store_fetch_agenda (f->store, &query, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

void
buurt_test_save_ok (Fixture *f,
                    gpointer entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
}

/* test-example-data.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "buurt-database-private.h"
#include "buurt-example-data.h"
#include "buurt-example-data-private.h"
#include "buurt-entities.h"
#include "buurt-store-private.h"

/* Each test gets a fresh database in a temporary folder. */
typedef struct
{
  char       *dir;
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

static BuurtStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  BuurtStore *store = buurt_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

/* Whether the store is empty, failing the test when it cannot be read. */
static gboolean
store_is_empty (BuurtStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  g_assert_true (buurt_store_is_empty (store, &empty, &error));
  g_assert_no_error (error);
  return empty;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("buurt-example-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "agenda.db", NULL);
  fixture->store = open_store (fixture->dir, "agenda.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
generate (BuurtStore *store,
          guint       n_occurrences,
          guint32     seed)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = example_data_generate (store, n_occurrences, seed, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* Which values of an enum property occur in a list, as a bit set. */
static guint
values_present (BuurtStore *store,
                GType       type,
                const char *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = buurt_store_list (store, type, &error);
  guint present = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      present |= 1u << buurt_entity_get_enum (entity, property);
    }

  return present;
}

static guint
all_values (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return (1u << klass->n_values) - 1;
}

static guint
count_where (BuurtStore *store,
             GType       type,
             const char *property,
             guint       value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = buurt_store_list (store, type, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      n += buurt_entity_get_enum (entity, property) == value;
    }

  return n;
}

/* What a query gives: one whole number. */
static gint64
query_int (sqlite3    *db,
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

/* What a query gives: every row, columns separated by "|". */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", value != NULL ? value : "NULL");
        }
      g_string_append_c (text, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return g_string_free (text, FALSE);
}

/* The test reads the file with SQLite itself, not through the store. */
static sqlite3 *
open_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

typedef struct
{
  gint64 kernen;
  gint64 venues;
  gint64 rooms;
  gint64 contacts;
  gint64 initiatives;
  gint64 activities;
  gint64 occurrences;
} Counts;

static Counts
count_all (const char *path)
{
  sqlite3 *db = open_database (path);
  Counts counts = {
    query_int (db, "SELECT count(*) FROM kern"),
    query_int (db, "SELECT count(*) FROM venue"),
    query_int (db, "SELECT count(*) FROM room"),
    query_int (db, "SELECT count(*) FROM contact"),
    query_int (db, "SELECT count(*) FROM initiative"),
    query_int (db, "SELECT count(*) FROM activity"),
    query_int (db, "SELECT count(*) FROM occurrence"),
  };

  sqlite3_close (db);
  return counts;
}

/* The default seed and size give exactly these numbers, on any day: a
 * change to the generator or its community shows here. */
static void
test_default_counts (Fixture       *fixture,
                     gconstpointer  data)
{
  BuurtStore *store = fixture->store;
  Counts counts;
  guint n_submitted;

  generate (store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, BUURT_EXAMPLE_DEFAULT_SEED);
  counts = count_all (fixture->path);

  g_test_message ("%" G_GINT64_FORMAT " venues, %" G_GINT64_FORMAT " rooms, %" G_GINT64_FORMAT
                  " contacts, %" G_GINT64_FORMAT " initiatives, %" G_GINT64_FORMAT
                  " activities, %" G_GINT64_FORMAT " occurrences",
                  counts.venues, counts.rooms, counts.contacts, counts.initiatives,
                  counts.activities, counts.occurrences);

  g_assert_cmpint (counts.kernen, ==, 3);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_NEIGHBOURHOOD, NULL), ==, 11);
  g_assert_cmpint (counts.venues, ==, 40);
  g_assert_cmpint (counts.rooms, ==, 108);
  g_assert_cmpint (counts.contacts, ==, 83);
  g_assert_cmpint (counts.initiatives, ==, 25);
  g_assert_cmpint (counts.activities, ==, 174);
  g_assert_cmpint (counts.occurrences, ==, BUURT_EXAMPLE_DEFAULT_OCCURRENCES);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_EXPENSE, NULL), >, 0);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_JOURNAL_ENTRY, NULL), >, 0);

  /* The review queue has some twenty to forty submissions. */
  n_submitted = count_where (store, BUURT_TYPE_ACTIVITY, "status", BUURT_ACTIVITY_STATUS_SUBMITTED);
  g_assert_cmpuint (n_submitted, >=, 20);
  g_assert_cmpuint (n_submitted, <=, 40);
}

/* The numbers do not depend on the day the data is made, though the dates
 * do (a month has four or five Tuesdays, a year 52 or 53 Saturdays), so
 * the exact counts above hold whenever the tests run. */
static void
test_same_counts_any_day (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BuurtExampleCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  Counts first = { 0 };

  community = buurt_example_community_load (&error);
  g_assert_no_error (error);

  /* Today and days over the next half year, so across changes of month
   * and of daylight-saving time; not too far ahead, as the store keeps
   * dates up to a horizon about two years away. */
  for (guint i = 0; i < 4; i++)
    {
      static const guint offsets[] = { 0, 37, 101, 160 };
      g_autofree char *name = g_strdup_printf ("day-%u.db", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(BuurtStore) store = open_store (fixture->dir, name);
      g_autoptr(BuurtDatabase) database = buurt_database_new_for_store (store);
      GDate day;
      Counts counts;
      gboolean ok;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      g_date_add_days (&day, offsets[i]);

      ok = buurt_example_data_generate_full (database, community, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                                             BUURT_EXAMPLE_DEFAULT_SEED, &day, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (ok);

      counts = count_all (path);
      g_assert_cmpint (counts.occurrences, ==, BUURT_EXAMPLE_DEFAULT_OCCURRENCES);
      if (i == 0)
        first = counts;
      g_assert_cmpint (counts.activities, ==, first.activities);
      g_assert_cmpint (counts.venues, ==, first.venues);
      g_assert_cmpint (counts.rooms, ==, first.rooms);
      g_assert_cmpint (counts.contacts, ==, first.contacts);
      g_assert_cmpint (counts.initiatives, ==, first.initiatives);
    }
}

/* Everything the generator chose: every table but uuids and timestamps. */
static char *
content (const char *path)
{
  static const char * const queries[] = {
    "SELECT id, name FROM kern ORDER BY id",
    "SELECT id, kern_id, name FROM neighbourhood ORDER BY id",
    "SELECT id, name, kind, address, postcode, neighbourhood_id, phone, email, website, step_free, "
    "accessible_toilet, hearing_loop, commercial, notes FROM venue ORDER BY id",
    "SELECT id, venue_id, name, capacity, facilities, rate_cents FROM room ORDER BY id",
    "SELECT id, name, kind, phone, email FROM contact ORDER BY id",
    "SELECT id, title, neighbourhood_id, stage, start_date, next_evaluation, target_groups, volunteers, "
    "participants FROM initiative ORDER BY id",
    "SELECT initiative_id, contact_id, role FROM initiative_partner ORDER BY id",
    "SELECT initiative_id, funder_id, amount_requested_cents, amount_granted_cents, status, requested_on, "
    "decided_on, conditions, rejection_reason FROM funding_request ORDER BY id",
    "SELECT initiative_id, funding_request_id, spent_on, description, amount_cents FROM expense ORDER BY id",
    "SELECT initiative_id, entry_date, kind, text FROM journal_entry ORDER BY id",
    "SELECT id, title, description, category, target_groups, room_id, location, organiser_id, initiative_id, "
    "starts_at, ends_at, all_day, rrule, cancelled_dates, cost_cents, registration, registration_info, status, "
    "rejection_reason FROM activity ORDER BY id",
    "SELECT activity_id, room_id, starts_at, ends_at, day, cancelled FROM occurrence ORDER BY activity_id, starts_at",
  };
  sqlite3 *db = open_database (path);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *rows = query_text (db, queries[i]);

      g_string_append (text, rows);
    }
  sqlite3_close (db);

  return g_string_free (text, FALSE);
}

/* The same seed gives the same agenda, row for row; another seed another. */
static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BuurtStore) same = open_store (fixture->dir, "same.db");
  g_autoptr(BuurtStore) other = open_store (fixture->dir, "other.db");
  g_autofree char *same_path = g_build_filename (fixture->dir, "same.db", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *first_content = NULL;
  g_autofree char *same_content = NULL;
  g_autofree char *other_content = NULL;

  generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 42);
  generate (same, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 42);
  generate (other, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 43);

  first_content = content (fixture->path);
  same_content = content (same_path);
  other_content = content (other_path);
  g_assert_cmpuint (strlen (first_content), >, 100000);
  g_assert_cmpstr (first_content, ==, same_content);
  g_assert_cmpstr (first_content, !=, other_content);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_object_set (venue, "name", "Buurthuis De Ploeg", NULL);
  ok = buurt_store_save (fixture->store, BUURT_ENTITY (venue), &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  ok = example_data_generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                                    BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED);
  g_assert_false (ok);

  /* Nothing changed. */
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_VENUE, NULL), ==, 1);
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_KERN, NULL), ==, 0);
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_CONTACT, NULL), ==, 0);
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_ACTIVITY, NULL), ==, 0);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_cancellable_cancel (cancellable);
  ok = example_data_generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                                    BUURT_EXAMPLE_DEFAULT_SEED, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (ok);
  g_assert_true (store_is_empty (fixture->store));
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_KERN, NULL), ==, 0);
}

/* Cancels halfway through, as closing the window does while the example
 * data is loading: everything written so far is rolled back. The store
 * tells about changes only once they are committed, so the cancellation
 * comes from SQLite's trace of the store's own connection, when it starts
 * writing the first activity (after the places and contacts): the same
 * moment on every run, however fast the machine. */
typedef struct
{
  GCancellable *cancellable;
  guint         n_inserts;        /* rows written before the cancellation */
  guint         n_activities;     /* activities written from then on */
} CancelHalfway;

static int
cancel_at_first_activity_cb (unsigned  type,
                             void     *user_data,
                             void     *statement,
                             void     *unused)
{
  CancelHalfway *halfway = user_data;
  const char *sql = sqlite3_sql (statement);

  if (type != SQLITE_TRACE_STMT || sql == NULL || !g_str_has_prefix (sql, "INSERT INTO "))
    return 0;

  if (g_str_has_prefix (sql, "INSERT INTO activity ("))
    {
      halfway->n_activities++;
      g_cancellable_cancel (halfway->cancellable);
    }
  else if (!g_cancellable_is_cancelled (halfway->cancellable))
    halfway->n_inserts++;

  return 0;
}

static void
test_cancelled_halfway (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CancelHalfway halfway = { cancellable, 0, 0 };
  sqlite3 *db = buurt_store_get_db (fixture->store);
  gboolean ok;

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, cancel_at_first_activity_cb, &halfway);
  ok = example_data_generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                              BUURT_EXAMPLE_DEFAULT_SEED, cancellable, &error);
  sqlite3_trace_v2 (db, 0, NULL, NULL);

  g_test_message ("cancelled after %u rows", halfway.n_inserts);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (ok);
  /* It was halfway: towns, places and contacts were written, and the
   * activity being written then was the last. */
  g_assert_cmpuint (halfway.n_inserts, >, 50);
  g_assert_cmpuint (halfway.n_activities, ==, 1);

  g_assert_true (store_is_empty (fixture->store));
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_KERN, NULL), ==, 0);
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_CONTACT, NULL), ==, 0);
  g_assert_cmpint (buurt_store_count (fixture->store, BUURT_TYPE_ROOM, NULL), ==, 0);
  g_assert_cmpint (buurt_store_count_occurrences (fixture->store, NULL), ==, 0);
}

static void
test_every_stage_and_status (Fixture       *fixture,
                             gconstpointer  data)
{
  BuurtStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) initiatives = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) requests = NULL;
  guint activity_statuses;

  generate (store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, BUURT_EXAMPLE_DEFAULT_SEED);

  g_assert_cmphex (values_present (store, BUURT_TYPE_INITIATIVE, "stage"), ==, all_values (BUURT_TYPE_STAGE));
  g_assert_cmphex (values_present (store, BUURT_TYPE_FUNDING_REQUEST, "status"), ==,
                   all_values (BUURT_TYPE_FUNDING_STATUS));
  g_assert_cmphex (values_present (store, BUURT_TYPE_JOURNAL_ENTRY, "kind"), ==,
                   all_values (BUURT_TYPE_JOURNAL_KIND));
  g_assert_cmphex (values_present (store, BUURT_TYPE_CONTACT, "kind"), ==, all_values (BUURT_TYPE_CONTACT_KIND));
  g_assert_cmphex (values_present (store, BUURT_TYPE_VENUE, "kind"), ==, all_values (BUURT_TYPE_VENUE_KIND));
  g_assert_cmphex (values_present (store, BUURT_TYPE_INITIATIVE_PARTNER, "role"), ==,
                   all_values (BUURT_TYPE_PARTNER_ROLE));

  activity_statuses = values_present (store, BUURT_TYPE_ACTIVITY, "status");
  g_assert_true (activity_statuses & (1u << BUURT_ACTIVITY_STATUS_PUBLISHED));
  g_assert_true (activity_statuses & (1u << BUURT_ACTIVITY_STATUS_SUBMITTED));
  g_assert_true (activity_statuses & (1u << BUURT_ACTIVITY_STATUS_CANCELLED));
  g_assert_cmpuint (count_where (store, BUURT_TYPE_ACTIVITY, "status", BUURT_ACTIVITY_STATUS_PUBLISHED), >,
                    count_where (store, BUURT_TYPE_ACTIVITY, "status", BUURT_ACTIVITY_STATUS_SUBMITTED));

  /* Every initiative has a lead. */
  initiatives = buurt_store_list (store, BUURT_TYPE_INITIATIVE, &error);
  g_assert_no_error (error);
  partners = buurt_store_list (store, BUURT_TYPE_INITIATIVE_PARTNER, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(BuurtEntity) initiative = g_list_model_get_item (initiatives, i);
      gboolean has_lead = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (partners) && !has_lead; j++)
        {
          g_autoptr(BuurtEntity) partner = g_list_model_get_item (partners, j);

          has_lead = buurt_entity_get_int (partner, "initiative-id") == buurt_entity_get_id (initiative) &&
                     buurt_entity_get_enum (partner, "role") == BUURT_PARTNER_ROLE_LEAD;
        }
      g_assert_true (has_lead);
    }

  /* Grants stay within the funders' limits; a rejection says why. */
  requests = buurt_store_list (store, BUURT_TYPE_FUNDING_REQUEST, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(BuurtEntity) request = g_list_model_get_item (requests, i);

      g_assert_cmpint (buurt_entity_get_int (request, "amount-granted-cents"), <=,
                       buurt_entity_get_int (request, "amount-requested-cents"));
      if (buurt_entity_get_enum (request, "status") == BUURT_FUNDING_STATUS_REJECTED)
        g_assert_cmpstr (buurt_entity_get_string (request, "rejection-reason"), !=, "");
    }
}

/* Two dates in one room overlap when each starts before the other ends;
 * only dates that take the room count: of published or submitted
 * activities, not cancelled, not deleted. */
static const char *overlaps_sql =
  "SELECT count(*) FROM occurrence o1 "
  "JOIN activity a1 ON a1.id = o1.activity_id "
  "JOIN occurrence o2 ON o2.room_id = o1.room_id AND o2.id > o1.id "
  "                  AND o2.starts_at < o1.ends_at AND o1.starts_at < o2.ends_at "
  "JOIN activity a2 ON a2.id = o2.activity_id "
  "WHERE o1.room_id IS NOT NULL AND o1.cancelled = 0 AND o2.cancelled = 0 "
  "  AND a1.status IN ('published', 'submitted') AND a2.status IN ('published', 'submitted') "
  "  AND a1.deleted_at IS NULL AND a2.deleted_at IS NULL";

/* Rooms taken by each kind of activity: the check covers them all. */
static const char * const kinds_sql[] = {
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule LIKE 'FREQ=WEEKLY;BYDAY=%;COUNT=%'",
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule LIKE 'FREQ=WEEKLY;BYDAY=%;UNTIL=%'",
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule LIKE 'FREQ=WEEKLY;INTERVAL=2;%'",
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule LIKE 'FREQ=MONTHLY;BYDAY=_%'",
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule LIKE 'FREQ=MONTHLY;BYDAY=-1%'",
  "SELECT count(*) FROM activity WHERE room_id IS NOT NULL AND rrule IS NULL",
};

static void
test_no_double_bookings (Fixture       *fixture,
                         gconstpointer  data)
{
  guint n_occurrences = GPOINTER_TO_UINT (data);
  sqlite3 *db;

  generate (fixture->store, n_occurrences, BUURT_EXAMPLE_DEFAULT_SEED);

  db = open_database (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (kinds_sql); i++)
    g_assert_cmpint (query_int (db, kinds_sql[i]), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM occurrence WHERE room_id IS NOT NULL"), >,
                   n_occurrences / 2);
  g_assert_cmpint (query_int (db, overlaps_sql), ==, 0);

  /* Nearly every series found a room or a place outdoors; only a few
   * meet at someone's home. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM activity WHERE location LIKE 'Bij een van de deelnemers thuis%'"),
                   <, query_int (db, "SELECT count(*) FROM activity") / 20);
  sqlite3_close (db);
}

/* The community the app ships is whole: every member reads. */
static void
test_community_shipped (void)
{
  g_autoptr(BuurtExampleCommunity) community = NULL;
  g_autoptr(GError) error = NULL;

  community = buurt_example_community_load (&error);
  g_assert_no_error (error);
  g_assert_nonnull (community);
  g_assert_cmpuint (community->towns->len, ==, 3);
  g_assert_cmpuint (community->n_neighbourhoods, ==, 11);
  g_assert_cmpuint (community->series->len, >, 30);
  g_assert_cmpuint (community->events->len, >, 15);
  g_assert_cmpuint (community->initiatives->len, ==, 25);
}

/* A broken community gives an error that names the member, never a crash. */
static void
test_community_broken (void)
{
  static const struct
  {
    const char *find;
    const char *replace;
    const char *message;   /* a part of the error message */
  } cases[] = {
    { "\"about\"", "\"about", "cannot be read" },
    { "\"towns\":", "\"townz\":", "“towns” is missing" },
    { "\"first_names\": [", "\"first_names\": [], \"x\": [", "“first_names” must not be empty" },
    { "\"kind\": \"mfc\"", "\"kind\": \"castle\"", "“venues[0].kind” has a value that is not known: “castle”" },
    { "\"neighbourhood\": \"Educatorium\"", "\"neighbourhood\": \"Atlantis\"",
      "“venues[1].neighbourhood” has a value that is not known: “Atlantis”" },
    { "\"cost_cents\": 50", "\"cost_cents\": \"vijftig\"", "“series[0].cost_cents” must be a whole number" },
    { "\"slots\": [\"morning\"], \"minutes\": 120", "\"slots\": [\"morning\"], \"minutes\": 230",
      "“series[0].minutes” is longer than the parts of the day" },
    { "\"frequency\": \"weekly\"", "\"frequency\": \"daily\"", "“series[0].frequency” has a value that is not known" },
    { "\"usual_organiser\": \"Stichting MeerSamen Dronten\"", "\"usual_organiser\": \"Stichting Nergens\"",
      "“series[0].usual_organiser” has a value that is not known: “Stichting Nergens”" },
    { "\"nth\": 4", "\"nth\": 7", "“events[0].when.nth” must be a whole number in the range 1–4" },
    { "\"capacity\": [40, 100]", "\"capacity\": [100, 40]", "“venue_kinds[0].rooms[0].capacity” must be" },
    { "\"funder\": \"municipality\", \"status\": \"accounted\"", "\"funder\": \"bank\", \"status\": \"accounted\"",
      "“initiatives[0].requests[0].funder” has a value that is not known: “bank”" },
    { "\"days\": [\"weekdays\"]", "\"days\": [\"weekdays\", 3]", "“series[0].days[1]” has a value that is not known" },
  };
  g_autoptr(BuurtExampleCommunity) shipped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* Loading the shipped community registers the library's resource. */
  shipped = buurt_example_community_load (&error);
  g_assert_no_error (error);
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/example/example-community.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autoptr(BuurtExampleCommunity) community = NULL;
      g_autoptr(GError) broken_error = NULL;

      g_assert_cmpuint (g_string_replace (text, cases[i].find, cases[i].replace, 1), ==, 1);
      community = buurt_example_community_new_from_data (text->str, text->len, "broken.json", &broken_error);
      g_assert_null (community);
      g_assert_error (broken_error, BUURT_EXAMPLE_ERROR, BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY);
      g_test_message ("%s", broken_error->message);
      g_assert_true (g_str_has_prefix (broken_error->message, "broken.json"));
      g_assert_nonnull (strstr (broken_error->message, cases[i].message));
    }

  /* Not an object at all. */
  {
    g_autoptr(BuurtExampleCommunity) community = NULL;

    community = buurt_example_community_new_from_data ("[1, 2]", 6, "list.json", &error);
    g_assert_null (community);
    g_assert_error (error, BUURT_EXAMPLE_ERROR, BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY);
  }
}

/* The benchmark size: six municipalities' worth of activities. Run with
 * -m slow. How long it takes is reported, not asserted. */
static void
test_large (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GTimer) timer = NULL;
  gint64 n;
  double seconds;

  if (!g_test_slow ())
    {
      g_test_skip ("Takes long; run with -m slow");
      return;
    }

  timer = g_timer_new ();
  generate (fixture->store, 330000, BUURT_EXAMPLE_DEFAULT_SEED);
  seconds = g_timer_elapsed (timer, NULL);
  n = buurt_store_count_occurrences (fixture->store, NULL);

  g_test_message ("330,000 occurrences asked, %" G_GINT64_FORMAT " made in %.1f s: %" G_GINT64_FORMAT
                  " towns, %" G_GINT64_FORMAT " venues, %" G_GINT64_FORMAT " rooms, %" G_GINT64_FORMAT
                  " contacts, %" G_GINT64_FORMAT " activities",
                  n, seconds,
                  buurt_store_count (fixture->store, BUURT_TYPE_KERN, NULL),
                  buurt_store_count (fixture->store, BUURT_TYPE_VENUE, NULL),
                  buurt_store_count (fixture->store, BUURT_TYPE_ROOM, NULL),
                  buurt_store_count (fixture->store, BUURT_TYPE_CONTACT, NULL),
                  buurt_store_count (fixture->store, BUURT_TYPE_ACTIVITY, NULL));
  g_assert_cmpint (n, ==, 330000);
}

int
main (int   argc,
      char *argv[])
{

  g_test_init (&argc, &argv, NULL);


  g_test_add ("/example-data/default-counts", Fixture, NULL,
              fixture_set_up, test_default_counts, fixture_tear_down);
  g_test_add ("/example-data/deterministic", Fixture, NULL,
              fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/example-data/refuses-non-empty", Fixture, NULL,
              fixture_set_up, test_refuses_non_empty, fixture_tear_down);
  g_test_add ("/example-data/cancelled", Fixture, NULL,
              fixture_set_up, test_cancelled, fixture_tear_down);
  g_test_add ("/example-data/cancelled-halfway", Fixture, NULL,
              fixture_set_up, test_cancelled_halfway, fixture_tear_down);
  g_test_add ("/example-data/every-stage-and-status", Fixture, NULL,
              fixture_set_up, test_every_stage_and_status, fixture_tear_down);
  g_test_add ("/example-data/no-double-bookings", Fixture, GUINT_TO_POINTER (BUURT_EXAMPLE_DEFAULT_OCCURRENCES),
              fixture_set_up, test_no_double_bookings, fixture_tear_down);
  /* Crowded: towns from the rest of Flevoland, rooms searched to the last. */
  g_test_add ("/example-data/no-double-bookings-crowded", Fixture, GUINT_TO_POINTER (40000),
              fixture_set_up, test_no_double_bookings, fixture_tear_down);
  g_test_add ("/example-data/same-counts-any-day", Fixture, NULL,
              fixture_set_up, test_same_counts_any_day, fixture_tear_down);
  g_test_add_func ("/example-data/community/shipped", test_community_shipped);
  g_test_add_func ("/example-data/community/broken", test_community_broken);
  g_test_add ("/example-data/large", Fixture, NULL,
              fixture_set_up, test_large, fixture_tear_down);

  return g_test_run ();
}

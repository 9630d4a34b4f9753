/* test-example-data.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buurt-database-private.h"
#include "buurt-example-data.h"
#include "buurt-entities.h"
#include "buurt-store-private.h"

/* Each test gets a fresh database in a temporary folder. */
typedef struct
{
  char       *dir;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("buurt-example-XXXXXX", &error);
  g_assert_no_error (error);
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

static void
test_default_counts (Fixture       *fixture,
                     gconstpointer  data)
{
  BuurtStore *store = fixture->store;
  guint n_submitted;

  generate (store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, BUURT_EXAMPLE_DEFAULT_SEED);

  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_KERN, NULL), ==, 3);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_NEIGHBOURHOOD, NULL), >=, 8);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_NEIGHBOURHOOD, NULL), <=, 12);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_VENUE, NULL), >=, 35);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_VENUE, NULL), <=, 45);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_ROOM, NULL), >=, 60);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_CONTACT, NULL), >=, 70);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_CONTACT, NULL), <=, 90);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_INITIATIVE, NULL), >=, 20);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_INITIATIVE, NULL), <=, 30);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_EXPENSE, NULL), >, 0);
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_JOURNAL_ENTRY, NULL), >, 0);
  g_assert_cmpint (buurt_store_count_occurrences (store, NULL), >=, 4950);
  g_assert_cmpint (buurt_store_count_occurrences (store, NULL), <=, 6050);

  /* The review queue has some twenty to forty submissions. */
  n_submitted = count_where (store, BUURT_TYPE_ACTIVITY, "status", BUURT_ACTIVITY_STATUS_SUBMITTED);
  g_assert_cmpuint (n_submitted, >=, 20);
  g_assert_cmpuint (n_submitted, <=, 40);

  g_test_message ("%" G_GINT64_FORMAT " venues, %" G_GINT64_FORMAT " rooms, %" G_GINT64_FORMAT
                  " contacts, %" G_GINT64_FORMAT " initiatives, %" G_GINT64_FORMAT
                  " activities, %" G_GINT64_FORMAT " occurrences",
                  buurt_store_count (store, BUURT_TYPE_VENUE, NULL),
                  buurt_store_count (store, BUURT_TYPE_ROOM, NULL),
                  buurt_store_count (store, BUURT_TYPE_CONTACT, NULL),
                  buurt_store_count (store, BUURT_TYPE_INITIATIVE, NULL),
                  buurt_store_count (store, BUURT_TYPE_ACTIVITY, NULL),
                  buurt_store_count_occurrences (store, NULL));
}

/* The entity types, filled in by main(): a GType is not a constant. */
static GType types[11];

static char *
titles (BuurtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = buurt_store_list (store, BUURT_TYPE_ACTIVITY, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      g_string_append (text, buurt_entity_get_string (entity, "title"));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BuurtStore) same = open_store (fixture->dir, "same.db");
  g_autoptr(BuurtStore) other = open_store (fixture->dir, "other.db");
  g_autofree char *titles_first = NULL;
  g_autofree char *titles_same = NULL;
  g_autofree char *titles_other = NULL;

  generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 42);
  generate (same, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 42);
  generate (other, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, 43);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_assert_cmpint (buurt_store_count (fixture->store, types[i], NULL), ==, buurt_store_count (same, types[i], NULL));
  g_assert_cmpint (buurt_store_count_occurrences (fixture->store, NULL), ==, buurt_store_count_occurrences (same, NULL));

  titles_first = titles (fixture->store);
  titles_same = titles (same);
  titles_other = titles (other);
  g_assert_cmpstr (titles_first, ==, titles_same);
  g_assert_cmpstr (titles_first, !=, titles_other);
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

/* Every room booking of a series is checked against every other. */
static void
test_few_double_bookings (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(GHashTable) series_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_series = 0, n_located = 0;

  generate (fixture->store, BUURT_EXAMPLE_DEFAULT_OCCURRENCES, BUURT_EXAMPLE_DEFAULT_SEED);

  /* A weekly series owns its room, weekday and start: two weekly series
   * with the same key would collide every week. */
  activities = buurt_store_list (fixture->store, BUURT_TYPE_ACTIVITY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtEntity) activity = g_list_model_get_item (activities, i);
      const char *rrule = buurt_entity_get_string (activity, "rrule");
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *key = NULL;

      if (rrule == NULL || !g_str_has_prefix (rrule, "FREQ=WEEKLY;BYDAY="))
        continue;
      n_series++;
      if (buurt_entity_get_int (activity, "room-id") == 0)
        {
          n_located++;
          g_assert_nonnull (buurt_entity_get_string (activity, "location"));
          continue;
        }

      local = g_date_time_to_local (buurt_entity_get_date_time (activity, "starts-at"));
      key = g_strdup_printf ("%" G_GINT64_FORMAT " %d %02d", buurt_entity_get_int (activity, "room-id"),
                             g_date_time_get_day_of_week (local), g_date_time_get_hour (local));
      g_assert_false (g_hash_table_contains (series_slots, key));
      g_hash_table_add (series_slots, g_steal_pointer (&key));
    }

  g_assert_cmpuint (n_series, >, 50);
  g_assert_cmpuint (n_located, <, n_series / 4);
}

/* The benchmark size: six municipalities' worth of activities. Run with -m slow. */
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
  g_assert_cmpint (n, >=, 297000);
  g_assert_cmpint (n, <=, 363000);
}

int
main (int   argc,
      char *argv[])
{

  g_test_init (&argc, &argv, NULL);

  types[0] = BUURT_TYPE_KERN;
  types[1] = BUURT_TYPE_NEIGHBOURHOOD;
  types[2] = BUURT_TYPE_VENUE;
  types[3] = BUURT_TYPE_ROOM;
  types[4] = BUURT_TYPE_CONTACT;
  types[5] = BUURT_TYPE_INITIATIVE;
  types[6] = BUURT_TYPE_INITIATIVE_PARTNER;
  types[7] = BUURT_TYPE_FUNDING_REQUEST;
  types[8] = BUURT_TYPE_EXPENSE;
  types[9] = BUURT_TYPE_JOURNAL_ENTRY;
  types[10] = BUURT_TYPE_ACTIVITY;

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
  g_test_add ("/example-data/no-double-bookings", Fixture, NULL,
              fixture_set_up, test_few_double_bookings, fixture_tear_down);
  g_test_add ("/example-data/large", Fixture, NULL,
              fixture_set_up, test_large, fixture_tear_down);

  return g_test_run ();
}

/* test-agenda-model.c: the agenda as a list model, without a window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "buurt-agenda-counter.h"
#include "buurt-agenda-model-private.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

/*
 * The world of these tests: two weekly series of 30 dates from January 2026,
 * so 60 rows, more than the model reads at once (FIRST_ROWS), and the rest
 * are counted in a thread:
 *   - "Taalcafé", learning, Tuesdays 19:00 from 6 January, in De Schakel;
 *   - "Koffieochtend", meeting people, Wednesdays 10:00 from 7 January,
 *     in De Poort.
 * In time order the Taalcafé of week k is row 2k and the Koffieochtend row
 * 2k + 1. The tests work out which rows they expect from this description,
 * not from the model or the store.
 */

#define FIRST_ROWS BUURT_AGENDA_MODEL_FIRST_ROWS
#define N_WEEKS 30

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  const char *title;
  const char *first_day;        /* the first date; then weekly, N_WEEKS times */
  int         hour;
  int         category;
  gboolean    weekly;
  const char *cancelled_day;    /* one cancelled date, or NULL */
} Series;

typedef struct
{
  char             *path;
  BuurtDatabase    *database;
  BuurtAgendaModel *model;
  gint64            schakel_id;
  gint64            poort_id;
  BuurtActivity    *taalcafe;
  BuurtActivity    *koffie;
  GArray           *changes;    /* Change, as the model told them */

  /* What the world holds now, for the expected rows */
  Series            series[3];
  guint             n_series;
} Fixture;

typedef struct
{
  char        day[11];
  int         hour;
  const char *title;
  gboolean    cancelled;
} Row;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  Change change = { position, removed, added };

  g_array_append_val (f->changes, change);
}

static gint64
save_new (Fixture *f,
          gpointer entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, entity, &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (entity);
}

static gint64
make_room (Fixture    *f,
           const char *venue_name)
{
  g_autoptr(BuurtEntity) kern = g_object_new (BUURT_TYPE_KERN, "name", venue_name, NULL);
  g_autoptr(BuurtEntity) neighbourhood = NULL;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(BuurtEntity) room = NULL;

  neighbourhood = g_object_new (BUURT_TYPE_NEIGHBOURHOOD,
                                "kern-id", save_new (f, kern),
                                "name", "Centrum",
                                NULL);
  venue = g_object_new (BUURT_TYPE_VENUE,
                        "name", venue_name,
                        "kind", BUURT_VENUE_KIND_COMMUNITY_CENTRE,
                        "neighbourhood-id", save_new (f, neighbourhood),
                        NULL);
  room = g_object_new (BUURT_TYPE_ROOM,
                       "venue-id", save_new (f, venue),
                       "name", "Zaal 1",
                       "capacity", (gint64) 40,
                       NULL);

  return save_new (f, room);
}

/* @day at @hour in Amsterdam, as an instant */
static GDateTime *
local_time (const char *day,
            int         hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  int year, month, mday;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &year, &month, &mday), ==, 3);
  return g_date_time_new (zone, year, month, mday, hour, 0, 0);
}

static BuurtActivity *
make_activity (Fixture      *f,
               const Series *series,
               gint64        room_id)
{
  g_autoptr(GDateTime) starts_at = local_time (series->first_day, series->hour);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 2);
  g_autofree char *rrule = g_strdup_printf ("FREQ=WEEKLY;COUNT=%d", N_WEEKS);
  g_autoptr(GError) error = NULL;
  BuurtActivity *activity;

  activity = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", series->title,
                           "category", series->category,
                           "target-groups", BUURT_TARGET_GROUP_EVERYONE,
                           "room-id", room_id,
                           "starts-at", starts_at,
                           "ends-at", ends_at,
                           "tzid", "Europe/Amsterdam",
                           "rrule", series->weekly ? rrule : NULL,
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  g_assert_true (buurt_database_save_activity (f->database, activity, NULL, &error));
  g_assert_no_error (error);

  f->series[f->n_series++] = *series;
  return activity;
}

static void
wait_for_count (Fixture *f)
{
  while (buurt_agenda_model_get_counting (f->model))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const Series taalcafe = { "Taalcafé", "2026-01-06", 19, BUURT_CATEGORY_LEARNING, TRUE, NULL };
  static const Series koffie = { "Koffieochtend", "2026-01-07", 10, BUURT_CATEGORY_MEETING, TRUE, NULL };
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "agenda-model-test", NULL);
  g_autoptr(GError) error = NULL;
  gint64 schakel_room, poort_room;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->path = g_build_filename (folder, "buurtagenda.db", NULL);
  f->database = buurt_database_new (f->path, &error);
  g_assert_no_error (error);

  schakel_room = make_room (f, "De Schakel");
  poort_room = make_room (f, "De Poort");
  f->taalcafe = make_activity (f, &taalcafe, schakel_room);
  f->koffie = make_activity (f, &koffie, poort_room);

  f->model = buurt_agenda_model_new (f->database);
  buurt_agenda_model_set_from_day (f->model, "2026-01-01");
  wait_for_count (f);

  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (f->model, "items-changed", G_CALLBACK (items_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->model);
  g_clear_object (&f->taalcafe);
  g_clear_object (&f->koffie);
  g_clear_object (&f->database);
  g_clear_pointer (&f->changes, g_array_unref);
  g_clear_pointer (&f->path, g_free);

  /* A count still running lets go of its connection on its own. */
  while (buurt_agenda_counter_get_n_running () > 0)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The rows the model should show, from the world's description */

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a, *row_b = b;
  int by_day = strcmp (row_a->day, row_b->day);

  return by_day != 0 ? by_day : row_a->hour - row_b->hour;
}

static gboolean
title_matches (const char *title,
               const char *search)
{
  g_autofree char *folded_title = NULL;
  g_autofree char *folded_search = NULL;

  if (search == NULL)
    return TRUE;
  folded_title = g_utf8_casefold (title, -1);
  folded_search = g_utf8_casefold (search, -1);
  return strstr (folded_title, folded_search) != NULL;
}

static GArray *
expected_rows (Fixture    *f,
               const char *from_day,
               const char *search,
               gboolean    show_cancelled,
               int         category)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  for (guint s = 0; s < f->n_series; s++)
    {
      const Series *series = &f->series[s];
      g_autoptr(GDateTime) first = local_time (series->first_day, 12);

      if (!title_matches (series->title, search) ||
          (category >= 0 && series->category != category))
        continue;

      for (guint week = 0; week < (series->weekly ? N_WEEKS : 1); week++)
        {
          g_autoptr(GDateTime) date = g_date_time_add_weeks (first, week);
          g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
          Row row = { .hour = series->hour, .title = series->title };

          row.cancelled = g_strcmp0 (day, series->cancelled_day) == 0;
          if (strcmp (day, from_day) < 0 || (row.cancelled && !show_cancelled))
            continue;
          g_strlcpy (row.day, day, sizeof row.day);
          g_array_append_val (rows, row);
        }
    }

  g_array_sort (rows, compare_rows);
  return rows;
}

static void
assert_model_shows (Fixture *f,
                    GArray  *rows)
{
  GListModel *model = G_LIST_MODEL (f->model);
  BuurtAgendaQuery query = *buurt_agenda_model_get_filter (f->model);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GError) error = NULL;
  gint64 counted;

  /* The number of rows agrees with a count by the store. */
  query.from_day = buurt_agenda_model_get_from_day (f->model);
  query.search = buurt_agenda_model_get_search (f->model);
  query.show_cancelled = buurt_agenda_model_get_show_cancelled (f->model);
  counted = buurt_store_count_agenda (buurt_database_get_store (f->database), &query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (counted, ==, rows->len);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BuurtOccurrence) occurrence = g_list_model_get_item (model, i);
      const Row *row = &g_array_index (rows, Row, i);
      g_autoptr(GDateTime) local = NULL;

      g_assert_nonnull (occurrence);
      local = g_date_time_to_timezone (buurt_occurrence_get_starts_at (occurrence), zone);
      g_assert_cmpint (g_date_time_get_hour (local), ==, row->hour);
      g_assert_cmpstr (buurt_occurrence_get_day (occurrence), ==, row->day);
      g_assert_cmpstr (buurt_occurrence_get_title (occurrence), ==, row->title);
      g_assert_cmpint (buurt_occurrence_get_cancelled (occurrence), ==, row->cancelled);
    }
  g_assert_null (g_list_model_get_item (model, rows->len));
}

/* The model told the list exactly @n_expected changes, these; forgets them. */
static void
assert_changes (Fixture      *f,
                const Change *expected,
                guint         n_expected)
{
  for (guint i = 0; i < MIN (n_expected, f->changes->len); i++)
    {
      const Change *change = &g_array_index (f->changes, Change, i);

      g_test_message ("change %u: at %u, %u removed, %u added", i,
                      change->position, change->removed, change->added);
      g_assert_cmpuint (change->position, ==, expected[i].position);
      g_assert_cmpuint (change->removed, ==, expected[i].removed);
      g_assert_cmpuint (change->added, ==, expected[i].added);
    }
  g_assert_cmpuint (f->changes->len, ==, n_expected);
  g_array_set_size (f->changes, 0);
}

static void
assert_rows (Fixture    *f,
             const char *from_day,
             const char *search,
             gboolean    show_cancelled,
             int         category,
             guint       n_rows)
{
  g_autoptr(GArray) rows = expected_rows (f, from_day, search, show_cancelled, category);

  g_assert_cmpuint (rows->len, ==, n_rows);
  assert_model_shows (f, rows);
}

static void
save_activity (Fixture       *f,
               BuurtActivity *activity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save_activity (f->database, activity, NULL, &error));
  g_assert_no_error (error);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BuurtOccurrence) first = NULL;

  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 2 * N_WEEKS);
  first = g_list_model_get_item (G_LIST_MODEL (f->model), 0);
  g_assert_cmpint (buurt_occurrence_get_activity_id (first), ==,
                   buurt_entity_get_id (BUURT_ENTITY (f->taalcafe)));
  g_assert_false (buurt_agenda_model_get_counting (f->model));
}

/* A one-off activity on Saturday 10 January lands at row 2; then deleted. */
static void
test_insert_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  static const Series feest = { "Buurtfeest", "2026-01-10", 14, BUURT_CATEGORY_CULTURE, FALSE, NULL };
  const Change first_rows[] = { { 0, 60, FIRST_ROWS } };
  const Change inserted[] = { { FIRST_ROWS, 0, 61 - FIRST_ROWS } };
  const Change deleted[] = { { 0, 61, FIRST_ROWS }, { FIRST_ROWS, 0, 60 - FIRST_ROWS } };
  g_autoptr(BuurtActivity) activity = make_activity (f, &feest, 0);
  g_autoptr(BuurtOccurrence) at_2 = NULL;
  g_autoptr(GError) error = NULL;

  /* Saving tells the list of the first rows at once, the rest once counted. */
  assert_changes (f, first_rows, G_N_ELEMENTS (first_rows));
  g_assert_true (buurt_agenda_model_get_counting (f->model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, FIRST_ROWS);
  wait_for_count (f);
  assert_changes (f, inserted, G_N_ELEMENTS (inserted));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 61);

  at_2 = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  g_assert_cmpstr (buurt_occurrence_get_title (at_2), ==, "Buurtfeest");
  g_assert_cmpstr (buurt_occurrence_get_day (at_2), ==, "2026-01-10");

  g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);
  f->n_series--;
  wait_for_count (f);
  assert_changes (f, deleted, G_N_ELEMENTS (deleted));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);
}

/* Deleting a series of 30 leaves fewer rows than are read at once: no count. */
static void
test_delete_series (Fixture       *f,
                    gconstpointer  data)
{
  const Change deleted[] = { { 0, 60, 30 } };
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (f->koffie), &error));
  g_assert_no_error (error);
  f->n_series = 1;
  g_assert_false (buurt_agenda_model_get_counting (f->model));
  assert_changes (f, deleted, G_N_ELEMENTS (deleted));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 30);
}

static void
test_cancel_date (Fixture       *f,
                  gconstpointer  data)
{
  const Change shown[] = { { 0, 60, FIRST_ROWS }, { FIRST_ROWS, 0, 60 - FIRST_ROWS } };
  const Change hidden[] = { { 0, 60, FIRST_ROWS }, { FIRST_ROWS, 0, 59 - FIRST_ROWS } };
  g_autoptr(BuurtOccurrence) at_2 = NULL;

  g_object_set (f->taalcafe, "cancelled-dates", "2026-01-13", NULL);
  f->series[0].cancelled_day = "2026-01-13";
  save_activity (f, f->taalcafe);
  wait_for_count (f);
  assert_changes (f, shown, G_N_ELEMENTS (shown));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);
  at_2 = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  g_assert_true (buurt_occurrence_get_cancelled (at_2));
  g_clear_object (&at_2);

  /* Without cancelled dates, the Koffieochtend of 14 January moves up. */
  buurt_agenda_model_set_show_cancelled (f->model, FALSE);
  wait_for_count (f);
  assert_changes (f, hidden, G_N_ELEMENTS (hidden));
  assert_rows (f, "2026-01-01", NULL, FALSE, -1, 59);
  at_2 = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  g_assert_cmpstr (buurt_occurrence_get_title (at_2), ==, "Koffieochtend");
  g_assert_cmpstr (buurt_occurrence_get_day (at_2), ==, "2026-01-14");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  const Change found[] = { { 0, 60, 30 } };
  const Change none[] = { { 0, 30, 0 } };
  const Change all[] = { { 0, 0, FIRST_ROWS }, { FIRST_ROWS, 0, 60 - FIRST_ROWS } };

  buurt_agenda_model_set_search (f->model, "taal");
  g_assert_false (buurt_agenda_model_get_counting (f->model));
  assert_changes (f, found, G_N_ELEMENTS (found));
  assert_rows (f, "2026-01-01", "taal", TRUE, -1, 30);

  /* The same search again changes nothing. */
  buurt_agenda_model_set_search (f->model, "taal");
  assert_changes (f, NULL, 0);

  buurt_agenda_model_set_search (f->model, "pannenkoek");
  assert_changes (f, none, G_N_ELEMENTS (none));
  assert_rows (f, "2026-01-01", "pannenkoek", TRUE, -1, 0);

  /* An empty search is no search. */
  buurt_agenda_model_set_search (f->model, "");
  wait_for_count (f);
  assert_changes (f, all, G_N_ELEMENTS (all));
  g_assert_null (buurt_agenda_model_get_search (f->model));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  BuurtAgendaQuery filter = BUURT_AGENDA_QUERY_INIT (NULL);
  const Change learning[] = { { 0, 60, 30 } };
  const Change submitted[] = { { 0, 30, 0 } };
  const Change all[] = { { 0, 0, FIRST_ROWS }, { FIRST_ROWS, 0, 60 - FIRST_ROWS } };

  filter.category = BUURT_CATEGORY_LEARNING;
  buurt_agenda_model_set_filter (f->model, &filter);
  assert_changes (f, learning, G_N_ELEMENTS (learning));
  assert_rows (f, "2026-01-01", NULL, TRUE, BUURT_CATEGORY_LEARNING, 30);

  /* The same filters again change nothing. */
  buurt_agenda_model_set_filter (f->model, &filter);
  assert_changes (f, NULL, 0);

  /* Nothing waits for review. */
  filter.status = BUURT_ACTIVITY_STATUS_SUBMITTED;
  buurt_agenda_model_set_filter (f->model, &filter);
  assert_changes (f, submitted, G_N_ELEMENTS (submitted));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 0);

  filter = (BuurtAgendaQuery) BUURT_AGENDA_QUERY_INIT (NULL);
  buurt_agenda_model_set_filter (f->model, &filter);
  wait_for_count (f);
  assert_changes (f, all, G_N_ELEMENTS (all));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);
}

/* From 1 June: the nine last weeks of both series, up to 28 and 29 July. */
static void
test_from_day (Fixture       *f,
               gconstpointer  data)
{
  const Change june[] = { { 0, 60, 18 } };
  const Change january[] = { { 0, 18, FIRST_ROWS }, { FIRST_ROWS, 0, 60 - FIRST_ROWS } };
  g_autoptr(BuurtOccurrence) last = NULL;

  buurt_agenda_model_set_from_day (f->model, "2026-06-01");
  assert_changes (f, june, G_N_ELEMENTS (june));
  assert_rows (f, "2026-06-01", NULL, TRUE, -1, 18);
  last = g_list_model_get_item (G_LIST_MODEL (f->model), 17);
  g_assert_cmpstr (buurt_occurrence_get_day (last), ==, "2026-07-29");

  buurt_agenda_model_set_from_day (f->model, "2026-06-01");
  assert_changes (f, NULL, 0);

  buurt_agenda_model_set_from_day (f->model, "2026-01-01");
  wait_for_count (f);
  assert_changes (f, january, G_N_ELEMENTS (january));
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);

  /* Rows before a day, from the counted days. */
  g_assert_cmpuint (buurt_agenda_model_find_day (f->model, "2026-01-08"), ==, 2);
  g_assert_cmpuint (buurt_agenda_model_find_day (f->model, "2026-06-01"), ==, 42);
  g_assert_cmpuint (buurt_agenda_model_find_day (f->model, "2027-01-01"), ==, 60);
}

/* A count outrun by a newer change is never applied, whether its thread was
 * still counting (@data 0) or it had finished and waited to be applied (1). */
static void
test_outrun_count (Fixture       *f,
                   gconstpointer  data)
{
  guint iterations = GPOINTER_TO_UINT (data);
  const Change changes[] = { { 0, 60, FIRST_ROWS }, { 0, FIRST_ROWS, FIRST_ROWS },
                             { FIRST_ROWS, 0, 58 - FIRST_ROWS } };

  buurt_agenda_model_set_from_day (f->model, "2026-01-02");
  for (guint i = 0; i < iterations; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (buurt_agenda_model_get_counting (f->model));

  buurt_agenda_model_set_from_day (f->model, "2026-01-08");
  wait_for_count (f);
  assert_changes (f, changes, G_N_ELEMENTS (changes));
  assert_rows (f, "2026-01-08", NULL, TRUE, -1, 58);

  /* Nothing of the first count comes later. */
  while (buurt_agenda_counter_get_n_running () > 0)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_changes (f, NULL, 0);
}

static void
finalized_cb (gpointer  data,
              GObject  *where_the_object_was)
{
  *(GThread **) data = g_thread_self ();
}

/* Dropping the model while it counts frees it at once, on this thread; the
 * count goes on without it and lets go of its connection when done. Run it
 * under valgrind: meson test -C _build --setup valgrind test-agenda-model */
static void
test_drop_while_counting (Fixture       *f,
                          gconstpointer  data)
{
  /* At each step of a count: its thread running, its result waiting to be
   * applied, and (for a model with two counts) one waiting for the other. */
  for (guint step = 0; step < 3; step++)
    {
      BuurtAgendaModel *model = buurt_agenda_model_new (f->database);
      GThread *finalized_on = NULL;
      gpointer alive = model;

      buurt_agenda_model_set_from_day (model, "2026-01-01");
      if (step == 2)
        buurt_agenda_model_set_search (model, "e");
      for (guint i = 0; i < step && step < 2 && buurt_agenda_model_get_counting (model); i++)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (buurt_agenda_model_get_counting (model));

      g_object_add_weak_pointer (G_OBJECT (model), &alive);
      g_object_weak_ref (G_OBJECT (model), finalized_cb, &finalized_on);
      g_object_unref (model);
      g_assert_null (alive);
      g_assert_true (finalized_on == g_thread_self ());

      while (buurt_agenda_counter_get_n_running () > 0)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
    }

  /* The database's own model still works. */
  assert_changes (f, NULL, 0);
  assert_rows (f, "2026-01-01", NULL, TRUE, -1, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/agenda/model/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_DATA(path, data, func) \
  g_test_add ("/agenda/model/" path, Fixture, GUINT_TO_POINTER (data), fixture_set_up, func, fixture_tear_down)

  ADD ("rows", test_rows);
  ADD ("insert-and-delete", test_insert_and_delete);
  ADD ("delete-series", test_delete_series);
  ADD ("cancel-date", test_cancel_date);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("from-day", test_from_day);
  ADD_DATA ("outrun-count/while-counting", 0, test_outrun_count);
  ADD_DATA ("outrun-count/while-waiting", 1, test_outrun_count);
  ADD ("drop-while-counting", test_drop_while_counting);

  return g_test_run ();
}

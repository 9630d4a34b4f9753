/* test-horizon.c: the agenda's rolling horizon of series dates
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "buurt-agenda-model.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"
#include "buurt-horizon-private.h"
#include "buurt-store-private.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS), so a fresh
 * database, and a clock of its own: the wall clock is never asked. */
typedef struct
{
  char          *path;
  BuurtDatabase *database;
  BuurtHorizon  *horizon;
  GDateTime     *now;
  guint          n_changed;     /* "changed::occurrence" heard */
} Fixture;

static GDateTime *
test_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->now);
}

static void
occurrence_changed_cb (BuurtDatabase *database,
                       const char    *table,
                       Fixture       *f)
{
  f->n_changed++;
}

static GDateTime *
utc (const char *text)
{
  GDateTime *date_time = buurt_parse_utc (text);

  g_assert_nonnull (date_time);
  return date_time;
}

static GDateTime *
amsterdam (int year,
           int month,
           int day,
           int hour,
           int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
set_clock (Fixture    *f,
           const char *now)
{
  g_clear_pointer (&f->now, g_date_time_unref);
  f->now = utc (now);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "horizon-test", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->path = g_build_filename (folder, "buurtagenda.db", NULL);
  f->database = buurt_database_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->database);

  set_clock (f, "2026-03-01T12:00:00Z");
  f->horizon = buurt_database_get_horizon (f->database);
  buurt_horizon_set_clock (f->horizon, test_clock, f);
  g_signal_connect (f->database, "changed::occurrence", G_CALLBACK (occurrence_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  g_clear_pointer (&f->now, g_date_time_unref);
  g_clear_pointer (&f->path, g_free);
}

/* Waits for the background extension, however long it takes. */
static void
wait_for_horizon (Fixture *f)
{
  while (buurt_horizon_get_busy (f->horizon))
    g_main_context_iteration (NULL, TRUE);
}

static void
roll (Fixture *f)
{
  buurt_horizon_roll (f->horizon);
  wait_for_horizon (f);
}

static char *
horizon_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) horizon = buurt_horizon_dup_horizon (f->horizon, &error);

  g_assert_no_error (error);
  return horizon != NULL ? buurt_format_utc (horizon) : NULL;
}

static gint64
save_series (Fixture    *f,
             const char *title,
             GDateTime  *starts_at,
             GTimeSpan   length,
             const char *rrule)
{
  g_autoptr(GDateTime) ends_at = g_date_time_add (starts_at, length);
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", title,
                                                  "starts-at", starts_at,
                                                  "ends-at", ends_at,
                                                  "rrule", rrule,
                                                  "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                  NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, activity, &error));
  g_assert_no_error (error);

  return buurt_entity_get_id (activity);
}

/* The starts of an activity's rows, in order. */
static GPtrArray *
row_starts (Fixture *f,
            gint64   activity_id)
{
  sqlite3 *db = buurt_store_get_db (buurt_database_get_store (f->database));
  GPtrArray *starts = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT starts_at FROM occurrence WHERE activity_id = ? "
                                           "ORDER BY starts_at", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, activity_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (starts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  return starts;
}

static guint
count_rows (Fixture *f,
            gint64   activity_id)
{
  g_autoptr(GPtrArray) starts = row_starts (f, activity_id);

  return starts->len;
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = buurt_store_get_db (buurt_database_get_store (f->database));
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Every @step_days-th day from @first (a local time) up to @horizon is a row
 * of @activity_id at the same local time, and nothing else is. */
static void
assert_complete (Fixture    *f,
                 gint64      activity_id,
                 GDateTime  *first,
                 int         step_days,
                 const char *horizon)
{
  g_autoptr(GDateTime) until = utc (horizon);
  g_autoptr(GPtrArray) starts = row_starts (f, activity_id);
  g_autoptr(GDateTime) date = g_date_time_ref (first);
  guint n = 0;

  while (g_date_time_compare (date, until) <= 0)
    {
      g_autofree char *expected = buurt_format_utc (date);
      GDateTime *next;

      g_assert_cmpuint (n, <, starts->len);
      g_assert_cmpstr (g_ptr_array_index (starts, n), ==, expected);
      n++;

      /* Adding days keeps the local time across daylight-saving changes. */
      next = g_date_time_add_days (date, step_days);
      g_date_time_unref (date);
      date = next;
    }
  g_assert_cmpuint (starts->len, ==, n);
}

/* A weekly series saved in 2026 has every Tuesday up to the horizon after
 * the clock moved to 2029 and the horizon rolled; the views hear of it. */
static void
test_roll_weekly_series (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 3, 10, 0);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 coffee;

  roll (f);
  before = horizon_text (f);
  g_assert_cmpstr (before, ==, "2028-02-29T00:00:00Z");

  coffee = save_series (f, "Koffieochtend", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY;BYDAY=TU");
  assert_complete (f, coffee, first, 7, before);

  set_clock (f, "2029-06-01T08:00:00Z");
  f->n_changed = 0;
  roll (f);
  after = horizon_text (f);
  g_assert_cmpstr (after, ==, "2031-06-01T00:00:00Z");
  assert_complete (f, coffee, first, 7, after);
  g_assert_cmpuint (f->n_changed, >=, 1);
}

/* History counts from each series' own start: a daily series of ten years
 * ago has every date, from its first to the horizon. */
static void
test_archive_from_own_start (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2016, 1, 4, 9, 30);
  g_autofree char *horizon = NULL;
  gint64 gym;

  roll (f);
  horizon = horizon_text (f);
  gym = save_series (f, "Ochtendgymnastiek", first, G_TIME_SPAN_HOUR, "FREQ=DAILY");
  assert_complete (f, gym, first, 1, horizon);

  set_clock (f, "2027-01-15T08:00:00Z");
  g_clear_pointer (&horizon, g_free);
  roll (f);
  horizon = horizon_text (f);
  g_assert_cmpstr (horizon, ==, "2029-01-14T00:00:00Z");
  assert_complete (f, gym, first, 1, horizon);
}

/* Looking at the agenda past the horizon extends it, and the agenda then
 * shows that day's dates; looking back does nothing. */
static void
test_navigate_past_horizon (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 3, 10, 0);
  g_autoptr(GDateTime) in_2029 = amsterdam (2029, 1, 2, 10, 0);
  g_autoptr(BuurtAgendaModel) model = NULL;
  g_autoptr(BuurtOccurrence) row = NULL;
  g_autofree char *horizon = NULL;
  gint64 coffee;
  guint expected = 0;

  roll (f);
  coffee = save_series (f, "Koffieochtend", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY;BYDAY=TU");
  model = buurt_agenda_model_new (f->database);

  /* A day well before the horizon costs nothing. */
  f->n_changed = 0;
  buurt_agenda_model_set_from_day (model, "2026-09-01");
  g_assert_false (buurt_horizon_get_busy (f->horizon));
  g_assert_cmpuint (f->n_changed, ==, 0);

  buurt_agenda_model_set_from_day (model, "2029-01-01");
  wait_for_horizon (f);
  horizon = horizon_text (f);
  g_assert_cmpstr (horizon, ==, "2031-01-01T00:00:00Z");
  assert_complete (f, coffee, first, 7, horizon);
  g_assert_cmpuint (f->n_changed, >=, 1);

  /* The agenda shows every Tuesday from that day to the horizon. */
  while (buurt_agenda_model_get_counting (model))
    g_main_context_iteration (NULL, TRUE);
  for (g_autoptr(GDateTime) date = g_date_time_ref (in_2029); ; )
    {
      g_autoptr(GDateTime) until = utc (horizon);
      GDateTime *next;

      if (g_date_time_compare (date, until) > 0)
        break;
      expected++;
      next = g_date_time_add_days (date, 7);
      g_date_time_unref (date);
      date = next;
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected);
  row = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (buurt_occurrence_get_day (row), ==, "2029-01-02");

  /* Looking back, or at a day the horizon reaches a year past, does nothing. */
  f->n_changed = 0;
  buurt_agenda_model_set_from_day (model, "2026-03-10");
  buurt_agenda_model_set_from_day (model, "2029-12-01");
  g_assert_false (buurt_horizon_get_busy (f->horizon));
  g_clear_pointer (&horizon, g_free);
  horizon = horizon_text (f);
  g_assert_cmpstr (horizon, ==, "2031-01-01T00:00:00Z");
}

/* Whatever the rule, the dates a rolled series has are the dates saving it
 * anew gives: extending skips ahead in the rule without losing its rhythm. */
static void
test_roll_same_as_saving (Fixture       *f,
                          gconstpointer  data)
{
  static const char * const rules[] = {
    "FREQ=WEEKLY;BYDAY=TU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
    "FREQ=WEEKLY;INTERVAL=3",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=MONTHLY;BYDAY=2TU",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYMONTHDAY=31",
    "FREQ=YEARLY;BYMONTH=4;BYDAY=-1SA",
    "FREQ=WEEKLY;BYDAY=SA;UNTIL=20300601T000000Z",
    "FREQ=MONTHLY;BYDAY=1MO;COUNT=50",
  };
  static const char * const clocks[] = {
    "2026-03-09T12:00:00Z", "2026-07-30T12:00:00Z", "2027-11-02T12:00:00Z", "2029-02-28T12:00:00Z",
  };
  g_autoptr(GDateTime) first = amsterdam (2021, 5, 4, 19, 30);
  gint64 ids[G_N_ELEMENTS (rules)];
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GError) error = NULL;

  roll (f);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    ids[i] = save_series (f, rules[i], first, 90 * G_TIME_SPAN_MINUTE, rules[i]);

  for (guint c = 0; c < G_N_ELEMENTS (clocks); c++)
    {
      set_clock (f, clocks[c]);
      roll (f);
    }
  horizon = buurt_horizon_dup_horizon (f->horizon, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(BuurtActivity) activity = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY,
                                                               ids[i], &error);
      g_autoptr(GArray) spans = NULL;
      g_autoptr(GPtrArray) starts = row_starts (f, ids[i]);

      g_assert_no_error (error);
      spans = buurt_activity_expand_all (activity, horizon, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %u dates", rules[i], spans->len);
      g_assert_cmpuint (spans->len, >, 0);
      g_assert_cmpuint (starts->len, ==, spans->len);
      for (guint j = 0; j < spans->len; j++)
        g_assert_cmpstr (g_ptr_array_index (starts, j), ==, g_array_index (spans, BuurtSpan, j).starts_at);
    }
}

/* Rolling twice adds nothing twice; a day later adds that day's dates. */
static void
test_roll_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 2, 10, 0);
  g_autoptr(GDateTime) earlier = utc ("2027-01-01T00:00:00Z");
  g_autoptr(GError) error = NULL;
  g_autofree char *horizon = NULL;
  gint64 n_rows, n_added = -1;
  gint64 gym, coffee;

  roll (f);
  gym = save_series (f, "Ochtendgymnastiek", first, G_TIME_SPAN_HOUR, "FREQ=DAILY");
  coffee = save_series (f, "Koffieochtend", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY");
  n_rows = query_int (f, "SELECT count (*) FROM occurrence");

  f->n_changed = 0;
  roll (f);
  roll (f);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM occurrence"), ==, n_rows);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* An earlier horizon is reached already. */
  g_assert_true (buurt_horizon_extend_to (f->horizon, earlier, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_added, ==, 0);

  /* The next day: one more date of the daily series, none of the weekly. */
  set_clock (f, "2026-03-02T12:00:00Z");
  roll (f);
  roll (f);
  horizon = horizon_text (f);
  g_assert_cmpstr (horizon, ==, "2028-03-01T00:00:00Z");
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM occurrence"), ==, n_rows + 1);
  assert_complete (f, gym, first, 1, horizon);
  assert_complete (f, coffee, first, 7, horizon);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM (SELECT 1 FROM occurrence "
                                 "GROUP BY activity_id, day HAVING count (*) > 1)"), ==, 0);
}

/* Series that ended, and single dates, are left as they are; a series that
 * starts after the horizon gets its dates once the horizon reaches it. */
static void
test_only_series_that_go_on (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 3, 14, 0);
  g_autoptr(GDateTime) one_off = amsterdam (2030, 5, 1, 20, 0);
  g_autoptr(GDateTime) later_start = amsterdam (2029, 9, 4, 19, 30);
  g_autofree char *horizon = NULL;
  gint64 counted, until, single, late;

  roll (f);
  counted = save_series (f, "Cursus", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY;COUNT=3");
  until = save_series (f, "Zomerwandeling", first, G_TIME_SPAN_HOUR,
                       "FREQ=WEEKLY;UNTIL=20260630T215959Z");
  single = save_series (f, "Bevrijdingsconcert", one_off, G_TIME_SPAN_HOUR, NULL);
  late = save_series (f, "Koor", later_start, G_TIME_SPAN_HOUR, "FREQ=WEEKLY");
  g_assert_cmpuint (count_rows (f, late), ==, 0);

  set_clock (f, "2029-06-01T08:00:00Z");
  roll (f);
  horizon = horizon_text (f);

  g_assert_cmpuint (count_rows (f, counted), ==, 3);
  assert_complete (f, until, first, 7, "2026-06-30T21:59:59Z");
  g_assert_cmpuint (count_rows (f, single), ==, 1);
  assert_complete (f, late, later_start, 7, horizon);
}

/* An agenda saved before the horizon was kept (no "horizon" in meta) is
 * extended from each series' own last date, without doubles. */
static void
test_without_stored_horizon (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 3, 10, 0);
  sqlite3 *db = buurt_store_get_db (buurt_database_get_store (f->database));
  g_autofree char *horizon = NULL;
  gint64 coffee;

  roll (f);
  coffee = save_series (f, "Koffieochtend", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY");
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM meta WHERE key = 'horizon'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_null (horizon_text (f));

  set_clock (f, "2028-06-01T08:00:00Z");
  roll (f);
  horizon = horizon_text (f);
  g_assert_cmpstr (horizon, ==, "2030-06-01T00:00:00Z");
  assert_complete (f, coffee, first, 7, horizon);
}

static void
keep_result_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* A cancelled extension changes nothing. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 3, 10, 0);
  g_autoptr(GDateTime) target = utc ("2035-01-01T00:00:00Z");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_rows;

  roll (f);
  save_series (f, "Koffieochtend", first, G_TIME_SPAN_HOUR, "FREQ=WEEKLY");
  before = horizon_text (f);
  n_rows = query_int (f, "SELECT count (*) FROM occurrence");

  g_cancellable_cancel (cancellable);
  buurt_horizon_extend_async (f->horizon, target, cancellable, keep_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (buurt_horizon_extend_finish (f->horizon, result, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = horizon_text (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM occurrence"), ==, n_rows);
}

/* All-day dates of a series are local dates in the table too: from midnight
 * to midnight across both daylight-saving changes of 2026. */
static void
test_all_day_rows (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) first = amsterdam (2026, 3, 22, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_add_days (first, 1);
  g_autoptr(BuurtEntity) market = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = buurt_store_get_db (buurt_database_get_store (f->database));
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  roll (f);
  market = g_object_new (BUURT_TYPE_ACTIVITY, "title", "Zondagsmarkt", "starts-at", first,
                         "ends-at", next_day, "all-day", TRUE,
                         "rrule", "FREQ=WEEKLY;UNTIL=20261231T225959Z", NULL);
  g_assert_true (buurt_database_save (f->database, market, &error));
  g_assert_no_error (error);

  /* Local midnight of its day to local midnight of the next, in SQL's words. */
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT day, starts_at, ends_at FROM occurrence ORDER BY starts_at",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(GDateTime) start = utc ((const char *) sqlite3_column_text (stmt, 1));
      g_autoptr(GDateTime) end = utc ((const char *) sqlite3_column_text (stmt, 2));
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
      g_autoptr(GDateTime) local_start = g_date_time_to_timezone (start, tz);
      g_autoptr(GDateTime) local_end = g_date_time_to_timezone (end, tz);
      g_autofree char *start_text = g_date_time_format (local_start, "%Y-%m-%d %H:%M");
      g_autofree char *expected_start = g_strconcat (day, " 00:00", NULL);
      g_autofree char *end_time = g_date_time_format (local_end, "%H:%M");

      g_assert_cmpstr (start_text, ==, expected_start);
      g_assert_cmpstr (end_time, ==, "00:00");
      g_assert_cmpint (g_date_time_get_day_of_week (local_end), ==, 1);
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 41);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/horizon/roll/weekly-series", test_roll_weekly_series);
  ADD ("/horizon/roll/archive-from-own-start", test_archive_from_own_start);
  ADD ("/horizon/roll/twice", test_roll_twice);
  ADD ("/horizon/roll/same-as-saving", test_roll_same_as_saving);
  ADD ("/horizon/roll/only-series-that-go-on", test_only_series_that_go_on);
  ADD ("/horizon/roll/without-stored-horizon", test_without_stored_horizon);
  ADD ("/horizon/roll/cancelled", test_cancelled);
  ADD ("/horizon/navigate/past-horizon", test_navigate_past_horizon);
  ADD ("/horizon/all-day/rows", test_all_day_rows);

#undef ADD

  return g_test_run ();
}

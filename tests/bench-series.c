/* bench-series.c: closures and "this and later" at 330,000 dates
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Runs under `meson test --benchmark --suite bench`. It generates the example
 * community at 330,000 dates and measures, with g_get_monotonic_time(), each
 * as the median of BENCH_RUNS runs:
 *  - baseline: saving a one-off activity (one row of the occurrence table
 *    and its search text), the unit the figures are divided by;
 *  - closure preview: what a closure of everything for two weeks in the
 *    middle of the agenda would cancel, grouped by activity;
 *  - closure apply: saving that closure, which cancels those dates in one
 *    transaction, and closure undo: deleting it (the Undo of the toast),
 *    which restores exactly them;
 *  - this and later: changing the start of a weekly series half an hour
 *    from a date in its middle on (the series splits there).
 * It prints each as milliseconds, as a ratio against the baseline and
 * against the goal of the issue (1 s). It never asserts on time; it fails
 * only on functional errors (dates not cancelled, not restored).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buurt-database-private.h"
#include "buurt-database-series.h"
#include "buurt-example-data.h"
#include "buurt-store-private.h"

#define N_OCCURRENCES 330000
#define BENCH_RUNS 5
#define BENCH_SEED 20261125
#define GOAL_MS 1000.0

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static gint64
query_int (BuurtStore *store,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (buurt_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (buurt_store_get_db (store)));
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
query_text (BuurtStore *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (buurt_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (buurt_store_get_db (store)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static void
report (const char *name,
        double      ms,
        double      baseline_ms)
{
  printf ("%-34s %10.1f ms %10.1f x baseline %8.2f x goal (1 s)\n",
          name, ms, ms / baseline_ms, ms / GOAL_MS);
}

static double
measure_baseline (BuurtDatabase *database)
{
  double runs[BENCH_RUNS];
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < BENCH_RUNS; i++)
    {
      g_autoptr(GDateTime) starts = g_date_time_add_days (now, 3 + (int) i);
      g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
      g_autoptr(BuurtActivity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                        "title", "Baseline",
                                                        "category", BUURT_CATEGORY_MEETING,
                                                        "location", "Buurthuis",
                                                        "starts-at", starts,
                                                        "ends-at", ends,
                                                        "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                        NULL);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!buurt_database_save (database, BUURT_ENTITY (activity), &error))
        g_error ("Baseline: %s", error->message);
      runs[i] = ms_since (start);
    }

  return median (runs, BENCH_RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *keep = g_getenv ("BUURT_BENCH_SERIES_DB");
  g_autofree char *dir = g_dir_make_tmp ("buurt-bench-series-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *last = NULL;
  g_autoptr(BuurtDatabase) database = NULL;
  BuurtStore *store;
  double preview_runs[BENCH_RUNS], apply_runs[BENCH_RUNS], undo_runs[BENCH_RUNS], split_runs[BENCH_RUNS];
  double baseline, generate_s;
  gint64 start, n, n_closed = 0, in_period;
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  path = g_build_filename (dir, "agenda.db", NULL);
  /* BUURT_BENCH_SERIES_DB: a copy of the generated agenda to start from
   * instead of generating it (it is copied, so it stays as it is). */
  if (keep != NULL)
    {
      g_autoptr(GFile) from = g_file_new_for_path (keep);
      g_autoptr(GFile) to = g_file_new_for_path (path);

      if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
        g_error ("%s: %s", keep, error->message);
    }
  database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  store = buurt_database_get_store (database);

  start = g_get_monotonic_time ();
  if (keep == NULL &&
      !buurt_example_data_generate (database, N_OCCURRENCES, BENCH_SEED, NULL, &error))
    g_error ("Example data: %s", error->message);
  generate_s = ms_since (start) / 1000;
  n = buurt_database_count_occurrences (database, NULL);
  printf ("# %" G_GINT64_FORMAT " dates generated in %.1f s\n", n, generate_s);

  baseline = measure_baseline (database);

  /* Two weeks from the middle of the agenda's days. */
  middle = query_text (store, "SELECT day FROM occurrence ORDER BY day "
                              "LIMIT 1 OFFSET (SELECT count (*) / 2 FROM occurrence)");
  {
    guint y, m, d;
    g_autoptr(GDateTime) first = NULL;
    g_autoptr(GDateTime) end = NULL;

    g_assert_true (buurt_parse_date (middle, &y, &m, &d));
    first = g_date_time_new_utc (y, m, d, 12, 0, 0);
    end = g_date_time_add_days (first, 13);
    last = g_date_time_format (end, "%Y-%m-%d");
  }
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (buurt_store_get_db (store),
                        "SELECT count (*) FROM occurrence WHERE day BETWEEN ?1 AND ?2 AND cancelled = 0",
                        -1, &stmt, NULL);
    sqlite3_bind_text (stmt, 1, middle, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
    sqlite3_step (stmt);
    in_period = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
  }
  printf ("# closure of everything from %s to %s: %" G_GINT64_FORMAT " dates take place then\n",
          middle, last, in_period);

  for (guint i = 0; i < BENCH_RUNS; i++)
    {
      g_autoptr(BuurtClosure) closure = buurt_closure_new ();
      g_autoptr(GArray) preview = NULL;
      g_autofree char *name = g_strdup_printf ("Kerstvakantie %u", i);

      g_object_set (closure, "name", name, "first-day", middle, "last-day", last,
                    "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);

      start = g_get_monotonic_time ();
      preview = buurt_database_preview_closure (database, closure, &n_closed, &error);
      preview_runs[i] = ms_since (start);
      g_assert_no_error (error);
      if (n_closed != in_period)
        g_error ("The preview lists %" G_GINT64_FORMAT " dates, %" G_GINT64_FORMAT " take place",
                 n_closed, in_period);

      start = g_get_monotonic_time ();
      if (!buurt_database_save (database, BUURT_ENTITY (closure), &error))
        g_error ("Apply: %s", error->message);
      apply_runs[i] = ms_since (start);
      if (query_int (store, "SELECT count (*) FROM occurrence WHERE closure_id IS NOT NULL", NULL) != in_period)
        g_error ("The closure did not cancel every date it previewed");

      start = g_get_monotonic_time ();
      if (!buurt_database_delete (database, BUURT_ENTITY (closure), &error))
        g_error ("Undo: %s", error->message);
      undo_runs[i] = ms_since (start);
      if (query_int (store, "SELECT count (*) FROM occurrence WHERE closure_id IS NOT NULL", NULL) != 0)
        g_error ("Undoing the closure did not restore every date");
    }

  /* Weekly series with many dates, one per run: each changes from a date
   * in its middle on. */
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_stmt *middle_stmt = NULL;

    if (sqlite3_prepare_v2 (buurt_store_get_db (store),
                            "SELECT o.activity_id, count (*) FROM occurrence o "
                            "JOIN activity a ON a.id = o.activity_id "
                            "WHERE a.rrule LIKE 'FREQ=WEEKLY%' AND a.rrule NOT LIKE '%INTERVAL%' "
                            "  AND a.deleted_at IS NULL "
                            "GROUP BY o.activity_id ORDER BY count (*) DESC, o.activity_id LIMIT ?1",
                            -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2 (buurt_store_get_db (store),
                            "SELECT day FROM occurrence WHERE activity_id = ?1 "
                            "ORDER BY starts_at LIMIT 1 OFFSET ?2", -1, &middle_stmt, NULL) != SQLITE_OK)
      g_error ("%s", sqlite3_errmsg (buurt_store_get_db (store)));
    sqlite3_bind_int (stmt, 1, BENCH_RUNS);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        sqlite3_reset (middle_stmt);
        sqlite3_bind_int64 (middle_stmt, 1, id);
        sqlite3_bind_int64 (middle_stmt, 2, sqlite3_column_int64 (stmt, 1) / 2);
        if (sqlite3_step (middle_stmt) != SQLITE_ROW)
          continue;
        g_ptr_array_add (series, g_strdup_printf ("%" G_GINT64_FORMAT, id));
        g_ptr_array_add (series, g_strdup ((const char *) sqlite3_column_text (middle_stmt, 0)));
      }
    sqlite3_finalize (middle_stmt);
    sqlite3_finalize (stmt);
  }
  if (series->len < 2 * BENCH_RUNS)
    g_error ("The example data has fewer than %d weekly series", BENCH_RUNS);

  for (guint i = 0; i < BENCH_RUNS; i++)
    {
      gint64 activity_id = g_ascii_strtoll (g_ptr_array_index (series, 2 * i), NULL, 10);
      const char *day = g_ptr_array_index (series, 2 * i + 1);
      g_autoptr(BuurtOccurrence) date = buurt_database_load_occurrence (database, activity_id, day);
      g_autoptr(BuurtActivity) changed = buurt_database_load (database, BUURT_TYPE_ACTIVITY, activity_id, &error);
      g_autoptr(GDateTime) starts = NULL;
      g_autoptr(GDateTime) ends = NULL;
      gint64 later_id = 0;
      gint64 before = query_int (store, "SELECT count (*) FROM occurrence", NULL);

      g_assert_no_error (error);
      g_assert_nonnull (date);
      starts = g_date_time_add_minutes (buurt_occurrence_get_starts_at (date), 30);
      ends = g_date_time_add_minutes (buurt_occurrence_get_ends_at (date), 30);
      g_object_set (changed, "starts-at", starts, "ends-at", ends, NULL);

      start = g_get_monotonic_time ();
      if (!buurt_database_change_date (database, activity_id, day, changed,
                                       BUURT_SERIES_SCOPE_THIS_AND_LATER, &later_id, &error))
        g_error ("This and later: %s", error->message);
      split_runs[i] = ms_since (start);
      if (query_int (store, "SELECT count (*) FROM occurrence", NULL) != before)
        g_error ("The split series do not have the dates the series had");
    }

  printf ("\n%-34s %13s %21s %22s\n", "at 330,000 dates (median of 5)", "time", "ratio", "goal");
  report ("baseline: save a one-off activity", baseline, baseline);
  report ("closure preview (2 weeks, all)", median (preview_runs, BENCH_RUNS), baseline);
  report ("closure apply", median (apply_runs, BENCH_RUNS), baseline);
  report ("closure undo", median (undo_runs, BENCH_RUNS), baseline);
  report ("this and later (weekly series)", median (split_runs, BENCH_RUNS), baseline);
  printf ("# %" G_GINT64_FORMAT " dates cancelled and restored per run\n", n_closed);
  fflush (stdout);

  g_clear_object (&database);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_remove (file);
      }
    g_rmdir (dir);
  }

  return 0;
}

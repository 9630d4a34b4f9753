/* bench-free-rooms.c: "Find a free room" over the 330,000-date example
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under `meson test -C _build --benchmark --suite bench bench-free-rooms`.
 * It generates the example data at 330,000 dates (about 250 venues), then
 * asks the same seeded questions of an empty database and of the example,
 * and prints the times as ratios against the empty database measured in
 * the same run. BUURT_BENCH_EXAMPLE_DATABASE names an example database made
 * before (`buurtagenda --database PATH --example-data=330000`) to skip the
 * generation. It fails only on functional errors (no answer at all).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "buurt-database-venues.h"
#include "buurt-example-data.h"

#define N_OCCURRENCES 330000
#define N_SINGLE      300
#define N_WEEKLY      100
#define SEED          20261202

typedef struct
{
  double single_median, single_p99, weekly_median, weekly_p99;
  guint  n_found;
} Figures;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  p)
{
  guint index;

  g_array_sort (times, compare_doubles);
  index = (guint) (p * (times->len - 1) + 0.5);
  return g_array_index (times, double, index);
}

static GArray *
ask (BuurtDatabase *database,
     gboolean       weekly,
     guint          n,
     guint         *n_found)
{
  static const guint people[] = { 8, 15, 25, 40 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + weekly);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n + 5; i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (today, g_rand_int_range (rand, 1, 84));
      g_autofree char *day = g_date_time_format (then, "%Y-%m-%d");
      BuurtFreeRoomRequest request = {
        .day = day,
        .weekly = weekly,
        .start = g_rand_int_range (rand, 9, 21) * 60,
        .duration = g_rand_int_range (rand, 2, 6) * 30,
        .people = people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))],
        .needs = g_rand_int_range (rand, 0, 4) == 0 ? BUURT_VENUE_NEEDS_STEP_FREE : 0,
      };
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) found = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      found = buurt_database_find_free_rooms (database, &request, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (found == NULL)
        g_error ("Free rooms on %s: %s", day, error->message);
      if (i < 5)
        continue;  /* warming up */
      g_array_append_val (times, ms);
      *n_found += g_list_model_get_n_items (found);
    }

  return times;
}

static Figures
measure (BuurtDatabase *database)
{
  Figures figures = { 0 };
  g_autoptr(GArray) single = ask (database, FALSE, N_SINGLE, &figures.n_found);
  g_autoptr(GArray) weekly = ask (database, TRUE, N_WEEKLY, &figures.n_found);

  figures.single_median = percentile (single, 0.5);
  figures.single_p99 = percentile (single, 0.99);
  figures.weekly_median = percentile (weekly, 0.5);
  figures.weekly_p99 = percentile (weekly, 0.99);
  return figures;
}

static void
print_row (const char *what,
           double      empty,
           double      full,
           const char *target)
{
  printf ("| %-32s | %8.2f | %8.2f | %7.1fx | %-9s |\n", what, empty, full,
          empty > 0 ? full / empty : 0.0, target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("buurt-bench-rooms-XXXXXX", &error);
  g_autofree char *empty_path = NULL;
  g_autofree char *full_path = NULL;
  g_autoptr(BuurtDatabase) empty = NULL;
  g_autoptr(BuurtDatabase) full = NULL;
  const char *given = g_getenv ("BUURT_BENCH_EXAMPLE_DATABASE");
  Figures e, f;
  gint64 n;

  g_assert_no_error (error);
  empty_path = g_build_filename (dir, "empty.db", NULL);
  empty = buurt_database_new (empty_path, &error);
  g_assert_no_error (error);

  if (given != NULL && *given != '\0')
    full_path = g_strdup (given);
  else
    {
      gint64 start = g_get_monotonic_time ();

      full_path = g_build_filename (dir, "example.db", NULL);
      full = buurt_database_new (full_path, &error);
      g_assert_no_error (error);
      if (!buurt_example_data_generate (full, N_OCCURRENCES, BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error))
        g_error ("Example data: %s", error->message);
      printf ("# example data generated in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
      g_clear_object (&full);
    }

  full = buurt_database_new (full_path, &error);
  g_assert_no_error (error);
  n = buurt_database_count_occurrences (full, NULL);
  printf ("# %s: %" G_GINT64_FORMAT " dates, %" G_GINT64_FORMAT " venues, %" G_GINT64_FORMAT " rooms\n",
          full_path, n, buurt_database_count (full, BUURT_TYPE_VENUE, NULL),
          buurt_database_count (full, BUURT_TYPE_ROOM, NULL));
  if (n < N_OCCURRENCES)
    g_error ("Asked for %u dates, the database has %" G_GINT64_FORMAT, N_OCCURRENCES, n);

  e = measure (empty);
  f = measure (full);
  if (f.n_found == 0)
    g_error ("No free room at all in the example data: the search is broken");

  printf ("\n| %-32s | %8s | %8s | %8s | %-9s |\n", "free-room search (ms)", "empty", "330k", "ratio", "target");
  printf ("|%s|%s|%s|%s|%s|\n", "----------------------------------", "----------", "----------",
          "----------", "-----------");
  print_row ("single date, median", e.single_median, f.single_median, "<= 16 ms");
  print_row ("single date, p99", e.single_p99, f.single_p99, "<= 50 ms");
  print_row ("weekly slot (12 weeks), median", e.weekly_median, f.weekly_median, "<= 50 ms");
  print_row ("weekly slot (12 weeks), p99", e.weekly_p99, f.weekly_p99, "");
  printf ("# %u single dates, %u weekly slots; %u rooms found in all\n", N_SINGLE, N_WEEKLY, f.n_found);

  g_clear_object (&empty);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *file = g_strconcat (empty_path, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

      g_remove (file);
    }
  if (given == NULL || *given == '\0')
    for (guint i = 0; i < 3; i++)
      {
        g_autofree char *file = g_strconcat (full_path, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

        g_remove (file);
      }
  g_rmdir (dir);
  return EXIT_SUCCESS;
}

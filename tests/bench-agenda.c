/* bench-agenda.c: how the agenda view scales from an empty database to 330,000 dates
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Runs under `meson test --benchmark --suite bench`. It generates the example
 * data once per run at 5,500 and at 330,000 dates (plus an empty database),
 * measures the real window on each and prints a table of figures, with ratios
 * against a baseline measured in the same run and the goals of the issue
 * beside them. It never asserts on time: it fails only on functional errors
 * (a database that does not open, a list that never shows, a wrong row).
 *
 * Each measurement runs in a child process (this program with --phase) with
 * a time budget, so memory is measured in fresh processes and a step that
 * takes minutes cannot hang the run: when the budget runs out the child is
 * killed and the sample it was taking is reported as a lower bound (">").
 *
 * What is measured, all with g_get_monotonic_time() on the main thread:
 *  - first frame: from buurt_database_new() (opening the file, migrations,
 *    as the application does at start) until the "after-paint" of the
 *    window's frame clock that has drawn the agenda with rows (or the empty
 *    page for the empty database); a fresh database and window each time,
 *    after one warm-up window in the same process;
 *  - search: each keystroke typed into the window's GtkSearchEntry (a
 *    letter inserted, or the word cleared), until the after-paint of the
 *    first frame after the agenda got that search: the entry's search-delay
 *    is included. Also from the entry's search-changed (the agenda getting
 *    the search) to that frame, until set_search() returned (the model has
 *    its first page and has told the list), until the first 30 rows were
 *    read, and until the model knew all its rows (it counts them in a
 *    thread; the next keystroke comes after that);
 *  - typing (330,000 dates): TYPING_WORD typed at a key every
 *    TYPING_INTERVAL_MS without waiting for anything, and for each key the
 *    time until the first frame after the agenda got a search holding it;
 *  - jump: from buurt_agenda_model_set_from_day() on the view's model, then
 *    "list.scroll-to-item" 0 as the view's date navigation does, until the
 *    first 30 rows are read, until the next frame is painted and until all
 *    rows are counted;
 *  - scroll (no goal in the issue, for diagnosis): "list.scroll-to-item" to
 *    scattered rows until painted;
 *  - SQL only (diagnosis): the same searches, jumps and scroll positions
 *    through the database alone (first page of 100 rows, and count), no GTK;
 *  - resident memory: VmRSS after the window shows the agenda and after
 *    scrolling to 50 scattered rows, one fresh process per size.
 *
 * BUURT_BENCH_BUDGET sets the budget of a step in seconds (default 90);
 * BUURT_BENCH_KEEP=1 keeps the generated databases and prints where they are.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench-agenda.h"
#include "buurt-example-data.h"

/*
 * The running side: generates the data, runs each phase in a child process
 * with a budget, collects the figures and prints the table.
 */

typedef struct
{
  GArray *samples;     /* ms of the samples that ended */
  double  cut_off_ms;  /* > 0: a sample still running when the budget ran out, this long */
  gint64  started_at;  /* µs when the running sample began, or 0 */
} Metric;

typedef struct
{
  const char *label;
  guint       n_occurrences;  /* what the generator is asked for */
  char       *dir;
  char       *path;
  double      generate_s;
  GHashTable *metrics;        /* name → Metric */
  GHashTable *values;         /* name → double * */
} Size;

typedef struct
{
  Size             *size;
  const char       *phase;
  GSubprocess      *process;
  GDataInputStream *lines;
  guint             budget_id;
  gboolean          eof;
  gboolean          exited;
  gboolean          cut_off;
} Run;

/* Phases that ran out of their budget, for the notes under the table. */
static GString *cut_off_notes;

static void
metric_free (gpointer data)
{
  Metric *metric = data;

  g_array_unref (metric->samples);
  g_free (metric);
}

static Metric *
size_metric (Size       *size,
             const char *name)
{
  Metric *metric = g_hash_table_lookup (size->metrics, name);

  if (metric == NULL)
    {
      metric = g_new0 (Metric, 1);
      metric->samples = g_array_new (FALSE, FALSE, sizeof (double));
      g_hash_table_insert (size->metrics, g_strdup (name), metric);
    }

  return metric;
}

static double
size_value (Size       *size,
            const char *name)
{
  double *value = g_hash_table_lookup (size->values, name);

  return value != NULL ? *value : NAN;
}

static void
handle_line (Run        *run,
             const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint n_words = g_strv_length (words);

  if (line[0] == '#')
    {
      printf ("%s\n", line);
      fflush (stdout);
    }
  else if (n_words >= 2 && g_str_equal (words[0], "start"))
    {
      for (guint i = 1; i < n_words; i++)
        size_metric (run->size, words[i])->started_at = g_get_monotonic_time ();
    }
  else if (n_words == 3 && g_str_equal (words[0], "sample"))
    {
      Metric *metric = size_metric (run->size, words[1]);
      double ms = g_ascii_strtod (words[2], NULL);

      g_array_append_val (metric->samples, ms);
      metric->started_at = 0;
    }
  else if (n_words == 3 && g_str_equal (words[0], "value"))
    {
      double *value = g_new (double, 1);

      *value = g_ascii_strtod (words[2], NULL);
      g_hash_table_insert (run->size->values, g_strdup (words[1]), value);
    }
  else if (line[0] != '\0')
    {
      printf ("# %s %s: %s\n", run->size->label, run->phase, line);
      fflush (stdout);
    }
}

static void read_next_line (Run *run);

static void
line_read_cb (GObject      *stream,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (stream),
                                                                    result, NULL, NULL);

  if (line == NULL)
    {
      run->eof = TRUE;
      return;
    }

  handle_line (run, line);
  read_next_line (run);
}

static void
read_next_line (Run *run)
{
  g_data_input_stream_read_line_async (run->lines, G_PRIORITY_DEFAULT, NULL, line_read_cb, run);
}

static void
exited_cb (GObject      *process,
           GAsyncResult *result,
           gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (process), result, NULL);
  run->exited = TRUE;
}

static gboolean
budget_cb (gpointer user_data)
{
  Run *run = user_data;
  GHashTableIter iter;
  gpointer name, data;
  gint64 now = g_get_monotonic_time ();

  run->budget_id = 0;
  run->cut_off = TRUE;
  g_subprocess_force_exit (run->process);

  g_hash_table_iter_init (&iter, run->size->metrics);
  while (g_hash_table_iter_next (&iter, &name, &data))
    {
      Metric *metric = data;

      if (metric->started_at == 0)
        continue;

      metric->cut_off_ms = ms_between (metric->started_at, now);
      metric->started_at = 0;
      g_string_append_printf (cut_off_notes,
                              "  %s %s: budget ran out after %u samples; the running one "
                              "had taken %.0f ms\n",
                              run->size->label, (const char *) name, metric->samples->len,
                              metric->cut_off_ms);
    }

  return G_SOURCE_REMOVE;
}

static guint
budget_seconds (void)
{
  const char *text = g_getenv ("BUURT_BENCH_BUDGET");
  guint64 seconds = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 0;

  return seconds > 0 ? (guint) seconds : DEFAULT_BUDGET_S;
}

/* Runs this program with --phase @phase on @size in a fresh process. */
static void
run_phase (Size       *size,
           const char *phase,
           guint       budget_s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", &error);
  Run run = { size, phase };
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  printf ("# %s at %s (budget %u s)\n", phase, size->label, budget_s);
  fflush (stdout);

  run.process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                  self_exe, "--phase", phase, size->path, size->label, NULL);
  if (run.process == NULL)
    g_error ("Could not start the %s phase: %s", phase, error->message);

  run.lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (run.process));
  read_next_line (&run);
  g_subprocess_wait_async (run.process, NULL, exited_cb, &run);
  run.budget_id = g_timeout_add_seconds (budget_s, budget_cb, &run);

  while (!run.eof || !run.exited)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&run.budget_id, g_source_remove);

  if (run.cut_off)
    g_string_append_printf (cut_off_notes, "  %s phase at %s: stopped after %u s\n",
                            phase, size->label, budget_s);
  else if (!g_subprocess_get_successful (run.process))
    g_error ("The %s phase at %s failed (see its messages above)", phase, size->label);

  printf ("# %s at %s: %.1f s%s\n", phase, size->label, ms_between (start, g_get_monotonic_time ()) / 1000,
          run.cut_off ? ", cut off by its budget" : "");
  fflush (stdout);

  g_clear_object (&run.lines);
  g_clear_object (&run.process);
}

static void
generate (Size *size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDatabase) database = NULL;
  gint64 start, n;

  size->dir = g_dir_make_tmp ("buurt-bench-XXXXXX", &error);
  g_assert_no_error (error);
  size->path = g_build_filename (size->dir, "agenda.db", NULL);

  database = open_store (size->path);
  if (size->n_occurrences > 0)
    {
      start = g_get_monotonic_time ();
      if (!buurt_example_data_generate (database, size->n_occurrences,
                                        BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error))
        g_error ("Example data at %u dates: %s", size->n_occurrences, error->message);
      size->generate_s = ms_between (start, g_get_monotonic_time ()) / 1000;
    }

  n = buurt_database_count_occurrences (database, NULL);
  if (n != size->n_occurrences)
    g_error ("Asked for %u dates, the database has %" G_GINT64_FORMAT, size->n_occurrences, n);

  printf ("# %s: %" G_GINT64_FORMAT " dates generated in %.1f s into %s\n",
          size->label, n, size->generate_s, size->path);
  fflush (stdout);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
size_init (Size       *size,
           const char *label,
           guint       n_occurrences)
{
  memset (size, 0, sizeof *size);
  size->label = label;
  size->n_occurrences = n_occurrences;
  size->metrics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, metric_free);
  size->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
size_clear (Size *size)
{
  if (g_getenv ("BUURT_BENCH_KEEP") == NULL)
    remove_dir (size->dir);
  else
    printf ("# kept %s\n", size->path);

  g_clear_pointer (&size->dir, g_free);
  g_clear_pointer (&size->path, g_free);
  g_clear_pointer (&size->metrics, g_hash_table_unref);
  g_clear_pointer (&size->values, g_hash_table_unref);
}

/* The report */

/* A figure that may be a lower bound only, when a sample was cut off. */
typedef struct
{
  double   value;
  gboolean lower_bound;
} Figure;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The nearest-rank percentile of the samples, the one cut off counted at
 * what it had taken; p50 of an even number is the mean of the middle two.
 * With fewer than 100 samples, p99 is the slowest. */
static Figure
metric_percentile (Size       *size,
                   const char *name,
                   double      p)
{
  Metric *metric = g_hash_table_lookup (size->metrics, name);
  g_autoptr(GArray) sorted = NULL;
  Figure figure = { NAN, FALSE };
  guint n, rank;

  if (metric == NULL)
    return figure;

  sorted = g_array_copy (metric->samples);
  if (metric->cut_off_ms > 0)
    g_array_append_val (sorted, metric->cut_off_ms);
  n = sorted->len;
  if (n == 0)
    return figure;

  g_array_sort (sorted, compare_doubles);
  if (p == 50 && n % 2 == 0)
    figure.value = (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
  else
    {
      rank = (guint) ceil (p / 100.0 * n);
      figure.value = g_array_index (sorted, double, CLAMP (rank, 1, n) - 1);
    }
  /* The sample cut off took longer than it shows; the figure is exact
   * only when that sample ranks above it. */
  figure.lower_bound = metric->cut_off_ms > 0 && metric->cut_off_ms <= figure.value;

  return figure;
}

static char *
format_figure (Figure figure)
{
  if (isnan (figure.value))
    return g_strdup ("-");

  return g_strdup_printf ("%s%.1f", figure.lower_bound ? ">" : "", figure.value);
}

static char *
format_ratio (Figure      numerator,
              Figure      denominator,
              const char *against)
{
  if (isnan (numerator.value) || isnan (denominator.value) || denominator.value <= 0)
    return g_strdup ("-");

  /* A lower bound over a lower bound says nothing. */
  if (denominator.lower_bound)
    return g_strdup ("?");

  return g_strdup_printf ("%s%.2fx vs %s", numerator.lower_bound ? ">" : "",
                          numerator.value / denominator.value, against);
}

static const char *
verdict (Figure figure,
         double goal)
{
  if (isnan (figure.value))
    return "no figure";
  if (figure.value > goal)
    return "MISSED";
  return figure.lower_bound ? "unknown (cut off)" : "met";
}

static void
print_row (const char *what,
           Figure      empty,
           Figure      small,
           Figure      large,
           const char *ratio,
           const char *goal,
           const char *outcome)
{
  g_autofree char *e = format_figure (empty);
  g_autofree char *s = format_figure (small);
  g_autofree char *l = format_figure (large);

  printf ("%-50s %9s %9s %10s  %-17s %-16s %s\n", what, e, s, l, ratio, goal, outcome);
}

static void
print_time_rows (const char *what,
                 const char *metric,
                 Size       *small,
                 Size       *large,
                 double      goal_p50,
                 double      goal_p99)
{
  static const Figure none = { NAN, FALSE };

  for (guint i = 0; i < 2; i++)
    {
      double p = i == 0 ? 50 : 99;
      double goal = i == 0 ? goal_p50 : goal_p99;
      Figure s = metric_percentile (small, metric, p);
      Figure l = metric_percentile (large, metric, p);
      g_autofree char *row = g_strdup_printf ("%s, %s (ms)", what, i == 0 ? "p50" : "p99");
      g_autofree char *ratio = format_ratio (l, s, "5.5k");
      g_autofree char *goal_text = isnan (goal) ? g_strdup ("(diagnosis)")
                                                : g_strdup_printf ("330k <= %.0f ms", goal);

      print_row (row, none, s, l, ratio, goal_text, isnan (goal) ? "" : verdict (l, goal));
    }
}

static Figure
value_figure (Size       *size,
              const char *name,
              double      scale)
{
  Figure figure = { size_value (size, name) * scale, FALSE };

  return figure;
}

static guint
metric_count (Size       *size,
              const char *name)
{
  Metric *metric = g_hash_table_lookup (size->metrics, name);

  return metric != NULL ? metric->samples->len : 0;
}

/* Typing at typing speed: each key's time to the screen. */
static void
report_typing (Size *large)
{
  guint n_keys = (guint) (isnan (size_value (large, "typing-keys")) ? 0 : size_value (large, "typing-keys"));
  Figure p50 = metric_percentile (large, "typing-paint", 50);
  Figure worst = metric_percentile (large, "typing-paint", 100);
  g_autofree char *p50_text = format_figure (p50);
  g_autofree char *worst_text = format_figure (worst);

  printf ("\nTyping \"%s\" at 330k, a key every %d ms, not waiting for counts "
          "(search-delay %.0f ms): keystroke to painted, per key (ms)\n",
          TYPING_WORD, TYPING_INTERVAL_MS, size_value (large, "search-delay-ms"));
  if (n_keys == 0)
    {
      printf ("  no figures (the phase did not run to its end)\n");
      return;
    }

  for (guint k = 1; k <= n_keys; k++)
    {
      g_autofree char *key_name = g_strdup_printf ("typing-key-%u", k);
      g_autofree char *search_name = g_strdup_printf ("typing-search-%u", k);
      guint searched = (guint) size_value (large, search_name);
      const char *end = g_utf8_offset_to_pointer (TYPING_WORD, k);
      const char *searched_end = g_utf8_offset_to_pointer (TYPING_WORD, searched);

      printf ("  %-16.*s %7.1f%s%.*s%s\n", (int) (end - TYPING_WORD), TYPING_WORD,
              size_value (large, key_name),
              searched == k ? "" : "  (shown with \"", searched == k ? 0 : (int) (searched_end - TYPING_WORD),
              TYPING_WORD, searched == k ? "" : "\")");
    }
  printf ("  median %s, slowest %s\n", p50_text, worst_text);
}

static void
report (Size *empty,
        Size *small,
        Size *large)
{
  static const Figure none = { NAN, FALSE };
  g_autoptr(GPtrArray) keystrokes = search_keystrokes ();
  Figure gen_s = { small->generate_s, FALSE }, gen_l = { large->generate_s, FALSE };
  Figure ff_e = metric_percentile (empty, "first-frame", 50);
  Figure ff_s = metric_percentile (small, "first-frame", 50);
  Figure ff_l = metric_percentile (large, "first-frame", 50);
  Figure rss_e = value_figure (empty, "rss-shown-kb", 1 / 1024.0);
  Figure rss_s = value_figure (small, "rss-shown-kb", 1 / 1024.0);
  Figure rss_l = value_figure (large, "rss-shown-kb", 1 / 1024.0);
  Figure rss2_e = value_figure (empty, "rss-scrolled-kb", 1 / 1024.0);
  Figure rss2_s = value_figure (small, "rss-scrolled-kb", 1 / 1024.0);
  Figure rss2_l = value_figure (large, "rss-scrolled-kb", 1 / 1024.0);
  Figure ff_ratio = { ff_l.value / ff_e.value, ff_l.lower_bound };
  Figure rss_ratio = { rss_l.value / rss_e.value, FALSE };
  Figure rss2_ratio = { rss2_l.value / rss2_e.value, FALSE };
  g_autofree char *r_ff = format_ratio (ff_l, ff_e, "empty");
  g_autofree char *r_ff_s = format_ratio (ff_s, ff_e, "empty");
  g_autofree char *r_rss = format_ratio (rss_l, rss_e, "empty");
  g_autofree char *r_rss2 = format_ratio (rss2_l, rss2_e, "empty");
  double delay = size_value (large, "search-delay-ms");
  g_autofree char *search_key = g_strdup_printf ("search key to painted (+%.0f ms delay)", delay);
  g_autofree char *scrolled = g_strdup_printf ("resident, after %.0f/%.0f/%.0f scrolls (MiB)",
                                               size_value (empty, "scrolls"),
                                               size_value (small, "scrolls"),
                                               size_value (large, "scrolls"));

  printf ("\n");
  printf ("Agenda benchmark: figures and ratios measured in this run\n");
  printf ("(first frame: median of %u windows after a warm-up; search: %u keystrokes;\n"
          "jump: %u dates; scroll: %u rows; p99 is nearest-rank, so with fewer than 100\n"
          "samples it is the slowest one; \">\" marks a lower bound: the budget ran out\n"
          "while that sample ran; memory: VmRSS of a fresh process per size)\n\n",
          FIRST_FRAME_RUNS, keystrokes->len, N_JUMPS, N_SCROLLS);

  printf ("%-50s %9s %9s %10s  %-17s %-16s %s\n",
          "measure", "empty", "5.5k", "330k", "ratio", "goal", "verdict");
  print_row ("example data generation (s)", none, gen_s, gen_l, "", "330k < 60 s",
             verdict (gen_l, 60));
  print_row ("first frame, median (ms)", ff_e, ff_s, ff_l, r_ff, "<= 1.3x", verdict (ff_ratio, 1.3));
  print_row ("  5.5k vs empty", none, none, none, r_ff_s, "", "");
  print_row ("  of which opening the database, median", metric_percentile (empty, "first-frame-database", 50),
             metric_percentile (small, "first-frame-database", 50),
             metric_percentile (large, "first-frame-database", 50), "", "(diagnosis)", "");
  print_row ("  of which buurt_window_new(), median", metric_percentile (empty, "first-frame-window", 50),
             metric_percentile (small, "first-frame-window", 50),
             metric_percentile (large, "first-frame-window", 50), "", "(diagnosis)", "");

  print_time_rows (search_key, "search-paint", small, large, delay + 16, delay + 50);
  print_time_rows ("  search-changed to painted", "search-app-paint", small, large, 16, 50);
  print_time_rows ("  set_search returned (1st page)", "search-model", small, large, NAN, NAN);
  print_time_rows ("  first 30 rows read", "search-rows", small, large, NAN, NAN);
  print_time_rows ("  all dates counted (thread)", "search-counted", small, large, NAN, NAN);
  print_time_rows ("  SQL only: first page", "sql-search-page", small, large, NAN, NAN);
  print_time_rows ("  SQL only: count", "sql-search-count", small, large, NAN, NAN);

  print_time_rows ("jump to a date, painted", "jump-paint", small, large, 16, 16);
  print_time_rows ("  first 30 rows read", "jump-rows", small, large, NAN, NAN);
  print_time_rows ("  all dates counted (thread)", "jump-counted", small, large, NAN, NAN);
  print_time_rows ("  SQL only: first page", "sql-jump-page", small, large, NAN, NAN);
  print_time_rows ("  SQL only: count", "sql-jump-count", small, large, NAN, NAN);

  print_time_rows ("scroll to a row, painted", "scroll-paint", small, large, NAN, NAN);
  print_time_rows ("  SQL only: page at the row, from its day", "sql-page", small, large, NAN, NAN);
  print_time_rows ("  SQL only: page at the row, by offset", "sql-page-offset", small, large, NAN, NAN);

  print_row ("resident, agenda shown (MiB)", rss_e, rss_s, rss_l, r_rss, "<= 1.5x",
             verdict (rss_ratio, 1.5));
  print_row (scrolled, rss2_e, rss2_s, rss2_l, r_rss2, "<= 1.5x", verdict (rss2_ratio, 1.5));
  print_row ("  peak (VmHWM, MiB)", value_figure (empty, "hwm-kb", 1 / 1024.0),
             value_figure (small, "hwm-kb", 1 / 1024.0), value_figure (large, "hwm-kb", 1 / 1024.0),
             "", "(diagnosis)", "");
  print_row ("  of which SQLite heap (MiB)", value_figure (empty, "sqlite-kb", 1 / 1024.0),
             value_figure (small, "sqlite-kb", 1 / 1024.0),
             value_figure (large, "sqlite-kb", 1 / 1024.0), "", "(diagnosis)", "");

  report_typing (large);

  printf ("\nSamples taken (of %u keystrokes, %u jumps, %u scrolls): "
          "search 5.5k %u, 330k %u; jump 5.5k %u, 330k %u; scroll 5.5k %u, 330k %u\n",
          keystrokes->len, N_JUMPS, N_SCROLLS,
          metric_count (small, "search-paint"), metric_count (large, "search-paint"),
          metric_count (small, "jump-paint"), metric_count (large, "jump-paint"),
          metric_count (small, "scroll-paint"), metric_count (large, "scroll-paint"));
  if (cut_off_notes->len > 0)
    printf ("Cut off by the budget of a step:\n%s", cut_off_notes->str);
  printf ("\n");
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  Size sizes[3];
  Size *empty = &sizes[0], *small = &sizes[1], *large = &sizes[2];
  guint budget_s;

  if (argc == 5 && g_str_equal (argv[1], "--phase"))
    return bench_phase_main (argv[2], argv[3], argv[4]);
  if (argc != 1)
    {
      fprintf (stderr, "Usage: %s [--phase PHASE DATABASE LABEL]\n", argv[0]);
      return 2;
    }

  /* The database reads its schema from the resources. */
  buurt_application_register_resources ();
  budget_s = budget_seconds ();
  cut_off_notes = g_string_new (NULL);
  size_init (empty, "empty", 0);
  size_init (small, "5.5k", BUURT_EXAMPLE_DEFAULT_OCCURRENCES);
  size_init (large, "330k", LARGE_OCCURRENCES);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    generate (&sizes[s]);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "first-frame", 2 * budget_s);
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "sql", 2 * budget_s);
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "search", budget_s);
  run_phase (large, "typing", budget_s);
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "jump", budget_s);
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "scroll", budget_s);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    run_phase (&sizes[s], "memory", 2 * budget_s);

  report (empty, small, large);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    size_clear (&sizes[s]);
  g_string_free (cut_off_notes, TRUE);

  return 0;
}


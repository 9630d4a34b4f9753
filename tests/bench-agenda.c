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
 *  - first frame: from buurt_window_new() until the "after-paint" of the
 *    window's frame clock that has drawn the agenda with rows (or the empty
 *    page for the empty database); a fresh database and window each time, after
 *    one warm-up window in the same process;
 *  - search: from buurt_agenda_view_set_search() (what the search entry's
 *    search-changed does; its search-delay is not included) to the
 *    after-paint of the next frame, which lays out and draws the new rows;
 *    also until set_search() returned (the model has its first page and has
 *    told the list), until the first 30 rows were read, and until the model
 *    knew all its rows (it counts them in a thread; the next sample starts
 *    after that);
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
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-application.h"
#include "buurt-test-utils.h"
#include "buurt-window.h"
#include "buurt-example-data.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

#define LARGE_OCCURRENCES 330000
#define FIRST_FRAME_RUNS 9
#define N_VISIBLE_ROWS 30
#define PAGE_ROWS 100
#define N_JUMPS 30
#define N_SCROLLS 50
#define BENCH_SEED 4242
#define DEFAULT_BUDGET_S 90
#define WAIT_TIMEOUT_MS 600000

/* Typing these words one letter at a time, then clearing the entry, gives
 * the keystrokes of the search benchmark: words the example data has and
 * words it has not, short ones that go to LIKE, an accented one and two
 * words. */
static const char *search_words[] = {
  "koffie", "taal", "wandel", "xylofoon", "brei", "schaak", "dronten",
  "café", "zeppelin", "bingo", "repair cafe",
};

/* Complete words the example data has dates of, and words it has none of:
 * the functional check of the search. */
static const char *present_words[] = { "koffie", "taal", "wandel", "brei", "schaak", "bingo" };
static const char *absent_words[] = { "xylofoon", "zeppelin" };

/* Helpers shared by both sides */

static double
ms_between (gint64 start,
            gint64 end)
{
  return (end - start) / 1000.0;
}

static char *
day_after_today (guint days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The keystrokes: every prefix of every word, then an empty entry. */
static GPtrArray *
search_keystrokes (void)
{
  GPtrArray *keystrokes = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < G_N_ELEMENTS (search_words); w++)
    {
      const char *word = search_words[w];
      const char *end = word;

      do
        {
          end = g_utf8_next_char (end);
          g_ptr_array_add (keystrokes, g_strndup (word, end - word));
        }
      while (*end != '\0');

      g_ptr_array_add (keystrokes, g_strdup (""));
    }

  return keystrokes;
}

/* The days to jump to: seeded, within the coming year. */
static GStrv
jump_days (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < N_JUMPS; i++)
    {
      g_autofree char *day = day_after_today (g_rand_int_range (rand, 1, 365));

      g_strv_builder_add (builder, day);
    }

  return g_strv_builder_end (builder);
}

/* The rows to scroll to: seeded, spread over @n_items. */
static GArray *
scroll_positions (guint n_items)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + 1);
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < N_SCROLLS && n_items > 0; i++)
    {
      guint position = g_rand_int_range (rand, 0, n_items);

      g_array_append_val (positions, position);
    }

  return positions;
}

/*
 * The measuring side: one phase in a child process. It tells the runner on
 * stdout, a line each:
 *   start METRIC...     a sample of each METRIC begins now
 *   sample METRIC MS    a sample ended
 *   value NAME NUMBER   a figure, such as a memory size
 *   # TEXT              a log line, passed on
 */

/* One application per process, as in the real program. */
static BuurtApplication *app;

static void
begin_sample (const char *metrics)
{
  printf ("start %s\n", metrics);
  fflush (stdout);
}

static void
end_sample (const char *metric,
            double      ms)
{
  printf ("sample %s %.3f\n", metric, ms);
  fflush (stdout);
}

static void
report_value (const char *name,
              double      value)
{
  printf ("value %s %.3f\n", name, value);
  fflush (stdout);
}

static void log_line (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
log_line (const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  printf ("# ");
  vprintf (format, args);
  printf ("\n");
  va_end (args);
  fflush (stdout);
}

static gint64
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;
  gsize field_len = strlen (field);

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], field, field_len) == 0 && lines[i][field_len] == ':')
      return g_ascii_strtoll (lines[i] + field_len + 1, NULL, 10);

  return -1;
}

static BuurtDatabase *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  BuurtDatabase *database = buurt_database_new (path, &error);

  if (database == NULL)
    g_error ("Could not open %s: %s", path, error->message);

  return database;
}

/* Frames of one window: counts its paints and notes the first paint that
 * showed the agenda ready. */
typedef struct
{
  BuurtWindow     *window;
  BuurtAgendaView *agenda;
  GtkWidget       *list_view;
  GdkFrameClock   *clock;
  gulong           paint_id;
  gboolean         want_rows;
  guint            n_paints;
  gint64           last_paint;
  gint64           ready_at;
  gint64           counted_at;  /* when the model last finished counting */
} FrameWatch;

static gboolean
agenda_ready (FrameWatch *watch)
{
  const char *page = buurt_agenda_view_get_page (watch->agenda);

  if (!watch->want_rows)
    return g_strcmp0 (page, "empty") == 0;

  return g_strcmp0 (page, "list") == 0 &&
         buurt_test_count_widgets (GTK_WIDGET (watch->agenda), BUURT_TYPE_AGENDA_ROW) > 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWatch    *watch)
{
  watch->last_paint = g_get_monotonic_time ();
  watch->n_paints++;

  if (watch->ready_at == 0 && agenda_ready (watch))
    watch->ready_at = watch->last_paint;
}

static void
realize_cb (GtkWidget  *window,
            FrameWatch *watch)
{
  watch->clock = g_object_ref (gtk_widget_get_frame_clock (window));
  watch->paint_id = g_signal_connect (watch->clock, "after-paint",
                                      G_CALLBACK (after_paint_cb), watch);
}

static void
counting_cb (BuurtAgendaModel *model,
             GParamSpec       *pspec,
             FrameWatch       *watch)
{
  if (!buurt_agenda_model_get_counting (model))
    watch->counted_at = g_get_monotonic_time ();
}

static gboolean
watch_ready (gpointer user_data)
{
  FrameWatch *watch = user_data;

  return watch->ready_at != 0;
}

/* Creates and presents a window on @database and waits until it has drawn the
 * agenda; returns the time that took in ms. */
static double
open_window (FrameWatch *watch,
             BuurtDatabase *database)
{
  gint64 start;

  memset (watch, 0, sizeof *watch);
  watch->want_rows = buurt_database_count_occurrences (database, NULL) > 0;

  start = g_get_monotonic_time ();
  watch->window = buurt_window_new (app, database);
  watch->agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (watch->window, "agenda"));
  g_signal_connect (buurt_agenda_view_get_model (watch->agenda), "notify::counting",
                    G_CALLBACK (counting_cb), watch);
  g_signal_connect_after (watch->window, "realize", G_CALLBACK (realize_cb), watch);
  gtk_window_set_default_size (GTK_WINDOW (watch->window), 1000, 720);
  if (g_strcmp0 (buurt_window_get_visible_view (watch->window), "agenda") != 0)
    gtk_widget_activate_action (GTK_WIDGET (watch->window), "win.view", "s", "agenda");
  gtk_window_present (GTK_WINDOW (watch->window));

  if (!buurt_test_wait_until (watch_ready, watch, WAIT_TIMEOUT_MS))
    g_error ("The window on %s never showed the agenda %s (page \"%s\")",
             buurt_database_get_path (database), watch->want_rows ? "with rows" : "as empty",
             buurt_agenda_view_get_page (watch->agenda));

  watch->list_view = buurt_test_find_widget (GTK_WIDGET (watch->agenda), GTK_TYPE_GRID_VIEW, 0);
  if (watch->want_rows && watch->list_view == NULL)
    g_error ("The agenda shows no list view");

  return ms_between (start, watch->ready_at);
}

static void
close_window (FrameWatch *watch)
{
  g_signal_handlers_disconnect_by_func (buurt_agenda_view_get_model (watch->agenda),
                                        counting_cb, watch);
  if (watch->clock != NULL)
    g_clear_signal_handler (&watch->paint_id, watch->clock);
  g_clear_object (&watch->clock);
  gtk_window_destroy (GTK_WINDOW (watch->window));
  watch->window = NULL;
  watch->agenda = NULL;
  watch->list_view = NULL;

  /* Let the destruction and any idle work finish before the next measurement. */
  buurt_test_wait_ms (200);
}

typedef struct
{
  FrameWatch *watch;
  guint       n_paints;
} PaintWait;

static gboolean
painted (gpointer user_data)
{
  PaintWait *wait = user_data;

  return wait->watch->n_paints > wait->n_paints;
}

/* Asks for a frame (a changed list asks for one itself; an unchanged one
 * would not) and waits until it is painted; returns when, in µs. */
static gint64
wait_for_paint (FrameWatch *watch)
{
  PaintWait wait = { watch, watch->n_paints };

  gtk_widget_queue_draw (GTK_WIDGET (watch->agenda));
  if (!buurt_test_wait_until (painted, &wait, WAIT_TIMEOUT_MS))
    g_error ("The window did not paint a frame within %d ms", WAIT_TIMEOUT_MS);

  return watch->last_paint;
}

/* Reads what the visible list needs: the count and the first rows. */
static guint
fetch_visible_rows (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < MIN (n, N_VISIBLE_ROWS); i++)
    {
      g_autoptr(BuurtOccurrence) occurrence = g_list_model_get_item (model, i);

      if (occurrence == NULL)
        g_error ("Row %u of %u could not be read", i, n);
    }

  return n;
}

static gboolean
counted (gpointer user_data)
{
  FrameWatch *watch = user_data;

  return !buurt_agenda_model_get_counting (buurt_agenda_view_get_model (watch->agenda));
}

/* Waits until the model knows all its rows; returns when that was, in µs,
 * or @otherwise when it had nothing to count since @since. */
static gint64
wait_counted (FrameWatch *watch,
              gint64      since,
              gint64      otherwise)
{
  if (!buurt_test_wait_until (counted, watch, WAIT_TIMEOUT_MS))
    g_error ("The agenda did not finish counting within %d ms", WAIT_TIMEOUT_MS);

  return watch->counted_at >= since ? watch->counted_at : otherwise;
}

/* Settles between samples: keystrokes and clicks come tens of ms apart, and
 * then the frame clock is idle and paints the next change at once. Each
 * sample starts with the previous count done, so samples do not overlap. */
static void
settle (FrameWatch *watch)
{
  buurt_test_wait_ms (40);
  wait_counted (watch, 0, 0);
}

static gboolean
strv_contains_word (const char * const *words,
                    guint               n_words,
                    const char         *word)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (words[i], word))
      return TRUE;

  return FALSE;
}

static void
phase_first_frame (const char *path,
                   const char *label)
{
  /* Round 0 warms up: the first window of a process loads the CSS, icons
   * and fonts, which is not what the database size changes. */
  for (guint round = 0; round <= FIRST_FRAME_RUNS; round++)
    {
      g_autoptr(BuurtDatabase) database = open_store (path);
      const char *metric = round == 0 ? "first-frame-warm-up" : "first-frame";
      FrameWatch watch;
      double ms;

      begin_sample (metric);
      ms = open_window (&watch, database);
      end_sample (metric, ms);
      log_line ("%s first frame%s: %.1f ms", label, round == 0 ? " (warm-up)" : "", ms);
      close_window (&watch);
    }
}

static void
phase_search (const char *path,
              const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  g_autoptr(GPtrArray) keystrokes = search_keystrokes ();
  GListModel *model;
  FrameWatch watch;

  open_window (&watch, database);
  model = G_LIST_MODEL (buurt_agenda_view_get_model (watch.agenda));
  buurt_test_wait_ms (300);

  for (guint i = 0; i < keystrokes->len; i++)
    {
      const char *text = g_ptr_array_index (keystrokes, i);
      const char *page;
      gint64 start, set, fetched, paint, all;
      guint n;

      settle (&watch);
      begin_sample ("search-paint search-model search-rows search-counted");
      start = g_get_monotonic_time ();
      buurt_agenda_view_set_search (watch.agenda, text);
      set = g_get_monotonic_time ();
      n = fetch_visible_rows (model);
      fetched = g_get_monotonic_time ();
      paint = wait_for_paint (&watch);
      all = wait_counted (&watch, start, set);

      end_sample ("search-model", ms_between (start, set));
      end_sample ("search-rows", ms_between (start, fetched));
      end_sample ("search-paint", ms_between (start, paint));
      end_sample ("search-counted", ms_between (start, all));
      log_line ("%s search \"%s\": %u dates at first, %u counted; set_search %.1f ms, "
                "30 rows %.1f ms, painted %.1f ms, counted %.1f ms",
                label, text, n, g_list_model_get_n_items (model), ms_between (start, set),
                ms_between (start, fetched), ms_between (start, paint), ms_between (start, all));

      /* A complete word finds what the data has, and only that. */
      page = buurt_agenda_view_get_page (watch.agenda);
      if (strv_contains_word (present_words, G_N_ELEMENTS (present_words), text) &&
          (n == 0 || g_strcmp0 (page, "list") != 0))
        g_error ("Searching \"%s\" found nothing (page \"%s\")", text, page);
      if (strv_contains_word (absent_words, G_N_ELEMENTS (absent_words), text) &&
          (n != 0 || g_strcmp0 (page, "no-results") != 0))
        g_error ("Searching \"%s\" found %u dates (page \"%s\"), expected none", text, n, page);
    }

  close_window (&watch);
}

static void
phase_jump (const char *path,
            const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  g_auto(GStrv) days = jump_days ();
  BuurtAgendaModel *agenda_model;
  GListModel *model;
  FrameWatch watch;

  open_window (&watch, database);
  agenda_model = buurt_agenda_view_get_model (watch.agenda);
  model = G_LIST_MODEL (agenda_model);
  buurt_test_wait_ms (300);

  for (guint i = 0; days[i] != NULL; i++)
    {
      g_autoptr(BuurtOccurrence) first = NULL;
      gint64 start, set, fetched, paint, all;
      guint n;

      settle (&watch);
      begin_sample ("jump-paint jump-rows jump-counted");
      start = g_get_monotonic_time ();
      buurt_agenda_model_set_from_day (agenda_model, days[i]);
      set = g_get_monotonic_time ();
      n = fetch_visible_rows (model);
      fetched = g_get_monotonic_time ();
      if (n > 0)
        gtk_widget_activate_action (watch.list_view, "list.scroll-to-item", "u", 0);
      paint = wait_for_paint (&watch);
      all = wait_counted (&watch, start, set);

      end_sample ("jump-rows", ms_between (start, fetched));
      end_sample ("jump-paint", ms_between (start, paint));
      end_sample ("jump-counted", ms_between (start, all));
      log_line ("%s jump to %s: %u dates at first, %u counted; 30 rows %.1f ms, painted %.1f ms, "
                "counted %.1f ms", label, days[i], n, g_list_model_get_n_items (model),
                ms_between (start, fetched), ms_between (start, paint), ms_between (start, all));

      /* The list starts on or after the day asked for. */
      if (n > 0)
        {
          first = g_list_model_get_item (model, 0);
          if (g_strcmp0 (buurt_occurrence_get_day (first), days[i]) < 0)
            g_error ("After a jump to %s the list starts on %s", days[i],
                     buurt_occurrence_get_day (first));
        }
    }

  close_window (&watch);
}

/* Scrolls the list to the scattered rows, each painted; as a benchmark it
 * reports the times, for memory it reports the resident size after each. */
static void
scroll_around (FrameWatch *watch,
               const char *label,
               gboolean    for_memory)
{
  GListModel *model = G_LIST_MODEL (buurt_agenda_view_get_model (watch->agenda));
  g_autoptr(GArray) positions = NULL;
  guint n;

  /* Scroll over all rows, not only the first page. */
  wait_counted (watch, 0, 0);
  n = g_list_model_get_n_items (model);
  positions = scroll_positions (n);

  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);
      g_autoptr(BuurtOccurrence) occurrence = NULL;
      gint64 start, paint;

      settle (watch);
      if (!for_memory)
        begin_sample ("scroll-paint");
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (watch->list_view, "list.scroll-to-item", "u", position);
      paint = wait_for_paint (watch);
      if (!for_memory)
        end_sample ("scroll-paint", ms_between (start, paint));
      log_line ("%s scroll to row %u of %u: painted %.1f ms", label, position, n,
                ms_between (start, paint));

      occurrence = g_list_model_get_item (model, position);
      if (occurrence == NULL)
        g_error ("Row %u of %u could not be read", position, n);

      if (for_memory)
        {
          report_value ("rss-scrolled-kb", read_status_kb ("VmRSS"));
          report_value ("scrolls", i + 1);
        }
    }
}

static void
phase_scroll (const char *path,
              const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  FrameWatch watch;

  open_window (&watch, database);
  buurt_test_wait_ms (300);
  scroll_around (&watch, label, FALSE);
  close_window (&watch);
}

static void
phase_memory (const char *path,
              const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  FrameWatch watch;

  open_window (&watch, database);
  buurt_test_wait_ms (1000);
  report_value ("rss-shown-kb", read_status_kb ("VmRSS"));
  report_value ("rss-scrolled-kb", read_status_kb ("VmRSS"));
  report_value ("scrolls", 0);
  report_value ("hwm-kb", read_status_kb ("VmHWM"));
  report_value ("sqlite-kb", sqlite3_memory_used () / 1024.0);

  scroll_around (&watch, label, TRUE);
  buurt_test_wait_ms (1000);
  report_value ("rss-scrolled-kb", read_status_kb ("VmRSS"));
  report_value ("hwm-kb", read_status_kb ("VmHWM"));
  /* SQLite's own heap, its page cache included. */
  report_value ("sqlite-kb", sqlite3_memory_used () / 1024.0);

  close_window (&watch);
}

/* What the model asks the database for one change: the first page (on the
 * main thread) and the count (in a thread), timed apart as @metric-page
 * and @metric-count. */
static gint64
store_page_and_count (BuurtDatabase             *database,
                      const BuurtAgendaQuery *query,
                      const char             *metric)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *page_metric = g_strconcat (metric, "-page", NULL);
  g_autofree char *count_metric = g_strconcat (metric, "-count", NULL);
  g_autofree char *metrics = g_strconcat (page_metric, " ", count_metric, NULL);
  gint64 start, read, n;

  begin_sample (metrics);
  start = g_get_monotonic_time ();
  rows = buurt_store_fetch_agenda (buurt_database_get_store (database), query, 0, PAGE_ROWS, &error);
  read = g_get_monotonic_time ();
  if (rows == NULL)
    g_error ("Reading the agenda: %s", error->message);
  end_sample (page_metric, ms_between (start, read));

  n = buurt_store_count_agenda (buurt_database_get_store (database), query, &error);
  end_sample (count_metric, ms_between (read, g_get_monotonic_time ()));
  if (n < 0)
    g_error ("Counting the agenda: %s", error->message);
  if (rows->len != MIN (PAGE_ROWS, n))
    g_error ("Read %u rows of %" G_GINT64_FORMAT, rows->len, n);

  return n;
}

static void
phase_sql (const char *path,
           const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  g_autoptr(GPtrArray) keystrokes = search_keystrokes ();
  g_auto(GStrv) days = jump_days ();
  g_autofree char *today = day_after_today (0);
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT (today);
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) counted_days = NULL;
  gint64 n;

  for (guint i = 0; i < keystrokes->len; i++)
    {
      const char *text = g_ptr_array_index (keystrokes, i);

      query.search = *text != '\0' ? text : NULL;
      n = store_page_and_count (database, &query, "sql-search");

      if (strv_contains_word (present_words, G_N_ELEMENTS (present_words), text) && n == 0)
        g_error ("The database finds no dates for \"%s\"", text);
      if (strv_contains_word (absent_words, G_N_ELEMENTS (absent_words), text) && n != 0)
        g_error ("The database finds %" G_GINT64_FORMAT " dates for \"%s\", expected none", n, text);
    }
  query.search = NULL;

  for (guint i = 0; days[i] != NULL; i++)
    {
      BuurtAgendaQuery jump = BUURT_AGENDA_QUERY_INIT (days[i]);

      store_page_and_count (database, &jump, "sql-jump");
    }

  /* A scroll reads the page of its row; the count, day by day, is known
   * then. The model starts the page at its day ("from its day"); skipping
   * every row before it is what it would cost without ("by offset"). */
  n = buurt_store_count_agenda_days (buurt_database_get_store (database), &query, &counted_days, NULL);
  if (n < 0)
    g_error ("Could not count the agenda of %s", path);
  positions = scroll_positions (n);
  for (guint i = 0; i < positions->len; i++)
    {
      guint offset = g_array_index (positions, guint, i) / PAGE_ROWS * PAGE_ROWS;
      const BuurtAgendaDay *day = &g_array_index (counted_days, BuurtAgendaDay, 0);
      BuurtAgendaQuery from_day = query;
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GPtrArray) skipped = NULL;
      gint64 start;

      for (guint d = 0; d < counted_days->len; d++)
        if (g_array_index (counted_days, BuurtAgendaDay, d).before <= offset)
          day = &g_array_index (counted_days, BuurtAgendaDay, d);
      from_day.from_day = day->day;

      begin_sample ("sql-page");
      start = g_get_monotonic_time ();
      rows = buurt_store_fetch_agenda (buurt_database_get_store (database), &from_day, offset - day->before, PAGE_ROWS, NULL);
      end_sample ("sql-page", ms_between (start, g_get_monotonic_time ()));

      begin_sample ("sql-page-offset");
      start = g_get_monotonic_time ();
      skipped = buurt_store_fetch_agenda (buurt_database_get_store (database), &query, offset, PAGE_ROWS, NULL);
      end_sample ("sql-page-offset", ms_between (start, g_get_monotonic_time ()));

      if (rows == NULL || rows->len == 0 || skipped == NULL || skipped->len != rows->len)
        g_error ("No rows at %u of %" G_GINT64_FORMAT, offset, n);
      if (buurt_occurrence_get_id (g_ptr_array_index (rows, 0)) !=
          buurt_occurrence_get_id (g_ptr_array_index (skipped, 0)))
        g_error ("The page at %u differs read from its day and by offset", offset);
    }

  log_line ("%s SQL: %u searches, %u jumps, %u pages read", label, keystrokes->len, N_JUMPS,
            positions->len);
}

static int
phase_main (const char *phase,
            const char *path,
            const char *label)
{
  static const struct {
    const char *name;
    void (*run) (const char *path, const char *label);
  } phases[] = {
    { "first-frame", phase_first_frame },
    { "search", phase_search },
    { "jump", phase_jump },
    { "scroll", phase_scroll },
    { "memory", phase_memory },
    { "sql", phase_sql },
  };

  /* The translations built in this tree, not the installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTAGENDA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  buurt_application_register_resources ();
  gtk_init ();
  adw_init ();
  /* Figures with a decimal point whatever the language. */
  setlocale (LC_NUMERIC, "C");

  app = buurt_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_str_equal (phases[i].name, phase))
      {
        phases[i].run (path, label);
        g_clear_object (&app);
        return 0;
      }

  g_printerr ("Unknown phase %s\n", phase);
  return 2;
}

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

  printf ("%-44s %9s %9s %10s  %-17s %-16s %s\n", what, e, s, l, ratio, goal, outcome);
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

  printf ("%-44s %9s %9s %10s  %-17s %-16s %s\n",
          "measure", "empty", "5.5k", "330k", "ratio", "goal", "verdict");
  print_row ("example data generation (s)", none, gen_s, gen_l, "", "330k < 60 s",
             verdict (gen_l, 60));
  print_row ("first frame, median (ms)", ff_e, ff_s, ff_l, r_ff, "<= 1.3x", verdict (ff_ratio, 1.3));
  print_row ("  5.5k vs empty", none, none, none, r_ff_s, "", "");

  print_time_rows ("search keystroke to painted", "search-paint", small, large, 16, 50);
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
    return phase_main (argv[2], argv[3], argv[4]);
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

/* bench-agenda-phases.c: the agenda benchmark's measurements, one phase per process
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "bench-agenda.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"
#include "buurt-test-utils.h"

/* First frame: from opening the database (buurt_database_new opens the file,
 * runs any migration and reads its id, as the application does at start)
 * until the window painted the agenda. Round 0 warms up: the first window of
 * a process loads the CSS, icons and fonts, which is not what the database
 * size changes. */
static void
phase_first_frame (const char *path,
                   const char *label)
{
  gboolean want_rows = !g_str_equal (label, "empty");

  for (guint round = 0; round <= FIRST_FRAME_RUNS; round++)
    {
      g_autoptr(BuurtDatabase) database = NULL;
      const char *metric = round == 0 ? "first-frame-warm-up" : "first-frame";
      FrameWatch watch;
      gint64 start, opened;
      double ms;

      begin_sample (round == 0 ? metric : "first-frame first-frame-database first-frame-window");
      start = g_get_monotonic_time ();
      database = open_store (path);
      buurt_database_watch (database, 1000);
      opened = g_get_monotonic_time ();
      ms = open_window (&watch, database, want_rows, start);
      end_sample (metric, ms);
      if (round > 0)
        {
          end_sample ("first-frame-database", ms_between (start, opened));
          end_sample ("first-frame-window", ms_between (opened, watch.built_at));
        }
      log_line ("%s first frame%s: %.1f ms, of which opening the database %.1f ms and "
                "buurt_window_new() %.1f ms", label, round == 0 ? " (warm-up)" : "", ms,
                ms_between (start, opened), ms_between (opened, watch.built_at));
      close_window (&watch);
    }
}

/* Search: each keystroke typed into the window's search entry; timed from
 * the key to the after-paint of the first frame after the agenda got the
 * search, so the entry's search-delay is included ("search-paint"), and
 * from the search the entry asked for to that frame ("search-app-paint"). */
static void
phase_search (const char *path,
              const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  g_autoptr(GPtrArray) keystrokes = search_keystrokes ();
  GListModel *model;
  FrameWatch watch;
  guint delay = 0;

  open_window (&watch, database, TRUE, 0);
  model = G_LIST_MODEL (buurt_agenda_view_get_model (watch.agenda));
  show_search_entry (&watch);
  g_object_get (watch.search_entry, "search-delay", &delay, NULL);
  report_value ("search-delay-ms", delay);
  buurt_test_wait_ms (300);

  for (guint i = 0; i < keystrokes->len; i++)
    {
      const char *text = g_ptr_array_index (keystrokes, i);
      const char *page;
      gint64 pressed, searched, set, fetched, paint, all;
      guint n;

      settle (&watch);
      begin_sample ("search-paint search-app-paint search-model search-rows search-counted");
      pressed = type_key (&watch, text);
      searched = wait_for_search (&watch, text);
      set = g_get_monotonic_time ();
      n = fetch_visible_rows (model);
      fetched = g_get_monotonic_time ();
      paint = wait_for_paint_after (&watch, searched);
      all = wait_counted (&watch, searched, set);

      end_sample ("search-model", ms_between (searched, set));
      end_sample ("search-rows", ms_between (searched, fetched));
      end_sample ("search-paint", ms_between (pressed, paint));
      end_sample ("search-app-paint", ms_between (searched, paint));
      end_sample ("search-counted", ms_between (searched, all));
      log_line ("%s search \"%s\": %u dates at first, %u counted; key to search %.1f ms, then "
                "set_search %.1f ms, 30 rows %.1f ms, painted %.1f ms (key to paint %.1f ms), "
                "counted %.1f ms",
                label, text, n, g_list_model_get_n_items (model), ms_between (pressed, searched),
                ms_between (searched, set), ms_between (searched, fetched),
                ms_between (searched, paint), ms_between (pressed, paint),
                ms_between (searched, all));

      /* A complete word finds what the data has, and only that. */
      page = buurt_agenda_view_get_page (watch.agenda);
      if (strv_contains_word (present_words, n_present_words, text) &&
          (n == 0 || g_strcmp0 (page, "list") != 0))
        g_error ("Searching \"%s\" found nothing (page \"%s\")", text, page);
      if (strv_contains_word (absent_words, n_absent_words, text) &&
          (n != 0 || g_strcmp0 (page, "no-results") != 0))
        g_error ("Searching \"%s\" found %u dates (page \"%s\"), expected none", text, n, page);
    }

  close_window (&watch);
}

/* Typing: TYPING_WORD into the search entry, a key every TYPING_INTERVAL_MS
 * whatever the window is doing (a key pressed while the window is busy
 * waits in the queue, as it would), without waiting for counts. */
typedef struct
{
  FrameWatch *watch;
  const char *next;           /* the rest of the word */
  gint64      first_key;      /* when the first key is pressed, µs */
  guint       n_pressed;
  gint64      pressed[64];    /* when each key was meant to be pressed */
  GArray     *searches;       /* SearchEvent: what the agenda got, when */
  GArray     *paints;         /* gint64: every after-paint */
  guint       timer_id;
} Typist;

typedef struct
{
  gint64 at;
  guint  n_chars;
} SearchEvent;

static gboolean type_next_key_cb (gpointer user_data);

static void
typist_search_cb (BuurtAgendaModel *model,
                  GParamSpec       *pspec,
                  Typist           *typist)
{
  const char *search = buurt_agenda_model_get_search (model);
  SearchEvent event = { g_get_monotonic_time (), search != NULL ? g_utf8_strlen (search, -1) : 0 };

  g_array_append_val (typist->searches, event);
}

static void
typist_paint_cb (GdkFrameClock *clock,
                 Typist        *typist)
{
  gint64 now = g_get_monotonic_time ();

  g_array_append_val (typist->paints, now);
}

static void
schedule_next_key (Typist *typist)
{
  gint64 due = typist->first_key + (gint64) typist->n_pressed * TYPING_INTERVAL_MS * 1000;
  gint64 wait_us = MAX (due - g_get_monotonic_time (), 0);

  typist->timer_id = g_timeout_add ((guint) (wait_us / 1000), type_next_key_cb, typist);
}

static gboolean
type_next_key_cb (gpointer user_data)
{
  Typist *typist = user_data;
  const char *word = TYPING_WORD;
  g_autofree char *text = NULL;

  typist->timer_id = 0;
  typist->next = g_utf8_next_char (typist->next);
  text = g_strndup (word, typist->next - word);
  type_key (typist->watch, text);
  typist->pressed[typist->n_pressed] = typist->first_key +
                                        (gint64) typist->n_pressed * TYPING_INTERVAL_MS * 1000;
  typist->n_pressed++;

  if (*typist->next != '\0')
    schedule_next_key (typist);

  return G_SOURCE_REMOVE;
}

static gboolean
typed (gpointer user_data)
{
  Typist *typist = user_data;

  return typist->timer_id == 0 && *typist->next == '\0';
}

static void
phase_typing (const char *path,
              const char *label)
{
  g_autoptr(BuurtDatabase) database = open_store (path);
  BuurtAgendaModel *model;
  FrameWatch watch;
  Typist typist = { &watch, TYPING_WORD };
  gulong search_id, paint_id;
  gint64 searched, painted;

  open_window (&watch, database, TRUE, 0);
  model = buurt_agenda_view_get_model (watch.agenda);
  show_search_entry (&watch);
  buurt_test_wait_ms (300);
  settle (&watch);

  typist.searches = g_array_new (FALSE, FALSE, sizeof (SearchEvent));
  typist.paints = g_array_new (FALSE, FALSE, sizeof (gint64));
  search_id = g_signal_connect (model, "notify::search", G_CALLBACK (typist_search_cb), &typist);
  paint_id = g_signal_connect (watch.clock, "after-paint", G_CALLBACK (typist_paint_cb), &typist);

  typist.first_key = g_get_monotonic_time ();
  schedule_next_key (&typist);
  if (!buurt_test_wait_until (typed, &typist, WAIT_TIMEOUT_MS))
    g_error ("Typing \"%s\" did not finish", TYPING_WORD);
  searched = wait_for_search (&watch, TYPING_WORD);
  painted = wait_for_paint_after (&watch, searched);
  wait_counted (&watch, 0, 0);

  g_clear_signal_handler (&search_id, model);
  g_clear_signal_handler (&paint_id, watch.clock);

  if (g_list_model_get_n_items (G_LIST_MODEL (model)) == 0)
    g_error ("Typing \"%s\" found nothing", TYPING_WORD);

  /* Each key is on screen with the first frame after the agenda got a
   * search that holds it: its own, or a later one when the next key came
   * before the search-delay ran out. */
  for (guint k = 0; k < typist.n_pressed; k++)
    {
      gint64 pressed = typist.pressed[k];
      const SearchEvent *event = NULL;
      gint64 paint = painted;
      g_autofree char *name = NULL;

      for (guint e = 0; e < typist.searches->len && event == NULL; e++)
        {
          const SearchEvent *candidate = &g_array_index (typist.searches, SearchEvent, e);

          if (candidate->at >= pressed && candidate->n_chars >= k + 1)
            event = candidate;
        }
      if (event == NULL)
        g_error ("The agenda never searched for key %u", k + 1);
      for (guint p = typist.paints->len; p > 0; p--)
        if (g_array_index (typist.paints, gint64, p - 1) > event->at)
          paint = g_array_index (typist.paints, gint64, p - 1);

      begin_sample ("typing-paint");
      end_sample ("typing-paint", ms_between (pressed, paint));
      name = g_strdup_printf ("typing-key-%u", k + 1);
      report_value (name, ms_between (pressed, paint));
      g_free (name);
      name = g_strdup_printf ("typing-search-%u", k + 1);
      report_value (name, event->n_chars);
      log_line ("%s typing \"%.*s\": key to paint %.1f ms (searched \"%.*s\")", label,
                (int) (g_utf8_offset_to_pointer (TYPING_WORD, k + 1) - TYPING_WORD), TYPING_WORD,
                ms_between (pressed, paint),
                (int) (g_utf8_offset_to_pointer (TYPING_WORD, event->n_chars) - TYPING_WORD),
                TYPING_WORD);
    }
  report_value ("typing-keys", typist.n_pressed);

  g_array_unref (typist.searches);
  g_array_unref (typist.paints);
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

  open_window (&watch, database, TRUE, 0);
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

  open_window (&watch, database, TRUE, 0);
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

  open_window (&watch, database, !g_str_equal (label, "empty"), 0);
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

      if (strv_contains_word (present_words, n_present_words, text) && n == 0)
        g_error ("The database finds no dates for \"%s\"", text);
      if (strv_contains_word (absent_words, n_absent_words, text) && n != 0)
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

int
bench_phase_main (const char *phase,
            const char *path,
            const char *label)
{
  static const struct {
    const char *name;
    void (*run) (const char *path, const char *label);
  } phases[] = {
    { "first-frame", phase_first_frame },
    { "search", phase_search },
    { "typing", phase_typing },
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

  bench_app = buurt_application_new ();
  g_application_set_flags (G_APPLICATION (bench_app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (bench_app), NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_str_equal (phases[i].name, phase))
      {
        phases[i].run (path, label);
        g_clear_object (&bench_app);
        return 0;
      }

  g_printerr ("Unknown phase %s\n", phase);
  return 2;
}

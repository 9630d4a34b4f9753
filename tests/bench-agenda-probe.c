/* bench-agenda-probe.c: the agenda benchmark's window and its frames
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-agenda.h"
#include "buurt-agenda-row.h"
#include "buurt-test-utils.h"

/*
 * The measuring side runs one phase in a child process. It tells the runner
 * on stdout, a line each:
 *   start METRIC...     a sample of each METRIC begins now
 *   sample METRIC MS    a sample ended
 *   value NAME NUMBER   a figure, such as a memory size
 *   # TEXT              a log line, passed on
 *
 * A FrameWatch follows one window: the after-paint of its frame clock, the
 * agenda model's counting and search, and the window's search entry, which
 * the search phases type into as a user does.
 */

BuurtApplication *bench_app;

void
begin_sample (const char *metrics)
{
  printf ("start %s\n", metrics);
  fflush (stdout);
}

void
end_sample (const char *metric,
            double      ms)
{
  printf ("sample %s %.3f\n", metric, ms);
  fflush (stdout);
}

void
report_value (const char *name,
              double      value)
{
  printf ("value %s %.3f\n", name, value);
  fflush (stdout);
}

void
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

gint64
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

BuurtDatabase *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  BuurtDatabase *database = buurt_database_new (path, &error);

  if (database == NULL)
    g_error ("Could not open %s: %s", path, error->message);

  return database;
}

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

static void
search_cb (BuurtAgendaModel *model,
           GParamSpec       *pspec,
           FrameWatch       *watch)
{
  const char *search = buurt_agenda_model_get_search (model);

  watch->search_set_at = g_get_monotonic_time ();
  watch->n_searches_set++;
  g_free (watch->search_set);
  watch->search_set = g_strdup (search != NULL ? search : "");
}

static gboolean
watch_ready (gpointer user_data)
{
  FrameWatch *watch = user_data;

  return watch->ready_at != 0;
}

/* Creates and presents a window on @database and waits until it has drawn the
 * agenda (with rows when @want_rows, else the empty page); returns the time
 * from @start (µs, or 0 for now) until then, in ms. */
double
open_window (FrameWatch    *watch,
             BuurtDatabase *database,
             gboolean       want_rows,
             gint64         start)
{
  BuurtAgendaModel *model;

  memset (watch, 0, sizeof *watch);
  watch->want_rows = want_rows;

  if (start == 0)
    start = g_get_monotonic_time ();
  watch->window = buurt_window_new (bench_app, database);
  watch->built_at = g_get_monotonic_time ();
  watch->agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (watch->window, "agenda"));
  model = buurt_agenda_view_get_model (watch->agenda);
  g_signal_connect (model, "notify::counting", G_CALLBACK (counting_cb), watch);
  g_signal_connect (model, "notify::search", G_CALLBACK (search_cb), watch);
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
  watch->search_entry = GTK_EDITABLE (buurt_test_find_widget (GTK_WIDGET (watch->window),
                                                              GTK_TYPE_SEARCH_ENTRY, 0));
  if (watch->search_entry == NULL)
    g_error ("The window has no search entry");

  return ms_between (start, watch->ready_at);
}

void
close_window (FrameWatch *watch)
{
  g_signal_handlers_disconnect_by_func (buurt_agenda_view_get_model (watch->agenda),
                                        counting_cb, watch);
  g_signal_handlers_disconnect_by_func (buurt_agenda_view_get_model (watch->agenda),
                                        search_cb, watch);
  g_clear_pointer (&watch->search_set, g_free);
  watch->search_entry = NULL;
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
  gint64      after;
} PaintWait;

static gboolean
painted (gpointer user_data)
{
  PaintWait *wait = user_data;

  return wait->watch->n_paints > wait->n_paints && wait->watch->last_paint > wait->after;
}

/* Asks for a frame (a changed list asks for one itself; an unchanged one
 * would not) and waits until it is painted; returns when, in µs. */
gint64
wait_for_paint (FrameWatch *watch)
{
  PaintWait wait = { watch, watch->n_paints, 0 };

  gtk_widget_queue_draw (GTK_WIDGET (watch->agenda));
  if (!buurt_test_wait_until (painted, &wait, WAIT_TIMEOUT_MS))
    g_error ("The window did not paint a frame within %d ms", WAIT_TIMEOUT_MS);

  return watch->last_paint;
}

/* Reads what the visible list needs: the count and the first rows. */
guint
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
gint64
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
void
settle (FrameWatch *watch)
{
  buurt_test_wait_ms (40);
  wait_counted (watch, 0, 0);
}

/* Waits for the first frame painted after @after (µs), asking for one;
 * returns when it was painted, in µs. */
gint64
wait_for_paint_after (FrameWatch *watch,
                      gint64      after)
{
  PaintWait wait = { watch, 0, after };

  if (watch->last_paint > after)
    return watch->last_paint;

  gtk_widget_queue_draw (GTK_WIDGET (watch->agenda));
  if (!buurt_test_wait_until (painted, &wait, WAIT_TIMEOUT_MS))
    g_error ("The window did not paint a frame within %d ms", WAIT_TIMEOUT_MS);

  return watch->last_paint;
}

/* Opens the search bar and puts the focus in its entry, as Ctrl+F does. */
void
show_search_entry (FrameWatch *watch)
{
  gtk_widget_activate_action (GTK_WIDGET (watch->window), "win.search", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (watch->search_entry));
  wait_for_paint (watch);
}

/* Makes the search entry hold @text as one key would: a letter added at the
 * end, or a word cleared at once (Ctrl+A, Delete). The entry then waits for
 * its search-delay before the window searches, as it does for a user.
 * Returns when the key was pressed, in µs. */
gint64
type_key (FrameWatch *watch,
          const char *text)
{
  const char *now = gtk_editable_get_text (watch->search_entry);
  gint64 pressed = g_get_monotonic_time ();

  if (*text != '\0' && g_str_has_prefix (text, now))
    {
      int position;

      gtk_editable_set_position (watch->search_entry, -1);
      position = gtk_editable_get_position (watch->search_entry);
      gtk_editable_insert_text (watch->search_entry, text + strlen (now), -1, &position);
    }
  else
    gtk_editable_set_text (watch->search_entry, text);

  if (g_strcmp0 (gtk_editable_get_text (watch->search_entry), text) != 0)
    g_error ("The search entry holds \"%s\", not \"%s\"",
             gtk_editable_get_text (watch->search_entry), text);

  return pressed;
}

typedef struct
{
  FrameWatch *watch;
  const char *text;
} SearchWait;

static gboolean
search_is_set (gpointer user_data)
{
  SearchWait *wait = user_data;

  return g_strcmp0 (wait->watch->search_set, wait->text) == 0;
}

/* Waits until the window gave the agenda the search @text (after the
 * entry's search-delay); returns when, in µs. */
gint64
wait_for_search (FrameWatch *watch,
                 const char *text)
{
  SearchWait wait = { watch, text };

  if (!buurt_test_wait_until (search_is_set, &wait, WAIT_TIMEOUT_MS))
    g_error ("The agenda never searched \"%s\" (it searches \"%s\")", text,
             watch->search_set != NULL ? watch->search_set : "");

  return watch->search_set_at;
}

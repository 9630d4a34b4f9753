/* test-ical-export-ui.c: the Export Calendar File dialog
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "buurt-calendar.h"
#include "buurt-database.h"
#include "buurt-entities.h"
#include "buurt-ical-export-dialog-private.h"
#include "buurt-ical-private.h"
#include "buurt-test-utils.h"
#include "buurt-window.h"

typedef struct
{
  BuurtDatabase *database;
  BuurtWindow   *window;
  char          *folder;
  char          *path;      /* where the export goes */
} Fixture;

static gint64
add_place (Fixture    *f,
           const char *venue_name)
{
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autoptr(BuurtRoom) room = buurt_room_new ();

  g_object_set (venue, "name", venue_name, "kind", BUURT_VENUE_KIND_COMMUNITY_CENTRE, NULL);
  buurt_test_save (f->database, venue);
  g_object_set (room, "venue-id", buurt_entity_get_id (BUURT_ENTITY (venue)), "name", "Grote zaal",
                "capacity", (gint64) 60, NULL);
  buurt_test_save (f->database, room);
  return buurt_entity_get_id (BUURT_ENTITY (room));
}

static void
add_activity (Fixture             *f,
              const char          *title,
              const char          *starts_at,
              const char          *rrule,
              gint64               room_id,
              BuurtActivityStatus  status)
{
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) start = buurt_parse_utc (starts_at);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);

  g_object_set (activity, "title", title, "starts-at", start, "ends-at", end, "rrule", rrule,
                "room-id", room_id, "status", status, "category", BUURT_CATEGORY_MEETING, NULL);
  buurt_test_save (f->database, activity);
}

/* Two venues with activities in 2027, one of them not published, and one
 * long past. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 schakel, palet;

  f->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  schakel = add_place (f, "Buurthuis De Schakel");
  palet = add_place (f, "MFC Het Palet");
  add_activity (f, "Stoelyoga", "2027-03-02T09:00:00Z", "FREQ=WEEKLY;COUNT=20", schakel,
                BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Taalcafé", "2027-04-08T13:00:00Z", NULL, schakel, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Repair Café", "2027-04-10T09:00:00Z", NULL, schakel, BUURT_ACTIVITY_STATUS_SUBMITTED);
  add_activity (f, "Oude bingo", "2025-01-10T18:00:00Z", NULL, schakel, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Koffieochtend", "2027-03-03T09:00:00Z", NULL, palet, BUURT_ACTIVITY_STATUS_PUBLISHED);

  f->window = buurt_test_open_window (f->database, 1000, 760);
  f->folder = g_dir_make_tmp ("test-ical-export-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "agenda.ics", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog = buurt_test_find_window (BUURT_TYPE_ICAL_EXPORT_DIALOG);

  if (dialog != NULL)
    gtk_window_destroy (dialog);
  buurt_test_close (f->window, &f->database);
  g_remove (f->path);
  g_rmdir (f->folder);
  g_free (f->path);
  g_free (f->folder);
}

static GtkWidget *
open_dialog (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-calendar", NULL));
  return GTK_WIDGET (buurt_test_wait_for_window (BUURT_TYPE_ICAL_EXPORT_DIALOG));
}

static AdwComboRow *
combo_row (GtkWidget *dialog,
           guint      nth)
{
  return ADW_COMBO_ROW (buurt_test_find_widget (dialog, ADW_TYPE_COMBO_ROW, nth));
}

/* Selects the item of @row that says @text. */
static void
select_item (AdwComboRow *row,
             const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_assert_not_reached ();
}

static void
set_range (GtkWidget *dialog,
           int        first_year,
           int        first_month,
           int        first_day,
           int        last_year,
           int        last_month,
           int        last_day)
{
  GtkCalendar *first = buurt_ical_export_dialog_get_first_calendar (BUURT_ICAL_EXPORT_DIALOG (dialog));
  GtkCalendar *last = buurt_ical_export_dialog_get_last_calendar (BUURT_ICAL_EXPORT_DIALOG (dialog));

  buurt_calendar_set_date (first, first_year, first_month, first_day);
  g_signal_emit_by_name (first, "day-selected");
  buurt_calendar_set_date (last, last_year, last_month, last_day);
  g_signal_emit_by_name (last, "day-selected");
}

static gboolean
no_dialog (gpointer user_data)
{
  return buurt_test_find_window (BUURT_TYPE_ICAL_EXPORT_DIALOG) == NULL;
}

static gboolean
label_says (GtkWidget  *root,
            const char *text)
{
  for (guint i = 0; i < buurt_test_count_widgets (root, GTK_TYPE_LABEL); i++)
    {
      GtkWidget *label = buurt_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (gtk_widget_is_drawable (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
shows_label (gpointer user_data)
{
  GtkWidget *dialog = GTK_WIDGET (buurt_test_find_window (BUURT_TYPE_ICAL_EXPORT_DIALOG));

  return dialog != NULL && label_says (dialog, user_data);
}

static gboolean
window_says (gpointer user_data)
{
  gpointer *args = user_data;

  return label_says (args[0], args[1]);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The button of the dialog's Export… */
static GtkWidget *
export_button (GtkWidget *dialog)
{
  for (guint i = 0; i < buurt_test_count_widgets (dialog, GTK_TYPE_BUTTON); i++)
    {
      GtkWidget *button = buurt_test_find_widget (dialog, GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "export.choose-file") == 0)
        return button;
    }

  g_assert_not_reached ();
}

/* The file's events as "SUMMARY@DTSTART", sorted, joined by "|". */
static char *
events_in_file (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  icalcomponent *root;
  char *joined;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  root = icalparser_parse_string (text);
  g_assert_nonnull (root);
  g_assert_nonnull (icalcomponent_get_first_component (root, ICAL_VTIMEZONE_COMPONENT));
  for (icalcomponent *event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    {
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
      g_ptr_array_add (events, g_strdup_printf ("%s@%s", icalcomponent_get_summary (event),
                                                icaltime_as_ical_string (icalcomponent_get_dtstart (event))));
    }
  icalcomponent_free (root);

  g_ptr_array_sort (events, compare_strings);
  g_ptr_array_add (events, NULL);
  joined = g_strjoinv ("|", (char **) events->pdata);
  return joined;
}

/* One venue in 2027: its published activities, each series once. */
static void
test_export_venue (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (f);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *events = NULL;
  g_autofree char *toast = NULL;
  gpointer args[2];

  adw_combo_row_set_selected (combo_row (dialog, 0), BUURT_ICAL_EXPORT_VENUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo_row (dialog, 1))));
  select_item (combo_row (dialog, 1), "Buurthuis De Schakel");
  set_range (dialog, 2027, 1, 1, 2027, 12, 31);
  g_assert_true (gtk_widget_is_sensitive (export_button (dialog)));
  buurt_test_wait_ms (300);
  buurt_test_screenshot (dialog, "ical-export");

  buurt_ical_export_dialog_export_to (BUURT_ICAL_EXPORT_DIALOG (dialog), file);
  g_assert_true (buurt_test_wait_until (no_dialog, NULL, 20000));

  events = events_in_file (f->path);
  g_assert_cmpstr (events, ==, "Stoelyoga@20270302T100000|Taalcafé@20270408T150000");

  toast = g_strdup (buurt_test_is_dutch () ? "2 activiteiten geëxporteerd" : "Exported 2 activities");
  args[0] = f->window;
  args[1] = toast;
  g_assert_true (buurt_test_wait_until (window_says, args, 5000));
  buurt_test_screenshot (GTK_WIDGET (f->window), "ical-export-done");
}

/* What the agenda shows with a search: its published activities only. */
static void
test_export_agenda (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *events = NULL;
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (buurt_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY, 0)),
                         "cafe");
  buurt_test_wait_ms (500);

  dialog = open_dialog (f);
  adw_combo_row_set_selected (combo_row (dialog, 0), BUURT_ICAL_EXPORT_AGENDA);
  gtk_switch_set_active (GTK_SWITCH (buurt_test_find_widget (dialog, GTK_TYPE_SWITCH, 0)), TRUE);
  g_assert_true (label_says (dialog, "“cafe”"));
  buurt_test_wait_ms (300);
  buurt_test_screenshot (dialog, "ical-export-agenda");

  buurt_ical_export_dialog_export_to (BUURT_ICAL_EXPORT_DIALOG (dialog), file);
  g_assert_true (buurt_test_wait_until (no_dialog, NULL, 20000));

  /* Repair Café matches too, but waits for review: not published. */
  events = events_in_file (f->path);
  g_assert_cmpstr (events, ==, "Taalcafé@20270408T150000");
}

static gboolean
progress_shown (gpointer user_data)
{
  return gtk_widget_get_visible (buurt_ical_export_dialog_get_progress_bar (user_data));
}

/* Cancelled while it runs: back to the form, and no file. */
static void
test_cancelled_export (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (f);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  gtk_switch_set_active (GTK_SWITCH (buurt_test_find_widget (dialog, GTK_TYPE_SWITCH, 0)), TRUE);
  /* Long enough to see it run and cancel it before it starts writing. */
  buurt_ical_export_set_delay_for_tests (5000);
  buurt_ical_export_dialog_export_to (BUURT_ICAL_EXPORT_DIALOG (dialog), file);
  g_assert_false (gtk_widget_is_sensitive (export_button (dialog)));

  /* The progress bar after a second. */
  g_assert_false (gtk_widget_get_visible (buurt_ical_export_dialog_get_progress_bar (BUURT_ICAL_EXPORT_DIALOG (dialog))));
  /* g_timeout_add_seconds() fires within the second after the first. */
  g_assert_true (buurt_test_wait_until (progress_shown, dialog, 2500));
  buurt_test_screenshot (dialog, "ical-export-busy");

  g_assert_true (gtk_widget_activate_action (dialog, "export.cancel", NULL));
  buurt_ical_export_set_delay_for_tests (0);
  g_assert_true (buurt_test_wait_until (shows_label,
                                        buurt_test_is_dutch () ? "Het exporteren is gestopt"
                                                               : "The export was cancelled", 20000));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (buurt_test_find_window (BUURT_TYPE_ICAL_EXPORT_DIALOG));
  buurt_test_wait_ms (300);
  buurt_test_screenshot (dialog, "ical-export-cancelled");
}

/* A last day before the first: a message, and no Export. */
static void
test_invalid_range (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (f);
  GtkWidget *button = export_button (dialog);

  g_assert_true (gtk_widget_is_sensitive (button));
  set_range (dialog, 2027, 5, 1, 2027, 4, 30);
  g_assert_true (label_says (dialog, buurt_test_is_dutch () ? "De laatste dag ligt vóór de eerste dag"
                                                            : "The last day is before the first day"));
  g_assert_false (gtk_widget_is_sensitive (button));
  buurt_test_wait_ms (300);
  buurt_test_screenshot (dialog, "ical-export-invalid-range");

  /* All dates: no range, so nothing wrong with it. */
  gtk_switch_set_active (GTK_SWITCH (buurt_test_find_widget (dialog, GTK_TYPE_SWITCH, 0)), TRUE);
  g_assert_true (gtk_widget_is_sensitive (button));
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ical-export/venue", test_export_venue);
  ADD ("/ical-export/agenda", test_export_agenda);
  ADD ("/ical-export/cancelled", test_cancelled_export);
  ADD ("/ical-export/invalid-range", test_invalid_range);

  return g_test_run ();
}

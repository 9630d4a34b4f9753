/* test-series-ui.c: changing one date or the rest of a series, and closures,
 * as a user does it
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "buurt-activity-editor-private.h"
#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-closures-window-private.h"
#include "buurt-database-series.h"
#include "buurt-entities.h"
#include "buurt-test-utils.h"

/* A fresh agenda with a venue of two rooms and a weekly coffee morning on
 * six dates from next week on, 10:00 – 12:00 in the big room. */
typedef struct
{
  BuurtDatabase *database;
  GtkWindow     *parent;     /* stands in for the main window */
  gint64         venue_id;
  gint64         big_room;
  gint64         small_room;
  gint64         series_id;
  char          *days[6];
} Fixture;

static gint64
save (Fixture  *fixture,
      gpointer  entity)
{
  buurt_test_save (fixture->database, entity);
  return buurt_entity_get_id (BUURT_ENTITY (entity));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(BuurtEntity) big = NULL;
  g_autoptr(BuurtEntity) small = NULL;
  g_autoptr(BuurtEntity) series = NULL;

  fixture->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  venue = g_object_new (BUURT_TYPE_VENUE, "name", "MFC Het Palet", "kind", BUURT_VENUE_KIND_MFC, NULL);
  fixture->venue_id = save (fixture, venue);
  big = g_object_new (BUURT_TYPE_ROOM, "venue-id", fixture->venue_id, "name", "Grote zaal",
                      "capacity", (gint64) 40, NULL);
  fixture->big_room = save (fixture, big);
  small = g_object_new (BUURT_TYPE_ROOM, "venue-id", fixture->venue_id, "name", "Kleine zaal",
                        "capacity", (gint64) 12, NULL);
  fixture->small_room = save (fixture, small);

  starts = g_date_time_new (zone, g_date_time_get_year (next_week), g_date_time_get_month (next_week),
                            g_date_time_get_day_of_month (next_week), 10, 0, 0);
  ends = g_date_time_add_hours (starts, 2);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->days); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_weeks (starts, i);

      fixture->days[i] = g_date_time_format (day, "%Y-%m-%d");
    }
  series = g_object_new (BUURT_TYPE_ACTIVITY,
                         "title", "Koffieochtend",
                         "category", BUURT_CATEGORY_MEETING,
                         "room-id", fixture->big_room,
                         "starts-at", starts,
                         "ends-at", ends,
                         "tzid", "Europe/Amsterdam",
                         "rrule", "FREQ=WEEKLY;COUNT=6",
                         "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                         NULL);
  fixture->series_id = save (fixture, series);

  fixture->parent = GTK_WINDOW (gtk_window_new ());
  buurt_test_show_window (fixture->parent, 900, 760);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->days); i++)
    g_clear_pointer (&fixture->days[i], g_free);
  buurt_test_close (fixture->parent, &fixture->database);
}

static BuurtOccurrence *
date_of (Fixture *fixture,
         gint64   activity_id,
         guint    i)
{
  BuurtOccurrence *occurrence = buurt_database_load_occurrence (fixture->database, activity_id, fixture->days[i]);

  g_assert_nonnull (occurrence);
  return occurrence;
}

static char *
local_start (Fixture *fixture,
             gint64   activity_id,
             guint    i)
{
  g_autoptr(BuurtOccurrence) occurrence = date_of (fixture, activity_id, i);

  return buurt_format_time (buurt_occurrence_get_starts_at (occurrence), "Europe/Amsterdam");
}

static gboolean
is_destroyed (gpointer user_data)
{
  return *(gboolean *) user_data;
}

static void
destroyed_cb (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

/* Opens the editor from date @i of the series, as "Edit" in the agenda does. */
static BuurtActivityEditor *
open_editor_at (Fixture  *fixture,
                guint     i,
                gboolean *destroyed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtActivity) series = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY,
                                                         fixture->series_id, &error);
  g_autoptr(BuurtOccurrence) occurrence = date_of (fixture, fixture->series_id, i);
  BuurtActivityEditor *editor;

  g_assert_no_error (error);
  editor = buurt_activity_editor_new (fixture->parent, fixture->database, series, FALSE);
  buurt_activity_editor_set_date (editor, occurrence);
  *destroyed = FALSE;
  g_signal_connect (editor, "destroy", G_CALLBACK (destroyed_cb), destroyed);
  buurt_test_show_window (editor, 0, 0);
  return editor;
}

static AdwMessageDialog *
ask_scope (BuurtActivityEditor *editor)
{
  AdwMessageDialog *dialog;

  g_assert_false (buurt_activity_editor_save (editor));
  dialog = buurt_activity_editor_get_scope_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "this"));
  g_assert_true (adw_message_dialog_has_response (dialog, "later"));
  g_assert_true (adw_message_dialog_has_response (dialog, "every"));
  return dialog;
}

/* What the agenda's toast would undo: the editor's change, once saved. */
static void
saved_cb (BuurtActivityEditor  *editor,
          BuurtActivity        *activity,
          BuurtCommand        **command)
{
  BuurtCommand *saved = buurt_activity_editor_get_command (editor);

  g_set_object (command, saved);
}

/* The third date moves to 14:00 in the small room: only that date; Undo
 * puts it back. */
static void
test_only_this_date (Fixture       *fixture,
                     gconstpointer  data)
{
  gboolean destroyed = FALSE;
  BuurtActivityEditor *editor = open_editor_at (fixture, 2, &destroyed);
  AdwMessageDialog *dialog;
  g_autofree char *moved = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(BuurtOccurrence) occurrence = NULL;
  g_autoptr(BuurtCommand) command = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &command);
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_start_entry (editor)), ==, "10:00");
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "14:00");
  gtk_editable_set_text (buurt_activity_editor_get_end_entry (editor), "16:00");
  adw_combo_row_set_selected (buurt_activity_editor_get_room_row (editor), 1);
  buurt_test_screenshot (GTK_WIDGET (editor), "series-editor-one-date");

  dialog = ask_scope (editor);
  buurt_test_screenshot (GTK_WIDGET (dialog), "series-scope-question");
  adw_message_dialog_response (dialog, "this");
  g_assert_true (buurt_test_wait_until (is_destroyed, &destroyed, 5000));

  moved = local_start (fixture, fixture->series_id, 2);
  kept = local_start (fixture, fixture->series_id, 3);
  g_assert_cmpstr (moved, ==, "14:00");
  g_assert_cmpstr (kept, ==, "10:00");
  occurrence = date_of (fixture, fixture->series_id, 2);
  g_assert_true (buurt_occurrence_get_overridden (occurrence));
  g_assert_nonnull (strstr (buurt_occurrence_dup_place (occurrence), "Kleine zaal"));

  /* Undo: the date follows the series again. */
  g_assert_nonnull (command);
  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_clear_pointer (&moved, g_free);
  moved = local_start (fixture, fixture->series_id, 2);
  g_assert_cmpstr (moved, ==, "10:00");
  g_clear_object (&occurrence);
  occurrence = date_of (fixture, fixture->series_id, 2);
  g_assert_false (buurt_occurrence_get_overridden (occurrence));
}

/* From the fourth date on, the coffee morning starts at 10:30; the dates
 * before keep 10:00. */
static void
test_this_and_later (Fixture       *fixture,
                     gconstpointer  data)
{
  gboolean destroyed = FALSE;
  BuurtActivityEditor *editor = open_editor_at (fixture, 3, &destroyed);
  g_autoptr(GListModel) activities = NULL;
  g_autofree char *before = NULL;
  g_autoptr(BuurtCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  gint64 later_id = 0;

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &command);
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "10:30");
  gtk_editable_set_text (buurt_activity_editor_get_end_entry (editor), "12:30");
  adw_message_dialog_response (ask_scope (editor), "later");
  g_assert_true (buurt_test_wait_until (is_destroyed, &destroyed, 5000));

  before = local_start (fixture, fixture->series_id, 2);
  g_assert_cmpstr (before, ==, "10:00");
  g_assert_null (buurt_database_load_occurrence (fixture->database, fixture->series_id, fixture->days[3]));

  activities = buurt_database_list (fixture->database, BUURT_TYPE_ACTIVITY, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BuurtEntity) activity = g_list_model_get_item (activities, i);

      if (buurt_entity_get_id (activity) != fixture->series_id)
        later_id = buurt_entity_get_id (activity);
    }
  for (guint i = 3; i < 6; i++)
    {
      g_autofree char *start = local_start (fixture, later_id, i);

      g_assert_cmpstr (start, ==, "10:30");
    }

  /* Undo: one series again, every date at 10:00. */
  g_assert_nonnull (command);
  g_assert_cmpint (buurt_command_get_later_id (command), ==, later_id);
  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_clear_object (&activities);
  activities = buurt_database_list (fixture->database, BUURT_TYPE_ACTIVITY, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 1);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *start = local_start (fixture, fixture->series_id, i);

      g_assert_cmpstr (start, ==, "10:00");
    }
}

/* A closure of the venue over the second and third date: the preview lists
 * them, applying cancels them and says why, Undo brings them back. */
static void
test_closure_preview_apply_undo (Fixture       *fixture,
                                 gconstpointer  data)
{
  BuurtClosuresWindow *window = buurt_closures_window_new (fixture->parent, fixture->database);
  g_autoptr(BuurtOccurrence) closed = NULL;
  g_autofree char *reason = NULL;
  GtkWidget *undo = NULL;

  buurt_test_show_window (window, 640, 680);
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "empty");
  buurt_test_screenshot (GTK_WIDGET (window), "closures-empty");

  gtk_widget_activate_action (GTK_WIDGET (window), "closures.add", NULL);
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "form");

  /* The last day before the first is refused with a message; nothing changes. */
  gtk_editable_set_text (buurt_closures_window_get_name_entry (window), "Verbouwing MFC Het Palet");
  buurt_closures_window_set_days (window, fixture->days[2], fixture->days[1]);
  gtk_widget_activate_action (GTK_WIDGET (window), "closures.preview", NULL);
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "form");
  g_assert_nonnull (buurt_closures_window_get_form_error (window));

  buurt_closures_window_set_days (window, fixture->days[1], fixture->days[2]);
  buurt_closures_window_set_scope (window, BUURT_CLOSURE_SCOPE_VENUE, fixture->venue_id);
  buurt_test_screenshot (GTK_WIDGET (window), "closure-form");
  gtk_widget_activate_action (GTK_WIDGET (window), "closures.preview", NULL);
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "preview");
  g_assert_cmpuint (buurt_closures_window_get_n_preview_rows (window), ==, 1);
  g_assert_nonnull (strstr (buurt_closures_window_get_preview_text (window), "2"));
  g_assert_false (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 1)));
  buurt_test_screenshot (GTK_WIDGET (window), "closure-preview");

  gtk_widget_activate_action (GTK_WIDGET (window), "closures.apply", NULL);
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "list");
  closed = date_of (fixture, fixture->series_id, 1);
  g_assert_true (buurt_occurrence_get_cancelled (closed));
  reason = buurt_occurrence_dup_cancel_reason (closed);
  g_assert_nonnull (strstr (reason, "Verbouwing MFC Het Palet"));
  g_test_message ("%s", reason);
  g_assert_true (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 2)));
  g_assert_false (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 3)));
  buurt_test_screenshot (GTK_WIDGET (window), "closures-list");

  /* The editor of the series says that two of its dates are closed. */
  {
    gboolean destroyed = FALSE;
    BuurtActivityEditor *editor = open_editor_at (fixture, 3, &destroyed);
    g_autofree char *note = g_strdup_printf (ngettext ("%d date falls in a closure and is skipped until the closure is lifted.",
                                                         "%d dates fall in a closure and are skipped until the closure is lifted.",
                                                         2), 2);

    g_assert_nonnull (strstr (buurt_activity_editor_get_series_note (editor), note));
    gtk_window_destroy (GTK_WINDOW (editor));
  }

  for (guint i = 0; (undo = buurt_test_find_widget (GTK_WIDGET (buurt_closures_window_get_toast_overlay (window)),
                                                     GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (undo)), _("_Undo")) == 0)
      break;
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");

  g_assert_false (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 1)));
  g_assert_false (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 2)));
  g_assert_cmpstr (buurt_closures_window_get_page (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
row_shows (BuurtAgendaView *agenda,
           const char      *status)
{
  GtkWidget *row;

  for (guint i = 0; (row = buurt_test_find_widget (GTK_WIDGET (agenda), BUURT_TYPE_AGENDA_ROW, i)) != NULL; i++)
    if (g_strcmp0 (buurt_agenda_row_get_status (BUURT_AGENDA_ROW (row)), status) == 0)
      return TRUE;

  return FALSE;
}

/* Every date says why it does not take place, and a changed date says it
 * differs from its series: in the agenda's rows and in the detail. */
static void
test_agenda_says_why (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(BuurtActivity) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *closed_status = NULL;
  g_autoptr(BuurtOccurrence) moved = date_of (fixture, fixture->series_id, 3);
  g_autoptr(GDateTime) starts = g_date_time_add_hours (buurt_occurrence_get_starts_at (moved), 3);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  BuurtWindow *window;
  BuurtAgendaView *agenda;
  GListModel *model;
  guint closed_position = G_MAXUINT;

  /* The second date by hand, the third by a closure, the fourth later. */
  series = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, fixture->series_id, &error);
  g_assert_no_error (error);
  g_object_set (series, "cancelled-dates", fixture->days[1], NULL);
  buurt_test_save (fixture->database, series);
  g_object_set (closure, "name", "Kerstvakantie", "first-day", fixture->days[2], "last-day", fixture->days[2],
                "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);
  buurt_test_save (fixture->database, closure);
  changed = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, fixture->series_id, &error);
  g_object_set (changed, "starts-at", starts, "ends-at", ends, NULL);
  g_assert_true (buurt_database_change_date (fixture->database, fixture->series_id, fixture->days[3], changed,
                                             BUURT_SERIES_SCOPE_THIS_DATE, NULL, &error));
  g_assert_no_error (error);

  g_settings_reset (buurt_application_get_settings (buurt_test_application ()), "agenda-filters");
  window = buurt_test_open_window (fixture->database, 1100, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "agenda");
  agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (window, "agenda"));
  model = G_LIST_MODEL (buurt_agenda_view_get_model (agenda));
  buurt_test_wait_ms (300);

  /* Translators' words, as the rows say them. */
  closed_status = g_strdup_printf (_("Closed: %s"), "Kerstvakantie");
  g_assert_true (row_shows (agenda, _("Cancelled")));
  g_assert_true (row_shows (agenda, closed_status));
  g_assert_true (row_shows (agenda, _("Changed date")));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BuurtOccurrence) occurrence = g_list_model_get_item (model, i);

      if (g_strcmp0 (buurt_occurrence_get_day (occurrence), fixture->days[2]) == 0)
        closed_position = i;
    }
  g_assert_cmpuint (closed_position, !=, G_MAXUINT);
  buurt_agenda_view_open (agenda, closed_position);
  g_assert_nonnull (agenda->current);
  g_assert_cmpstr (buurt_occurrence_get_closure (agenda->current), ==, "Kerstvakantie");
  /* A closed date comes back when the closure is lifted, not by hand. */
  gtk_widget_activate_action (GTK_WIDGET (agenda), "agenda.cancel-date", NULL);
  g_assert_true (buurt_occurrence_get_cancelled (date_of (fixture, fixture->series_id, 2)));
  buurt_test_screenshot (GTK_WIDGET (window), "agenda-closed-and-changed-dates");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* While the user edits the rule, the editor says how many dates fall in a
 * closure of the venue and will be skipped; the note follows the rule. */
static void
test_editor_notes_closure (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *two = NULL;
  BuurtActivityEditor *editor;
  GtkSpinButton *count;

  g_object_set (closure, "name", "Verbouwing MFC Het Palet", "first-day", fixture->days[3],
                "last-day", fixture->days[4], "scope", BUURT_CLOSURE_SCOPE_VENUE,
                "venue-id", fixture->venue_id, NULL);
  buurt_test_save (fixture->database, closure);

  series = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, fixture->series_id, &error);
  g_assert_no_error (error);
  editor = buurt_activity_editor_new (fixture->parent, fixture->database, series, FALSE);
  buurt_test_show_window (editor, 0, 0);

  /* Six dates: the fourth and fifth fall in the closure. */
  two = g_strdup_printf (ngettext ("%d date falls in the closure “%s” and will be skipped.",
                                   "%d dates fall in the closure “%s” and will be skipped.", 2),
                         2, "Verbouwing MFC Het Palet");
  g_assert_cmpstr (buurt_activity_editor_get_closure_note (editor), ==, two);
  buurt_test_screenshot (GTK_WIDGET (editor), "series-editor-closure-note");

  /* Three dates end before the closure: no note. */
  count = buurt_activity_editor_get_count_spin (editor);
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_row (editor), BUURT_REPEAT_WEEKLY);
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_end_row (editor), BUURT_REPEAT_END_COUNT);
  gtk_spin_button_set_value (count, 3);
  g_assert_null (buurt_activity_editor_get_closure_note (editor));

  /* Four dates: one falls in it. */
  gtk_spin_button_set_value (count, 4);
  {
    g_autofree char *one = g_strdup_printf (ngettext ("%d date falls in the closure “%s” and will be skipped.",
                                                      "%d dates fall in the closure “%s” and will be skipped.", 1),
                                            1, "Verbouwing MFC Het Palet");

    g_assert_cmpstr (buurt_activity_editor_get_closure_note (editor), ==, one);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/series-ui/only-this-date", test_only_this_date);
  ADD ("/series-ui/this-and-later", test_this_and_later);
  ADD ("/series-ui/closure-preview-apply-undo", test_closure_preview_apply_undo);
  ADD ("/series-ui/agenda-says-why", test_agenda_says_why);
  ADD ("/series-ui/editor-notes-closure", test_editor_notes_closure);

#undef ADD

  return g_test_run ();
}

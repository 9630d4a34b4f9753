/* test-agenda-editor.c: the activity editor, filled in as a user would
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-activity-editor-private.h"
#include "buurt-test-utils.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

typedef struct
{
  BuurtDatabase *database;
  GtkWindow  *parent;    /* stands in for the main window */
  gint64      room_id;
  gint64      contact_id;
} Fixture;

static void
save_or_fail (BuurtDatabase *database,
              gpointer       entity)
{
  buurt_test_save (database, entity);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autoptr(BuurtRoom) room = buurt_room_new ();
  g_autoptr(BuurtContact) contact = buurt_contact_new ();

  fixture->database = buurt_test_open_database (BUURT_TEST_EMPTY);

  g_object_set (venue, "name", "De Schakel", NULL);
  save_or_fail (fixture->database, venue);
  g_object_set (room,
                "venue-id", buurt_entity_get_id (BUURT_ENTITY (venue)),
                "name", "Grote zaal",
                "capacity", (gint64) 40,
                NULL);
  save_or_fail (fixture->database, room);
  fixture->room_id = buurt_entity_get_id (BUURT_ENTITY (room));
  g_object_set (contact, "name", "Welzijn Dronten", NULL);
  save_or_fail (fixture->database, contact);
  fixture->contact_id = buurt_entity_get_id (BUURT_ENTITY (contact));

  fixture->parent = GTK_WINDOW (gtk_window_new ());
  buurt_test_show_window (fixture->parent, 900, 760);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  buurt_test_close (fixture->parent, &fixture->database);
}

/* Helpers */

typedef struct
{
  BuurtActivityEditor *editor;
  BuurtActivity       *saved;     /* what "saved" passed */
  gboolean             destroyed;
} Session;

static void
saved_cb (BuurtActivityEditor *editor,
          BuurtActivity       *activity,
          Session             *session)
{
  g_assert_null (session->saved);
  session->saved = g_object_ref (activity);
}

static void
destroyed_cb (GtkWidget *editor,
              Session   *session)
{
  session->destroyed = TRUE;
}

static gboolean
is_destroyed (gpointer user_data)
{
  Session *session = user_data;

  return session->destroyed;
}

static void
session_open (Session       *session,
              Fixture       *fixture,
              BuurtActivity *activity,
              gboolean       duplicate)
{
  *session = (Session) { 0 };
  session->editor = buurt_activity_editor_new (fixture->parent, fixture->database, activity, duplicate);
  g_signal_connect (session->editor, "saved", G_CALLBACK (saved_cb), session);
  g_signal_connect (session->editor, "destroy", G_CALLBACK (destroyed_cb), session);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (session->editor)) == fixture->parent);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (session->editor)));
  buurt_test_show_window (session->editor, 0, 0);
}

/* Saving closes the editor. */
static void
session_save (Session *session)
{
  g_assert_true (buurt_activity_editor_save (session->editor));
  g_assert_nonnull (session->saved);
  g_assert_true (buurt_test_wait_until (is_destroyed, session, 5000));
}

static void
session_close (Session *session)
{
  if (!session->destroyed)
    gtk_window_destroy (GTK_WINDOW (session->editor));
  g_clear_object (&session->saved);
}

static void
set_date (GtkCalendar *calendar,
          int          year,
          int          month,
          int          day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (calendar, date);
}

static void
fill_in (BuurtActivityEditor *editor,
         const char          *title,
         int                  year,
         int                  month,
         int                  day,
         const char          *start,
         const char          *end)
{
  gtk_editable_set_text (buurt_activity_editor_get_title_entry (editor), title);
  /* The first venue; a new activity starts with none chosen. */
  if (adw_combo_row_get_selected (buurt_activity_editor_get_venue_row (editor)) == 0)
    adw_combo_row_set_selected (buurt_activity_editor_get_venue_row (editor), 1);
  set_date (buurt_activity_editor_get_date_calendar (editor), year, month, day);
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), start);
  gtk_editable_set_text (buurt_activity_editor_get_end_entry (editor), end);
}

static GPtrArray *
agenda_from (BuurtDatabase *database,
             const char *day)
{
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT (day);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = buurt_store_fetch_agenda (buurt_database_get_store (database), &query, 0, 500, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

/* Asserts that every date of the agenda from @from_day starts at
 * @hour:00 local time, and that @days are exactly its dates. */
static void
assert_dates_at (BuurtDatabase  *database,
                 const char  *from_day,
                 int          hour,
                 const char **days)
{
  g_autoptr(GPtrArray) rows = agenda_from (database, from_day);

  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **) days));
  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (rows, i);
      g_autoptr(GDateTime) local = buurt_in_zone (buurt_occurrence_get_starts_at (occurrence), "Europe/Amsterdam");

      g_assert_cmpstr (buurt_occurrence_get_day (occurrence), ==, days[i]);
      g_assert_cmpint (g_date_time_get_hour (local), ==, hour);
      g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
    }
}

/* Shown, with the English text; any text in Dutch. */
static void
assert_error (BuurtActivityEditor *editor,
              const char          *field,
              const char          *english)
{
  GtkLabel *label = buurt_activity_editor_get_error_label (editor, field);

  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (label)));
  if (buurt_test_is_dutch ())
    g_assert_cmpstr (gtk_label_get_label (label), !=, "");
  else
    g_assert_cmpstr (gtk_label_get_label (label), ==, english);
}

static void
assert_no_error (BuurtActivityEditor *editor,
                 const char          *field)
{
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (buurt_activity_editor_get_error_label (editor, field))));
}

static gboolean
has_focus_in (BuurtActivityEditor *editor,
              gpointer             widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (editor));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static BuurtActivity *
save_activity (Fixture    *fixture,
               const char *title,
               const char *starts_at,
               const char *ends_at,
               const char *rrule)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (starts_at, tz);
  g_autoptr(GDateTime) end = g_date_time_new_from_iso8601 (ends_at, tz);
  BuurtActivity *activity = buurt_activity_new ();

  g_object_set (activity,
                "title", title,
                "starts-at", start,
                "ends-at", end,
                "rrule", rrule,
                "room-id", fixture->room_id,
                "organiser-id", fixture->contact_id,
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                NULL);
  save_or_fail (fixture->database, activity);
  return activity;
}

/* Tests */

/* A weekly 10:00 stays at 10:00 on both sides of a change of the clocks. */
static void
test_editor_weekly_across_dst (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *march[] = { "2027-03-14", "2027-03-21", "2027-03-28", "2027-04-04", NULL };
  const char *october[] = { "2027-10-17", "2027-10-24", "2027-10-31", "2027-11-07", NULL };
  Session session;

  session_open (&session, fixture, NULL, FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (session.editor)), ==,
                   buurt_test_is_dutch () ? gtk_window_get_title (GTK_WINDOW (session.editor)) : "New Activity");

  fill_in (session.editor, "Koffieochtend", 2027, 3, 14, "10:00", "11:00");
  gtk_text_buffer_set_text (buurt_activity_editor_get_description_buffer (session.editor),
                            "Koffie, thee en een praatje met de buren.", -1);
  gtk_check_button_set_active (buurt_activity_editor_get_target_group_check (session.editor,
                                                                             BUURT_TARGET_GROUP_SENIORS),
                               TRUE);
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_row (session.editor),
                              BUURT_REPEAT_WEEKLY);
  /* The weekday of the date is chosen for the user. */
  g_assert_true (gtk_toggle_button_get_active (buurt_activity_editor_get_weekday_button (session.editor,
                                                                                         G_DATE_SUNDAY)));
  g_assert_false (gtk_toggle_button_get_active (buurt_activity_editor_get_weekday_button (session.editor,
                                                                                          G_DATE_MONDAY)));
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_end_row (session.editor),
                              BUURT_REPEAT_END_COUNT);
  gtk_editable_set_text (GTK_EDITABLE (buurt_activity_editor_get_count_spin (session.editor)), "4");
  gtk_editable_set_text (buurt_activity_editor_get_cost_entry (session.editor), "2,50");
  buurt_test_screenshot (GTK_WIDGET (session.editor), "editor");
  {
    /* The repeat and place, further down the page. */
    GtkWidget *scrolled = buurt_test_find_widget (GTK_WIDGET (session.editor), GTK_TYPE_SCROLLED_WINDOW, 0);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, 560);
    buurt_test_screenshot (GTK_WIDGET (session.editor), "editor-repeat");
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    buurt_test_screenshot (GTK_WIDGET (session.editor), "editor-bottom");
  }

  session_save (&session);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (session.saved), "rrule"), ==,
                   "FREQ=WEEKLY;BYDAY=SU;COUNT=4");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (session.saved), "cost-cents"), ==, 250);
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (session.saved), "room-id"), ==, fixture->room_id);
  g_assert_cmpuint (buurt_entity_get_enum (BUURT_ENTITY (session.saved), "target-groups"), ==,
                    BUURT_TARGET_GROUP_SENIORS);
  session_close (&session);
  assert_dates_at (fixture->database, "2027-03-01", 10, march);

  /* The autumn change, with the same room at another time of year. */
  session_open (&session, fixture, NULL, FALSE);
  fill_in (session.editor, "Koffieochtend in de herfst", 2027, 10, 17, "10:00", "11:00");
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_row (session.editor),
                              BUURT_REPEAT_WEEKLY);
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_end_row (session.editor),
                              BUURT_REPEAT_END_COUNT);
  gtk_editable_set_text (GTK_EDITABLE (buurt_activity_editor_get_count_spin (session.editor)), "4");
  session_save (&session);
  session_close (&session);
  assert_dates_at (fixture->database, "2027-10-01", 10, october);
}

/* Every mistake is shown under its field, focus goes to the first, and
 * nothing is saved until all is right. */
static void
test_editor_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  Session session;
  BuurtActivityEditor *editor;
  AdwComboRow *venue_row;
  AdwComboRow *organiser_row;

  session_open (&session, fixture, NULL, FALSE);
  editor = session.editor;
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_venue_row (editor)), ==, 0);
  g_assert_null (buurt_activity_editor_get_series_note (editor));

  /* Three mistakes at once. */
  fill_in (editor, "  ", 2027, 5, 3, "11:00", "10:00");
  gtk_editable_set_text (buurt_activity_editor_get_cost_entry (editor), "abc");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "title", "Fill in a title.");
  assert_error (editor, "time", "The end time is before the start time.");
  assert_error (editor, "cost", "Cost must be an amount in euros, such as 2,50.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (buurt_activity_editor_get_title_entry (editor)), "error"));
  g_assert_true (has_focus_in (editor, buurt_activity_editor_get_title_entry (editor)));
  buurt_test_screenshot (GTK_WIDGET (editor), "editor-validation");
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);

  /* Fixing a field takes its message away. */
  gtk_editable_set_text (buurt_activity_editor_get_title_entry (editor), "Bingo");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "title");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (buurt_activity_editor_get_title_entry (editor)), "error"));
  assert_error (editor, "time", "The end time is before the start time.");
  g_assert_true (has_focus_in (editor, buurt_activity_editor_get_end_entry (editor)));

  gtk_editable_set_text (buurt_activity_editor_get_end_entry (editor), "11:00");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "time", "The end time is the same as the start time: the activity must end after it starts.");

  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "25:00");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "time", "Write the start time as hours and minutes, such as 09:30.");
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "10");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "time", "Write the start time as hours and minutes, such as 09:30.");

  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "10.00");
  gtk_editable_set_text (buurt_activity_editor_get_cost_entry (editor), "-2");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "time");
  assert_error (editor, "cost", "Cost cannot be less than zero: leave it empty when the activity is free.");
  g_assert_true (has_focus_in (editor, buurt_activity_editor_get_cost_entry (editor)));
  gtk_editable_set_text (buurt_activity_editor_get_cost_entry (editor), "€ 3.5");

  /* A weekly series without a weekday gives no date. */
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_row (editor), BUURT_REPEAT_WEEKLY);
  gtk_toggle_button_set_active (buurt_activity_editor_get_weekday_button (editor, G_DATE_MONDAY), FALSE);
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "cost");
  assert_error (editor, "repeat", "Choose at least one day of the week.");
  gtk_toggle_button_set_active (buurt_activity_editor_get_weekday_button (editor, G_DATE_WEDNESDAY), TRUE);

  /* A last date before the first. */
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_end_row (editor), BUURT_REPEAT_END_DATE);
  set_date (buurt_activity_editor_get_until_calendar (editor), 2027, 4, 30);
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "repeat", "The last date is before the first date.");

  /* Zero times, typed. */
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_end_row (editor), BUURT_REPEAT_END_COUNT);
  gtk_editable_set_text (GTK_EDITABLE (buurt_activity_editor_get_count_spin (editor)), "0");
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "repeat");
  assert_error (editor, "count", "The number of times must be at least 1.");
  g_assert_true (has_focus_in (editor, buurt_activity_editor_get_count_spin (editor)));
  gtk_editable_set_text (GTK_EDITABLE (buurt_activity_editor_get_count_spin (editor)), "3");

  /* No venue chosen: a new activity starts so. */
  venue_row = buurt_activity_editor_get_venue_row (editor);
  adw_combo_row_set_selected (venue_row, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (buurt_activity_editor_get_room_row (editor))));
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "count");
  assert_error (editor, "place", "Choose the venue, or “Elsewhere” to fill in a place.");

  /* Elsewhere, but where? */
  adw_combo_row_set_selected (venue_row, g_list_model_get_n_items (adw_combo_row_get_model (venue_row)) - 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (buurt_activity_editor_get_room_row (editor))));
  g_assert_false (buurt_activity_editor_save (editor));
  assert_error (editor, "place", "Fill in where the activity takes place.");
  gtk_editable_set_text (buurt_activity_editor_get_location_entry (editor), "Het Wilgenpark");

  /* A new organiser needs a name. */
  organiser_row = buurt_activity_editor_get_organiser_row (editor);
  adw_combo_row_set_selected (organiser_row, g_list_model_get_n_items (adw_combo_row_get_model (organiser_row)) - 1);
  g_assert_false (buurt_activity_editor_save (editor));
  assert_no_error (editor, "place");
  assert_error (editor, "organiser", "Fill in the name of the new organiser.");
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_CONTACT, NULL), ==, 1);

  /* All right now: saved as entered. */
  adw_combo_row_set_selected (organiser_row, 0);
  session_save (&session);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (session.saved), "cost-cents"), ==, 350);
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (session.saved), "room-id"), ==, 0);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (session.saved), "location"), ==, "Het Wilgenpark");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (session.saved), "rrule"), ==,
                   "FREQ=WEEKLY;BYDAY=WE;COUNT=3");
  session_close (&session);
}

static gboolean
conflict_dialog_mapped (gpointer user_data)
{
  AdwMessageDialog *dialog = buurt_activity_editor_get_conflict_dialog (user_data);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
no_conflict_dialog (gpointer user_data)
{
  return buurt_activity_editor_get_conflict_dialog (user_data) == NULL;
}

/* A room taken at an overlapping time: the editor asks first. */
static void
test_editor_conflict (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BuurtActivity) yoga = save_activity (fixture, "Stoelyoga",
                                                 "2027-05-10T10:00:00", "2027-05-10T12:00:00", NULL);
  Session session;
  AdwMessageDialog *dialog;

  session_open (&session, fixture, NULL, FALSE);
  fill_in (session.editor, "Bingo", 2027, 5, 10, "11:30", "13:00");

  g_assert_false (buurt_activity_editor_save (session.editor));
  g_assert_true (buurt_test_wait_until (conflict_dialog_mapped, session.editor, 5000));
  dialog = buurt_activity_editor_get_conflict_dialog (session.editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (session.editor));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Stoelyoga"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "change");
  if (!buurt_test_is_dutch ())
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Room Already Taken");
  buurt_test_screenshot (GTK_WIDGET (dialog), "editor-conflict");
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);

  /* "Change Room" goes back to the room. */
  adw_message_dialog_response (dialog, "change");
  g_assert_true (buurt_test_wait_until (no_conflict_dialog, session.editor, 5000));
  g_assert_true (has_focus_in (session.editor, buurt_activity_editor_get_room_row (session.editor)));
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);

  /* Right after the other one is no conflict. */
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (session.editor), "12:00");
  g_assert_true (buurt_activity_editor_save (session.editor));
  g_assert_true (buurt_test_wait_until (is_destroyed, &session, 5000));
  session_close (&session);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 2);

  /* "Save Anyway" saves. */
  session_open (&session, fixture, NULL, FALSE);
  fill_in (session.editor, "Klaverjassen", 2027, 5, 10, "09:00", "10:30");
  g_assert_false (buurt_activity_editor_save (session.editor));
  g_assert_true (buurt_test_wait_until (conflict_dialog_mapped, session.editor, 5000));
  dialog = buurt_activity_editor_get_conflict_dialog (session.editor);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Stoelyoga"));
  adw_message_dialog_response (dialog, "save");
  g_assert_true (buurt_test_wait_until (is_destroyed, &session, 5000));
  g_assert_nonnull (session.saved);
  session_close (&session);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 3);
}

/* Opening a saved series shows its rule; changing the time moves every date. */
static void
test_editor_edit_series (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BuurtActivity) saved = save_activity (fixture, "Taalcafé",
                                                  "2027-05-04T10:00:00", "2027-05-04T11:00:00",
                                                  "FREQ=WEEKLY;BYDAY=TU;COUNT=5");
  g_autoptr(BuurtActivity) monthly = NULL;
  const char *tuesdays[] = { "2027-05-04", "2027-05-11", "2027-05-18", "2027-05-25", "2027-06-01", NULL };
  const char *until;
  Session session;
  g_autoptr(GDateTime) until_date = NULL;

  session_open (&session, fixture, saved, FALSE);
  if (!buurt_test_is_dutch ())
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (session.editor)), ==, "Edit Activity");
  /* It says it changes every date. */
  g_assert_nonnull (buurt_activity_editor_get_series_note (session.editor));
  buurt_test_screenshot (GTK_WIDGET (session.editor), "editor-series");
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (session.editor)), ==, "Taalcafé");
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_repeat_row (session.editor)), ==,
                    BUURT_REPEAT_WEEKLY);
  g_assert_true (gtk_toggle_button_get_active (buurt_activity_editor_get_weekday_button (session.editor,
                                                                                         G_DATE_TUESDAY)));
  g_assert_false (gtk_toggle_button_get_active (buurt_activity_editor_get_weekday_button (session.editor,
                                                                                          G_DATE_WEDNESDAY)));
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_repeat_end_row (session.editor)), ==,
                    BUURT_REPEAT_END_COUNT);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (buurt_activity_editor_get_count_spin (session.editor)), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_start_entry (session.editor)), ==, "10:00");
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_room_row (session.editor)), ==, 0);

  /* Its own dates are no conflict. */
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (session.editor), "14:00");
  gtk_editable_set_text (buurt_activity_editor_get_end_entry (session.editor), "15:00");
  session_save (&session);
  g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (session.saved)), ==,
                   buurt_entity_get_id (BUURT_ENTITY (saved)));
  session_close (&session);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);
  assert_dates_at (fixture->database, "2027-05-01", 14, tuesdays);

  /* A monthly rule with a last date reads back as it was written. */
  monthly = save_activity (fixture, "Repair Café", "2027-05-11T19:00:00", "2027-05-11T21:00:00",
                           "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z");
  session_open (&session, fixture, monthly, FALSE);
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_repeat_row (session.editor)), ==,
                    BUURT_REPEAT_MONTHLY);
  if (!buurt_test_is_dutch ())
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (buurt_activity_editor_get_repeat_row (session.editor))),
                     ==, "Every second Tuesday of the month");
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_repeat_end_row (session.editor)), ==,
                    BUURT_REPEAT_END_DATE);
  until_date = gtk_calendar_get_date (buurt_activity_editor_get_until_calendar (session.editor));
  g_assert_cmpint (g_date_time_get_year (until_date), ==, 2027);
  g_assert_cmpint (g_date_time_get_month (until_date), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (until_date), ==, 31);
  session_save (&session);
  until = buurt_entity_get_string (BUURT_ENTITY (session.saved), "rrule");
  g_assert_cmpstr (until, ==, "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z");
  session_close (&session);
}

/* A new organiser is created together with the activity. */
static void
test_editor_new_organiser (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BuurtContact) contact = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  Session session;
  AdwComboRow *organiser_row;
  gint64 organiser_id;

  session_open (&session, fixture, NULL, FALSE);
  fill_in (session.editor, "Buurtfeest", 2027, 6, 19, "", "");
  gtk_switch_set_active (buurt_activity_editor_get_all_day_switch (session.editor), TRUE);
  organiser_row = buurt_activity_editor_get_organiser_row (session.editor);
  adw_combo_row_set_selected (organiser_row, g_list_model_get_n_items (adw_combo_row_get_model (organiser_row)) - 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (buurt_activity_editor_get_new_organiser_entry (session.editor))));
  gtk_editable_set_text (buurt_activity_editor_get_new_organiser_entry (session.editor), "Buurtvereniging De Linde");
  session_save (&session);

  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_CONTACT, NULL), ==, 2);
  organiser_id = buurt_entity_get_int (BUURT_ENTITY (session.saved), "organiser-id");
  g_assert_cmpint (organiser_id, !=, 0);
  g_assert_cmpint (organiser_id, !=, fixture->contact_id);
  contact = buurt_database_load (fixture->database, BUURT_TYPE_CONTACT, organiser_id, NULL);
  g_assert_nonnull (contact);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (contact), "name"), ==, "Buurtvereniging De Linde");

  /* All day: local midnight to the next. */
  g_assert_true (buurt_entity_get_boolean (BUURT_ENTITY (session.saved), "all-day"));
  start = buurt_in_zone (buurt_entity_get_date_time (BUURT_ENTITY (session.saved), "starts-at"), "Europe/Amsterdam");
  end = buurt_in_zone (buurt_entity_get_date_time (BUURT_ENTITY (session.saved), "ends-at"), "Europe/Amsterdam");
  g_assert_cmpint (g_date_time_get_hour (start), ==, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 19);
  g_assert_cmpint (g_date_time_get_hour (end), ==, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (end), ==, 20);
  session_close (&session);
}

/* A copy is a new activity; the original stays as it was. */
static void
test_editor_duplicate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BuurtActivity) original = save_activity (fixture, "Wandelen",
                                                     "2027-09-06T09:30:00", "2027-09-06T11:00:00",
                                                     "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10");
  g_autoptr(BuurtActivity) reloaded = NULL;
  Session session;

  session_open (&session, fixture, original, TRUE);
  if (!buurt_test_is_dutch ())
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (session.editor)), ==, "Duplicate Activity");
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (session.editor)), ==, "Wandelen");
  g_assert_cmpuint (adw_combo_row_get_selected (buurt_activity_editor_get_repeat_row (session.editor)), ==,
                    BUURT_REPEAT_FORTNIGHTLY);

  /* The other Mondays, so the room is free. */
  set_date (buurt_activity_editor_get_date_calendar (session.editor), 2027, 9, 13);
  gtk_editable_set_text (buurt_activity_editor_get_title_entry (session.editor), "Wandelen (groep 2)");
  session_save (&session);

  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 2);
  g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (session.saved)), !=,
                   buurt_entity_get_id (BUURT_ENTITY (original)));
  g_assert_cmpstr (buurt_entity_get_uuid (BUURT_ENTITY (session.saved)), !=,
                   buurt_entity_get_uuid (BUURT_ENTITY (original)));
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (session.saved), "rrule"), ==,
                   "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (session.saved), "organiser-id"), ==, fixture->contact_id);
  session_close (&session);

  reloaded = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY,
                               buurt_entity_get_id (BUURT_ENTITY (original)), NULL);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (reloaded), "title"), ==, "Wandelen");
}

/* The question a window asks, shown on top of it, or NULL. */
static AdwMessageDialog *
question_of (gpointer window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Escape closes the editor and nothing is saved; with something typed in
 * it, it asks first. */
static void
test_editor_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  Session session;
  AdwMessageDialog *question;

  /* Nothing changed: it closes at once. */
  session_open (&session, fixture, NULL, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (session.editor), "editor.cancel", NULL);
  g_assert_true (buurt_test_wait_until (is_destroyed, &session, 5000));
  session_close (&session);

  session_open (&session, fixture, NULL, FALSE);
  fill_in (session.editor, "Bijna opgeslagen", 2027, 5, 3, "10:00", "11:00");
  gtk_widget_activate_action (GTK_WIDGET (session.editor), "editor.cancel", NULL);
  buurt_test_wait_ms (200);
  question = question_of (session.editor);
  g_assert_nonnull (question);
  g_assert_false (is_destroyed (&session));
  buurt_test_screenshot (GTK_WIDGET (question), "editor-discard");

  /* Keep Editing keeps it all, */
  adw_message_dialog_response (question, "keep");
  buurt_test_wait_ms (100);
  g_assert_false (is_destroyed (&session));
  g_assert_null (question_of (session.editor));
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (session.editor)), ==,
                   "Bijna opgeslagen");

  /* and Discard closes without saving. */
  gtk_widget_activate_action (GTK_WIDGET (session.editor), "editor.cancel", NULL);
  buurt_test_wait_ms (200);
  question = question_of (session.editor);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  g_assert_true (buurt_test_wait_until (is_destroyed, &session, 5000));
  g_assert_null (session.saved);
  session_close (&session);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);
}

/* Counts the list items (the choices of the lists, and the choice a list
 * row shows) below @widget, and those without a name for screen readers. */
static void
count_list_items (GtkWidget *widget,
                  guint     *items,
                  guint     *unnamed)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget"))
    {
      (*items)++;
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        (*unnamed)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_list_items (child, items, unnamed);
}

/* Every choice of every list has a name a screen reader can say. */
static void
test_editor_list_items_named (Fixture       *fixture,
                              gconstpointer  data)
{
  Session session;
  guint items = 0;
  guint unnamed = 0;

  session_open (&session, fixture, NULL, FALSE);
  adw_combo_row_set_selected (buurt_activity_editor_get_repeat_row (session.editor), BUURT_REPEAT_WEEKLY);
  count_list_items (GTK_WIDGET (session.editor), &items, &unnamed);
  g_assert_cmpuint (items, >=, 4);
  g_assert_cmpuint (unnamed, ==, 0);
  session_close (&session);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK keeps accessible names for the checks of gtk_test_accessible_*. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/agenda/editor/weekly-across-dst", test_editor_weekly_across_dst);
  ADD ("/agenda/editor/validation", test_editor_validation);
  ADD ("/agenda/editor/conflict", test_editor_conflict);
  ADD ("/agenda/editor/edit-series", test_editor_edit_series);
  ADD ("/agenda/editor/new-organiser", test_editor_new_organiser);
  ADD ("/agenda/editor/duplicate", test_editor_duplicate);
  ADD ("/agenda/editor/cancel", test_editor_cancel);
  ADD ("/agenda/editor/list-items-named", test_editor_list_items_named);

  return g_test_run ();
}

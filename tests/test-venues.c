/* test-venues.c: the Venues view in the real window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buurt-activity-editor-private.h"
#include "buurt-conflicts-window.h"
#include "buurt-database-venues.h"
#include "buurt-free-room-window-private.h"
#include "buurt-room-editor.h"
#include "buurt-room-week.h"
#include "buurt-test-utils.h"
#include "buurt-venue-detail.h"
#include "buurt-venue-editor.h"
#include "buurt-venues-view-private.h"

/* Each test opens the window on the example community (or an empty agenda),
 * drives the view by its actions and asserts on what it shows. */

typedef struct
{
  BuurtDatabase   *database;
  BuurtWindow     *window;
  BuurtVenuesView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = buurt_test_open_database (GPOINTER_TO_INT (data));
  fixture->window = buurt_test_open_window (fixture->database, 1100, 760);
  fixture->view = BUURT_VENUES_VIEW (buurt_window_get_view (fixture->window, "venues"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "venues");
  g_assert_cmpstr (buurt_window_get_visible_view (fixture->window), ==, "venues");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *window;

  while ((window = buurt_test_find_window (ADW_TYPE_WINDOW)) != NULL && window != GTK_WINDOW (fixture->window))
    gtk_window_destroy (window);
  buurt_test_close (fixture->window, &fixture->database);
}

static void
act (Fixture    *fixture,
     const char *action,
     GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->view), action, target));
}

typedef struct
{
  BuurtVenuesView *view;
  guint            n_rows;
} RowsChanged;

static gboolean
rows_changed (gpointer user_data)
{
  RowsChanged *wait = user_data;

  return buurt_venues_view_get_n_rows (wait->view) != wait->n_rows;
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  GtkWidget *entry = buurt_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY, 0);
  RowsChanged wait = { fixture->view, buurt_venues_view_get_n_rows (fixture->view) };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  buurt_test_wait_until (rows_changed, &wait, 2000);
}

/* The list by town, searched as you type, filtered, cleared. */
static void
test_venues_list (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n_all;
  GtkWidget *button;
  GtkWidget *popover;
  GtkCheckButton *step_free;

  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "list");
  n_all = buurt_venues_view_get_n_rows (fixture->view);
  g_assert_cmpuint (n_all, >=, 35);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-list");

  type_search (fixture, "zzzz-no-such-venue");
  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "no-results");
  act (fixture, "venues.clear-filters", NULL);
  g_assert_cmpuint (buurt_venues_view_get_n_rows (fixture->view), ==, n_all);

  /* Step-free only: fewer, and more than none. */
  button = buurt_test_find_menu_button (GTK_WIDGET (fixture->view), _("_Filters"));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  step_free = GTK_CHECK_BUTTON (buurt_test_find_widget (popover, GTK_TYPE_CHECK_BUTTON, 0));
  gtk_check_button_set_active (step_free, TRUE);
  g_assert_cmpuint (buurt_venues_view_get_n_rows (fixture->view), <, n_all);
  g_assert_cmpuint (buurt_venues_view_get_n_rows (fixture->view), >, 0);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-filters");
  gtk_popover_popdown (GTK_POPOVER (popover));
  act (fixture, "venues.clear-filters", NULL);
  g_assert_false (gtk_check_button_get_active (step_free));
  g_assert_cmpuint (buurt_venues_view_get_n_rows (fixture->view), ==, n_all);
}

static BuurtVenueDetail *
detail (Fixture *fixture)
{
  return BUURT_VENUE_DETAIL (buurt_test_find_widget (GTK_WIDGET (fixture->view), BUURT_TYPE_VENUE_DETAIL, 0));
}

static AdwEntryRow *
entry_row (GtkWindow *window,
           guint      nth)
{
  GtkWidget *row = buurt_test_find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, nth);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static void
set_row (GtkWindow  *window,
         guint       nth,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row (window, nth)), text);
}

/* Add a venue and two rooms; bad input is refused with a clear message. */
static void
test_venues_add (Fixture       *fixture,
                 gconstpointer  data)
{
  BuurtVenueEditor *venue_editor;
  BuurtRoomEditor *room_editor;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(GListModel) rooms = NULL;
  gint64 venue_id;

  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "empty");
  act (fixture, "venues.add-venue", NULL);
  venue_editor = BUURT_VENUE_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_VENUE_EDITOR));

  /* Rows: name, address, postcode, phone, e-mail, website, notes, hours. */
  set_row (GTK_WINDOW (venue_editor), 0, "Buurthuis De Kroon");
  set_row (GTK_WINDOW (venue_editor), 1, "Kroonstraat 4");
  set_row (GTK_WINDOW (venue_editor), 2, "8251 A");
  set_row (GTK_WINDOW (venue_editor), 4, "info@dekroon.nl");
  g_assert_false (buurt_venue_editor_save (venue_editor));
  g_assert_nonnull (strstr (buurt_venue_editor_get_error (venue_editor), "8251 A"));
  buurt_test_screenshot (GTK_WIDGET (venue_editor), "venues-editor-postcode");
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL), ==, 0);

  set_row (GTK_WINDOW (venue_editor), 2, "8251ab");
  set_row (GTK_WINDOW (venue_editor), 8, "9:00-17:00");  /* Tuesday */
  g_assert_true (buurt_venue_editor_save (venue_editor));
  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "venue");
  venue_id = buurt_venue_detail_get_venue_id (detail (fixture));
  venue = buurt_database_load (fixture->database, BUURT_TYPE_VENUE, venue_id, NULL);
  g_assert_cmpstr (buurt_entity_get_string (venue, "postcode"), ==, "8251 AB");
  g_assert_cmpstr (buurt_entity_get_string (venue, "opening-hours"), ==,
                   "08:00-23:00,09:00-17:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00");

  /* Rooms: name, capacity, rate. */
  act (fixture, "venues.add-room", NULL);
  room_editor = BUURT_ROOM_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_ROOM_EDITOR));
  set_row (GTK_WINDOW (room_editor), 0, "Grote zaal");
  set_row (GTK_WINDOW (room_editor), 1, "veel");
  g_assert_false (buurt_room_editor_save (room_editor));
  g_assert_nonnull (strstr (buurt_room_editor_get_error (room_editor), "veel"));
  buurt_test_screenshot (GTK_WIDGET (room_editor), "venues-room-capacity");
  set_row (GTK_WINDOW (room_editor), 1, "0");
  g_assert_false (buurt_room_editor_save (room_editor));
  g_assert_nonnull (strstr (buurt_room_editor_get_error (room_editor), "0"));
  set_row (GTK_WINDOW (room_editor), 1, "60");
  set_row (GTK_WINDOW (room_editor), 2, "12,50");
  g_assert_true (buurt_room_editor_save (room_editor));

  act (fixture, "venues.add-room", NULL);
  buurt_test_wait_ms (100);
  room_editor = BUURT_ROOM_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_ROOM_EDITOR));
  set_row (GTK_WINDOW (room_editor), 0, "Keuken");
  set_row (GTK_WINDOW (room_editor), 1, "12");
  g_assert_true (buurt_room_editor_save (room_editor));

  rooms = buurt_database_list_rooms_of_venue (fixture->database, venue_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 2);
  g_assert_cmpuint (buurt_venue_detail_get_n_rooms (detail (fixture)), ==, 2);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-detail");

  act (fixture, "venues.back", NULL);
  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "list");
  g_assert_cmpuint (buurt_venues_view_get_n_rows (fixture->view), ==, 1);
}

/* A room with dates this week (or the next): its week as blocks. */
static gint64
busy_room (Fixture *fixture,
           char    *monday)
{
  g_autoptr(GListModel) rooms = buurt_database_list (fixture->database, BUURT_TYPE_ROOM, NULL);
  g_autofree char *today = buurt_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now));
  g_autofree char *this_monday = g_date_time_format (start, "%Y-%m-%d");

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);
      g_autoptr(GPtrArray) dates = buurt_database_fetch_room_week (fixture->database, buurt_entity_get_id (room),
                                                                   this_monday, NULL);

      if (dates != NULL && dates->len >= 3)
        {
          strcpy (monday, this_monday);
          return buurt_entity_get_id (room);
        }
    }
  return 0;
}

/* What a key press on the timeline does, as its key controller sees it. */
static gboolean
press_key (BuurtRoomTimeline *timeline,
           guint              keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (timeline));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static void
test_venues_room_week (Fixture       *fixture,
                       gconstpointer  data)
{
  char monday[11];
  gint64 room_id = busy_room (fixture, monday);
  BuurtRoomWeek *week;
  BuurtRoomTimeline *timeline;
  GtkWidget *block;
  const char *name;
  GtkWindow *editor;

  g_assert_cmpint (room_id, !=, 0);
  act (fixture, "venues.open-room", g_variant_new_int64 (room_id));
  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "room");
  week = BUURT_ROOM_WEEK (buurt_test_find_widget (GTK_WIDGET (fixture->view), BUURT_TYPE_ROOM_WEEK, 0));
  g_assert_cmpstr (buurt_room_week_get_monday (week), ==, monday);
  timeline = buurt_room_week_get_timeline (week);
  g_assert_cmpuint (buurt_room_timeline_get_n_blocks (timeline), >=, 3);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-room-week");

  /* Each block is a button that says its day, time and title. */
  block = buurt_room_timeline_get_block (timeline, 0);
  g_assert_true (GTK_IS_BUTTON (block));
  g_assert_true (gtk_widget_get_focusable (block));
  name = gtk_widget_get_tooltip_text (block);
  g_assert_nonnull (name);
  g_assert_nonnull (strchr (name, ':'));

  /* The arrow keys move between blocks: down to the next, up back. */
  gtk_widget_grab_focus (block);
  g_assert_true (gtk_widget_is_focus (block));
  g_assert_true (press_key (timeline, GDK_KEY_Down));
  g_assert_true (gtk_widget_is_focus (buurt_room_timeline_get_block (timeline, 1)));
  g_assert_true (press_key (timeline, GDK_KEY_Up));
  g_assert_true (gtk_widget_is_focus (block));
  g_assert_true (press_key (timeline, GDK_KEY_End));
  g_assert_true (gtk_widget_is_focus (buurt_room_timeline_get_block (timeline, buurt_room_timeline_get_n_blocks (timeline) - 1)));
  g_assert_true (press_key (timeline, GDK_KEY_Left));
  g_assert_false (press_key (timeline, GDK_KEY_a));
  gtk_widget_grab_focus (block);

  /* Enter or a click opens the activity. */
  g_signal_emit_by_name (block, "clicked");
  editor = buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, _("Edit Activity"));
  gtk_window_destroy (editor);
  buurt_test_wait_ms (100);

  /* Next week and back. */
  gtk_widget_activate_action (GTK_WIDGET (week), "week.next", NULL);
  g_assert_cmpstr (buurt_room_week_get_monday (week), !=, monday);
  gtk_widget_activate_action (GTK_WIDGET (week), "week.previous", NULL);
  g_assert_cmpstr (buurt_room_week_get_monday (week), ==, monday);

  /* Free time starts a new activity in this room; closed time does not. */
  buurt_room_timeline_click_free (timeline, 1, 3 * 60);
  buurt_test_wait_ms (100);
  g_assert_null (buurt_test_find_window (BUURT_TYPE_ACTIVITY_EDITOR));
  gtk_widget_activate_action (GTK_WIDGET (week), "week.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (week), "week.new-activity", NULL);
  editor = buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, _("New Activity"));
  gtk_window_destroy (editor);
}

/* A slot with a known answer; then an activity started from it. */
static void
test_venues_find_free_room (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = g_object_new (BUURT_TYPE_VENUE, "name", "Evenementenhal", "kind",
                                               BUURT_VENUE_KIND_SPORTS, NULL);
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) busy = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 7);
  g_autoptr(GDateTime) starts = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                                                 g_date_time_get_day_of_month (day), 17, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autofree char *day_text = g_date_time_format (day, "%Y-%m-%d");
  g_autoptr(BuurtFreeRoom) first = NULL;
  BuurtFreeRoomWindow *window;
  BuurtActivityEditor *editor;
  GListModel *results;
  gint64 room_id;

  buurt_test_save (fixture->database, venue);
  room = g_object_new (BUURT_TYPE_ROOM, "venue-id", buurt_entity_get_id (venue), "name", "Hal",
                       "capacity", (gint64) 50000, NULL);
  buurt_test_save (fixture->database, room);
  room_id = buurt_entity_get_id (room);
  busy = g_object_new (BUURT_TYPE_ACTIVITY, "title", "Braderie", "category", BUURT_CATEGORY_OTHER,
                       "room-id", room_id, "starts-at", starts, "ends-at", ends,
                       "status", BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);
  buurt_test_save (fixture->database, busy);

  act (fixture, "venues.find-free-room", NULL);
  window = BUURT_FREE_ROOM_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_FREE_ROOM_WINDOW));
  buurt_free_room_window_set_date (window, day_text);
  /* Rows: start, duration, people. */
  set_row (GTK_WINDOW (window), 0, "18:00");
  set_row (GTK_WINDOW (window), 1, "1:00");
  set_row (GTK_WINDOW (window), 2, "40000");
  g_assert_true (buurt_free_room_window_find (window));
  results = buurt_free_room_window_get_results (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);

  /* The Braderie ends at 19:00: from 19:00 the hall is free. */
  set_row (GTK_WINDOW (window), 0, "19:00");
  g_assert_true (buurt_free_room_window_find (window));
  results = buurt_free_room_window_get_results (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpint (buurt_free_room_get_room_id (first), ==, room_id);

  /* Enough people for ordinary rooms too: best fit first, the hall last. */
  set_row (GTK_WINDOW (window), 2, "20");
  g_assert_true (buurt_free_room_window_find (window));
  results = buurt_free_room_window_get_results (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 5);
  for (guint i = 1; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BuurtFreeRoom) a = g_list_model_get_item (results, i - 1);
      g_autoptr(BuurtFreeRoom) b = g_list_model_get_item (results, i);

      g_assert_cmpuint (buurt_free_room_get_capacity (a), <=, buurt_free_room_get_capacity (b));
    }
  buurt_test_screenshot (GTK_WIDGET (window), "venues-free-room");

  set_row (GTK_WINDOW (window), 2, "40000");
  g_assert_true (buurt_free_room_window_find (window));
  buurt_free_room_window_start (window, 0);
  editor = BUURT_ACTIVITY_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("New Activity"));
  gtk_editable_set_text (buurt_activity_editor_get_title_entry (editor), "Buurtfeest");
  g_assert_true (buurt_activity_editor_save (editor));
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room_id, NULL), ==, 2);

  /* And now 19:00 is taken. */
  g_assert_true (buurt_free_room_window_find (window));
  g_assert_cmpuint (g_list_model_get_n_items (buurt_free_room_window_get_results (window)), ==, 0);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* How long the search takes on the example community (a figure in the log,
 * never an assertion: timing belongs in the bench suite). */
static void
test_venues_free_room_time (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 3);
  g_autofree char *day_text = g_date_time_format (day, "%Y-%m-%d");
  BuurtFreeRoomRequest request = { .day = day_text, .start = 19 * 60, .duration = 120, .people = 25 };

  for (guint weekly = 0; weekly < 2; weekly++)
    {
      gint64 times[21];

      request.weekly = weekly;
      for (guint i = 0; i < G_N_ELEMENTS (times); i++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GListModel) found = buurt_database_find_free_rooms (fixture->database, &request, NULL);

          times[i] = g_get_monotonic_time () - start;
          g_assert_nonnull (found);
          g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
        }
      qsort (times, G_N_ELEMENTS (times), sizeof times[0], compare_times);
      g_test_message ("free-room search, %s: median %.2f ms, max %.2f ms over %u runs, %" G_GINT64_FORMAT " dates",
                      weekly ? "weekly slot (12 weeks)" : "one date", times[10] / 1000.0,
                      times[G_N_ELEMENTS (times) - 1] / 1000.0, (guint) G_N_ELEMENTS (times),
                      buurt_database_count_occurrences (fixture->database, NULL));
    }
}

/* Deleting a room that has activities asks: keep the old name; undo. A
 * venue: move its activities to a room elsewhere; undo. */
static void
test_venues_delete_room (Fixture       *fixture,
                         gconstpointer  data)
{
  char monday[11];
  gint64 room_id = busy_room (fixture, monday);
  g_autoptr(BuurtEntity) room = buurt_database_load (fixture->database, BUURT_TYPE_ROOM, room_id, NULL);
  guint n_activities = buurt_database_count_room_activities (fixture->database, room_id, NULL);
  gint64 n_rooms = buurt_database_count (fixture->database, BUURT_TYPE_ROOM, NULL);
  gint64 n_venues = buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL);
  AdwMessageDialog *dialog;

  g_assert_cmpuint (n_activities, >, 0);
  act (fixture, "venues.open-venue", g_variant_new_int64 (buurt_entity_get_int (room, "venue-id")));
  act (fixture, "venues.delete-room", g_variant_new_int64 (room_id));
  dialog = ADW_MESSAGE_DIALOG (buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  buurt_test_screenshot (GTK_WIDGET (dialog), "venues-delete-room");
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ROOM, NULL), ==, n_rooms - 1);
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room_id, NULL), ==, 0);

  /* Undo (Ctrl+Z, as the toast's button). */
  act (fixture, "venues.undo", NULL);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ROOM, NULL), ==, n_rooms);
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room_id, NULL), ==, n_activities);

  /* The whole venue, its activities moved to a room elsewhere; undo. */
  act (fixture, "venues.delete-venue", NULL);
  dialog = ADW_MESSAGE_DIALOG (buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "move"));
  adw_message_dialog_response (dialog, "move");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (buurt_venues_view_get_page (fixture->view), ==, "list");
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL), ==, n_venues - 1);
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room_id, NULL), ==, 0);
  act (fixture, "venues.undo", NULL);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL), ==, n_venues);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ROOM, NULL), ==, n_rooms);
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room_id, NULL), ==, n_activities);
}

static gboolean
conflicts_shown (gpointer user_data)
{
  BuurtVenuesView *view = user_data;

  return gtk_widget_get_visible (GTK_WIDGET (view->conflicts_button));
}

static gboolean
conflicts_listed (gpointer user_data)
{
  return buurt_conflicts_window_get_n_shown (user_data) > 0;
}

/* A second activity at the time of one in a busy room: the view counts a
 * double booking, its list shows the pair, and a button opens the activity. */
static void
test_venues_conflicts (Fixture       *fixture,
                       gconstpointer  data)
{
  char monday[11];
  gint64 room_id = busy_room (fixture, monday);
  g_autoptr(GPtrArray) dates = buurt_database_fetch_room_week (fixture->database, room_id, monday, NULL);
  BuurtOccurrence *date = NULL;
  g_autoptr(BuurtEntity) clash = NULL;
  BuurtConflictsWindow *window;
  GtkWidget *list, *button;
  gint64 before = buurt_database_count_double_bookings (fixture->database, NULL);

  for (guint i = 0; dates != NULL && i < dates->len && date == NULL; i++)
    if (!buurt_occurrence_get_cancelled (g_ptr_array_index (dates, i)))
      date = g_ptr_array_index (dates, i);
  g_assert_nonnull (date);

  clash = g_object_new (BUURT_TYPE_ACTIVITY,
                        "title", "Dubbel geboekt",
                        "category", BUURT_CATEGORY_MEETING,
                        "room-id", room_id,
                        "starts-at", buurt_occurrence_get_starts_at (date),
                        "ends-at", buurt_occurrence_get_ends_at (date),
                        "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                        NULL);
  buurt_test_save (fixture->database, clash);
  g_assert_cmpint (buurt_database_count_double_bookings (fixture->database, NULL), ==, before + 1);

  buurt_venues_view_reload (fixture->view);
  g_assert_true (buurt_test_wait_until (conflicts_shown, fixture->view, 5000));
  g_assert_cmpint (fixture->view->n_conflicts, ==, before + 1);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-conflicts-count");

  act (fixture, "venues.show-conflicts", NULL);
  window = BUURT_CONFLICTS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_CONFLICTS_WINDOW));
  g_assert_true (buurt_test_wait_until (conflicts_listed, window, 5000));
  g_assert_cmpuint (buurt_conflicts_window_get_n_shown (window), ==, before + 1);
  buurt_test_wait_ms (100);
  buurt_test_screenshot (GTK_WIDGET (window), "venues-conflicts");

  /* Each pair's buttons open its activities in the editor. */
  list = buurt_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, 0);
  g_assert_nonnull (list);
  g_assert_cmpuint (buurt_test_count_widgets (list, GTK_TYPE_BUTTON), >=, 2);
  button = buurt_test_find_widget (list, GTK_TYPE_BUTTON, 0);
  gtk_widget_activate (button);
  g_assert_nonnull (buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR));
  gtk_window_destroy (buurt_test_find_window (BUURT_TYPE_ACTIVITY_EDITOR));

  /* Cancelled, the clash is no double booking any more; the list follows. */
  g_object_set (clash, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
  buurt_test_save (fixture->database, clash);
  g_assert_cmpint (buurt_database_count_double_bookings (fixture->database, NULL), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
save_place (Fixture *fixture,
            gpointer entity)
{
  buurt_test_save (fixture->database, entity);
  return buurt_entity_get_id (entity);
}

/* "MFC De Zwaluw" and "De Zwaluw (MFC)": the dialog offers the one as
 * likely the same as the other, says what moves, merges; undo brings back
 * the venue with its rooms and activities. */
static void
test_venues_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) palet = g_object_new (BUURT_TYPE_VENUE, "name", "MFC De Zwaluw",
                                               "kind", BUURT_VENUE_KIND_MFC, NULL);
  g_autoptr(BuurtEntity) palet2 = g_object_new (BUURT_TYPE_VENUE, "name", "De Zwaluw (MFC)",
                                                "kind", BUURT_VENUE_KIND_MFC, NULL);
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) room2 = NULL;
  g_autoptr(BuurtEntity) activity = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_now_local ();
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);
  gint64 palet_id = save_place (fixture, palet), palet2_id = save_place (fixture, palet2);
  gint64 n_venues = buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL);
  gint64 room2_id, activity_id;
  AdwMessageDialog *dialog;
  GtkDropDown *dropdown;
  GtkStringObject *first;
  GtkWidget *keep_other;
  g_autoptr(GListModel) rooms = NULL;

  room = g_object_new (BUURT_TYPE_ROOM, "venue-id", palet_id, "name", "Grote zaal", "capacity", (gint64) 80, NULL);
  save_place (fixture, room);
  room2 = g_object_new (BUURT_TYPE_ROOM, "venue-id", palet2_id, "name", "Theaterzaal", "capacity", (gint64) 120, NULL);
  room2_id = save_place (fixture, room2);
  activity = g_object_new (BUURT_TYPE_ACTIVITY, "title", "Toneelavond", "category", BUURT_CATEGORY_CULTURE,
                           "room-id", room2_id, "starts-at", start, "ends-at", end,
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);
  activity_id = save_place (fixture, activity);

  act (fixture, "venues.open-venue", g_variant_new_int64 (palet2_id));
  act (fixture, "venues.merge-venue", NULL);
  dialog = ADW_MESSAGE_DIALOG (buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  dropdown = GTK_DROP_DOWN (buurt_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 0));
  first = GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (dropdown));
  g_assert_nonnull (strstr (gtk_string_object_get_string (first), "MFC De Zwaluw"));
  /* Keep the other one: "MFC De Zwaluw" stays. */
  for (guint i = 0; (keep_other = buurt_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (keep_other)), _("Keep the other one")) == 0)
      break;
  g_assert_nonnull (keep_other);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (keep_other), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "merge"));
  buurt_test_wait_ms (100);
  buurt_test_screenshot (GTK_WIDGET (dialog), "venues-merge");
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL), ==, n_venues - 1);
  rooms = buurt_database_list_rooms_of_venue (fixture->database, palet_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 2);
  g_clear_object (&rooms);
  g_assert_cmpint (buurt_venue_detail_get_venue_id (detail (fixture)), ==, palet_id);
  g_assert_cmpuint (buurt_database_count_room_activities (fixture->database, room2_id, NULL), ==, 1);
  buurt_test_wait_ms (100);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-merged");

  /* Undo (as the toast's button does): both venues, each with its room. */
  act (fixture, "venues.undo", NULL);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_VENUE, NULL), ==, n_venues);
  rooms = buurt_database_list_rooms_of_venue (fixture->database, palet2_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 1);
  g_clear_object (&rooms);
  g_clear_object (&activity);
  activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, activity_id, NULL);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, room2_id);
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);
  buurt_test_application ();

#define ADD(path, data, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (data), fixture_set_up, func, fixture_tear_down)

  ADD ("/venues/list", BUURT_TEST_EXAMPLE_DATA, test_venues_list);
  ADD ("/venues/add", BUURT_TEST_EMPTY, test_venues_add);
  ADD ("/venues/room-week", BUURT_TEST_EXAMPLE_DATA, test_venues_room_week);
  ADD ("/venues/find-free-room", BUURT_TEST_EXAMPLE_DATA, test_venues_find_free_room);
  ADD ("/venues/delete-room", BUURT_TEST_EXAMPLE_DATA, test_venues_delete_room);
  ADD ("/venues/free-room-time", BUURT_TEST_EXAMPLE_DATA, test_venues_free_room_time);
  ADD ("/venues/conflicts", BUURT_TEST_EXAMPLE_DATA, test_venues_conflicts);
  ADD ("/venues/merge", BUURT_TEST_EXAMPLE_DATA, test_venues_merge);

  return g_test_run ();
}

/* test-window.c: the real main window, driven as a user would
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-application.h"
#include "buurt-test-utils.h"
#include "buurt-window.h"
#include "buurt-entities.h"
#include "buurt-initiatives-view.h"
#include "buurt-venues-view.h"

/* One application per process, as in the real program. */
static BuurtApplication *app;

typedef struct
{
  BuurtApplication *app;
  BuurtDatabase       *database;
  BuurtWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = g_object_ref (app);
  fixture->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  fixture->window = buurt_test_open_window (fixture->database, 1000, 720);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  buurt_test_close (fixture->window, &fixture->database);
  g_clear_object (&fixture->app);
}

static gboolean
view_mapped (gpointer view)
{
  return gtk_widget_get_mapped (view);
}

/* A view reads its list when it is mapped, on a frame that a busy machine
 * draws late: wait for that rather than for a fixed time. */
static void
show_view (Fixture    *fixture,
           const char *name)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", name);
  g_assert_cmpstr (buurt_window_get_visible_view (fixture->window), ==, name);
  g_assert_true (buurt_test_wait_until (view_mapped, buurt_window_get_view (fixture->window, name), 5000));
  buurt_test_wait_ms (100);
}

static gboolean
not_loading (gpointer user_data)
{
  return !buurt_window_get_loading (user_data);
}

static const char *
page_title (Fixture    *fixture,
            const char *view)
{
  GtkWidget *child = buurt_window_get_view (fixture->window, view);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (child, ADW_TYPE_VIEW_STACK));

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child));
}

/* The views are named in the user's language. */
static void
test_window_views_translated (Fixture       *fixture,
                              gconstpointer  data)
{
  gboolean dutch = buurt_test_is_dutch ();

  g_assert_cmpstr (page_title (fixture, "agenda"), ==, "Agenda");
  g_assert_cmpstr (page_title (fixture, "initiatives"), ==, dutch ? "Initiatieven" : "Initiatives");
  g_assert_cmpstr (page_title (fixture, "venues"), ==, dutch ? "Locaties" : "Venues");
}

static void
test_window_empty_then_example_data (Fixture       *fixture,
                                     gconstpointer  data)
{
  BuurtAgendaView *agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (fixture->window, "agenda"));
  BuurtInitiativesView *initiatives =
    BUURT_INITIATIVES_VIEW (buurt_window_get_view (fixture->window, "initiatives"));
  BuurtVenuesView *venues = BUURT_VENUES_VIEW (buurt_window_get_view (fixture->window, "venues"));
  GListModel *model;
  GtkWidget *row;
  guint n_items;
  g_autoptr(BuurtOccurrence) first = NULL;
  g_autofree char *first_day = NULL;

  /* An empty agenda says what each view is for and offers example data. */
  show_view (fixture, "agenda");
  g_assert_cmpstr (buurt_agenda_view_get_page (agenda), ==, "empty");
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-empty");
  show_view (fixture, "initiatives");
  g_assert_cmpstr (buurt_initiatives_view_get_page (initiatives), ==, "empty");
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "initiatives-empty");
  show_view (fixture, "venues");
  g_assert_cmpstr (buurt_venues_view_get_page (venues), ==, "empty");
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues-empty");

  /* Load the example data as the empty state's button does. */
  show_view (fixture, "agenda");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                    "load-example-data"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-example-data", NULL);
  g_assert_true (buurt_window_get_loading (fixture->window));
  g_assert_true (buurt_test_wait_until (not_loading, fixture->window, 120000));

  /* The agenda shows rows, by day, starting today. */
  g_assert_cmpstr (buurt_agenda_view_get_page (agenda), ==, "list");
  model = G_LIST_MODEL (buurt_agenda_view_get_model (agenda));
  n_items = buurt_test_rows (BUURT_AGENDA_MODEL (model));
  g_assert_cmpuint (n_items, >, 1000);
  buurt_test_wait_ms (300);

  row = buurt_test_find_widget (GTK_WIDGET (agenda), BUURT_TYPE_AGENDA_ROW, 0);
  g_assert_nonnull (row);
  g_assert_cmpuint (buurt_test_count_widgets (GTK_WIDGET (agenda), BUURT_TYPE_AGENDA_ROW), >=, 5);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (buurt_agenda_row_get_title (BUURT_AGENDA_ROW (row)), ==,
                   buurt_occurrence_get_title (first));

  /* The first row carries the header of its day. */
  first_day = buurt_format_day (buurt_occurrence_get_day (first));
  g_assert_cmpstr (buurt_agenda_row_get_day_header (BUURT_AGENDA_ROW (row)), ==, first_day);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda");

  /* Example data goes only into an empty agenda. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "load-example-data"));

  show_view (fixture, "initiatives");
  g_assert_cmpstr (buurt_initiatives_view_get_page (initiatives), ==, "list");
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (initiatives), >=, 20);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "initiatives");

  show_view (fixture, "venues");
  g_assert_cmpstr (buurt_venues_view_get_page (venues), ==, "list");
  g_assert_cmpuint (buurt_venues_view_get_n_rows (venues), >=, 35);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "venues");

  /* Search as you type narrows the agenda; clearing it brings all back. */
  show_view (fixture, "agenda");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  {
    GtkWidget *entry = buurt_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY, 0);
    g_autoptr(BuurtOccurrence) found = NULL;
    g_autofree char *folded = NULL;
    guint n_found;

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "koffie");
    buurt_test_wait_ms (600);
    n_found = buurt_test_rows (BUURT_AGENDA_MODEL (model));
    g_assert_cmpuint (n_found, >, 0);
    g_assert_cmpuint (n_found, <, n_items);
    found = g_list_model_get_item (model, 0);
    {
      g_autoptr(BuurtEntity) activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY,
                                                          buurt_occurrence_get_activity_id (found),
                                                          NULL);
      g_autofree char *place = buurt_occurrence_dup_place (found);
      g_autofree char *all = g_strjoin (" ", buurt_occurrence_get_title (found),
                                        buurt_entity_get_string (activity, "description"),
                                        buurt_occurrence_get_organiser (found) ? buurt_occurrence_get_organiser (found) : "",
                                        place, NULL);

      /* The word is in what the search covers: title, description, organiser, venue. */
      folded = g_utf8_casefold (all, -1);
      g_assert_nonnull (strstr (folded, "koffie"));
    }
    buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-search");

    gtk_editable_set_text (GTK_EDITABLE (entry), "zzzqqq");
    buurt_test_wait_ms (600);
    g_assert_cmpstr (buurt_agenda_view_get_page (agenda), ==, "no-results");

    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    buurt_test_wait_ms (600);
    g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (model)), ==, n_items);
  }
}

static gboolean
switcher_bar_revealed (gpointer user_data)
{
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (buurt_test_find_widget (user_data,
                                                                          ADW_TYPE_VIEW_SWITCHER_BAR, 0));

  return bar != NULL && adw_view_switcher_bar_get_reveal (bar);
}

/* A narrow window moves the view switcher to the bottom. */
static void
test_window_narrow (Fixture       *fixture,
                    gconstpointer  data)
{
  g_assert_false (switcher_bar_revealed (fixture->window));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  g_assert_true (buurt_test_wait_until (switcher_bar_revealed, fixture->window, 5000));
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-narrow");
}

static void
close_windows_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        gtk_window_close (GTK_WINDOW (window));
    }
}

/* The primary menu's windows open by their actions and shortcuts. */
static void
test_window_menu_windows (Fixture       *fixture,
                          gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL);
  buurt_test_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW);
  close_windows_of_type (GTK_TYPE_SHORTCUTS_WINDOW);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  buurt_test_wait_for_window (ADW_TYPE_PREFERENCES_WINDOW);
  close_windows_of_type (ADW_TYPE_PREFERENCES_WINDOW);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  buurt_test_wait_for_window (ADW_TYPE_ABOUT_WINDOW);
  close_windows_of_type (ADW_TYPE_ABOUT_WINDOW);
}

/* Ctrl+1/2/3 switch views: the accelerators are those of the application. */
static void
test_window_accelerators (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *views[] = { "agenda", "initiatives", "venues" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.view::%s", views[i]);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                    detailed);
      g_autofree char *expected = g_strdup_printf ("<Control>%u", i + 1);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected);
    }
}

/* The first row a list view shows now; it is replaced when the view reads
 * its list again. */
static GtkWidget *
first_row (GtkWidget *view)
{
  GtkWidget *row = buurt_test_find_widget (view, ADW_TYPE_ACTION_ROW, 0);

  g_assert_nonnull (row);
  return row;
}

/* The Initiatives and Venues views read their lists when shown, and again
 * only after a change to a table they show. */
static void
test_window_views_reload_their_tables (Fixture       *fixture,
                                       gconstpointer  data)
{
  GtkWidget *initiatives = buurt_window_get_view (fixture->window, "initiatives");
  GtkWidget *venues = buurt_window_get_view (fixture->window, "venues");
  g_autoptr(BuurtInitiative) initiative = buurt_initiative_new ();
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autoptr(BuurtRoom) room = buurt_room_new ();
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) starts_at = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);
  GtkWidget *row;

  /* Written while hidden, read when shown. */
  show_view (fixture, "agenda");
  g_object_set (initiative, "title", "Moestuin", NULL);
  buurt_test_save (fixture->database, initiative);
  g_object_set (venue, "name", "De Schakel", NULL);
  buurt_test_save (fixture->database, venue);
  show_view (fixture, "initiatives");
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (BUURT_INITIATIVES_VIEW (initiatives)), ==, 1);
  show_view (fixture, "venues");
  g_assert_cmpuint (buurt_venues_view_get_n_rows (BUURT_VENUES_VIEW (venues)), ==, 1);

  /* On screen: an activity or an initiative is no venue's business ... */
  row = first_row (venues);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  g_object_set (activity, "title", "Koffie-inloop", "starts-at", starts_at, "ends-at", ends_at, NULL);
  buurt_test_save (fixture->database, activity);
  g_object_set (initiative, "summary", "Samen tuinieren", NULL);
  buurt_test_save (fixture->database, initiative);
  g_assert_true (row == first_row (venues));

  /* ... a room is: the venue's line counts its rooms. */
  g_object_set (room, "venue-id", buurt_entity_get_id (BUURT_ENTITY (venue)), "name", "Grote zaal",
                "capacity", (gint64) 40, NULL);
  buurt_test_save (fixture->database, room);
  g_assert_null (row);
  g_assert_cmpuint (buurt_venues_view_get_n_rows (BUURT_VENUES_VIEW (venues)), ==, 1);

  /* The initiatives likewise: a venue changes nothing there, an initiative does. */
  show_view (fixture, "initiatives");
  row = first_row (initiatives);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  buurt_test_save (fixture->database, room);
  buurt_test_save (fixture->database, activity);
  g_assert_true (row == first_row (initiatives));
  g_object_set (initiative, "title", "Moestuin De Akker", NULL);
  buurt_test_save (fixture->database, initiative);
  g_assert_null (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_row (initiatives))), ==,
                   "Moestuin De Akker");
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

  app = buurt_test_application ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/window/views-translated", test_window_views_translated);
  ADD ("/window/empty-then-example-data", test_window_empty_then_example_data);
  ADD ("/window/narrow", test_window_narrow);
  ADD ("/window/menu-windows", test_window_menu_windows);
  ADD ("/window/accelerators", test_window_accelerators);
  ADD ("/window/views-reload-their-tables", test_window_views_reload_their_tables);

  return g_test_run ();
}

/* test-agenda.c: the agenda view, driven as a user would
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "buurt-activity-editor-private.h"
#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-review-window.h"
#include "buurt-application.h"
#include "buurt-test-utils.h"
#include "buurt-window.h"
#include "buurt-example-data.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

/* One application per process, as in the real program. */
static BuurtApplication *app;

typedef struct
{
  BuurtDatabase      *database;
  BuurtWindow     *window;
  BuurtAgendaView *agenda;
  GListModel      *model;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = buurt_test_open_database (BUURT_TEST_EXAMPLE_DATA);

  /* Filters are remembered: every test starts without them. */
  g_settings_reset (buurt_application_get_settings (app), "agenda-filters");

  fixture->window = buurt_test_open_window (fixture->database, 1100, 720);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "agenda");
  fixture->agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (fixture->window, "agenda"));
  fixture->model = G_LIST_MODEL (buurt_agenda_view_get_model (fixture->agenda));
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), >, 1000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  buurt_test_close (fixture->window, &fixture->database);
}

static BuurtOccurrence *
item (Fixture *fixture,
      guint    position)
{
  return g_list_model_get_item (fixture->model, position);
}

/* Every row the list shows passes @check; tested over a sample of rows. */
static void
assert_all_rows (Fixture  *fixture,
                 gboolean (*check) (Fixture *, BuurtOccurrence *, gpointer),
                 gpointer  data)
{
  guint n = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));

  for (guint i = 0; i < n; i += MAX (1, n / 200))
    {
      g_autoptr(BuurtOccurrence) occurrence = item (fixture, i);

      g_assert_true (check (fixture, occurrence, data));
    }
}

static gboolean
in_category (Fixture         *fixture,
             BuurtOccurrence *occurrence,
             gpointer         data)
{
  g_autoptr(BuurtEntity) activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY,
                                                      buurt_occurrence_get_activity_id (occurrence),
                                                      NULL);

  return buurt_entity_get_enum (activity, "category") == GPOINTER_TO_UINT (data);
}

static gboolean
for_group (Fixture         *fixture,
           BuurtOccurrence *occurrence,
           gpointer         data)
{
  return (buurt_occurrence_get_target_groups (occurrence) & GPOINTER_TO_UINT (data)) != 0;
}

static gboolean
with_status (Fixture         *fixture,
             BuurtOccurrence *occurrence,
             gpointer         data)
{
  return buurt_occurrence_get_status (occurrence) == GPOINTER_TO_UINT (data);
}

static gboolean
at_venue (Fixture         *fixture,
          BuurtOccurrence *occurrence,
          gpointer         data)
{
  g_autofree char *place = buurt_occurrence_dup_place (occurrence);

  return g_str_has_prefix (place, data);
}

static gint64
first_with_rooms (Fixture *fixture,
                  GType    type,
                  char   **name)
{
  g_autoptr(GListModel) list = buurt_database_list (fixture->database, type, NULL);
  g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, 0);

  *name = g_strdup (buurt_entity_get_string (entity, "name"));
  return buurt_entity_get_id (entity);
}

static void
test_agenda_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  guint all = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));
  g_autofree char *venue_name = NULL;
  g_autoptr(GListModel) venues = NULL;
  g_autoptr(GListModel) kernen = NULL;
  guint n;

  /* Category */
  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 3, BUURT_CATEGORY_LEARNING));
  n = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  assert_all_rows (fixture, in_category, GUINT_TO_POINTER (BUURT_CATEGORY_LEARNING));
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (fixture->agenda), ==, 1);

  /* Combined with a target group: fewer still, both hold. */
  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 4, BUURT_TARGET_GROUP_NEWCOMERS));
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), <=, n);
  assert_all_rows (fixture, for_group, GUINT_TO_POINTER (BUURT_TARGET_GROUP_NEWCOMERS));
  assert_all_rows (fixture, in_category, GUINT_TO_POINTER (BUURT_CATEGORY_LEARNING));
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (fixture->agenda), ==, 2);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-filters");

  /* The Filters popover shows what is chosen, and choosing there works too. */
  {
    GtkWidget *button = NULL;
    GtkWidget *popover;
    GtkDropDown *category;
    GtkStringObject *chosen;
    guint both = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));

    for (guint i = 0; (button = buurt_test_find_widget (GTK_WIDGET (fixture->agenda),
                                                        GTK_TYPE_MENU_BUTTON, i)) != NULL; i++)
      if (g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), _("_Filters")) == 0)
        break;
    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    buurt_test_wait_ms (300);
    g_assert_true (gtk_widget_get_mapped (popover));

    category = GTK_DROP_DOWN (buurt_test_find_widget (popover, GTK_TYPE_DROP_DOWN, 3));
    chosen = gtk_drop_down_get_selected_item (category);
    g_assert_nonnull (chosen);
    g_assert_cmpstr (gtk_string_object_get_string (chosen), ==,
                     buurt_enum_to_label (BUURT_TYPE_CATEGORY, BUURT_CATEGORY_LEARNING));
    buurt_test_screenshot (popover, "agenda-filters-popover");

    gtk_drop_down_set_selected (category, 0);
    g_assert_cmpuint (buurt_agenda_view_get_n_chips (fixture->agenda), ==, 1);
    g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), >, both);
    assert_all_rows (fixture, for_group, GUINT_TO_POINTER (BUURT_TARGET_GROUP_NEWCOMERS));
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  /* Clearing brings everything back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), ==, all);
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (fixture->agenda), ==, 0);

  /* Status: the review queue's submissions. */
  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 5, BUURT_ACTIVITY_STATUS_SUBMITTED));
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), >, 0);
  assert_all_rows (fixture, with_status, GUINT_TO_POINTER (BUURT_ACTIVITY_STATUS_SUBMITTED));
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);

  /* Venue: every row is there. */
  venues = buurt_database_list (fixture->database, BUURT_TYPE_VENUE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (venues); i++)
    {
      g_autoptr(BuurtEntity) venue = g_list_model_get_item (venues, i);

      g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 2, buurt_entity_get_id (venue)));
      if (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)) > 0)
        {
          g_free (venue_name);
          venue_name = g_strdup (buurt_entity_get_string (venue, "name"));
          break;
        }
    }
  g_assert_nonnull (venue_name);
  assert_all_rows (fixture, at_venue, venue_name);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);

  /* Town and neighbourhood narrow to a part of the agenda. */
  kernen = buurt_database_list (fixture->database, BUURT_TYPE_KERN, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (kernen); i++)
    {
      g_autoptr(BuurtEntity) kern = g_list_model_get_item (kernen, i);

      g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 0, buurt_entity_get_id (kern)));
      g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), <, all);
    }
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);
  {
    g_autofree char *name = NULL;
    gint64 id = first_with_rooms (fixture, BUURT_TYPE_NEIGHBOURHOOD, &name);

    g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 1, id));
    g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), <, all);
  }

  /* A filter that leaves nothing says so and offers to clear it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);
  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 5, BUURT_ACTIVITY_STATUS_CANCELLED));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (buurt_test_find_widget (GTK_WIDGET (fixture->window),
                                                               GTK_TYPE_SEARCH_ENTRY, 0)),
                         "qqqzzz");
  buurt_test_wait_ms (500);
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), ==, 0);
  g_assert_cmpstr (buurt_agenda_view_get_page (fixture->agenda), ==, "no-results");
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-no-results");
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.clear-filters", NULL);
  buurt_test_wait_ms (300);
  g_assert_cmpstr (buurt_agenda_view_get_page (fixture->agenda), ==, "list");
  g_assert_cmpuint (buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model)), ==, all);
}

/* Filters are remembered between runs: a new window starts with them. */
static void
test_agenda_filters_remembered (Fixture       *fixture,
                                gconstpointer  data)
{
  BuurtWindow *second;
  BuurtAgendaView *agenda;
  guint n;

  g_autofree char *town = NULL;
  gint64 town_id = first_with_rooms (fixture, BUURT_TYPE_KERN, &town);

  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 3, BUURT_CATEGORY_SPORTS));
  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, 0, town_id));
  n = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));

  /* The town too, though a new window reads the places only for its chip. */
  second = buurt_window_new (app, fixture->database);
  agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (second, "agenda"));
  g_assert_cmpuint (buurt_test_rows (buurt_agenda_view_get_model (agenda)), ==, n);
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (agenda), ==, 2);
  g_assert_cmpint (buurt_agenda_view_get_filter_value (agenda, 0), ==, town_id);
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
test_agenda_navigation (Fixture       *fixture,
                        gconstpointer  data)
{
  BuurtAgendaModel *model = BUURT_AGENDA_MODEL (fixture->model);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *in_a_week = g_date_time_format (next_week, "%Y-%m-%d");
  g_autoptr(BuurtOccurrence) first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.next-week", NULL);
  g_assert_cmpstr (buurt_agenda_model_get_from_day (model), ==, in_a_week);
  first = item (fixture, 0);
  g_assert_cmpstr (buurt_occurrence_get_day (first), >=, in_a_week);

  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.previous-week", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.previous-week", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.today", NULL);
  g_assert_cmpstr (buurt_agenda_model_get_from_day (model), ==, today);
}

/* The shown toast's Undo button, as a user would click it. */
static void
click_undo (Fixture *fixture)
{
  GtkWidget *overlay = buurt_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_TOAST_OVERLAY, 0);
  GtkWidget *undo = NULL;

  g_assert_nonnull (overlay);
  for (guint i = 0; (undo = buurt_test_find_widget (overlay, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (undo)), _("_Undo")) == 0)
      break;
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} Shown;

static gboolean
toast_shown (gpointer user_data)
{
  Shown *shown = user_data;
  GtkWidget *overlay = buurt_test_find_widget (GTK_WIDGET (shown->fixture->window),
                                               ADW_TYPE_TOAST_OVERLAY, 0);
  GtkWidget *label;

  for (guint i = 0; (label = buurt_test_find_widget (overlay, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), shown->text) == 0)
      return TRUE;

  return FALSE;
}

static void
test_agenda_detail_and_delete_undo (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(BuurtOccurrence) chosen = item (fixture, 3);
  g_autofree char *title = g_strdup (buurt_occurrence_get_title (chosen));
  gint64 activity_id = buurt_occurrence_get_activity_id (chosen);
  gint64 activities = buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL);
  AdwToastOverlay *overlay;

  buurt_agenda_view_open (fixture->agenda, 3);
  g_assert_cmpstr (buurt_agenda_view_get_detail_title (fixture->agenda), ==, title);
  g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (buurt_agenda_view_get_current_activity (fixture->agenda))),
                   ==, activity_id);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-detail");

  /* Deleting removes the activity from the agenda, and a toast offers undo. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.delete", NULL);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, activities - 1);
  overlay = ADW_TOAST_OVERLAY (buurt_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_TOAST_OVERLAY, 0));
  g_assert_nonnull (overlay);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-deleted");
  click_undo (fixture);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, activities);
}

static gboolean
is_series (Fixture         *fixture,
           BuurtOccurrence *occurrence,
           gpointer         data)
{
  g_autoptr(BuurtEntity) activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY,
                                                      buurt_occurrence_get_activity_id (occurrence),
                                                      NULL);

  return buurt_entity_get_string (activity, "rrule") != NULL;
}

/* Rows far down the list, read from their day, are the rows the database has
 * at that position; and scrolling there shows them. */
static void
test_agenda_deep_rows (Fixture       *fixture,
                       gconstpointer  data)
{
  guint n = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));
  BuurtAgendaQuery query = *buurt_agenda_model_get_filter (BUURT_AGENDA_MODEL (fixture->model));
  const guint positions[] = { 0, 39, 40, 99, 100, 1234, n / 2, n - 101, n - 1 };

  query.from_day = buurt_agenda_model_get_from_day (BUURT_AGENDA_MODEL (fixture->model));
  query.search = NULL;
  query.show_cancelled = buurt_agenda_model_get_show_cancelled (BUURT_AGENDA_MODEL (fixture->model));
  g_assert_cmpuint (n, >, 2000);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(BuurtOccurrence) shown = item (fixture, positions[i]);
      g_autoptr(GPtrArray) expected = buurt_store_fetch_agenda (buurt_database_get_store (fixture->database), &query,
                                                                positions[i], 1, NULL);

      g_assert_nonnull (shown);
      g_assert_cmpuint (expected->len, ==, 1);
      g_assert_cmpint (buurt_occurrence_get_id (shown), ==,
                       buurt_occurrence_get_id (g_ptr_array_index (expected, 0)));
    }
  g_assert_null (g_list_model_get_item (fixture->model, n));

  gtk_widget_activate_action (buurt_test_find_widget (GTK_WIDGET (fixture->agenda),
                                                      GTK_TYPE_GRID_VIEW, 0),
                              "list.scroll-to-item", "u", n - 1);
  buurt_test_wait_ms (300);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-end");
}

/* The first date in the list that is of a series and not cancelled. */
static guint
first_series_date (Fixture *fixture)
{
  for (guint position = 0; position < 50; position++)
    {
      g_autoptr(BuurtOccurrence) candidate = item (fixture, position);

      if (!buurt_occurrence_get_cancelled (candidate) && is_series (fixture, candidate, NULL))
        return position;
    }

  g_assert_not_reached ();
}

static void
test_agenda_cancel_one_date (Fixture       *fixture,
                             gconstpointer  data)
{
  guint position = first_series_date (fixture);
  g_autoptr(BuurtOccurrence) chosen = item (fixture, position);
  g_autoptr(BuurtOccurrence) after = NULL;
  gint64 dates = buurt_database_count_occurrences (fixture->database, NULL);

  buurt_agenda_view_open (fixture->agenda, position);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.cancel-date", NULL);

  /* That date shows as cancelled; the rest of the series is untouched. */
  after = item (fixture, position);
  g_assert_cmpint (buurt_occurrence_get_id (after) != 0, ==, TRUE);
  g_assert_cmpstr (buurt_occurrence_get_day (after), ==, buurt_occurrence_get_day (chosen));
  g_assert_cmpint (buurt_occurrence_get_activity_id (after), ==, buurt_occurrence_get_activity_id (chosen));
  g_assert_true (buurt_occurrence_get_cancelled (after));
  g_assert_cmpint (buurt_database_count_occurrences (fixture->database, NULL), ==, dates);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-cancelled-date");

  /* Its row says so. */
  {
    GtkWidget *row;
    gboolean shown = FALSE;

    for (guint i = 0; (row = buurt_test_find_widget (GTK_WIDGET (fixture->agenda),
                                                     BUURT_TYPE_AGENDA_ROW, i)) != NULL; i++)
      shown |= g_strcmp0 (buurt_agenda_row_get_status (BUURT_AGENDA_ROW (row)), _("Cancelled")) == 0 &&
               g_strcmp0 (buurt_agenda_row_get_title (BUURT_AGENDA_ROW (row)),
                          buurt_occurrence_get_title (chosen)) == 0;
    g_assert_true (shown);
  }

  /* And it can take place again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.cancel-date", NULL);
  g_clear_object (&after);
  after = item (fixture, position);
  g_assert_false (buurt_occurrence_get_cancelled (after));
}

/* A row shows its times in the activity's zone (Europe/Amsterdam), also on
 * a computer set to another zone (the -utc and -new-york runs). */
static void
test_agenda_row_time_zone (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  GtkWidget *row = g_object_ref_sink (buurt_agenda_row_new ());
  guint checked = 0;

  for (guint position = 0; position < 40; position++)
    {
      g_autoptr(BuurtOccurrence) occurrence = item (fixture, position);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *start_text = NULL;
      g_autofree char *end_text = NULL;
      g_autofree char *day = NULL;

      if (buurt_occurrence_get_all_day (occurrence))
        continue;

      g_assert_cmpstr (buurt_occurrence_get_tzid (occurrence), ==, "Europe/Amsterdam");
      start = g_date_time_to_timezone (buurt_occurrence_get_starts_at (occurrence), amsterdam);
      end = g_date_time_to_timezone (buurt_occurrence_get_ends_at (occurrence), amsterdam);
      start_text = g_date_time_format (start, "%H:%M");
      end_text = g_date_time_format (end, "%H:%M");
      expected = g_strdup_printf ("%s – %s", start_text, end_text);

      buurt_agenda_row_set_occurrence (BUURT_AGENDA_ROW (row), occurrence, TRUE);
      g_assert_cmpstr (buurt_agenda_row_get_time (BUURT_AGENDA_ROW (row)), ==, expected);
      /* Its day is the date in that zone too, as the day header says. */
      day = g_date_time_format (start, "%Y-%m-%d");
      g_assert_cmpstr (buurt_occurrence_get_day (occurrence), ==, day);
      checked++;
    }

  g_assert_cmpuint (checked, >, 10);
  g_object_unref (row);
}

static BuurtEntity *
load_activity (Fixture *fixture,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  BuurtEntity *activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, id, &error);

  g_assert_no_error (error);
  return activity;
}

static gboolean
date_cancelled (Fixture         *fixture,
                BuurtOccurrence *occurrence)
{
  g_autoptr(BuurtOccurrence) now = buurt_database_load_occurrence (fixture->database,
                                                                   buurt_occurrence_get_activity_id (occurrence),
                                                                   buurt_occurrence_get_day (occurrence));

  g_assert_nonnull (now);
  return buurt_occurrence_get_cancelled (now);
}

static GtkWindow *find_window (GType type);
static gboolean has_editor (gpointer user_data);

/* Undo takes back only its own change: cancel a date, rename the activity in
 * the editor, press Undo: the date takes place again, the new name stays. */
static void
test_agenda_cancel_date_undo_keeps_rename (Fixture       *fixture,
                                           gconstpointer  data)
{
  guint position = first_series_date (fixture);
  g_autoptr(BuurtOccurrence) chosen = item (fixture, position);
  g_autoptr(BuurtEntity) after = NULL;
  BuurtActivityEditor *editor;

  g_assert_cmpstr (buurt_occurrence_get_title (chosen), !=, "Buurtsoep na de verbouwing");
  buurt_agenda_view_open (fixture->agenda, position);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.cancel-date", NULL);
  g_assert_true (date_cancelled (fixture, chosen));

  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.edit", NULL);
  g_assert_true (buurt_test_wait_until (has_editor, NULL, 5000));
  editor = BUURT_ACTIVITY_EDITOR (find_window (BUURT_TYPE_ACTIVITY_EDITOR));
  gtk_editable_set_text (buurt_activity_editor_get_title_entry (editor), "Buurtsoep na de verbouwing");
  /* Opened from a date of a series, saving asks which dates: every date. */
  g_assert_false (buurt_activity_editor_save (editor));
  g_assert_nonnull (buurt_activity_editor_get_scope_dialog (editor));
  adw_message_dialog_response (buurt_activity_editor_get_scope_dialog (editor), "every");

  click_undo (fixture);
  after = load_activity (fixture, buurt_occurrence_get_activity_id (chosen));
  g_assert_cmpstr (buurt_entity_get_string (after, "title"), ==, "Buurtsoep na de verbouwing");
  g_assert_false (date_cancelled (fixture, chosen));
  g_assert_cmpstr (buurt_agenda_view_get_detail_title (fixture->agenda), ==, "Buurtsoep na de verbouwing");
}

/* An undo that can no longer be done changes nothing and says why. */
static void
test_agenda_undo_after_delete (Fixture       *fixture,
                               gconstpointer  data)
{
  guint position = first_series_date (fixture);
  g_autoptr(BuurtOccurrence) chosen = item (fixture, position);
  g_autoptr(BuurtEntity) activity = NULL;
  g_autoptr(BuurtEntity) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Shown shown = { fixture, NULL };

  buurt_agenda_view_open (fixture->agenda, position);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.cancel-date", NULL);

  /* Another desk deletes the activity. */
  activity = load_activity (fixture, buurt_occurrence_get_activity_id (chosen));
  g_assert_true (buurt_database_delete (fixture->database, activity, &error));
  g_assert_no_error (error);

  click_undo (fixture);
  message = g_strdup_printf (_("“%s” was deleted in the meantime, so this cannot be undone."),
                             buurt_entity_get_string (activity, "title"));
  shown.text = message;
  g_assert_true (buurt_test_wait_until (toast_shown, &shown, 5000));

  after = load_activity (fixture, buurt_occurrence_get_activity_id (chosen));
  g_assert_nonnull (buurt_entity_get_deleted_at (after));
  g_assert_nonnull (strstr (buurt_entity_get_string (after, "cancelled-dates"),
                            buurt_occurrence_get_day (chosen)));
}

/* The filters are remembered per agenda file: one chosen in one file is not
 * there in another, and is back when the first is opened again. */
static void
test_agenda_filters_per_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = buurt_test_temp_database ();
  g_autoptr(BuurtDatabase) other = buurt_database_new (other_path, &error);
  g_autoptr(BuurtDatabase) again = NULL;
  BuurtWindow *window;
  BuurtAgendaView *agenda;
  guint n;

  g_assert_no_error (error);
  g_assert_nonnull (buurt_database_get_id (other));
  g_assert_cmpstr (buurt_database_get_id (other), !=, buurt_database_get_id (fixture->database));

  g_assert_true (buurt_agenda_view_set_filter (fixture->agenda, BUURT_AGENDA_FILTER_CATEGORY,
                                               BUURT_CATEGORY_SPORTS));
  n = buurt_test_rows (BUURT_AGENDA_MODEL (fixture->model));

  /* Another file: without it; a filter chosen there stays there. */
  window = buurt_window_new (app, other);
  agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (window, "agenda"));
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (agenda), ==, 0);
  g_assert_cmpint (buurt_agenda_view_get_filter_value (agenda, BUURT_AGENDA_FILTER_CATEGORY), ==, -1);
  g_assert_true (buurt_agenda_view_set_filter (agenda, BUURT_AGENDA_FILTER_STATUS,
                                               BUURT_ACTIVITY_STATUS_SUBMITTED));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The first file again, on a connection of its own: its filter only. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  again = buurt_database_new (buurt_database_get_path (fixture->database), &error);
  g_assert_no_error (error);
  fixture->window = buurt_window_new (app, again);
  agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (fixture->window, "agenda"));
  g_assert_cmpuint (buurt_agenda_view_get_n_chips (agenda), ==, 1);
  g_assert_cmpint (buurt_agenda_view_get_filter_value (agenda, BUURT_AGENDA_FILTER_CATEGORY), ==,
                   BUURT_CATEGORY_SPORTS);
  g_assert_cmpint (buurt_agenda_view_get_filter_value (agenda, BUURT_AGENDA_FILTER_STATUS), ==, -1);
  g_assert_cmpuint (buurt_test_rows (buurt_agenda_view_get_model (agenda)), ==, n);
}

static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }

  return NULL;
}

static gboolean
has_review_window (gpointer user_data)
{
  return find_window (BUURT_TYPE_REVIEW_WINDOW) != NULL;
}

static gboolean
has_editor (gpointer user_data)
{
  return find_window (BUURT_TYPE_ACTIVITY_EDITOR) != NULL;
}

/* Ctrl+N (win.new) opens an empty editor; Edit opens the chosen activity. */
static void
test_agenda_opens_editor (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BuurtOccurrence) chosen = item (fixture, 0);
  GtkWindow *editor;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "venues");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
  g_assert_true (buurt_test_wait_until (has_editor, NULL, 5000));
  editor = find_window (BUURT_TYPE_ACTIVITY_EDITOR);
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (BUURT_ACTIVITY_EDITOR (editor))), ==, "");
  g_assert_cmpstr (buurt_window_get_visible_view (fixture->window), ==, "agenda");
  gtk_window_destroy (editor);

  buurt_agenda_view_open (fixture->agenda, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->agenda), "agenda.edit", NULL);
  g_assert_true (buurt_test_wait_until (has_editor, NULL, 5000));
  editor = find_window (BUURT_TYPE_ACTIVITY_EDITOR);
  g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (BUURT_ACTIVITY_EDITOR (editor))), ==,
                   buurt_occurrence_get_title (chosen));
  gtk_window_destroy (editor);
}

/* The header shows how many submissions wait, and opens the review queue. */
static void
test_agenda_review_button (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 waiting = buurt_database_count_submissions (fixture->database, NULL);
  g_autofree char *expected = NULL;
  GtkWidget *button = NULL;

  g_assert_cmpint (waiting, >, 0);
  expected = g_strdup_printf (ngettext ("_Review (%d)", "_Review (%d)", (int) waiting), (int) waiting);
  for (guint i = 0; (button = buurt_test_find_widget (GTK_WIDGET (fixture->agenda), GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), expected) == 0)
      break;
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (buurt_test_wait_until (has_review_window, NULL, 5000));
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "agenda-review-button");
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

  app = buurt_test_application ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/agenda/filters", test_agenda_filters);
  ADD ("/agenda/filters-remembered", test_agenda_filters_remembered);
  ADD ("/agenda/navigation", test_agenda_navigation);
  ADD ("/agenda/detail-and-delete-undo", test_agenda_detail_and_delete_undo);
  ADD ("/agenda/row-time-zone", test_agenda_row_time_zone);
  ADD ("/agenda/deep-rows", test_agenda_deep_rows);
  ADD ("/agenda/cancel-one-date", test_agenda_cancel_one_date);
  ADD ("/agenda/cancel-date-undo-keeps-rename", test_agenda_cancel_date_undo_keeps_rename);
  ADD ("/agenda/undo-after-delete", test_agenda_undo_after_delete);
  ADD ("/agenda/filters-per-database", test_agenda_filters_per_database);
  ADD ("/agenda/review-button", test_agenda_review_button);
  ADD ("/agenda/opens-editor", test_agenda_opens_editor);

  return g_test_run ();
}

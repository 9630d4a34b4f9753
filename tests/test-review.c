/* test-review.c: the review queue of submissions, in the database and in its window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-review-window-private.h"
#include "buurt-test-utils.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"
#include "buurt-database.h"

typedef struct
{
  BuurtDatabase        *database;
  BuurtReviewWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = buurt_test_open_database (BUURT_TEST_EMPTY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  buurt_test_close (fixture->window, &fixture->database);
}

/* Opens the window on what the database holds now. */
static void
open_window (Fixture *fixture)
{
  fixture->window = buurt_review_window_new (NULL, fixture->database);
  buurt_test_show_window (fixture->window, 0, 0);
}

/* A time of the activities' zone on the day @days from today. */
static GDateTime *
local_time (int days,
            int hour,
            int minute)
{
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new (amsterdam, g_date_time_get_year (day), g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day), hour, minute, 0);
}

static gint64
add_activity (BuurtDatabase          *database,
              const char          *title,
              int                  days,
              BuurtActivityStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) starts_at = local_time (days, 19, 30);
  g_autoptr(GDateTime) ends_at = local_time (days, 21, 0);

  g_object_set (activity,
                "title", title,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "status", status,
                "source", BUURT_SOURCE_SUBMISSION,
                NULL);
  g_assert_true (buurt_database_save (database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);

  return buurt_entity_get_id (BUURT_ENTITY (activity));
}

static gint64
add_submission (BuurtDatabase *database,
                const char *title,
                int         days)
{
  return add_activity (database, title, days, BUURT_ACTIVITY_STATUS_SUBMITTED);
}

static BuurtActivity *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  BuurtActivity *activity = buurt_database_load (fixture->database, BUURT_TYPE_ACTIVITY, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (activity);
  return activity;
}

static void
assert_status (Fixture             *fixture,
               gint64               id,
               BuurtActivityStatus  status,
               const char          *reason)
{
  g_autoptr(BuurtActivity) activity = load (fixture, id);
  const char *stored = buurt_entity_get_string (BUURT_ENTITY (activity), "rejection-reason");

  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (activity), "status"), ==, status);
  g_assert_cmpstr (stored != NULL ? stored : "", ==, reason);
}

static const char *
window_subtitle (Fixture *fixture)
{
  GtkWidget *title = buurt_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_WINDOW_TITLE, 0);

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static void
assert_subtitle_count (Fixture *fixture,
                       guint    n)
{
  g_autofree char *expected = g_strdup_printf (ngettext ("%u to review", "%u to review", n), n);

  g_assert_cmpstr (window_subtitle (fixture), ==, expected);
}

/* Only submitted activities that are not deleted wait for review, earliest
 * first; the window says how many. */
static void
test_review_count (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BuurtActivity) deleted = NULL;
  g_autoptr(BuurtActivity) first = NULL;
  g_autoptr(BuurtActivity) second = NULL;
  gint64 later, earlier, deleted_id;

  g_assert_cmpint (buurt_database_count_submissions (fixture->database, NULL), ==, 0);

  later = add_submission (fixture->database, "Repaircafé", 9);
  add_activity (fixture->database, "Koffieochtend", 2, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (fixture->database, "Buurtbarbecue", 3, BUURT_ACTIVITY_STATUS_CANCELLED);
  earlier = add_submission (fixture->database, "Taalcafé", 4);
  deleted_id = add_submission (fixture->database, "Klaverjassen", 1);
  deleted = load (fixture, deleted_id);
  g_assert_true (buurt_database_delete (fixture->database, BUURT_ENTITY (deleted), &error));
  g_assert_no_error (error);

  g_assert_cmpint (buurt_database_count_submissions (fixture->database, NULL), ==, 2);

  list = buurt_database_list_submissions (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);
  g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (first)), ==, earlier);
  g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (second)), ==, later);

  open_window (fixture);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 2);
  assert_subtitle_count (fixture, 2);

  /* A submission that arrives while the window is open shows up. */
  add_submission (fixture->database, "Jeu de boules", 5);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 3);
  assert_subtitle_count (fixture, 3);
}

/* A row shows when, where and by whom, in the user's language. */
static void
test_review_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtVenue) venue = g_object_new (BUURT_TYPE_VENUE, "name", "De Schouw", NULL);
  g_autoptr(BuurtRoom) room = NULL;
  g_autoptr(BuurtContact) organiser = g_object_new (BUURT_TYPE_CONTACT,
                                                    "name", "Welzijn Dronten",
                                                    "kind", BUURT_CONTACT_KIND_WELFARE_ORGANISATION,
                                                    NULL);
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GDateTime) starts_at = local_time (1, 10, 0);
  g_autoptr(GDateTime) ends_at = local_time (1, 12, 0);
  GtkWidget *row;
  const char *subtitle;

  g_assert_true (buurt_database_save (fixture->database, BUURT_ENTITY (venue), &error));
  g_assert_no_error (error);
  room = g_object_new (BUURT_TYPE_ROOM,
                       "name", "Grote zaal",
                       "venue-id", buurt_entity_get_id (BUURT_ENTITY (venue)),
                       "capacity", (gint64) 80,
                       NULL);
  g_assert_true (buurt_database_save (fixture->database, BUURT_ENTITY (room), &error));
  g_assert_true (buurt_database_save (fixture->database, BUURT_ENTITY (organiser), &error));
  g_assert_no_error (error);

  activity = buurt_activity_new ();
  g_object_set (activity,
                "title", "Koffieochtend voor nieuwe bewoners",
                "starts-at", starts_at,
                "ends-at", ends_at,
                "room-id", buurt_entity_get_id (BUURT_ENTITY (room)),
                "organiser-id", buurt_entity_get_id (BUURT_ENTITY (organiser)),
                "rrule", "FREQ=WEEKLY;COUNT=10",
                "status", BUURT_ACTIVITY_STATUS_SUBMITTED,
                NULL);
  g_assert_true (buurt_database_save (fixture->database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);

  add_submission (fixture->database, "Repaircafé", 3);
  add_submission (fixture->database, "Taalcafé voor nieuwkomers", 4);
  add_submission (fixture->database, "Kinderdisco", 6);

  open_window (fixture);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 4);

  row = buurt_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Koffieochtend voor nieuwe bewoners");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, _("Tomorrow")));
  g_assert_nonnull (strstr (subtitle, "10:00"));
  g_assert_nonnull (strstr (subtitle, "De Schouw"));
  g_assert_nonnull (strstr (subtitle, "Grote zaal"));
  g_assert_nonnull (strstr (subtitle, "Welzijn Dronten"));

  buurt_review_window_select (fixture->window, 1, TRUE);
  buurt_review_window_select (fixture->window, 2, TRUE);
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "review");
}

/* With nothing checked, Approve publishes the current row, and the next one
 * becomes current: one by one. */
static void
test_review_approve_one (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BuurtActivity) before = NULL;
  g_autoptr(BuurtActivity) after = NULL;
  gint64 first = add_submission (fixture->database, "Repaircafé", 2);
  gint64 second = add_submission (fixture->database, "Taalcafé", 3);

  before = load (fixture, first);
  open_window (fixture);

  g_assert_true (buurt_review_window_approve_selected (fixture->window));
  assert_status (fixture, first, BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  assert_status (fixture, second, BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  after = load (fixture, first);
  g_assert_cmpint (g_date_time_compare (buurt_entity_get_modified_at (BUURT_ENTITY (after)),
                                        buurt_entity_get_modified_at (BUURT_ENTITY (before))), >=, 0);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 1);
  assert_subtitle_count (fixture, 1);

  /* The next one is current now: Approve again empties the queue. */
  g_assert_true (buurt_review_window_approve_selected (fixture->window));
  assert_status (fixture, second, BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 0);
  g_assert_cmpint (buurt_database_count_submissions (fixture->database, NULL), ==, 0);

  /* Nothing left to act on. */
  g_assert_false (buurt_review_window_approve_selected (fixture->window));
}

/* The approve action and its shortcut act on the checked rows. */
static void
test_review_approve_several (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("Activiteit %u", i + 1);

      ids[i] = add_submission (fixture->database, title, i + 1);
    }

  open_window (fixture);
  assert_subtitle_count (fixture, 5);

  buurt_review_window_select (fixture->window, 0, TRUE);
  buurt_review_window_select (fixture->window, 2, TRUE);
  buurt_review_window_select (fixture->window, 4, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.approve", NULL));

  assert_status (fixture, ids[0], BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  assert_status (fixture, ids[2], BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  assert_status (fixture, ids[4], BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  assert_status (fixture, ids[1], BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  assert_status (fixture, ids[3], BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  g_assert_cmpint (buurt_database_count_submissions (fixture->database, NULL), ==, 2);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 2);
  assert_subtitle_count (fixture, 2);

  /* Select All, then approve the rest. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.select-all", NULL));
  g_assert_true (buurt_review_window_approve_selected (fixture->window));
  assert_status (fixture, ids[1], BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  assert_status (fixture, ids[3], BUURT_ACTIVITY_STATUS_PUBLISHED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 0);
}

/* Rejecting without a reason changes nothing and says why. */
static void
test_review_reject_needs_reason (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = add_submission (fixture->database, "Repaircafé", 2);
  gint64 second = add_submission (fixture->database, "Taalcafé", 3);

  /* In the database. */
  g_assert_false (buurt_database_review (fixture->database, &first, 1,
                                      BUURT_ACTIVITY_STATUS_REJECTED, "  ", &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   _("Give a reason for rejecting, so the organiser knows what to change."));
  g_clear_error (&error);
  g_assert_false (buurt_database_review (fixture->database, &first, 1,
                                      BUURT_ACTIVITY_STATUS_REJECTED, NULL, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* In the window. */
  open_window (fixture);
  buurt_review_window_select (fixture->window, 0, TRUE);
  buurt_review_window_select (fixture->window, 1, TRUE);
  g_assert_false (buurt_review_window_reject_selected (fixture->window, ""));
  g_assert_false (buurt_review_window_reject_selected (fixture->window, " \t"));

  assert_status (fixture, first, BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  assert_status (fixture, second, BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 2);
  assert_subtitle_count (fixture, 2);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer user_data)
{
  return find_dialog () != NULL;
}

/* The reason is stored; the others stay in the queue. */
static void
test_review_reject_with_reason (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *reason = "Zet er de zaal bij, a.u.b.";
  gint64 first = add_submission (fixture->database, "Repaircafé", 2);
  gint64 second = add_submission (fixture->database, "Taalcafé", 3);
  gint64 third = add_submission (fixture->database, "Kinderdisco", 4);

  open_window (fixture);
  buurt_review_window_select (fixture->window, 1, TRUE);
  g_assert_true (buurt_review_window_reject_selected (fixture->window, reason));

  assert_status (fixture, second, BUURT_ACTIVITY_STATUS_REJECTED, reason);
  assert_status (fixture, first, BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  assert_status (fixture, third, BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 2);
  assert_subtitle_count (fixture, 2);
}

/* Delete opens the dialog; its Reject needs a reason typed first. */
static void
test_review_reject_dialog (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 first = add_submission (fixture->database, "Repaircafé", 2);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  open_window (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.reject", NULL));
  g_assert_true (buurt_test_wait_until (dialog_shown, NULL, 5000));
  dialog = find_dialog ();

  entry = buurt_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0);
  g_assert_nonnull (entry);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reject"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reject"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Welke dag?");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reject"));
  buurt_test_screenshot (GTK_WIDGET (dialog), "review-reject");

  adw_message_dialog_response (dialog, "reject");
  gtk_window_destroy (GTK_WINDOW (dialog));

  assert_status (fixture, first, BUURT_ACTIVITY_STATUS_REJECTED, "Welke dag?");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 0);
}

/* Undo puts approved and rejected activities back in the queue. */
static void
test_review_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[5];
  gint64 bad[2];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("Activiteit %u", i + 1);

      ids[i] = add_submission (fixture->database, title, i + 1);
    }

  open_window (fixture);

  buurt_review_window_select (fixture->window, 0, TRUE);
  buurt_review_window_select (fixture->window, 1, TRUE);
  buurt_review_window_select (fixture->window, 3, TRUE);
  g_assert_true (buurt_review_window_approve_selected (fixture->window));
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 2);

  buurt_review_window_undo (fixture->window);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 5);
  assert_subtitle_count (fixture, 5);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    assert_status (fixture, ids[i], BUURT_ACTIVITY_STATUS_SUBMITTED, "");

  /* A rejection too, and its reason goes. */
  buurt_review_window_select (fixture->window, 0, FALSE);
  buurt_review_window_select (fixture->window, 1, FALSE);
  buurt_review_window_select (fixture->window, 3, FALSE);
  buurt_review_window_select (fixture->window, 4, TRUE);
  g_assert_true (buurt_review_window_reject_selected (fixture->window, "Dubbel ingediend"));
  assert_status (fixture, ids[4], BUURT_ACTIVITY_STATUS_REJECTED, "Dubbel ingediend");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.undo", NULL));
  assert_status (fixture, ids[4], BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 5);

  /* All or nothing: one activity that is not there spoils the lot. */
  bad[0] = ids[0];
  bad[1] = ids[4] + 1000;
  g_assert_false (buurt_database_review (fixture->database, bad, G_N_ELEMENTS (bad),
                                      BUURT_ACTIVITY_STATUS_PUBLISHED, NULL, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  assert_status (fixture, ids[0], BUURT_ACTIVITY_STATUS_SUBMITTED, "");
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 5);
}

/* Does the window bind @trigger (as gtk_accelerator_name() writes it) to
 * @action? */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (text, trigger) && GTK_IS_NAMED_ACTION (named) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }

  return FALSE;
}

static guint
count_checked (GtkWidget *window)
{
  guint n = 0;

  for (guint i = 0; ; i++)
    {
      GtkWidget *row = buurt_test_find_widget (window, ADW_TYPE_ACTION_ROW, i);
      GtkWidget *check;

      if (row == NULL)
        return n;
      check = buurt_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, 0);
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        n++;
    }
}

/* Everything works from the keyboard: Enter toggles a row's check, Ctrl+A
 * checks all (also while a row has the focus), Ctrl+Enter approves, Delete
 * rejects, Ctrl+Z undoes. */
static void
test_review_keyboard (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *list_box;
  GtkWidget *row;

  add_submission (fixture->database, "Repaircafé", 2);
  add_submission (fixture->database, "Taalcafé", 3);
  add_submission (fixture->database, "Kinderdisco", 4);
  open_window (fixture);
  window = GTK_WIDGET (fixture->window);

  g_assert_true (has_shortcut (window, "<Control>Return", "review.approve"));
  g_assert_true (has_shortcut (window, "Delete", "review.reject"));
  g_assert_true (has_shortcut (window, "<Control>a", "review.select-all"));
  g_assert_true (has_shortcut (window, "<Control>z", "review.undo"));
  g_assert_true (has_shortcut (window, "Escape", "window.close"));

  /* The first row has the focus from the start. */
  row = buurt_test_find_widget (window, ADW_TYPE_ACTION_ROW, 0);
  g_assert_true (gtk_widget_has_focus (row));

  /* Enter (or Space, or a click) on a row activates it: its check toggles. */
  gtk_widget_activate (row);
  g_assert_cmpuint (count_checked (window), ==, 1);
  gtk_widget_activate (row);
  g_assert_cmpuint (count_checked (window), ==, 0);

  /* The list's own Ctrl+A, which it gets first while a row has the focus. */
  list_box = buurt_test_find_widget (window, GTK_TYPE_LIST_BOX, 0);
  g_signal_emit_by_name (list_box, "select-all");
  g_assert_cmpuint (count_checked (window), ==, 3);
  g_signal_emit_by_name (list_box, "select-all");
  g_assert_cmpuint (count_checked (window), ==, 0);
  g_signal_emit_by_name (list_box, "select-all");
  g_signal_emit_by_name (list_box, "unselect-all");
  g_assert_cmpuint (count_checked (window), ==, 0);
}

static gboolean
widget_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* An empty queue says so, and says what will appear. */
static void
test_review_empty_state (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *status_page;

  add_activity (fixture->database, "Koffieochtend", 2, BUURT_ACTIVITY_STATUS_PUBLISHED);

  open_window (fixture);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 0);
  g_assert_cmpstr (window_subtitle (fixture), ==, "");

  status_page = buurt_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE, 0);
  g_assert_nonnull (status_page);
  g_assert_true (gtk_widget_get_mapped (status_page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==,
                   _("Nothing to Review"));
  /* Nothing to approve or reject: no action bar (only visible widgets are found). */
  g_assert_null (buurt_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_ACTION_BAR, 0));
  buurt_test_screenshot (GTK_WIDGET (fixture->window), "review-empty");

  /* A new submission replaces the empty state with the list. */
  add_submission (fixture->database, "Repaircafé", 3);
  g_assert_cmpuint (buurt_review_window_get_n_rows (fixture->window), ==, 1);
  /* The stack swaps pages on its next frame, which a busy machine draws late. */
  g_assert_true (buurt_test_wait_until (widget_unmapped, status_page, 5000));
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/review/count", test_review_count);
  ADD ("/review/rows", test_review_rows);
  ADD ("/review/approve-one", test_review_approve_one);
  ADD ("/review/approve-several", test_review_approve_several);
  ADD ("/review/reject-needs-reason", test_review_reject_needs_reason);
  ADD ("/review/reject-with-reason", test_review_reject_with_reason);
  ADD ("/review/reject-dialog", test_review_reject_dialog);
  ADD ("/review/undo", test_review_undo);
  ADD ("/review/keyboard", test_review_keyboard);
  ADD ("/review/empty-state", test_review_empty_state);

  return g_test_run ();
}

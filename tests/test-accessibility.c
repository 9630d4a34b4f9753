/* test-accessibility.c: what a screen reader hears, over AT-SPI
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "buurt-activity-editor-private.h"
#include "buurt-preferences-window.h"
#include "buurt-recovery-window.h"
#include "buurt-agenda-row-private.h"
#include "buurt-agenda-view-private.h"
#include "buurt-contact-editor.h"
#include "buurt-contacts-window.h"
#include "buurt-funders-window.h"
#include "buurt-lessons-window.h"
#include "buurt-report-window.h"
#include "buurt-database-initiatives.h"
#include "buurt-initiative-editor.h"
#include "buurt-csv-preview.h"
#include "buurt-ical-export-dialog.h"
#include "buurt-ical-preview.h"
#include "buurt-initiatives-view.h"
#include "buurt-stage-dialog.h"
#include "buurt-review-window-private.h"
#include "buurt-closures-window-private.h"
#include "buurt-desk-exchange.h"
#include "buurt-receive-window.h"
#include "buurt-test-utils.h"
#include "buurt-conflicts-window.h"
#include "buurt-free-room-window.h"
#include "buurt-room-editor.h"
#include "buurt-venue-editor.h"
#include "buurt-venues-view.h"
#include "buurt-window.h"

/* Every test opens the window on the example community and asks
 * check-accessible-names, a separate process that reads this one's
 * accessibility tree over the AT-SPI bus as a screen reader does, for the
 * interactive objects that have no name a person understands. */

typedef struct
{
  BuurtDatabase *database;
  BuurtWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = buurt_test_open_database (BUURT_TEST_EXAMPLE_DATA);
  fixture->window = buurt_test_open_window (fixture->database, 1100, 720);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  buurt_test_close (fixture->window, &fixture->database);
}

typedef struct
{
  gboolean  done;
  char     *out;
  char     *err;
  GError   *error;
} Check;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Check *check = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result,
                                        &check->out, &check->err, &check->error);
  check->done = TRUE;
}

static gboolean
check_done (gpointer user_data)
{
  Check *check = user_data;

  return check->done;
}

/* Runs check-accessible-names on this process with @args, while the main
 * loop runs: this process answers its questions. Returns its output lines. */
static GStrv
check_accessible_names (const char *const *args,
                        int                expected_status_max)
{
  const char *script = g_getenv ("BUURT_CHECK_ACCESSIBLE_NAMES");
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  Check check = { 0 };

  g_assert_nonnull (script);
  /* Let the window settle: rows bound, popovers open. */
  buurt_test_wait_ms (300);

  g_ptr_array_add (argv, (char *) script);
  g_ptr_array_add (argv, pid);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated_cb, &check);
  g_assert_true (buurt_test_wait_until (check_done, &check, 120000));
  g_assert_no_error (check.error);

  if (check.err != NULL && *check.err != '\0')
    g_test_message ("%s", check.err);
  /* It exits 2 when it could not look at all. */
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), <=, expected_status_max);

  lines = g_strsplit (check.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (found, g_strdup (lines[i]));
  g_ptr_array_add (found, NULL);

  g_free (check.out);
  g_free (check.err);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
}

/* Fails the test with a line for each interactive object, anywhere in the
 * program's windows as they are now, that has no accessible name. */
static void
assert_all_named (const char *where)
{
  g_auto(GStrv) offenders = check_accessible_names (NULL, 1);
  guint n = g_strv_length (offenders);

  for (guint i = 0; i < n; i++)
    g_test_message ("%s: no accessible name: %s", where, offenders[i]);
  if (n > 0)
    g_test_fail_printf ("%s: %u interactive objects have no accessible name (listed above)", where, n);
}

static void
show_view (Fixture    *fixture,
           const char *name)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", name);
  g_assert_cmpstr (buurt_window_get_visible_view (fixture->window), ==, name);
}

static BuurtAgendaView *
show_agenda (Fixture *fixture)
{
  BuurtAgendaView *agenda = BUURT_AGENDA_VIEW (buurt_window_get_view (fixture->window, "agenda"));

  show_view (fixture, "agenda");
  g_assert_cmpuint (buurt_test_rows (buurt_agenda_view_get_model (agenda)), >, 1000);
  return agenda;
}

/* The agenda list: each cell that takes the focus reads its row's
 * sentence, with the day, time, title, place, price and mark. */
static void
test_accessibility_agenda (Fixture       *fixture,
                           gconstpointer  data)
{
  BuurtAgendaView *agenda = show_agenda (fixture);
  g_auto(GStrv) cells = NULL;
  guint n_rows = buurt_test_count_widgets (GTK_WIDGET (agenda), BUURT_TYPE_AGENDA_ROW);
  const char *day = NULL;
  guint n_marked = 0;

  assert_all_named ("Agenda");

  cells = check_accessible_names ((const char *[]) { "--names", "table cell", NULL }, 0);
  g_assert_cmpuint (n_rows, >=, 5);
  for (guint i = 0; i < n_rows; i++)
    {
      BuurtAgendaRow *row = BUURT_AGENDA_ROW (buurt_test_find_widget (GTK_WIDGET (agenda),
                                                                      BUURT_TYPE_AGENDA_ROW, i));
      const char *sentence = buurt_agenda_row_get_sentence (row);

      /* Every row says its day, also below the day's header. */
      if (buurt_agenda_row_get_day_header (row) != NULL)
        day = buurt_agenda_row_get_day_header (row);
      g_assert_nonnull (day);
      g_assert_nonnull (sentence);
      g_assert_true (g_str_has_prefix (sentence, day));
      g_assert_nonnull (strstr (sentence, buurt_agenda_row_get_title (row)));
      if (buurt_agenda_row_get_status (row) != NULL)
        {
          g_assert_true (g_str_has_suffix (sentence, buurt_agenda_row_get_status (row)));
          n_marked++;
        }
      /* ... and a screen reader hears it on the cell it focuses. */
      g_assert_true (g_strv_contains ((const char *const *) cells, sentence));
    }
  g_test_message ("%u rows read, %u with a mark", n_rows, n_marked);
}

static void
test_accessibility_filters (Fixture       *fixture,
                            gconstpointer  data)
{
  BuurtAgendaView *agenda = show_agenda (fixture);
  GtkWidget *button = buurt_test_find_menu_button (GTK_WIDGET (agenda), _("_Filters"));
  GtkWidget *popover;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  buurt_test_wait_ms (200);
  g_assert_true (gtk_widget_get_mapped (popover));
  assert_all_named ("Filters");
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static gint64
first_initiative (Fixture *fixture)
{
  BuurtInitiativeQuery query = { 0 };
  g_autoptr(GPtrArray) rows = buurt_database_list_initiatives (fixture->database, &query, NULL);

  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, >, 0);
  return ((BuurtInitiativeSummary *) g_ptr_array_index (rows, 0))->id;
}

static void
test_accessibility_initiatives (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *view = buurt_window_get_view (fixture->window, "initiatives");

  show_view (fixture, "initiatives");
  g_assert_cmpstr (buurt_initiatives_view_get_page (BUURT_INITIATIVES_VIEW (view)), ==, "list");
  /* With one chosen: its detail, with people, activities and journal. */
  g_assert_true (buurt_initiatives_view_select (BUURT_INITIATIVES_VIEW (view), first_initiative (fixture)));
  buurt_test_wait_ms (100);
  assert_all_named ("Initiatives");
}

/* The initiative editor, the stage dialog of a move to evaluating, the
 * address book and its contact editor, and the funders overview. */
static void
test_accessibility_initiative_windows (Fixture       *fixture,
                                       gconstpointer  data)
{
  GtkWidget *view = buurt_window_get_view (fixture->window, "initiatives");
  GtkWindow *window;

  show_view (fixture, "initiatives");
  g_assert_true (buurt_initiatives_view_select (BUURT_INITIATIVES_VIEW (view), first_initiative (fixture)));

  gtk_widget_activate_action (view, "initiatives.edit", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_INITIATIVE_EDITOR);
  assert_all_named ("Initiative editor");
  gtk_window_destroy (window);

  gtk_widget_activate_action (view, "initiatives.move", "s", "evaluating");
  window = buurt_test_wait_for_window (BUURT_TYPE_STAGE_DIALOG);
  assert_all_named ("Stage");
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.contacts", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_CONTACTS_WINDOW);
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (BUURT_CONTACTS_WINDOW (window)), >, 0);
  assert_all_named ("Contacts");

  gtk_widget_activate_action (GTK_WIDGET (window), "contacts.new", NULL);
  assert_all_named ("Contact editor");
  gtk_window_destroy (buurt_test_wait_for_window (BUURT_TYPE_CONTACT_EDITOR));
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.funders", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_FUNDERS_WINDOW);
  g_assert_cmpuint (buurt_funders_window_get_n_lines (BUURT_FUNDERS_WINDOW (window)), >, 0);
  assert_all_named ("Funders");
  gtk_window_destroy (window);
}

/* "Lessons" of all initiatives and the accountability report's preview,
 * both reached by keyboard from the Initiatives view (Ctrl+L, Ctrl+R). */
static void
test_accessibility_lessons_report (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *view = buurt_window_get_view (fixture->window, "initiatives");
  GtkWindow *window;

  show_view (fixture, "initiatives");
  g_assert_true (buurt_initiatives_view_select (BUURT_INITIATIVES_VIEW (view), first_initiative (fixture)));

  gtk_widget_activate_action (view, "initiatives.lessons", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_LESSONS_WINDOW);
  assert_all_named ("Lessons");
  gtk_window_destroy (window);

  gtk_widget_activate_action (view, "initiatives.report", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_REPORT_WINDOW);
  g_assert_cmpuint (buurt_report_window_get_n_pages (BUURT_REPORT_WINDOW (window)), >, 0);
  assert_all_named ("Accountability report");
  gtk_window_destroy (window);
}

static void
test_accessibility_venues (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = buurt_window_get_view (fixture->window, "venues");

  show_view (fixture, "venues");
  g_assert_cmpstr (buurt_venues_view_get_page (BUURT_VENUES_VIEW (view)), ==, "list");
  assert_all_named ("Venues");
}

static BuurtVenuesView *
show_venues (Fixture *fixture)
{
  BuurtVenuesView *view = BUURT_VENUES_VIEW (buurt_window_get_view (fixture->window, "venues"));

  show_view (fixture, "venues");
  g_assert_cmpstr (buurt_venues_view_get_page (view), ==, "list");
  return view;
}

/* A venue's page with its rooms, and a room's week with its blocks. */
static void
test_accessibility_venue_pages (Fixture       *fixture,
                                gconstpointer  data)
{
  BuurtVenuesView *view = show_venues (fixture);
  g_autoptr(GListModel) rooms = buurt_database_list (fixture->database, BUURT_TYPE_ROOM, NULL);
  g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, 0);

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.open-venue", "x", buurt_entity_get_int (room, "venue-id"));
  g_assert_cmpstr (buurt_venues_view_get_page (view), ==, "venue");
  assert_all_named ("Venue");

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.open-room", "x", buurt_entity_get_id (room));
  g_assert_cmpstr (buurt_venues_view_get_page (view), ==, "room");
  assert_all_named ("Room week");
}

static gboolean
conflicts_listed (gpointer user_data)
{
  return buurt_conflicts_window_get_n_shown (user_data) > 0;
}

/* The venues' filters, the editors of a venue and a room, and "Find a free room". */
static void
test_accessibility_venue_windows (Fixture       *fixture,
                                  gconstpointer  data)
{
  BuurtVenuesView *view = show_venues (fixture);
  g_autoptr(GListModel) rooms = buurt_database_list (fixture->database, BUURT_TYPE_ROOM, NULL);
  g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, 0);
  GtkWidget *button = buurt_test_find_menu_button (GTK_WIDGET (view), _("_Filters"));
  GtkWidget *popover;
  GtkWindow *window;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  buurt_test_wait_ms (200);
  assert_all_named ("Venue filters");
  gtk_popover_popdown (GTK_POPOVER (popover));

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.open-venue", "x", buurt_entity_get_int (room, "venue-id"));
  gtk_widget_activate_action (GTK_WIDGET (view), "venues.edit-venue", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_VENUE_EDITOR);
  assert_all_named ("Venue editor");
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.edit-room", "x", buurt_entity_get_id (room));
  window = buurt_test_wait_for_window (BUURT_TYPE_ROOM_EDITOR);
  assert_all_named ("Room editor");
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.merge-venue", NULL);
  window = buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  assert_all_named ("Merge venues");
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.merge-room", "x", buurt_entity_get_id (room));
  window = buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  assert_all_named ("Merge rooms");
  gtk_window_destroy (window);

  /* Two activities at one time in one room: the list of double bookings. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) start = g_date_time_add_days (now, 3);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);
      g_autoptr(BuurtEntity) clash = g_object_new (BUURT_TYPE_ACTIVITY,
                                                   "title", i == 0 ? "Breiclub" : "Schaakclub",
                                                   "category", BUURT_CATEGORY_MEETING,
                                                   "room-id", buurt_entity_get_id (room),
                                                   "starts-at", start, "ends-at", end,
                                                   "status", BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);

      buurt_test_save (fixture->database, clash);
    }
  gtk_widget_activate_action (GTK_WIDGET (view), "venues.show-conflicts", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_CONFLICTS_WINDOW);
  g_assert_true (buurt_test_wait_until (conflicts_listed, window, 5000));
  assert_all_named ("Double bookings");
  gtk_window_destroy (window);

  gtk_widget_activate_action (GTK_WIDGET (view), "venues.find-free-room", NULL);
  window = buurt_test_wait_for_window (BUURT_TYPE_FREE_ROOM_WINDOW);
  gtk_widget_activate_action (GTK_WIDGET (window), "free.find", NULL);
  assert_all_named ("Find a free room");
  gtk_window_destroy (window);
}

/* The editor on an activity of the list, with all its parts filled in. */
static void
test_accessibility_editor (Fixture       *fixture,
                           gconstpointer  data)
{
  BuurtAgendaView *agenda = show_agenda (fixture);
  GtkWindow *editor;

  buurt_agenda_view_open (agenda, 0);
  gtk_widget_activate_action (GTK_WIDGET (agenda), "agenda.edit", NULL);
  editor = buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR);
  assert_all_named ("Editor");
  gtk_window_destroy (editor);
}

/* The review queue: each row reads as what it shows. */
static void
test_accessibility_review (Fixture       *fixture,
                           gconstpointer  data)
{
  BuurtAgendaView *agenda = show_agenda (fixture);
  GtkWindow *review;

  gtk_widget_activate_action (GTK_WIDGET (agenda), "agenda.review", NULL);
  review = buurt_test_wait_for_window (BUURT_TYPE_REVIEW_WINDOW);
  g_assert_cmpuint (buurt_review_window_get_n_rows (BUURT_REVIEW_WINDOW (review)), >, 0);
  assert_all_named ("Review");
  gtk_window_destroy (review);
}

/* The closures: the list, the form and the preview of what closes. */
static void
test_accessibility_closures (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *closures;

  show_agenda (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.closures", NULL);
  closures = buurt_test_wait_for_window (BUURT_TYPE_CLOSURES_WINDOW);
  assert_all_named ("Closures");

  gtk_widget_activate_action (GTK_WIDGET (closures), "closures.add", NULL);
  gtk_editable_set_text (buurt_closures_window_get_name_entry (BUURT_CLOSURES_WINDOW (closures)), "Kerstvakantie");
  buurt_test_wait_ms (200);
  assert_all_named ("Closure form");

  gtk_widget_activate_action (GTK_WIDGET (closures), "closures.preview", NULL);
  g_assert_cmpstr (buurt_closures_window_get_page (BUURT_CLOSURES_WINDOW (closures)), ==, "preview");
  buurt_test_wait_ms (200);
  assert_all_named ("Closure preview");
  gtk_window_destroy (closures);
}

/* Preferences with its list of backups, and the page of a damaged agenda. */
static void
test_accessibility_backups (Fixture       *fixture,
                            gconstpointer  data)
{
  BuurtDatabase *database = buurt_window_get_database (fixture->window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) damage = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "malformed");
  BuurtPreferencesWindow *preferences;
  BuurtRecoveryWindow *recovery;

  g_assert_true (buurt_database_backup_before (database, "import", &error));
  g_assert_no_error (error);

  preferences = buurt_preferences_window_new (settings);
  buurt_preferences_window_set_database (preferences, database);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "backups");
  buurt_test_show_window (preferences, 700, 640);
  assert_all_named ("Backups");
  gtk_window_destroy (GTK_WINDOW (preferences));

  recovery = buurt_recovery_window_new (GTK_APPLICATION (buurt_test_application ()),
                                        buurt_database_get_path (database), NULL, damage);
  buurt_test_show_window (recovery, 720, 620);
  assert_all_named ("Damaged agenda");
  gtk_window_destroy (GTK_WINDOW (recovery));
}

static gboolean
receive_shows_preview (gpointer user_data)
{
  GtkWindow *preview = buurt_test_find_window (BUURT_TYPE_RECEIVE_WINDOW);
  GtkStack *stack = preview != NULL ? GTK_STACK (buurt_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_STACK, 0)) : NULL;

  return stack != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "preview") == 0;
}

/* The preview of another desk's changes, with a conflict side by side. */
static void
test_accessibility_receive (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *other_path = buurt_test_temp_database ();
  g_autofree char *folder = g_path_get_dirname (other_path);
  g_autofree char *file_path = g_build_filename (folder, "exchange.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(BuurtDatabase) other = buurt_database_new (other_path, NULL);
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GListModel) towns = NULL;
  g_autoptr(BuurtKern) mine = NULL;
  g_autoptr(BuurtKern) theirs = NULL;
  g_autoptr(GError) error = NULL;
  BuurtDeskSummary summary;
  GtkWindow *preview;

  g_assert_true (buurt_desk_send (fixture->database, file, NULL, NULL, &error));
  desk_file = buurt_desk_file_read (other, file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (other, desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_no_error (error);

  towns = buurt_database_list (fixture->database, BUURT_TYPE_KERN, NULL);
  mine = g_list_model_get_item (towns, 0);
  g_object_set (mine, "name", "Dronten-Noord", NULL);
  buurt_test_save (fixture->database, mine);
  g_clear_object (&towns);
  towns = buurt_database_list (other, BUURT_TYPE_KERN, NULL);
  theirs = g_list_model_get_item (towns, 0);
  g_object_set (theirs, "name", "Dronten-Zuid", NULL);
  buurt_test_save (other, theirs);
  g_assert_true (buurt_desk_send (other, file, NULL, NULL, &error));
  g_assert_no_error (error);

  buurt_window_import_file (fixture->window, file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_RECEIVE_WINDOW);
  /* The file is read on a thread of its own first. */
  g_assert_true (buurt_test_wait_until (receive_shows_preview, NULL, 10000));
  assert_all_named ("Receive");
  gtk_window_destroy (preview);
}

/* The preview of a spreadsheet: its column choices and its bad lines. */
static void
test_accessibility_csv_preview (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *text = "titel;datum;begin;locatie\nQuiz;9-3-2027;19:30;Café\nOnmogelijk;31-02-2027;10:00;Zaal\n";
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "buurt-accessibility.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *preview;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  buurt_window_import_file (fixture->window, file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_CSV_PREVIEW);
  assert_all_named ("Spreadsheet preview");
  gtk_window_destroy (preview);
  g_unlink (path);
}

static gboolean
preview_shows_list (gpointer user_data)
{
  GtkWindow *preview = buurt_test_find_window (BUURT_TYPE_ICAL_PREVIEW);
  GtkStack *stack = preview != NULL ? GTK_STACK (buurt_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_STACK, 0)) : NULL;

  return stack != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "list") == 0;
}

/* The import preview of a calendar file: its check boxes say what they
 * import. */
static void
test_accessibility_ical_preview (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ical", "google.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *preview;

  buurt_window_import_file (fixture->window, file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_ICAL_PREVIEW);
  g_assert_true (buurt_test_wait_until (preview_shows_list, NULL, 10000));
  assert_all_named ("Calendar import");
  gtk_window_destroy (preview);
}

/* Export Calendar File: its choices, rows and date buttons are named. */
static void
test_accessibility_ical_export (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-calendar", NULL));
  dialog = buurt_test_wait_for_window (BUURT_TYPE_ICAL_EXPORT_DIALOG);
  assert_all_named ("Calendar export");
  gtk_window_destroy (dialog);
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);
  buurt_test_application ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/accessibility/agenda", test_accessibility_agenda);
  ADD ("/accessibility/filters", test_accessibility_filters);
  ADD ("/accessibility/initiatives", test_accessibility_initiatives);
  ADD ("/accessibility/initiative-windows", test_accessibility_initiative_windows);
  ADD ("/accessibility/lessons-report", test_accessibility_lessons_report);
  ADD ("/accessibility/venues", test_accessibility_venues);
  ADD ("/accessibility/venue-pages", test_accessibility_venue_pages);
  ADD ("/accessibility/venue-windows", test_accessibility_venue_windows);
  ADD ("/accessibility/editor", test_accessibility_editor);
  ADD ("/accessibility/review", test_accessibility_review);
  ADD ("/accessibility/closures", test_accessibility_closures);
  ADD ("/accessibility/backups", test_accessibility_backups);
  ADD ("/accessibility/receive", test_accessibility_receive);
  ADD ("/accessibility/csv-preview", test_accessibility_csv_preview);
  ADD ("/accessibility/ical-preview", test_accessibility_ical_preview);
  ADD ("/accessibility/ical-export", test_accessibility_ical_export);

  return g_test_run ();
}

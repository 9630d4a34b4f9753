/* test-desks-window.c: receiving another desk's changes in the window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-desk-conflict-row.h"
#include "buurt-desk-conflicts-window.h"
#include "buurt-desk-exchange.h"
#include "buurt-receive-window.h"
#include "buurt-test-utils.h"
#include "buurt-window-private.h"

#include <sqlite3.h>

typedef struct
{
  BuurtDatabase *database;       /* this desk, in the window */
  BuurtDatabase *other;          /* the other desk */
  BuurtWindow   *window;
  GFile         *file;           /* what the other desk sent */
  char          *town_uuid;
} Fixture;

static BuurtKern *
find_kern (BuurtDatabase *database,
           const char    *uuid)
{
  g_autoptr(GListModel) towns = buurt_database_list (database, BUURT_TYPE_KERN, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (towns); i++)
    {
      g_autoptr(BuurtKern) kern = g_list_model_get_item (towns, i);

      if (g_str_equal (buurt_entity_get_uuid (BUURT_ENTITY (kern)), uuid))
        return g_steal_pointer (&kern);
    }
  return NULL;
}

static BuurtKern *
find_kern_named (BuurtDatabase *database,
                 const char    *name)
{
  g_autoptr(GListModel) towns = buurt_database_list (database, BUURT_TYPE_KERN, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (towns); i++)
    {
      g_autoptr(BuurtKern) kern = g_list_model_get_item (towns, i);
      g_autofree char *kern_name = NULL;

      g_object_get (kern, "name", &kern_name, NULL);
      if (g_str_equal (kern_name, name))
        return g_steal_pointer (&kern);
    }
  return NULL;
}

static void
rename_kern (BuurtDatabase *database,
             const char    *uuid,
             const char    *name)
{
  g_autoptr(BuurtKern) kern = find_kern (database, uuid);

  g_object_set (kern, "name", name, NULL);
  buurt_test_save (database, kern);
}

static void
send_and_receive (BuurtDatabase *from,
                  BuurtDatabase *to,
                  GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  BuurtDeskSummary summary;

  g_assert_true (buurt_desk_send (from, file, NULL, NULL, &error));
  g_assert_no_error (error);
  desk_file = buurt_desk_file_read (to, file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (to, desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_no_error (error);
}

/* Two desks that exchanged once, then both renamed the same town; the other
 * desk also added a town and a contact. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *other_path = buurt_test_temp_database ();
  g_autofree char *folder = g_path_get_dirname (other_path);
  g_autofree char *file_path = g_build_filename (folder, "from-kantoor.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtKern) dronten = g_object_new (BUURT_TYPE_KERN, "name", "Dronten", NULL);
  g_autoptr(BuurtKern) lelystad = g_object_new (BUURT_TYPE_KERN, "name", "Lelystad", NULL);
  g_autoptr(BuurtKern) urk = g_object_new (BUURT_TYPE_KERN, "name", "Urk", NULL);
  g_autoptr(BuurtContact) contact = g_object_new (BUURT_TYPE_CONTACT, "name", "Stichting Welzijn",
                                                  "kind", BUURT_CONTACT_KIND_WELFARE_ORGANISATION, NULL);

  f->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  f->other = buurt_database_new (other_path, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_set_name (f->database, "Balie MFC", &error));
  g_assert_true (buurt_desk_set_name (f->other, "Kantoor", &error));
  f->file = g_file_new_for_path (file_path);

  buurt_test_save (f->database, dronten);
  buurt_test_save (f->database, lelystad);
  f->town_uuid = g_strdup (buurt_entity_get_uuid (BUURT_ENTITY (dronten)));
  send_and_receive (f->database, f->other, f->file);

  rename_kern (f->database, f->town_uuid, "Dronten-Noord");
  rename_kern (f->other, f->town_uuid, "Dronten-Zuid");
  buurt_test_save (f->other, urk);
  buurt_test_save (f->other, contact);
  g_assert_true (buurt_desk_send (f->other, f->file, "Balie MFC", NULL, &error));
  g_assert_no_error (error);

  f->window = buurt_test_open_window (f->database, 1000, 760);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->other);
  g_clear_object (&f->file);
  g_free (f->town_uuid);
  buurt_test_close (f->window, &f->database);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static char *
visible_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, text);
  return g_string_free (text, FALSE);
}

static gboolean
window_gone (gpointer user_data)
{
  return buurt_test_find_window (GPOINTER_TO_SIZE (user_data)) == NULL;
}

/* Whether @user_data (a widget) shows text with the second string in it. */
typedef struct
{
  GtkWidget  *widget;
  const char *text;
} Shows;

static gboolean
shows (gpointer user_data)
{
  Shows *what = user_data;
  g_autofree char *text = visible_text (what->widget);

  return strstr (text, what->text) != NULL;
}

static gboolean
wait_for_text (GtkWidget  *widget,
               const char *text)
{
  Shows what = { widget, text };

  return buurt_test_wait_until (shows, &what, 10000);
}

/* The preview reads the file on a thread of its own: first it says so, then
 * it shows what would change. */
static GtkWindow *
open_preview (Fixture *f)
{
  GtkWindow *preview;

  /* The same way in as Import…, a dropped file or the file manager. */
  buurt_window_import_file (f->window, f->file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_RECEIVE_WINDOW);
  g_assert_nonnull (preview);
  g_assert_true (wait_for_text (GTK_WIDGET (preview), _("What Will Change")));
  return preview;
}

static char *
town_name (Fixture *f)
{
  g_autoptr(BuurtKern) kern = find_kern (f->database, f->town_uuid);
  char *name = NULL;

  g_object_get (kern, "name", &name, NULL);
  return name;
}

static void
test_receive_preview (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *preview;
  GtkWindow *conflicts;
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(GListModel) towns = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  preview = open_preview (f);
  buurt_test_screenshot (GTK_WIDGET (preview), "desks-receive");

  /* What will change per kind, and the conflict side by side. */
  text = visible_text (GTK_WIDGET (preview));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, _("Towns and villages")));
  g_assert_nonnull (strstr (text, _("Contacts")));
  g_assert_nonnull (strstr (text, "Dronten-Noord"));
  g_assert_nonnull (strstr (text, "Dronten-Zuid"));
  g_assert_nonnull (strstr (text, _("On This Desk")));
  g_assert_nonnull (strstr (text, "Kantoor"));
  g_assert_cmpuint (buurt_test_count_widgets (GTK_WIDGET (preview), BUURT_TYPE_DESK_CONFLICT_ROW), ==, 1);

  /* Nothing was written by looking. */
  kern = find_kern (f->database, f->town_uuid);
  g_object_get (kern, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Dronten-Noord");
  g_clear_pointer (&name, g_free);
  g_clear_object (&kern);

  /* Take theirs for all, receive: the other desk's name, and Urk is here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.choose-all", "s", "theirs"));
  g_assert_cmpint (buurt_desk_conflict_row_get_choice (BUURT_DESK_CONFLICT_ROW (
                     buurt_test_find_widget (GTK_WIDGET (preview), BUURT_TYPE_DESK_CONFLICT_ROW, 0))),
                   ==, BUURT_DESK_CHOICE_THEIRS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.apply", NULL));
  g_assert_true (buurt_test_wait_until (window_gone, GSIZE_TO_POINTER (BUURT_TYPE_RECEIVE_WINDOW), 10000));

  /* The window says what was done. */
  {
    g_autofree char *said = g_strdup (_("Changes received (%s)"));

    *strchr (said, '(') = '\0';
    g_assert_true (wait_for_text (GTK_WIDGET (f->window), said));
  }

  kern = find_kern (f->database, f->town_uuid);
  g_object_get (kern, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Dronten-Zuid");
  towns = buurt_database_list (f->database, BUURT_TYPE_KERN, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (towns), ==, 3);

  /* The version not chosen stays in the conflicts list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.desk-conflicts", NULL));
  conflicts = buurt_test_wait_for_window (BUURT_TYPE_DESK_CONFLICTS_WINDOW);
  g_assert_nonnull (conflicts);
  g_free (text);
  text = visible_text (GTK_WIDGET (conflicts));
  g_assert_nonnull (strstr (text, "Dronten-Noord"));
  buurt_test_screenshot (GTK_WIDGET (conflicts), "desks-conflicts");
  gtk_window_close (conflicts);
}

static gboolean
progress_shown (gpointer user_data)
{
  GtkWidget *bar = buurt_test_find_widget (user_data, GTK_TYPE_PROGRESS_BAR, 0);

  return bar != NULL && gtk_widget_get_mapped (bar);
}

/* Receiving runs on a thread of its own: after a second a progress bar and
 * Cancel show; cancelling leaves the agenda as it was. The other desk holds
 * the agenda's write lock meanwhile, so the job waits long enough to be seen. */
static void
test_receive_cancel (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *preview = open_preview (f);
  g_autoptr(GListModel) towns = NULL;
  g_autofree char *name = NULL;
  sqlite3 *other = NULL;
  gint64 started;

  g_assert_cmpint (sqlite3_open (buurt_database_get_path (f->database), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.choose-all", "s", "theirs"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.apply", NULL));
  g_assert_true (wait_for_text (GTK_WIDGET (preview), _("Receiving the changes…")));
  /* The main loop runs meanwhile (the window stays responsive): after a
   * second the progress bar shows, not before. */
  started = g_get_monotonic_time ();
  g_assert_true (buurt_test_wait_until (progress_shown, preview, 5000));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 900 * 1000);
  buurt_test_wait_ms (300);
  buurt_test_screenshot (GTK_WIDGET (preview), "desks-receiving");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.cancel", NULL));
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  /* Back at the preview, with the agenda as it was. */
  g_assert_true (wait_for_text (GTK_WIDGET (f->window), _("Receiving was cancelled. Nothing was changed.")));
  g_assert_true (wait_for_text (GTK_WIDGET (preview), _("What Will Change")));
  name = town_name (f);
  g_assert_cmpstr (name, ==, "Dronten-Noord");
  towns = buurt_database_list (f->database, BUURT_TYPE_KERN, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (towns), ==, 2);

  /* Cancel again closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "receive.cancel", NULL));
  g_assert_true (buurt_test_wait_until (window_gone, GSIZE_TO_POINTER (BUURT_TYPE_RECEIVE_WINDOW), 5000));
}

/* Exchanging through a shared folder runs on a thread of its own too: the
 * window says what came in, and the conflict waits in the conflicts list. */
static void
test_exchange_folder (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *folder_path = g_build_filename (parent, "shared", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  g_autofree char *name = NULL;
  g_autoptr(BuurtKern) urk = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *file_name;
  guint n_files = 0;
  BuurtDeskSummary summary;
  GtkWindow *conflicts;

  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  g_assert_true (buurt_desk_exchange_folder (f->other, folder, BUURT_DESK_CHOICE_ASK, &summary, NULL, &error));
  g_assert_no_error (error);

  buurt_window_exchange_folder (f->window, folder);
  said = g_strdup (ngettext ("Exchanged with %u other desk: %u new, %u changed, %u deleted",
                             "Exchanged with %u other desks: %u new, %u changed, %u deleted", 1));
  *strstr (said, "%u") = '\0';
  g_assert_true (wait_for_text (GTK_WIDGET (f->window), said));

  /* Urk came in; the town changed on both desks waits for a choice. */
  conflicts = buurt_test_wait_for_window (BUURT_TYPE_DESK_CONFLICTS_WINDOW);
  g_assert_nonnull (conflicts);
  g_assert_true (wait_for_text (GTK_WIDGET (conflicts), "Dronten-Zuid"));
  name = town_name (f);
  g_assert_cmpstr (name, ==, "Dronten-Noord");
  urk = find_kern_named (f->database, "Urk");
  g_assert_nonnull (urk);
  gtk_window_close (conflicts);

  /* This desk's own file is there for the others, beside the other's. */
  dir = g_dir_open (folder_path, 0, &error);
  g_assert_no_error (error);
  while ((file_name = g_dir_read_name (dir)) != NULL)
    n_files += g_str_has_prefix (file_name, "buurtagenda-desk-");
  g_assert_cmpuint (n_files, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

  g_test_add ("/desks/window/receive-preview", Fixture, NULL,
              fixture_set_up, test_receive_preview, fixture_tear_down);
  g_test_add ("/desks/window/receive-cancel", Fixture, NULL,
              fixture_set_up, test_receive_cancel, fixture_tear_down);
  g_test_add ("/desks/window/exchange-folder", Fixture, NULL,
              fixture_set_up, test_exchange_folder, fixture_tear_down);

  return g_test_run ();
}

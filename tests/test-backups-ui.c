/* test-backups-ui.c: the backups in Preferences, the page for a damaged
 * agenda, and the editor when the disk is full or the file read-only
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "buurt-activity-editor-private.h"
#include "buurt-backups-page.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"
#include "buurt-preferences-window.h"
#include "buurt-recovery-window.h"
#include "buurt-store-private.h"
#include "buurt-test-utils.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static gint64
count_activities (BuurtDatabase *database)
{
  g_autoptr(GError) error = NULL;
  gint64 n = buurt_database_count (database, BUURT_TYPE_ACTIVITY, &error);

  g_assert_no_error (error);
  return n;
}

static gboolean
has_message_dialog (gpointer user_data)
{
  return buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The texts of the rows of the backups list, one line each. */
static char *
list_text (BuurtBackupsPage *page)
{
  GString *text = g_string_new (NULL);
  guint n_lists = buurt_test_count_widgets (GTK_WIDGET (page), GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < n_lists; i++)
    {
      GtkWidget *list = buurt_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, i);

      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (ADW_IS_ACTION_ROW (row))
          g_string_append_printf (text, "%s | %s\n",
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }

  return g_string_free (text, FALSE);
}

/* Preferences lists the backups with date, reason, size and counts;
 * Restore asks first, then restores and lists the backup that undoes it. */
static void
test_preferences_backups (void)
{
  g_autoptr(BuurtDatabase) database = buurt_test_open_database (BUURT_TEST_EXAMPLE_DATA);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(BuurtBackup) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_path = NULL;
  g_autoptr(BuurtEntity) added = NULL;
  g_autoptr(GDateTime) starts_at = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);
  BuurtPreferencesWindow *preferences;
  BuurtBackupsPage *page;
  GtkWindow *dialog;
  gint64 activities = count_activities (database);
  g_autofree char *activities_text = g_strdup_printf ("%'d", (int) activities);

  g_settings_set_string (settings, "backup-folder", "");
  g_assert_true (buurt_database_backup_before (database, "import", &error));
  g_assert_no_error (error);

  /* A change after the backup, which the restore takes away. */
  added = g_object_new (BUURT_TYPE_ACTIVITY, "title", "Na de back-up", "starts-at", starts_at,
                        "ends-at", ends_at, "status", BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);
  buurt_test_save (database, added);
  g_assert_true (buurt_database_backup_now (database, &error));

  preferences = buurt_preferences_window_new (settings);
  buurt_preferences_window_set_database (preferences, database);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "backups");
  buurt_test_show_window (preferences, 700, 640);
  page = buurt_preferences_window_get_backups_page (preferences);

  g_assert_cmpuint (buurt_backups_page_get_n_rows (page), ==, 2);
  text = list_text (page);
  g_test_message ("%s", text);
  assert_contains (text, activities_text);
  assert_contains (text, buurt_test_is_dutch () ? "Voor een import" : "Before an import");
  assert_contains (text, buurt_test_is_dutch () ? "Door jou gemaakt" : "Made by you");
  assert_contains (text, buurt_test_is_dutch () ? "locaties" : "venues");
  buurt_test_screenshot (GTK_WIDGET (preferences), "preferences-backups");

  /* Restore the older one, the backup before the import. */
  backups = buurt_database_list_backups (database);
  for (guint i = 0; first == NULL; i++)
    {
      g_autoptr(BuurtBackup) backup = g_list_model_get_item (backups, i);

      if (g_str_equal (buurt_backup_get_reason (backup), "before-import"))
        first = g_steal_pointer (&backup);
    }
  first_path = g_strdup (buurt_backup_get_path (first));
  gtk_widget_activate_action (GTK_WIDGET (page), "backups.restore", "s", first_path);
  g_assert_true (buurt_test_wait_until (has_message_dialog, NULL, 5000));
  dialog = buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  assert_contains (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), activities_text);
  buurt_test_screenshot (GTK_WIDGET (dialog), "preferences-backups-restore");

  /* Nothing happens before the answer. */
  g_assert_cmpint (count_activities (database), ==, activities + 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  buurt_test_wait_ms (200);
  g_assert_cmpint (count_activities (database), ==, activities);

  /* The backup that undoes the restore is listed first. */
  g_assert_cmpuint (buurt_backups_page_get_n_rows (page), ==, 3);
  g_clear_pointer (&text, g_free);
  text = list_text (page);
  assert_contains (text, buurt_test_is_dutch () ? "Voor het terugzetten" : "Before restoring a backup");

  gtk_window_destroy (GTK_WINDOW (preferences));
  buurt_test_close (NULL, &database);
}

/* A damaged agenda: the page explains in plain words and restores the
 * newest good backup; the damaged file is kept. */
static void
test_recovery_page (void)
{
  g_autoptr(BuurtDatabase) database = buurt_test_open_database (BUURT_TEST_EXAMPLE_DATA);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (buurt_database_get_path (database));
  g_autofree char *contents = NULL;
  BuurtRecoveryWindow *recovery;
  gint64 activities = count_activities (database);
  gboolean restored = FALSE;
  gsize length;

  g_assert_true (buurt_database_backup_before (database, "closure", &error));
  g_assert_no_error (error);
  g_clear_object (&database);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  memset (contents + length / 2, 0x5a, 16384);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  g_assert_false (buurt_database_check_file (path, &error));
  g_assert_true (buurt_database_error_is_damaged (error));

  recovery = buurt_recovery_window_new (GTK_APPLICATION (buurt_test_application ()), path, NULL, error);
  g_signal_connect_swapped (recovery, "restored", G_CALLBACK (g_nullify_pointer), &restored);
  restored = TRUE;
  buurt_test_show_window (recovery, 720, 620);
  g_assert_true (buurt_recovery_window_has_backup (recovery));
  buurt_test_screenshot (GTK_WIDGET (recovery), "recovery");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (recovery), "recovery.restore", NULL));
  g_assert_false (restored);   /* nulled by the signal */
  g_clear_error (&error);
  g_assert_true (buurt_database_check_file (path, &error));
  g_assert_no_error (error);

  database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_activities (database), ==, activities);

  gtk_window_destroy (GTK_WINDOW (recovery));
  buurt_test_close (NULL, &database);
}

/* Without a backup the page says so and offers nothing to restore. */
static void
test_recovery_page_without_backup (void)
{
  g_autofree char *path = buurt_test_temp_database ();
  g_autoptr(GError) error = NULL;
  BuurtRecoveryWindow *recovery;

  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "database disk image is malformed");
  recovery = buurt_recovery_window_new (GTK_APPLICATION (buurt_test_application ()), path, NULL, error);
  buurt_test_show_window (recovery, 720, 620);
  g_assert_false (buurt_recovery_window_has_backup (recovery));
  g_assert_false (buurt_recovery_window_restore (recovery));
  buurt_test_screenshot (GTK_WIDGET (recovery), "recovery-no-backup");
  gtk_window_destroy (GTK_WINDOW (recovery));
}

static void
fill_in (BuurtActivityEditor *editor)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 4, 12, 0, 0);

  gtk_editable_set_text (buurt_activity_editor_get_title_entry (editor), "Koffieochtend");
  if (adw_combo_row_get_selected (buurt_activity_editor_get_venue_row (editor)) == 0)
    adw_combo_row_set_selected (buurt_activity_editor_get_venue_row (editor), 1);
  gtk_calendar_select_day (buurt_activity_editor_get_date_calendar (editor), date);
  gtk_editable_set_text (buurt_activity_editor_get_start_entry (editor), "10:00");
  gtk_editable_set_text (buurt_activity_editor_get_end_entry (editor), "11:30");

  /* Long enough to need new pages of the file. */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (int i = 0; i < 3000; i++)
      g_string_append (text, "Koffie, thee en een praatje met de buren. ");
    gtk_text_buffer_set_text (buurt_activity_editor_get_description_buffer (editor), text->str, -1);
  }
}

/* The disk fills up, or the file turns read-only, while the editor is
 * open: Save says so, the editor stays open with the edit, nothing stored is
 * damaged, and Save works again once the disk has room. */
static void
test_editor_keeps_edit (void)
{
  g_autoptr(BuurtDatabase) database = buurt_test_open_database (BUURT_TEST_EXAMPLE_DATA);
  BuurtStore *store = buurt_database_get_store (database);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  BuurtActivityEditor *editor;
  gint64 activities = count_activities (database);
  struct {
    const char *sql_on;
    const char *sql_off;
    const char *says_en;
    const char *says_nl;
    const char *screenshot;
  } cases[] = {
    { "PRAGMA max_page_count = 1", "PRAGMA max_page_count = 1073741823",
      "disk is full", "schijf is vol", "editor-disk-full" },
    { "PRAGMA query_only = ON", "PRAGMA query_only = OFF",
      "read-only", "alleen-lezen", "editor-read-only" },
  };

  buurt_test_show_window (parent, 900, 760);
  editor = buurt_activity_editor_new (parent, database, NULL, FALSE);
  buurt_test_show_window (editor, 0, 0);
  fill_in (editor);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_store_exec (store, cases[i].sql_on, &error));
      g_assert_no_error (error);

      g_assert_false (buurt_activity_editor_save (editor));
      g_test_message ("%s", gtk_label_get_text (editor->general_error));
      assert_contains (gtk_label_get_text (editor->general_error),
                       buurt_test_is_dutch () ? cases[i].says_nl : cases[i].says_en);
      g_assert_true (gtk_widget_get_visible (editor->general_error_group));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
      g_assert_cmpstr (gtk_editable_get_text (buurt_activity_editor_get_title_entry (editor)),
                       ==, "Koffieochtend");
      buurt_test_screenshot (GTK_WIDGET (editor), cases[i].screenshot);
      g_assert_cmpint (count_activities (database), ==, activities);

      g_assert_true (buurt_store_exec (store, cases[i].sql_off, &error));
    }

  /* Room again: the same edit saves. */
  g_assert_true (buurt_activity_editor_save (editor));
  g_assert_cmpint (count_activities (database), ==, activities + 1);

  buurt_test_close (parent, &database);
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

  g_test_add_func ("/backups/preferences", test_preferences_backups);
  g_test_add_func ("/backups/recovery", test_recovery_page);
  g_test_add_func ("/backups/recovery-without-backup", test_recovery_page_without_backup);
  g_test_add_func ("/backups/editor-keeps-edit", test_editor_keeps_edit);

  return g_test_run ();
}

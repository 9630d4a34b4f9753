/* buurt-backups-page.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-backups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-backups-page.h"

/*
 * The Backups page of Preferences: where backups go, and every backup with
 * its date, size and what it holds. "Restore…" shows that once more and,
 * after confirming, replaces the agenda, backing up the agenda as it is
 * first so the restore can itself be undone.
 */

struct _BuurtBackupsPage
{
  AdwPreferencesPage parent_instance;

  /* Template widgets */
  AdwActionRow *folder_row;
  GtkListBox   *list_box;

  /* Owned state */
  BuurtDatabase *database;
  GSettings     *settings;
  GtkFileChooserNative *chooser;
  guint          n_rows;     /* backups listed */
};

G_DEFINE_FINAL_TYPE (BuurtBackupsPage, buurt_backups_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_toast (BuurtBackupsPage *self,
            const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (BuurtBackupsPage *self,
            const char       *heading,
            const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * buurt_backup_describe_reason:
 * @reason: why a backup was made, as in its file name
 *
 * Returns: (transfer full): the reason in words
 */
char *
buurt_backup_describe_reason (const char *reason)
{
  if (g_str_has_prefix (reason, "daily"))
    return g_strdup (_("Daily backup"));
  if (g_str_has_prefix (reason, "manual"))
    return g_strdup (_("Made by you"));
  if (g_str_has_prefix (reason, "before-import"))
    return g_strdup (_("Before an import"));
  if (g_str_has_prefix (reason, "before-exchange"))
    return g_strdup (_("Before an exchange with another desk"));
  if (g_str_has_prefix (reason, "before-closure"))
    return g_strdup (_("Before a closure"));
  if (g_str_has_prefix (reason, "before-restore"))
    return g_strdup (_("Before restoring a backup"));
  if (g_str_has_prefix (reason, "before-schema"))
    return g_strdup (_("Before updating Buurtagenda"));

  /* Translators: %s is a technical word, such as "before-merge" */
  return g_strdup_printf (_("Backup (%s)"), reason);
}

/**
 * buurt_backup_describe_contents:
 *
 * Returns: (transfer full): its size and what it holds, or why it cannot be
 *   restored
 */
char *
buurt_backup_describe_contents (BuurtBackup *backup)
{
  g_autofree char *size = g_format_size ((guint64) buurt_backup_get_size (backup));
  g_autofree char *activities = NULL;
  g_autofree char *venues = NULL;
  g_autofree char *initiatives = NULL;
  gint64 n_activities = buurt_backup_get_n_activities (backup);
  gint64 n_venues = buurt_backup_get_n_venues (backup);
  gint64 n_initiatives = buurt_backup_get_n_initiatives (backup);

  if (buurt_backup_get_problem (backup) != NULL || n_activities < 0)
    /* Translators: %s is a size, such as "2.0 MB" */
    return g_strdup_printf (_("%s · damaged, cannot be restored"), size);

  activities = g_strdup_printf (ngettext ("%'d activity", "%'d activities", n_activities),
                                (int) n_activities);
  venues = g_strdup_printf (ngettext ("%'d venue", "%'d venues", n_venues), (int) n_venues);
  initiatives = g_strdup_printf (ngettext ("%'d initiative", "%'d initiatives", n_initiatives),
                                 (int) n_initiatives);

  /* Translators: a size, then counts: "2.0 MB · 174 activities, 40 venues, 25 initiatives" */
  return g_strdup_printf (_("%s · %s, %s, %s"), size, activities, venues, initiatives);
}

static char *
format_made_at (BuurtBackup *backup)
{
  /* Translators: the date and time of a backup, in strftime() format */
  return g_date_time_format (buurt_backup_get_made_at (backup), C_("backup date", "%A %-d %B %Y, %H:%M"));
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BuurtBackupsPage *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");
  g_autoptr(GError) error = NULL;
  g_autofree char *undo = NULL;

  if (!g_str_equal (response, "restore") || self->database == NULL)
    return;

  if (!buurt_database_restore (self->database, path, &undo, &error))
    {
      show_error (self, _("The Backup Was Not Restored"), error->message);
      return;
    }

  buurt_backups_page_reload (self);
  show_toast (self, _("Backup restored. To undo this, restore the backup “Before restoring a backup”."));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BuurtBackupsPage *self = BUURT_BACKUPS_PAGE (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(BuurtBackup) backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  /* Read again, checked: the file may have changed since it was listed. */
  backup = buurt_backup_new (path, "restore", now, 0);
  if (!buurt_backup_read (backup, TRUE, &error))
    {
      show_error (self, _("This Backup Cannot Be Restored"), error->message);
      return;
    }

  for (guint i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);

      if (row == NULL)
        break;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "backup-path"), path) == 0)
        when = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  contents = buurt_backup_describe_contents (backup);
  /* Translators: the first %s is a date, the second what the backup holds */
  body = g_strdup_printf (_("Your agenda will be replaced by the backup of %s (%s). "
                            "Changes made since then will be gone.\n\n"
                            "Your agenda as it is now is backed up first, so you can "
                            "undo this by restoring that backup."),
                          when != NULL ? when : path, contents);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
backup_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BuurtBackupsPage *self = BUURT_BACKUPS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;

  if (!buurt_database_backup_now (self->database, &error))
    {
      show_error (self, _("No Backup Was Made"), error->message);
      return;
    }

  buurt_backups_page_reload (self);
  show_toast (self, _("Backup made"));
}

static void
set_folder (BuurtBackupsPage *self,
            const char       *folder)
{
  g_settings_set_string (self->settings, "backup-folder", folder);
  buurt_database_set_backup_folder (self->database, folder);
  buurt_backups_page_reload (self);
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     BuurtBackupsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        set_folder (self, path);
    }

  g_clear_object (&self->chooser);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtBackupsPage *self = BUURT_BACKUPS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->database == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose the Backup Folder"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
default_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BuurtBackupsPage *self = BUURT_BACKUPS_PAGE (widget);

  if (self->database != NULL)
    set_folder (self, "");
}

static GtkWidget *
create_row (BuurtBackup *backup)
{
  g_autofree char *title = format_made_at (backup);
  g_autofree char *reason = buurt_backup_describe_reason (buurt_backup_get_reason (backup));
  g_autofree char *contents = buurt_backup_describe_contents (backup);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", reason, contents);
  g_autofree char *button_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "backup-path",
                          g_strdup (buurt_backup_get_path (backup)), g_free);

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", buurt_backup_get_path (backup));
  gtk_widget_set_sensitive (button, buurt_backup_get_problem (backup) == NULL);
  /* Translators: %s is the date and time of a backup */
  button_name = g_strdup_printf (_("Restore the backup of %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
buurt_backups_page_dispose (GObject *object)
{
  BuurtBackupsPage *self = (BuurtBackupsPage *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_BACKUPS_PAGE);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (buurt_backups_page_parent_class)->dispose (object);
}

static void
buurt_backups_page_class_init (BuurtBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_backups_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buurt-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtBackupsPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtBackupsPage, list_box);

  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "backups.backup-now", NULL, backup_now_action);
  gtk_widget_class_install_action (widget_class, "backups.choose-folder", NULL, choose_folder_action);
  gtk_widget_class_install_action (widget_class, "backups.default-folder", NULL, default_folder_action);
}

static void
buurt_backups_page_init (BuurtBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buurt_backups_page_set_database:
 * @database: the open agenda
 * @settings: the application's settings, which keep the chosen folder
 */
void
buurt_backups_page_set_database (BuurtBackupsPage *self,
                                 BuurtDatabase    *database,
                                 GSettings        *settings)
{
  g_return_if_fail (BUURT_IS_BACKUPS_PAGE (self));

  g_set_object (&self->database, database);
  g_set_object (&self->settings, settings);
  buurt_backups_page_reload (self);
}

/**
 * buurt_backups_page_reload:
 *
 * Lists the backups again, reading what each holds.
 */
void
buurt_backups_page_reload (BuurtBackupsPage *self)
{
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *folder_text = NULL;
  const char *folder;
  GtkWidget *child;
  gboolean chosen;

  g_return_if_fail (BUURT_IS_BACKUPS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_rows = 0;

  if (self->database == NULL)
    return;

  folder = buurt_database_get_backup_folder (self->database);
  chosen = self->settings != NULL &&
           (folder_text = g_settings_get_string (self->settings, "backup-folder")) != NULL &&
           *folder_text != '\0';
  adw_action_row_set_subtitle (self->folder_row, folder);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.default-folder", chosen);

  backups = buurt_database_list_backups (self->database);
  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(BuurtBackup) backup = g_list_model_get_item (backups, i);

      gtk_list_box_append (self->list_box, create_row (backup));
      self->n_rows++;
    }

  if (self->n_rows == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The first one is made when you next start Buurtagenda, "
                                     "or now with “Back Up Now”."));
      gtk_list_box_append (self->list_box, row);
    }
}

/**
 * buurt_backups_page_get_n_rows:
 *
 * Returns: how many backups are listed
 */
guint
buurt_backups_page_get_n_rows (BuurtBackupsPage *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUPS_PAGE (self), 0);

  return self->n_rows;
}

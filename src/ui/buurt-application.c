/* buurt-application.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "buurt-application.h"
#include "buurt-accessible.h"
#include "buurt-preferences-window.h"
#include "buurt-recovery-window.h"
#include "buurt-window.h"
#include "buurt-database.h"
#include "buurt-resources.h"

struct _BuurtApplication
{
  AdwApplication parent_instance;

  /* Owned state */
  char       *database_path;
  GSettings  *settings;
  BuurtDatabase *database;
  guint       horizon_id;       /* the timer that rolls the agenda's horizon */
  int         exit_status;      /* non-zero when the agenda could not be opened */
};

G_DEFINE_FINAL_TYPE (BuurtApplication, buurt_application, ADW_TYPE_APPLICATION)

/* The horizon moves once a day; looking every hour finds the new day soon
 * after it began, also after the computer slept. */
#define HORIZON_CHECK_SECONDS (60 * 60)

static gboolean
roll_horizon_cb (gpointer user_data)
{
  BuurtApplication *self = user_data;

  buurt_horizon_roll (buurt_database_get_horizon (self->database));

  return G_SOURCE_CONTINUE;
}

static void
show_open_error (BuurtApplication *self,
                 const GError     *error)
{
  GtkWidget *dialog;

  /* No window can show an agenda that did not open: the dialog stands alone,
   * and closing it quits. The file was left untouched. */
  dialog = adw_message_dialog_new (NULL, _("The Agenda Could Not Be Opened"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
daily_backup_done (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BuurtApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (buurt_database_backup_daily_finish (BUURT_DATABASE (source_object), result, &error) ||
      error == NULL)
    return;

  /* The agenda works without today's backup, but the user must know. */
  g_warning ("%s", error->message);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (BUURT_IS_WINDOW (window))
    buurt_window_show_message (BUURT_WINDOW (window), error->message);
}

static void
database_waited_cb (BuurtApplication *self,
                    guint             ms,
                    BuurtDatabase    *database)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *message = NULL;
  guint seconds = MAX (1, (ms + 500) / 1000);

  message = g_strdup_printf (ngettext ("Saved. Another copy of Buurtagenda was saving to this agenda, "
                                       "so yours waited %u second.",
                                       "Saved. Another copy of Buurtagenda was saving to this agenda, "
                                       "so yours waited %u seconds.", seconds),
                             seconds);
  g_debug ("%s", message);
  if (BUURT_IS_WINDOW (window))
    buurt_window_show_message (BUURT_WINDOW (window), message);
}

static void open_agenda (BuurtApplication *self);

static void
recovery_restored_cb (BuurtApplication    *self,
                      BuurtRecoveryWindow *recovery)
{
  open_agenda (self);
  gtk_window_destroy (GTK_WINDOW (recovery));
}

/* The check at every start, before anything is written: a damaged agenda
 * shows what happened and offers the newest good backup. */
static gboolean
check_agenda (BuurtApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  BuurtRecoveryWindow *recovery;

  if (buurt_database_check_file (self->database_path, &error))
    return TRUE;

  g_printerr ("buurtagenda: %s\n", error->message);
  if (!buurt_database_error_is_damaged (error))
    {
      self->exit_status = EXIT_FAILURE;
      show_open_error (self, error);
      return FALSE;
    }

  folder = g_settings_get_string (self->settings, "backup-folder");
  recovery = buurt_recovery_window_new (GTK_APPLICATION (self), self->database_path, folder, error);
  g_signal_connect_object (recovery, "restored", G_CALLBACK (recovery_restored_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (recovery));
  return FALSE;
}

static void
open_agenda (BuurtApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  GtkWindow *window;

  if (self->database == NULL)
    {
      self->database = buurt_database_new (self->database_path, &error);
      if (self->database == NULL)
        {
          g_printerr ("buurtagenda: %s\n", error->message);
          self->exit_status = EXIT_FAILURE;
          show_open_error (self, error);
          return;
        }

      folder = g_settings_get_string (self->settings, "backup-folder");
      buurt_database_set_backup_folder (self->database, folder);
      g_signal_connect_object (self->database, "waited", G_CALLBACK (database_waited_cb), self,
                               G_CONNECT_SWAPPED);

      /* Writes by the command line or by another desk on the same file
       * reach the open window within a second. */
      buurt_database_watch (self->database, 1000);

      /* Open-ended series get their dates up to two years after today. */
      buurt_horizon_roll (buurt_database_get_horizon (self->database));
      self->horizon_id = g_timeout_add_seconds (HORIZON_CHECK_SECONDS, roll_horizon_cb, self);

      /* The first start of the day backs the agenda up, off the main thread. */
      buurt_database_backup_daily_async (self->database, NULL, daily_backup_done,
                                         g_object_ref (self));
    }

  window = GTK_WINDOW (buurt_window_new (self, self->database));
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BuurtApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows saves their size before the application quits. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BuurtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Buurtagenda developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-icon", APP_ID,
                        "application-name", _("Buurtagenda"),
                        "developer-name", _("The Buurtagenda developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/buurtagenda/buurtagenda",
                        "issue-url", "https://github.com/buurtagenda/buurtagenda/issues",
                        "copyright", "© 2026 The Buurtagenda developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your name here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments", _("The agenda of activities, resident initiatives and venues "
                                      "of your neighbourhood, kept on this computer."),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about),
                                       _("Based on research by"),
                                       (const char *[]) { "Werkplaats Sociaal Domein Flevoland",
                                                          "Hogeschool Windesheim", NULL });
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BuurtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  BuurtPreferencesWindow *preferences = buurt_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  if (self->database != NULL)
    buurt_preferences_window_set_database (preferences, self->database);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

/* Every accelerator of the application, in one place. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.import", { "<Control>o", NULL } },
  { "win.contacts", { "<Control><Shift>c", NULL } },
  { "win.send-changes", { "<Control><Shift>s", NULL } },
  { "win.receive-changes", { "<Control><Shift>o", NULL } },
  { "win.exchange-folder", { "<Control><Shift>x", NULL } },
  { "win.export", { "<Control><Shift>e", NULL } },
  { "win.export-calendar", { "<Control><Shift>l", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.newsletter", { "<Control><Shift>n", NULL } },
  { "win.funders", { "<Control><Shift>f", NULL } },
  { "win.view::agenda", { "<Control>1", "<Alt>1", NULL } },
  { "win.view::initiatives", { "<Control>2", "<Alt>2", NULL } },
  { "win.view::venues", { "<Control>3", "<Alt>3", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
buurt_application_startup (GApplication *application)
{
  BuurtApplication *self = BUURT_APPLICATION (application);

  G_APPLICATION_CLASS (buurt_application_parent_class)->startup (application);

  /* Only the windowed application has settings; command-line runs need none. */
  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);

  gtk_window_set_default_icon_name (APP_ID);

  /* Every window's focusable parts get names a screen reader can read. */
  buurt_accessible_watch_windows ();
}

static void
buurt_application_activate (GApplication *application)
{
  BuurtApplication *self = BUURT_APPLICATION (application);
  GtkWindow *window;

  /* A second start for the same user lands here, in the first process:
   * its window comes forward instead of a second copy opening. */
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      g_debug ("Already running: bringing the open window forward");
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL && !check_agenda (self))
    return;

  open_agenda (self);
}

/* A file opened from the file manager, or given as `buurtagenda FILE`: the
 * window opens as usual, then shows what importing the file would change. */
static void
buurt_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window;

  g_application_activate (application);

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (!BUURT_IS_WINDOW (window))
    return;

  for (int i = 0; i < n_files; i++)
    buurt_window_import_file (BUURT_WINDOW (window), files[i]);
}

static void
buurt_application_dispose (GObject *object)
{
  BuurtApplication *self = (BuurtApplication *) object;

  g_clear_handle_id (&self->horizon_id, g_source_remove);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (buurt_application_parent_class)->dispose (object);
}

static void
buurt_application_finalize (GObject *object)
{
  BuurtApplication *self = (BuurtApplication *) object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (buurt_application_parent_class)->finalize (object);
}

static void
buurt_application_class_init (BuurtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = buurt_application_dispose;
  object_class->finalize = buurt_application_finalize;

  buurt_application_register_resources ();

  app_class->startup = buurt_application_startup;
  app_class->activate = buurt_application_activate;
  app_class->open = buurt_application_open;
}

static void
buurt_application_init (BuurtApplication *self)
{
}

/**
 * buurt_application_new:
 *
 * Returns: (transfer full): the application
 */
BuurtApplication *
buurt_application_new (void)
{
  return g_object_new (BUURT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * buurt_application_register_resources:
 *
 * Makes the windows' templates, styles and shortcuts known; the first call
 * does it, later ones do nothing.
 */
void
buurt_application_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      buurt_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/**
 * buurt_application_get_database:
 *
 * Returns: (transfer none) (nullable): the database context of the open
 *   agenda, once activated
 */
BuurtDatabase *
buurt_application_get_database (BuurtApplication *self)
{
  g_return_val_if_fail (BUURT_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * buurt_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, once started
 */
GSettings *
buurt_application_get_settings (BuurtApplication *self)
{
  g_return_val_if_fail (BUURT_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
buurt_application_get_database_path (BuurtApplication *self)
{
  g_return_val_if_fail (BUURT_IS_APPLICATION (self), NULL);

  return self->database_path;
}

/**
 * buurt_application_set_database_path:
 * @path: the agenda file to open on activation
 */
void
buurt_application_set_database_path (BuurtApplication *self,
                                     const char       *path)
{
  g_return_if_fail (BUURT_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}

/**
 * buurt_application_get_exit_status:
 *
 * Returns: what the process should exit with once the application quit:
 *   non-zero when the agenda could not be opened
 */
int
buurt_application_get_exit_status (BuurtApplication *self)
{
  g_return_val_if_fail (BUURT_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}

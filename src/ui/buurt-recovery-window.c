/* buurt-recovery-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-recovery-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-backups-page.h"
#include "buurt-database.h"
#include "buurt-recovery-window.h"

/*
 * Shown instead of the main window when the check at start found the agenda
 * damaged. Nothing was written to it. It says so in plain words and offers
 * the newest backup that passes the same check; restoring moves the damaged
 * file aside (it is kept) and puts the backup in its place, after which the
 * window emits "restored" and the application opens the agenda as usual.
 */

struct _BuurtRecoveryWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkLabel      *explanation_label;
  GtkLabel      *backup_label;
  GtkWidget     *restore_button;
  GtkLabel      *details_label;

  /* Owned state */
  char          *database_path;
  BuurtBackup   *backup;        /* the newest good backup, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtRecoveryWindow, buurt_recovery_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  buurt_recovery_window_restore (BUURT_RECOVERY_WINDOW (widget));
}

static void
buurt_recovery_window_dispose (GObject *object)
{
  BuurtRecoveryWindow *self = (BuurtRecoveryWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_RECOVERY_WINDOW);
  g_clear_object (&self->backup);

  G_OBJECT_CLASS (buurt_recovery_window_parent_class)->dispose (object);
}

static void
buurt_recovery_window_finalize (GObject *object)
{
  BuurtRecoveryWindow *self = (BuurtRecoveryWindow *) object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (buurt_recovery_window_parent_class)->finalize (object);
}

static void
buurt_recovery_window_class_init (BuurtRecoveryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_recovery_window_dispose;
  object_class->finalize = buurt_recovery_window_finalize;

  /**
   * BuurtRecoveryWindow::restored:
   *
   * Emitted once the backup is in place of the damaged agenda.
   */
  signals[RESTORED] =
    g_signal_new ("restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buurt-recovery-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtRecoveryWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, BuurtRecoveryWindow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtRecoveryWindow, backup_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtRecoveryWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtRecoveryWindow, details_label);

  gtk_widget_class_install_action (widget_class, "recovery.restore", NULL, restore_action);
}

static void
buurt_recovery_window_init (BuurtRecoveryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buurt_recovery_window_new:
 * @database_path: the damaged agenda
 * @backup_folder: (nullable): the folder chosen for backups, or %NULL
 * @damage: what the check found
 *
 * Returns: (transfer full): the window, which looks for the newest good
 *   backup at once
 */
BuurtRecoveryWindow *
buurt_recovery_window_new (GtkApplication *application,
                           const char     *database_path,
                           const char     *backup_folder,
                           const GError   *damage)
{
  BuurtRecoveryWindow *self = g_object_new (BUURT_TYPE_RECOVERY_WINDOW,
                                            "application", application,
                                            NULL);
  g_autofree char *explanation = NULL;
  g_autofree char *offer = NULL;

  self->database_path = g_strdup (database_path);
  self->backup = buurt_database_find_good_backup (database_path, backup_folder);

  /* Translators: %s is the agenda file */
  explanation = g_strdup_printf (_("Buurtagenda checks your agenda every time it starts. This time "
                                   "it found that the file “%s” is damaged, for example by a power "
                                   "cut or a faulty disk. To keep it from getting worse, nothing was "
                                   "changed in it and it was not opened."),
                                 database_path);
  gtk_label_set_label (self->explanation_label, explanation);
  gtk_label_set_label (self->details_label, damage->message);

  if (self->backup != NULL)
    {
      g_autofree char *when = g_date_time_format (buurt_backup_get_made_at (self->backup),
                                                  C_("backup date", "%A %-d %B %Y, %H:%M"));
      g_autofree char *contents = buurt_backup_describe_contents (self->backup);

      /* Translators: the first %s is a date, the second what the backup holds */
      offer = g_strdup_printf (_("The newest good backup is from %s (%s). Restoring it brings back "
                                 "your agenda as it was then; changes made after that are gone. "
                                 "The damaged file is kept beside it."),
                               when, contents);
    }
  else
    offer = g_strdup (_("There is no good backup to restore. Ask someone who knows computers to "
                        "look at the file; until then, Buurtagenda leaves it as it is."));

  gtk_label_set_label (self->backup_label, offer);
  gtk_widget_set_visible (self->restore_button, self->backup != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.restore", self->backup != NULL);
  if (self->backup != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), self->restore_button);

  return self;
}

/**
 * buurt_recovery_window_has_backup:
 *
 * Returns: whether a good backup was found to restore
 */
gboolean
buurt_recovery_window_has_backup (BuurtRecoveryWindow *self)
{
  g_return_val_if_fail (BUURT_IS_RECOVERY_WINDOW (self), FALSE);

  return self->backup != NULL;
}

/**
 * buurt_recovery_window_restore:
 *
 * Moves the damaged agenda aside and restores the newest good backup; on
 * success emits "restored", otherwise says why and leaves the file.
 *
 * Returns: whether the backup was restored
 */
gboolean
buurt_recovery_window_restore (BuurtRecoveryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (BUURT_IS_RECOVERY_WINDOW (self), FALSE);

  if (self->backup == NULL)
    return FALSE;

  if (!buurt_database_restore_damaged (self->database_path, buurt_backup_get_path (self->backup),
                                       &kept, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("The Backup Was Not Restored"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  g_message ("The damaged agenda was kept in %s; %s was restored", kept,
             buurt_backup_get_path (self->backup));
  g_signal_emit (self, signals[RESTORED], 0);
  return TRUE;
}

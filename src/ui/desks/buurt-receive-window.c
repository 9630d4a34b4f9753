/* buurt-receive-window.c: the preview of another desk's exchange file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-receive-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-progress.h"
#include "buurt-desk-conflict-row.h"
#include "buurt-receive-window.h"
#include "buurt-toast.h"

/* Before anything is written: per kind of record what is new, changed and
 * deleted, and every conflict side by side with a choice. Receive writes it
 * all in one transaction; a conflict left for later waits in the conflicts
 * list. Reading the file and receiving it run on a thread of their own
 * (buurt-desk-async.c): after a second a progress bar shows, and Cancel
 * stops the job, which then leaves the agenda as it was. */
struct _BuurtReceiveWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkLabel             *busy_label;
  GtkProgressBar       *progress_bar;
  AdwPreferencesGroup  *summary_group;
  AdwPreferencesGroup  *conflicts_group;

  /* What it previews */
  BuurtDatabase        *database;
  BuurtDeskFile        *desk_file;     /* NULL while it is read or received */
  gboolean              backed_up;     /* the backup before receiving is made */
  GPtrArray            *conflict_rows;
  GtkWindow            *parent;

  /* The running job */
  GCancellable         *cancellable;   /* NULL when none runs */
  guint                 progress_id;   /* shows, then pulses, the progress bar */
};

G_DEFINE_FINAL_TYPE (BuurtReceiveWindow, buurt_receive_window, ADW_TYPE_WINDOW)

/* "3 new, 2 changed, 1 deleted" */
static char *
describe_counts (const guint *n)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n[BUURT_DESK_CHANGE_NEW] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u new", "%u new", n[BUURT_DESK_CHANGE_NEW]),
                                             n[BUURT_DESK_CHANGE_NEW]));
  if (n[BUURT_DESK_CHANGE_CHANGED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u changed", "%u changed", n[BUURT_DESK_CHANGE_CHANGED]),
                                             n[BUURT_DESK_CHANGE_CHANGED]));
  if (n[BUURT_DESK_CHANGE_DELETED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u deleted", "%u deleted", n[BUURT_DESK_CHANGE_DELETED]),
                                             n[BUURT_DESK_CHANGE_DELETED]));
  if (n[BUURT_DESK_CHANGE_CONFLICT] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u changed on both desks", "%u changed on both desks",
                                                       n[BUURT_DESK_CHANGE_CONFLICT]),
                                             n[BUURT_DESK_CHANGE_CONFLICT]));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
update_actions (BuurtReceiveWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receive.apply",
                                 self->cancellable == NULL && self->desk_file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receive.choose-all",
                                 self->cancellable == NULL && self->desk_file != NULL);
}

static void
start_job (BuurtReceiveWindow *self,
           const char         *message)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->busy_label, message);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  buurt_progress_show_later (self->progress_bar, &self->progress_id);
  update_actions (self);
}

static void
end_job (BuurtReceiveWindow *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
}

static void
fill (BuurtReceiveWindow *self,
      GPtrArray          *changes)
{
  const char *their_desk = self->desk_file->desk_name != NULL && *self->desk_file->desk_name != '\0'
                           ? self->desk_file->desk_name : _("another desk");
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: %s is the name of the desk that wrote the file */
  subtitle = g_strdup_printf (_("From desk “%s”"), their_desk);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint i = 0; i < changes->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (changes, i);
      guint *n = g_hash_table_lookup (counts, change->table);

      if (n == NULL)
        {
          n = g_new0 (guint, BUURT_DESK_N_CHANGE_KINDS);
          g_hash_table_insert (counts, change->table, n);
          g_ptr_array_add (tables, change->table);
        }
      n[change->kind]++;

      if (change->kind == BUURT_DESK_CHANGE_CONFLICT)
        {
          GtkWidget *row = buurt_desk_conflict_row_new (self->database, change->table, change->uuid,
                                                        change->mine, change->theirs, their_desk);

          adw_preferences_group_add (self->conflicts_group, row);
          g_ptr_array_add (self->conflict_rows, row);
        }
    }

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *counts_text = describe_counts (g_hash_table_lookup (counts, table));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_desk_table_title (table));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts_text);
      adw_preferences_group_add (self->summary_group, row);
    }

  if (tables->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nothing new: this desk has seen everything in this file"));
      adw_preferences_group_add (self->summary_group, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), self->conflict_rows->len > 0);
}

static void
show_error (GtkWindow    *window,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (window, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (BuurtReceiveWindow *self,
       const char         *message)
{
  if (self->parent != NULL)
    buurt_toast_show_in_window (self->parent, adw_toast_new (message));
}

static void
preview_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BuurtReceiveWindow) self = user_data;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  BuurtDeskFile *desk_file;

  desk_file = buurt_desk_preview_finish (BUURT_DATABASE (source), result, &changes,
                                         &self->backed_up, &error);
  if (self->cancellable == NULL)
    {
      /* Closed meanwhile. */
      g_clear_pointer (&desk_file, buurt_desk_file_free);
      return;
    }

  if (desk_file == NULL)
    {
      GtkWindow *parent = self->parent;

      end_job (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && parent != NULL)
        show_error (parent, _("This File Cannot Be Received"), error);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  self->desk_file = desk_file;
  end_job (self);
  fill (self, changes);
}

static void
receive_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BuurtReceiveWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *counts = NULL;
  BuurtDeskSummary summary;
  gboolean ok;

  ok = buurt_desk_receive_finish (BUURT_DATABASE (source), result, &self->desk_file, &summary, &error);
  if (self->cancellable == NULL)
    return;  /* closed meanwhile */
  end_job (self);

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("Receiving was cancelled. Nothing was changed."));
      else
        show_error (GTK_WINDOW (self), _("The Changes Could Not Be Received"), error);
      return;
    }

  counts = describe_counts (summary.n);
  if (summary.n_pending > 0)
    /* Translators: %s lists the counts, such as “3 new, 1 changed” */
    message = g_strdup_printf (ngettext ("Changes received (%s); %u conflict waits in the conflicts list",
                                         "Changes received (%s); %u conflicts wait in the conflicts list",
                                         summary.n_pending), *counts != '\0' ? counts : _("nothing new"),
                               summary.n_pending);
  else
    message = g_strdup_printf (_("Changes received (%s)"), *counts != '\0' ? counts : _("nothing new"));

  toast (self, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (widget);
  g_autoptr(GHashTable) choices = NULL;

  if (self->cancellable != NULL || self->desk_file == NULL)
    return;

  choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      BuurtDeskConflictRow *row = g_ptr_array_index (self->conflict_rows, i);

      g_hash_table_insert (choices,
                           buurt_desk_choice_key (buurt_desk_conflict_row_get_table (row),
                                                  buurt_desk_conflict_row_get_uuid (row)),
                           GINT_TO_POINTER (buurt_desk_conflict_row_get_choice (row)));
    }

  /* The file goes to the job, and comes back with its answer. */
  start_job (self, _("Receiving the changes…"));
  buurt_desk_receive_async (self->database, g_steal_pointer (&self->desk_file), BUURT_DESK_CHOICE_ASK,
                            choices, self->backed_up, self->cancellable, receive_done_cb,
                            g_object_ref (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (widget);

  /* While a job runs, Cancel stops it (receiving then writes nothing);
   * otherwise it closes the preview. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
choose_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (widget);
  BuurtDeskChoice choice = g_str_equal (g_variant_get_string (parameter, NULL), "mine")
                           ? BUURT_DESK_CHOICE_MINE : BUURT_DESK_CHOICE_THEIRS;

  if (self->cancellable != NULL)
    return;
  for (guint i = 0; i < self->conflict_rows->len; i++)
    buurt_desk_conflict_row_set_choice (g_ptr_array_index (self->conflict_rows, i), choice);
}

static void
buurt_receive_window_dispose (GObject *object)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (object);

  /* A job still running stops; its answer finds the window closed. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_RECEIVE_WINDOW);
  g_clear_pointer (&self->conflict_rows, g_ptr_array_unref);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (buurt_receive_window_parent_class)->dispose (object);
}

static void
buurt_receive_window_finalize (GObject *object)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->desk_file, buurt_desk_file_free);

  G_OBJECT_CLASS (buurt_receive_window_parent_class)->finalize (object);
}

static void
buurt_receive_window_class_init (BuurtReceiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_receive_window_dispose;
  object_class->finalize = buurt_receive_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/desks/buurt-receive-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, busy_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, summary_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, conflicts_group);

  gtk_widget_class_install_action (widget_class, "receive.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "receive.choose-all", "s", choose_all_activated);
  gtk_widget_class_install_action (widget_class, "receive.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "receive.cancel", NULL);
}

static void
buurt_receive_window_init (BuurtReceiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->conflict_rows = g_ptr_array_new ();
}

/**
 * buurt_receive_window_new:
 * @parent: (nullable): the window it belongs to, where the summary is shown
 *   and a file that cannot be received is explained
 * @file: an exchange file from another desk
 *
 * Returns: (transfer none): a new preview that reads @file on a thread of
 *   its own; present it. It closes itself when the file cannot be received.
 */
BuurtReceiveWindow *
buurt_receive_window_new (GtkWindow     *parent,
                          BuurtDatabase *database,
                          GFile         *file)
{
  BuurtReceiveWindow *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (BUURT_TYPE_RECEIVE_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  g_set_weak_pointer (&self->parent, parent);

  start_job (self, _("Reading the exchange file…"));
  buurt_desk_preview_async (database, file, self->cancellable, preview_done_cb, g_object_ref (self));
  return self;
}

/* buurt-window-desks.c: Send Changes…, Receive Changes…, Exchange Through Folder…
 * and the conflicts list
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-conflicts-window.h"
#include "buurt-desk-exchange.h"
#include "buurt-receive-window.h"
#include "buurt-toast.h"
#include "buurt-window-private.h"

/*
 * Several offline desks keep one agenda by exchange files. Sending asks for
 * which desk (only what it has not seen) or everything, then where to save;
 * receiving goes through the window's one import path and shows the
 * preview; a shared folder does both for every desk that uses it.
 */

static void
toast (BuurtWindow *self,
       const char  *message)
{
  buurt_toast_show_in_window (GTK_WINDOW (self), adw_toast_new (message));
}

static void
show_error (BuurtWindow  *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * buurt_window_receive_desk_file:
 *
 * The importer of exchange files from other desks: reads @file on a thread
 * of its own and shows what receiving it would change.
 */
void
buurt_window_receive_desk_file (BuurtWindow   *self,
                                BuurtDatabase *database,
                                GFile         *file)
{
  BuurtReceiveWindow *preview = buurt_receive_window_new (GTK_WINDOW (self), database, file);

  gtk_window_present (GTK_WINDOW (preview));
}

typedef struct
{
  BuurtWindow *window;
  char        *since_desk;
} Send;

static void
send_free (Send *send)
{
  g_object_unref (send->window);
  g_free (send->since_desk);
  g_free (send);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Send            *send)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint n_records = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    {
      if (!buurt_desk_send (buurt_window_get_database (send->window), file, send->since_desk,
                            &n_records, &error))
        show_error (send->window, _("The Changes Could Not Be Sent"), error);
      else
        {
          g_autofree char *message =
            g_strdup_printf (ngettext ("%u record written for the other desk",
                                       "%u records written for the other desk", n_records),
                             n_records);

          toast (send->window, message);
        }
    }

  send_free (send);
  g_object_unref (chooser);
}

static void
choose_file (Send *send)
{
  BuurtDatabase *database = buurt_window_get_database (send->window);
  g_autofree char *name = buurt_desk_get_name (database);
  g_autofree char *today = buurt_today ();
  g_autofree char *file_name = g_strdup_printf ("buurtagenda-%s-%s.json", name, today);
  GtkFileChooserNative *chooser;

  g_strdelimit (file_name, "/\\:", '-');
  chooser = gtk_file_chooser_native_new (_("Send Changes"), GTK_WINDOW (send->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), send);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
desk_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Send             *send)
{
  GtkDropDown *desks = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  GtkStringObject *item = gtk_drop_down_get_selected_item (desks);

  if (!g_str_equal (response, "send"))
    {
      send_free (send);
      return;
    }

  if (gtk_drop_down_get_selected (desks) > 0 && item != NULL)
    send->since_desk = g_strdup (gtk_string_object_get_string (item));
  choose_file (send);
}

static void
send_changes_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  BuurtWindow *self = user_data;
  g_autoptr(GPtrArray) peers = buurt_desk_list_peers (buurt_window_get_database (self), NULL);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *dialog, *desks;
  Send *send = g_new0 (Send, 1);

  send->window = g_object_ref (self);
  gtk_string_list_append (choices, _("Everything in this agenda"));
  for (guint i = 0; peers != NULL && i < peers->len; i++)
    {
      BuurtDeskPeer *peer = g_ptr_array_index (peers, i);

      if (*peer->name != '\0')
        gtk_string_list_append (choices, peer->name);
    }

  desks = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (desks), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Send to desk"), -1);
  if (peers != NULL && peers->len > 0)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (desks), 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Send Changes"),
                                   _("Choose the desk the file is for: it gets what that desk has not seen yet. A desk that never sent you a file gets everything."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), desks);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "send", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "send");
  g_signal_connect (dialog, "response", G_CALLBACK (desk_response_cb), send);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  BuurtWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        buurt_window_import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
receive_changes_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  BuurtWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Receive Changes"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Exchange files from other desks"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_conflicts (BuurtWindow *self)
{
  BuurtDeskConflictsWindow *conflicts =
    buurt_desk_conflicts_window_new (GTK_WINDOW (self), buurt_window_get_database (self));

  gtk_window_present (GTK_WINDOW (conflicts));
}

/* An exchange through a folder, on a thread of its own: after a second a
 * dialog with a progress bar says it is working and offers Cancel, which
 * leaves the agenda as it was. */
typedef struct
{
  BuurtWindow    *window;
  GCancellable   *cancellable;
  GtkWidget      *dialog;        /* shown after a second */
  GtkProgressBar *progress_bar;
  guint           progress_id;
} FolderJob;

static void
folder_job_free (FolderJob *job)
{
  g_clear_handle_id (&job->progress_id, g_source_remove);
  if (job->dialog != NULL)
    {
      GtkWidget *dialog = job->dialog;

      g_signal_handlers_disconnect_by_data (dialog, job);
      g_clear_weak_pointer (&job->dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_object_unref (job->cancellable);
  g_object_unref (job->window);
  g_free (job);
}

static gboolean
folder_pulse_cb (gpointer user_data)
{
  FolderJob *job = user_data;

  gtk_progress_bar_pulse (job->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
folder_progress_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             FolderJob        *job)
{
  /* The dialog closes itself; the job stops, then says so. */
  g_clear_handle_id (&job->progress_id, g_source_remove);
  g_cancellable_cancel (job->cancellable);
}

static gboolean
folder_show_progress_cb (gpointer user_data)
{
  FolderJob *job = user_data;

  job->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress of the exchange"), -1);
  g_set_weak_pointer (&job->dialog,
                      adw_message_dialog_new (GTK_WINDOW (job->window), _("Exchanging Through Folder"),
                                              _("Receiving the other desks’ changes and writing this desk’s file…")));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (job->dialog), GTK_WIDGET (job->progress_bar));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (job->dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (job->dialog), "cancel");
  g_signal_connect (job->dialog, "response", G_CALLBACK (folder_progress_response_cb), job);
  gtk_window_present (GTK_WINDOW (job->dialog));

  job->progress_id = g_timeout_add (100, folder_pulse_cb, job);
  return G_SOURCE_REMOVE;
}

static void
folder_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FolderJob *job = user_data;
  BuurtWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  BuurtDeskSummary summary;
  guint n_files = 0;

  g_object_set_data (G_OBJECT (self), "buurt-folder-job", NULL);
  if (!buurt_desk_exchange_folder_finish (BUURT_DATABASE (source), result, &summary, &n_files, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("The exchange was cancelled. Nothing was changed."));
      else
        show_error (self, _("The Folder Could Not Be Used"), error);
      folder_job_free (job);
      return;
    }

  /* Translators: the counts of records received from the other desks' files */
  message = g_strdup_printf (ngettext ("Exchanged with %u other desk: %u new, %u changed, %u deleted",
                                       "Exchanged with %u other desks: %u new, %u changed, %u deleted",
                                       n_files),
                             n_files, summary.n[BUURT_DESK_CHANGE_NEW],
                             summary.n[BUURT_DESK_CHANGE_CHANGED], summary.n[BUURT_DESK_CHANGE_DELETED]);
  toast (self, message);
  if (summary.n_pending > 0)
    show_conflicts (self);
  folder_job_free (job);
}

/**
 * buurt_window_exchange_folder:
 * @folder: a folder several desks share
 *
 * Receives every other desk's file in @folder and writes this desk's, on a
 * thread of its own; shows the conflicts list when records wait for a
 * choice.
 */
void
buurt_window_exchange_folder (BuurtWindow *self,
                              GFile       *folder)
{
  FolderJob *job;

  /* One at a time. */
  if (g_object_get_data (G_OBJECT (self), "buurt-folder-job") != NULL)
    return;

  job = g_new0 (FolderJob, 1);
  job->window = g_object_ref (self);
  job->cancellable = g_cancellable_new ();
  job->progress_id = g_timeout_add (1000, folder_show_progress_cb, job);
  g_object_set_data (G_OBJECT (self), "buurt-folder-job", job);
  buurt_desk_exchange_folder_async (buurt_window_get_database (self), folder, BUURT_DESK_CHOICE_ASK,
                                    job->cancellable, folder_done_cb, job);
}

static void
folder_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BuurtWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL)
        buurt_window_exchange_folder (self, folder);
    }
  g_object_unref (chooser);
}

static void
exchange_folder_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  BuurtWindow *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Exchange Through Folder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Exchange"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
desk_conflicts_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  show_conflicts (user_data);
}

static const GActionEntry desk_actions[] = {
  { "send-changes", send_changes_activated },
  { "receive-changes", receive_changes_activated },
  { "exchange-folder", exchange_folder_activated },
  { "desk-conflicts", desk_conflicts_activated },
};

void
buurt_window_init_desks (BuurtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), desk_actions,
                                   G_N_ELEMENTS (desk_actions), self);
}

/* buurt-window-import.c: Import…, a file dropped on the window, a file opened
 * from the file manager
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-exchange-error.h"
#include "buurt-exchange-format.h"
#include "buurt-window-private.h"

/*
 * Every way a file comes in ends in buurt_window_import_file(), which asks
 * the file's format and hands it to that format's preview: nothing is
 * written before the user has seen what the file holds. Each format has one
 * line in this table; the file chooser offers only the formats listed.
 */
typedef void (*ImportFunc) (BuurtWindow   *window,
                            BuurtDatabase *database,
                            GFile         *file);

static const struct
{
  BuurtExchangeFormat format;
  ImportFunc          import;
} importers[] = {
  { BUURT_EXCHANGE_FORMAT_UNKNOWN, NULL },
  { BUURT_EXCHANGE_FORMAT_DESKS, buurt_window_receive_desk_file },
  { BUURT_EXCHANGE_FORMAT_CSV, buurt_window_import_csv },
  { BUURT_EXCHANGE_FORMAT_ICALENDAR, buurt_window_import_ical },
};

static ImportFunc
find_importer (BuurtExchangeFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (importers[i].format == format && importers[i].import != NULL)
      return importers[i].import;

  return NULL;
}

static void
show_import_error (BuurtWindow  *self,
                   const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This File Cannot Be Imported"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * buurt_window_import_file:
 * @file: a calendar file, a spreadsheet or an exchange file from another desk
 *
 * Shows what importing @file would change, in the preview of its format, or
 * says why it cannot be imported. Writes nothing by itself.
 */
void
buurt_window_import_file (BuurtWindow *self,
                          GFile       *file)
{
  g_autoptr(GError) error = NULL;
  BuurtExchangeFormat format;
  ImportFunc import;

  g_return_if_fail (BUURT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  format = buurt_exchange_format_for_file (file);
  import = find_importer (format);
  if (import != NULL)
    {
      import (self, buurt_window_get_database (self), file);
      return;
    }

  if (format == BUURT_EXCHANGE_FORMAT_UNKNOWN)
    buurt_exchange_format_unknown_error (file, &error);
  else
    buurt_exchange_set_error_at (&error, BUURT_EXCHANGE_ERROR_UNSUPPORTED, file, 0,
                                 _("%s cannot be imported."),
                                 buurt_exchange_format_describe (format));
  show_import_error (self, error);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
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

static GtkFileFilter *
filter_for (BuurtExchangeFormat format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, buurt_exchange_format_describe (format));
  gtk_file_filter_add_mime_type (filter, buurt_exchange_format_mime_type (format));
  return filter;
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BuurtWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (all, _("Files Buurtagenda can import"));
  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (importers[i].import != NULL)
      gtk_file_filter_add_mime_type (all, buurt_exchange_format_mime_type (importers[i].format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (importers[i].import != NULL)
      {
        g_autoptr(GtkFileFilter) filter = filter_for (importers[i].format);

        gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      }
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BuurtWindow   *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* One preview at a time: a second file dropped together waits for the
   * user to drop it again, rather than stacking previews. */
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files != NULL)
    buurt_window_import_file (self, files->data);
  g_slist_free (files);

  return files != NULL;
}

static const GActionEntry import_actions[] = {
  { "import", import_activated },
};

void
buurt_window_init_import (BuurtWindow *self)
{
  GtkDropTarget *target;
  gboolean any = FALSE;

  g_action_map_add_action_entries (G_ACTION_MAP (self), import_actions,
                                   G_N_ELEMENTS (import_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    any |= importers[i].import != NULL;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "import")), any);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

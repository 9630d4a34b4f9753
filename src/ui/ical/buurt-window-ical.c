/* buurt-window-ical.c: calendar files from and to the window: the import
 * preview, and Export Calendar File…
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-ical.h"
#include "buurt-ical-preview.h"
#include "buurt-window-private.h"

/**
 * buurt_window_import_ical:
 *
 * Opens the preview of a calendar file (the importers[] table of
 * buurt-window-import.c).
 */
void
buurt_window_import_ical (BuurtWindow   *window,
                          BuurtDatabase *database,
                          GFile         *file)
{
  BuurtIcalPreview *preview = buurt_ical_preview_new (GTK_WINDOW (window), database, file);

  gtk_window_present (GTK_WINDOW (preview));
}

static void
toast (BuurtWindow *self,
       const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_first_child (GTK_WIDGET (self));

  /* The window's toast overlay, wherever the template put it. */
  while (overlay != NULL && !ADW_IS_TOAST_OVERLAY (overlay))
    overlay = gtk_widget_get_first_child (overlay) != NULL ? gtk_widget_get_first_child (overlay)
                                                            : gtk_widget_get_next_sibling (overlay);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BuurtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_events = 0;

  if (!buurt_ical_export_finish (BUURT_DATABASE (source), result, &n_events, &error))
    message = g_strdup (error->message);
  else
    message = g_strdup_printf (ngettext ("Exported %u activity", "Exported %u activities", n_events), n_events);

  toast (self, message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BuurtWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        buurt_ical_export_async (buurt_window_get_database (self), file, NULL, NULL,
                                 export_done_cb, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static void
export_calendar_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  BuurtWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export Calendar File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested name of an exported calendar file */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("agenda.ics"));

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry ical_actions[] = {
  { "export-calendar", export_calendar_activated },
};

/**
 * buurt_window_init_ical:
 *
 * Adds win.export-calendar: every published activity to a calendar file.
 */
void
buurt_window_init_ical (BuurtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), ical_actions,
                                   G_N_ELEMENTS (ical_actions), self);
}

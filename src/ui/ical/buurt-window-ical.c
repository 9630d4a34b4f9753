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
#include "buurt-ical-export-dialog.h"
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
export_calendar_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  BuurtWindow *self = user_data;
  BuurtAgendaQuery query;
  BuurtIcalExportDialog *dialog;

  /* The agenda's query is copied: the dialog outlives a change of it. */
  dialog = buurt_ical_export_dialog_new (GTK_WINDOW (self), buurt_window_get_database (self),
                                         buurt_window_get_agenda_query (self, &query) ? &query : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry ical_actions[] = {
  { "export-calendar", export_calendar_activated },
};

/**
 * buurt_window_init_ical:
 *
 * Adds win.export-calendar: the dialog that chooses which published
 * activities and dates go into a calendar file.
 */
void
buurt_window_init_ical (BuurtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), ical_actions,
                                   G_N_ELEMENTS (ical_actions), self);
}

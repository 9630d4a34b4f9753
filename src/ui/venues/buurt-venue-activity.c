/* buurt-venue-activity.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venues-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-activity-editor.h"
#include "buurt-toast.h"
#include "buurt-venue-activity.h"

/*
 * The Venues view starts and opens activities with the agenda's own editor:
 * a new one in a room at a time (from free time in a room's week, or from a
 * free room found), or an existing one (a block of a room's week).
 */

static GtkWindow *
parent_window (GtkWidget *from)
{
  GtkRoot *root = gtk_widget_get_root (from);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
saved_cb (BuurtActivityEditor *editor,
          BuurtActivity       *activity,
          GtkWidget           *from)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the title of the activity that was saved */
  message = g_strdup_printf (_("“%s” saved"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
  buurt_toast_show (from, adw_toast_new (message));
}

static void
present (GtkWidget           *from,
         BuurtActivityEditor *editor)
{
  g_signal_connect_object (editor, "saved", G_CALLBACK (saved_cb), from, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * buurt_venues_new_activity:
 * @weekly: every week from @starts_at on
 *
 * Opens the editor for a new activity in @room_id at @starts_at.
 */
void
buurt_venues_new_activity (GtkWidget     *from,
                           BuurtDatabase *database,
                           gint64         room_id,
                           GDateTime     *starts_at,
                           GDateTime     *ends_at,
                           gboolean       weekly)
{
  g_autoptr(BuurtActivity) activity = NULL;

  /* The editor copies an unsaved activity as the start of a new one. */
  activity = g_object_new (BUURT_TYPE_ACTIVITY,
                           "category", BUURT_CATEGORY_MEETING,
                           "room-id", room_id,
                           "starts-at", starts_at,
                           "ends-at", ends_at,
                           "tzid", BUURT_DEFAULT_TZID,
                           "rrule", weekly ? "FREQ=WEEKLY" : NULL,
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  present (from, buurt_activity_editor_new (parent_window (from), database, activity, TRUE));
}

/**
 * buurt_venues_edit_activity:
 *
 * Opens the editor for the activity @activity_id.
 */
void
buurt_venues_edit_activity (GtkWidget     *from,
                            BuurtDatabase *database,
                            gint64         activity_id)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  activity = buurt_database_load (database, BUURT_TYPE_ACTIVITY, activity_id, &error);
  if (activity == NULL)
    {
      buurt_toast_show (from, adw_toast_new (error->message));
      return;
    }

  present (from, buurt_activity_editor_new (parent_window (from), database, activity, FALSE));
}

/* buurt-conflicts-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-conflicts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-conflicts-window.h"
#include "buurt-double-bookings.h"
#include "buurt-entities.h"
#include "buurt-format.h"
#include "buurt-venue-activity.h"

/*
 * Every pair of dates that overlap in one room, the latest first. Each row
 * says where and when, and has a button per activity that opens it in the
 * agenda's editor to move or cancel it; the list reads again after every
 * change of an activity. The pairs are read in a thread.
 */

#define MAX_PAIRS 500

struct _BuurtConflictsWindow
{
  AdwWindow parent_instance;

  GtkStack      *stack;
  GtkLabel      *summary;
  GtkListBox    *list_box;

  BuurtDatabase *database;
  GCancellable  *cancellable;
  guint          n_shown;
};

G_DEFINE_FINAL_TYPE (BuurtConflictsWindow, buurt_conflicts_window, ADW_TYPE_WINDOW)

static void
open_clicked_cb (GtkButton            *button,
                 BuurtConflictsWindow *self)
{
  gint64 activity_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "activity-id");

  buurt_venues_edit_activity (GTK_WIDGET (self), self->database, activity_id);
}

static GtkWidget *
open_button (BuurtConflictsWindow *self,
             BuurtOccurrence      *date)
{
  const char *label = buurt_occurrence_get_title (date);
  GtkLabel *child;
  /* Translators: %s is an activity's title */
  g_autofree char *name = g_strdup_printf (_("Open “%s”"), buurt_occurrence_get_title (date));
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  child = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));
  gtk_label_set_ellipsize (child, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (child, MIN (g_utf8_strlen (label, -1), 14));
  gtk_label_set_max_width_chars (child, 22);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "activity-id",
                          g_memdup2 (&(gint64) { buurt_occurrence_get_activity_id (date) }, sizeof (gint64)),
                          g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (open_clicked_cb), self);
  return button;
}

static void
add_pair (BuurtConflictsWindow *self,
          BuurtOccurrence      *first,
          BuurtOccurrence      *second)
{
  g_autofree char *day = buurt_format_day (buurt_occurrence_get_day (second));
  g_autofree char *place = buurt_occurrence_dup_place (first);
  /* Translators: a double booking: the day, and the place (venue, room) */
  g_autofree char *title = g_strdup_printf (_("%s in %s"), day, place);
  GtkWidget *row;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *first_times = buurt_format_time_range (first);
  g_autofree char *second_times = buurt_format_time_range (second);
  g_autofree char *subtitle = NULL;

  /* Translators: the two activities booked in one room at the same time, each with its times */
  subtitle = g_strdup_printf (_("“%s” %s and “%s” %s overlap"), buurt_occurrence_get_title (first), first_times,
                              buurt_occurrence_get_title (second), second_times);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (buttons), open_button (self, first));
  gtk_box_append (GTK_BOX (buttons), open_button (self, second));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
  gtk_list_box_append (self->list_box, row);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  BuurtConflictsWindow *self = user_data;  /* not kept alive: its dispose cancels */
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  gint64 n_total = 0;

  pairs = buurt_database_read_double_bookings_finish (BUURT_DATABASE (source), result, &n_total, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_shown = 0;

  if (pairs == NULL)
    {
      g_warning ("Could not read the double bookings: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      add_pair (self, g_ptr_array_index (pairs, i), g_ptr_array_index (pairs, i + 1));
      self->n_shown++;
    }

  if (n_total > self->n_shown)
    /* Translators: the first %u is how many double bookings are shown, the second how many there are */
    summary = g_strdup_printf (_("The latest %u of %u double bookings. Open an activity to move it to another room or time, or to cancel that date."),
                               self->n_shown, (guint) n_total);
  else
    summary = g_strdup_printf (ngettext ("%u double booking, the latest first. Open an activity to move it to another room or time, or to cancel that date.",
                                         "%u double bookings, the latest first. Open an activity to move it to another room or time, or to cancel that date.",
                                         self->n_shown), self->n_shown);
  gtk_label_set_text (self->summary, summary);
  gtk_stack_set_visible_child_name (self->stack, self->n_shown > 0 ? "list" : "empty");
}

/**
 * buurt_conflicts_window_reload:
 *
 * Reads the double bookings again, in a thread.
 */
void
buurt_conflicts_window_reload (BuurtConflictsWindow *self)
{
  g_return_if_fail (BUURT_IS_CONFLICTS_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (self->n_shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  buurt_database_read_double_bookings_async (self->database, MAX_PAIRS, self->cancellable,
                                             read_cb, self);
}

guint
buurt_conflicts_window_get_n_shown (BuurtConflictsWindow *self)
{
  g_return_val_if_fail (BUURT_IS_CONFLICTS_WINDOW (self), 0);

  return self->n_shown;
}

static void
dispose (GObject *object)
{
  BuurtConflictsWindow *self = BUURT_CONFLICTS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_conflicts_window_parent_class)->dispose (object);
}

static void
buurt_conflicts_window_class_init (BuurtConflictsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/venues/buurt-conflicts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtConflictsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtConflictsWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, BuurtConflictsWindow, list_box);
}

static void
buurt_conflicts_window_init (BuurtConflictsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buurt_conflicts_window_new:
 *
 * Returns: (transfer full): the window, reading the double bookings
 */
BuurtConflictsWindow *
buurt_conflicts_window_new (GtkWindow     *parent,
                            BuurtDatabase *database)
{
  BuurtConflictsWindow *self = g_object_new (BUURT_TYPE_CONFLICTS_WINDOW,
                                             "transient-for", parent, NULL);

  self->database = g_object_ref (database);
  g_signal_connect_swapped (database, "changed::activity", G_CALLBACK (buurt_conflicts_window_reload), self);
  g_signal_connect_swapped (database, "changed::room", G_CALLBACK (buurt_conflicts_window_reload), self);
  buurt_conflicts_window_reload (self);
  return self;
}

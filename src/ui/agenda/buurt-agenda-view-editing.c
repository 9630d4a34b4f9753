/* buurt-agenda-view-editing.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity-editor.h"
#include "buurt-agenda-view.h"
#include "buurt-review-window.h"
#include "buurt-toast.h"

/*
 * The agenda's actions that open other windows: the activity editor
 * (agenda.new, agenda.edit, agenda.duplicate) and the review queue
 * (agenda.review). The agenda shows what the editor saved by itself: the
 * database tells it that activities changed.
 */

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
saved_cb (BuurtActivityEditor *editor,
          BuurtActivity       *activity,
          BuurtAgendaView     *self)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the title of the activity that was saved */
  message = g_strdup_printf (_("“%s” saved"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
  buurt_toast_show (GTK_WIDGET (self), adw_toast_new (message));
}

static void
open_editor (BuurtAgendaView *self,
             BuurtActivity   *activity,
             gboolean         duplicate)
{
  BuurtActivityEditor *editor = buurt_activity_editor_new (parent_window (GTK_WIDGET (self)),
                                                           buurt_agenda_view_get_database (self),
                                                           activity, duplicate);

  g_signal_connect_object (editor, "saved", G_CALLBACK (saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (BUURT_AGENDA_VIEW (widget), NULL, FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  BuurtActivity *activity = buurt_agenda_view_get_current_activity (self);

  if (activity != NULL)
    open_editor (self, activity, FALSE);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  BuurtActivity *activity = buurt_agenda_view_get_current_activity (self);

  if (activity != NULL)
    open_editor (self, activity, TRUE);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  BuurtReviewWindow *review = buurt_review_window_new (parent_window (widget),
                                                       buurt_agenda_view_get_database (self));

  gtk_window_present (GTK_WINDOW (review));
}

void
buurt_agenda_view_install_editing_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.review", NULL, review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "agenda.review", NULL);
}

/**
 * buurt_agenda_view_update_review:
 * @review_button: the header button that opens the review queue
 *
 * Shows how many submissions wait for review on @review_button, and hides it
 * when none do.
 */
void
buurt_agenda_view_update_review (BuurtAgendaView *self,
                                 GtkButton       *review_button)
{
  BuurtDatabase *database = buurt_agenda_view_get_database (self);
  gint64 n = database != NULL ? buurt_database_count_submissions (database, NULL) : 0;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (review_button), n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.review", n > 0);

  /* Translators: the button that opens the review queue, with how many wait */
  label = g_strdup_printf (ngettext ("_Review (%d)", "_Review (%d)", (int) n), (int) n);
  gtk_button_set_label (review_button, label);
  gtk_button_set_use_underline (review_button, TRUE);
}

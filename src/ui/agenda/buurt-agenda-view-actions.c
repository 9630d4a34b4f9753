/* buurt-agenda-view-actions.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity-editor.h"
#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-command.h"
#include "buurt-database-series.h"
#include "buurt-review-window.h"
#include "buurt-toast.h"

/*
 * The agenda's actions (agenda.*), installed on the class with their
 * shortcuts: moving through the days, the filters, the chosen date's
 * changes (delete, cancel a date) with a toast that undoes them, and the
 * windows the agenda opens (the activity editor, the review queue). The
 * agenda shows what they changed by itself: the database tells it that
 * activities changed.
 */

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A toast that says @text, which is not markup. */
static AdwToast *
new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
show_error (BuurtAgendaView *self,
            const GError    *error)
{
  buurt_toast_show (GTK_WIDGET (self), new_toast (error->message));
}

/* Changes with undo */

static void
undo_cb (AdwToast        *toast,
         BuurtAgendaView *self)
{
  BuurtCommand *command = g_object_get_data (G_OBJECT (toast), "command");
  g_autoptr(GError) error = NULL;

  /* Undoing what can no longer be undone changes nothing, and says why. */
  if (!buurt_command_undo (command, &error))
    show_error (self, error);
}

/* Says @text, what @command did, in a toast that offers to undo it. */
static void
offer_undo (BuurtAgendaView  *self,
            BuurtCommand     *command,
            const char       *text,
            AdwToastPriority  priority)
{
  AdwToast *toast = new_toast (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, priority);
  /* Long enough to read, find the button and press it. */
  adw_toast_set_timeout (toast, 12);
  g_object_set_data_full (G_OBJECT (toast), "command", g_object_ref (command), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  buurt_toast_show (GTK_WIDGET (self), toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  g_autoptr(BuurtCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->current_activity == NULL)
    return;

  command = buurt_command_new_delete_activity (self->database,
                                               buurt_entity_get_id (BUURT_ENTITY (self->current_activity)));
  if (!buurt_command_run (command, &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: %s is the title of the activity that was deleted */
  message = g_strdup_printf (_("“%s” deleted"), buurt_command_get_title (command));
  offer_undo (self, command, message, ADW_TOAST_PRIORITY_HIGH);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* Cancels the chosen date of a series, or lets it take place again. */
static void
cancel_date_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  g_autoptr(BuurtCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;
  gint64 activity_id;
  gboolean cancelled;

  if (self->current_activity == NULL || self->current == NULL)
    return;

  activity_id = buurt_entity_get_id (BUURT_ENTITY (self->current_activity));
  cancelled = buurt_occurrence_get_cancelled (self->current);
  command = cancelled
    ? buurt_command_new_restore_date (self->database, activity_id, buurt_occurrence_get_day (self->current))
    : buurt_command_new_cancel_date (self->database, activity_id, buurt_occurrence_get_day (self->current));
  if (!buurt_command_run (command, &error))
    {
      show_error (self, error);
      return;
    }

  day = buurt_format_day_in_sentence (buurt_command_get_day (command));
  message = cancelled
    /* Translators: e.g. "Koffieochtend on Thursday 26 November takes place again" */
    ? g_strdup_printf (_("%s on %s takes place again"), buurt_command_get_title (command), day)
    /* Translators: e.g. "Koffieochtend on Thursday 26 November is cancelled" */
    : g_strdup_printf (_("%s on %s is cancelled"), buurt_command_get_title (command), day);
  offer_undo (self, command, message, ADW_TOAST_PRIORITY_NORMAL);
}

/* Puts the chosen date of a series back to the series: it no longer
 * differs from it. Undo changes it back as it was. */
static void
restore_to_series_undo_cb (AdwToast        *toast,
                           BuurtAgendaView *self)
{
  BuurtEntity *override = g_object_get_data (G_OBJECT (toast), "override");
  g_autoptr(GError) error = NULL;

  if (!buurt_database_undelete (self->database, override, &error))
    show_error (self, error);
}

static void
restore_to_series_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->current_activity == NULL || self->current == NULL)
    return;

  override = buurt_database_find_override (self->database,
                                           buurt_entity_get_id (BUURT_ENTITY (self->current_activity)),
                                           buurt_occurrence_get_day (self->current), &error);
  if (override == NULL || !buurt_database_delete (self->database, BUURT_ENTITY (override), &error))
    {
      if (error != NULL)
        show_error (self, error);
      return;
    }

  day = buurt_format_day_in_sentence (buurt_occurrence_get_day (self->current));
  /* Translators: e.g. "Koffieochtend on Thursday 26 November follows the series again" */
  message = g_strdup_printf (_("%s on %s follows the series again"),
                             buurt_entity_get_string (BUURT_ENTITY (self->current_activity), "title"), day);
  toast = new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 12);
  g_object_set_data_full (G_OBJECT (toast), "override", g_object_ref (override), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (restore_to_series_undo_cb), self, 0);
  buurt_toast_show (widget, toast);
}

/* Moving through the days */

static void
move_days (BuurtAgendaView *self,
           int              days)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) moved = NULL;
  g_autofree char *day = NULL;

  if (self->model == NULL)
    return;

  iso = g_strconcat (buurt_agenda_model_get_from_day (self->model), "T12:00:00Z", NULL);
  from = g_date_time_new_from_iso8601 (iso, NULL);
  moved = g_date_time_add_days (from, days);
  day = g_date_time_format (moved, "%Y-%m-%d");
  buurt_agenda_view_go_to_day (self, day);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  buurt_agenda_view_go_to_day (BUURT_AGENDA_VIEW (widget), NULL);
}

static void
previous_week_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_days (BUURT_AGENDA_VIEW (widget), -7);
}

static void
next_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_days (BUURT_AGENDA_VIEW (widget), 7);
}

static void
choose_date_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_menu_button_popup (BUURT_AGENDA_VIEW (widget)->date_button);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->agenda_list));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  buurt_agenda_filters_clear (BUURT_AGENDA_VIEW (widget)->filters);

  /* The search is a filter too; the window that holds it clears it. */
  gtk_widget_activate_action (widget, "win.clear-search", NULL);
}

/* Other windows */

static void
saved_cb (BuurtActivityEditor *editor,
          BuurtActivity       *activity,
          BuurtAgendaView     *self)
{
  g_autofree char *message = NULL;
  BuurtCommand *command = buurt_activity_editor_get_command (editor);
  gint64 n_closed;

  /* One date, or this and later: the toast offers to undo it. */
  if (command != NULL)
    {
      g_autofree char *day = buurt_format_day_in_sentence (buurt_command_get_day (command));

      if (buurt_command_get_later_id (command) > 0)
        /* Translators: e.g. "“Koffieochtend” changed from Tuesday 9 April on" */
        message = g_strdup_printf (_("“%s” changed from %s on"),
                                   buurt_entity_get_string (BUURT_ENTITY (activity), "title"), day);
      else
        /* Translators: e.g. "“Koffieochtend” changed on Tuesday 9 April only" */
        message = g_strdup_printf (_("“%s” changed on %s only"),
                                   buurt_entity_get_string (BUURT_ENTITY (activity), "title"), day);
      offer_undo (self, command, message, ADW_TOAST_PRIORITY_NORMAL);
      return;
    }

  n_closed = buurt_database_count_closed_dates (self->database,
                                                       buurt_entity_get_id (BUURT_ENTITY (activity)), NULL);

  /* A series saved into a closure skips its dates there, and says so. */
  if (n_closed > 0)
    /* Translators: %s is the title of the activity that was saved */
    message = g_strdup_printf (ngettext ("“%s” saved; %d date falls in a closure and is cancelled",
                                         "“%s” saved; %d dates fall in a closure and are cancelled",
                                         n_closed),
                               buurt_entity_get_string (BUURT_ENTITY (activity), "title"), (int) n_closed);
  else
    /* Translators: %s is the title of the activity that was saved */
    message = g_strdup_printf (_("“%s” saved"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
  buurt_toast_show (GTK_WIDGET (self), new_toast (message));
}

static void
open_editor (BuurtAgendaView *self,
             BuurtActivity   *activity,
             gboolean         duplicate)
{
  BuurtActivityEditor *editor = buurt_activity_editor_new (parent_window (GTK_WIDGET (self)),
                                                           self->database, activity, duplicate);

  /* Opened from one date of a series, the editor shows that date and asks
   * on saving which dates the change is for. */
  if (activity != NULL && !duplicate && self->current != NULL &&
      buurt_occurrence_get_activity_id (self->current) == buurt_entity_get_id (BUURT_ENTITY (activity)) &&
      buurt_entity_get_string (BUURT_ENTITY (activity), "rrule") != NULL)
    buurt_activity_editor_set_date (editor, self->current);

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

  if (self->current_activity != NULL)
    open_editor (self, self->current_activity, FALSE);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);

  if (self->current_activity != NULL)
    open_editor (self, self->current_activity, TRUE);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  BuurtReviewWindow *review = buurt_review_window_new (parent_window (widget), self->database);

  gtk_window_present (GTK_WINDOW (review));
}

/**
 * buurt_agenda_view_class_install_actions:
 *
 * Installs the agenda's actions on its class, each with its shortcut.
 */
void
buurt_agenda_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.today", NULL, today_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "agenda.today", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.previous-week", NULL, previous_week_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "agenda.previous-week", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.next-week", NULL, next_week_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "agenda.next-week", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.choose-date", NULL, choose_date_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.choose-date", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.back", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.clear-filters", NULL, clear_filters_action);

  /* Ctrl+N is the application's, for win.new, which shows the agenda first. */
  gtk_widget_class_install_action (widget_class, "agenda.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "agenda.edit", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.cancel-date", NULL, cancel_date_action);
  gtk_widget_class_install_action (widget_class, "agenda.restore-to-series", NULL, restore_to_series_action);

  gtk_widget_class_install_action (widget_class, "agenda.review", NULL, review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "agenda.review", NULL);
}

/**
 * buurt_agenda_view_update_actions:
 *
 * Enables the actions that can be used now: those on the chosen date when
 * there is one (cancelling a date only for a series), the review queue when
 * submissions wait.
 */
void
buurt_agenda_view_update_actions (BuurtAgendaView *self)
{
  gboolean has_current = self->current_activity != NULL;
  gboolean is_series = has_current &&
                       buurt_entity_get_string (BUURT_ENTITY (self->current_activity), "rrule") != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.edit", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.duplicate", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", has_current);
  /* A date a closure cancelled comes back when the closure is lifted. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.cancel-date",
                                 is_series && self->current != NULL &&
                                 buurt_occurrence_get_closure (self->current) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.restore-to-series",
                                 is_series && self->current != NULL &&
                                 buurt_occurrence_get_overridden (self->current));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.review", self->n_submissions > 0);
}

/**
 * buurt_agenda_view_update_review:
 *
 * Counts the submissions that wait for review, shows how many on the review
 * button (hidden when none do) and updates the actions.
 */
void
buurt_agenda_view_update_review (BuurtAgendaView *self)
{
  g_autofree char *label = NULL;
  gint64 n;

  n = self->database != NULL ? buurt_database_count_submissions (self->database, NULL) : 0;
  self->n_submissions = MAX (n, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->review_button), self->n_submissions > 0);
  /* Translators: the button that opens the review queue, with how many wait */
  label = g_strdup_printf (ngettext ("_Review (%d)", "_Review (%d)", (int) self->n_submissions),
                           (int) self->n_submissions);
  gtk_button_set_label (self->review_button, label);
  gtk_button_set_use_underline (self->review_button, TRUE);

  buurt_agenda_view_update_actions (self);
}

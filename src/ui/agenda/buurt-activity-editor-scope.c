/* buurt-activity-editor-scope.c: a change to one date of a series
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity-editor-private.h"
#include "buurt-calendar.h"
#include "buurt-database-series.h"

/*
 * Opened from one date of a series, the editor shows that date: its day, its
 * times and its place (as an override left them). Saving asks "Change Which
 * Dates?": only this date (an override, as iCalendar's RECURRENCE-ID), this
 * and all later dates (the series splits there), or every date (the series
 * keeps its own first date and its overrides).
 */

/**
 * buurt_activity_editor_load_date:
 * @occurrence: a date of the series the editor holds
 *
 * Puts that date's day, times, place and title in the form.
 */
void
buurt_activity_editor_load_date (BuurtActivityEditor *self,
                                 BuurtOccurrence     *occurrence)
{
  BuurtEntity *series = BUURT_ENTITY (self->original);
  g_autoptr(GDateTime) start = buurt_in_zone (buurt_occurrence_get_starts_at (occurrence), self->tzid);
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autofree char *day = NULL;
  g_autofree char *description = NULL;

  g_free (self->day);
  self->day = g_strdup (buurt_occurrence_get_day (occurrence));
  self->scope = -1;

  buurt_calendar_set_date (self->date_calendar, g_date_time_get_year (start), g_date_time_get_month (start),
                           g_date_time_get_day_of_month (start));
  if (!buurt_occurrence_get_all_day (occurrence))
    {
      g_autofree char *from = buurt_format_time (buurt_occurrence_get_starts_at (occurrence), self->tzid);
      g_autofree char *to = buurt_format_time (buurt_occurrence_get_ends_at (occurrence), self->tzid);

      gtk_editable_set_text (GTK_EDITABLE (self->start_entry), from);
      gtk_editable_set_text (GTK_EDITABLE (self->end_entry), to);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), buurt_occurrence_get_title (occurrence));

  override = buurt_database_find_override (self->database, buurt_entity_get_id (series), self->day, NULL);
  if (override != NULL)
    {
      const char *text = buurt_entity_get_string (BUURT_ENTITY (override), "description");

      buurt_activity_editor_select_place (self, buurt_entity_get_int (BUURT_ENTITY (override), "room-id"),
                                          buurt_entity_get_string (BUURT_ENTITY (override), "location"));
      if (text != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), text, -1);
    }

  day = buurt_format_day (self->day);
  /* Translators: %s is a day, e.g. "Tuesday 9 April" */
  description = g_strdup_printf (_("You are changing %s, one date of a series. When you save, you choose: "
                                   "only this date, this and all later dates, or every date."), day);
  adw_preferences_group_set_description (self->activity_group, description);
  buurt_activity_editor_note_closures (self);
}

/**
 * buurt_activity_editor_note_closures:
 *
 * Adds to the note at the top how many dates of the series a closure
 * cancels: they are skipped, and come back when the closure is lifted.
 */
void
buurt_activity_editor_note_closures (BuurtActivityEditor *self)
{
  const char *note = adw_preferences_group_get_description (self->activity_group);
  g_autofree char *closed = NULL;
  g_autofree char *text = NULL;
  gint64 n;

  if (self->original == NULL || self->duplicate)
    return;

  n = buurt_database_count_closed_dates (self->database, buurt_entity_get_id (BUURT_ENTITY (self->original)),
                                         NULL);
  if (n <= 0)
    return;

  closed = g_strdup_printf (ngettext ("%d date falls in a closure and is skipped until the closure is lifted.",
                                      "%d dates fall in a closure and are skipped until the closure is lifted.",
                                      n),
                            (int) n);
  text = note != NULL && *note != '\0' ? g_strconcat (note, " ", closed, NULL) : g_strdup (closed);
  adw_preferences_group_set_description (self->activity_group, text);
}

static void
close_scope_dialog (BuurtActivityEditor *self)
{
  AdwMessageDialog *dialog = self->scope_dialog;

  if (dialog == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->scope_dialog);
  self->scope_dialog = NULL;
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
scope_response_cb (BuurtActivityEditor *self,
                   const char          *response,
                   AdwMessageDialog    *dialog)
{
  g_autoptr(BuurtActivityEditor) keep = g_object_ref (self);
  int scope = -1;

  close_scope_dialog (self);

  if (g_strcmp0 (response, "this") == 0)
    scope = BUURT_SERIES_SCOPE_THIS_DATE;
  else if (g_strcmp0 (response, "later") == 0)
    scope = BUURT_SERIES_SCOPE_THIS_AND_LATER;
  else if (g_strcmp0 (response, "every") == 0)
    scope = BUURT_SERIES_SCOPE_EVERY_DATE;

  if (scope < 0)
    return;

  self->scope = scope;
  self->conflicts_accepted = TRUE;
  if (!buurt_activity_editor_save (self))
    self->scope = -1;
  self->conflicts_accepted = FALSE;
}

/**
 * buurt_activity_editor_ask_scope:
 *
 * Asks "Change Which Dates?" with the three answers and Cancel; an answer
 * saves.
 */
void
buurt_activity_editor_ask_scope (BuurtActivityEditor *self)
{
  g_autofree char *day = buurt_format_day (self->day);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a day, e.g. "Tuesday 9 April" */
  body = g_strdup_printf (_("This activity repeats. Is the change for %s only, for it and all later dates, "
                            "or for every date? Dates before it do not change unless you choose every date."),
                          day);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change Which Dates?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "this", _("_Only This Date"),
                                    "later", _("This and _Later Dates"),
                                    "every", _("_Every Date"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "this", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "this");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect_object (dialog, "response", G_CALLBACK (scope_response_cb), self, G_CONNECT_SWAPPED);
  self->scope_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->scope_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * buurt_activity_editor_save_date:
 * @activity: the series as the form holds it, with this date's start
 * @new_organiser: (nullable): an organiser to add first
 *
 * Saves the change for the dates chosen in the question.
 *
 * Returns: %TRUE when saved
 */
gboolean
buurt_activity_editor_save_date (BuurtActivityEditor  *self,
                                 BuurtActivity        *activity,
                                 BuurtContact         *new_organiser,
                                 GError              **error)
{
  if (new_organiser != NULL)
    {
      if (!buurt_database_save (self->database, BUURT_ENTITY (new_organiser), error))
        return FALSE;
      g_object_set (activity, "organiser-id", buurt_entity_get_id (BUURT_ENTITY (new_organiser)), NULL);
    }

  /* Only this date and this and later can be undone from the toast. */
  if (self->scope == BUURT_SERIES_SCOPE_THIS_DATE || self->scope == BUURT_SERIES_SCOPE_THIS_AND_LATER)
    {
      g_autoptr(BuurtCommand) command = NULL;

      command = buurt_command_new_change_date (self->database, buurt_entity_get_id (BUURT_ENTITY (self->original)),
                                               self->day, activity, self->scope);
      if (!buurt_command_run (command, error))
        return FALSE;
      g_set_object (&self->command, command);
      return TRUE;
    }

  return buurt_database_change_date (self->database, buurt_entity_get_id (BUURT_ENTITY (self->original)),
                                     self->day, activity, self->scope, NULL, error);
}

/**
 * buurt_activity_editor_get_command:
 *
 * Returns: (transfer none) (nullable): once saved, the change to only this
 *   date or to this and later dates, to undo; %NULL otherwise
 */
BuurtCommand *
buurt_activity_editor_get_command (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);

  return self->command;
}

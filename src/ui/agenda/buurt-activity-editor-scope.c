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

  day = buurt_format_day_in_sentence (self->day);
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

/**
 * buurt_activity_editor_update_closure_note:
 *
 * While the user edits: how many dates of the series as the form has it
 * (its first date, rule and room) fall in a closure in force, and so will
 * be skipped; shown under the repeat section, hidden when none do.
 */
void
buurt_activity_editor_update_closure_note (BuurtActivityEditor *self)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GArray) closures = NULL;
  g_autofree char *rrule = NULL;
  g_autofree char *text = NULL;
  gint64 room_id = 0;
  gint64 n = 0;
  GDate date;

  if (self->database == NULL || self->closure_note_row == NULL || self->room_ids == NULL ||
      !buurt_repeat_section_has_first_date (self->repeat_section))
    return;

  /* The first date at the start time, or at midnight while the time is
   * not written yet: only the day counts here. */
  zone = buurt_time_zone_new (self->tzid);
  buurt_calendar_get_date (self->date_calendar, &date);
  if (g_date_valid (&date))
    starts_at = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                 0, 0, 0);
  rrule = buurt_repeat_section_build_rrule (self->repeat_section, self->tzid, NULL);
  if (!buurt_activity_editor_is_elsewhere (self) && gtk_widget_get_visible (GTK_WIDGET (self->room_row)))
    room_id = buurt_activity_editor_id_at (self->room_ids, adw_combo_row_get_selected (self->room_row));

  if (starts_at != NULL)
    {
      ends_at = g_date_time_add_hours (starts_at, 1);
      closures = buurt_database_closures_reaching (self->database, starts_at, ends_at, self->tzid, rrule,
                                                   room_id, &n, NULL);
    }

  if (closures == NULL || n == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->closure_note_group), FALSE);
      return;
    }

  if (closures->len == 1)
    /* Translators: %d is a number of dates, %s the name of a closure such as "Kerstvakantie 2026" */
    text = g_strdup_printf (ngettext ("%d date falls in the closure “%s” and will be skipped.",
                                      "%d dates fall in the closure “%s” and will be skipped.", n),
                            (int) n, g_array_index (closures, BuurtClosureDates, 0).title);
  else
    text = g_strdup_printf (ngettext ("%d date falls in a closure and will be skipped.",
                                      "%d dates fall in closures and will be skipped.", n),
                            (int) n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->closure_note_row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->closure_note_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->closure_note_group), TRUE);
}

/**
 * buurt_activity_editor_get_closure_note:
 *
 * Returns: (nullable): the note under the repeat section, or %NULL while
 *   it is hidden
 */
const char *
buurt_activity_editor_get_closure_note (BuurtActivityEditor *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->closure_note_group)))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->closure_note_row));
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
  g_autofree char *day = buurt_format_day_in_sentence (self->day);
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

/* buurt-activity-editor-private.c: the editor's test hooks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include "buurt-activity-editor-private.h"

/*
 * The widgets a user fills in, for tests that fill them in as a user would.
 * Declared in buurt-activity-editor-private.h only.
 */

GtkEditable *
buurt_activity_editor_get_title_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->title_row);
}

GtkTextBuffer *
buurt_activity_editor_get_description_buffer (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return gtk_text_view_get_buffer (self->description_view);
}

AdwComboRow *
buurt_activity_editor_get_category_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->category_row;
}

/**
 * buurt_activity_editor_get_target_group_check:
 * @group: a single #BuurtTargetGroup flag
 *
 * Returns: (transfer none): its check button
 */
GtkCheckButton *
buurt_activity_editor_get_target_group_check (BuurtActivityEditor *self,
                                              BuurtTargetGroup     group)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  g_return_val_if_fail (group != 0 && (group & (group - 1)) == 0, NULL);
  return self->target_checks[g_bit_nth_lsf (group, -1)];
}

GtkCalendar *
buurt_activity_editor_get_date_calendar (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->date_calendar;
}

GtkSwitch *
buurt_activity_editor_get_all_day_switch (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->all_day_switch;
}

GtkEditable *
buurt_activity_editor_get_start_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->start_entry);
}

GtkEditable *
buurt_activity_editor_get_end_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->end_entry);
}

/**
 * buurt_activity_editor_get_repeat_row:
 *
 * Returns: (transfer none): the "Repeats" list; its positions are
 *   #BuurtRepeat
 */
AdwComboRow *
buurt_activity_editor_get_repeat_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_repeat_section_get_repeat_row (self->repeat_section);
}

GtkToggleButton *
buurt_activity_editor_get_weekday_button (BuurtActivityEditor *self,
                                          GDateWeekday         weekday)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_repeat_section_get_weekday_button (self->repeat_section, weekday);
}

/**
 * buurt_activity_editor_get_repeat_end_row:
 *
 * Returns: (transfer none): the "Repeat ends" list; its positions are
 *   #BuurtRepeatEnd
 */
AdwComboRow *
buurt_activity_editor_get_repeat_end_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_repeat_section_get_repeat_end_row (self->repeat_section);
}

GtkCalendar *
buurt_activity_editor_get_until_calendar (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_repeat_section_get_until_calendar (self->repeat_section);
}

GtkSpinButton *
buurt_activity_editor_get_count_spin (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_repeat_section_get_count_spin (self->repeat_section);
}

/**
 * buurt_activity_editor_get_venue_row:
 *
 * Returns: (transfer none): the venue list: the venues by name, then
 *   "Elsewhere" as the last item
 */
AdwComboRow *
buurt_activity_editor_get_venue_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->venue_row;
}

/**
 * buurt_activity_editor_get_room_row:
 *
 * Returns: (transfer none): the rooms of the chosen venue, by name
 */
AdwComboRow *
buurt_activity_editor_get_room_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->room_row;
}

GtkEditable *
buurt_activity_editor_get_location_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->location_row);
}

/**
 * buurt_activity_editor_get_organiser_row:
 *
 * Returns: (transfer none): the organiser list: "Not known", the contacts
 *   by name, then "New organiser…" as the last item
 */
AdwComboRow *
buurt_activity_editor_get_organiser_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->organiser_row;
}

GtkEditable *
buurt_activity_editor_get_new_organiser_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->new_organiser_row);
}

/**
 * buurt_activity_editor_get_initiative_row:
 *
 * Returns: (transfer none): the initiative list: "None", then the
 *   initiatives by title
 */
AdwComboRow *
buurt_activity_editor_get_initiative_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->initiative_row;
}

GtkEditable *
buurt_activity_editor_get_cost_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->cost_row);
}

AdwComboRow *
buurt_activity_editor_get_registration_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->registration_row;
}

/**
 * buurt_activity_editor_get_status_row:
 *
 * Returns: (transfer none): the status list: submitted, published,
 *   cancelled (and rejected only for an activity that is rejected)
 */
AdwComboRow *
buurt_activity_editor_get_status_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->status_row;
}

/**
 * buurt_activity_editor_get_error_label:
 * @field: "title", "time", "repeat", "count", "place", "organiser", "cost",
 *   or "general" (a problem of the database, shown at the top)
 *
 * Returns: (transfer none): the label that shows what is wrong with
 *   @field; it is visible only then
 */
GtkLabel *
buurt_activity_editor_get_error_label (BuurtActivityEditor *self,
                                       const char          *field)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return buurt_activity_editor_error_label (self, field);
}

/**
 * buurt_activity_editor_get_conflict_dialog:
 *
 * Returns: (transfer none) (nullable): the "Room Already Taken" question
 *   while it is shown
 */
AdwMessageDialog *
buurt_activity_editor_get_conflict_dialog (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->conflict_dialog;
}

/**
 * buurt_activity_editor_get_series_note:
 *
 * Returns: (transfer none) (nullable): the note that the editor changes every
 *   date of a series, when it shows one
 */
const char *
buurt_activity_editor_get_series_note (BuurtActivityEditor *self)
{
  const char *note;

  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);

  note = adw_preferences_group_get_description (self->activity_group);
  return note != NULL && *note != '\0' ? note : NULL;
}

/**
 * buurt_activity_editor_get_scope_dialog:
 *
 * Returns: (transfer none) (nullable): the "Change Which Dates?" question
 *   while it is shown
 */
AdwMessageDialog *
buurt_activity_editor_get_scope_dialog (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->scope_dialog;
}

/* buurt-activity-editor.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-activity.h"
#include "buurt-database.h"

G_BEGIN_DECLS

/**
 * BuurtEditorRepeat:
 * @BUURT_EDITOR_REPEAT_NONE: a single date
 * @BUURT_EDITOR_REPEAT_WEEKLY: every week on the chosen weekdays
 * @BUURT_EDITOR_REPEAT_FORTNIGHTLY: every two weeks on the chosen weekdays
 * @BUURT_EDITOR_REPEAT_MONTHLY: every month on the n-th weekday of the date
 *
 * The positions of the "Repeats" list.
 */
typedef enum
{
  BUURT_EDITOR_REPEAT_NONE,
  BUURT_EDITOR_REPEAT_WEEKLY,
  BUURT_EDITOR_REPEAT_FORTNIGHTLY,
  BUURT_EDITOR_REPEAT_MONTHLY,
} BuurtEditorRepeat;

/**
 * BuurtEditorRepeatEnd:
 * @BUURT_EDITOR_REPEAT_END_NEVER: repeats up to the agenda's horizon
 * @BUURT_EDITOR_REPEAT_END_DATE: repeats until a last date
 * @BUURT_EDITOR_REPEAT_END_COUNT: repeats a number of times
 *
 * The positions of the "Repeat ends" list.
 */
typedef enum
{
  BUURT_EDITOR_REPEAT_END_NEVER,
  BUURT_EDITOR_REPEAT_END_DATE,
  BUURT_EDITOR_REPEAT_END_COUNT,
} BuurtEditorRepeatEnd;

#define BUURT_TYPE_ACTIVITY_EDITOR (buurt_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtActivityEditor, buurt_activity_editor, BUURT, ACTIVITY_EDITOR, AdwWindow)

BuurtActivityEditor *buurt_activity_editor_new (GtkWindow     *parent,
                                                BuurtDatabase    *database,
                                                BuurtActivity *activity,
                                                gboolean       duplicate);

/* Test hooks: what the Save button does, and the widgets a user fills in. */
gboolean          buurt_activity_editor_save                    (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_title_entry         (BuurtActivityEditor *self);
GtkTextBuffer    *buurt_activity_editor_get_description_buffer  (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_category_row        (BuurtActivityEditor *self);
GtkCheckButton   *buurt_activity_editor_get_target_group_check  (BuurtActivityEditor *self,
                                                                 BuurtTargetGroup     group);
GtkCalendar      *buurt_activity_editor_get_date_calendar       (BuurtActivityEditor *self);
GtkSwitch        *buurt_activity_editor_get_all_day_switch      (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_start_entry         (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_end_entry           (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_repeat_row          (BuurtActivityEditor *self);
GtkToggleButton  *buurt_activity_editor_get_weekday_button      (BuurtActivityEditor *self,
                                                                 GDateWeekday         weekday);
AdwComboRow      *buurt_activity_editor_get_repeat_end_row      (BuurtActivityEditor *self);
GtkCalendar      *buurt_activity_editor_get_until_calendar      (BuurtActivityEditor *self);
GtkSpinButton    *buurt_activity_editor_get_count_spin          (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_venue_row           (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_room_row            (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_location_entry      (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_organiser_row       (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_new_organiser_entry (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_initiative_row      (BuurtActivityEditor *self);
GtkEditable      *buurt_activity_editor_get_cost_entry          (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_registration_row    (BuurtActivityEditor *self);
AdwComboRow      *buurt_activity_editor_get_status_row          (BuurtActivityEditor *self);
GtkLabel         *buurt_activity_editor_get_error_label         (BuurtActivityEditor *self,
                                                                 const char          *field);
AdwMessageDialog *buurt_activity_editor_get_conflict_dialog     (BuurtActivityEditor *self);

const char          *buurt_activity_editor_get_series_note (BuurtActivityEditor *self);

G_END_DECLS

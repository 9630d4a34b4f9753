/* buurt-activity-editor-private.h: shared by the editor's files, and its
 * test hooks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-activity-editor.h"
#include "buurt-entities.h"
#include "buurt-repeat-section.h"

G_BEGIN_DECLS

struct _BuurtActivityEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwPreferencesPage *page;
  AdwPreferencesGroup *activity_group;
  GtkWidget          *general_error_group;
  GtkLabel           *general_error;
  AdwEntryRow        *title_row;
  GtkLabel           *title_error;
  AdwComboRow        *category_row;
  AdwComboRow        *status_row;
  GtkTextView        *description_view;
  AdwActionRow       *date_row;
  GtkMenuButton      *date_button;
  GtkPopover         *date_popover;
  GtkCalendar        *date_calendar;
  GtkSwitch          *all_day_switch;
  AdwActionRow       *start_row;
  GtkEntry           *start_entry;
  AdwActionRow       *end_row;
  GtkEntry           *end_entry;
  GtkLabel           *time_error;
  BuurtRepeatSection *repeat_section;
  AdwComboRow        *venue_row;
  AdwComboRow        *room_row;
  AdwEntryRow        *location_row;
  GtkLabel           *place_error;
  AdwComboRow        *organiser_row;
  AdwEntryRow        *new_organiser_row;
  GtkLabel           *organiser_error;
  AdwComboRow        *new_kind_row;
  AdwComboRow        *initiative_row;
  GtkGrid            *target_groups_grid;
  AdwEntryRow        *cost_row;
  GtkLabel           *cost_error;
  AdwComboRow        *registration_row;
  AdwEntryRow        *registration_info_row;
  AdwEntryRow        *url_row;

  /* Widgets made in code */
  GtkCheckButton     *target_checks[8];       /* by bit of BuurtTargetGroup */

  /* Owned state */
  BuurtDatabase      *database;
  BuurtActivity      *original;               /* the saved activity, or NULL */
  gboolean            duplicate;
  char               *tzid;
  GListModel         *rooms;                  /* every room, for the room list */
  GArray             *venue_ids;              /* gint64 per venue item: first 0 for "Choose…",
                                                 the last item, past them, is "Elsewhere" */
  GArray             *room_ids;               /* gint64 per room item of the chosen venue */
  GArray             *organiser_ids;          /* gint64: 0 = none, then contacts; the last item is "New" */
  GArray             *initiative_ids;         /* gint64: 0 = none, then initiatives */
  GArray             *status_values;          /* BuurtActivityStatus per status item */
  gboolean            conflicts_accepted;     /* "Save Anyway" was chosen */
  char               *day;                    /* the date of the series it was opened from, or NULL */
  int                 scope;                  /* the BuurtSeriesScope chosen, or -1 while not asked */

  /* Validation state of the last Save */
  GPtrArray          *error_widgets;          /* rows marked with .error, borrowed */
  GtkWidget          *first_error;            /* where focus goes, borrowed */
  AdwMessageDialog   *conflict_dialog;        /* while shown, weak */
  AdwMessageDialog   *discard_dialog;         /* while shown, weak */
  AdwPreferencesGroup *closure_note_group;    /* under the repeat section */
  AdwActionRow       *closure_note_row;
  BuurtCommand       *command;                /* the change to one date or the later dates, once saved */
  AdwMessageDialog   *scope_dialog;           /* while shown, weak */
  char               *opened_form;            /* what the form held when opened */
  gboolean            closing;                /* saved, or changes discarded */
};

/* buurt-activity-editor-validation.c: the messages under the fields */
GtkLabel      *buurt_activity_editor_error_label        (BuurtActivityEditor  *self,
                                                         const char           *field);
void           buurt_activity_editor_clear_errors       (BuurtActivityEditor  *self);
void           buurt_activity_editor_set_error          (BuurtActivityEditor  *self,
                                                         const char           *field,
                                                         GtkWidget            *row,
                                                         GtkWidget            *focus,
                                                         const char           *message);
void           buurt_activity_editor_set_general_error  (BuurtActivityEditor  *self,
                                                         const char           *message);
gboolean       buurt_activity_editor_has_error          (BuurtActivityEditor  *self,
                                                         const char           *field);
BuurtActivity *buurt_activity_editor_build              (BuurtActivityEditor  *self,
                                                         BuurtContact        **new_organiser);

/* buurt-activity-editor-questions.c: the room and discard questions */
char          *buurt_activity_editor_form_state         (BuurtActivityEditor  *self);
gboolean       buurt_activity_editor_close_request      (GtkWindow            *window);
gboolean       buurt_activity_editor_check_conflicts    (BuurtActivityEditor  *self,
                                                         BuurtActivity        *activity);
void           buurt_activity_editor_close_questions    (BuurtActivityEditor  *self);

/* buurt-activity-editor-scope.c: one date, this and later, or every date */
void           buurt_activity_editor_load_date          (BuurtActivityEditor  *self,
                                                         BuurtOccurrence      *occurrence);
void           buurt_activity_editor_ask_scope          (BuurtActivityEditor  *self);
void           buurt_activity_editor_note_closures      (BuurtActivityEditor  *self);
void           buurt_activity_editor_update_closure_note (BuurtActivityEditor *self);
gboolean       buurt_activity_editor_save_date          (BuurtActivityEditor  *self,
                                                         BuurtActivity        *activity,
                                                         BuurtContact         *new_organiser,
                                                         GError              **error);

/* buurt-activity-editor.c: the form */
void           buurt_activity_editor_select_place       (BuurtActivityEditor  *self,
                                                         gint64                room_id,
                                                         const char           *location);
gboolean       buurt_activity_editor_is_elsewhere       (BuurtActivityEditor  *self);
gboolean       buurt_activity_editor_is_new_organiser   (BuurtActivityEditor  *self);
gint64         buurt_activity_editor_id_at              (GArray               *ids,
                                                         guint                 position);

/* Test hooks: the widgets a user fills in (buurt-activity-editor-private.c). */
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
AdwMessageDialog *buurt_activity_editor_get_scope_dialog        (BuurtActivityEditor *self);
const char       *buurt_activity_editor_get_closure_note        (BuurtActivityEditor *self);
const char       *buurt_activity_editor_get_series_note         (BuurtActivityEditor *self);

G_END_DECLS

/* buurt-activity-editor-questions.c: what the editor asks before it saves
 * over a booked room or closes with changes
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity-editor-private.h"

/*
 * Two questions, both AdwMessageDialogs answered through their `response`
 * signal: "Room Already Taken" when the chosen room is booked at one of the
 * dates (Change Room / Save Anyway), and "Discard Changes?" when the editor
 * closes with something changed (Keep Editing / Discard).
 */

/* How many conflicting dates the question lists by name. */
#define CONFLICTS_LISTED 5
/* How many conflicting dates are counted at most. */
#define CONFLICTS_COUNTED 1000

/* Closes a question the editor asked, if it is still shown. */
static void
close_question (AdwMessageDialog **question)
{
  AdwMessageDialog *dialog = *question;

  if (dialog == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) question);
  *question = NULL;

  /* Let go of the editor before it may close: GTK 4.8 unlinks a transient
   * window from its parent only when it is finalized, which happens after
   * the response handler. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
buurt_activity_editor_close_questions (BuurtActivityEditor *self)
{
  close_question (&self->conflict_dialog);
  close_question (&self->discard_dialog);
  close_question (&self->scope_dialog);
}

/* Asks a question with two answers: @stay (also what Escape and Enter
 * answer, the safe one) and @go; @marked gets @appearance. */
static void
ask (BuurtActivityEditor    *self,
     AdwMessageDialog      **question,
     const char             *heading,
     const char             *body,
     const char             *stay_id,
     const char             *stay_label,
     const char             *go_id,
     const char             *go_label,
     const char             *marked,
     AdwResponseAppearance   appearance,
     GCallback               response_cb)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog, stay_id, stay_label, go_id, go_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, marked, appearance);
  adw_message_dialog_set_default_response (dialog, stay_id);
  adw_message_dialog_set_close_response (dialog, stay_id);

  g_signal_connect_object (dialog, "response", response_cb, self, G_CONNECT_SWAPPED);
  *question = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Discarding changes */

/* Everything the form holds, as text: what the user typed, chose, switched
 * on and picked in a calendar, in the order of the widgets. */
static void
append_form_state (GtkWidget *widget,
                   GString   *state)
{
  if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (state, "c%u;", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (state, "e%s;", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_SWITCH (widget))
    g_string_append_printf (state, "s%d;", gtk_switch_get_active (GTK_SWITCH (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, "k%d;", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    g_string_append_printf (state, "t%d;", gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  else if (GTK_IS_CALENDAR (widget))
    {
      g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (widget));
      g_autofree char *text = g_date_time_format (date, "%F");

      g_string_append_printf (state, "d%s;", text);
    }
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (state, "v%s;", text);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_form_state (child, state);
}

/**
 * buurt_activity_editor_form_state:
 *
 * Returns: (transfer full): what the form holds, to compare with what it
 *   held when it opened
 */
char *
buurt_activity_editor_form_state (BuurtActivityEditor *self)
{
  GString *state = g_string_new (NULL);

  append_form_state (GTK_WIDGET (self), state);
  if (self->date_popover != NULL)
    append_form_state (GTK_WIDGET (self->date_popover), state);

  return g_string_free (state, FALSE);
}

static void
discard_response_cb (BuurtActivityEditor *self,
                     const char          *response,
                     AdwMessageDialog    *dialog)
{
  close_question (&self->discard_dialog);

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
let_close (GtkWindow *window)
{
  GtkWindowClass *parent_class = g_type_class_peek (ADW_TYPE_WINDOW);

  return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
}

/**
 * buurt_activity_editor_close_request:
 *
 * The editor's GtkWindow::close_request: closing with changes that are not
 * saved asks first.
 */
gboolean
buurt_activity_editor_close_request (GtkWindow *window)
{
  BuurtActivityEditor *self = BUURT_ACTIVITY_EDITOR (window);
  g_autofree char *now = NULL;

  if (self->closing || self->opened_form == NULL)
    return let_close (window);
  if (self->discard_dialog != NULL || self->conflict_dialog != NULL || self->scope_dialog != NULL)
    return TRUE;

  now = buurt_activity_editor_form_state (self);
  if (g_str_equal (now, self->opened_form))
    return let_close (window);

  ask (self, &self->discard_dialog,
       _("Discard Changes?"), _("What you changed in this activity has not been saved."),
       "keep", _("_Keep Editing"), "discard", _("_Discard"),
       "discard", ADW_RESPONSE_DESTRUCTIVE, G_CALLBACK (discard_response_cb));

  return TRUE;
}

/* Room conflicts */

static void
conflict_response_cb (BuurtActivityEditor *self,
                      const char          *response,
                      AdwMessageDialog    *dialog)
{
  close_question (&self->conflict_dialog);

  if (g_strcmp0 (response, "save") == 0)
    {
      g_autoptr(BuurtActivityEditor) keep = g_object_ref (self);

      self->conflicts_accepted = TRUE;
      buurt_activity_editor_save (self);
      self->conflicts_accepted = FALSE;
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->room_row));
}

/* A booking as a line of the question, in its activity's zone. */
static char *
describe_conflict (BuurtOccurrence *occurrence)
{
  g_autoptr(GDateTime) start = buurt_in_zone (buurt_occurrence_get_starts_at (occurrence),
                                              buurt_occurrence_get_tzid (occurrence));
  g_autofree char *date = buurt_format_date (start);
  g_autofree char *times = NULL;

  if (buurt_occurrence_get_all_day (occurrence))
    /* Translators: a booking in a list: a date and an activity's title */
    return g_strdup_printf (_("%s, all day: %s"), date, buurt_occurrence_get_title (occurrence));

  times = buurt_format_time_range (occurrence);
  /* Translators: a booking in a list: a date, a start and end time, and a title,
   * e.g. "Sunday 14 March 2027, 10:00 – 11:00: Coffee morning" */
  return g_strdup_printf (_("%s, %s: %s"), date, times, buurt_occurrence_get_title (occurrence));
}

static void
show_conflicts (BuurtActivityEditor *self,
                GPtrArray           *conflicts)
{
  GString *body = g_string_new (_("This room is already booked at these times:"));
  g_autofree char *text = NULL;

  g_string_append (body, "\n");
  for (guint i = 0; i < conflicts->len && i < CONFLICTS_LISTED; i++)
    {
      g_autofree char *line = describe_conflict (g_ptr_array_index (conflicts, i));

      g_string_append_printf (body, "\n• %s", line);
    }
  if (conflicts->len > CONFLICTS_LISTED)
    {
      guint more = conflicts->len - CONFLICTS_LISTED;

      g_string_append (body, "\n\n");
      g_string_append_printf (body,
                              /* Translators: after a list of five bookings */
                              ngettext ("And %u more date.", "And %u more dates.", more), more);
    }
  text = g_string_free (body, FALSE);

  ask (self, &self->conflict_dialog,
       _("Room Already Taken"), text,
       "change", _("_Change Room"), "save", _("_Save Anyway"),
       "change", ADW_RESPONSE_SUGGESTED, G_CALLBACK (conflict_response_cb));
}

/**
 * buurt_activity_editor_check_conflicts:
 *
 * Asks "Room Already Taken" when the room of @activity is booked at one of
 * its dates, unless the user chose "Save Anyway".
 *
 * Returns: %TRUE when the room is free at every date (or none is chosen)
 */
gboolean
buurt_activity_editor_check_conflicts (BuurtActivityEditor *self,
                                       BuurtActivity       *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  gint64 room_id = buurt_entity_get_int (entity, "room-id");
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  if (room_id == 0 || self->conflicts_accepted ||
      buurt_entity_get_enum (entity, "status") == BUURT_ACTIVITY_STATUS_CANCELLED)
    return TRUE;

  /* The dates saving will write: up to the agenda's own horizon. */
  horizon = buurt_horizon_dup_horizon (buurt_database_get_horizon (self->database), NULL);
  if (horizon == NULL)
    {
      now = g_date_time_new_now_utc ();
      horizon = g_date_time_add_days (now, BUURT_RECURRENCE_HORIZON_DAYS);
    }
  spans = buurt_activity_expand (activity, horizon, &error);
  if (spans != NULL)
    conflicts = buurt_database_find_conflicts (self->database, room_id, spans,
                                               buurt_entity_get_id (entity),
                                               CONFLICTS_COUNTED, &error);
  if (error != NULL)
    {
      /* Saving reports the same problem in its own words. */
      g_debug ("No conflict check: %s", error->message);
      return TRUE;
    }

  if (conflicts->len == 0)
    return TRUE;

  show_conflicts (self, conflicts);
  return FALSE;
}

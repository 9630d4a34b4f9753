/* buurt-stage-dialog.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-stage-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-database-initiatives.h"
#include "buurt-initiative-row.h"
#include "buurt-stage-dialog.h"

/*
 * "Move to Evaluating?": moving to evaluating, paused or stopped asks for a
 * short note (it goes into the journal as an evaluation entry); moving to
 * pilot asks for the date of the next evaluation, three months on unless
 * changed. The Move button stays off until what is asked is there, and a
 * line under the fields says what is missing, so nothing half-done is saved.
 */

struct _BuurtStageDialog
{
  AdwMessageDialog parent_instance;

  /* Widgets */
  GtkWidget   *list;
  AdwEntryRow *note_row;
  AdwEntryRow *date_row;
  GtkLabel    *problem_label;

  /* Owned state */
  BuurtStage   stage;
  char        *today;
  char        *problem;  /* what is missing, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtStageDialog, buurt_stage_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (BuurtStageDialog *self)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  g_autofree char *day = NULL;

  g_clear_pointer (&self->problem, g_free);

  if (buurt_stage_needs_note (self->stage) && *note == '\0')
    self->problem = g_strdup (_("Write a short note: how did it go, and why this step?"));
  else if (self->stage == BUURT_STAGE_PILOT)
    {
      if (!buurt_initiative_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &day))
        self->problem = g_strdup (_("Next evaluation: type a date such as 2027-03-01 or 1-3-2027."));
      else if (day == NULL)
        self->problem = g_strdup (_("Next evaluation: a pilot needs the date it will be evaluated."));
      else if (strcmp (day, self->today) < 0)
        self->problem = g_strdup (_("Next evaluation: choose a date from today on."));
    }

  gtk_label_set_text (self->problem_label, self->problem ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  if (self->stage == BUURT_STAGE_PILOT)
    {
      if (self->problem != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "move", self->problem == NULL);
}

static void
buurt_stage_dialog_finalize (GObject *object)
{
  BuurtStageDialog *self = BUURT_STAGE_DIALOG (object);

  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (buurt_stage_dialog_parent_class)->finalize (object);
}

static void
buurt_stage_dialog_class_init (BuurtStageDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_stage_dialog_finalize;
}

static void
buurt_stage_dialog_init (BuurtStageDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();

  self->list = list;
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note for the journal"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->note_row));

  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Next evaluation (YYYY-MM-DD)"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->date_row));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What is missing"), -1);

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "move");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (validate), self);
}

/**
 * buurt_stage_dialog_new:
 * @title: the initiative's title
 * @stage: the stage it moves to
 * @today: "YYYY-MM-DD"
 *
 * Returns: (transfer floating): the dialog, not yet shown; its "response"
 *   is "move" or "cancel"
 */
BuurtStageDialog *
buurt_stage_dialog_new (GtkWindow  *parent,
                        const char *title,
                        BuurtStage  stage,
                        const char *today)
{
  BuurtStageDialog *self = g_object_new (BUURT_TYPE_STAGE_DIALOG,
                                         "transient-for", parent,
                                         "modal", TRUE,
                                         NULL);
  const char *stage_label = buurt_enum_to_label (BUURT_TYPE_STAGE, stage);
  g_autofree char *heading = NULL;

  self->stage = stage;
  self->today = g_strdup (today);

  /* Translators: the first %s is an initiative, the second a stage such as "Pilot" */
  heading = g_strdup_printf (_("Move “%s” to %s?"), title, stage_label);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);

  if (buurt_stage_needs_note (stage))
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("Write down in a few words what went well, what did not, and why. "
                                   "The note goes into the journal, so others can learn from it."));
  else if (stage == BUURT_STAGE_PILOT)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("A pilot runs for a few months and is then evaluated. "
                                   "When will you look at how it went?"));

  gtk_widget_set_visible (GTK_WIDGET (self->note_row), stage != BUURT_STAGE_PILOT);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), stage == BUURT_STAGE_PILOT);
  if (!buurt_stage_needs_note (stage))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                   _("Note for the journal (optional)"));

  if (stage == BUURT_STAGE_PILOT)
    {
      g_autofree char *next = buurt_stage_default_next_evaluation (today);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), next != NULL ? next : "");
    }

  validate (self);
  return self;
}

BuurtStage
buurt_stage_dialog_get_stage (BuurtStageDialog *self)
{
  g_return_val_if_fail (BUURT_IS_STAGE_DIALOG (self), 0);

  return self->stage;
}

const char *
buurt_stage_dialog_get_note (BuurtStageDialog *self)
{
  g_return_val_if_fail (BUURT_IS_STAGE_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->note_row));
}

/**
 * buurt_stage_dialog_get_next_evaluation:
 *
 * Returns: (transfer full) (nullable): the date typed, "YYYY-MM-DD"
 */
char *
buurt_stage_dialog_get_next_evaluation (BuurtStageDialog *self)
{
  char *day = NULL;

  g_return_val_if_fail (BUURT_IS_STAGE_DIALOG (self), NULL);

  if (self->stage != BUURT_STAGE_PILOT ||
      !buurt_initiative_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &day))
    return NULL;
  return day;
}

void
buurt_stage_dialog_set_note (BuurtStageDialog *self,
                             const char       *note)
{
  g_return_if_fail (BUURT_IS_STAGE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note);
}

void
buurt_stage_dialog_set_next_evaluation (BuurtStageDialog *self,
                                        const char       *text)
{
  g_return_if_fail (BUURT_IS_STAGE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

/**
 * buurt_stage_dialog_can_move:
 *
 * Returns: whether what the move needs is filled in
 */
gboolean
buurt_stage_dialog_can_move (BuurtStageDialog *self)
{
  g_return_val_if_fail (BUURT_IS_STAGE_DIALOG (self), FALSE);

  return self->problem == NULL;
}

/**
 * buurt_stage_dialog_get_problem:
 *
 * Returns: (transfer none) (nullable): what is missing, as the dialog says it
 */
const char *
buurt_stage_dialog_get_problem (BuurtStageDialog *self)
{
  g_return_val_if_fail (BUURT_IS_STAGE_DIALOG (self), NULL);

  return self->problem;
}

/* buurt-initiatives-view-actions.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiatives-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-activity-editor.h"
#include "buurt-database-initiatives.h"
#include "buurt-initiative-editor.h"
#include "buurt-initiatives-view-private.h"
#include "buurt-record-dialog.h"
#include "buurt-toast.h"

/*
 * What can be done in the Initiatives view, each an action with a keyboard
 * path: new (Ctrl+N, through win.new), edit (Ctrl+E), move to another stage
 * (Ctrl+M opens the menu), delete (Delete; Undo in the toast), add an
 * activity of the initiative to the agenda, undo a deletion (Ctrl+Z), search (Ctrl+F, through
 * win.search) and back to the list when the window is narrow (Alt+Left).
 */

static GtkWindow *
parent_window (BuurtInitiativesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static const char *
current_title (BuurtInitiativesView *self)
{
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);

  return initiative != NULL ? buurt_entity_get_string (BUURT_ENTITY (initiative), "title") : NULL;
}

/**
 * buurt_initiatives_view_show_toast:
 *
 * Says @text (plain text, not markup) in the window's toast overlay.
 */
void
buurt_initiatives_view_show_toast (BuurtInitiativesView *self,
                                   const char           *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  buurt_toast_show (GTK_WIDGET (self), adw_toast_new (escaped));
}

void
buurt_initiatives_view_update_actions (BuurtInitiativesView *self)
{
  gboolean chosen = buurt_initiative_detail_get_initiative (self->detail) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.edit", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.delete", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.move", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.move-menu", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.add-activity", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.add-request", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.add-expense", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.add-journal", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "initiatives.undo", self->last_deleted != NULL);
}

static void
saved_cb (BuurtInitiativesView  *self,
          gint64                 initiative_id,
          BuurtInitiativeEditor *editor)
{
  self->selected_id = initiative_id;
  buurt_initiative_detail_show (self->detail, initiative_id);
  buurt_view_reloader_queue (self->reloader);
  buurt_initiatives_view_select (self, initiative_id);
  buurt_initiatives_view_update_actions (self);
  buurt_initiatives_view_show_toast (self, _("Initiative saved"));
}

static void
open_editor (BuurtInitiativesView *self,
             gint64                initiative_id)
{
  BuurtInitiativeEditor *editor = buurt_initiative_editor_new (parent_window (self), self->database,
                                                               initiative_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (BUURT_INITIATIVES_VIEW (widget), 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);

  if (initiative != NULL)
    open_editor (self, buurt_entity_get_id (BUURT_ENTITY (initiative)));
}

static void
undo_delete_cb (AdwToast             *toast,
                BuurtInitiativesView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "initiatives.undo", NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  g_autoptr(BuurtEntity) initiative = g_steal_pointer (&self->last_deleted);
  g_autoptr(GError) error = NULL;

  if (initiative == NULL)
    return;

  if (!buurt_database_undelete (self->database, initiative, &error))
    {
      buurt_initiatives_view_show_toast (self, error->message);
      return;
    }
  if (!BUURT_IS_INITIATIVE (initiative))
    {
      /* A request, expense or journal entry of the initiative shown. */
      buurt_initiative_detail_show (self->detail, self->selected_id);
      buurt_initiatives_view_update_actions (self);
      return;
    }
  self->selected_id = buurt_entity_get_id (initiative);
  buurt_initiative_detail_show (self->detail, self->selected_id);
  buurt_initiatives_view_select (self, self->selected_id);
  buurt_initiatives_view_update_actions (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  BuurtInitiative *shown = buurt_initiative_detail_get_initiative (self->detail);
  g_autoptr(BuurtEntity) initiative = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (shown == NULL)
    return;

  initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE,
                                    buurt_entity_get_id (BUURT_ENTITY (shown)), &error);
  if (initiative == NULL || !buurt_database_delete (self->database, initiative, &error))
    {
      buurt_initiatives_view_show_toast (self, error->message);
      return;
    }

  self->selected_id = 0;
  buurt_initiative_detail_show (self->detail, 0);
  buurt_initiatives_view_update_actions (self);

  /* Translators: %s is the title of an initiative */
  message = g_strdup_printf (_("“%s” deleted"), buurt_entity_get_string (initiative, "title"));
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 12);
  g_set_object (&self->last_deleted, initiative);
  buurt_initiatives_view_update_actions (self);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  buurt_toast_show (GTK_WIDGET (self), toast);
}

static void
move (BuurtInitiativesView *self,
      BuurtStage            stage,
      const char           *note,
      const char           *next_evaluation)
{
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);
  g_autofree char *today = buurt_today ();
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (initiative == NULL)
    return;

  if (!buurt_database_move_initiative (self->database, buurt_entity_get_id (BUURT_ENTITY (initiative)),
                                       stage, note, next_evaluation, today, &error))
    {
      buurt_initiatives_view_show_toast (self, error->message);
      return;
    }

  message = note != NULL && *note != '\0'
    /* Translators: %s is a stage, such as "Evaluating" */
    ? g_strdup_printf (_("Moved to %s; the note is in the journal"), buurt_enum_to_label (BUURT_TYPE_STAGE, stage))
    /* Translators: %s is a stage, such as "Running" */
    : g_strdup_printf (_("Moved to %s"), buurt_enum_to_label (BUURT_TYPE_STAGE, stage));
  buurt_initiatives_view_show_toast (self, message);
}

static void
stage_response_cb (BuurtInitiativesView *self,
                   const char           *response,
                   BuurtStageDialog     *dialog)
{
  if (g_str_equal (response, "move") && buurt_stage_dialog_can_move (dialog))
    {
      g_autofree char *next = buurt_stage_dialog_get_next_evaluation (dialog);

      move (self, buurt_stage_dialog_get_stage (dialog), buurt_stage_dialog_get_note (dialog), next);
    }
  self->stage_dialog = NULL;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  g_autofree char *today = buurt_today ();
  int stage;

  if (current_title (self) == NULL ||
      !buurt_enum_from_word (BUURT_TYPE_STAGE, g_variant_get_string (parameter, NULL), &stage))
    return;

  if (!buurt_stage_needs_note (stage) && stage != BUURT_STAGE_PILOT)
    {
      move (self, stage, NULL, NULL);
      return;
    }

  self->stage_dialog = buurt_stage_dialog_new (parent_window (self), current_title (self), stage, today);
  g_signal_connect_object (self->stage_dialog, "response", G_CALLBACK (stage_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->stage_dialog));
}

static void
move_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
  gtk_widget_activate_action (GTK_WIDGET (self->detail), "detail.stage-menu", NULL);
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);
  BuurtActivityEditor *editor;

  if (initiative == NULL)
    return;

  editor = buurt_activity_editor_new (parent_window (self), self->database, NULL, FALSE);
  buurt_activity_editor_set_initiative (editor, buurt_entity_get_id (BUURT_ENTITY (initiative)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
record_response_cb (BuurtInitiativesView *self,
                    const char           *response,
                    BuurtRecordDialog    *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save") && !buurt_record_dialog_save (dialog, &error))
    buurt_initiatives_view_show_toast (self, error->message);
}

static void
add_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);
  BuurtRecordKind kind = g_str_equal (action_name, "initiatives.add-request") ? BUURT_RECORD_REQUEST
                       : g_str_equal (action_name, "initiatives.add-expense") ? BUURT_RECORD_EXPENSE
                       : BUURT_RECORD_JOURNAL;
  BuurtRecordDialog *dialog;

  if (initiative == NULL)
    return;

  dialog = buurt_record_dialog_new (parent_window (self), self->database, kind,
                                    buurt_entity_get_id (BUURT_ENTITY (initiative)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (record_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A record of the detail by what its buttons name it: "request:12",
 * "expense:3" or "journal:7". */
static BuurtEntity *
load_record (BuurtInitiativesView *self,
             GVariant             *parameter,
             GError              **error)
{
  const char *name = g_variant_get_string (parameter, NULL);
  const char *colon = strchr (name, ':');
  GType type = g_str_has_prefix (name, "request:") ? BUURT_TYPE_FUNDING_REQUEST
             : g_str_has_prefix (name, "expense:") ? BUURT_TYPE_EXPENSE
             : BUURT_TYPE_JOURNAL_ENTRY;

  if (colon == NULL)
    return NULL;
  return buurt_database_load (self->database, type, g_ascii_strtoll (colon + 1, NULL, 10), error);
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  BuurtInitiative *initiative = buurt_initiative_detail_get_initiative (self->detail);
  g_autoptr(BuurtEntity) record = NULL;
  g_autoptr(GError) error = NULL;
  BuurtRecordDialog *dialog;

  if (initiative == NULL)
    return;
  record = load_record (self, parameter, &error);
  if (record == NULL)
    {
      if (error != NULL)
        buurt_initiatives_view_show_toast (self, error->message);
      return;
    }

  dialog = buurt_record_dialog_new_edit (parent_window (self), self->database, record,
                                         buurt_entity_get_id (BUURT_ENTITY (initiative)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (record_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  g_autoptr(BuurtEntity) record = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  record = load_record (self, parameter, &error);
  if (record == NULL || !buurt_database_delete (self->database, record, &error))
    {
      if (error != NULL)
        buurt_initiatives_view_show_toast (self, error->message);
      return;
    }

  toast = adw_toast_new (BUURT_IS_FUNDING_REQUEST (record) ? _("Funding request deleted")
                         : BUURT_IS_EXPENSE (record) ? _("Expense deleted")
                         : _("Journal entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 12);
  g_set_object (&self->last_deleted, record);
  buurt_initiatives_view_update_actions (self);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  buurt_toast_show (GTK_WIDGET (self), toast);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_box));
}

static void
lessons_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_window_present (GTK_WINDOW (buurt_lessons_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                            self->database)));
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_window_present (GTK_WINDOW (buurt_report_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           self->database, self->selected_id)));
}

void
buurt_initiatives_view_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "initiatives.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "initiatives.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "initiatives.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "initiatives.move", "s", move_action);
  gtk_widget_class_install_action (widget_class, "initiatives.move-menu", NULL, move_menu_action);
  gtk_widget_class_install_action (widget_class, "initiatives.add-activity", NULL, add_activity_action);
  gtk_widget_class_install_action (widget_class, "initiatives.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "initiatives.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "initiatives.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "initiatives.add-request", NULL, add_record_action);
  gtk_widget_class_install_action (widget_class, "initiatives.add-expense", NULL, add_record_action);
  gtk_widget_class_install_action (widget_class, "initiatives.add-journal", NULL, add_record_action);
  gtk_widget_class_install_action (widget_class, "initiatives.edit-record", "s", edit_record_action);
  gtk_widget_class_install_action (widget_class, "initiatives.delete-record", "s", delete_record_action);
  gtk_widget_class_install_action (widget_class, "initiatives.lessons", NULL, lessons_action);
  gtk_widget_class_install_action (widget_class, "initiatives.report", NULL, report_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "initiatives.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "initiatives.move-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "initiatives.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "initiatives.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "initiatives.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "initiatives.lessons", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "initiatives.report", NULL);
}

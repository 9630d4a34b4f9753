/* buurt-review-window-actions.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-review-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-entities.h"
#include "buurt-review-window-private.h"

/*
 * The review window's decisions: approve, reject (with a reason, asked in a
 * dialog), select all, and undo of the last decision from its toast.
 */

static void
undo_toast_dismissed_cb (BuurtReviewWindow *self,
                         AdwToast          *toast)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}
void
buurt_review_window_dismiss_undo_toast (BuurtReviewWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->undo_toast);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}
/* Gives @ids the new @status, then offers to undo it. */
static gboolean
decide (BuurtReviewWindow   *self,
        GArray              *ids,
        BuurtActivityStatus  status,
        const char          *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean published = status == BUURT_ACTIVITY_STATUS_PUBLISHED;
  AdwToast *toast;

  if (ids->len == 0)
    return FALSE;

  /* Worded before the rows go away, while the title is at hand. */
  if (ids->len == 1 && published)
    /* Translators: a toast; %s is the title of an activity */
    message = g_strdup_printf (_("“%s” published"), buurt_review_window_title_for_id (self, g_array_index (ids, gint64, 0)));
  else if (ids->len == 1)
    /* Translators: a toast; %s is the title of an activity */
    message = g_strdup_printf (_("“%s” rejected"), buurt_review_window_title_for_id (self, g_array_index (ids, gint64, 0)));
  else if (published)
    /* Translators: a toast after approving several submissions */
    message = g_strdup_printf (ngettext ("%u activity published", "%u activities published", ids->len),
                               ids->len);
  else
    /* Translators: a toast after rejecting several submissions */
    message = g_strdup_printf (ngettext ("%u activity rejected", "%u activities rejected", ids->len),
                               ids->len);

  if (!buurt_database_review (self->database, (const gint64 *) (gpointer) ids->data, ids->len,
                              status, reason, &error))
    {
      buurt_review_window_show_message (self, error->message);
      return FALSE;
    }

  /* The database's "changed" signal has reloaded the rows by now. */
  g_array_set_size (self->undo_ids, 0);
  g_array_append_vals (self->undo_ids, ids->data, ids->len);

  buurt_review_window_dismiss_undo_toast (self);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "review.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  buurt_review_window_update_state (self);
  return TRUE;
}
static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reject", *reason != '\0');
}
static void
reject_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    BuurtReviewWindow *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_str_equal (response, "reject"))
    decide (self, ids, BUURT_ACTIVITY_STATUS_REJECTED, gtk_editable_get_text (entry));
}
static void
approve_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  buurt_review_window_approve_selected (BUURT_REVIEW_WINDOW (widget));
}
static void
reject_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (widget);
  g_autoptr(GArray) ids = buurt_review_window_dup_targets (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (ids->len == 0)
    return;

  if (ids->len == 1)
    /* Translators: the heading of the reject dialog; %s is a title */
    heading = g_strdup_printf (_("Reject “%s”?"), buurt_review_window_title_for_id (self, g_array_index (ids, gint64, 0)));
  else
    /* Translators: the heading of the reject dialog */
    heading = g_strdup_printf (ngettext ("Reject %u Activity?", "Reject %u Activities?", ids->len),
                               ids->len);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Tell the organiser why, so they know what to change."));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for rejecting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for rejecting"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reject", _("_Reject"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reject",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reject");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* No reason, no rejection: the organiser must learn what to change. */
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reject", FALSE);

  /* The rows to reject are those chosen now, whatever changes meanwhile. */
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reject_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
static void
select_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (widget);

  /* A second Ctrl+A clears the checks again. */
  buurt_review_window_set_all_checked (self, buurt_review_window_count_checked (self) < self->items->len);
}
static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  buurt_review_window_undo (BUURT_REVIEW_WINDOW (widget));
}
void
buurt_review_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "review.approve", NULL, approve_activated);
  gtk_widget_class_install_action (widget_class, "review.reject", NULL, reject_activated);
  gtk_widget_class_install_action (widget_class, "review.select-all", NULL, select_all_activated);
  gtk_widget_class_install_action (widget_class, "review.undo", NULL, undo_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "review.approve", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "review.approve", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "review.reject", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "review.reject", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK,
                                       "review.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "review.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

/**
 * buurt_review_window_approve_selected:
 *
 * A test hook, and what Approve does: publishes the checked rows, or the
 * current row when none is checked.
 *
 * Returns: whether anything was published
 */
gboolean
buurt_review_window_approve_selected (BuurtReviewWindow *self)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BUURT_IS_REVIEW_WINDOW (self), FALSE);

  ids = buurt_review_window_dup_targets (self);
  return decide (self, ids, BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);
}
/**
 * buurt_review_window_reject_selected:
 * @reason: why, for the organiser
 *
 * A test hook: does what the Reject response of the reject dialog does, on
 * the checked rows or else the current row. Without a reason nothing changes
 * and a toast says why.
 *
 * Returns: whether anything was rejected
 */
gboolean
buurt_review_window_reject_selected (BuurtReviewWindow *self,
                                     const char        *reason)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BUURT_IS_REVIEW_WINDOW (self), FALSE);

  ids = buurt_review_window_dup_targets (self);
  return decide (self, ids, BUURT_ACTIVITY_STATUS_REJECTED, reason);
}
/**
 * buurt_review_window_undo:
 *
 * A test hook, and what the toast's Undo does: puts the activities of the
 * last decision back in the queue, checked again when there were several.
 */
void
buurt_review_window_undo (BuurtReviewWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) restored = NULL;
  gboolean several;

  g_return_if_fail (BUURT_IS_REVIEW_WINDOW (self));

  if (self->undo_ids->len == 0)
    return;

  if (!buurt_database_review (self->database, (const gint64 *) (gpointer) self->undo_ids->data,
                              self->undo_ids->len, BUURT_ACTIVITY_STATUS_SUBMITTED, NULL, &error))
    {
      buurt_review_window_show_message (self, error->message);
      return;
    }

  /* The rows are back (the database's "changed" reloaded them): show which. */
  restored = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->undo_ids->len; i++)
    g_hash_table_add (restored, &g_array_index (self->undo_ids, gint64, i));

  several = self->undo_ids->len > 1;
  self->updating = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    {
      ReviewItem *item = &g_array_index (self->items, ReviewItem, i);

      if (!g_hash_table_contains (restored, &item->id))
        continue;

      if (several)
        gtk_check_button_set_active (item->check, TRUE);
      else
        gtk_list_box_select_row (self->list_box, item->row);
    }
  self->updating = FALSE;

  g_array_set_size (self->undo_ids, 0);
  buurt_review_window_dismiss_undo_toast (self);
  buurt_review_window_update_state (self);
}

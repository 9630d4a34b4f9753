/* buurt-review-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-review-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-review-window-private.h"

/*
 * The review queue: activities that organisers submitted, which staff
 * publish or reject. A check button on each row selects it; Approve and
 * Reject act on the checked rows, or, when none is checked, on the current
 * row, so staff can also go through the queue one by one with the keyboard.
 * Every decision can be undone from its toast (or with Ctrl+Z).
 *
 * This file keeps the list and its checks; buurt-review-window-rows.c
 * builds a row, buurt-review-window-actions.c holds the decisions.
 */

G_DEFINE_FINAL_TYPE (BuurtReviewWindow, buurt_review_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a row shows comes from these tables. */
static const char *shown_tables[] = { "activity", "contact", "room", "venue" };

static void
review_item_clear (gpointer data)
{
  ReviewItem *item = data;

  g_clear_pointer (&item->title, g_free);
}
guint
buurt_review_window_count_checked (BuurtReviewWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    if (gtk_check_button_get_active (g_array_index (self->items, ReviewItem, i).check))
      n++;

  return n;
}
ReviewItem *
buurt_review_window_current_item (BuurtReviewWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  int index;

  if (row == NULL)
    return NULL;

  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->items->len)
    return NULL;

  return &g_array_index (self->items, ReviewItem, index);
}
/* The one function that brings the header, the buttons and the actions in
 * line with the rows. */
void
buurt_review_window_update_state (BuurtReviewWindow *self)
{
  guint n;
  guint n_checked;
  gboolean has_targets;
  g_autofree char *subtitle = NULL;
  g_autofree char *selected = NULL;

  /* The rows go while the template is being disposed of. */
  if (self->list_box == NULL)
    return;

  n = self->items->len;
  n_checked = buurt_review_window_count_checked (self);
  has_targets = n_checked > 0 || buurt_review_window_current_item (self) != NULL;

  if (n > 0)
    /* Translators: the subtitle of the Review Submissions window */
    subtitle = g_strdup_printf (ngettext ("%u to review", "%u to review", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->action_bar), n > 0);

  self->updating = TRUE;
  gtk_check_button_set_active (self->select_all_check, n > 0 && n_checked == n);
  gtk_check_button_set_inconsistent (self->select_all_check, n_checked > 0 && n_checked < n);
  self->updating = FALSE;

  if (n_checked > 0)
    /* Translators: how many submissions are checked, in the action bar */
    selected = g_strdup_printf (ngettext ("%u selected", "%u selected", n_checked), n_checked);
  else if (buurt_review_window_current_item (self) != NULL)
    /* Translators: with nothing checked, Approve and Reject act on the
     * highlighted submission; %s is its title */
    selected = g_strdup_printf (_("For “%s”"), buurt_review_window_current_item (self)->title);
  gtk_label_set_label (self->selection_label, selected != NULL ? selected : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.approve", has_targets);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reject", has_targets);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.select-all", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.undo", self->undo_ids->len > 0);
}
void
buurt_review_window_set_all_checked (BuurtReviewWindow *self,
                                     gboolean           checked)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    gtk_check_button_set_active (g_array_index (self->items, ReviewItem, i).check, checked);
  self->updating = FALSE;

  buurt_review_window_update_state (self);
}
/* Returns: (transfer full): the ids to act on: the checked rows, or else the
 * current row; empty when there is neither. */
GArray *
buurt_review_window_dup_targets (BuurtReviewWindow *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ReviewItem *current;

  for (guint i = 0; i < self->items->len; i++)
    {
      ReviewItem *item = &g_array_index (self->items, ReviewItem, i);

      if (gtk_check_button_get_active (item->check))
        g_array_append_val (ids, item->id);
    }

  if (ids->len == 0 && (current = buurt_review_window_current_item (self)) != NULL)
    g_array_append_val (ids, current->id);

  return ids;
}
const char *
buurt_review_window_title_for_id (BuurtReviewWindow *self,
                                  gint64             id)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, ReviewItem, i).id == id)
      return g_array_index (self->items, ReviewItem, i).title;

  return "";
}
void
buurt_review_window_show_message (BuurtReviewWindow *self,
                                  const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
/* Reads the queue again, keeping what was checked and where the user was. */
static void
reload (BuurtReviewWindow *self)
{
  g_autoptr(GHashTable) checked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GListModel) submissions = NULL;
  g_autoptr(GError) error = NULL;
  ReviewItem *current = buurt_review_window_current_item (self);
  gint64 current_id = current != NULL ? current->id : 0;
  int current_index = current != NULL ? gtk_list_box_row_get_index (current->row) : -1;
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->list_box)) != NULL;
  GtkListBoxRow *select = NULL;
  GtkWidget *child;
  guint n;

  for (guint i = 0; i < self->items->len; i++)
    {
      ReviewItem *item = &g_array_index (self->items, ReviewItem, i);

      if (gtk_check_button_get_active (item->check))
        g_hash_table_add (checked, g_memdup2 (&item->id, sizeof item->id));
    }

  submissions = buurt_database_list_submissions (self->database, &error);
  if (submissions == NULL)
    {
      buurt_review_window_show_message (self, error->message);
      return;
    }

  self->updating = TRUE;
  g_array_set_size (self->items, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  n = g_list_model_get_n_items (submissions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BuurtActivity) activity = g_list_model_get_item (submissions, i);
      ReviewItem item = { 0, };

      item.id = buurt_entity_get_id (BUURT_ENTITY (activity));
      item.title = g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
      item.row = GTK_LIST_BOX_ROW (buurt_review_window_create_row (self, contacts, places, activity, &item.check));
      gtk_check_button_set_active (item.check, g_hash_table_contains (checked, &item.id));
      gtk_list_box_append (self->list_box, GTK_WIDGET (item.row));
      g_array_append_val (self->items, item);

      if (item.id == current_id)
        select = item.row;
    }
  self->updating = FALSE;

  /* When the current row was decided on, its successor becomes current, so
   * the next decision is one key away. */
  if (select == NULL && current_index >= 0 && n > 0)
    select = gtk_list_box_get_row_at_index (self->list_box, MIN ((guint) current_index, n - 1));

  gtk_list_box_select_row (self->list_box, select);
  if (select != NULL && had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (select));

  buurt_review_window_update_state (self);
}
static void
database_changed_cb (BuurtReviewWindow *self,
                     const char        *table,
                     BuurtDatabase     *database)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    if (g_str_equal (table, shown_tables[i]))
      {
        reload (self);
        return;
      }
}
static void
select_all_toggled_cb (BuurtReviewWindow *self)
{
  if (self->updating)
    return;

  /* From the inconsistent state a click checks everything. */
  buurt_review_window_set_all_checked (self, buurt_review_window_count_checked (self) < self->items->len);
}
static void
row_selected_cb (BuurtReviewWindow *self)
{
  buurt_review_window_update_state (self);
}
/* Ctrl+A, while a row has the focus, reaches the list first. */
static void
list_select_all_cb (BuurtReviewWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "review.select-all", NULL);
}
static void
list_unselect_all_cb (BuurtReviewWindow *self)
{
  buurt_review_window_set_all_checked (self, FALSE);
}
static void
buurt_review_window_constructed (GObject *object)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (object);

  G_OBJECT_CLASS (buurt_review_window_parent_class)->constructed (object);

  g_return_if_fail (BUURT_IS_DATABASE (self->database));

  self->changed_id = g_signal_connect_swapped (self->database, "changed",
                                               G_CALLBACK (database_changed_cb), self);
  reload (self);

  /* Start on the first row, so the keyboard works from the first key. */
  if (self->items->len > 0)
    {
      GtkListBoxRow *first = g_array_index (self->items, ReviewItem, 0).row;

      gtk_list_box_select_row (self->list_box, first);
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (first));
    }
}
static void
buurt_review_window_dispose (GObject *object)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (object);

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  buurt_review_window_dismiss_undo_toast (self);
  if (self->items != NULL)
    g_array_set_size (self->items, 0);

  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_REVIEW_WINDOW);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_review_window_parent_class)->dispose (object);
}
static void
buurt_review_window_finalize (GObject *object)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->undo_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_review_window_parent_class)->finalize (object);
}
static void
buurt_review_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}
static void
buurt_review_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuurtReviewWindow *self = BUURT_REVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_set_object (&self->database, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}
static void
buurt_review_window_class_init (BuurtReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buurt_review_window_constructed;
  object_class->dispose = buurt_review_window_dispose;
  object_class->finalize = buurt_review_window_finalize;
  object_class->get_property = buurt_review_window_get_property;
  object_class->set_property = buurt_review_window_set_property;

  /**
   * BuurtReviewWindow:database:
   *
   * The agenda whose submissions are reviewed.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         BUURT_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, select_all_check);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, action_bar);
  gtk_widget_class_bind_template_child (widget_class, BuurtReviewWindow, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, select_all_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_select_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_unselect_all_cb);

  buurt_review_window_class_add_actions (widget_class);
}
static void
buurt_review_window_init (BuurtReviewWindow *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (ReviewItem));
  g_array_set_clear_func (self->items, review_item_clear);
  self->undo_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
/**
 * buurt_review_window_new:
 * @parent: (nullable): the main window, which the review window stays on
 * @database: the agenda
 *
 * Returns: (transfer none): a new modal review window; present it, and it
 *   destroys itself when closed
 */
BuurtReviewWindow *
buurt_review_window_new (GtkWindow  *parent,
                         BuurtDatabase *database)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  return g_object_new (BUURT_TYPE_REVIEW_WINDOW,
                       "transient-for", parent,
                       "database", database,
                       NULL);
}
/**
 * buurt_review_window_get_n_rows:
 *
 * A test hook.
 *
 * Returns: how many submissions the list shows
 */
guint
buurt_review_window_get_n_rows (BuurtReviewWindow *self)
{
  g_return_val_if_fail (BUURT_IS_REVIEW_WINDOW (self), 0);

  return self->items->len;
}
/**
 * buurt_review_window_select:
 * @index: the position of a row
 * @selected: whether to check it
 *
 * A test hook: checks or unchecks a row, as a click on its check button does.
 */
void
buurt_review_window_select (BuurtReviewWindow *self,
                            guint              index,
                            gboolean           selected)
{
  g_return_if_fail (BUURT_IS_REVIEW_WINDOW (self));
  g_return_if_fail (index < self->items->len);

  gtk_check_button_set_active (g_array_index (self->items, ReviewItem, index).check, selected);
}

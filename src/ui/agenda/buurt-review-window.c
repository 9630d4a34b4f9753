/* buurt-review-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-review-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-row.h"
#include "buurt-review-window.h"
#include "buurt-entities.h"

/*
 * The review queue: activities that organisers submitted, which staff
 * publish or reject. A check button on each row selects it; Approve and
 * Reject act on the checked rows, or, when none is checked, on the current
 * row, so staff can also go through the queue one by one with the keyboard.
 * Every decision can be undone from its toast (or with Ctrl+Z).
 */

typedef struct
{
  gint64          id;
  char           *title;
  GtkListBoxRow  *row;
  GtkCheckButton *check;
} ReviewItem;

struct _BuurtReviewWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkCheckButton  *select_all_check;
  GtkListBox      *list_box;
  GtkActionBar    *action_bar;
  GtkLabel        *selection_label;

  /* Owned state */
  BuurtDatabase      *database;
  gulong           changed_id;
  GArray          *items;        /* ReviewItem, in the order of the rows */
  GArray          *undo_ids;     /* gint64: what the last decision changed */
  AdwToast        *undo_toast;   /* the toast offering to undo it, if shown */
  gboolean         updating;     /* set while the window changes the checks itself */
};

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

static guint
count_checked (BuurtReviewWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    if (gtk_check_button_get_active (g_array_index (self->items, ReviewItem, i).check))
      n++;

  return n;
}

static ReviewItem *
current_item (BuurtReviewWindow *self)
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
static void
update_state (BuurtReviewWindow *self)
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
  n_checked = count_checked (self);
  has_targets = n_checked > 0 || current_item (self) != NULL;

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
  else if (current_item (self) != NULL)
    /* Translators: with nothing checked, Approve and Reject act on the
     * highlighted submission; %s is its title */
    selected = g_strdup_printf (_("For “%s”"), current_item (self)->title);
  gtk_label_set_label (self->selection_label, selected != NULL ? selected : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.approve", has_targets);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reject", has_targets);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.select-all", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.undo", self->undo_ids->len > 0);
}

static void
set_all_checked (BuurtReviewWindow *self,
                 gboolean           checked)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    gtk_check_button_set_active (g_array_index (self->items, ReviewItem, i).check, checked);
  self->updating = FALSE;

  update_state (self);
}

/* Returns: (transfer full): the ids to act on: the checked rows, or else the
 * current row; empty when there is neither. */
static GArray *
dup_targets (BuurtReviewWindow *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ReviewItem *current;

  for (guint i = 0; i < self->items->len; i++)
    {
      ReviewItem *item = &g_array_index (self->items, ReviewItem, i);

      if (gtk_check_button_get_active (item->check))
        g_array_append_val (ids, item->id);
    }

  if (ids->len == 0 && (current = current_item (self)) != NULL)
    g_array_append_val (ids, current->id);

  return ids;
}

static const char *
title_for_id (BuurtReviewWindow *self,
              gint64             id)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, ReviewItem, i).id == id)
      return g_array_index (self->items, ReviewItem, i).title;

  return "";
}

static void
show_message (BuurtReviewWindow *self,
              const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Looks up the name of a contact, room or venue, once per reload. */
static const char *
lookup_name (BuurtReviewWindow *self,
             GHashTable        *cache,
             GType              type,
             gint64             id)
{
  g_autoptr(BuurtEntity) entity = NULL;
  char *name;

  if (id == 0)
    return NULL;

  if (g_hash_table_lookup_extended (cache, &id, NULL, (gpointer *) &name))
    return name;

  entity = buurt_database_load (self->database, type, id, NULL);
  name = entity != NULL ? g_strdup (buurt_entity_get_string (entity, "name")) : NULL;
  g_hash_table_insert (cache, g_memdup2 (&id, sizeof id), name);

  return name;
}

static char *
format_place (BuurtReviewWindow *self,
              GHashTable        *cache,
              BuurtActivity     *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  gint64 room_id = buurt_entity_get_int (entity, "room-id");
  const char *location = buurt_entity_get_string (entity, "location");

  if (room_id != 0)
    {
      g_autoptr(BuurtRoom) room = buurt_database_load (self->database, BUURT_TYPE_ROOM, room_id, NULL);
      const char *venue = NULL;

      if (room != NULL)
        venue = lookup_name (self, cache, BUURT_TYPE_VENUE,
                             buurt_entity_get_int (BUURT_ENTITY (room), "venue-id"));
      if (room != NULL && venue != NULL)
        /* Translators: a venue and a room in it, e.g. "De Schouw, Grote zaal" */
        return g_strdup_printf (_("%s, %s"), venue, buurt_entity_get_string (BUURT_ENTITY (room), "name"));
      if (room != NULL)
        return g_strdup (buurt_entity_get_string (BUURT_ENTITY (room), "name"));
    }

  return g_strdup (location);
}

static char *
format_clock (GDateTime *local)
{
  /* Translators: a time of day, see strftime(3); e.g. "09:30" */
  return g_date_time_format (local, _("%H:%M"));
}

/* The first date and time of an activity, in the user's language and time
 * zone, such as "Thursday 26 November, 19:30 – 21:00". */
static char *
format_when (BuurtActivity *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autoptr(GDateTime) start = g_date_time_to_local (buurt_entity_get_date_time (entity, "starts-at"));
  g_autoptr(GDateTime) end = g_date_time_to_local (buurt_entity_get_date_time (entity, "ends-at"));
  g_autofree char *start_day = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *end_day = g_date_time_format (end, "%Y-%m-%d");
  g_autofree char *day = buurt_format_day (start_day);
  g_autofree char *start_clock = format_clock (start);
  g_autofree char *end_clock = format_clock (end);
  g_autofree char *end_text = NULL;
  g_autofree char *times = NULL;
  g_autofree char *when = NULL;
  const char *rrule = buurt_entity_get_string (entity, "rrule");

  if (buurt_entity_get_boolean (entity, "all-day"))
    times = g_strdup (_("All day"));
  else if (g_str_equal (start_day, end_day))
    /* Translators: a start and an end time, e.g. "09:30 – 11:00" */
    times = g_strdup_printf (_("%s – %s"), start_clock, end_clock);
  else
    {
      g_autofree char *other_day = buurt_format_day (end_day);

      /* Translators: a day and a time, e.g. "Friday 27 November, 01:00" */
      end_text = g_strdup_printf (C_("day and time", "%s, %s"), other_day, end_clock);
      times = g_strdup_printf (_("%s – %s"), start_clock, end_text);
    }

  /* Translators: a day and a time, e.g. "Thursday 26 November, 19:30 – 21:00" */
  when = g_strdup_printf (C_("day and time", "%s, %s"), day, times);

  if (rrule != NULL && *rrule != '\0')
    /* Translators: the first date of a repeating activity, e.g.
     * "Thursday 26 November, 19:30 – 21:00, repeats" */
    return g_strdup_printf (_("%s, repeats"), when);

  return g_steal_pointer (&when);
}

static void
check_toggled_cb (BuurtReviewWindow *self)
{
  if (!self->updating)
    update_state (self);
}

static GtkWidget *
create_row (BuurtReviewWindow *self,
            GHashTable        *contacts,
            GHashTable        *places,
            BuurtActivity     *activity,
            GtkCheckButton   **check_out)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  const char *title = buurt_entity_get_string (entity, "title");
  const char *organiser = lookup_name (self, contacts, BUURT_TYPE_CONTACT,
                                       buurt_entity_get_int (entity, "organiser-id"));
  g_autofree char *when = format_when (activity);
  g_autofree char *place = format_place (self, places, activity);
  g_autofree char *check_label = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *details = NULL;
  g_autofree char *sentence = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GtkWidget *row;
  GtkWidget *check;

  g_ptr_array_add (lines, when);
  if (place != NULL && *place != '\0')
    g_ptr_array_add (lines, place);
  if (organiser != NULL && *organiser != '\0')
    g_ptr_array_add (lines, (gpointer) organiser);
  g_ptr_array_add (lines, NULL);
  subtitle = g_strjoinv ("\n", (char **) lines->pdata);

  /* The row itself takes the focus and toggles the check on Enter or
   * Space, so the check needs no tab stop of its own. */
  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_focusable (check, FALSE);
  /* Translators: the accessible name of a row's check button; %s is a title */
  check_label = g_strdup_printf (_("Select “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_label,
                                  -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled_cb), self);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* Screen readers read the row as one sentence, as it shows: the title,
   * when, where and who. */
  details = g_strjoinv (", ", (char **) lines->pdata);
  sentence = g_strdup_printf ("%s, %s", title, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sentence,
                                  -1);

  *check_out = GTK_CHECK_BUTTON (check);
  return row;
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
  ReviewItem *current = current_item (self);
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
      show_message (self, error->message);
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
      item.row = GTK_LIST_BOX_ROW (create_row (self, contacts, places, activity, &item.check));
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

  update_state (self);
}

static void
database_changed_cb (BuurtReviewWindow *self,
                  const char        *table,
                  BuurtDatabase        *database)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    if (g_str_equal (table, shown_tables[i]))
      {
        reload (self);
        return;
      }
}

static void
undo_toast_dismissed_cb (BuurtReviewWindow *self,
                         AdwToast          *toast)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

static void
dismiss_undo_toast (BuurtReviewWindow *self)
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
    message = g_strdup_printf (_("“%s” published"), title_for_id (self, g_array_index (ids, gint64, 0)));
  else if (ids->len == 1)
    /* Translators: a toast; %s is the title of an activity */
    message = g_strdup_printf (_("“%s” rejected"), title_for_id (self, g_array_index (ids, gint64, 0)));
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
      show_message (self, error->message);
      return FALSE;
    }

  /* The database's "changed" signal has reloaded the rows by now. */
  g_array_set_size (self->undo_ids, 0);
  g_array_append_vals (self->undo_ids, ids->data, ids->len);

  dismiss_undo_toast (self);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "review.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  update_state (self);
  return TRUE;
}

static void
select_all_toggled_cb (BuurtReviewWindow *self)
{
  if (self->updating)
    return;

  /* From the inconsistent state a click checks everything. */
  set_all_checked (self, count_checked (self) < self->items->len);
}

static void
row_selected_cb (BuurtReviewWindow *self)
{
  update_state (self);
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
  set_all_checked (self, FALSE);
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
  g_autoptr(GArray) ids = dup_targets (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (ids->len == 0)
    return;

  if (ids->len == 1)
    /* Translators: the heading of the reject dialog; %s is a title */
    heading = g_strdup_printf (_("Reject “%s”?"), title_for_id (self, g_array_index (ids, gint64, 0)));
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
  set_all_checked (self, count_checked (self) < self->items->len);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  buurt_review_window_undo (BUURT_REVIEW_WINDOW (widget));
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
  dismiss_undo_toast (self);
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

  ids = dup_targets (self);
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

  ids = dup_targets (self);
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
      show_message (self, error->message);
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
  dismiss_undo_toast (self);
  update_state (self);
}

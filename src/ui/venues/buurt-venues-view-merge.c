/* buurt-venues-view-merge.c: merging duplicate venues or rooms, and the
 * double bookings, from the Venues view
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venues-view"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-conflicts-window.h"
#include "buurt-double-bookings.h"
#include "buurt-place-merge.h"
#include "buurt-toast.h"
#include "buurt-venues-view-private.h"

/*
 * Merge: "MFC Het Palet" and "Het Palet (MFC)" are one place. The dialog
 * offers the other venues (or the other rooms of the venue), likely
 * duplicates first, lets the user choose which of the two stays, says what
 * moves, and merges in one transaction; the toast (and Ctrl+Z) undoes it.
 */

typedef struct
{
  BuurtVenuesView *self;
  gboolean         rooms;
  gint64           id;         /* the venue or room the merge started from */
  GArray          *others;     /* gint64, by position in the drop-down */
  GtkDropDown     *other;
  GtkCheckButton  *keep_this;
  GtkLabel        *moves;
  AdwMessageDialog *dialog;
} Merge;

static void
merge_free (gpointer  data,
            GClosure *closure)
{
  Merge *merge = data;

  g_clear_object (&merge->self);
  g_clear_pointer (&merge->others, g_array_unref);
  g_free (merge);
}

static BuurtPlaceMerge *
make_merge (Merge *merge)
{
  guint position = gtk_drop_down_get_selected (merge->other);
  gint64 other, keep, merged;

  if (position == GTK_INVALID_LIST_POSITION || position >= merge->others->len)
    return NULL;

  other = g_array_index (merge->others, gint64, position);
  keep = gtk_check_button_get_active (merge->keep_this) ? merge->id : other;
  merged = keep == merge->id ? other : merge->id;
  return merge->rooms ? buurt_place_merge_new_rooms (merge->self->database, keep, merged)
                      : buurt_place_merge_new_venues (merge->self->database, keep, merged);
}

/* What moves, said before the merge. */
static void
update_moves (Merge *merge)
{
  g_autoptr(BuurtPlaceMerge) place = make_merge (merge);
  g_autoptr(GError) error = NULL;
  g_autofree char *rooms = NULL;
  g_autofree char *text = NULL;
  guint n_rooms = 0, n_activities = 0;

  if (place == NULL || !buurt_place_merge_preview (place, &n_rooms, &n_activities, &error))
    {
      gtk_label_set_text (merge->moves, error != NULL ? error->message : "");
      adw_message_dialog_set_response_enabled (merge->dialog, "merge", FALSE);
      return;
    }

  if (merge->rooms)
    /* Translators: %u counts activities; the %s are the names of two rooms */
    text = g_strdup_printf (ngettext ("%u activity moves from “%s” to “%s”, and “%s” is deleted.",
                                      "%u activities move from “%s” to “%s”, and “%s” is deleted.",
                                      n_activities),
                            n_activities, buurt_place_merge_get_merged_name (place),
                            buurt_place_merge_get_kept_name (place), buurt_place_merge_get_merged_name (place));
  else
    {
      /* Translators: part of "2 rooms with 14 activities move …" */
      rooms = g_strdup_printf (ngettext ("%u room", "%u rooms", n_rooms), n_rooms);
      /* Translators: the first %s is "2 rooms"; %u counts activities; then two venue names */
      text = g_strdup_printf (ngettext ("%s with %u activity move from “%s” to “%s”, and “%s” is deleted.",
                                        "%s with %u activities move from “%s” to “%s”, and “%s” is deleted.",
                                        n_activities),
                              rooms, n_activities, buurt_place_merge_get_merged_name (place),
                              buurt_place_merge_get_kept_name (place), buurt_place_merge_get_merged_name (place));
    }

  gtk_label_set_text (merge->moves, text);
  adw_message_dialog_set_response_enabled (merge->dialog, "merge", TRUE);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Merge            *merge)
{
  g_autoptr(BuurtPlaceMerge) place = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "merge") || (place = make_merge (merge)) == NULL)
    return;

  if (!buurt_place_merge_run (place, &error))
    {
      buurt_toast_show (GTK_WIDGET (merge->self), adw_toast_new (error->message));
      return;
    }

  /* Translators: both %s are names of venues or rooms */
  message = g_strdup_printf (_("“%s” merged into “%s”"), buurt_place_merge_get_merged_name (place),
                             buurt_place_merge_get_kept_name (place));
  buurt_venues_view_offer_undo (merge->self, G_OBJECT (place), message);
  if (merge->rooms)
    buurt_venues_view_reload (merge->self);
  else
    {
      /* Show the venue that stayed, with all the rooms. */
      buurt_venues_view_reload (merge->self);
      buurt_venues_view_show_venue (merge->self, buurt_place_merge_get_kept_id (place));
    }
}

/* The others to merge with, likely duplicates first. */
static GtkDropDown *
others_dropdown (Merge      *merge,
                 BuurtEntity *entity)
{
  BuurtDatabase *database = merge->self->database;
  g_autoptr(GListModel) all = buurt_database_list (database, merge->rooms ? BUURT_TYPE_ROOM : BUURT_TYPE_VENUE, NULL);
  g_autofree char *key = buurt_database_duplicate_key (buurt_entity_get_string (entity, "name"));
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rest_labels = g_ptr_array_new_with_free_func (g_free);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(BuurtEntity) other = g_list_model_get_item (all, i);
      gint64 id = buurt_entity_get_id (other);
      const char *name = buurt_entity_get_string (other, "name");
      g_autofree char *other_key = NULL;

      if (id == merge->id)
        continue;
      if (merge->rooms && buurt_entity_get_int (other, "venue-id") != buurt_entity_get_int (entity, "venue-id"))
        continue;

      other_key = buurt_database_duplicate_key (name);
      if (*key != '\0' && g_str_equal (key, other_key))
        {
          /* Translators: a venue or room whose name is like the one being merged */
          g_autofree char *label = g_strdup_printf (_("%s (likely the same)"), name);

          gtk_string_list_append (labels, label);
          g_array_append_val (merge->others, id);
        }
      else
        {
          g_ptr_array_add (rest_labels, g_strdup (name));
          g_array_append_val (rest, id);
        }
    }

  for (guint i = 0; i < rest->len; i++)
    gtk_string_list_append (labels, g_ptr_array_index (rest_labels, i));
  g_array_append_vals (merge->others, rest->data, rest->len);

  dropdown = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  merge->rooms ? _("Room to merge with") : _("Venue to merge with"), -1);
  return GTK_DROP_DOWN (dropdown);
}

/**
 * buurt_venues_view_ask_merge:
 * @rooms: merge rooms, else venues
 * @id: the room or venue to merge with another
 *
 * Asks which other venue or room is the same place and which of the two
 * stays, says what moves, and merges.
 */
void
buurt_venues_view_ask_merge (BuurtVenuesView *self,
                             gboolean         rooms,
                             gint64           id)
{
  g_autoptr(BuurtEntity) entity = buurt_database_load (self->database, rooms ? BUURT_TYPE_ROOM : BUURT_TYPE_VENUE,
                                                       id, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *keep_label = NULL;
  GtkWidget *box, *label, *keep_other;
  GtkRoot *root;
  Merge *merge;

  if (entity == NULL)
    return;

  merge = g_new0 (Merge, 1);
  merge->self = g_object_ref (self);
  merge->rooms = rooms;
  merge->id = id;
  merge->others = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Translators: %s is the name of a venue or room */
  heading = g_strdup_printf (_("Merge “%s”"), buurt_entity_get_string (entity, "name"));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  merge->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                                              rooms ? _("Is this room listed twice? Choose the other one and which of the two stays.")
                                                                    : _("Is this venue listed twice? Choose the other one and which of the two stays.")));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (rooms ? _("_Same room as") : _("_Same venue as"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  merge->other = others_dropdown (merge, entity);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (merge->other));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (merge->other));

  /* Translators: %s is the name of a venue or room */
  keep_label = g_strdup_printf (_("Keep “%s”"), buurt_entity_get_string (entity, "name"));
  merge->keep_this = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (keep_label));
  keep_other = gtk_check_button_new_with_label (_("Keep the other one"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (keep_other), merge->keep_this);
  gtk_check_button_set_active (merge->keep_this, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (merge->keep_this), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (merge->keep_this));
  gtk_box_append (GTK_BOX (box), keep_other);

  merge->moves = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (merge->moves, TRUE);
  gtk_label_set_xalign (merge->moves, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (merge->moves), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (merge->moves));
  adw_message_dialog_set_extra_child (merge->dialog, box);

  adw_message_dialog_add_responses (merge->dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (merge->dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (merge->dialog, "cancel");
  adw_message_dialog_set_close_response (merge->dialog, "cancel");

  g_signal_connect_swapped (merge->other, "notify::selected", G_CALLBACK (update_moves), merge);
  g_signal_connect_swapped (merge->keep_this, "toggled", G_CALLBACK (update_moves), merge);
  g_signal_connect_data (merge->dialog, "response", G_CALLBACK (response_cb), merge, merge_free, 0);
  update_moves (merge);
  gtk_window_present (GTK_WINDOW (merge->dialog));
}

/* Double bookings: the count in the list, and the list in a window */

static void
count_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  BuurtVenuesView *self = user_data;  /* not kept alive: its dispose cancels */
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *label = NULL;
  gint64 n_total = 0;

  pairs = buurt_database_read_double_bookings_finish (BUURT_DATABASE (source), result, &n_total, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (pairs == NULL)
    {
      g_warning ("Could not count the double bookings: %s", error->message);
      n_total = 0;
    }

  self->n_conflicts = n_total;
  /* Translators: shown in the Venues view; opens the list */
  label = g_strdup_printf (ngettext ("%u double booking: two activities in one room at the same time",
                                     "%u double bookings: two activities in one room at the same time",
                                     (guint) n_total), (guint) n_total);
  gtk_label_set_text (self->conflicts_label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_button), n_total > 0);
}

/**
 * buurt_venues_view_count_conflicts:
 *
 * Counts the double bookings in a thread and shows the count.
 */
void
buurt_venues_view_count_conflicts (BuurtVenuesView *self)
{
  g_cancellable_cancel (self->conflicts_cancellable);
  g_clear_object (&self->conflicts_cancellable);
  self->conflicts_cancellable = g_cancellable_new ();
  buurt_database_read_double_bookings_async (self->database, 0, self->conflicts_cancellable,
                                             count_cb, self);
}

/**
 * buurt_venues_view_show_conflicts:
 *
 * Opens the list of double bookings.
 */
void
buurt_venues_view_show_conflicts (BuurtVenuesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_present (GTK_WINDOW (buurt_conflicts_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                              self->database)));
}

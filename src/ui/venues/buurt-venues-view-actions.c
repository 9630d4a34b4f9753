/* buurt-venues-view-actions.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venues-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-free-room-window.h"
#include "buurt-place-merge.h"
#include "buurt-place-removal.h"
#include "buurt-room-editor.h"
#include "buurt-toast.h"
#include "buurt-venue-editor.h"
#include "buurt-venues-view-private.h"

/*
 * What the Venues view does: open a venue or a room's week and go back, add
 * and edit venues and rooms, delete them with a toast that undoes it, and
 * open "Find a free room". A room or venue that activities still use asks
 * first what happens to them: move to another room, or keep the old name as
 * their place.
 */

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (BuurtVenuesView *self,
            const GError    *error)
{
  buurt_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
}

/* Navigation */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  buurt_venues_view_reload (self);
}

static void
open_venue_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  buurt_venues_view_show_venue (BUURT_VENUES_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
open_room_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  buurt_venues_view_show_room (BUURT_VENUES_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  buurt_venues_view_clear_filters (BUURT_VENUES_VIEW (widget));
}

static void
find_free_room_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  gtk_window_present (GTK_WINDOW (buurt_free_room_window_new (parent_window (widget), self->database)));
}

/* Adding and editing */

static void
venue_saved_cb (BuurtVenueEditor *editor,
                gint64            venue_id,
                BuurtVenuesView  *self)
{
  buurt_venues_view_reload (self);
  buurt_venues_view_show_venue (self, venue_id);
}

static void
open_venue_editor (BuurtVenuesView *self,
                   gint64           venue_id)
{
  BuurtVenueEditor *editor = buurt_venue_editor_new (parent_window (GTK_WIDGET (self)), self->database, venue_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (venue_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_venue_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_venue_editor (BUURT_VENUES_VIEW (widget), 0);
}

static gint64
current_venue (BuurtVenuesView *self)
{
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "venues") == 0)
    return 0;
  return buurt_venue_detail_get_venue_id (self->detail);
}

static void
edit_venue_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  if (current_venue (self) != 0)
    open_venue_editor (self, current_venue (self));
}

static void
room_saved_cb (BuurtRoomEditor *editor,
               gint64           room_id,
               BuurtVenuesView *self)
{
  buurt_venues_view_reload (self);
}

static void
open_room_editor (BuurtVenuesView *self,
                  gint64           room_id)
{
  BuurtRoomEditor *editor = buurt_room_editor_new (parent_window (GTK_WIDGET (self)), self->database,
                                                   buurt_venue_detail_get_venue_id (self->detail), room_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (room_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_room_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  if (current_venue (self) != 0)
    open_room_editor (self, 0);
}

static void
edit_room_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_room_editor (BUURT_VENUES_VIEW (widget), g_variant_get_int64 (parameter));
}

/* Deleting, with undo */

static void
undo (BuurtVenuesView *self,
      GObject         *removal)
{
  g_autoptr(GError) error = NULL;
  gboolean undone = BUURT_IS_PLACE_MERGE (removal) ? buurt_place_merge_undo (BUURT_PLACE_MERGE (removal), &error)
                                                    : buurt_place_removal_undo (BUURT_PLACE_REMOVAL (removal), &error);

  if (!undone)
    show_error (self, error);
  if (self->last_removal == removal)
    g_clear_object (&self->last_removal);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "venues.undo", self->last_removal != NULL);
  buurt_venues_view_reload (self);
}

static void
undo_cb (AdwToast        *toast,
         BuurtVenuesView *self)
{
  GObject *removal = g_object_get_data (G_OBJECT (toast), "removal");

  /* Undone already by Ctrl+Z: nothing more to do. */
  if (self->last_removal == removal)
    undo (self, removal);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  if (self->last_removal != NULL)
    undo (self, self->last_removal);
}

/**
 * buurt_venues_view_offer_undo:
 * @change: a #BuurtPlaceRemoval or #BuurtPlaceMerge that ran
 *
 * Shows @message in a toast that undoes @change, as Ctrl+Z does.
 */
void
buurt_venues_view_offer_undo (BuurtVenuesView *self,
                              GObject         *change,
                              const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 12);
  g_object_set_data_full (G_OBJECT (toast), "removal", g_object_ref (change), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  buurt_toast_show (GTK_WIDGET (self), toast);
  g_set_object (&self->last_removal, change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "venues.undo", TRUE);
}

static void
run_removal (BuurtVenuesView   *self,
             BuurtPlaceRemoval *removal,
             gboolean           venue)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_moved;

  if (!buurt_place_removal_run (removal, &error))
    {
      show_error (self, error);
      return;
    }

  n_moved = buurt_place_removal_get_n_moved (removal);
  if (n_moved == 0)
    /* Translators: %s is the name of the venue or room deleted */
    message = g_strdup_printf (_("“%s” deleted"), buurt_place_removal_get_name (removal));
  else
    /* Translators: %s is the name of the venue or room deleted; %u counts its activities */
    message = g_strdup_printf (ngettext ("“%s” deleted; %u activity kept its date",
                                         "“%s” deleted; %u activities kept their dates", n_moved),
                               buurt_place_removal_get_name (removal), n_moved);

  buurt_venues_view_offer_undo (self, G_OBJECT (removal), message);

  if (venue)
    adw_leaflet_set_visible_child_name (self->leaflet, "venues");
  buurt_venues_view_reload (self);
}

typedef struct
{
  BuurtVenuesView *self;
  gint64           venue_id;   /* a venue, or 0 */
  gint64           room_id;    /* a room, or 0 */
  GArray          *targets;    /* gint64: the rooms to move to, by position */
  GtkDropDown     *target;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_clear_object (&removal->self);
  g_clear_pointer (&removal->targets, g_array_unref);
  g_free (removal);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Removal          *removal)
{
  g_autoptr(BuurtPlaceRemoval) place = NULL;
  gint64 target = 0;

  if (g_str_equal (response, "move"))
    {
      guint position = gtk_drop_down_get_selected (removal->target);

      if (position == GTK_INVALID_LIST_POSITION || position >= removal->targets->len)
        return;
      target = g_array_index (removal->targets, gint64, position);
    }
  else if (!g_str_equal (response, "keep"))
    return;

  place = removal->room_id != 0 ? buurt_place_removal_new_room (removal->self->database, removal->room_id, target)
                                : buurt_place_removal_new_venue (removal->self->database, removal->venue_id, target);
  run_removal (removal->self, place, removal->room_id == 0);
}

/* The rooms the activities can move to: every room not being deleted. */
static GtkDropDown *
target_dropdown (BuurtVenuesView *self,
                 Removal         *removal)
{
  g_autoptr(GListModel) venues = buurt_database_list (self->database, BUURT_TYPE_VENUE, NULL);
  g_autoptr(GListModel) rooms = buurt_database_list (self->database, BUURT_TYPE_ROOM, NULL);
  g_autoptr(GHashTable) venue_names = venues != NULL ? buurt_entity_index_names (venues, "name") : NULL;
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; rooms != NULL && i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);
      gint64 id = buurt_entity_get_id (room);
      gint64 venue_id = buurt_entity_get_int (room, "venue-id");
      g_autofree char *label = NULL;

      if (id == removal->room_id || venue_id == removal->venue_id)
        continue;
      /* Translators: a room to move activities to: venue and room */
      label = g_strdup_printf (_("%s: %s"), venue_names != NULL ? (const char *) g_hash_table_lookup (venue_names, &venue_id) : "",
                               buurt_entity_get_string (room, "name"));
      gtk_string_list_append (labels, label);
      g_array_append_val (removal->targets, id);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Room to move the activities to"), -1);
  return GTK_DROP_DOWN (dropdown);
}

static void
ask_and_remove (BuurtVenuesView *self,
                gint64           venue_id,
                gint64           room_id)
{
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(BuurtEntity) entity = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  Removal *removal;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *label;
  guint n_activities = 0;

  if (room_id != 0)
    {
      entity = buurt_database_load (self->database, BUURT_TYPE_ROOM, room_id, NULL);
      n_activities = buurt_database_count_room_activities (self->database, room_id, NULL);
    }
  else
    {
      entity = buurt_database_load (self->database, BUURT_TYPE_VENUE, venue_id, NULL);
      rooms = buurt_database_list_rooms_of_venue (self->database, venue_id, NULL);
      for (guint i = 0; rooms != NULL && i < g_list_model_get_n_items (rooms); i++)
        {
          g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);

          n_activities += buurt_database_count_room_activities (self->database, buurt_entity_get_id (room), NULL);
        }
    }
  if (entity == NULL)
    return;

  /* Nothing uses it: delete at once; the toast undoes it. */
  if (n_activities == 0)
    {
      g_autoptr(BuurtPlaceRemoval) place = room_id != 0 ? buurt_place_removal_new_room (self->database, room_id, 0)
                                                        : buurt_place_removal_new_venue (self->database, venue_id, 0);

      run_removal (self, place, room_id == 0);
      return;
    }

  removal = g_new0 (Removal, 1);
  removal->self = g_object_ref (self);
  removal->venue_id = room_id != 0 ? 0 : venue_id;
  removal->room_id = room_id;
  removal->targets = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Translators: %s is the name of a room or venue */
  heading = g_strdup_printf (_("Delete “%s”?"), buurt_entity_get_string (entity, "name"));
  body = g_strdup_printf (ngettext ("%u activity takes place here. Move it to another room, or keep it with the old name as its place.",
                                    "%u activities take place here. Move them to another room, or keep them with the old name as their place.",
                                    n_activities), n_activities);
  dialog = adw_message_dialog_new (parent_window (GTK_WIDGET (self)), heading, body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("Move to"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  removal->target = target_dropdown (self, removal);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (removal->target));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "keep", _("_Keep Old Name"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", removal->targets->len > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), removal,
                         removal_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_venue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  if (current_venue (self) != 0)
    ask_and_remove (self, current_venue (self), 0);
}

static void
delete_room_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ask_and_remove (BUURT_VENUES_VIEW (widget), 0, g_variant_get_int64 (parameter));
}

static void
merge_venue_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (widget);

  if (current_venue (self) != 0)
    buurt_venues_view_ask_merge (self, FALSE, current_venue (self));
}

static void
merge_room_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  buurt_venues_view_ask_merge (BUURT_VENUES_VIEW (widget), TRUE, g_variant_get_int64 (parameter));
}

static void
show_conflicts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  buurt_venues_view_show_conflicts (BUURT_VENUES_VIEW (widget));
}

void
buurt_venues_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "venues.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "venues.back", NULL);
  gtk_widget_class_install_action (widget_class, "venues.open-venue", "x", open_venue_action);
  gtk_widget_class_install_action (widget_class, "venues.open-room", "x", open_room_action);
  gtk_widget_class_install_action (widget_class, "venues.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "venues.find-free-room", NULL, find_free_room_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "venues.find-free-room", NULL);

  gtk_widget_class_install_action (widget_class, "venues.add-venue", NULL, add_venue_action);
  gtk_widget_class_install_action (widget_class, "venues.edit-venue", NULL, edit_venue_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "venues.edit-venue", NULL);
  gtk_widget_class_install_action (widget_class, "venues.delete-venue", NULL, delete_venue_action);
  gtk_widget_class_install_action (widget_class, "venues.add-room", NULL, add_room_action);
  gtk_widget_class_install_action (widget_class, "venues.edit-room", "x", edit_room_action);
  gtk_widget_class_install_action (widget_class, "venues.delete-room", "x", delete_room_action);
  gtk_widget_class_install_action (widget_class, "venues.merge-venue", NULL, merge_venue_action);
  gtk_widget_class_install_action (widget_class, "venues.merge-room", "x", merge_room_action);
  gtk_widget_class_install_action (widget_class, "venues.show-conflicts", NULL, show_conflicts_action);
  gtk_widget_class_install_action (widget_class, "venues.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "venues.undo", NULL);
}

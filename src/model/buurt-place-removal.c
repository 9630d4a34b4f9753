/* buurt-place-removal.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-place-removal"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-database-private.h"
#include "buurt-place-removal.h"
#include "buurt-store-venues.h"

/*
 * Deleting a room, or a venue with all its rooms, that activities still use.
 * The activities are neither refused nor orphaned: they move to another
 * room, or keep the old name ("De Schakel, Grote zaal") as their free-text
 * location. All of it is one transaction, and so is its undo, which brings
 * the rooms back and puts each activity back where it was.
 */

typedef struct
{
  gint64  activity_id;
  gint64  room_id;     /* where it was */
  char   *location;    /* what its free-text location was, nullable */
} Moved;

struct _BuurtPlaceRemoval
{
  GObject parent_instance;

  BuurtDatabase *database;
  gint64         venue_id;         /* the venue to delete, or 0 */
  gint64         room_id;          /* the room to delete, or 0 */
  gint64         move_to_room_id;  /* where activities go, or 0: keep the name */

  /* What the last run did */
  char          *name;
  GArray        *rooms;            /* gint64: the rooms deleted */
  GArray        *moved;            /* Moved */
  gboolean       done;
};

G_DEFINE_FINAL_TYPE (BuurtPlaceRemoval, buurt_place_removal, G_TYPE_OBJECT)

static void
clear_moved (gpointer data)
{
  g_free (((Moved *) data)->location);
}

static gboolean
move_activities (BuurtStore         *store,
                 BuurtPlaceRemoval  *self,
                 BuurtRoom          *room,
                 const char         *venue_name,
                 GError            **error)
{
  gint64 room_id = buurt_entity_get_id (BUURT_ENTITY (room));
  g_autoptr(GArray) ids = buurt_store_list_room_activities (store, room_id, error);
  g_autofree char *old_name = NULL;

  if (ids == NULL)
    return FALSE;

  /* Translators: where an activity took place once its room is gone: venue, room */
  old_name = g_strdup_printf (_("%s, %s"), venue_name, buurt_entity_get_string (BUURT_ENTITY (room), "name"));

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BuurtEntity) activity = buurt_store_load (store, BUURT_TYPE_ACTIVITY,
                                                          g_array_index (ids, gint64, i), error);
      Moved moved;

      if (activity == NULL)
        return FALSE;

      moved.activity_id = buurt_entity_get_id (activity);
      moved.room_id = room_id;
      moved.location = g_strdup (buurt_entity_get_string (activity, "location"));
      g_array_append_val (self->moved, moved);

      if (self->move_to_room_id != 0)
        g_object_set (activity, "room-id", self->move_to_room_id, NULL);
      else
        g_object_set (activity, "room-id", (gint64) 0, "location", old_name, NULL);

      if (!buurt_store_save (store, activity, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_in_transaction (BuurtStore  *store,
                    gpointer     user_data,
                    GError     **error)
{
  BuurtPlaceRemoval *self = user_data;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 venue_id = self->venue_id;

  if (self->room_id != 0)
    {
      BuurtEntity *room = buurt_store_load (store, BUURT_TYPE_ROOM, self->room_id, error);

      if (room == NULL)
        return FALSE;
      g_ptr_array_add (doomed, room);
      venue_id = buurt_entity_get_int (room, "venue-id");
    }

  venue = buurt_store_load (store, BUURT_TYPE_VENUE, venue_id, error);
  if (venue == NULL)
    return FALSE;

  if (self->room_id == 0)
    {
      rooms = buurt_store_list (store, BUURT_TYPE_ROOM, error);
      if (rooms == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
        {
          BuurtEntity *room = g_list_model_get_item (rooms, i);

          if (buurt_entity_get_int (room, "venue-id") == venue_id)
            g_ptr_array_add (doomed, room);
          else
            g_object_unref (room);
        }
    }

  g_free (self->name);
  self->name = g_strdup (buurt_entity_get_string (self->room_id != 0 ? g_ptr_array_index (doomed, 0) : venue,
                                                  "name"));

  for (guint i = 0; i < doomed->len; i++)
    {
      BuurtEntity *room = g_ptr_array_index (doomed, i);
      gint64 id = buurt_entity_get_id (room);

      if (id == self->move_to_room_id)
        {
          g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                               _("Choose another room to move the activities to: this one is being deleted."));
          return FALSE;
        }
      if (!move_activities (store, self, BUURT_ROOM (room), buurt_entity_get_string (venue, "name"), error) ||
          !buurt_store_delete (store, room, error))
        return FALSE;
      g_array_append_val (self->rooms, id);
    }

  if (self->room_id == 0 && !buurt_store_delete (store, venue, error))
    return FALSE;

  return TRUE;
}

static gboolean
undo_in_transaction (BuurtStore  *store,
                     gpointer     user_data,
                     GError     **error)
{
  BuurtPlaceRemoval *self = user_data;

  if (self->room_id == 0)
    {
      g_autoptr(BuurtEntity) venue = buurt_store_load (store, BUURT_TYPE_VENUE, self->venue_id, error);

      if (venue == NULL || !buurt_store_undelete (store, venue, error))
        return FALSE;
    }

  for (guint i = 0; i < self->rooms->len; i++)
    {
      g_autoptr(BuurtEntity) room = buurt_store_load (store, BUURT_TYPE_ROOM,
                                                      g_array_index (self->rooms, gint64, i), error);

      if (room == NULL || !buurt_store_undelete (store, room, error))
        return FALSE;
    }

  for (guint i = 0; i < self->moved->len; i++)
    {
      Moved *moved = &g_array_index (self->moved, Moved, i);
      g_autoptr(BuurtEntity) activity = buurt_store_load (store, BUURT_TYPE_ACTIVITY, moved->activity_id, error);

      if (activity == NULL)
        return FALSE;
      g_object_set (activity, "room-id", moved->room_id, "location", moved->location, NULL);
      if (!buurt_store_save (store, activity, error))
        return FALSE;
    }

  return TRUE;
}

static void
buurt_place_removal_finalize (GObject *object)
{
  BuurtPlaceRemoval *self = (BuurtPlaceRemoval *) object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->rooms, g_array_unref);
  g_clear_pointer (&self->moved, g_array_unref);

  G_OBJECT_CLASS (buurt_place_removal_parent_class)->finalize (object);
}

static void
buurt_place_removal_class_init (BuurtPlaceRemovalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_place_removal_finalize;
}

static void
buurt_place_removal_init (BuurtPlaceRemoval *self)
{
  self->rooms = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->moved = g_array_new (FALSE, FALSE, sizeof (Moved));
  g_array_set_clear_func (self->moved, clear_moved);
}

static BuurtPlaceRemoval *
removal_new (BuurtDatabase *database,
             gint64         venue_id,
             gint64         room_id,
             gint64         move_to_room_id)
{
  BuurtPlaceRemoval *self = g_object_new (BUURT_TYPE_PLACE_REMOVAL, NULL);

  self->database = g_object_ref (database);
  self->venue_id = venue_id;
  self->room_id = room_id;
  self->move_to_room_id = move_to_room_id;
  return self;
}

/**
 * buurt_place_removal_new_room:
 * @move_to_room_id: the room its activities move to, or 0 to keep the old
 *   name as their free-text location
 *
 * Returns: (transfer full): a removal of @room_id, not yet run
 */
BuurtPlaceRemoval *
buurt_place_removal_new_room (BuurtDatabase *database,
                              gint64         room_id,
                              gint64         move_to_room_id)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  return removal_new (database, 0, room_id, move_to_room_id);
}

/**
 * buurt_place_removal_new_venue:
 * @move_to_room_id: the room (of another venue) the activities of all its
 *   rooms move to, or 0 to keep the old names as free-text locations
 *
 * Returns: (transfer full): a removal of @venue_id and its rooms, not yet run
 */
BuurtPlaceRemoval *
buurt_place_removal_new_venue (BuurtDatabase *database,
                               gint64         venue_id,
                               gint64         move_to_room_id)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  return removal_new (database, venue_id, 0, move_to_room_id);
}

/**
 * buurt_place_removal_get_name:
 *
 * Returns: (transfer none) (nullable): the name of what was deleted, after a run
 */
const char *
buurt_place_removal_get_name (BuurtPlaceRemoval *self)
{
  g_return_val_if_fail (BUURT_IS_PLACE_REMOVAL (self), NULL);

  return self->name;
}

/**
 * buurt_place_removal_get_n_moved:
 *
 * Returns: how many activities the run moved or gave a free-text location
 */
guint
buurt_place_removal_get_n_moved (BuurtPlaceRemoval *self)
{
  g_return_val_if_fail (BUURT_IS_PLACE_REMOVAL (self), 0);

  return self->moved->len;
}

/**
 * buurt_place_removal_run:
 *
 * Moves the activities and deletes, in one transaction.
 *
 * Returns: %TRUE when done; %FALSE with @error set and nothing changed
 */
gboolean
buurt_place_removal_run (BuurtPlaceRemoval  *self,
                         GError            **error)
{
  BuurtStore *store;

  g_return_val_if_fail (BUURT_IS_PLACE_REMOVAL (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  store = buurt_database_get_store (self->database);
  g_array_set_size (self->rooms, 0);
  g_array_set_size (self->moved, 0);
  if (!buurt_store_transaction (store, run_in_transaction, self, error))
    {
      g_array_set_size (self->rooms, 0);
      g_array_set_size (self->moved, 0);
      return FALSE;
    }

  self->done = TRUE;
  buurt_store_emit_changed (store, "room");
  buurt_store_emit_changed (store, "venue");
  return TRUE;
}

/**
 * buurt_place_removal_undo:
 *
 * Brings the rooms (and venue) back and puts every activity back where it
 * was, in one transaction.
 *
 * Returns: %TRUE when undone; %FALSE with @error set and nothing changed
 */
gboolean
buurt_place_removal_undo (BuurtPlaceRemoval  *self,
                          GError            **error)
{
  BuurtStore *store;

  g_return_val_if_fail (BUURT_IS_PLACE_REMOVAL (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  store = buurt_database_get_store (self->database);
  if (!buurt_store_transaction (store, undo_in_transaction, self, error))
    return FALSE;

  self->done = FALSE;
  buurt_store_emit_changed (store, "room");
  buurt_store_emit_changed (store, "venue");
  return TRUE;
}

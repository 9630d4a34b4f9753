/* buurt-place-merge.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-place-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-database-private.h"
#include "buurt-place-merge.h"
#include "buurt-store-venues.h"

/*
 * Merging two venues ("MFC Het Palet" and "Het Palet (MFC)") moves the
 * rooms of the one that goes to the one that stays, with their activities;
 * merging two rooms moves the activities. The one that goes is deleted
 * (a tombstone). All of it is one transaction, and so is its undo, which
 * puts every room and activity back and brings the merged one back.
 */

struct _BuurtPlaceMerge
{
  GObject parent_instance;

  BuurtDatabase *database;
  gboolean       rooms;       /* two rooms, else two venues */
  gint64         keep_id;
  gint64         merged_id;

  char          *kept_name;
  char          *merged_name;
  GArray        *moved;       /* gint64: the rooms (venues) or activities (rooms) moved */
  gboolean       done;
};

G_DEFINE_FINAL_TYPE (BuurtPlaceMerge, buurt_place_merge, G_TYPE_OBJECT)

static GType
place_type (BuurtPlaceMerge *self)
{
  return self->rooms ? BUURT_TYPE_ROOM : BUURT_TYPE_VENUE;
}

/* The rooms of a venue, or the activities of a room, that would move. */
static GArray *
list_moving (BuurtPlaceMerge  *self,
             BuurtStore       *store,
             GError          **error)
{
  g_autoptr(GListModel) rooms = NULL;
  GArray *ids;

  if (self->rooms)
    return buurt_store_list_room_activities (store, self->merged_id, error);

  rooms = buurt_store_list (store, BUURT_TYPE_ROOM, error);
  if (rooms == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);

      if (buurt_entity_get_int (room, "venue-id") == self->merged_id)
        {
          gint64 id = buurt_entity_get_id (room);

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

static gboolean
load_names (BuurtPlaceMerge  *self,
            BuurtStore       *store,
            GError          **error)
{
  g_autoptr(BuurtEntity) kept = buurt_store_load (store, place_type (self), self->keep_id, error);
  g_autoptr(BuurtEntity) merged = NULL;

  if (kept == NULL)
    return FALSE;
  merged = buurt_store_load (store, place_type (self), self->merged_id, error);
  if (merged == NULL)
    return FALSE;

  if (self->rooms && buurt_entity_get_int (kept, "venue-id") != buurt_entity_get_int (merged, "venue-id"))
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Only rooms of the same venue can be merged."));
      return FALSE;
    }

  g_free (self->kept_name);
  self->kept_name = g_strdup (buurt_entity_get_string (kept, "name"));
  g_free (self->merged_name);
  self->merged_name = g_strdup (buurt_entity_get_string (merged, "name"));
  return TRUE;
}

/**
 * buurt_place_merge_preview:
 * @n_rooms: (out) (optional): how many rooms would move
 * @n_activities: (out) (optional): how many activities would move
 *
 * Says what a run would move, and reads both names.
 *
 * Returns: %FALSE with @error set when either is gone or they are the same
 */
gboolean
buurt_place_merge_preview (BuurtPlaceMerge  *self,
                           guint            *n_rooms,
                           guint            *n_activities,
                           GError          **error)
{
  BuurtStore *store;
  g_autoptr(GArray) moving = NULL;
  guint activities = 0;

  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), FALSE);

  store = buurt_database_get_store (self->database);
  if (self->keep_id == self->merged_id)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose two different places to merge."));
      return FALSE;
    }
  if (!load_names (self, store, error))
    return FALSE;

  moving = list_moving (self, store, error);
  if (moving == NULL)
    return FALSE;

  if (self->rooms)
    activities = moving->len;
  else
    for (guint i = 0; i < moving->len; i++)
      {
        g_autoptr(GArray) ids = buurt_store_list_room_activities (store, g_array_index (moving, gint64, i), error);

        if (ids == NULL)
          return FALSE;
        activities += ids->len;
      }

  if (n_rooms != NULL)
    *n_rooms = self->rooms ? 0 : moving->len;
  if (n_activities != NULL)
    *n_activities = activities;
  return TRUE;
}

static gboolean
move (BuurtStore  *store,
      gboolean     rooms,
      gint64       id,
      gint64       to,
      GError     **error)
{
  g_autoptr(BuurtEntity) entity = buurt_store_load (store, rooms ? BUURT_TYPE_ACTIVITY : BUURT_TYPE_ROOM,
                                                    id, error);

  if (entity == NULL)
    return FALSE;
  g_object_set (entity, rooms ? "room-id" : "venue-id", to, NULL);
  return buurt_store_save (store, entity, error);
}

static gboolean
run_in_transaction (BuurtStore  *store,
                    gpointer     user_data,
                    GError     **error)
{
  BuurtPlaceMerge *self = user_data;
  g_autoptr(GArray) moving = NULL;
  g_autoptr(BuurtEntity) merged = NULL;

  if (self->keep_id == self->merged_id)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose two different places to merge."));
      return FALSE;
    }
  if (!load_names (self, store, error))
    return FALSE;

  moving = list_moving (self, store, error);
  if (moving == NULL)
    return FALSE;

  for (guint i = 0; i < moving->len; i++)
    {
      gint64 id = g_array_index (moving, gint64, i);

      if (!move (store, self->rooms, id, self->keep_id, error))
        return FALSE;
      g_array_append_val (self->moved, id);
    }

  merged = buurt_store_load (store, place_type (self), self->merged_id, error);
  return merged != NULL && buurt_store_delete (store, merged, error);
}

static gboolean
undo_in_transaction (BuurtStore  *store,
                     gpointer     user_data,
                     GError     **error)
{
  BuurtPlaceMerge *self = user_data;
  g_autoptr(BuurtEntity) merged = buurt_store_load (store, place_type (self), self->merged_id, error);

  if (merged == NULL || !buurt_store_undelete (store, merged, error))
    return FALSE;

  for (guint i = 0; i < self->moved->len; i++)
    if (!move (store, self->rooms, g_array_index (self->moved, gint64, i), self->merged_id, error))
      return FALSE;

  return TRUE;
}

static void
emit_changed (BuurtStore *store)
{
  buurt_store_emit_changed (store, "room");
  buurt_store_emit_changed (store, "venue");
  buurt_store_emit_changed (store, "activity");
}

/**
 * buurt_place_merge_run:
 *
 * Moves everything of the merged place to the kept one and deletes the
 * merged one, in one transaction.
 *
 * Returns: %TRUE when done; %FALSE with @error set and nothing changed
 */
gboolean
buurt_place_merge_run (BuurtPlaceMerge  *self,
                       GError          **error)
{
  BuurtStore *store;

  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  store = buurt_database_get_store (self->database);
  g_array_set_size (self->moved, 0);
  if (!buurt_store_transaction (store, run_in_transaction, self, error))
    {
      g_array_set_size (self->moved, 0);
      return FALSE;
    }

  self->done = TRUE;
  emit_changed (store);
  return TRUE;
}

/**
 * buurt_place_merge_undo:
 *
 * Brings the merged place back and moves back what moved, in one
 * transaction.
 *
 * Returns: %TRUE when undone; %FALSE with @error set and nothing changed
 */
gboolean
buurt_place_merge_undo (BuurtPlaceMerge  *self,
                        GError          **error)
{
  BuurtStore *store;

  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  store = buurt_database_get_store (self->database);
  if (!buurt_store_transaction (store, undo_in_transaction, self, error))
    return FALSE;

  self->done = FALSE;
  emit_changed (store);
  return TRUE;
}

const char *
buurt_place_merge_get_kept_name (BuurtPlaceMerge *self)
{
  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), NULL);

  return self->kept_name;
}

/**
 * buurt_place_merge_get_kept_id:
 *
 * Returns: the id of the venue or room that stays
 */
gint64
buurt_place_merge_get_kept_id (BuurtPlaceMerge *self)
{
  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), 0);

  return self->keep_id;
}

const char *
buurt_place_merge_get_merged_name (BuurtPlaceMerge *self)
{
  g_return_val_if_fail (BUURT_IS_PLACE_MERGE (self), NULL);

  return self->merged_name;
}

static void
buurt_place_merge_finalize (GObject *object)
{
  BuurtPlaceMerge *self = (BuurtPlaceMerge *) object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->kept_name, g_free);
  g_clear_pointer (&self->merged_name, g_free);
  g_clear_pointer (&self->moved, g_array_unref);

  G_OBJECT_CLASS (buurt_place_merge_parent_class)->finalize (object);
}

static void
buurt_place_merge_class_init (BuurtPlaceMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_place_merge_finalize;
}

static void
buurt_place_merge_init (BuurtPlaceMerge *self)
{
  self->moved = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static BuurtPlaceMerge *
merge_new (BuurtDatabase *database,
           gboolean       rooms,
           gint64         keep_id,
           gint64         merged_id)
{
  BuurtPlaceMerge *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_PLACE_MERGE, NULL);
  self->database = g_object_ref (database);
  self->rooms = rooms;
  self->keep_id = keep_id;
  self->merged_id = merged_id;
  return self;
}

/**
 * buurt_place_merge_new_venues:
 * @keep_venue_id: the venue that stays
 * @merged_venue_id: the venue whose rooms move to it, then deleted
 *
 * Returns: (transfer full): the merge, not yet run
 */
BuurtPlaceMerge *
buurt_place_merge_new_venues (BuurtDatabase *database,
                              gint64         keep_venue_id,
                              gint64         merged_venue_id)
{
  return merge_new (database, FALSE, keep_venue_id, merged_venue_id);
}

/**
 * buurt_place_merge_new_rooms:
 * @keep_room_id: the room that stays
 * @merged_room_id: a room of the same venue whose activities move, then deleted
 *
 * Returns: (transfer full): the merge, not yet run
 */
BuurtPlaceMerge *
buurt_place_merge_new_rooms (BuurtDatabase *database,
                             gint64         keep_room_id,
                             gint64         merged_room_id)
{
  return merge_new (database, TRUE, keep_room_id, merged_room_id);
}

/**
 * buurt_database_find_duplicates:
 * @rooms: %TRUE for rooms of the same venue, %FALSE for venues
 *
 * Returns: (transfer full) (element-type gint64) (nullable): pairs of ids
 *   whose names are likely the same place, flat (2n, 2n + 1)
 */
GArray *
buurt_database_find_duplicates (BuurtDatabase  *database,
                                gboolean        rooms,
                                GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  return buurt_store_find_duplicates (buurt_database_get_store (database), rooms, error);
}

/**
 * buurt_database_duplicate_key:
 *
 * Returns: (transfer full): what the names of one place have in common
 */
char *
buurt_database_duplicate_key (const char *name)
{
  return buurt_store_duplicate_key (name);
}

/* buurt-free-room.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-free-room"

#include "config.h"

#include "buurt-free-room.h"

/* A room that is free in the asked slot, with why it fits. */
struct _BuurtFreeRoom
{
  GObject parent_instance;

  gint64     room_id;
  gint64     venue_id;
  char      *title;      /* "Venue: room" */
  char      *why;        /* one line: why it fits */
  guint      capacity;
  guint      n_free;     /* slots free (1 of 1 for one date) */
  guint      n_slots;
  char      *busy_days;  /* nullable: the dates of a weekly slot it is taken */
  GDateTime *starts_at;  /* the first free slot, to start an activity there */
  GDateTime *ends_at;
};

G_DEFINE_FINAL_TYPE (BuurtFreeRoom, buurt_free_room, G_TYPE_OBJECT)

static void
buurt_free_room_finalize (GObject *object)
{
  BuurtFreeRoom *self = (BuurtFreeRoom *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->why, g_free);
  g_clear_pointer (&self->busy_days, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);

  G_OBJECT_CLASS (buurt_free_room_parent_class)->finalize (object);
}

static void
buurt_free_room_class_init (BuurtFreeRoomClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_free_room_finalize;
}

static void
buurt_free_room_init (BuurtFreeRoom *self)
{
}

/**
 * buurt_free_room_new:
 *
 * Returns: (transfer full): an answer of the free-room search
 */
BuurtFreeRoom *
buurt_free_room_new (gint64      room_id,
                     gint64      venue_id,
                     const char *title,
                     const char *why,
                     guint       capacity,
                     guint       n_free,
                     guint       n_slots,
                     const char *busy_days,
                     GDateTime  *starts_at,
                     GDateTime  *ends_at)
{
  BuurtFreeRoom *self = g_object_new (BUURT_TYPE_FREE_ROOM, NULL);

  self->room_id = room_id;
  self->venue_id = venue_id;
  self->title = g_strdup (title);
  self->why = g_strdup (why);
  self->capacity = capacity;
  self->n_free = n_free;
  self->n_slots = n_slots;
  self->busy_days = g_strdup (busy_days);
  self->starts_at = g_date_time_ref (starts_at);
  self->ends_at = g_date_time_ref (ends_at);
  return self;
}

gint64
buurt_free_room_get_room_id (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), 0);
  return self->room_id;
}

gint64
buurt_free_room_get_venue_id (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), 0);
  return self->venue_id;
}

/** buurt_free_room_get_title: Returns: (transfer none): "Venue: room" */
const char *
buurt_free_room_get_title (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), NULL);
  return self->title;
}

/** buurt_free_room_get_why: Returns: (transfer none): why the room fits */
const char *
buurt_free_room_get_why (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), NULL);
  return self->why;
}

guint
buurt_free_room_get_capacity (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), 0);
  return self->capacity;
}

guint
buurt_free_room_get_n_free (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), 0);
  return self->n_free;
}

guint
buurt_free_room_get_n_slots (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), 0);
  return self->n_slots;
}

/** buurt_free_room_get_busy_days: Returns: (transfer none) (nullable) */
const char *
buurt_free_room_get_busy_days (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), NULL);
  return self->busy_days;
}

/** buurt_free_room_get_starts_at: Returns: (transfer none): the first free slot's start */
GDateTime *
buurt_free_room_get_starts_at (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), NULL);
  return self->starts_at;
}

/** buurt_free_room_get_ends_at: Returns: (transfer none): the first free slot's end */
GDateTime *
buurt_free_room_get_ends_at (BuurtFreeRoom *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM (self), NULL);
  return self->ends_at;
}

/* buurt-free-room.h: one answer of "Find a free room"
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entities.h"

G_BEGIN_DECLS

#define BUURT_TYPE_FREE_ROOM (buurt_free_room_get_type ())

G_DECLARE_FINAL_TYPE (BuurtFreeRoom, buurt_free_room, BUURT, FREE_ROOM, GObject)

gint64      buurt_free_room_get_room_id    (BuurtFreeRoom *self);
gint64      buurt_free_room_get_venue_id   (BuurtFreeRoom *self);
const char *buurt_free_room_get_title      (BuurtFreeRoom *self);
const char *buurt_free_room_get_why        (BuurtFreeRoom *self);
guint       buurt_free_room_get_capacity   (BuurtFreeRoom *self);
guint       buurt_free_room_get_n_free     (BuurtFreeRoom *self);
guint       buurt_free_room_get_n_slots    (BuurtFreeRoom *self);
const char *buurt_free_room_get_busy_days  (BuurtFreeRoom *self);
GDateTime  *buurt_free_room_get_starts_at  (BuurtFreeRoom *self);
GDateTime  *buurt_free_room_get_ends_at    (BuurtFreeRoom *self);

/* For the model that makes them: buurt-database-venues.c */
BuurtFreeRoom *buurt_free_room_new         (gint64         room_id,
                                            gint64         venue_id,
                                            const char    *title,
                                            const char    *why,
                                            guint          capacity,
                                            guint          n_free,
                                            guint          n_slots,
                                            const char    *busy_days,
                                            GDateTime     *starts_at,
                                            GDateTime     *ends_at);

G_END_DECLS

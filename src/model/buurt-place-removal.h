/* buurt-place-removal.h: deleting a room or venue, and what its activities do
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_PLACE_REMOVAL (buurt_place_removal_get_type ())

G_DECLARE_FINAL_TYPE (BuurtPlaceRemoval, buurt_place_removal, BUURT, PLACE_REMOVAL, GObject)

BuurtPlaceRemoval *buurt_place_removal_new_room  (BuurtDatabase     *database,
                                                  gint64             room_id,
                                                  gint64             move_to_room_id);
BuurtPlaceRemoval *buurt_place_removal_new_venue (BuurtDatabase     *database,
                                                  gint64             venue_id,
                                                  gint64             move_to_room_id);
const char        *buurt_place_removal_get_name  (BuurtPlaceRemoval *self);
guint              buurt_place_removal_get_n_moved (BuurtPlaceRemoval *self);
gboolean           buurt_place_removal_run       (BuurtPlaceRemoval *self,
                                                  GError           **error);
gboolean           buurt_place_removal_undo      (BuurtPlaceRemoval *self,
                                                  GError           **error);

G_END_DECLS

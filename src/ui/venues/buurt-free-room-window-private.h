/* buurt-free-room-window-private.h: what tests reach of the window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-free-room-window.h"

G_BEGIN_DECLS

void        buurt_free_room_window_set_date    (BuurtFreeRoomWindow *self,
                                                const char          *day);
GListModel *buurt_free_room_window_get_results (BuurtFreeRoomWindow *self);
const char *buurt_free_room_window_get_status  (BuurtFreeRoomWindow *self);
gboolean    buurt_free_room_window_find        (BuurtFreeRoomWindow *self);
void        buurt_free_room_window_start       (BuurtFreeRoomWindow *self,
                                                guint                position);

G_END_DECLS

/* buurt-free-room-window.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_FREE_ROOM_WINDOW (buurt_free_room_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtFreeRoomWindow, buurt_free_room_window, BUURT, FREE_ROOM_WINDOW, AdwWindow)

BuurtFreeRoomWindow *buurt_free_room_window_new (GtkWindow     *parent,
                                                 BuurtDatabase *database);

G_END_DECLS

/* buurt-room.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ROOM (buurt_room_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRoom, buurt_room, BUURT, ROOM, BuurtEntity)

BuurtRoom *buurt_room_new (void);

G_END_DECLS

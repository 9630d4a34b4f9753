/* buurt-room-week.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"
#include "buurt-room-timeline.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ROOM_WEEK (buurt_room_week_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRoomWeek, buurt_room_week, BUURT, ROOM_WEEK, GtkWidget)

void               buurt_room_week_set_database (BuurtRoomWeek *self,
                                                 BuurtDatabase *database);
void               buurt_room_week_show_room    (BuurtRoomWeek *self,
                                                 gint64         room_id,
                                                 const char    *day);
void               buurt_room_week_reload       (BuurtRoomWeek *self);
gint64             buurt_room_week_get_room_id  (BuurtRoomWeek *self);
const char        *buurt_room_week_get_monday   (BuurtRoomWeek *self);
BuurtRoomTimeline *buurt_room_week_get_timeline (BuurtRoomWeek *self);

G_END_DECLS

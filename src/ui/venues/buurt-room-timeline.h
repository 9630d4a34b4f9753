/* buurt-room-timeline.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BUURT_TYPE_ROOM_TIMELINE (buurt_room_timeline_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRoomTimeline, buurt_room_timeline, BUURT, ROOM_TIMELINE, GtkWidget)

GtkWidget *buurt_room_timeline_new          (void);
void       buurt_room_timeline_set_week     (BuurtRoomTimeline *self,
                                             const char        *monday,
                                             GPtrArray         *occurrences,
                                             const char        *opening_hours);
guint      buurt_room_timeline_get_n_blocks (BuurtRoomTimeline *self);
GtkWidget *buurt_room_timeline_get_block    (BuurtRoomTimeline *self,
                                             guint              index);
gboolean   buurt_room_timeline_is_free      (BuurtRoomTimeline *self,
                                             guint              weekday,
                                             int                minutes);
void       buurt_room_timeline_click_free   (BuurtRoomTimeline *self,
                                             guint              weekday,
                                             int                minutes);

G_END_DECLS

/* buurt-database-venues.h: venues, rooms and free rooms for the views
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"
#include "buurt-free-room.h"
#include "buurt-venue-summary.h"

G_BEGIN_DECLS

GListModel *buurt_database_list_venue_summaries (BuurtDatabase              *self,
                                                  const BuurtVenueFilter     *filter,
                                                  GError                    **error);
GListModel *buurt_database_list_rooms_of_venue   (BuurtDatabase              *self,
                                                  gint64                      venue_id,
                                                  GError                    **error);
GListModel *buurt_database_find_free_rooms       (BuurtDatabase              *self,
                                                  const BuurtFreeRoomRequest *request,
                                                  GError                    **error);
GPtrArray  *buurt_database_fetch_room_week       (BuurtDatabase              *self,
                                                  gint64                      room_id,
                                                  const char                 *monday,
                                                  GError                    **error);
guint       buurt_database_count_room_activities (BuurtDatabase              *self,
                                                  gint64                      room_id,
                                                  GError                    **error);
gint64      buurt_database_count_double_bookings (BuurtDatabase             *self,
                                                  GError                    **error);
GPtrArray  *buurt_database_list_double_bookings  (BuurtDatabase              *self,
                                                  guint                       max_pairs,
                                                  GError                    **error);

G_END_DECLS

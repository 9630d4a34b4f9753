/* buurt-venue-detail.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VENUE_DETAIL (buurt_venue_detail_get_type ())

G_DECLARE_FINAL_TYPE (BuurtVenueDetail, buurt_venue_detail, BUURT, VENUE_DETAIL, GtkWidget)

void        buurt_venue_detail_show         (BuurtVenueDetail *self,
                                             BuurtDatabase    *database,
                                             gint64            venue_id);
gint64      buurt_venue_detail_get_venue_id (BuurtVenueDetail *self);
guint       buurt_venue_detail_get_n_rooms  (BuurtVenueDetail *self);
char       *buurt_venue_weekday_name        (guint             weekday);

G_END_DECLS

/* buurt-venue-summary.h: one venue of the venues list
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entities.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VENUE_SUMMARY (buurt_venue_summary_get_type ())

G_DECLARE_FINAL_TYPE (BuurtVenueSummary, buurt_venue_summary, BUURT, VENUE_SUMMARY, GObject)

BuurtVenueSummary *buurt_venue_summary_new              (BuurtVenue        *venue,
                                                         const char        *town,
                                                         const char        *neighbourhood,
                                                         guint              n_rooms,
                                                         guint              max_capacity);
BuurtVenue        *buurt_venue_summary_get_venue        (BuurtVenueSummary *self);
const char        *buurt_venue_summary_get_town         (BuurtVenueSummary *self);
const char        *buurt_venue_summary_get_neighbourhood (BuurtVenueSummary *self);
guint              buurt_venue_summary_get_n_rooms      (BuurtVenueSummary *self);
guint              buurt_venue_summary_get_max_capacity (BuurtVenueSummary *self);

G_END_DECLS

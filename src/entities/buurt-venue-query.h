/* buurt-venue-query.h: what the venues list and "Find a free room" ask for
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a venue must offer, besides its rooms' facilities. */
typedef enum
{
  BUURT_VENUE_NEEDS_STEP_FREE         = 1 << 0,
  BUURT_VENUE_NEEDS_ACCESSIBLE_TOILET = 1 << 1,
  BUURT_VENUE_NEEDS_HEARING_LOOP      = 1 << 2,
} BuurtVenueNeeds;

/**
 * BuurtVenueFilter:
 * @search: (nullable): words typed; matches name, address, neighbourhood, town
 * @kind: a #BuurtVenueKind, or -1 for any
 * @access: #BuurtVenueNeeds bits the venue must have
 * @facilities: #BuurtFacility bits one of its rooms must have together
 * @commercial: 0 non-commercial only, 1 commercial only, -1 either
 */
typedef struct
{
  const char *search;
  int         kind;
  guint       access;
  guint       facilities;
  int         commercial;
} BuurtVenueFilter;

/**
 * BuurtFreeRoomRequest:
 * @day: the local date, "YYYY-MM-DD"; for a weekly slot the first week's
 * @weekly: every week on @day's weekday, the next 12 weeks
 * @start: minutes after local midnight
 * @duration: minutes; the slot must end by midnight
 * @people: how many the room must hold
 * @facilities: #BuurtFacility bits the room must have
 * @needs: #BuurtVenueNeeds bits the venue must have
 * @kern_id: only rooms in this town, or 0
 * @neighbourhood_id: rooms here come first, or 0
 */
typedef struct
{
  const char *day;
  gboolean    weekly;
  int         start;
  int         duration;
  guint       people;
  guint       facilities;
  guint       needs;
  gint64      kern_id;
  gint64      neighbourhood_id;
} BuurtFreeRoomRequest;

/* How many weeks a weekly slot looks ahead. */
#define BUURT_FREE_ROOM_WEEKS 12

G_END_DECLS

/* buurt-store-venues.h: venues with their rooms, a room's week, free rooms
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-store.h"
#include "buurt-venue-query.h"

G_BEGIN_DECLS

/**
 * BuurtVenueRow:
 * One venue of the list, with what the list says of its rooms and place.
 */
typedef struct
{
  gint64  venue_id;
  char   *town;           /* nullable */
  char   *neighbourhood;  /* nullable */
  guint   n_rooms;
  guint   max_capacity;
} BuurtVenueRow;

void        buurt_venue_row_free             (BuurtVenueRow *row);

GPtrArray  *buurt_store_list_venue_rows      (BuurtStore              *self,
                                              const BuurtVenueFilter  *filter,
                                              GError                 **error);
GArray     *buurt_store_list_room_activities (BuurtStore              *self,
                                              gint64                   room_id,
                                              GError                 **error);
GPtrArray  *buurt_store_fetch_room_dates     (BuurtStore              *self,
                                              gint64                   room_id,
                                              const char              *from,
                                              const char              *to,
                                              GError                 **error);

/**
 * BuurtFreeRoomQuery:
 * @starts_at: (array length=n_slots): UTC starts, "YYYY-MM-DDTHH:MM:SSZ"
 * @ends_at: (array length=n_slots): UTC ends
 * @weekday: the local weekday of every slot, 1 (Monday) to 7
 * @opens: the local "HH:MM" the slot starts
 * @closes: the local "HH:MM" the slot ends ("24:00" at midnight)
 * @n_slots: 1 for a date, 12 for a weekly slot
 * @people: the room must hold this many
 * @facilities: #BuurtFacility bits the room must have
 * @needs: #BuurtVenueNeeds bits the venue must have
 * @kern_id: only rooms in this town, or 0
 * @neighbourhood_id: prefer rooms in this neighbourhood, or 0
 */
typedef struct
{
  const char * const *starts_at;
  const char * const *ends_at;
  guint               weekday;
  const char         *opens;
  const char         *closes;
  guint               n_slots;
  guint               people;
  guint               facilities;
  guint               needs;
  gint64              kern_id;
  gint64              neighbourhood_id;
} BuurtFreeRoomQuery;

/**
 * BuurtFreeRoomRow:
 * @busy: which slots (bit n for slot n) are taken by another date
 */
typedef struct
{
  gint64  room_id;
  char   *room_name;
  gint64  venue_id;
  char   *venue_name;
  guint   capacity;
  guint   facilities;
  gint64  rate_cents;
  gboolean commercial;
  gboolean same_neighbourhood;
  char   *neighbourhood;   /* nullable */
  char   *town;            /* nullable */
  guint   needs;           /* BuurtVenueNeeds the venue has */
  guint32 busy;
} BuurtFreeRoomRow;

void        buurt_free_room_row_free         (BuurtFreeRoomRow *row);
GPtrArray  *buurt_store_find_free_rooms      (BuurtStore               *self,
                                              const BuurtFreeRoomQuery *query,
                                              GError                  **error);

/* Likely duplicates, by name with accents and case folded */
char       *buurt_store_duplicate_key        (const char               *name);
GArray     *buurt_store_find_duplicates      (BuurtStore               *self,
                                              gboolean                  rooms,
                                              GError                  **error);

G_END_DECLS

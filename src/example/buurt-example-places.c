/* buurt-example-places.c: towns, neighbourhoods, venues and rooms
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <math.h>

#include "buurt-example-generator.h"

/* The rooms an extra venue brings, on average. */
#define ROOMS_PER_VENUE 2.5

static gboolean
add_kern (BuurtExampleGenerator   *self,
          const BuurtExampleTown  *info,
          GError                 **error)
{
  g_autoptr(BuurtKern) kern = buurt_kern_new ();
  BuurtExampleKern k = { 0, info };
  guint index = self->kernen->len;

  g_object_set (kern, "name", info->name, NULL);
  if (!buurt_example_save (self, kern, error))
    return FALSE;
  k.id = buurt_entity_get_id (BUURT_ENTITY (kern));
  g_array_append_val (self->kernen, k);

  for (guint i = 0; i < info->neighbourhoods->len; i++)
    {
      g_autoptr(BuurtNeighbourhood) neighbourhood = buurt_neighbourhood_new ();
      BuurtExampleNeighbourhood n = { 0, index, g_ptr_array_index (info->neighbourhoods, i) };

      g_object_set (neighbourhood,
                    "kern-id", k.id,
                    "name", n.name,
                    NULL);
      if (!buurt_example_save (self, neighbourhood, error))
        return FALSE;
      n.id = buurt_entity_get_id (BUURT_ENTITY (neighbourhood));
      g_array_append_val (self->neighbourhoods, n);
    }

  return TRUE;
}

static gboolean
add_rooms (BuurtExampleGenerator  *self,
           guint                   venue_index,
           GError                **error)
{
  const BuurtExampleVenueRow *venue = &g_array_index (self->venues, BuurtExampleVenueRow, venue_index);
  const BuurtExampleVenueKind *kind = &self->community->venue_kinds[venue->kind];
  guint n_infos = kind->rooms->len;
  guint n_rooms = MIN (buurt_example_between (self, kind->rooms_min, kind->rooms_max), n_infos);

  /* The main room always, then a random choice of the others, in order. */
  for (guint i = 0, left = n_rooms; i < n_infos && left > 0; i++)
    {
      const BuurtExampleRoom *info = &g_array_index (kind->rooms, BuurtExampleRoom, i);
      g_autoptr(BuurtRoom) room = buurt_room_new ();
      BuurtExampleRoomRow r = { 0 };
      guint facilities = info->facilities;
      guint rate, index;

      if (i > 0 && !buurt_example_chance (self, (double) left / (n_infos - i)))
        continue;
      left--;

      if (buurt_example_chance (self, 0.7))
        facilities |= BUURT_FACILITY_WIFI;
      /* Many venues let initiatives in for free: that is what the
       * municipality's agreements with them are about. */
      rate = buurt_example_chance (self, 0.4) ? 0 : 250 * buurt_example_between (self, 1, MAX (1, info->rate_max / 250));

      g_object_set (room,
                    "venue-id", venue->id,
                    "name", info->name,
                    "capacity", (gint64) buurt_example_between (self, info->capacity_min, info->capacity_max),
                    "facilities", facilities,
                    "rate-cents", (gint64) (info->rate_max > 0 ? rate : 0),
                    NULL);
      if (!buurt_example_save (self, room, error))
        return FALSE;

      r.id = buurt_entity_get_id (BUURT_ENTITY (room));
      r.venue = venue_index;
      r.facilities = facilities;
      r.outside = info->outside;
      g_array_append_val (self->rooms, r);
      index = self->rooms->len - 1;
      g_array_append_val (self->rooms_by_venue_kind[venue->kind], index);
    }

  return TRUE;
}

static gboolean
add_venue (BuurtExampleGenerator  *self,
           const char             *name,
           BuurtVenueKind          kind,
           guint                   neighbourhood,
           const char             *street,
           gboolean                commercial,
           GError                **error)
{
  const BuurtExampleNeighbourhood *n = &g_array_index (self->neighbourhoods, BuurtExampleNeighbourhood, neighbourhood);
  const BuurtExampleKern *kern = &g_array_index (self->kernen, BuurtExampleKern, n->kern);
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autofree char *slugged = buurt_example_slug (name);
  double step_free = kind == BUURT_VENUE_KIND_CHURCH ? 0.6 : kind == BUURT_VENUE_KIND_OUTDOOR ? 0.5 : 0.9;
  BuurtExampleVenueRow v = { 0, n->kern, neighbourhood, kind };

  g_object_set (venue,
                "name", name,
                "kind", kind,
                "address", buurt_example_format (self, "%s %u", street, buurt_example_between (self, 1, 120)),
                "postcode", buurt_example_postcode (self, kern->info),
                "neighbourhood-id", n->id,
                "phone", buurt_example_landline (self, kern->info),
                "email", buurt_example_format (self, "info@%s.nl", slugged),
                "website", kind == BUURT_VENUE_KIND_OUTDOOR ? NULL : buurt_example_format (self, "https://www.%s.nl", slugged),
                "step-free", buurt_example_chance (self, step_free),
                "accessible-toilet", kind != BUURT_VENUE_KIND_OUTDOOR && buurt_example_chance (self, 0.65),
                "hearing-loop", (kind == BUURT_VENUE_KIND_CHURCH || kind == BUURT_VENUE_KIND_LIBRARY)
                                ? buurt_example_chance (self, 0.7) : buurt_example_chance (self, 0.2),
                "commercial", commercial,
                "notes", buurt_example_chance (self, 0.3)
                         ? buurt_example_pick_string (self, self->community->venue_notes) : NULL,
                NULL);
  if (!buurt_example_save (self, venue, error))
    return FALSE;

  v.id = buurt_entity_get_id (BUURT_ENTITY (venue));
  g_array_append_val (self->venues, v);

  return add_rooms (self, self->venues->len - 1, error);
}

static BuurtVenueKind
extra_venue_kind (BuurtExampleGenerator *self,
                  guint                  i)
{
  guint r = buurt_example_pick (self, 100);

  /* Every town has a library; then mostly meeting places. */
  if (i == 0)
    return BUURT_VENUE_KIND_LIBRARY;
  if (r < 25)
    return BUURT_VENUE_KIND_COMMUNITY_CENTRE;
  if (r < 42)
    return BUURT_VENUE_KIND_MFC;
  if (r < 54)
    return BUURT_VENUE_KIND_CHURCH;
  if (r < 68)
    return BUURT_VENUE_KIND_SCHOOL;
  if (r < 80)
    return BUURT_VENUE_KIND_SPORTS;
  if (r < 90)
    return BUURT_VENUE_KIND_OUTDOOR;
  return BUURT_VENUE_KIND_OTHER;
}

/* A name for a new venue of @kind in @town that no venue has yet. */
static const char *
extra_venue_name (BuurtExampleGenerator  *self,
                  BuurtVenueKind          kind,
                  const BuurtExampleTown *town)
{
  GPtrArray *prefixes = self->community->venue_kinds[kind].prefixes;
  const char *name = NULL;

  if (kind == BUURT_VENUE_KIND_LIBRARY)
    {
      name = buurt_example_fill_in (self, self->community->library_name, "town", town->name, NULL, NULL);
      if (!buurt_example_claim_name (self, name))
        name = NULL;
    }
  for (guint tries = 0; name == NULL && tries < 20; tries++)
    {
      const char *candidate = buurt_example_format (self, "%s %s",
                                                    (const char *) g_ptr_array_index (prefixes, buurt_example_pick (self, 3) % prefixes->len),
                                                    buurt_example_pick_string (self, self->community->venue_names));
      if (buurt_example_claim_name (self, candidate))
        name = candidate;
    }
  for (guint number = 2; name == NULL; number++)
    {
      const char *candidate = buurt_example_format (self, "%s %s %u", (const char *) g_ptr_array_index (prefixes, 0),
                                                    town->name, number);
      if (buurt_example_claim_name (self, candidate))
        name = candidate;
    }

  return name;
}

static gboolean
add_extra_venues (BuurtExampleGenerator  *self,
                  guint                   n_venues,
                  GError                **error)
{
  GArray *extra = self->community->extra_towns;
  guint n_kernen = 0, total_weight = 0;

  /* As few towns as hold the venues, bigger towns first. */
  while (n_kernen < extra->len && total_weight < n_venues)
    total_weight += g_array_index (extra, BuurtExampleTown, n_kernen++).weight;

  for (guint k = 0; k < n_kernen; k++)
    {
      const BuurtExampleTown *info = &g_array_index (extra, BuurtExampleTown, k);
      guint first_neighbourhood = self->neighbourhoods->len;
      guint n_neighbourhoods;
      guint n = total_weight > 0 ? MAX (1, (guint) round ((double) info->weight * n_venues / total_weight)) : 1;

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (!add_kern (self, info, error))
        return FALSE;
      n_neighbourhoods = self->neighbourhoods->len - first_neighbourhood;

      for (guint i = 0; i < n; i++)
        {
          BuurtVenueKind kind = extra_venue_kind (self, i);
          const char *name = extra_venue_name (self, kind, info);
          const char *street;

          if (info->streets->len > 0)
            street = buurt_example_pick_string (self, info->streets);
          else
            street = buurt_example_pick_string (self, self->community->village_streets);

          if (!add_venue (self, name, kind, first_neighbourhood + buurt_example_pick (self, n_neighbourhoods), street,
                          kind == BUURT_VENUE_KIND_OTHER ? buurt_example_chance (self, 0.5)
                                                         : buurt_example_chance (self, 0.05),
                          error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * buurt_example_add_places:
 *
 * @n_events: how many of the dates are one-off events
 *
 * Saves the home towns with their neighbourhoods and venues, then as many
 * extra towns as the series need rooms.
 */
gboolean
buurt_example_add_places (BuurtExampleGenerator  *self,
                          guint                   n_events,
                          GError                **error)
{
  const BuurtExampleCommunity *community = self->community;
  guint n_rooms = buurt_example_rooms_needed (community, self->n_occurrences - n_events);

  for (guint i = 0; i < community->towns->len; i++)
    if (!add_kern (self, &g_array_index (community->towns, BuurtExampleTown, i), error))
      return FALSE;
  self->n_home_neighbourhoods = self->neighbourhoods->len;

  for (guint i = 0; i < community->venues->len; i++)
    {
      const BuurtExampleVenue *venue = &g_array_index (community->venues, BuurtExampleVenue, i);

      buurt_example_claim_name (self, venue->name);
      if (!add_venue (self, venue->name, venue->kind, venue->neighbourhood, venue->street,
                      venue->commercial, error))
        return FALSE;
    }

  if (n_rooms > self->rooms->len)
    {
      guint n_venues = (guint) ceil ((n_rooms - self->rooms->len) / ROOMS_PER_VENUE);

      return add_extra_venues (self, n_venues, error);
    }

  return TRUE;
}

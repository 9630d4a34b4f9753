/* buurt-venue-summary.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venue-summary"

#include "config.h"

#include "buurt-venue-summary.h"

/* A venue with what its row in the list says of its place and rooms. */
struct _BuurtVenueSummary
{
  GObject parent_instance;

  BuurtVenue *venue;
  char       *town;           /* nullable */
  char       *neighbourhood;  /* nullable */
  guint       n_rooms;
  guint       max_capacity;
};

G_DEFINE_FINAL_TYPE (BuurtVenueSummary, buurt_venue_summary, G_TYPE_OBJECT)

static void
buurt_venue_summary_finalize (GObject *object)
{
  BuurtVenueSummary *self = (BuurtVenueSummary *) object;

  g_clear_object (&self->venue);
  g_clear_pointer (&self->town, g_free);
  g_clear_pointer (&self->neighbourhood, g_free);

  G_OBJECT_CLASS (buurt_venue_summary_parent_class)->finalize (object);
}

static void
buurt_venue_summary_class_init (BuurtVenueSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_venue_summary_finalize;
}

static void
buurt_venue_summary_init (BuurtVenueSummary *self)
{
}

/**
 * buurt_venue_summary_new:
 *
 * Returns: (transfer full): a row of the venues list
 */
BuurtVenueSummary *
buurt_venue_summary_new (BuurtVenue *venue,
                         const char *town,
                         const char *neighbourhood,
                         guint       n_rooms,
                         guint       max_capacity)
{
  BuurtVenueSummary *self = g_object_new (BUURT_TYPE_VENUE_SUMMARY, NULL);

  self->venue = g_object_ref (venue);
  self->town = g_strdup (town);
  self->neighbourhood = g_strdup (neighbourhood);
  self->n_rooms = n_rooms;
  self->max_capacity = max_capacity;
  return self;
}

/** buurt_venue_summary_get_venue: Returns: (transfer none): the venue */
BuurtVenue *
buurt_venue_summary_get_venue (BuurtVenueSummary *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_SUMMARY (self), NULL);
  return self->venue;
}

/** buurt_venue_summary_get_town: Returns: (transfer none) (nullable): its town */
const char *
buurt_venue_summary_get_town (BuurtVenueSummary *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_SUMMARY (self), NULL);
  return self->town;
}

/** buurt_venue_summary_get_neighbourhood: Returns: (transfer none) (nullable) */
const char *
buurt_venue_summary_get_neighbourhood (BuurtVenueSummary *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_SUMMARY (self), NULL);
  return self->neighbourhood;
}

guint
buurt_venue_summary_get_n_rooms (BuurtVenueSummary *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_SUMMARY (self), 0);
  return self->n_rooms;
}

guint
buurt_venue_summary_get_max_capacity (BuurtVenueSummary *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_SUMMARY (self), 0);
  return self->max_capacity;
}

/* buurt-example-community.h: the names and places of the example community
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the example library (and its tests): what
 * example-community.json holds, read and checked once, as plain structs.
 * Every string belongs to the community's string chunk.
 */

#pragma once

#include <glib.h>

#include "buurt-entities.h"

G_BEGIN_DECLS

/* The parts of a day an activity can take, and the days of the week. */
#define BUURT_EXAMPLE_N_SLOTS 5
#define BUURT_EXAMPLE_N_DAYS 7

/* A part of a day, in minutes after midnight; two series never share one
 * on the same date in the same room, so rooms are not double-booked. */
typedef struct
{
  guint start;
  guint length;
} BuurtExampleSlot;

extern const BuurtExampleSlot buurt_example_slots[BUURT_EXAMPLE_N_SLOTS];

typedef enum
{
  BUURT_EXAMPLE_WEEKLY,
  BUURT_EXAMPLE_FORTNIGHTLY,
  BUURT_EXAMPLE_MONTHLY,
} BuurtExampleFrequency;

typedef struct
{
  const char *name;
  const char *municipality;
  guint       postcode_min;
  guint       postcode_max;
  const char *area_code;
  guint       weight;             /* how many venues, relatively (extra towns) */
  GPtrArray  *neighbourhoods;     /* const char *, at least one */
  GPtrArray  *streets;            /* const char *, may be empty */
} BuurtExampleTown;

typedef struct
{
  const char     *name;
  BuurtVenueKind  kind;
  guint           neighbourhood;  /* counted through the neighbourhoods of the towns */
  const char     *street;
  gboolean        commercial;
} BuurtExampleVenue;

typedef struct
{
  const char *name;
  guint       capacity_min;
  guint       capacity_max;
  guint       facilities;
  guint       rate_max;           /* cents per part of a day, for initiatives */
  gboolean    outside;            /* a garden or field: only for what needs one */
} BuurtExampleRoom;

typedef struct
{
  GPtrArray *prefixes;            /* const char *, "Buurthuis", "Wijkcentrum"... */
  guint      rooms_min;
  guint      rooms_max;
  GArray    *rooms;               /* BuurtExampleRoom; the first is always there */
} BuurtExampleVenueKind;

typedef struct
{
  const char       *name;
  BuurtContactKind  kind;
  int               town;         /* index into towns, -1 for the whole municipality */
  const char       *email;        /* when not info@ and the name */
} BuurtExampleOrganisation;

typedef struct
{
  const char *key;                /* what requests call it */
  const char *organisation;
  guint       euros_step;
  guint       steps_min;
  guint       steps_max;
  const char *conditions;
} BuurtExampleFunder;

typedef struct
{
  guint               funder;     /* index into funders */
  BuurtFundingStatus  status;
  const char         *reason;     /* when rejected */
} BuurtExampleRequest;

typedef struct
{
  const char *key;
  const char *title;
  const char *summary;
  const char *support;            /* evidence of support in the neighbourhood */
  BuurtStage  stage;
  guint       neighbourhood;
  guint       target_groups;
  GArray     *requests;           /* BuurtExampleRequest */
} BuurtExampleInitiative;

typedef struct
{
  const char            *title;
  const char            *description;
  BuurtCategory          category;
  guint                  target_groups;
  BuurtExampleFrequency  frequency;
  guint                  days;           /* weekday mask, Monday = bit 0 */
  guint                  slots;          /* slot mask */
  guint                  minutes;
  guint                  needs;          /* facilities the room must have */
  guint                  venue_kinds;    /* preferred venue kinds, 0 for any */
  BuurtContactKind       organiser;
  const char            *usual_organiser;  /* nullable: an organisation's name */
  guint                  cost_cents;
  BuurtRegistration      registration;
  const char            *location;       /* outdoors, without a room */
  int                    initiative;     /* index into initiatives, or -1 */
  guint                  weight;
} BuurtExampleSeries;

typedef enum
{
  BUURT_EXAMPLE_WHEN_ANY,          /* any day in the coming year, within months and days */
  BUURT_EXAMPLE_WHEN_FIXED,        /* a date: month and day */
  BUURT_EXAMPLE_WHEN_NTH_WEEKDAY,  /* the n-th weekday of a month */
  BUURT_EXAMPLE_WHEN_EASTER,       /* days after Easter Sunday */
} BuurtExampleWhen;

typedef struct
{
  const char         *title;
  const char         *description;
  BuurtCategory       category;
  guint               target_groups;
  BuurtExampleWhen    when;
  guint               month;       /* FIXED, NTH_WEEKDAY */
  int                 day;         /* day of the month, n-th, or days after Easter */
  guint               days;        /* ANY: weekday mask; NTH_WEEKDAY: the weekday's bit */
  guint               months;      /* ANY: mask, bit 1 = January; 0 for all */
  gboolean            not_on_sunday; /* FIXED: a Sunday moves to the Saturday before */
  guint               start;       /* minutes after midnight */
  guint               minutes;
  gboolean            all_day;
  guint               venue_kinds; /* in a room of one of these kinds */
  const char         *location;    /* or outdoors */
  gboolean            home_towns_only;
  BuurtContactKind    organiser;
  const char         *usual_organiser;
  guint               cost_cents;
  BuurtRegistration   registration;
  int                 initiative;
} BuurtExampleEvent;

typedef struct
{
  GStringChunk          *strings;

  GPtrArray             *first_names;
  GPtrArray             *last_names;
  GPtrArray             *newcomer_names;

  /* Texts with {town}, {municipality}, {organiser} or {phone} in them. */
  const char            *library_name;
  const char            *municipality_name;
  const char            *club_name;
  const char            *welfare_name;
  const char            *at_home;
  const char            *village_square;
  const char            *registration_info;

  GArray                *towns;          /* BuurtExampleTown: the home municipality */
  guint                  n_neighbourhoods;  /* of those towns */
  GArray                *extra_towns;    /* BuurtExampleTown, for big agendas */
  GPtrArray             *village_streets;
  GArray                *venues;         /* BuurtExampleVenue */
  GPtrArray             *venue_names;
  GPtrArray             *venue_notes;
  BuurtExampleVenueKind  venue_kinds[BUURT_VENUE_KIND_OTHER + 1];

  GArray                *organisations;  /* BuurtExampleOrganisation */
  GArray                *funders;        /* BuurtExampleFunder */
  GArray                *initiatives;    /* BuurtExampleInitiative */
  GPtrArray             *journal[BUURT_JOURNAL_KIND_EVALUATION + 1];
  GPtrArray             *expense_descriptions;
  GPtrArray             *rejection_reasons;

  GArray                *series;         /* BuurtExampleSeries */
  GArray                *events;         /* BuurtExampleEvent */
} BuurtExampleCommunity;

BuurtExampleCommunity *buurt_example_community_load       (GError                **error);
BuurtExampleCommunity *buurt_example_community_new_from_data (const char          *data,
                                                              gsize                length,
                                                              const char          *file_name,
                                                              GError             **error);
void                   buurt_example_community_free       (BuurtExampleCommunity  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtExampleCommunity, buurt_example_community_free)

G_END_DECLS

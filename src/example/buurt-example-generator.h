/* buurt-example-generator.h: what the parts of the example generator share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the example library. The generator is split by what it makes:
 *   buurt-example-generator.c   random choices, texts, dates, saving
 *   buurt-example-places.c      towns, neighbourhoods, venues and rooms
 *   buurt-example-people.c      contacts: organisations and residents
 *   buurt-example-initiatives.c initiatives, grants, expenses and journals
 *   buurt-example-rooms.c       the series' dates and booking rooms
 *   buurt-example-activities.c  planning and saving the activities
 *   buurt-example-data.c        the public entry point
 */

#pragma once

#include "buurt-example-community.h"
#include "buurt-store.h"

G_BEGIN_DECLS

/* How many days after this week's Monday room bookings are tracked: every
 * date the generator makes lies within them. */
#define BUURT_EXAMPLE_BOOKING_DAYS 800

/* What was saved, with what planning needs to know of it; the indices
 * point into the generator's arrays. */
typedef struct
{
  gint64                  id;
  const BuurtExampleTown *info;
} BuurtExampleKern;

typedef struct
{
  gint64      id;
  guint       kern;
  const char *name;
} BuurtExampleNeighbourhood;

typedef struct
{
  gint64         id;
  guint          kern;
  guint          neighbourhood;
  BuurtVenueKind kind;
} BuurtExampleVenueRow;

typedef struct
{
  gint64   id;
  guint    venue;
  guint    facilities;
  gboolean outside;
  /* One bit per day and part of the day, from this week's Monday on. */
  guint8   taken[BUURT_EXAMPLE_BOOKING_DAYS * BUURT_EXAMPLE_N_SLOTS / 8];
} BuurtExampleRoomRow;

typedef struct
{
  gint64            id;
  BuurtContactKind  kind;
  int               kern;            /* -1: the whole municipality */
  const char       *municipality;
  const char       *name;
  const char       *phone;
} BuurtExampleContact;

typedef struct
{
  gint64     id;
  BuurtStage stage;
  gboolean   linked;                 /* an activity already belongs to it */
} BuurtExampleInitiativeRow;

typedef struct
{
  const char            *title;
  const char            *description;
  BuurtCategory          category;
  guint                  target_groups;
  guint                  room;        /* index + 1, 0 for none */
  const char            *location;
  guint                  organiser;   /* index into contacts */
  int                    initiative;  /* index into initiatives, or -1 */
  guint32                first;       /* julian day of the first date */
  guint                  start;       /* minutes after midnight */
  guint                  minutes;
  gboolean               all_day;
  gboolean               series;
  BuurtExampleFrequency  frequency;
  int                    nth;         /* MONTHLY: 1-4, or -1 for the last */
  gboolean               until;       /* ends on a date rather than after a count */
  GArray                *days;        /* julian days (guint32) of the series, borrowed */
  guint                  n_dates;
  guint                  cost_cents;
  BuurtRegistration      registration;
  BuurtActivityStatus    status;
  const char            *rejection_reason;
  const char            *cancelled_dates;
} BuurtExamplePlan;

typedef struct
{
  BuurtStore                  *store;
  GCancellable                *cancellable;
  const BuurtExampleCommunity *community;
  GRand                       *rand;
  GTimeZone                   *tz;
  GStringChunk                *strings;
  GHashTable                  *names;            /* venue and contact names in use */
  guint                        n_occurrences;

  guint32                      today;            /* julian days, local time */
  guint32                      monday;           /* of the current week */

  GArray                      *kernen;           /* BuurtExampleKern */
  GArray                      *neighbourhoods;   /* BuurtExampleNeighbourhood */
  guint                        n_home_neighbourhoods;   /* those of the home towns come first */
  GArray                      *venues;           /* BuurtExampleVenueRow */
  GArray                      *rooms;            /* BuurtExampleRoomRow */
  GArray                      *contacts;         /* BuurtExampleContact */
  GHashTable                  *contact_index;    /* name -> index + 1 */
  GArray                      *by_kind[BUURT_CONTACT_KIND_BUSINESS + 1];   /* contact indices */
  GArray                      *rooms_by_venue_kind[BUURT_VENUE_KIND_OTHER + 1];
  GArray                      *initiatives;      /* BuurtExampleInitiativeRow */
  /* The dates of every series a plan can take, expanded by the app's own
   * recurrence code: [frequency][weekday][phase], see buurt-example-rooms.c. */
  GArray                      *series_days[3][BUURT_EXAMPLE_N_DAYS][5];
  GArray                      *plans;            /* BuurtExamplePlan */
} BuurtExampleGenerator;

BuurtExampleGenerator *buurt_example_generator_new  (BuurtStore                  *store,
                                                     const BuurtExampleCommunity *community,
                                                     guint                        n_occurrences,
                                                     guint32                      seed,
                                                     const GDate                 *today,
                                                     GCancellable                *cancellable);
void                   buurt_example_generator_free (BuurtExampleGenerator       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtExampleGenerator, buurt_example_generator_free)

/* Random choices: every one goes through the seeded GRand. */
guint        buurt_example_pick        (BuurtExampleGenerator *self,
                                        guint                  n);
guint        buurt_example_between     (BuurtExampleGenerator *self,
                                        guint                  low,
                                        guint                  high);
gboolean     buurt_example_chance      (BuurtExampleGenerator *self,
                                        double                 probability);
const char  *buurt_example_pick_string (BuurtExampleGenerator *self,
                                        GPtrArray             *strings);

/* Texts owned by the generator. */
const char  *buurt_example_intern      (BuurtExampleGenerator *self,
                                        const char            *text);
const char  *buurt_example_format      (BuurtExampleGenerator *self,
                                        const char            *format,
                                        ...) G_GNUC_PRINTF (2, 3);
const char  *buurt_example_fill_in     (BuurtExampleGenerator *self,
                                        const char            *text,
                                        const char            *name,
                                        const char            *value,
                                        const char            *name2,
                                        const char            *value2);
char        *buurt_example_slug        (const char            *text);
gboolean     buurt_example_claim_name  (BuurtExampleGenerator *self,
                                        const char            *name);
const char  *buurt_example_postcode    (BuurtExampleGenerator *self,
                                        const BuurtExampleTown *town);
const char  *buurt_example_landline    (BuurtExampleGenerator *self,
                                        const BuurtExampleTown *town);
const char  *buurt_example_mobile      (BuurtExampleGenerator *self);

/* Dates, as julian days in the agenda's time zone. */
const char  *buurt_example_date_text   (BuurtExampleGenerator *self,
                                        guint32                julian);
GDateTime   *buurt_example_local_time  (BuurtExampleGenerator *self,
                                        guint32                julian,
                                        guint                  minutes);
GDateWeekday buurt_example_weekday_of  (guint32                julian);
guint32      buurt_example_nth_weekday (guint                  year,
                                        guint                  month,
                                        int                    n,
                                        GDateWeekday           weekday);

gboolean     buurt_example_save        (BuurtExampleGenerator *self,
                                        gpointer               entity,
                                        GError               **error);

/* buurt-example-places.c */
gboolean     buurt_example_add_places  (BuurtExampleGenerator *self,
                                        guint                  n_events,
                                        GError               **error);

/* buurt-example-people.c */
gboolean     buurt_example_add_contacts    (BuurtExampleGenerator *self,
                                            GError               **error);
gboolean     buurt_example_add_initiatives (BuurtExampleGenerator *self,
                                            GError               **error);
gboolean     buurt_example_contact_fits    (BuurtExampleGenerator     *self,
                                            const BuurtExampleContact *contact,
                                            int                        kern);
guint        buurt_example_pick_contact    (BuurtExampleGenerator *self,
                                            BuurtContactKind       kind,
                                            int                    kern);
guint        buurt_example_find_contact    (BuurtExampleGenerator *self,
                                            const char            *name);

/* buurt-example-rooms.c */
guint        buurt_example_rooms_needed    (const BuurtExampleCommunity *community,
                                            guint                        n_series_occurrences);
char        *buurt_example_series_rrule    (BuurtExampleFrequency  frequency,
                                            GDateTime             *starts_at,
                                            int                    nth,
                                            guint                  count,
                                            guint32                until);
gboolean     buurt_example_expand_series   (BuurtExampleGenerator *self,
                                            GError               **error);
guint        buurt_example_n_phases        (BuurtExampleFrequency  frequency);
gboolean     buurt_example_book_series     (BuurtExampleGenerator    *self,
                                            const BuurtExampleSeries *info,
                                            BuurtExamplePlan         *plan,
                                            int                       neighbourhood,
                                            guint                     phase,
                                            gboolean                  last);
gboolean     buurt_example_book_event      (BuurtExampleGenerator   *self,
                                            const BuurtExampleEvent *info,
                                            BuurtExamplePlan        *plan,
                                            gboolean                 home_only);

/* buurt-example-activities.c */
gboolean     buurt_example_plan_activities (BuurtExampleGenerator *self,
                                            guint                  n_events,
                                            GError               **error);
gboolean     buurt_example_save_plans      (BuurtExampleGenerator *self,
                                            GError               **error);

G_END_DECLS

/* buurt-example-rooms.c: the dates of series, and booking rooms for them
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "buurt-example-generator.h"

/*
 * A room is booked by date and part of the day: a series takes its part of
 * the day on each of its dates, a one-off event every part it touches on
 * its date. A series fits in a room when every one of its dates is free
 * there, so no room is ever double-booked, whatever mix of weekly,
 * fortnightly and monthly series shares it.
 *
 * The dates of a series come from the app's own recurrence code
 * (buurt_activity_expand(), the same expansion the store saves), never
 * from a second copy of it here. Every series starts in the current week,
 * so there are few different ones: for each frequency, weekday and phase
 * (which week of a fortnight, which week of the month) the dates are
 * expanded once, and plans borrow them.
 */

/* The series that fit in a room, on average, before the agenda gets crowded:
 * a quarter of its 35 weekly parts of a day, so that a free room can still
 * be found. */
#define SLOTS_PER_ROOM 9.0

/* The dates of a series: a year of weekly or fortnightly dates, or twelve
 * months; a shorter series takes the first of them. */
static const guint full_count[] = { 52, 26, 12 };

/* Phases: a fortnightly series starts in this week or the next; a monthly
 * one is on the 1st-4th or the last weekday of the month. */
static const guint n_phases[] = { 1, 2, 4 };

guint
buurt_example_n_phases (BuurtExampleFrequency frequency)
{
  return n_phases[frequency];
}

/* How many rooms the activities need, estimated from the mix of series. */
guint
buurt_example_rooms_needed (const BuurtExampleCommunity *community,
                            guint                        n_series_occurrences)
{
  double weight = 0, occurrences = 0, slots_taken = 0;

  for (guint i = 0; i < community->series->len; i++)
    {
      const BuurtExampleSeries *info = &g_array_index (community->series, BuurtExampleSeries, i);

      weight += info->weight;
      occurrences += info->weight * full_count[info->frequency];
      if (info->location == NULL)
        slots_taken += info->weight / (double) n_phases[info->frequency];
    }

  if (weight == 0 || occurrences == 0)
    return 0;

  return (guint) ceil (n_series_occurrences / (occurrences / weight) * (slots_taken / weight) / SLOTS_PER_ROOM);
}

/**
 * buurt_example_series_rrule:
 * @starts_at: the start of the first date, on the series' weekday
 * @nth: for a monthly series, 1-4 or -1 for the last weekday of the month
 * @count: how many dates, or 0 to end on @until
 * @until: the julian day of the last date, when @count is 0
 *
 * Returns: (transfer full): the RRULE of such a series, as the editor
 *   writes it (buurt_repeat_rule_to_rrule())
 */
char *
buurt_example_series_rrule (BuurtExampleFrequency  frequency,
                            GDateTime             *starts_at,
                            int                    nth,
                            guint                  count,
                            guint32                until)
{
  BuurtRepeatRule rule;
  char *rrule;

  buurt_repeat_rule_init (&rule);
  rule.repeat = frequency == BUURT_EXAMPLE_MONTHLY ? BUURT_REPEAT_MONTHLY
              : frequency == BUURT_EXAMPLE_FORTNIGHTLY ? BUURT_REPEAT_FORTNIGHTLY
              : BUURT_REPEAT_WEEKLY;
  rule.weekdays = 1u << (g_date_time_get_day_of_week (starts_at) - 1);
  rule.nth = nth;
  if (count > 0)
    {
      rule.end = BUURT_REPEAT_END_COUNT;
      rule.count = count;
    }
  else
    {
      rule.end = BUURT_REPEAT_END_DATE;
      g_date_set_julian (&rule.until, until);
    }

  /* The generator's own choices always make a rule. */
  rrule = buurt_repeat_rule_to_rrule (&rule, starts_at, BUURT_DEFAULT_TZID, NULL);
  g_assert (rrule != NULL);
  return rrule;
}

/* The first date of a series on @weekday (1-7) in @phase, from this week on. */
static guint32
first_date (BuurtExampleGenerator *self,
            BuurtExampleFrequency  frequency,
            GDateWeekday           weekday,
            guint                  phase)
{
  GDate date;
  guint month, year;
  int nth = phase < 4 ? (int) phase + 1 : -1;
  guint32 first;

  if (frequency != BUURT_EXAMPLE_MONTHLY)
    return self->monday + (weekday - 1) + 7 * phase;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->monday);
  month = g_date_get_month (&date);
  year = g_date_get_year (&date);
  first = buurt_example_nth_weekday (year, month, nth, weekday);
  if (first < self->monday)
    first = buurt_example_nth_weekday (month == 12 ? year + 1 : year, month % 12 + 1, nth, weekday);

  return first;
}

/* The local dates of a series, as the app expands it. */
static GArray *
expand_days (BuurtExampleGenerator  *self,
             BuurtExampleFrequency   frequency,
             GDateWeekday            weekday,
             guint                   phase,
             GError                **error)
{
  guint32 first = first_date (self, frequency, weekday, phase);
  g_autoptr(GDateTime) starts_at = buurt_example_local_time (self, first, 12 * 60);
  g_autofree char *rrule = buurt_example_series_rrule (frequency, starts_at, phase < 4 ? (int) phase + 1 : -1,
                                                       full_count[frequency], 0);
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);
  g_autoptr(GDateTime) horizon = buurt_example_local_time (self, self->monday + BUURT_EXAMPLE_BOOKING_DAYS - 1, 0);
  g_autoptr(GArray) spans = NULL;
  GArray *days;

  g_object_set (activity,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "rrule", rrule,
                NULL);
  spans = buurt_activity_expand (activity, horizon, error);
  if (spans == NULL)
    return NULL;

  days = g_array_sized_new (FALSE, FALSE, sizeof (guint32), spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);
      guint year, month, day;
      GDate date;
      guint32 julian;

      if (sscanf (span->day, "%4u-%2u-%2u", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, year);
      julian = g_date_get_julian (&date);
      g_array_append_val (days, julian);
    }

  return days;
}

/**
 * buurt_example_expand_series:
 *
 * Expands, once, every series a plan can take: each frequency, weekday and
 * phase (the last weekday of a month is phase 4).
 */
gboolean
buurt_example_expand_series (BuurtExampleGenerator  *self,
                             GError                **error)
{
  for (guint f = 0; f < G_N_ELEMENTS (self->series_days); f++)
    for (guint d = 0; d < BUURT_EXAMPLE_N_DAYS; d++)
      for (guint p = 0; p < (f == BUURT_EXAMPLE_MONTHLY ? 5 : n_phases[f]); p++)
        {
          self->series_days[f][d][p] = expand_days (self, f, (GDateWeekday) (d + 1), p, error);
          if (self->series_days[f][d][p] == NULL)
            return FALSE;
        }

  return TRUE;
}

static gboolean
is_free (const BuurtExampleRoomRow *room,
         guint32                    monday,
         guint32                    day,
         guint                      slot)
{
  guint bit;

  /* Outside the days kept track of: no booking there. */
  if (day < monday || day - monday >= BUURT_EXAMPLE_BOOKING_DAYS)
    return FALSE;

  bit = (day - monday) * BUURT_EXAMPLE_N_SLOTS + slot;
  return (room->taken[bit / 8] & (1u << (bit % 8))) == 0;
}

static void
take (BuurtExampleRoomRow *room,
      guint32              monday,
      guint32              day,
      guint                slot)
{
  guint bit = (day - monday) * BUURT_EXAMPLE_N_SLOTS + slot;

  room->taken[bit / 8] |= 1u << (bit % 8);
}

/* Books @room on weekday @day (0-6) in @slot for a series like @plan if
 * every date of it is free there, in any phase from @phase on. */
static gboolean
try_book (BuurtExampleGenerator    *self,
          const BuurtExampleSeries *info,
          BuurtExamplePlan         *plan,
          guint                     room,
          guint                     day,
          guint                     slot,
          guint                     phase,
          gboolean                  last)
{
  BuurtExampleRoomRow *r = &g_array_index (self->rooms, BuurtExampleRoomRow, room);
  guint n = n_phases[plan->frequency];

  if ((r->facilities & info->needs) != info->needs)
    return FALSE;
  if (r->outside && !(info->needs & BUURT_FACILITY_GARDEN))
    return FALSE;
  /* A gym is for moving, not for coffee. */
  if ((r->facilities & BUURT_FACILITY_SPORTS_FLOOR) && info->category != BUURT_CATEGORY_SPORTS &&
      info->category != BUURT_CATEGORY_CHILDREN && !(info->target_groups & BUURT_TARGET_GROUP_YOUTH))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint candidate = (phase + i) % n;
      guint index = candidate == 3 && last ? 4 : candidate;
      GArray *days = self->series_days[plan->frequency][day][index];
      guint n_dates = MIN (plan->n_dates, days->len);
      gboolean free = n_dates > 0;

      for (guint k = 0; k < n_dates && free; k++)
        free = is_free (r, self->monday, g_array_index (days, guint32, k), slot);
      if (!free)
        continue;

      for (guint k = 0; k < n_dates; k++)
        take (r, self->monday, g_array_index (days, guint32, k), slot);
      plan->room = room + 1;
      plan->start = buurt_example_slots[slot].start;
      plan->days = days;
      plan->n_dates = n_dates;
      plan->first = g_array_index (days, guint32, 0);
      plan->nth = index < 4 ? (int) index + 1 : -1;
      return TRUE;
    }

  return FALSE;
}

/* Searches every day and slot @info allows in @room, from a random start. */
static gboolean
try_book_room (BuurtExampleGenerator    *self,
               const BuurtExampleSeries *info,
               BuurtExamplePlan         *plan,
               guint                     room,
               const guint              *days,
               guint                     n_days,
               const guint              *slot_list,
               guint                     n_slots,
               guint                     phase,
               gboolean                  last)
{
  guint first_day = buurt_example_pick (self, n_days), first_slot = buurt_example_pick (self, n_slots);

  for (guint d = 0; d < n_days; d++)
    for (guint s = 0; s < n_slots; s++)
      if (try_book (self, info, plan, room, days[(first_day + d) % n_days],
                    slot_list[(first_slot + s) % n_slots], phase, last))
        return TRUE;

  return FALSE;
}

/**
 * buurt_example_book_series:
 * @neighbourhood: where an initiative's own series should be, or -1
 * @phase: the phase to try first
 * @last: whether a monthly series in phase 3 is on the last weekday rather
 *   than the fourth
 *
 * Books a room for a series: in @neighbourhood first when it is an
 * initiative's own activity, then a room of the kinds @info likes, then
 * any room with the facilities it needs. Fills in the plan's room, start,
 * dates and phase.
 *
 * Returns: %FALSE when every room that would do is taken
 */
gboolean
buurt_example_book_series (BuurtExampleGenerator    *self,
                           const BuurtExampleSeries *info,
                           BuurtExamplePlan         *plan,
                           int                       neighbourhood,
                           guint                     phase,
                           gboolean                  last)
{
  guint n_rooms = self->rooms->len;
  guint days[BUURT_EXAMPLE_N_DAYS], n_days = 0, slot_list[BUURT_EXAMPLE_N_SLOTS], n_slots = 0;
  guint kinds[BUURT_VENUE_KIND_OTHER + 1], n_kinds = 0;
  guint first_room;

  for (guint d = 0; d < BUURT_EXAMPLE_N_DAYS; d++)
    if (info->days & (1u << d))
      days[n_days++] = d;
  for (guint s = 0; s < BUURT_EXAMPLE_N_SLOTS; s++)
    if ((info->slots & (1u << s)) && buurt_example_slots[s].length >= info->minutes)
      slot_list[n_slots++] = s;
  for (guint k = 0; k <= BUURT_VENUE_KIND_OTHER; k++)
    if ((info->venue_kinds & (1u << k)) && self->rooms_by_venue_kind[k]->len > 0)
      kinds[n_kinds++] = k;
  g_assert (n_days > 0 && n_slots > 0);

  if (n_rooms == 0)
    return FALSE;

  if (neighbourhood >= 0)
    for (guint room = 0; room < n_rooms; room++)
      {
        const BuurtExampleVenueRow *venue = &g_array_index (self->venues, BuurtExampleVenueRow,
                                                            g_array_index (self->rooms, BuurtExampleRoomRow, room).venue);

        if (venue->neighbourhood == (guint) neighbourhood &&
            try_book_room (self, info, plan, room, days, n_days, slot_list, n_slots, phase, last))
          return TRUE;
      }

  /* Random tries, for variety... */
  for (guint attempt = 0; attempt < 40; attempt++)
    {
      guint room;

      if (attempt < 25 && n_kinds > 0)
        {
          GArray *pool = self->rooms_by_venue_kind[kinds[buurt_example_pick (self, n_kinds)]];

          room = g_array_index (pool, guint, buurt_example_pick (self, pool->len));
        }
      else
        room = buurt_example_pick (self, n_rooms);

      if (try_book (self, info, plan, room, days[buurt_example_pick (self, n_days)],
                    slot_list[buurt_example_pick (self, n_slots)], phase, last))
        return TRUE;
    }

  /* ...then a full search, so that a crowded agenda still finds the free
   * dates that are left. */
  first_room = buurt_example_pick (self, n_rooms);
  for (guint i = 0; i < n_rooms; i++)
    if (try_book_room (self, info, plan, (first_room + i) % n_rooms, days, n_days, slot_list, n_slots,
                       phase, last))
      return TRUE;

  return FALSE;
}

static gboolean
overlaps_slot (const BuurtExampleEvent *info,
               guint                    slot)
{
  const BuurtExampleSlot *s = &buurt_example_slots[slot];

  return info->all_day || (s->start < info->start + info->minutes && info->start < s->start + s->length);
}

/**
 * buurt_example_book_event:
 * @home_only: only in the towns of the home municipality
 *
 * Books a room for a one-off event on the plan's date where every part of
 * the day it touches is free.
 */
gboolean
buurt_example_book_event (BuurtExampleGenerator   *self,
                          const BuurtExampleEvent *info,
                          BuurtExamplePlan        *plan,
                          gboolean                 home_only)
{
  /* An event at an outdoor venue wants its garden, others a room indoors. */
  gboolean garden = info->venue_kinds == (1u << BUURT_VENUE_KIND_OUTDOOR);
  guint kinds[BUURT_VENUE_KIND_OTHER + 1], n_kinds = 0;

  for (guint k = 0; k <= BUURT_VENUE_KIND_OTHER; k++)
    if ((info->venue_kinds & (1u << k)) && self->rooms_by_venue_kind[k]->len > 0)
      kinds[n_kinds++] = k;
  if (n_kinds == 0)
    return FALSE;

  for (guint attempt = 0; attempt < 80; attempt++)
    {
      GArray *pool = self->rooms_by_venue_kind[kinds[buurt_example_pick (self, n_kinds)]];
      guint room = g_array_index (pool, guint, buurt_example_pick (self, pool->len));
      BuurtExampleRoomRow *r = &g_array_index (self->rooms, BuurtExampleRoomRow, room);
      gboolean free = TRUE;
      guint touched = 0;

      if (r->outside != garden || (garden && !(r->facilities & BUURT_FACILITY_GARDEN)))
        continue;
      if (home_only && g_array_index (self->venues, BuurtExampleVenueRow, r->venue).kern >= self->community->towns->len)
        continue;

      /* An event outside every part of the day could not be kept apart
       * from others: it gets no room. */
      for (guint s = 0; s < BUURT_EXAMPLE_N_SLOTS && free; s++)
        if (overlaps_slot (info, s))
          {
            touched++;
            free = is_free (r, self->monday, plan->first, s);
          }
      if (!free || touched == 0)
        continue;

      for (guint s = 0; s < BUURT_EXAMPLE_N_SLOTS; s++)
        if (overlaps_slot (info, s))
          take (r, self->monday, plan->first, s);
      plan->room = room + 1;
      return TRUE;
    }

  return FALSE;
}

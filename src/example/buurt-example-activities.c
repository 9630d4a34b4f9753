/* buurt-example-activities.c: planning and saving the activities
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include "buurt-example-generator.h"

/* The dates of a series of about a year, and of a pilot of a few months. */
static const guint year_count[] = { 52, 26, 12 };
static const guint pilot_count[] = { 13, 7, 4 };

/* Outdoors: the template's meeting point in a neighbourhood of a town. */
static const char *
outdoor_location (BuurtExampleGenerator *self,
                  const char            *where,
                  guint                  neighbourhood)
{
  const BuurtExampleNeighbourhood *n = &g_array_index (self->neighbourhoods, BuurtExampleNeighbourhood, neighbourhood);
  const char *kern = g_array_index (self->kernen, BuurtExampleKern, n->kern).info->name;

  if (g_str_has_prefix (n->name, kern))
    return buurt_example_format (self, "%s, %s", where, n->name);

  return buurt_example_format (self, "%s, %s, %s", where, n->name, kern);
}

static int
kern_of_plan (BuurtExampleGenerator  *self,
              const BuurtExamplePlan *plan,
              guint                   neighbourhood)
{
  if (plan->room != 0)
    {
      const BuurtExampleRoomRow *room = &g_array_index (self->rooms, BuurtExampleRoomRow, plan->room - 1);

      return (int) g_array_index (self->venues, BuurtExampleVenueRow, room->venue).kern;
    }

  return (int) g_array_index (self->neighbourhoods, BuurtExampleNeighbourhood, neighbourhood).kern;
}

static void
fill_common (BuurtExampleGenerator *self,
             BuurtExamplePlan      *plan,
             BuurtContactKind       organiser,
             const char            *usual_organiser,
             guint                  cost_cents,
             BuurtRegistration      registration,
             int                    kern)
{
  /* Mostly free: the agenda is for residents and non-commercial clubs. */
  plan->cost_cents = cost_cents > 0 && buurt_example_chance (self, 0.6) ? cost_cents : 0;
  plan->registration = registration;
  plan->organiser = buurt_example_pick_contact (self, organiser, kern);
  plan->status = BUURT_ACTIVITY_STATUS_PUBLISHED;

  /* The club or foundation that usually runs it, where it works; else a
   * volunteer from the town. */
  if (usual_organiser != NULL)
    {
      guint usual = buurt_example_find_contact (self, usual_organiser);

      if (buurt_example_contact_fits (self, &g_array_index (self->contacts, BuurtExampleContact, usual), kern) &&
          buurt_example_chance (self, 0.85))
        plan->organiser = usual;
      else
        plan->organiser = buurt_example_pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern);
    }
}

/* Takes the dates of the series on @weekday (0-6) in @phase for @plan. */
static void
use_days (BuurtExampleGenerator *self,
          BuurtExamplePlan      *plan,
          guint                  weekday,
          guint                  phase,
          gboolean               last)
{
  guint index = phase == 3 && last ? 4 : phase;

  plan->days = self->series_days[plan->frequency][weekday][index];
  plan->n_dates = MIN (plan->n_dates, plan->days->len);
  plan->first = g_array_index (plan->days, guint32, 0);
  plan->nth = index < 4 ? (int) index + 1 : -1;
}

static guint
first_day (guint days)
{
  return (guint) g_bit_nth_lsf (days, -1);
}

/* Plans one series like @info of at most @remaining dates; returns its
 * number of dates. */
static guint
plan_series (BuurtExampleGenerator    *self,
             const BuurtExampleSeries *info,
             guint                     remaining)
{
  const BuurtExampleCommunity *community = self->community;
  BuurtExamplePlan plan = { 0 };
  BuurtExampleInitiativeRow *initiative = NULL;
  /* Whether a room is free depends on the calendar, so how many tries a
   * booking takes differs from week to week. The series' choices come
   * from a generator of its own, so that they never change which series
   * come next or how many dates they have: the same seed gives the same
   * numbers on any day. */
  g_autoptr(GRand) own_rand = g_rand_new_with_seed (g_rand_int (self->rand));
  GRand *main_rand = self->rand;
  int neighbourhood = -1;
  guint location_neighbourhood = 0, phase = 0, count;
  gboolean last = FALSE;

  self->rand = own_rand;

  plan.title = info->title;
  plan.description = info->description;
  plan.category = info->category;
  plan.target_groups = info->target_groups;
  plan.minutes = info->minutes;
  plan.series = TRUE;
  plan.frequency = info->frequency;
  plan.initiative = -1;

  /* The first series of an initiative that has activities belongs to it,
   * and takes place in the initiative's own neighbourhood. */
  if (info->initiative >= 0)
    initiative = &g_array_index (self->initiatives, BuurtExampleInitiativeRow, info->initiative);
  if (initiative != NULL && !initiative->linked &&
      (initiative->stage == BUURT_STAGE_PILOT || initiative->stage == BUURT_STAGE_EVALUATING ||
       initiative->stage == BUURT_STAGE_RUNNING))
    {
      initiative->linked = TRUE;
      plan.initiative = info->initiative;
      neighbourhood = (int) g_array_index (community->initiatives, BuurtExampleInitiative,
                                           info->initiative).neighbourhood;
    }

  if (buurt_example_n_phases (info->frequency) > 1)
    phase = buurt_example_pick (self, buurt_example_n_phases (info->frequency));
  last = phase == 3 && buurt_example_chance (self, 0.5);

  /* About a year, to a date or for a number of times; a pilot lasts a
   * few months. */
  if (plan.initiative >= 0 && initiative->stage == BUURT_STAGE_PILOT)
    count = pilot_count[info->frequency];
  else
    {
      count = year_count[info->frequency];
      plan.until = buurt_example_chance (self, 0.5);
    }
  plan.n_dates = MIN (count, remaining);
  plan.until = plan.until && plan.n_dates == count;

  if (info->location != NULL)
    {
      guint days[BUURT_EXAMPLE_N_DAYS], n_days = 0;

      for (guint d = 0; d < BUURT_EXAMPLE_N_DAYS; d++)
        if (info->days & (1u << d))
          days[n_days++] = d;
      use_days (self, &plan, days[buurt_example_pick (self, n_days)], phase, last);
      location_neighbourhood = neighbourhood >= 0 ? (guint) neighbourhood
                                                  : buurt_example_pick (self, self->neighbourhoods->len);
      plan.location = outdoor_location (self, info->location, location_neighbourhood);
      plan.start = buurt_example_slots[first_day (info->slots)].start;
    }
  else if (!buurt_example_book_series (self, info, &plan, neighbourhood, phase, last))
    {
      /* Every suitable room is full: meet at home rather than double-book. */
      use_days (self, &plan, first_day (info->days), phase, last);
      location_neighbourhood = buurt_example_pick (self, self->neighbourhoods->len);
      plan.location = outdoor_location (self, community->at_home, location_neighbourhood);
      plan.start = buurt_example_slots[first_day (info->slots)].start;
    }

  /* Start on the whole or half hour, within the part of the day. */
  for (guint s = 0; s < BUURT_EXAMPLE_N_SLOTS; s++)
    if (buurt_example_slots[s].start == plan.start)
      {
        guint length = buurt_example_slots[s].length;
        guint slack = length - MIN (length, info->minutes);

        plan.start += 30 * buurt_example_pick (self, MIN (slack, 90) / 30 + 1);
        break;
      }

  fill_common (self, &plan, info->organiser, info->usual_organiser, info->cost_cents, info->registration,
               kern_of_plan (self, &plan, location_neighbourhood));
  g_array_append_val (self->plans, plan);
  self->rand = main_rand;

  return plan.n_dates;
}

static guint
pick_series (BuurtExampleGenerator *self)
{
  GArray *series = self->community->series;
  guint total = 0, r;

  for (guint i = 0; i < series->len; i++)
    total += g_array_index (series, BuurtExampleSeries, i).weight;

  /* A community whose every weight is 0 still has its series. */
  if (total == 0)
    return buurt_example_pick (self, series->len);

  r = buurt_example_pick (self, total);
  for (guint i = 0; i < series->len; i++)
    {
      guint weight = g_array_index (series, BuurtExampleSeries, i).weight;

      if (r < weight)
        return i;
      r -= weight;
    }

  g_assert_not_reached ();
  return 0;
}

static guint32
easter_sunday (guint year)
{
  /* The anonymous Gregorian algorithm (Meeus). */
  guint a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  guint f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/* The next date of a one-off event from today, within a year. */
static guint32
event_day (BuurtExampleGenerator   *self,
           const BuurtExampleEvent *info)
{
  GDate today;
  guint year;

  g_date_clear (&today, 1);
  g_date_set_julian (&today, self->today);
  year = g_date_get_year (&today);

  for (guint y = year; y <= year + 1; y++)
    {
      guint32 day = 0;

      switch (info->when)
        {
        case BUURT_EXAMPLE_WHEN_FIXED:
          {
            GDate date;

            g_date_clear (&date, 1);
            g_date_set_dmy (&date, info->day, info->month, y);
            /* Koningsdag moves to the Saturday when the 27th is a Sunday. */
            if (info->not_on_sunday && g_date_get_weekday (&date) == G_DATE_SUNDAY)
              g_date_subtract_days (&date, 1);
            day = g_date_get_julian (&date);
          }
          break;
        case BUURT_EXAMPLE_WHEN_NTH_WEEKDAY:
          day = buurt_example_nth_weekday (y, info->month, info->day,
                                           (GDateWeekday) (g_bit_nth_lsf (info->days, -1) + 1));
          break;
        case BUURT_EXAMPLE_WHEN_EASTER:
          day = (guint32) ((gint64) easter_sunday (y) + info->day);
          break;
        case BUURT_EXAMPLE_WHEN_ANY:
        default:
          for (guint tries = 0; tries < 400; tries++)
            {
              guint32 candidate = self->today + buurt_example_between (self, 1, 364);
              GDate date;

              g_date_clear (&date, 1);
              g_date_set_julian (&date, candidate);
              if ((info->days & (1u << (g_date_get_weekday (&date) - 1))) &&
                  (info->months == 0 || (info->months & (1u << g_date_get_month (&date)))))
                return candidate;
            }
          return self->today + 7;
        }

      if (day > self->today)
        return day;
    }

  return self->today + 1;
}

static void
plan_event (BuurtExampleGenerator   *self,
            const BuurtExampleEvent *info)
{
  BuurtExamplePlan plan = { 0 };
  guint neighbourhood;
  gboolean home_only;

  plan.title = info->title;
  plan.description = info->description;
  plan.category = info->category;
  plan.target_groups = info->target_groups;
  plan.first = event_day (self, info);
  plan.start = info->start;
  plan.minutes = info->minutes;
  plan.all_day = info->all_day;
  plan.n_dates = 1;
  plan.initiative = -1;

  if (info->initiative >= 0 &&
      g_array_index (self->initiatives, BuurtExampleInitiativeRow, info->initiative).stage != BUURT_STAGE_STOPPED &&
      buurt_example_chance (self, 0.5))
    plan.initiative = info->initiative;

  /* An initiative's event is in its neighbourhood; the home
   * municipality's own events stay in its towns. */
  home_only = plan.initiative >= 0 || info->home_towns_only;
  if (plan.initiative >= 0)
    neighbourhood = g_array_index (self->community->initiatives, BuurtExampleInitiative, plan.initiative).neighbourhood;
  else if (home_only)
    neighbourhood = buurt_example_pick (self, self->n_home_neighbourhoods);
  else
    neighbourhood = buurt_example_pick (self, self->neighbourhoods->len);

  if (info->location != NULL || !buurt_example_book_event (self, info, &plan, home_only))
    plan.location = outdoor_location (self, info->location != NULL ? info->location : self->community->village_square,
                                      neighbourhood);

  fill_common (self, &plan, info->organiser, info->usual_organiser, info->cost_cents, info->registration,
               kern_of_plan (self, &plan, neighbourhood));
  g_array_append_val (self->plans, plan);
}

/* A few single dates of published series are cancelled: the one around
 * Christmas most often, otherwise a random date. */
static void
cancel_some_dates (BuurtExampleGenerator *self,
                   BuurtExamplePlan      *plan)
{
  g_autoptr(GString) days = g_string_new (NULL);
  guint chosen[3], n_chosen = 0;

  for (guint k = 0; k < plan->n_dates && n_chosen == 0; k++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, g_array_index (plan->days, guint32, k));
      if ((g_date_get_month (&date) == 12 && g_date_get_day (&date) >= 24) ||
          (g_date_get_month (&date) == 1 && g_date_get_day (&date) == 1))
        chosen[n_chosen++] = k;
    }

  if (plan->n_dates > 2)
    for (guint i = 0, n = buurt_example_between (self, 1, 2); i < n; i++)
      {
        guint k = buurt_example_between (self, 1, plan->n_dates - 1);
        gboolean known = FALSE;

        for (guint j = 0; j < n_chosen; j++)
          known |= chosen[j] == k;
        if (!known)
          chosen[n_chosen++] = k;
      }

  /* In order, as the editor writes them. */
  for (guint i = 0; i < n_chosen; i++)
    for (guint j = i + 1; j < n_chosen; j++)
      if (chosen[j] < chosen[i])
        {
          guint k = chosen[i];

          chosen[i] = chosen[j];
          chosen[j] = k;
        }

  for (guint i = 0; i < n_chosen; i++)
    g_string_append_printf (days, "%s%s", i > 0 ? "," : "",
                            buurt_example_date_text (self, g_array_index (plan->days, guint32, chosen[i])));

  if (days->len > 0)
    plan->cancelled_dates = buurt_example_intern (self, days->str);
}

/* A review queue of some twenty to forty submissions, a few cancelled
 * and rejected activities; the rest is published. Activities of an
 * initiative stay published. */
static void
mark_statuses (BuurtExampleGenerator *self)
{
  GPtrArray *reasons = self->community->rejection_reasons;
  guint n_plans = self->plans->len;
  guint n_submitted = MIN (buurt_example_between (self, 22, 36), n_plans / 4);
  guint n_cancelled = MIN (buurt_example_between (self, 3, 6) + n_plans / 1000, n_plans / 20);
  guint n_rejected = MIN (buurt_example_between (self, 1, 3), n_plans / 50);
  guint n_marked = 0;

  for (guint tries = 0; n_marked < n_submitted + n_cancelled + n_rejected && tries < 100 * n_plans; tries++)
    {
      BuurtExamplePlan *plan = &g_array_index (self->plans, BuurtExamplePlan, buurt_example_pick (self, n_plans));

      if (plan->status != BUURT_ACTIVITY_STATUS_PUBLISHED || plan->initiative >= 0)
        continue;

      if (n_marked < n_submitted)
        {
          /* Submitted by the residents and clubs who organise it. */
          plan->status = BUURT_ACTIVITY_STATUS_SUBMITTED;
          if (buurt_example_chance (self, 0.6))
            plan->organiser = buurt_example_pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, -1);
        }
      else if (n_marked < n_submitted + n_cancelled)
        plan->status = BUURT_ACTIVITY_STATUS_CANCELLED;
      else
        {
          plan->status = BUURT_ACTIVITY_STATUS_REJECTED;
          plan->rejection_reason = buurt_example_pick_string (self, reasons);
        }
      n_marked++;
    }
}

/**
 * buurt_example_plan_activities:
 * @n_events: how many one-off events; series make up the other dates
 *
 * Plans the activities: rooms, dates, organisers and statuses.
 */
gboolean
buurt_example_plan_activities (BuurtExampleGenerator  *self,
                               guint                   n_events,
                               GError                **error)
{
  const BuurtExampleCommunity *community = self->community;
  guint remaining = self->n_occurrences - n_events;

  if (!buurt_example_expand_series (self, error))
    return FALSE;

  /* Series first, so that one-off events can take the dates they leave;
   * first those of the initiatives that have activities going on. */
  for (guint i = 0; i < community->series->len && remaining > 0; i++)
    {
      const BuurtExampleSeries *info = &g_array_index (community->series, BuurtExampleSeries, i);
      const BuurtExampleInitiativeRow *initiative;

      if (info->initiative < 0)
        continue;
      initiative = &g_array_index (self->initiatives, BuurtExampleInitiativeRow, info->initiative);
      if (!initiative->linked &&
          (initiative->stage == BUURT_STAGE_PILOT || initiative->stage == BUURT_STAGE_EVALUATING ||
           initiative->stage == BUURT_STAGE_RUNNING))
        remaining -= plan_series (self, info, remaining);
    }
  while (remaining > 0)
    {
      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      remaining -= plan_series (self, &g_array_index (community->series, BuurtExampleSeries, pick_series (self)),
                                remaining);
    }

  /* Every kind of event at least once, then at random. */
  for (guint i = 0; i < n_events; i++)
    {
      guint e = i < community->events->len ? i : buurt_example_pick (self, community->events->len);

      plan_event (self, &g_array_index (community->events, BuurtExampleEvent, e));
    }

  mark_statuses (self);

  for (guint i = 0; i < self->plans->len; i++)
    {
      BuurtExamplePlan *plan = &g_array_index (self->plans, BuurtExamplePlan, i);

      if (plan->series && plan->status == BUURT_ACTIVITY_STATUS_PUBLISHED && buurt_example_chance (self, 0.06))
        cancel_some_dates (self, plan);
    }

  return TRUE;
}

static gboolean
save_plan (BuurtExampleGenerator   *self,
           const BuurtExamplePlan  *plan,
           GError                 **error)
{
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autofree char *rrule = NULL;
  const BuurtExampleContact *organiser = &g_array_index (self->contacts, BuurtExampleContact, plan->organiser);
  const char *registration_info = NULL;

  if (plan->all_day)
    {
      starts_at = buurt_example_local_time (self, plan->first, 0);
      ends_at = buurt_example_local_time (self, plan->first + 1, 0);
    }
  else
    {
      starts_at = buurt_example_local_time (self, plan->first, plan->start);
      ends_at = g_date_time_add_minutes (starts_at, plan->minutes);
    }

  if (plan->series)
    rrule = buurt_example_series_rrule (plan->frequency, starts_at, plan->nth,
                                        plan->until ? 0 : plan->n_dates,
                                        g_array_index (plan->days, guint32, plan->n_dates - 1));

  if (plan->registration != BUURT_REGISTRATION_NONE)
    registration_info = buurt_example_fill_in (self, self->community->registration_info,
                                               "organiser", organiser->name, "phone", organiser->phone);

  g_object_set (activity,
                "title", plan->title,
                "description", plan->description,
                "category", plan->category,
                "target-groups", plan->target_groups,
                "room-id", plan->room != 0 ? g_array_index (self->rooms, BuurtExampleRoomRow, plan->room - 1).id
                                           : (gint64) 0,
                "location", plan->location,
                "organiser-id", organiser->id,
                "initiative-id", plan->initiative >= 0
                                 ? g_array_index (self->initiatives, BuurtExampleInitiativeRow, plan->initiative).id
                                 : (gint64) 0,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "all-day", plan->all_day,
                "rrule", rrule,
                "cancelled-dates", plan->cancelled_dates,
                "cost-cents", (gint64) plan->cost_cents,
                "registration", plan->registration,
                "registration-info", registration_info,
                "status", plan->status,
                "rejection-reason", plan->rejection_reason,
                "source", BUURT_SOURCE_EXAMPLE,
                NULL);

  return buurt_example_save (self, activity, error);
}

gboolean
buurt_example_save_plans (BuurtExampleGenerator  *self,
                          GError                **error)
{
  for (guint i = 0; i < self->plans->len; i++)
    if (!save_plan (self, &g_array_index (self->plans, BuurtExamplePlan, i), error))
      return FALSE;

  return TRUE;
}

/* buurt-example-community-activities.c: reading the example community's
 * series and one-off events
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-example-community.h"
#include "buurt-example-community-private.h"

static const BuurtExampleWord day_words[] = {
  { "mon", 1 << 0 }, { "tue", 1 << 1 }, { "wed", 1 << 2 }, { "thu", 1 << 3 },
  { "fri", 1 << 4 }, { "sat", 1 << 5 }, { "sun", 1 << 6 }, { "weekdays", 0x1f },
  { NULL },
};

static const BuurtExampleWord slot_words[] = {
  { "morning", 1 << 0 }, { "afternoon", 1 << 1 }, { "after_school", 1 << 2 },
  { "dinner", 1 << 3 }, { "evening", 1 << 4 },
  { NULL },
};

static const BuurtExampleWord frequency_words[] = {
  { "weekly", BUURT_EXAMPLE_WEEKLY }, { "fortnightly", BUURT_EXAMPLE_FORTNIGHTLY },
  { "monthly", BUURT_EXAMPLE_MONTHLY },
  { NULL },
};

/* An initiative by its key, as an index; -1 when there is none. */
static gboolean
read_initiative_key (BuurtExampleReader    *reader,
                     BuurtExampleCommunity *self,
                     JsonObject            *object,
                     int                   *out)
{
  const char *key = NULL;

  *out = -1;
  if (!buurt_example_reader_string (reader, object, "initiative", FALSE, &key))
    return FALSE;
  if (key == NULL)
    return TRUE;

  for (guint i = 0; i < self->initiatives->len; i++)
    if (g_str_equal (g_array_index (self->initiatives, BuurtExampleInitiative, i).key, key))
      {
        *out = (int) i;
        return TRUE;
      }

  return buurt_example_reader_unknown (reader, "initiative", key);
}

/* What series and events share: what, for whom, by whom and where. */
static gboolean
read_activity (BuurtExampleReader    *reader,
               BuurtExampleCommunity *self,
               JsonObject            *object,
               const char           **title,
               const char           **description,
               BuurtCategory         *category,
               guint                 *target_groups,
               guint                 *venue_kinds,
               const char           **location,
               BuurtContactKind      *organiser,
               const char           **usual_organiser,
               guint                 *cost_cents,
               BuurtRegistration     *registration,
               int                   *initiative)
{
  int category_value = 0, organiser_value = 0, registration_value = BUURT_REGISTRATION_NONE;

  if (!buurt_example_reader_string (reader, object, "title", TRUE, title) ||
      !buurt_example_reader_string (reader, object, "description", TRUE, description) ||
      !buurt_example_reader_enum (reader, object, "category", BUURT_TYPE_CATEGORY, TRUE, &category_value) ||
      !buurt_example_reader_flags (reader, object, "target_groups", BUURT_TYPE_TARGET_GROUP, target_groups) ||
      !buurt_example_reader_flags (reader, object, "venue_kinds", BUURT_TYPE_VENUE_KIND, venue_kinds) ||
      !buurt_example_reader_string (reader, object, "location", FALSE, location) ||
      !buurt_example_reader_enum (reader, object, "organiser", BUURT_TYPE_CONTACT_KIND, TRUE, &organiser_value) ||
      !buurt_example_reader_string (reader, object, "usual_organiser", FALSE, usual_organiser) ||
      (*usual_organiser != NULL && !buurt_example_community_check_organisation (reader, self, "usual_organiser", *usual_organiser)) ||
      !buurt_example_reader_uint (reader, object, "cost_cents", FALSE, 0, 100000, cost_cents) ||
      !buurt_example_reader_enum (reader, object, "registration", BUURT_TYPE_REGISTRATION, FALSE,
                                  &registration_value) ||
      !read_initiative_key (reader, self, object, initiative))
    return FALSE;

  *category = category_value;
  *organiser = organiser_value;
  *registration = registration_value;

  return TRUE;
}

gboolean
buurt_example_community_read_series (BuurtExampleReader    *reader,
             BuurtExampleCommunity *self,
             JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "series", TRUE, TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "series", i);
      BuurtExampleSeries series = { 0 };
      const char *frequency_word = NULL;
      int frequency = -1;
      gsize mark = buurt_example_reader_enter (reader, "series", (int) i);
      gboolean ok, fits = FALSE;

      ok = object != NULL &&
           read_activity (reader, self, object, &series.title, &series.description, &series.category,
                          &series.target_groups, &series.venue_kinds, &series.location, &series.organiser,
                          &series.usual_organiser, &series.cost_cents, &series.registration,
                          &series.initiative) &&
           buurt_example_reader_string (reader, object, "frequency", TRUE, &frequency_word) &&
           buurt_example_reader_mask (reader, object, "days", day_words, &series.days) &&
           buurt_example_reader_mask (reader, object, "slots", slot_words, &series.slots) &&
           buurt_example_reader_uint (reader, object, "minutes", TRUE, 15, 240, &series.minutes) &&
           buurt_example_reader_flags (reader, object, "needs", BUURT_TYPE_FACILITY, &series.needs) &&
           buurt_example_reader_uint (reader, object, "weight", TRUE, 0, 1000, &series.weight);

      for (guint w = 0; ok && frequency_words[w].word != NULL; w++)
        if (g_str_equal (frequency_words[w].word, frequency_word))
          frequency = (int) frequency_words[w].mask;
      if (ok && frequency < 0)
        ok = buurt_example_reader_unknown (reader, "frequency", frequency_word);
      for (guint s = 0; ok && s < BUURT_EXAMPLE_N_SLOTS; s++)
        fits |= (series.slots & (1u << s)) && buurt_example_slots[s].length >= series.minutes;
      if (ok && !fits)
        /* Translators: the first %s is a file, the second a place in it */
        ok = buurt_example_reader_invalid (reader, "minutes", _("%s: “%s” is longer than the parts of the day it may take."));
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      series.frequency = frequency;
      g_array_append_val (self->series, series);
    }

  return TRUE;
}

/* When a one-off event is: a date, the n-th weekday of a month, days after
 * Easter, or any day within some months and weekdays. */
static gboolean
read_when (BuurtExampleReader *reader,
           JsonObject         *object,
           BuurtExampleEvent  *event)
{
  JsonObject *when = buurt_example_reader_object (reader, object, "when");
  gsize mark;
  gboolean ok;

  if (when == NULL)
    return FALSE;

  mark = buurt_example_reader_enter (reader, "when", -1);
  if (json_object_has_member (when, "days_after_easter"))
    {
      event->when = BUURT_EXAMPLE_WHEN_EASTER;
      ok = buurt_example_reader_int (reader, when, "days_after_easter", -60, 60, &event->day);
    }
  else if (json_object_has_member (when, "nth"))
    {
      const char *weekday = NULL;

      event->when = BUURT_EXAMPLE_WHEN_NTH_WEEKDAY;
      ok = buurt_example_reader_uint (reader, when, "month", TRUE, 1, 12, &event->month) &&
           buurt_example_reader_int (reader, when, "nth", 1, 4, &event->day) &&
           buurt_example_reader_string (reader, when, "weekday", TRUE, &weekday);
      /* One day: not "weekdays", the last word of the list. */
      for (guint w = 0; ok && day_words[w + 1].word != NULL; w++)
        if (g_str_equal (day_words[w].word, weekday))
          event->days = day_words[w].mask;
      if (ok && event->days == 0)
        ok = buurt_example_reader_unknown (reader, "weekday", weekday);
    }
  else if (json_object_has_member (when, "day"))
    {
      event->when = BUURT_EXAMPLE_WHEN_FIXED;
      ok = buurt_example_reader_uint (reader, when, "month", TRUE, 1, 12, &event->month) &&
           buurt_example_reader_int (reader, when, "day", 1, 28 + (event->month != 2) * 2, &event->day) &&
           buurt_example_reader_boolean (reader, when, "not_on_sunday", &event->not_on_sunday);
    }
  else
    {
      guint first = 1, last = 12;

      event->when = BUURT_EXAMPLE_WHEN_ANY;
      ok = buurt_example_reader_mask (reader, when, "days", day_words, &event->days) &&
           (!json_object_has_member (when, "months") ||
            buurt_example_reader_pair (reader, when, "months", 1, 12, &first, &last));
      event->months = ((2u << last) - 1) & ~((1u << first) - 1);
    }
  buurt_example_reader_leave (reader, mark);

  return ok;
}

gboolean
buurt_example_community_read_events (BuurtExampleReader    *reader,
             BuurtExampleCommunity *self,
             JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "events", TRUE, TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "events", i);
      BuurtExampleEvent event = { 0 };
      gsize mark = buurt_example_reader_enter (reader, "events", (int) i);
      gboolean ok;

      ok = object != NULL &&
           read_activity (reader, self, object, &event.title, &event.description, &event.category,
                          &event.target_groups, &event.venue_kinds, &event.location, &event.organiser,
                          &event.usual_organiser, &event.cost_cents, &event.registration,
                          &event.initiative) &&
           read_when (reader, object, &event) &&
           buurt_example_reader_boolean (reader, object, "all_day", &event.all_day) &&
           buurt_example_reader_boolean (reader, object, "home_towns_only", &event.home_towns_only);
      if (ok && !event.all_day)
        ok = buurt_example_reader_time (reader, object, "start", &event.start) &&
             buurt_example_reader_uint (reader, object, "minutes", TRUE, 15, 24 * 60 - event.start, &event.minutes);
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      g_array_append_val (self->events, event);
    }

  return TRUE;
}


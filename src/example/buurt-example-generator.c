/* buurt-example-generator.c: random choices, texts, dates and saving
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <string.h>

#include "buurt-example-generator.h"

BuurtExampleGenerator *
buurt_example_generator_new (BuurtStore                  *store,
                             const BuurtExampleCommunity *community,
                             guint                        n_occurrences,
                             guint32                      seed,
                             const GDate                 *today_or_null,
                             GCancellable                *cancellable)
{
  BuurtExampleGenerator *self = g_new0 (BuurtExampleGenerator, 1);
  g_autoptr(GDateTime) now = NULL;
  GDate today;

  self->store = store;
  self->cancellable = cancellable;
  self->community = community;
  self->n_occurrences = n_occurrences;
  self->rand = g_rand_new_with_seed (seed);
  self->tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  if (self->tz == NULL)
    self->tz = g_time_zone_new_local ();
  self->strings = g_string_chunk_new (64 * 1024);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->contact_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->kernen = g_array_new (FALSE, FALSE, sizeof (BuurtExampleKern));
  self->neighbourhoods = g_array_new (FALSE, FALSE, sizeof (BuurtExampleNeighbourhood));
  self->venues = g_array_new (FALSE, FALSE, sizeof (BuurtExampleVenueRow));
  self->rooms = g_array_new (FALSE, FALSE, sizeof (BuurtExampleRoomRow));
  self->contacts = g_array_new (FALSE, FALSE, sizeof (BuurtExampleContact));
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    self->by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < G_N_ELEMENTS (self->rooms_by_venue_kind); i++)
    self->rooms_by_venue_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  self->initiatives = g_array_new (FALSE, TRUE, sizeof (BuurtExampleInitiativeRow));
  self->plans = g_array_new (FALSE, FALSE, sizeof (BuurtExamplePlan));

  /* Dates follow the local calendar of the agenda, not UTC. */
  g_date_clear (&today, 1);
  if (today_or_null != NULL)
    today = *today_or_null;
  else
    {
      now = g_date_time_new_now (self->tz);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  self->today = g_date_get_julian (&today);
  self->monday = self->today - (g_date_get_weekday (&today) - G_DATE_MONDAY);

  return self;
}

void
buurt_example_generator_free (BuurtExampleGenerator *self)
{
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->contact_index, g_hash_table_unref);
  g_clear_pointer (&self->kernen, g_array_unref);
  g_clear_pointer (&self->neighbourhoods, g_array_unref);
  g_clear_pointer (&self->venues, g_array_unref);
  g_clear_pointer (&self->rooms, g_array_unref);
  g_clear_pointer (&self->contacts, g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    g_clear_pointer (&self->by_kind[i], g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->rooms_by_venue_kind); i++)
    g_clear_pointer (&self->rooms_by_venue_kind[i], g_array_unref);
  g_clear_pointer (&self->initiatives, g_array_unref);
  for (guint f = 0; f < G_N_ELEMENTS (self->series_days); f++)
    for (guint d = 0; d < BUURT_EXAMPLE_N_DAYS; d++)
      for (guint p = 0; p < G_N_ELEMENTS (self->series_days[f][d]); p++)
        g_clear_pointer (&self->series_days[f][d][p], g_array_unref);
  g_clear_pointer (&self->plans, g_array_unref);
  g_free (self);
}

guint
buurt_example_pick (BuurtExampleGenerator *self,
                    guint                  n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (self->rand, 0, (gint32) n);
}

guint
buurt_example_between (BuurtExampleGenerator *self,
                       guint                  low,
                       guint                  high)
{
  return low + buurt_example_pick (self, high - low + 1);
}

gboolean
buurt_example_chance (BuurtExampleGenerator *self,
                      double                 probability)
{
  return g_rand_double (self->rand) < probability;
}

/* One of @strings, which the community guarantees is not empty. */
const char *
buurt_example_pick_string (BuurtExampleGenerator *self,
                           GPtrArray             *strings)
{
  return g_ptr_array_index (strings, buurt_example_pick (self, strings->len));
}

const char *
buurt_example_intern (BuurtExampleGenerator *self,
                      const char            *text)
{
  return g_string_chunk_insert_const (self->strings, text);
}

/* A string owned by the generator, from a printf format. */
const char *
buurt_example_format (BuurtExampleGenerator *self,
                      const char            *fmt,
                      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, fmt);
  text = g_strdup_vprintf (fmt, args);
  va_end (args);

  return g_string_chunk_insert (self->strings, text);
}

/* @text from the community with "{name}" replaced by @value (and
 * "{name2}" by @value2): the data never becomes a printf format. */
const char *
buurt_example_fill_in (BuurtExampleGenerator *self,
                       const char            *text,
                       const char            *name,
                       const char            *value,
                       const char            *name2,
                       const char            *value2)
{
  g_autoptr(GString) result = g_string_new (text);
  g_autofree char *key = g_strdup_printf ("{%s}", name);

  g_string_replace (result, key, value, 0);
  if (name2 != NULL)
    {
      g_autofree char *key2 = g_strdup_printf ("{%s}", name2);

      g_string_replace (result, key2, value2, 0);
    }

  return g_string_chunk_insert (self->strings, result->str);
}

/* "Het Mozaïek" → "hetmozaiek", for e-mail addresses and websites. */
char *
buurt_example_slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *result = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (result, g_ascii_tolower (*p));

  return g_string_free (result, FALSE);
}

/* A name not in use yet, so that lists show no confusing twins. */
gboolean
buurt_example_claim_name (BuurtExampleGenerator *self,
                          const char            *name)
{
  if (g_hash_table_contains (self->names, name))
    return FALSE;

  g_hash_table_add (self->names, (gpointer) buurt_example_intern (self, name));
  return TRUE;
}

/* Dutch postcodes never use the letter pairs SA, SD and SS, and avoid
 * F, I, O, Q, U and Y. */
const char *
buurt_example_postcode (BuurtExampleGenerator  *self,
                        const BuurtExampleTown *town)
{
  static const char letters[] = "ABCDEGHJKLMNPRSTVWXZ";
  guint digits = buurt_example_between (self, town->postcode_min, town->postcode_max);
  char first, second;

  do
    {
      first = letters[buurt_example_pick (self, sizeof letters - 1)];
      second = letters[buurt_example_pick (self, sizeof letters - 1)];
    }
  while (first == 'S' && (second == 'A' || second == 'D' || second == 'S'));

  return buurt_example_format (self, "%04u %c%c", digits, first, second);
}

const char *
buurt_example_landline (BuurtExampleGenerator  *self,
                        const BuurtExampleTown *town)
{
  /* Dutch numbers have ten digits, the area code included. */
  if (strlen (town->area_code) == 3)
    return buurt_example_format (self, "%s-5%06u", town->area_code, buurt_example_between (self, 0, 999999));

  return buurt_example_format (self, "%s-%u%05u", town->area_code, buurt_example_between (self, 2, 4),
                               buurt_example_between (self, 0, 99999));
}

const char *
buurt_example_mobile (BuurtExampleGenerator *self)
{
  return buurt_example_format (self, "06-%u%07u", buurt_example_between (self, 1, 5),
                               buurt_example_between (self, 0, 9999999));
}

const char *
buurt_example_date_text (BuurtExampleGenerator *self,
                         guint32                julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return buurt_example_format (self, "%04u-%02u-%02u", g_date_get_year (&date),
                               g_date_get_month (&date), g_date_get_day (&date));
}

GDateTime *
buurt_example_local_time (BuurtExampleGenerator *self,
                          guint32                julian,
                          guint                  minutes)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_time_new (self->tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minutes / 60, minutes % 60, 0);
}

GDateWeekday
buurt_example_weekday_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_get_weekday (&date);
}

/* The n-th @weekday of a month (n = -1: the last one), as a julian day: the
 * anchor of a monthly series or a yearly event, not a series' steps. */
guint32
buurt_example_nth_weekday (guint         year,
                           guint         month,
                           int           n,
                           GDateWeekday  weekday)
{
  GDate date;

  g_date_clear (&date, 1);
  if (n > 0)
    {
      g_date_set_dmy (&date, 1, month, year);
      g_date_add_days (&date, (weekday - g_date_get_weekday (&date) + 7) % 7 + 7 * (n - 1));
    }
  else
    {
      g_date_set_dmy (&date, g_date_get_days_in_month (month, year), month, year);
      g_date_subtract_days (&date, (g_date_get_weekday (&date) - weekday + 7) % 7);
    }

  return g_date_get_julian (&date);
}

gboolean
buurt_example_save (BuurtExampleGenerator  *self,
                    gpointer                entity,
                    GError                **error)
{
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  return buurt_store_save (self->store, BUURT_ENTITY (entity), error);
}

/* buurt-format.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-format"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-format.h"

/*
 * Dates and times as people read them, in their language. A time of an
 * activity is shown in the activity's own time zone, whatever zone the
 * computer is set to: a 09:00 garden morning in Dronten is at 09:00 on a
 * laptop set to UTC too, as its day header and its editor say.
 */

/**
 * buurt_today:
 *
 * Returns: (transfer full): the computer's local date as "YYYY-MM-DD"
 */
char *
buurt_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * buurt_time_zone_lookup:
 * @tzid: a zone such as "Europe/Amsterdam"
 *
 * Reading a zone's file is slow (GLib reads and maps it each time), and an
 * import or the agenda's dates ask for the same few zones thousands of
 * times: each is read once. Safe from any thread.
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL when it is unknown
 */
GTimeZone *
buurt_time_zone_lookup (const char *tzid)
{
  static GMutex lock;
  static GHashTable *zones = NULL;   /* tzid -> GTimeZone, or a NULL value for unknown */
  GTimeZone *tz;
  gpointer found;

  g_return_val_if_fail (tzid != NULL, NULL);

  g_mutex_lock (&lock);
  if (zones == NULL)
    zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_time_zone_unref);
  if (g_hash_table_lookup_extended (zones, tzid, NULL, &found))
    tz = found != NULL ? g_time_zone_ref (found) : NULL;
  else
    {
      tz = g_time_zone_new_identifier (tzid);
      /* Unknown names are remembered too, but a file that names anything
       * at all does not grow the table without end. */
      if (g_hash_table_size (zones) < 1024)
        g_hash_table_insert (zones, g_strdup (tzid), tz != NULL ? g_time_zone_ref (tz) : NULL);
    }
  g_mutex_unlock (&lock);

  return tz;
}

/**
 * buurt_time_zone_new:
 * @tzid: (nullable): a zone such as "Europe/Amsterdam"
 *
 * Returns: (transfer full): the zone, or Europe/Amsterdam when @tzid is
 *   %NULL or unknown
 */
GTimeZone *
buurt_time_zone_new (const char *tzid)
{
  GTimeZone *tz = tzid != NULL ? buurt_time_zone_lookup (tzid) : NULL;

  return tz != NULL ? tz : buurt_time_zone_lookup (BUURT_DEFAULT_TZID);
}

/**
 * buurt_in_zone:
 * @instant: an instant
 * @tzid: (nullable): the activity's zone
 *
 * Returns: (transfer full): @instant as the wall clock of @tzid shows it
 */
GDateTime *
buurt_in_zone (GDateTime  *instant,
               const char *tzid)
{
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (tzid);

  g_return_val_if_fail (instant != NULL, NULL);

  return g_date_time_to_timezone (instant, tz);
}

/**
 * buurt_format_time:
 * @instant: an instant
 * @tzid: (nullable): the activity's zone
 *
 * Returns: (transfer full): the time of day of @instant in @tzid, in the
 *   user's language, such as "09:30"
 */
char *
buurt_format_time (GDateTime  *instant,
                   const char *tzid)
{
  g_autoptr(GDateTime) local = buurt_in_zone (instant, tzid);

  /* Translators: a time of day, see strftime(3); e.g. "09:30" */
  return g_date_time_format (local, _("%H:%M"));
}

/**
 * buurt_format_times:
 * @starts_at: when it starts
 * @ends_at: when it ends
 * @all_day: whether it takes whole days
 * @tzid: (nullable): the activity's zone
 *
 * Returns: (transfer full): "09:30 – 11:00" in @tzid, or "All day"
 */
char *
buurt_format_times (GDateTime  *starts_at,
                    GDateTime  *ends_at,
                    gboolean    all_day,
                    const char *tzid)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (all_day)
    return g_strdup (_("All day"));

  start_text = buurt_format_time (starts_at, tzid);
  end_text = buurt_format_time (ends_at, tzid);

  /* Translators: a start and an end time, e.g. "09:30 – 11:00" */
  return g_strdup_printf (_("%s – %s"), start_text, end_text);
}

/**
 * buurt_format_time_range:
 *
 * Returns: (transfer full): the times of @occurrence in its activity's
 *   zone, such as "09:30 – 11:00", or "All day"
 */
char *
buurt_format_time_range (BuurtOccurrence *occurrence)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (occurrence), NULL);

  return buurt_format_times (buurt_occurrence_get_starts_at (occurrence),
                             buurt_occurrence_get_ends_at (occurrence),
                             buurt_occurrence_get_all_day (occurrence),
                             buurt_occurrence_get_tzid (occurrence));
}

/**
 * buurt_format_date:
 * @date: a date, in the zone it is meant in
 *
 * Returns: (transfer full): the date in full, such as "Sunday 14 March 2027"
 */
char *
buurt_format_date (GDateTime *date)
{
  /* Translators: a date on a button, see strftime(3); e.g. "Sunday 14 March 2027" */
  return g_date_time_format (date, _("%A %-d %B %Y"));
}

/* A heading starts with a capital, also where the language writes weekdays
 * in lower case ("woensdag 2 december"). Takes ownership of @text. */
static char *
capitalise (char *text)
{
  g_autofree char *owned = text;
  char first[7] = { 0 };

  if (owned == NULL || *owned == '\0')
    return g_steal_pointer (&owned);

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (owned)), first);
  return g_strconcat (first, g_utf8_next_char (owned), NULL);
}

/* A local date at noon: a date only, in any zone. */
static GDateTime *
day_at_noon (const char *day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = g_strconcat (day, "T12:00:00", NULL);

  return g_date_time_new_from_iso8601 (iso, utc);
}

/**
 * buurt_format_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): "Today", "Tomorrow", or the weekday and date in
 *   the user's language, such as "Thursday 26 November"
 */
char *
buurt_format_day (const char *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *today_text = buurt_today ();
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%Y-%m-%d");

  if (g_str_equal (day, today_text))
    return g_strdup (_("Today"));
  if (g_str_equal (day, tomorrow_text))
    return g_strdup (_("Tomorrow"));

  date = day_at_noon (day);
  if (date == NULL)
    return g_strdup (day);

  if (g_date_time_get_year (date) != g_date_time_get_year (now))
    /* Translators: a day header in the agenda, see strftime(3); e.g. "Thursday 26 November 2026" */
    return capitalise (g_date_time_format (date, _("%A %-d %B %Y")));

  /* Translators: a day header in the agenda, see strftime(3); e.g. "Thursday 26 November" */
  return capitalise (g_date_time_format (date, _("%A %-d %B")));
}

/**
 * buurt_format_day_in_sentence:
 * @day: a local date, "YYYY-MM-DD"
 *
 * The day as part of a sentence: "Koffie op dinsdag 5 januari is afgelast",
 * never "Dinsdag" nor "Vandaag" halfway a Dutch sentence.
 *
 * Returns: (transfer full): the weekday and date in the user's language,
 *   such as "Thursday 26 November" or "donderdag 26 november"
 */
char *
buurt_format_day_in_sentence (const char *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) date = day_at_noon (day);

  if (date == NULL)
    return g_strdup (day);

  if (g_date_time_get_year (date) != g_date_time_get_year (now))
    return g_date_time_format (date, _("%A %-d %B %Y"));

  return g_date_time_format (date, _("%A %-d %B"));
}

/**
 * buurt_format_short_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the weekday and date in short, in the user's
 *   language, such as "Thu 26 Nov"
 */
char *
buurt_format_short_day (const char *day)
{
  g_autoptr(GDateTime) date = day_at_noon (day);

  if (date == NULL)
    return g_strdup (day);

  /* Translators: a short date on a button, see strftime(3); e.g. "Thu 26 Nov" */
  return g_date_time_format (date, _("%a %-d %b"));
}

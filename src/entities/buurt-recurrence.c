/* buurt-recurrence.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-recurrence"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "buurt-entity.h"
#include "buurt-format.h"
#include "buurt-recurrence.h"

/* At most this many dates of one rule are looked at. */
#define MAX_STEPS 100000

/*
 * Recurrence rules are expanded in the activity's own time zone: libical walks
 * the rule over floating (zone-less) local times, and GLib's time-zone database
 * turns each local time back into an instant. So a weekly coffee morning at
 * 10:00 stays at 10:00 on both sides of a daylight-saving change.
 */

/* "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DD" without g_date_time_format() or
 * a time zone lookup: they are written for each of the hundreds of thousands
 * of dates of a big import. */
static void
put_number (char *text,
            int   value,
            int   width)
{
  for (int i = width - 1; i >= 0; i--)
    {
      text[i] = '0' + value % 10;
      value /= 10;
    }
}

static void
put_date (char *text,
          int   year,
          int   month,
          int   day)
{
  put_number (text, year, 4);
  text[4] = '-';
  put_number (text + 5, month, 2);
  text[7] = '-';
  put_number (text + 8, day, 2);
  text[10] = '\0';
}

static void
format_utc_into (GDateTime *date_time,
                 char       text[21])
{
  gint64 seconds = g_date_time_to_unix (date_time);
  gint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  int of_day = (int) (seconds - days * 86400);
  /* The civil date of a day number (days since 1970-01-01), in eras of
   * 400 years that start on 1 March. */
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  int day_of_era = (int) (z - era * 146097);
  int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int shifted_month = (5 * day_of_year + 2) / 153;
  int day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  int month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  int year = (int) (year_of_era + era * 400) + (month <= 2);

  put_date (text, year, month, day);
  text[10] = 'T';
  put_number (text + 11, of_day / 3600, 2);
  text[13] = ':';
  put_number (text + 14, of_day / 60 % 60, 2);
  text[16] = ':';
  put_number (text + 17, of_day % 60, 2);
  text[19] = 'Z';
  text[20] = '\0';
}

static void
format_day_into (GDateTime *date_time,
                 char       text[11])
{
  int year, month, day;

  g_date_time_get_ymd (date_time, &year, &month, &day);
  put_date (text, year, month, day);
}

/**
 * buurt_format_utc:
 * @date_time: an instant
 *
 * Returns: (transfer full): @date_time in UTC as "YYYY-MM-DDTHH:MM:SSZ", the
 *   form the store keeps
 */
char *
buurt_format_utc (GDateTime *date_time)
{
  char text[21];

  format_utc_into (date_time, text);
  return g_strdup (text);
}

/**
 * buurt_parse_utc:
 * @text: an instant as "YYYY-MM-DDTHH:MM:SSZ"
 *
 * Returns: (transfer full) (nullable): the instant, or %NULL if @text is not
 *   in that form
 */
GDateTime *
buurt_parse_utc (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, utc);
}

static gboolean
rule_from_string (const char                *rrule,
                  struct icalrecurrencetype *rule,
                  GError                   **error)
{
  icalerror_clear_errno ();
  *rule = icalrecurrencetype_from_string (rrule);

  if (rule->freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                   /* Translators: %s is a repeat rule such as FREQ=WEEKLY;BYDAY=TU */
                   _("The repeat pattern “%s” is not valid."), rrule);
      return FALSE;
    }

  if (rule->count < 0 || (rule->count == 0 && strstr (rrule, "COUNT=") != NULL))
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("The number of times must be at least 1."));
      return FALSE;
    }

  return TRUE;
}

/**
 * buurt_recurrence_check_rule:
 * @rrule: an iCalendar RRULE value, without the "RRULE:" prefix
 *
 * Returns: %TRUE when libical understands @rrule
 */
gboolean
buurt_recurrence_check_rule (const char  *rrule,
                             GError     **error)
{
  struct icalrecurrencetype rule;

  return rule_from_string (rrule, &rule, error);
}

/**
 * buurt_recurrence_may_continue:
 * @rrule: (nullable): an RRULE value, or %NULL for a single date
 * @n_dates: how many dates the series has up to @after
 * @after: an instant
 *
 * Tells cheaply, without walking the rule, whether a series may have dates
 * after @after: not when its COUNT is used up or its UNTIL lies before.
 *
 * Returns: %FALSE when the series surely has no date after @after
 */
gboolean
buurt_recurrence_may_continue (const char *rrule,
                               guint       n_dates,
                               GDateTime  *after)
{
  struct icalrecurrencetype rule;
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GDateTime) until_anywhere = NULL;

  g_return_val_if_fail (after != NULL, TRUE);

  if (rrule == NULL || *rrule == '\0')
    return FALSE;
  if (!rule_from_string (rrule, &rule, NULL))
    return TRUE;

  if (rule.count > 0)
    return n_dates < (guint) rule.count;

  if (icaltime_is_null_time (rule.until))
    return TRUE;

  /* UNTIL is a UTC instant or a local date or time: a day later than it
   * reads is later than it, in any zone. */
  until = g_date_time_new_utc (rule.until.year, rule.until.month, rule.until.day,
                               rule.until.is_date ? 23 : rule.until.hour,
                               rule.until.is_date ? 59 : rule.until.minute,
                               rule.until.is_date ? 59 : rule.until.second);
  if (until == NULL)
    return TRUE;
  until_anywhere = g_date_time_add_days (until, 1);

  return g_date_time_compare (until_anywhere, after) > 0;
}

/**
 * buurt_recurrence_horizon_for:
 * @now: the current instant
 *
 * The agenda's horizon on the day of @now: the start of the UTC day
 * BUURT_RECURRENCE_HORIZON_DAYS after it. It moves once a day, so opening
 * the agenda twice on one day extends it once.
 *
 * Returns: (transfer full): the horizon, in UTC
 */
GDateTime *
buurt_recurrence_horizon_for (GDateTime *now)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) later = NULL;

  g_return_val_if_fail (now != NULL, NULL);

  utc = g_date_time_to_utc (now);
  later = g_date_time_add_days (utc, BUURT_RECURRENCE_HORIZON_DAYS);

  return g_date_time_new_utc (g_date_time_get_year (later), g_date_time_get_month (later),
                              g_date_time_get_day_of_month (later), 0, 0, 0);
}

static gboolean
is_cancelled (const char *cancelled_dates,
              const char *day)
{
  const char *p = cancelled_dates;

  if (p == NULL)
    return FALSE;

  while ((p = strstr (p, day)) != NULL)
    {
      if ((p == cancelled_dates || p[-1] == ',') && (p[10] == '\0' || p[10] == ','))
        return TRUE;
      p += 10;
    }

  return FALSE;
}

/*
 * How long each date of a series lasts, read off the local calendar and
 * clock: the end is so many local days after the start's date, at the end's
 * local time. So an all-day date (local midnight to the next midnight) stays
 * a local date on the 23- and 25-hour days of a daylight-saving change,
 * instead of running to 01:00 the next day, and a weekend camp that ends on
 * Sunday at 16:00 does so on the weekend the clocks change too.
 */
typedef struct
{
  int       days;       /* local dates from the start's to the end's */
  int       hour;       /* the end's local time */
  int       minute;
  int       second;
  GTimeSpan exact;      /* the first date's length, should a date need it */
} Length;

static Length
length_between (GDateTime *local_start,
                GDateTime *local_end)
{
  Length length;
  GDate start_date, end_date;

  g_date_clear (&start_date, 1);
  g_date_clear (&end_date, 1);
  g_date_set_dmy (&start_date, g_date_time_get_day_of_month (local_start),
                  g_date_time_get_month (local_start), g_date_time_get_year (local_start));
  g_date_set_dmy (&end_date, g_date_time_get_day_of_month (local_end),
                  g_date_time_get_month (local_end), g_date_time_get_year (local_end));

  length.days = g_date_days_between (&start_date, &end_date);
  length.hour = g_date_time_get_hour (local_end);
  length.minute = g_date_time_get_minute (local_end);
  length.second = g_date_time_get_second (local_end);
  length.exact = g_date_time_difference (local_end, local_start);

  return length;
}

static GDateTime *
end_of (GDateTime    *local_start,
        const Length *length)
{
  GDate date;
  GDateTime *end;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local_start),
                  g_date_time_get_month (local_start), g_date_time_get_year (local_start));
  g_date_add_days (&date, length->days);
  end = g_date_time_new (g_date_time_get_timezone (local_start),
                         g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                         length->hour, length->minute, length->second);

  /* An end in the hour the clocks skip can come out at or before the start
   * of a short date: it then lasts as long as the first one. */
  if (end == NULL || g_date_time_compare (end, local_start) <= 0)
    {
      g_clear_pointer (&end, g_date_time_unref);
      end = g_date_time_add (local_start, length->exact);
    }

  return end;
}

static void
append_span (GArray       *spans,
             GDateTime    *local_start,
             const Length *length,
             const char   *cancelled_dates)
{
  g_autoptr(GDateTime) end = end_of (local_start, length);
  BuurtSpan span = { 0 };

  format_utc_into (local_start, span.starts_at);
  format_utc_into (end, span.ends_at);
  format_day_into (local_start, span.day);
  span.cancelled = is_cancelled (cancelled_dates, span.day);
  g_array_append_val (spans, span);
}

/**
 * buurt_recurrence_expand:
 * @starts_at: the first start
 * @ends_at: the first end, after @starts_at
 * @tzid: the time zone the rule repeats in, such as "Europe/Amsterdam"
 * @rrule: (nullable): an RRULE value, or %NULL for a single date
 * @cancelled_dates: (nullable): comma-separated local dates that are cancelled
 * @horizon: no occurrence starts after this instant
 * @max_count: give at most this many dates
 * @error: set when the rule is not valid or yields no date at all
 *
 * Returns: (transfer full) (element-type BuurtSpan): the dates, in order
 */
GArray *
buurt_recurrence_expand (GDateTime   *starts_at,
                         GDateTime   *ends_at,
                         const char  *tzid,
                         const char  *rrule,
                         const char  *cancelled_dates,
                         GDateTime   *horizon,
                         guint        max_count,
                         GError     **error)
{
  return buurt_recurrence_expand_window (starts_at, ends_at, tzid, rrule, cancelled_dates,
                                         NULL, horizon, max_count, error);
}

/**
 * buurt_recurrence_expand_window:
 * @not_before: (nullable): dates that start before this instant are passed
 *   over and not counted, so a series that began long ago still reaches
 *   @horizon
 *
 * Like buurt_recurrence_expand(), for the dates between @not_before and
 * @horizon.
 *
 * Returns: (transfer full) (element-type BuurtSpan): the dates, in order
 */
GArray *
buurt_recurrence_expand_window (GDateTime   *starts_at,
                                GDateTime   *ends_at,
                                const char  *tzid,
                                const char  *rrule,
                                const char  *cancelled_dates,
                                GDateTime   *not_before,
                                GDateTime   *horizon,
                                guint        max_count,
                                GError     **error)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BuurtSpan));
  g_autoptr(GTimeZone) tz = buurt_time_zone_lookup (tzid != NULL ? tzid : "Europe/Amsterdam");
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  Length length;
  struct icalrecurrencetype rule;
  struct icaltimetype dtstart;
  icalrecur_iterator *iter;
  guint steps = 0;
  guint passed_over = 0;

  g_return_val_if_fail (starts_at != NULL && ends_at != NULL && horizon != NULL, NULL);

  if (tz == NULL)
    {
      g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                   /* Translators: %s is a time zone such as Europe/Amsterdam */
                   _("The time zone “%s” is unknown."), tzid);
      return NULL;
    }

  local_start = g_date_time_to_timezone (starts_at, tz);
  local_end = g_date_time_to_timezone (ends_at, tz);
  length = length_between (local_start, local_end);

  if (rrule == NULL || *rrule == '\0')
    {
      append_span (spans, local_start, &length, cancelled_dates);
      return g_steal_pointer (&spans);
    }

  if (!rule_from_string (rrule, &rule, error))
    return NULL;

  /* The walk is over local times, so an end given as a UTC instant must be
   * the same local time too, or a late evening's last date falls off. */
  if (!icaltime_is_null_time (rule.until) && icaltime_is_utc (rule.until) && !rule.until.is_date)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) until_utc = g_date_time_new (utc, rule.until.year, rule.until.month,
                                                        rule.until.day, rule.until.hour,
                                                        rule.until.minute, rule.until.second);
      g_autoptr(GDateTime) until_local = until_utc != NULL ? g_date_time_to_timezone (until_utc, tz) : NULL;

      if (until_local != NULL)
        {
          rule.until = icaltime_null_time ();
          rule.until.year = g_date_time_get_year (until_local);
          rule.until.month = g_date_time_get_month (until_local);
          rule.until.day = g_date_time_get_day_of_month (until_local);
          rule.until.hour = g_date_time_get_hour (until_local);
          rule.until.minute = g_date_time_get_minute (until_local);
          rule.until.second = g_date_time_get_second (until_local);
        }
    }

  dtstart = icaltime_null_time ();
  dtstart.year = g_date_time_get_year (local_start);
  dtstart.month = g_date_time_get_month (local_start);
  dtstart.day = g_date_time_get_day_of_month (local_start);
  dtstart.hour = g_date_time_get_hour (local_start);
  dtstart.minute = g_date_time_get_minute (local_start);
  dtstart.second = g_date_time_get_second (local_start);

  iter = icalrecur_iterator_new (rule, dtstart);
  if (iter == NULL)
    {
      icalerror_clear_errno ();
      g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                   _("The repeat pattern “%s” is not valid."), rrule);
      return NULL;
    }

  /* Extending a long series walks only the stretch that is asked for, not
   * every date since its start (libical cannot skip ahead with COUNT). */
  if (not_before != NULL && rule.count == 0 && g_date_time_compare (not_before, local_start) > 0)
    {
      g_autoptr(GDateTime) local_not_before = g_date_time_to_timezone (not_before, tz);
      g_autoptr(GDateTime) day_before = g_date_time_add_days (local_not_before, -1);
      struct icaltimetype skip_to = icaltime_null_time ();

      skip_to.year = g_date_time_get_year (day_before);
      skip_to.month = g_date_time_get_month (day_before);
      skip_to.day = g_date_time_get_day_of_month (day_before);

      if (icaltime_compare (skip_to, dtstart) > 0)
        {
          if (icalrecur_iterator_set_start (iter, skip_to))
            passed_over++;
          else
            {
              /* Not for this rule: walk from the start after all. */
              icalerror_clear_errno ();
              icalrecur_iterator_free (iter);
              iter = icalrecur_iterator_new (rule, dtstart);
            }
        }
    }

  /* The step limit keeps a daily rule from a century ago from taking long. */
  for (struct icaltimetype next = icalrecur_iterator_next (iter);
       !icaltime_is_null_time (next) && spans->len < max_count && steps < MAX_STEPS;
       next = icalrecur_iterator_next (iter), steps++)
    {
      g_autoptr(GDateTime) occurrence = g_date_time_new (tz, next.year, next.month, next.day,
                                                         next.hour, next.minute, next.second);

      if (occurrence == NULL)
        continue;
      if (g_date_time_compare (occurrence, horizon) > 0)
        break;
      if (not_before != NULL && g_date_time_compare (occurrence, not_before) < 0)
        {
          passed_over++;
          continue;
        }
      append_span (spans, occurrence, &length, cancelled_dates);
    }
  icalrecur_iterator_free (iter);

  if (spans->len == 0 && passed_over == 0 && g_date_time_compare (starts_at, horizon) <= 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("This repeat pattern gives no dates at all: check the days and the end date."));
      return NULL;
    }

  return g_steal_pointer (&spans);
}

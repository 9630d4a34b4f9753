/* test-recurrence.c: expanding repeat rules into dates, in Europe/Amsterdam
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "buurt-entities.h"

/* Far enough ahead that no test below is cut off by it. */
#define FAR_HORIZON "2040-01-01T00:00:00Z"

typedef struct
{
  const char *day;
  const char *starts_at;
  const char *ends_at;
  gboolean    cancelled;
} ExpectedSpan;

/* Expands a rule given by UTC text; returns NULL with @error set on failure. */
static GArray *
expand (const char  *starts_at,
        const char  *ends_at,
        const char  *rrule,
        const char  *cancelled_dates,
        const char  *horizon,
        guint        max_count,
        GError     **error)
{
  g_autoptr(GDateTime) start = buurt_parse_utc (starts_at);
  g_autoptr(GDateTime) end = buurt_parse_utc (ends_at);
  g_autoptr(GDateTime) until = buurt_parse_utc (horizon);

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_nonnull (until);

  return buurt_recurrence_expand (start, end, "Europe/Amsterdam", rrule, cancelled_dates,
                                  until, max_count, error);
}

static void
assert_spans (GArray             *spans,
              const ExpectedSpan *expected,
              guint               n_expected)
{
  g_assert_nonnull (spans);
  g_assert_cmpuint (spans->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

      g_assert_cmpstr (span->day, ==, expected[i].day);
      g_assert_cmpstr (span->starts_at, ==, expected[i].starts_at);
      g_assert_cmpstr (span->ends_at, ==, expected[i].ends_at);
      g_assert_cmpint (span->cancelled, ==, expected[i].cancelled);
    }
}

/* The local wall-clock time of a span's start, "HH:MM", and its weekday. */
static char *
local_time_of (const char *utc_text,
               int        *weekday)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) utc = buurt_parse_utc (utc_text);
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (tz);
  g_assert_nonnull (utc);
  local = g_date_time_to_timezone (utc, tz);
  if (weekday != NULL)
    *weekday = g_date_time_get_day_of_week (local);

  return g_date_time_format (local, "%H:%M");
}

static void
assert_all_at_local (GArray     *spans,
                     const char *hh_mm,
                     int         weekday)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);
      int day_of_week = 0;
      g_autofree char *local = local_time_of (span->starts_at, &day_of_week);

      g_assert_cmpstr (local, ==, hh_mm);
      g_assert_cmpint (day_of_week, ==, weekday);
    }
}

/* A weekly Sunday 10:00–11:00 series stays at 10:00 local time across the
 * change to summer time on the last Sunday of March 2027 (28 March). */
static void
test_weekly_across_dst_march (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-03-14", "2027-03-14T09:00:00Z", "2027-03-14T10:00:00Z", FALSE },
    { "2027-03-21", "2027-03-21T09:00:00Z", "2027-03-21T10:00:00Z", FALSE },
    { "2027-03-28", "2027-03-28T08:00:00Z", "2027-03-28T09:00:00Z", FALSE },
    { "2027-04-04", "2027-04-04T08:00:00Z", "2027-04-04T09:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-03-14T09:00:00Z", "2027-03-14T10:00:00Z",
                  "FREQ=WEEKLY;BYDAY=SU;COUNT=4", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
  assert_all_at_local (spans, "10:00", 7);
}

/* And back to winter time on the last Sunday of October 2027 (31 October). */
static void
test_weekly_across_dst_october (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-10-17", "2027-10-17T08:00:00Z", "2027-10-17T09:00:00Z", FALSE },
    { "2027-10-24", "2027-10-24T08:00:00Z", "2027-10-24T09:00:00Z", FALSE },
    { "2027-10-31", "2027-10-31T09:00:00Z", "2027-10-31T10:00:00Z", FALSE },
    { "2027-11-07", "2027-11-07T09:00:00Z", "2027-11-07T10:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-10-17T08:00:00Z", "2027-10-17T09:00:00Z",
                  "FREQ=WEEKLY;BYDAY=SU;COUNT=4", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
  assert_all_at_local (spans, "10:00", 7);
}

/* The day of a span is the local date: 00:30 in Amsterdam is still the
 * previous day in UTC. */
static void
test_local_day (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-01-02", "2027-01-01T23:30:00Z", "2027-01-02T00:30:00Z", FALSE },
    { "2027-01-03", "2027-01-02T23:30:00Z", "2027-01-03T00:30:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-01-01T23:30:00Z", "2027-01-02T00:30:00Z",
                  "FREQ=DAILY;COUNT=2", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
}

static void
test_single_date (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-06-01", "2027-06-01T17:00:00Z", "2027-06-01T19:30:00Z", FALSE },
  };
  const char *no_rules[] = { NULL, "" };

  for (guint i = 0; i < G_N_ELEMENTS (no_rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) spans = NULL;

      spans = expand ("2027-06-01T17:00:00Z", "2027-06-01T19:30:00Z",
                      no_rules[i], NULL, FAR_HORIZON, 100, &error);
      g_assert_no_error (error);
      assert_spans (spans, expected, G_N_ELEMENTS (expected));
    }
}

static void
test_fortnightly (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-01-05", "2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z", FALSE },
    { "2027-01-19", "2027-01-19T18:00:00Z", "2027-01-19T20:00:00Z", FALSE },
    { "2027-02-02", "2027-02-02T18:00:00Z", "2027-02-02T20:00:00Z", FALSE },
    { "2027-02-16", "2027-02-16T18:00:00Z", "2027-02-16T20:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                  "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
  assert_all_at_local (spans, "19:00", 2);
}

/* The second Tuesday of every month, at 19:00 local time on both sides of
 * the change to summer time. */
static void
test_monthly_nth_weekday (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-01-12", "2027-01-12T18:00:00Z", "2027-01-12T20:00:00Z", FALSE },
    { "2027-02-09", "2027-02-09T18:00:00Z", "2027-02-09T20:00:00Z", FALSE },
    { "2027-03-09", "2027-03-09T18:00:00Z", "2027-03-09T20:00:00Z", FALSE },
    { "2027-04-13", "2027-04-13T17:00:00Z", "2027-04-13T19:00:00Z", FALSE },
    { "2027-05-11", "2027-05-11T17:00:00Z", "2027-05-11T19:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-01-12T18:00:00Z", "2027-01-12T20:00:00Z",
                  "FREQ=MONTHLY;BYDAY=2TU;COUNT=5", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
  assert_all_at_local (spans, "19:00", 2);

  for (guint i = 0; i < spans->len; i++)
    {
      const char *day = g_array_index (spans, BuurtSpan, i).day;
      int day_of_month = (int) g_ascii_strtoll (day + 8, NULL, 10);

      g_assert_cmpint (day_of_month, >=, 8);
      g_assert_cmpint (day_of_month, <=, 14);
    }
}

static void
test_until (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-01-05", "2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z", FALSE },
    { "2027-01-12", "2027-01-12T18:00:00Z", "2027-01-12T20:00:00Z", FALSE },
    { "2027-01-19", "2027-01-19T18:00:00Z", "2027-01-19T20:00:00Z", FALSE },
  };
  /* Each ends the series on or before 19 January, and after the 19th's start. */
  const char *rules[] = {
    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270125",
    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270119T235959Z",
    "FREQ=WEEKLY;UNTIL=20270125T000000Z",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) spans = NULL;

      g_test_message ("rule %s", rules[i]);
      spans = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                      rules[i], NULL, FAR_HORIZON, 100, &error);
      g_assert_no_error (error);
      assert_spans (spans, expected, G_N_ELEMENTS (expected));
    }
}

static void
test_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) capped = NULL;

  spans = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                  "FREQ=DAILY;COUNT=3", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spans->len, ==, 3);
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 0).day, ==, "2027-01-05");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 2).day, ==, "2027-01-07");

  /* A rule without an end stops at max_count. */
  capped = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                   "FREQ=DAILY", NULL, FAR_HORIZON, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (capped->len, ==, 5);
  g_assert_cmpstr (g_array_index (capped, BuurtSpan, 4).day, ==, "2027-01-09");
}

static void
test_cancelled_dates (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-01-05", "2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z", FALSE },
    { "2027-01-12", "2027-01-12T18:00:00Z", "2027-01-12T20:00:00Z", TRUE },
    { "2027-01-19", "2027-01-19T18:00:00Z", "2027-01-19T20:00:00Z", FALSE },
    { "2027-01-26", "2027-01-26T18:00:00Z", "2027-01-26T20:00:00Z", TRUE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) single = NULL;

  /* A date that is not in the series (the 13th) cancels nothing. */
  spans = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                  "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "2027-01-12,2027-01-13,2027-01-26",
                  FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));

  /* A single date can be cancelled too. */
  single = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                   NULL, "2027-01-05", FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (single->len, ==, 1);
  g_assert_true (g_array_index (single, BuurtSpan, 0).cancelled);
}

static void
test_invalid_rule (void)
{
  const char *rules[] = {
    "FREQ=SOMETIMES",
    "FREQ=WEEKLY;COUNT=0",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;UNTIL=garbage",
    "nonsense",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) check_error = NULL;
      g_autoptr(GArray) spans = NULL;

      g_test_message ("rule %s", rules[i]);
      spans = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                      rules[i], NULL, FAR_HORIZON, 100, &error);
      g_assert_null (spans);
      g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");

      g_assert_false (buurt_recurrence_check_rule (rules[i], &check_error));
      g_assert_error (check_error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
    }

  g_assert_true (buurt_recurrence_check_rule ("FREQ=WEEKLY;BYDAY=TU;COUNT=10", NULL));
}

/* A rule that ends before its first date gives nothing: that is an error. */
static void
test_no_dates (void)
{
  const char *rules[] = {
    "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101",
    "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101T000000Z",
    "FREQ=DAILY;UNTIL=20261231",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) spans = NULL;

      g_test_message ("rule %s", rules[i]);
      spans = expand ("2027-03-15T09:00:00Z", "2027-03-15T10:00:00Z",
                      rules[i], NULL, FAR_HORIZON, 100, &error);
      g_assert_null (spans);
      g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_horizon (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) at = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) none = NULL;

  /* A horizon on the fourth start includes it ... */
  at = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
               "FREQ=WEEKLY", NULL, "2027-01-26T18:00:00Z", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (at->len, ==, 4);
  g_assert_cmpstr (g_array_index (at, BuurtSpan, 3).starts_at, ==, "2027-01-26T18:00:00Z");

  /* ... one second before it does not. */
  before = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                   "FREQ=WEEKLY", NULL, "2027-01-26T17:59:59Z", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 3);
  g_assert_cmpstr (g_array_index (before, BuurtSpan, 2).day, ==, "2027-01-19");

  /* A series that starts after the horizon has no dates yet, and that is
   * not an error: they appear as the horizon moves on. */
  none = expand ("2027-01-05T18:00:00Z", "2027-01-05T20:00:00Z",
                 "FREQ=WEEKLY", NULL, "2027-01-01T00:00:00Z", 100, &error);
  g_assert_no_error (error);
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Monday 15 March 2027, 10:00, with a rule for Tuesdays. RFC 5545 leaves this
 * undefined; libical gives only the Tuesdays, which is what a volunteer who
 * picked "every Tuesday" expects: the Monday is not an extra date, and COUNT
 * counts Tuesdays. */
static void
test_start_not_on_rule_day (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-03-16", "2027-03-16T09:00:00Z", "2027-03-16T10:00:00Z", FALSE },
    { "2027-03-23", "2027-03-23T09:00:00Z", "2027-03-23T10:00:00Z", FALSE },
    { "2027-03-30", "2027-03-30T08:00:00Z", "2027-03-30T09:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-03-15T09:00:00Z", "2027-03-15T10:00:00Z",
                  "FREQ=WEEKLY;BYDAY=TU;COUNT=3", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
  assert_all_at_local (spans, "10:00", 2);
}

/* Whether @utc_text is local midnight of @day (a "YYYY-MM-DD") in Amsterdam. */
static gboolean
is_local_midnight_of (const char *utc_text,
                      const char *day)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) utc = buurt_parse_utc (utc_text);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autofree char *text = g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
  g_autofree char *expected = g_strconcat (day, " 00:00:00", NULL);

  return g_str_equal (text, expected);
}

/* The local date after @day. */
static char *
next_day (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  g_assert_true (g_date_valid (&date));
  g_date_add_days (&date, 1);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* A weekly all-day series on Sundays, across both daylight-saving changes
 * of 2027 (28 March, 31 October): every date is its own local day, from
 * midnight to midnight, and never a 24-hour span that runs to 01:00 or
 * stops at 23:00. Also through an activity, as the store expands it. */
static void
test_all_day_across_dst (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2027, 3, 14, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_days (start, 1);
  g_autoptr(GDateTime) horizon = buurt_parse_utc (FAR_HORIZON);
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) activity_spans = NULL;
  gboolean seen_march = FALSE, seen_october = FALSE;

  spans = buurt_recurrence_expand (start, end, "Europe/Amsterdam",
                                   "FREQ=WEEKLY;BYDAY=SU;COUNT=40", NULL, horizon, 100, &error);
  g_assert_no_error (error);
  g_assert_nonnull (spans);
  g_assert_cmpuint (spans->len, ==, 40);

  for (guint i = 0; i < spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);
      g_autofree char *after = next_day (span->day);
      int weekday = 0;
      g_autofree char *local = local_time_of (span->starts_at, &weekday);

      g_assert_cmpint (weekday, ==, 7);
      g_assert_true (is_local_midnight_of (span->starts_at, span->day));
      g_assert_true (is_local_midnight_of (span->ends_at, after));
      seen_march |= g_str_equal (span->day, "2027-03-28");
      seen_october |= g_str_equal (span->day, "2027-10-31");
    }
  g_assert_true (seen_march);
  g_assert_true (seen_october);

  /* The changes themselves: a 23-hour and a 25-hour date. */
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 2).day, ==, "2027-03-28");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 2).starts_at, ==, "2027-03-27T23:00:00Z");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 2).ends_at, ==, "2027-03-28T22:00:00Z");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 33).day, ==, "2027-10-31");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 33).starts_at, ==, "2027-10-30T22:00:00Z");
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 33).ends_at, ==, "2027-10-31T23:00:00Z");

  activity = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", "Zondagsmarkt", "starts-at", start, "ends-at", end,
                           "all-day", TRUE, "rrule", "FREQ=WEEKLY;BYDAY=SU;COUNT=40", NULL);
  activity_spans = buurt_activity_expand (activity, horizon, &error);
  g_assert_no_error (error);
  g_assert_nonnull (activity_spans);
  for (guint i = 0; i < activity_spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (activity_spans, BuurtSpan, i);
      g_autofree char *after = next_day (span->day);

      g_assert_true (is_local_midnight_of (span->starts_at, span->day));
      g_assert_true (is_local_midnight_of (span->ends_at, after));
    }
}

/* A weekend camp, Friday 18:00 to Sunday 16:00, keeps its local end on the
 * weekend the clocks change: two calendar days and 22 hours. */
static void
test_multi_day_across_dst (void)
{
  static const ExpectedSpan expected[] = {
    { "2027-10-22", "2027-10-22T16:00:00Z", "2027-10-24T14:00:00Z", FALSE },
    { "2027-10-29", "2027-10-29T16:00:00Z", "2027-10-31T15:00:00Z", FALSE },
    { "2027-11-05", "2027-11-05T17:00:00Z", "2027-11-07T15:00:00Z", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  spans = expand ("2027-10-22T16:00:00Z", "2027-10-24T14:00:00Z",
                  "FREQ=WEEKLY;COUNT=3", NULL, FAR_HORIZON, 100, &error);
  g_assert_no_error (error);
  assert_spans (spans, expected, G_N_ELEMENTS (expected));
}

/* The store writes UTC instants by its own arithmetic, not through
 * g_date_time_format(): it must agree with it over centuries, before 1970
 * too, from any time zone. */
static void
test_format_utc_arithmetic (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");

  for (gint64 t = -5000000000; t < 6000000000; t += 7777777)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
      g_autofree char *ours = buurt_format_utc (local);
      g_autofree char *glib = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

      g_assert_cmpstr (ours, ==, glib);
    }
}

static void
test_format_parse_utc (void)
{
  const char *texts[] = {
    "2027-03-28T01:00:00Z",
    "2026-11-25T09:00:00Z",
    "1999-12-31T23:59:59Z",
  };
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) with_micro = NULL;
  g_autofree char *local_text = NULL;
  g_autofree char *micro_text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GDateTime) parsed = buurt_parse_utc (texts[i]);
      g_autofree char *formatted = NULL;
      g_autoptr(GDateTime) again = NULL;

      g_assert_nonnull (parsed);
      g_assert_cmpint (g_date_time_get_utc_offset (parsed), ==, 0);
      formatted = buurt_format_utc (parsed);
      g_assert_cmpstr (formatted, ==, texts[i]);
      again = buurt_parse_utc (formatted);
      g_assert_true (g_date_time_equal (parsed, again));
    }

  /* A local time is written in UTC: 03:00 summer time is 01:00 UTC. */
  local = g_date_time_new (tz, 2027, 3, 28, 3, 0, 0);
  local_text = buurt_format_utc (local);
  g_assert_cmpstr (local_text, ==, "2027-03-28T01:00:00Z");

  /* The stored form has whole seconds. */
  with_micro = g_date_time_new_utc (2027, 1, 5, 18, 0, 1.75);
  micro_text = buurt_format_utc (with_micro);
  g_assert_cmpstr (micro_text, ==, "2027-01-05T18:00:01Z");

  g_assert_null (buurt_parse_utc (NULL));
  g_assert_null (buurt_parse_utc (""));
  g_assert_null (buurt_parse_utc ("not a date"));
  g_assert_null (buurt_parse_utc ("2026-02-30T10:00:00Z"));
}

/* A series ending on a date keeps its last late-evening date: UNTIL is a
 * UTC instant, the walk is over local times. 22:30 local on 2027-06-15 is
 * 20:30 UTC, before the end of that day in UTC and in Amsterdam alike. */
static void
test_until_late_evening (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = expand ("2027-06-01T20:30:00Z", "2027-06-01T21:30:00Z",
                                    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615T215959Z", NULL,
                                    "2028-01-01T00:00:00Z", 100, &error);

  g_assert_no_error (error);
  g_assert_nonnull (spans);
  g_assert_cmpuint (spans->len, ==, 3);
  g_assert_cmpstr (g_array_index (spans, BuurtSpan, 2).day, ==, "2027-06-15");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/recurrence/weekly-across-dst", test_weekly_across_dst_march);
  g_test_add_func ("/recurrence/weekly-across-dst-october", test_weekly_across_dst_october);
  g_test_add_func ("/recurrence/local-day", test_local_day);
  g_test_add_func ("/recurrence/single-date", test_single_date);
  g_test_add_func ("/recurrence/fortnightly", test_fortnightly);
  g_test_add_func ("/recurrence/monthly-nth-weekday", test_monthly_nth_weekday);
  g_test_add_func ("/recurrence/until", test_until);
  g_test_add_func ("/recurrence/count", test_count);
  g_test_add_func ("/recurrence/until-late-evening", test_until_late_evening);
  g_test_add_func ("/recurrence/cancelled-dates", test_cancelled_dates);
  g_test_add_func ("/recurrence/invalid-rule", test_invalid_rule);
  g_test_add_func ("/recurrence/no-dates", test_no_dates);
  g_test_add_func ("/recurrence/horizon", test_horizon);
  g_test_add_func ("/recurrence/start-not-on-rule-day", test_start_not_on_rule_day);
  g_test_add_func ("/recurrence/format-parse-utc", test_format_parse_utc);
  g_test_add_func ("/recurrence/format-utc-arithmetic", test_format_utc_arithmetic);
  g_test_add_func ("/recurrence/all-day-across-dst", test_all_day_across_dst);
  g_test_add_func ("/recurrence/multi-day-across-dst", test_multi_day_across_dst);

  return g_test_run ();
}

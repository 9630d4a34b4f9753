/* test-entities.c: money, repeat rules and times as people read them
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "buurt-entities.h"

/* Money */

static void
assert_amount (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  g_assert_true (buurt_money_parse (text, "Cost", &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, expected);
}

static void
assert_not_amount (const char *text,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  g_assert_false (buurt_money_parse (text, "Cost", &cents, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (cents, ==, 0);
}

static void
test_money_parse (void)
{
  assert_amount ("3,50", 350);
  assert_amount ("3.50", 350);
  assert_amount ("EUR 3,50", 350);
  assert_amount ("eur 3,50", 350);
  assert_amount ("€ 3,50", 350);
  assert_amount ("€3,50", 350);
  assert_amount ("3,50 €", 350);
  assert_amount ("3,50 EUR", 350);
  assert_amount ("  2,5 ", 250);
  assert_amount ("3", 300);
  assert_amount ("0,05", 5);
  assert_amount ("", 0);
  assert_amount (NULL, 0);
  assert_amount ("€", 0);
  assert_amount ("0", 0);
  assert_amount ("-0", 0);
  assert_amount ("free", 0);
  assert_amount ("Gratis", 0);

  assert_not_amount ("abc", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount ("3,505", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount ("3,50,1", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount (",", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount ("-", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount ("99999999", "Cost must be an amount in euros, such as 2,50.");
  assert_not_amount ("-2", "Cost cannot be less than zero: leave it empty when the activity is free.");
  assert_not_amount ("€ -2,50", "Cost cannot be less than zero: leave it empty when the activity is free.");
}

static void
test_money_format (void)
{
  g_autofree char *free_text = buurt_money_format (0);
  g_autofree char *price = buurt_money_format (250);
  g_autofree char *empty = buurt_money_format_amount (0);
  g_autofree char *whole = buurt_money_format_amount (300);
  g_autofree char *amount = buurt_money_format_amount (1205);

  g_assert_cmpstr (free_text, ==, "Free");
  g_assert_cmpstr (price, ==, "€2.50");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (whole, ==, "3");
  g_assert_cmpstr (amount, ==, "12.05");
  assert_amount (amount, 1205);
}

/* In Dutch the decimal sign is a comma, and it reads back. */
static void
test_money_format_locale (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *price = NULL;
  g_autofree char *amount = NULL;

  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("No nl_NL.UTF-8 locale");
      return;
    }

  price = buurt_money_format (250);
  amount = buurt_money_format_amount (1205);
  setlocale (LC_NUMERIC, old);

  g_assert_cmpstr (price, ==, "€2,50");
  g_assert_cmpstr (amount, ==, "12,05");
  assert_amount (amount, 1205);
}

/* Repeat rules */

static GDateTime *
amsterdam (const char *iso)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");

  return g_date_time_new_from_iso8601 (iso, tz);
}

static char *
rule_text (BuurtRepeat     repeat,
           guint           weekdays,
           BuurtRepeatEnd  end,
           const char     *until,
           guint           count,
           const char     *starts_at,
           GError        **error)
{
  g_autoptr(GDateTime) start = amsterdam (starts_at);
  BuurtRepeatRule rule;

  buurt_repeat_rule_init (&rule);
  rule.repeat = repeat;
  rule.weekdays = weekdays;
  rule.end = end;
  rule.count = count;
  if (until != NULL)
    g_date_set_parse (&rule.until, until);

  return buurt_repeat_rule_to_rrule (&rule, start, "Europe/Amsterdam", error);
}

#define MO (1u << 0)
#define TU (1u << 1)
#define WE (1u << 2)
#define TH (1u << 3)
#define SU (1u << 6)

static void
test_repeat_rule_to_rrule (void)
{
  struct {
    BuurtRepeat     repeat;
    guint           weekdays;
    BuurtRepeatEnd  end;
    const char     *until;
    guint           count;
    const char     *starts_at;
    const char     *rrule;
  } cases[] = {
    { BUURT_REPEAT_WEEKLY, SU, BUURT_REPEAT_END_COUNT, NULL, 4, "2027-03-14T10:00:00",
      "FREQ=WEEKLY;BYDAY=SU;COUNT=4" },
    { BUURT_REPEAT_FORTNIGHTLY, MO | TH, BUURT_REPEAT_END_NEVER, NULL, 0, "2027-09-06T09:30:00",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH" },
    { BUURT_REPEAT_MONTHLY, 0, BUURT_REPEAT_END_DATE, "2027-12-31", 0, "2027-05-11T19:00:00",
      "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z" },
    /* Summer time: the last day ends at 21:59:59 UTC. */
    { BUURT_REPEAT_WEEKLY, WE, BUURT_REPEAT_END_DATE, "2027-06-30", 0, "2027-05-05T10:00:00",
      "FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T215959Z" },
    /* A fifth Friday is "the last". */
    { BUURT_REPEAT_MONTHLY, 0, BUURT_REPEAT_END_NEVER, NULL, 0, "2027-01-29T20:00:00",
      "FREQ=MONTHLY;BYDAY=-1FR" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *rrule = rule_text (cases[i].repeat, cases[i].weekdays, cases[i].end,
                                          cases[i].until, cases[i].count, cases[i].starts_at, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (rrule, ==, cases[i].rrule);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *none = rule_text (BUURT_REPEAT_NONE, SU, BUURT_REPEAT_END_COUNT, NULL, 4,
                                       "2027-03-14T10:00:00", &error);

    g_assert_no_error (error);
    g_assert_null (none);
  }
}

static void
test_repeat_rule_errors (void)
{
  struct {
    BuurtRepeat     repeat;
    guint           weekdays;
    BuurtRepeatEnd  end;
    const char     *until;
    guint           count;
    int             code;
    const char     *message;
  } cases[] = {
    { BUURT_REPEAT_WEEKLY, 0, BUURT_REPEAT_END_NEVER, NULL, 0,
      BUURT_REPEAT_RULE_ERROR_NO_WEEKDAY, "Choose at least one day of the week." },
    { BUURT_REPEAT_WEEKLY, MO, BUURT_REPEAT_END_DATE, "2027-04-30", 0,
      BUURT_REPEAT_RULE_ERROR_UNTIL, "The last date is before the first date." },
    { BUURT_REPEAT_MONTHLY, 0, BUURT_REPEAT_END_COUNT, NULL, 0,
      BUURT_REPEAT_RULE_ERROR_COUNT, "The number of times must be at least 1." },
    { BUURT_REPEAT_FORTNIGHTLY, TU, BUURT_REPEAT_END_COUNT, NULL, 1000,
      BUURT_REPEAT_RULE_ERROR_COUNT, "The number of times must be at least 1." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *rrule = rule_text (cases[i].repeat, cases[i].weekdays, cases[i].end,
                                          cases[i].until, cases[i].count, "2027-05-03T10:00:00", &error);

      g_assert_null (rrule);
      g_assert_error (error, BUURT_REPEAT_RULE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_repeat_rule_parse (void)
{
  const char *round_trips[] = {
    "FREQ=WEEKLY;BYDAY=SU;COUNT=4",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T215959Z",
    "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z",
  };
  const char *unsupported[] = {
    "FREQ=DAILY",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO",
    "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9",
    "FREQ=MONTHLY;BYMONTHDAY=3",
    "FREQ=MONTHLY;BYDAY=1MO,3MO",
    "FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20271231",
    "FREQ=WEEKLY;BYDAY=MO;UNTIL=tomorrow",
    "nonsense",
  };
  BuurtRepeatRule rule;

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) start = amsterdam ("2027-05-11T19:00:00");
      g_autofree char *again = NULL;

      g_assert_true (buurt_repeat_rule_parse (&rule, round_trips[i], "Europe/Amsterdam", &error));
      g_assert_no_error (error);
      if (rule.repeat == BUURT_REPEAT_MONTHLY)
        {
          /* The n-th weekday comes from the first date. */
          again = buurt_repeat_rule_to_rrule (&rule, start, "Europe/Amsterdam", &error);
        }
      else
        {
          g_autoptr(GDateTime) early = amsterdam ("2027-03-01T10:00:00");

          again = buurt_repeat_rule_to_rrule (&rule, early, "Europe/Amsterdam", &error);
        }
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, round_trips[i]);
    }

  g_assert_true (buurt_repeat_rule_parse (&rule, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO", NULL, NULL));
  g_assert_cmpint (rule.repeat, ==, BUURT_REPEAT_FORTNIGHTLY);
  g_assert_cmpuint (rule.weekdays, ==, MO | TH);
  g_assert_cmpint (rule.end, ==, BUURT_REPEAT_END_NEVER);

  /* A last date as a date only, and as its last second in UTC. */
  g_assert_true (buurt_repeat_rule_parse (&rule, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231", "Europe/Amsterdam", NULL));
  g_assert_cmpint (rule.end, ==, BUURT_REPEAT_END_DATE);
  g_assert_cmpint (g_date_get_day (&rule.until), ==, 31);
  g_assert_true (buurt_repeat_rule_parse (&rule, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231T235959Z", "Europe/Amsterdam", NULL));
  g_assert_cmpint (g_date_get_day (&rule.until), ==, 31);

  g_assert_true (buurt_repeat_rule_parse (&rule, NULL, NULL, NULL));
  g_assert_cmpint (rule.repeat, ==, BUURT_REPEAT_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (unsupported); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (buurt_repeat_rule_parse (&rule, unsupported[i], "Europe/Amsterdam", &error));
      g_assert_error (error, BUURT_REPEAT_RULE_ERROR, BUURT_REPEAT_RULE_ERROR_UNSUPPORTED);
      g_assert_nonnull (strstr (error->message, unsupported[i]));
      g_assert_cmpint (rule.repeat, ==, BUURT_REPEAT_NONE);
    }
}

/* Times as people read them */

static BuurtOccurrence *
occurrence_in (const char *tzid,
               const char *starts_at,
               const char *ends_at,
               const char *day)
{
  BuurtOccurrenceData data = {
    .id = 1,
    .activity_id = 1,
    .title = "Moestuinochtend",
    .starts_at = starts_at,
    .ends_at = ends_at,
    .day = day,
    .tzid = tzid,
  };

  return buurt_occurrence_new (&data);
}

/* A time shows on the activity's clock, whatever the computer's zone: the
 * suite runs again with TZ=UTC and TZ=America/New_York. */
static void
test_format_time_zone (void)
{
  /* 09:00 in Amsterdam in summer is 07:00 UTC. */
  g_autoptr(BuurtOccurrence) garden = occurrence_in ("Europe/Amsterdam", "2027-05-10T07:00:00Z",
                                                     "2027-05-10T09:30:00Z", "2027-05-10");
  /* And in another zone altogether, never the computer's in these runs. */
  g_autoptr(BuurtOccurrence) auckland = occurrence_in ("Pacific/Auckland", "2027-05-10T07:00:00Z",
                                                       "2027-05-10T08:00:00Z", "2027-05-10");
  g_autoptr(BuurtOccurrence) unknown = occurrence_in (NULL, "2027-01-10T08:00:00Z",
                                                      "2027-01-10T09:00:00Z", "2027-01-10");
  g_autofree char *garden_text = buurt_format_time_range (garden);
  g_autofree char *auckland_text = buurt_format_time_range (auckland);
  g_autofree char *unknown_text = buurt_format_time_range (unknown);
  g_autofree char *one = buurt_format_time (buurt_occurrence_get_starts_at (garden), "Europe/Amsterdam");

  g_assert_cmpstr (garden_text, ==, "09:00 – 11:30");
  g_assert_cmpstr (auckland_text, ==, "19:00 – 20:00");
  g_assert_cmpstr (unknown_text, ==, "09:00 – 10:00");
  g_assert_cmpstr (one, ==, "09:00");
}

static void
test_format_all_day_and_dates (void)
{
  g_autoptr(BuurtOccurrence) party = NULL;
  g_autoptr(GDateTime) date = amsterdam ("2027-03-14T12:00:00");
  g_autofree char *party_text = NULL;
  g_autofree char *date_text = buurt_format_date (date);
  g_autofree char *day_text = buurt_format_day ("2030-06-19");
  g_autofree char *short_text = buurt_format_short_day ("2030-06-19");

  {
    BuurtOccurrenceData data = {
      .title = "Buurtfeest", .starts_at = "2027-06-18T22:00:00Z", .ends_at = "2027-06-19T22:00:00Z",
      .day = "2027-06-19", .all_day = TRUE, .tzid = "Europe/Amsterdam",
    };

    party = buurt_occurrence_new (&data);
  }
  party_text = buurt_format_time_range (party);

  g_assert_cmpstr (party_text, ==, "All day");
  g_assert_cmpstr (date_text, ==, "Sunday 14 March 2027");
  /* The date of a day, whatever the zone: 19 June 2030 is a Wednesday. */
  g_assert_cmpstr (day_text, ==, "Wednesday 19 June 2030");
  g_assert_cmpstr (short_text, ==, "Wed 19 Jun");
}

/* In a sentence a day is never "Today", and in Dutch not capitalised:
 * "Koffie op dinsdag 5 januari is afgelast". */
static void
test_format_day_in_sentence (void)
{
  g_autofree char *today = buurt_today ();
  g_autofree char *header = buurt_format_day (today);
  g_autofree char *in_sentence = buurt_format_day_in_sentence (today);
  g_autofree char *far = buurt_format_day_in_sentence ("2030-06-19");
  g_autofree char *old_locale = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *dutch = NULL;

  g_assert_cmpstr (header, ==, "Today");
  g_assert_cmpstr (in_sentence, !=, "Today");
  g_assert_cmpstr (far, ==, "Wednesday 19 June 2030");

  if (setlocale (LC_TIME, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("no Dutch locale");
      return;
    }
  dutch = buurt_format_day_in_sentence ("2030-06-19");
  setlocale (LC_TIME, old_locale);
  g_assert_cmpstr (dutch, ==, "woensdag 19 juni 2030");
}

/* Words of the store */

static void
test_enum_from_word (void)
{
  int value = -1;

  g_assert_true (buurt_enum_from_word (BUURT_TYPE_ACTIVITY_STATUS, "cancelled", &value));
  g_assert_cmpint (value, ==, BUURT_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (buurt_enum_from_word (BUURT_TYPE_CONTACT_KIND, "welfare_organisation", &value));
  g_assert_cmpint (value, ==, BUURT_CONTACT_KIND_WELFARE_ORGANISATION);

  value = -1;
  g_assert_false (buurt_enum_from_word (BUURT_TYPE_ACTIVITY_STATUS, "maybe", &value));
  g_assert_false (buurt_enum_from_word (BUURT_TYPE_ACTIVITY_STATUS, NULL, &value));
  g_assert_cmpint (value, ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/entities/money/parse", test_money_parse);
  g_test_add_func ("/entities/money/format", test_money_format);
  g_test_add_func ("/entities/money/format-locale", test_money_format_locale);
  g_test_add_func ("/entities/repeat-rule/to-rrule", test_repeat_rule_to_rrule);
  g_test_add_func ("/entities/repeat-rule/errors", test_repeat_rule_errors);
  g_test_add_func ("/entities/repeat-rule/parse", test_repeat_rule_parse);
  g_test_add_func ("/entities/format/time-zone", test_format_time_zone);
  g_test_add_func ("/entities/format/all-day-and-dates", test_format_all_day_and_dates);
  g_test_add_func ("/entities/format/day-in-sentence", test_format_day_in_sentence);
  g_test_add_func ("/entities/enums/from-word", test_enum_from_word);

  return g_test_run ();
}

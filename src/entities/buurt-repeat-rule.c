/* buurt-repeat-rule.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-repeat-rule"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-format.h"
#include "buurt-repeat-rule.h"

/*
 * The grammar between the editor's choices and an RRULE: weekly or every two
 * weeks on some weekdays ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"), monthly on
 * the n-th weekday of the first date ("FREQ=MONTHLY;BYDAY=2TU", -1 for the
 * last), ending never, after a number of times (COUNT) or on a last date
 * (UNTIL: the end of that local day, in UTC). A rule outside that grammar
 * (made by another program) is refused by buurt_repeat_rule_parse(), so the
 * caller can keep it as it is.
 */

/* RFC 5545 weekday codes, Monday first. */
static const char *weekday_codes[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

G_DEFINE_QUARK (buurt-repeat-rule-error-quark, buurt_repeat_rule_error)

/**
 * buurt_repeat_rule_init:
 *
 * Sets @rule to a single date, ending never, with no last date.
 */
void
buurt_repeat_rule_init (BuurtRepeatRule *rule)
{
  *rule = (BuurtRepeatRule) { BUURT_REPEAT_NONE, 0, BUURT_REPEAT_END_NEVER, { 0 }, 0, 0 };
  g_date_clear (&rule->until, 1);
}

/**
 * buurt_repeat_nth_weekday:
 * @date: a date
 *
 * Returns: which weekday of its month @date is: 1 to 4, or -1 for a fifth
 *   one (a monthly series then keeps to the last)
 */
int
buurt_repeat_nth_weekday (GDateTime *date)
{
  int nth = (g_date_time_get_day_of_month (date) - 1) / 7 + 1;

  return nth >= 5 ? -1 : nth;
}

/**
 * buurt_repeat_rule_to_rrule:
 * @rule: the choices
 * @starts_at: the start of the first date
 * @tzid: (nullable): the activity's zone, in which the last date ends
 * @error: a translated %BUURT_REPEAT_RULE_ERROR naming the wrong choice
 *
 * Returns: (transfer full) (nullable): the RRULE, or %NULL for a single
 *   date (then @error is not set) or a wrong choice
 */
char *
buurt_repeat_rule_to_rrule (const BuurtRepeatRule  *rule,
                            GDateTime              *starts_at,
                            const char             *tzid,
                            GError                **error)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GString) text = NULL;
  guint weekday;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (starts_at != NULL, NULL);

  if (rule->repeat == BUURT_REPEAT_NONE)
    return NULL;

  first = buurt_in_zone (starts_at, tzid);
  weekday = g_date_time_get_day_of_week (first) - 1;
  text = g_string_new (NULL);

  switch (rule->repeat)
    {
    case BUURT_REPEAT_MONTHLY:
      g_string_append_printf (text, "FREQ=MONTHLY;BYDAY=%d%s",
                              rule->nth != 0 ? rule->nth : buurt_repeat_nth_weekday (first),
                              weekday_codes[weekday]);
      break;

    case BUURT_REPEAT_WEEKLY:
    case BUURT_REPEAT_FORTNIGHTLY:
      if ((rule->weekdays & 0x7f) == 0)
        {
          g_set_error_literal (error, BUURT_REPEAT_RULE_ERROR, BUURT_REPEAT_RULE_ERROR_NO_WEEKDAY,
                               _("Choose at least one day of the week."));
          return NULL;
        }
      g_string_append (text, "FREQ=WEEKLY");
      if (rule->repeat == BUURT_REPEAT_FORTNIGHTLY)
        g_string_append (text, ";INTERVAL=2");
      g_string_append (text, ";BYDAY=");
      for (guint d = 0, n = 0; d < 7; d++)
        if (rule->weekdays & (1u << d))
          g_string_append_printf (text, "%s%s", n++ > 0 ? "," : "", weekday_codes[d]);
      break;

    case BUURT_REPEAT_NONE:
    default:
      g_return_val_if_reached (NULL);
    }

  switch (rule->end)
    {
    case BUURT_REPEAT_END_DATE:
      {
        g_autoptr(GTimeZone) tz = buurt_time_zone_new (tzid);
        g_autoptr(GDateTime) last = NULL;
        g_autoptr(GDateTime) last_utc = NULL;
        g_autofree char *until = NULL;

        g_return_val_if_fail (g_date_valid (&rule->until), NULL);

        /* The whole last day counts: until its end in local time, in UTC. */
        last = g_date_time_new (tz,
                                g_date_get_year (&rule->until),
                                g_date_get_month (&rule->until),
                                g_date_get_day (&rule->until),
                                23, 59, 59);
        if (g_date_time_compare (last, starts_at) < 0)
          {
            g_set_error_literal (error, BUURT_REPEAT_RULE_ERROR, BUURT_REPEAT_RULE_ERROR_UNTIL,
                                 _("The last date is before the first date."));
            return NULL;
          }
        last_utc = g_date_time_to_utc (last);
        until = g_date_time_format (last_utc, "%Y%m%dT%H%M%SZ");
        g_string_append_printf (text, ";UNTIL=%s", until);
      }
      break;

    case BUURT_REPEAT_END_COUNT:
      if (rule->count < 1 || rule->count > BUURT_REPEAT_MAX_COUNT)
        {
          g_set_error_literal (error, BUURT_REPEAT_RULE_ERROR, BUURT_REPEAT_RULE_ERROR_COUNT,
                               _("The number of times must be at least 1."));
          return NULL;
        }
      g_string_append_printf (text, ";COUNT=%u", rule->count);
      break;

    case BUURT_REPEAT_END_NEVER:
    default:
      break;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* UNTIL as a date ("20271231") or an instant in UTC ("20271231T225959Z"). */
static GDateTime *
parse_until (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = NULL;

  if (strlen (value) == 8)
    iso = g_strdup_printf ("%.4s-%.2s-%.2sT23:59:59Z", value, value + 4, value + 6);
  else if (strlen (value) == 16 && value[8] == 'T' && value[15] == 'Z')
    iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ",
                           value, value + 4, value + 6, value + 9, value + 11, value + 13);

  return iso != NULL ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
}

static gboolean
parse_weekdays (const char *byday,
                guint      *weekdays)
{
  g_auto(GStrv) codes = g_strsplit (byday, ",", -1);

  *weekdays = 0;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      guint d;

      for (d = 0; d < 7; d++)
        if (g_str_equal (codes[i], weekday_codes[d]))
          break;
      if (d == 7)
        return FALSE;
      *weekdays |= 1u << d;
    }

  return *weekdays != 0;
}

/* A single n-th weekday, such as "2TU" or "-1FR". */
static gboolean
is_nth_weekday (const char *byday)
{
  const char *p = byday;
  guint64 nth;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  nth = g_ascii_strtoull (p, (char **) &p, 10);
  if (nth < 1 || nth > 5)
    return FALSE;
  for (guint d = 0; d < 7; d++)
    if (g_str_equal (p, weekday_codes[d]))
      return TRUE;
  return FALSE;
}

/**
 * buurt_repeat_rule_parse:
 * @rule: (out caller-allocates): the choices
 * @rrule: an RRULE, such as "FREQ=WEEKLY;BYDAY=TU;COUNT=5"
 * @tzid: (nullable): the activity's zone, for the last local date
 * @error: %BUURT_REPEAT_RULE_ERROR_UNSUPPORTED when the choices cannot say
 *   what @rrule says
 *
 * Reads back the rules buurt_repeat_rule_to_rrule() writes. A monthly rule's
 * n-th weekday is not kept: it follows from the first date.
 *
 * Returns: %TRUE when @rule holds what @rrule says
 */
gboolean
buurt_repeat_rule_parse (BuurtRepeatRule  *rule,
                         const char       *rrule,
                         const char       *tzid,
                         GError          **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GDateTime) until = NULL;
  const char *freq = NULL;
  const char *byday = NULL;
  guint64 interval = 1;
  guint64 count = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (rule != NULL, FALSE);

  buurt_repeat_rule_init (rule);
  if (rrule == NULL || *rrule == '\0')
    return TRUE;

  parts = g_strsplit (rrule, ";", -1);
  for (guint i = 0; ok && parts[i] != NULL; i++)
    {
      char *value = strchr (parts[i], '=');

      if (value == NULL)
        {
          ok = FALSE;
          break;
        }
      *value++ = '\0';

      if (g_str_equal (parts[i], "FREQ"))
        freq = value;
      else if (g_str_equal (parts[i], "INTERVAL"))
        ok = g_ascii_string_to_unsigned (value, 10, 1, 2, &interval, NULL);
      else if (g_str_equal (parts[i], "BYDAY"))
        byday = value;
      else if (g_str_equal (parts[i], "COUNT"))
        ok = g_ascii_string_to_unsigned (value, 10, 1, BUURT_REPEAT_MAX_COUNT, &count, NULL);
      else if (g_str_equal (parts[i], "UNTIL"))
        ok = (until = parse_until (value)) != NULL;
      else if (!g_str_equal (parts[i], "WKST"))
        ok = FALSE;
    }

  if (ok && g_strcmp0 (freq, "WEEKLY") == 0 && byday != NULL && parse_weekdays (byday, &rule->weekdays))
    rule->repeat = interval == 2 ? BUURT_REPEAT_FORTNIGHTLY : BUURT_REPEAT_WEEKLY;
  else if (ok && g_strcmp0 (freq, "MONTHLY") == 0 && interval == 1 && byday != NULL && is_nth_weekday (byday))
    rule->repeat = BUURT_REPEAT_MONTHLY;
  else
    ok = FALSE;

  if (!ok || (count > 0 && until != NULL))
    {
      buurt_repeat_rule_init (rule);
      g_set_error (error, BUURT_REPEAT_RULE_ERROR, BUURT_REPEAT_RULE_ERROR_UNSUPPORTED,
                   /* Translators: %s is a repeat rule such as "FREQ=DAILY" */
                   _("The repeat pattern “%s” cannot be chosen in the editor."), rrule);
      return FALSE;
    }

  if (count > 0)
    {
      rule->end = BUURT_REPEAT_END_COUNT;
      rule->count = count;
    }
  else if (until != NULL)
    {
      /* UNTIL is the end of a local day in UTC, so half a day earlier is
       * safely inside that day, also for rules that wrote 23:59:59Z. */
      g_autoptr(GDateTime) earlier = g_date_time_add_hours (until, -12);
      g_autoptr(GDateTime) local = buurt_in_zone (earlier, tzid);

      rule->end = BUURT_REPEAT_END_DATE;
      g_date_set_dmy (&rule->until,
                      g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local),
                      g_date_time_get_year (local));
    }

  return TRUE;
}

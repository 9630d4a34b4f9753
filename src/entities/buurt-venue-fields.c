/* buurt-venue-fields.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venue-fields"

#include "config.h"

#include <string.h>

#include "buurt-venue-fields.h"

/**
 * buurt_postcode_normalise:
 * @text: a Dutch postcode as typed: "1234ab", "1234 AB", " 1234  ab "
 *
 * Returns: (transfer full) (nullable): the postcode as stored, "1234 AB", or
 *   %NULL when @text is not a Dutch postcode
 */
char *
buurt_postcode_normalise (const char *text)
{
  char digits[5] = { 0 }, letters[3] = { 0 };
  guint n_digits = 0, n_letters = 0;

  if (text == NULL)
    return NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' && (n_digits == 0 || n_digits == 4) && n_letters == 0)
        continue;
      if (*p == ' ' && n_letters == 2)
        continue;
      if (g_ascii_isdigit (*p) && n_digits < 4 && n_letters == 0)
        digits[n_digits++] = *p;
      else if (g_ascii_isalpha (*p) && n_digits == 4 && n_letters < 2)
        letters[n_letters++] = g_ascii_toupper (*p);
      else
        return NULL;
    }

  if (n_digits != 4 || n_letters != 2 || digits[0] == '0')
    return NULL;

  return g_strdup_printf ("%s %s", digits, letters);
}

/**
 * buurt_parse_clock:
 * @text: a time of day, "19:30", "9:00" or "24:00"
 * @minutes: (out): minutes since midnight
 *
 * Returns: %TRUE when @text is a time of day
 */
gboolean
buurt_parse_clock (const char *text,
                   int        *minutes)
{
  guint hours = 0, mins = 0;
  const char *p = text;
  guint n = 0;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isdigit (*p) && n < 2)
    hours = hours * 10 + (*p++ - '0'), n++;
  if (n == 0 || (*p != ':' && *p != '.'))
    return FALSE;
  p++;
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
    return FALSE;
  mins = (p[0] - '0') * 10 + (p[1] - '0');
  if (mins > 59 || hours > 24 || (hours == 24 && mins != 0))
    return FALSE;

  *minutes = hours * 60 + mins;
  return TRUE;
}

/**
 * buurt_opening_hours_get_day:
 * @hours: (nullable): the opening_hours column; %NULL is the default
 * @weekday: 1 (Monday) to 7 (Sunday)
 * @opens: (out): minutes since midnight the venue opens
 * @closes: (out): minutes since midnight it closes
 *
 * Returns: %TRUE when the venue is open that day at all
 */
gboolean
buurt_opening_hours_get_day (const char *hours,
                             guint       weekday,
                             int        *opens,
                             int        *closes)
{
  char open_text[6] = { 0 }, close_text[6] = { 0 };
  const char *day;

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, FALSE);

  if (hours == NULL || !buurt_opening_hours_is_valid (hours))
    hours = BUURT_OPENING_HOURS_DEFAULT;

  day = hours + (weekday - 1) * 12;
  memcpy (open_text, day, 5);
  memcpy (close_text, day + 6, 5);
  if (!buurt_parse_clock (open_text, opens) || !buurt_parse_clock (close_text, closes))
    return FALSE;

  return *opens < *closes;
}

/**
 * buurt_opening_hours_build:
 * @opens: minutes since midnight per weekday, Monday first
 * @closes: the same for closing; a day where closes <= opens is closed
 *
 * Returns: (transfer full): the text for the opening_hours column
 */
char *
buurt_opening_hours_build (const int opens[7],
                           const int closes[7])
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 7; i++)
    {
      int o = CLAMP (opens[i], 0, 24 * 60), c = CLAMP (closes[i], 0, 24 * 60);

      if (i > 0)
        g_string_append_c (text, ',');
      if (c <= o)
        g_string_append (text, "00:00-00:00");
      else
        g_string_append_printf (text, "%02d:%02d-%02d:%02d", o / 60, o % 60, c / 60, c % 60);
    }

  return g_string_free (text, FALSE);
}

/**
 * buurt_opening_hours_is_valid:
 *
 * Returns: %TRUE when @hours is seven "HH:MM-HH:MM" spans, Monday first,
 *   each closing after it opens or "00:00-00:00" for a closed day
 */
gboolean
buurt_opening_hours_is_valid (const char *hours)
{
  if (hours == NULL || strlen (hours) != 83)
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      const char *day = hours + i * 12;
      char open_text[6] = { 0 }, close_text[6] = { 0 };
      int o, c;

      if (day[5] != '-' || (i < 6 && day[11] != ','))
        return FALSE;
      memcpy (open_text, day, 5);
      memcpy (close_text, day + 6, 5);
      if (!buurt_parse_clock (open_text, &o) || !buurt_parse_clock (close_text, &c))
        return FALSE;
      if (c < o || (c == o && o != 0))
        return FALSE;
    }

  return TRUE;
}

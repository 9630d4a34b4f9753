/* buurt-csv-values.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-csv-values.h"
#include "buurt-entity.h"
#include "buurt-exchange-error.h"
#include "buurt-money.h"

/*
 * A spreadsheet cell holds what a person typed or what the program made of
 * it: 9-3-2027, 09-03-2027, 9-3-27 or 2027-03-09 for a date, 19:30, 19.30
 * or 19u30 for a time, "3,50", "EUR 3,50" or "€ 3,50" for an amount. The
 * messages say what was found and give an example of what is read.
 */

static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value,
             guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max_digits)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*n_digits)++;
      (*p)++;
    }
  return *n_digits > 0;
}

/**
 * buurt_csv_parse_date:
 * @text: a cell
 * @date: (out): the date
 *
 * Reads a date written day first with "-", "/" or "." between the parts
 * (a two-digit year is in this century), or as ISO 8601 "2027-03-09".
 *
 * Returns: %TRUE when @text is a date that exists
 */
gboolean
buurt_csv_parse_date (const char  *text,
                      GDate       *date,
                      GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  guint a, b, c, na, nb, nc;
  guint day, month, year;
  char sep;

  g_date_clear (date, 1);

  if (!read_number (&p, 4, &a, &na) || (*p != '-' && *p != '/' && *p != '.'))
    goto not_a_date;
  sep = *p++;
  if (!read_number (&p, 2, &b, &nb) || *p != sep)
    goto not_a_date;
  p++;
  if (!read_number (&p, 4, &c, &nc))
    goto not_a_date;
  /* A time after the date ("9-3-2027 19:30") belongs to the start column. */
  if (*p != '\0')
    goto not_a_date;

  if (na == 4)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (na <= 2 && (nc == 4 || nc == 2))
    {
      day = a;
      month = b;
      year = nc == 2 ? 2000 + c : c;
    }
  else
    goto not_a_date;

  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID,
                   /* Translators: %s is a date as written in the file, such as 31-02-2027 */
                   _("the date “%s” does not exist"), copy);
      return FALSE;
    }

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;

not_a_date:
  g_set_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID,
               /* Translators: %s is what the cell holds */
               _("“%s” is not a date such as 9-3-2027 or 2027-03-09"), copy);
  return FALSE;
}

/**
 * buurt_csv_parse_time:
 * @text: a cell
 * @hour: (out): 0 to 23
 * @minute: (out): 0 to 59
 *
 * Reads a time of day: 19:30, 19.30, 19u30, 19u, 19:30:00 or 9:05.
 *
 * Returns: %TRUE when @text is a time of day
 */
gboolean
buurt_csv_parse_time (const char  *text,
                      int         *hour,
                      int         *minute,
                      GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  guint h, m = 0, s = 0, nh, nm = 0, ns;

  *hour = *minute = 0;

  if (!read_number (&p, 2, &h, &nh))
    goto not_a_time;
  if (*p == ':' || *p == '.' || *p == 'u' || *p == 'U' || *p == 'h')
    {
      gboolean u = *p == 'u' || *p == 'U' || *p == 'h';

      p++;
      if (!read_number (&p, 2, &m, &nm) && !u)
        goto not_a_time;
      if (nm == 1)
        goto not_a_time;
      if (*p == ':' && (p++, !read_number (&p, 2, &s, &ns)))
        goto not_a_time;
    }
  while (*p == ' ')
    p++;
  if (g_ascii_strcasecmp (p, "uur") == 0)
    p += 3;
  if (*p != '\0' || h > 24 || m > 59 || (h == 24 && m > 0))
    goto not_a_time;

  *hour = h == 24 ? 0 : (int) h;
  *minute = (int) m;
  return TRUE;

not_a_time:
  g_set_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID,
               /* Translators: %s is what the cell holds */
               _("“%s” is not a time such as 19:30"), copy);
  return FALSE;
}

/**
 * buurt_csv_parse_money:
 * @text: a cell
 * @cents: (out): the amount in cents; 0 when empty or free
 *
 * Returns: %TRUE when @text is an amount such as "3,50" or "€ 3,50"
 */
gboolean
buurt_csv_parse_money (const char  *text,
                       gint64      *cents,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (buurt_money_parse (copy, _("Cost"), cents, &local_error))
    return TRUE;

  g_set_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID,
               /* Translators: %s is what the cell holds */
               _("“%s” is not an amount such as 3,50 or € 3,50"), copy);
  return FALSE;
}

/**
 * buurt_csv_format_money:
 *
 * Returns: (transfer full): "3,50" for 350, "" for free: what a Dutch
 *   spreadsheet reads as a number and buurt_csv_parse_money() reads back
 */
char *
buurt_csv_format_money (gint64 cents)
{
  if (cents <= 0)
    return g_strdup ("");

  return g_strdup_printf ("%" G_GINT64_FORMAT ",%02d", cents / 100, (int) (cents % 100));
}

/**
 * buurt_csv_fold:
 *
 * Returns: (transfer full): @text without surrounding space, case folded
 *   and with runs of spaces made one, for comparing names
 */
char *
buurt_csv_fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '_')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

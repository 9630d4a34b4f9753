/* buurt-money.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-money"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-entity.h"
#include "buurt-money.h"

/*
 * Amounts are whole euro cents (0 = free). People type them as they write
 * them: "3,50", "3.50", "€ 3,50", "EUR 3,50", "3,50 €", "3", or nothing (or
 * "free") for free. Both decimal signs are read whatever the locale, since a
 * Dutch volunteer on an English desktop still writes "2,50".
 */

/* Above this, an amount is a typing mistake rather than a price. */
#define MAX_EUROS 1000000

/* Skips @prefix at *@p, case-insensitively, and the spaces after it. */
static gboolean
skip_word (const char **p,
           const char  *word)
{
  gsize len = strlen (word);

  if (g_ascii_strncasecmp (*p, word, len) != 0)
    return FALSE;
  *p += len;
  while (g_ascii_isspace (**p))
    (*p)++;
  return TRUE;
}

/* Takes a currency sign or code off the end of @text, in place. */
static void
strip_currency_suffix (char *text)
{
  gsize len = strlen (text);

  if (g_str_has_suffix (text, "€"))
    text[len - strlen ("€")] = '\0';
  else if (len >= 3 && g_ascii_strcasecmp (text + len - 3, "EUR") == 0)
    text[len - 3] = '\0';
  g_strchomp (text);
}

static gboolean
is_free_word (const char *text)
{
  return g_ascii_strcasecmp (text, "free") == 0 ||
         g_ascii_strcasecmp (text, "gratis") == 0 ||
         g_utf8_collate (text, _("Free")) == 0;
}

/**
 * buurt_money_parse:
 * @text: (nullable): what was typed
 * @field: the translated name of the field, for the message, such as "Cost"
 * @cents: (out): the amount in cents; 0 for free
 * @error: a translated %BUURT_ENTITY_ERROR_INVALID naming @field
 *
 * Reads an amount in euros with at most two decimals, such as "2,50",
 * "2.5", "€ 3", "EUR 3,50", or "" (free).
 *
 * Returns: %TRUE when @text is an amount of zero or more
 */
gboolean
buurt_money_parse (const char  *text,
                   const char  *field,
                   gint64      *cents,
                   GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  gboolean negative = FALSE;
  gboolean digits = FALSE;
  gint64 euros = 0;
  int decimals = 0;
  int fraction = 0;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);

  *cents = 0;

  if (is_free_word (copy))
    return TRUE;

  strip_currency_suffix (copy);
  if (*p == '-')
    {
      negative = TRUE;
      p++;
      while (g_ascii_isspace (*p))
        p++;
    }
  if (!skip_word (&p, "€"))
    skip_word (&p, "EUR");
  if (!negative && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (*p == '\0' && !negative)
    return TRUE;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (euros > MAX_EUROS)
        goto not_an_amount;
      euros = euros * 10 + (*p - '0');
      digits = TRUE;
    }

  if (*p == ',' || *p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          if (++decimals > 2)
            goto not_an_amount;
          fraction = fraction * 10 + (*p - '0');
          digits = TRUE;
        }
      if (decimals == 1)
        fraction *= 10;
    }

  if (*p != '\0' || !digits)
    goto not_an_amount;

  if (negative && euros * 100 + fraction > 0)
    {
      g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Cost" */
                   _("%s cannot be less than zero: leave it empty when the activity is free."), field);
      return FALSE;
    }

  *cents = euros * 100 + fraction;
  return TRUE;

not_an_amount:
  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is the name of a field, such as "Cost" */
               _("%s must be an amount in euros, such as 2,50."), field);
  return FALSE;
}

/**
 * buurt_money_format_amount:
 * @cents: an amount in cents
 *
 * The amount as a person would type it in a field: "" when free, "3" for
 * whole euros, otherwise with two decimals and the locale's decimal sign,
 * such as "2,50". buurt_money_parse() reads it back.
 *
 * Returns: (transfer full): the amount
 */
char *
buurt_money_format_amount (gint64 cents)
{
  if (cents <= 0)
    return g_strdup ("");
  if (cents % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);

  /* printf's %f follows LC_NUMERIC: "2,50" in Dutch, "2.50" in English. */
  return g_strdup_printf ("%.2f", cents / 100.0);
}

/**
 * buurt_money_format:
 * @cents: an amount in cents
 *
 * Returns: (transfer full): "Free", or the price in euros as the user's
 *   language writes it, such as "€ 2,50"
 */
char *
buurt_money_format (gint64 cents)
{
  if (cents == 0)
    return g_strdup (_("Free"));

  /* Translators: a price in euros, e.g. "€2.50"; the number follows your
   * locale, with its thousands separator (the ' flag): "€ 1.234,50" */
  return g_strdup_printf (_("€%'.2f"), cents / 100.0);
}

/**
 * buurt_money_format_sum:
 * @cents: an amount in cents, possibly negative (a balance)
 *
 * Returns: (transfer full): the amount for a report, with the locale's
 *   grouping and decimal sign, such as "EUR 1.234,50" in Dutch; zero is
 *   "EUR 0,00", not "Free"
 */
char *
buurt_money_format_sum (gint64 cents)
{
  g_autofree char *number = NULL;

  /* The ' flag groups thousands as LC_NUMERIC says: "1.234,50" in Dutch. */
  number = g_strdup_printf ("%'.2f", ABS (cents) / 100.0);
  if (cents < 0)
    /* Translators: a negative sum of money in a report, e.g. "EUR -1,234.50" */
    return g_strdup_printf (_("EUR -%s"), number);
  /* Translators: a sum of money in a report, e.g. "EUR 1,234.50" */
  return g_strdup_printf (_("EUR %s"), number);
}

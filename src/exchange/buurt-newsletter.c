/* buurt-newsletter.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-exchange-agenda.h"
#include "buurt-format.h"
#include "buurt-newsletter.h"

/*
 * A section to paste into a newsletter or a web page: a heading, then per
 * day the dates with time and title first, the place and the cost in
 * words. The HTML is a fragment (no <html> or styles), so it takes the look
 * of the page it is pasted into. Every value is escaped: a title such as
 * <b>Quiz</b> & "borrel" shows as it was written, and cannot add markup.
 */

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* What follows the title on the second line: place, organiser, cost. */
static char *
details (BuurtOccurrence *occurrence)
{
  g_autofree char *place = buurt_occurrence_dup_place (occurrence);
  g_autofree char *cost = buurt_exchange_free_or_cost (buurt_occurrence_get_cost_cents (occurrence));
  const char *organiser = buurt_occurrence_get_organiser (occurrence);
  GString *out = g_string_new (NULL);

  if (*place != '\0')
    g_string_append (out, place);
  if (organiser != NULL && *organiser != '\0')
    {
      if (out->len > 0)
        g_string_append (out, " · ");
      /* Translators: %s is who organises an activity */
      g_string_append_printf (out, _("by %s"), organiser);
    }
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, cost);
  if (buurt_occurrence_get_cancelled (occurrence))
    {
      g_string_append (out, " · ");
      g_string_append (out, _("Cancelled"));
    }
  return g_string_free (out, FALSE);
}

/**
 * buurt_newsletter_html:
 * @occurrences: (element-type BuurtOccurrence): the dates, in order
 * @title: the section's heading
 *
 * Returns: (transfer full): an HTML fragment, every value escaped
 */
char *
buurt_newsletter_html (GPtrArray  *occurrences,
                       const char *title)
{
  g_autofree char *escaped_title = escape (title);
  GString *out = g_string_new (NULL);
  const char *day = NULL;

  g_string_append_printf (out, "<section class=\"buurtagenda\">\n<h2>%s</h2>\n", escaped_title);
  if (occurrences->len == 0)
    {
      g_autofree char *nothing = escape (_("Nothing is planned in these weeks."));

      g_string_append_printf (out, "<p>%s</p>\n", nothing);
    }

  for (guint i = 0; i < occurrences->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *times = buurt_format_time_range (occurrence);
      g_autofree char *what = escape (buurt_occurrence_get_title (occurrence));
      g_autofree char *when = escape (times);
      g_autofree char *more = details (occurrence);
      g_autofree char *escaped_more = escape (more);

      if (g_strcmp0 (day, buurt_occurrence_get_day (occurrence)) != 0)
        {
          g_autofree char *text = buurt_exchange_format_day (buurt_occurrence_get_day (occurrence));
          g_autofree char *escaped_day = escape (text);

          if (day != NULL)
            g_string_append (out, "</ul>\n");
          g_string_append_printf (out, "<h3>%s</h3>\n<ul>\n", escaped_day);
          day = buurt_occurrence_get_day (occurrence);
        }

      g_string_append_printf (out, "<li><strong>%s</strong> %s<br>%s</li>\n", when, what, escaped_more);
    }
  if (day != NULL)
    g_string_append (out, "</ul>\n");
  g_string_append (out, "</section>\n");

  return g_string_free (out, FALSE);
}

/**
 * buurt_newsletter_text:
 *
 * Returns: (transfer full): the same as plain text, for an e-mail
 */
char *
buurt_newsletter_text (GPtrArray  *occurrences,
                       const char *title)
{
  GString *out = g_string_new (NULL);
  const char *day = NULL;

  g_string_append_printf (out, "%s\n", title);
  if (occurrences->len == 0)
    g_string_append_printf (out, "\n%s\n", _("Nothing is planned in these weeks."));

  for (guint i = 0; i < occurrences->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *times = buurt_format_time_range (occurrence);
      g_autofree char *more = details (occurrence);

      if (g_strcmp0 (day, buurt_occurrence_get_day (occurrence)) != 0)
        {
          g_autofree char *text = buurt_exchange_format_day (buurt_occurrence_get_day (occurrence));

          g_string_append_printf (out, "\n%s\n", text);
          day = buurt_occurrence_get_day (occurrence);
        }

      g_string_append_printf (out, "  %s  %s\n    %s\n", times,
                              buurt_occurrence_get_title (occurrence), more);
    }

  return g_string_free (out, FALSE);
}

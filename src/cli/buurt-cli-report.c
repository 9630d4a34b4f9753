/* buurt-cli-report.c: the accountability report as a PDF, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "buurt-cli-private.h"
#include "buurt-database-report.h"
#include "buurt-database.h"
#include "buurt-entities.h"
#include "buurt-format.h"
#include "buurt-money.h"
#include "buurt-report-layout.h"

/* "YYYY-MM-DD", a real day, or a message naming the option */
static gboolean
check_day (const char  *option,
           const char  *text,
           GError     **error)
{
  int y = 0, m = 0, d = 0, end = 0;

  if (text == NULL)
    return TRUE;
  if (sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &end) != 3 || text[end] != '\0' ||
      strlen (text) != 10 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is an option such as --from, then what was typed */
                   _("%s takes a day such as 2027-03-01; “%s” is not one."), option, text);
      return FALSE;
    }
  return TRUE;
}

static gint64
find_town (BuurtDatabase *database,
           const char    *name)
{
  g_autoptr(GListModel) list = buurt_database_list (database, BUURT_TYPE_KERN, NULL);
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);
      g_autofree char *folded = g_utf8_casefold (buurt_entity_get_string (entity, "name"), -1);

      if (g_str_equal (folded, wanted))
        return buurt_entity_get_id (entity);
    }
  return 0;
}

static gboolean
query_for (BuurtDatabase          *database,
           const BuurtCliOptions  *options,
           BuurtReportQuery       *query,
           GError                **error)
{
  *query = (BuurtReportQuery) { 0, options->from, options->to, 0, NULL };

  if (!check_day ("--from", options->from, error) || !check_day ("--to", options->to, error))
    return FALSE;
  if (options->from != NULL && options->to != NULL && strcmp (options->from, options->to) > 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: both %s are days */
                   _("--from %s comes after --to %s."), options->from, options->to);
      return FALSE;
    }
  if (options->initiative != NULL &&
      (query->initiative_id = buurt_database_find_uuid (database, BUURT_TYPE_INITIATIVE,
                                                        options->initiative)) == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --initiative */
                   _("--initiative: the agenda has no initiative “%s”."), options->initiative);
      return FALSE;
    }
  if (options->town != NULL &&
      (query->kern_id = find_town (database, options->town)) == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --town */
                   _("--town: the agenda has no town or village “%s”."), options->town);
      return FALSE;
    }
  return TRUE;
}

/**
 * buurt_cli_report:
 *
 * Writes the accountability report of one initiative (--initiative), or of
 * all in a period (--from, --to) and town (--town), to a PDF.
 *
 * Returns: the exit status
 */
int
buurt_cli_report (const char            *path,
                  const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtReport) report = NULL;
  g_autoptr(BuurtReportLayout) layout = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->report);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *granted_text = NULL;
  g_autofree char *spent_text = NULL;
  g_autofree char *today = buurt_today ();
  BuurtReportQuery query;
  gint64 granted, spent;
  guint n_dates, participants;

  /* The options first, so a typing error does not wait for the agenda */
  if (!check_day ("--from", options->from, &error) || !check_day ("--to", options->to, &error))
    {
      buurt_cli_print_error (error);
      return 2;
    }

  database = buurt_database_new (path, &error);
  if (database == NULL)
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }
  if (!query_for (database, options, &query, &error))
    {
      buurt_cli_print_error (error);
      return 2;
    }
  /* Activities held: not the dates still ahead */
  query.today = today;
  report = buurt_database_read_report (database, &query, &error);
  if (report == NULL)
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }
  if (options->town != NULL)
    report->town = g_strdup (options->town);

  layout = buurt_report_layout_new (report);
  if (!buurt_report_layout_write_pdf (layout, file, BUURT_PAPER_A4, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  buurt_report_totals (report, &granted, &spent, &n_dates, &participants);
  granted_text = buurt_money_format_sum (granted);
  spent_text = buurt_money_format_sum (spent);
  /* Translators: the one-line summary of --report: counts, two sums of money, pages, a file */
  g_print (_("Reported on %u initiatives (%u activity dates, %s granted, %s spent) on %u pages to %s.\n"),
           report->initiatives->len, n_dates, granted_text, spent_text,
           buurt_report_layout_get_n_pages (layout), name);
  return EXIT_SUCCESS;
}

/* buurt-cli-csv.c: --import and --export of spreadsheets, and --export of a
 * printed agenda (PDF) and a newsletter section (HTML)
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "buurt-cli-private.h"
#include "buurt-csv-export.h"
#include "buurt-csv-import.h"
#include "buurt-csv-values.h"
#include "buurt-database.h"
#include "buurt-exchange-agenda.h"
#include "buurt-format.h"
#include "buurt-newsletter.h"
#include "buurt-print-layout.h"

/*
 * On the command line a spreadsheet with lines that cannot be read is
 * refused whole, each bad line named as FILE:LINE on stderr, unless
 * --skip-bad-lines is given: a script should not half-import by accident.
 * Importing the same file again adds nothing. Exports take --from, --to,
 * --town and --venue; a PDF takes --week.
 */

static char *
day_of (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
parse_day (const char  *option,
           const char  *text,
           char       **day,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate date;

  if (!buurt_csv_parse_date (text, &date, &local_error))
    {
      /* Translators: the first %s is an option such as --from, the second why */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("%s: %s"), option,
                   local_error->message);
      return FALSE;
    }
  *day = day_of (&date);
  return TRUE;
}

/* "2027-W10" -> its Monday and Sunday */
static gboolean
parse_week (const char  *text,
            char       **first,
            char       **last,
            GError     **error)
{
  guint64 year = 0, week = 0;
  g_auto(GStrv) parts = g_strsplit (text, "-W", 2);
  GDate date;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1900, 2200, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 53, &week, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --week */
                   _("--week takes a week such as 2027-W10; “%s” is not one."), text);
      return FALSE;
    }

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 4, G_DATE_JANUARY, (GDateYear) year);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  g_date_add_days (&date, (guint) (week - 1) * 7);
  *first = day_of (&date);
  g_date_add_days (&date, 6);
  *last = day_of (&date);
  return TRUE;
}

static gint64
find_by_name (BuurtDatabase *database,
              GType          type,
              const char    *name)
{
  g_autoptr(GListModel) list = buurt_database_list (database, type, NULL);
  g_autofree char *wanted = buurt_csv_fold (name);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);
      g_autofree char *folded = buurt_csv_fold (buurt_entity_get_string (entity, "name"));

      if (g_str_equal (folded, wanted))
        return buurt_entity_get_id (entity);
    }
  return 0;
}

/* The query and last day the options ask for; @days is the length when
 * --to is not given (0 for up to the horizon). */
static gboolean
query_for (BuurtDatabase          *database,
           const BuurtCliOptions  *options,
           guint                   days,
           BuurtAgendaQuery       *query,
           char                  **first,
           char                  **last,
           GError                **error)
{
  *first = NULL;
  *last = NULL;

  if (options->week != NULL && !parse_week (options->week, first, last, error))
    return FALSE;
  if (options->from != NULL && !parse_day ("--from", options->from, first, error))
    return FALSE;
  if (options->to != NULL && !parse_day ("--to", options->to, last, error))
    return FALSE;

  if (*first == NULL)
    {
      *first = buurt_today ();
      if (days == 7)
        {
          /* A week starts on Monday. */
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_parse (&date, *first);
          if (g_date_valid (&date))
            {
              g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
              g_free (*first);
              *first = day_of (&date);
            }
        }
    }
  if (*last == NULL && days > 0)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_parse (&date, *first);
      if (g_date_valid (&date))
        {
          g_date_add_days (&date, days - 1);
          *last = day_of (&date);
        }
    }

  *query = (BuurtAgendaQuery) BUURT_AGENDA_QUERY_INIT (*first);
  query->show_cancelled = TRUE;

  if (options->town != NULL &&
      (query->kern_id = find_by_name (database, BUURT_TYPE_KERN, options->town)) == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --town */
                   _("--town: the agenda has no town or village “%s”."), options->town);
      return FALSE;
    }
  if (options->venue != NULL &&
      (query->venue_id = find_by_name (database, BUURT_TYPE_VENUE, options->venue)) == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --venue */
                   _("--venue: the agenda has no venue “%s”."), options->venue);
      return FALSE;
    }

  return TRUE;
}

int
buurt_cli_csv_import (const char            *path,
                      GFile                 *file,
                      const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(BuurtCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  GPtrArray *problems;
  guint n_added = 0;

  database = buurt_database_new (path, &error);
  if (database == NULL || (import = buurt_csv_import_new (database, file, &error)) == NULL)
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  problems = buurt_csv_import_get_problems (import);
  if (problems->len > 0)
    {
      g_autofree char *report = buurt_csv_import_dup_report (import);
      g_auto(GStrv) lines = g_strsplit (report, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          g_printerr ("buurtagenda: %s\n", lines[i]);

      if (!options->skip_bad_lines)
        {
          g_printerr ("buurtagenda: %s\n",
                      /* Translators: keep --skip-bad-lines as it is */
                      _("Nothing was imported. Correct these lines, or import the other lines "
                        "with --skip-bad-lines."));
          return EXIT_FAILURE;
        }
    }

  if (!buurt_csv_import_apply (import, &n_added, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  if (buurt_csv_import_get_kind (import) == BUURT_CSV_KIND_ACTIVITIES)
    /* Translators: %s is a file; then how many activities were added, were
     * already in the agenda and were left out */
    g_print (_("Imported %s: %u activities added, %u already there, %u lines skipped.\n"),
             name, n_added, buurt_csv_import_get_n_already (import), problems->len);
  else
    g_print (_("Imported %s: %u venues and rooms added, %u already there, %u lines skipped.\n"),
             name, n_added, buurt_csv_import_get_n_already (import), problems->len);
  return EXIT_SUCCESS;
}

int
buurt_cli_csv_export (const char            *path,
                      GFile                 *file,
                      const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  BuurtAgendaQuery query;
  guint n_rows = 0;

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      !query_for (database, options, 0, &query, &first, &last, &error) ||
      !buurt_csv_export_agenda (database, &query, last, file, &n_rows, &error))
    {
      buurt_cli_print_error (error);
      return database == NULL || error->domain != G_OPTION_ERROR ? EXIT_FAILURE : 2;
    }

  /* Translators: %u counts the dates, %s is a file */
  g_print (_("Exported %u dates to %s.\n"), n_rows, name);
  return EXIT_SUCCESS;
}


int
buurt_cli_pdf_export (const char            *path,
                      GFile                 *file,
                      const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(BuurtPrintLayout) layout = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  BuurtAgendaQuery query;

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      !query_for (database, options, 7, &query, &first, &last, &error) ||
      (occurrences = buurt_exchange_collect_agenda (database, &query, last, &error)) == NULL)
    {
      buurt_cli_print_error (error);
      return database == NULL || error->domain != G_OPTION_ERROR ? EXIT_FAILURE : 2;
    }

  title = buurt_exchange_agenda_title (database, &query, first, last);
  layout = buurt_print_layout_new (occurrences, title);
  if (!buurt_print_layout_write_pdf (layout, file, BUURT_PAPER_A4, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  /* Translators: %u counts dates and pages, %s is a file */
  g_print (_("Printed %u dates on %u pages to %s.\n"), occurrences->len,
           buurt_print_layout_get_n_pages (layout), name);
  return EXIT_SUCCESS;
}

int
buurt_cli_html_export (const char            *path,
                       GFile                 *file,
                       const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  g_autofree char *html = NULL;
  BuurtAgendaQuery query;

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      !query_for (database, options, 14, &query, &first, &last, &error) ||
      (occurrences = buurt_exchange_collect_agenda (database, &query, last, &error)) == NULL)
    {
      buurt_cli_print_error (error);
      return database == NULL || error->domain != G_OPTION_ERROR ? EXIT_FAILURE : 2;
    }

  title = buurt_exchange_agenda_title (database, &query, first, last);
  html = buurt_newsletter_html (occurrences, title);
  if (!g_file_replace_contents (file, html, strlen (html), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  g_print (_("Exported %u dates to %s.\n"), occurrences->len, name);
  return EXIT_SUCCESS;
}

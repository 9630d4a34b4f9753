/* buurt-cli-ical.c: --import FILE.ics and --export FILE.ics
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "buurt-cli-private.h"
#include "buurt-exchange-error.h"
#include "buurt-ical.h"

/*
 * Without a window there is no one to choose, so the command line imports
 * what the preview would choose by itself: new and changed events. An event
 * changed both here and in the file is left as it is and reported (exit 3);
 * refused events are reported with their file and line and skipped (exit 0
 * when anything else was imported); a file with nothing to import writes
 * nothing (exit 1).
 */

static gboolean
check_date (const char  *option,
            const char  *value,
            GError     **error)
{
  guint y, m, d;

  if (value == NULL || buurt_parse_date (value, &y, &m, &d))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: the first %s is an option such as --from, the second what followed it */
               _("%s takes a date such as 2026-01-31; “%s” is not one."), option, value);
  return FALSE;
}

int
buurt_cli_ical_import (const char            *path,
                       GFile                 *file,
                       const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(BuurtIcalImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  BuurtIcalSummary summary;

  database = buurt_database_new (path, &error);
  if (database != NULL)
    import = buurt_ical_import_read (database, file, NULL, &error);
  if (import == NULL)
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  problems = buurt_ical_import_list_problems (import);
  if (problems != NULL)
    {
      g_autoptr(GError) refused = g_error_new_literal (BUURT_EXCHANGE_ERROR,
                                                       BUURT_EXCHANGE_ERROR_INVALID, problems);

      buurt_cli_print_error (refused);
    }

  if (!buurt_ical_import_has_anything (import))
    {
      buurt_exchange_set_error_at (&error, BUURT_EXCHANGE_ERROR_NOTHING, file, 0, "%s",
                                   _("the file holds no event that can be imported; nothing was changed."));
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  if (!buurt_ical_import_apply (import, database, options->as_submissions, NULL, &summary, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  /* Translators: a one-line summary; %s is the file, the numbers count events */
  g_print (_("Imported %s: %u created, %u updated, %u unchanged, %u skipped, %u conflicts.\n"),
           name, summary.created, summary.updated, summary.unchanged, summary.skipped,
           summary.conflicts);

  if (summary.conflicts > 0)
    {
      for (guint i = 0; i < buurt_ical_import_get_n_items (import); i++)
        {
          BuurtIcalItem *item = buurt_ical_import_get_item (import, i);

          if (item->kind == BUURT_ICAL_ITEM_CONFLICT)
            {
              g_autoptr(GError) conflict = NULL;

              buurt_exchange_set_error_at (&conflict, BUURT_EXCHANGE_ERROR_CONFLICTS, file, item->line,
                                           /* Translators: %s is an activity's title */
                                           _("“%s” was changed here since it was imported, and in the file too; it was left as it is here. Import the file in the window to choose."),
                                           buurt_entity_get_string (BUURT_ENTITY (item->existing_date != NULL ? item->existing_date : item->existing), "title"));
              buurt_cli_print_error (conflict);
            }
        }
      return 3;
    }

  return EXIT_SUCCESS;
}

int
buurt_cli_ical_export (const char            *path,
                       GFile                 *file,
                       const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  BuurtIcalExportFilter filter = {
    options->from, options->to, options->town, options->venue, options->initiative,
  };
  guint n_events = 0;

  if (!check_date ("--from", options->from, &error) ||
      !check_date ("--to", options->to, &error) ||
      (database = buurt_database_new (path, &error)) == NULL ||
      !buurt_ical_export_to_file (database, file, &filter, &n_events, NULL, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  /* Translators: a one-line summary; %u counts events, %s is the file */
  g_print (ngettext ("Exported %u event to %s.\n", "Exported %u events to %s.\n", n_events),
           n_events, name);
  return EXIT_SUCCESS;
}

/* buurt-command-line.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "buurt-cli-backup.h"
#include "buurt-cli-private.h"
#include "buurt-command-line.h"
#include "buurt-database.h"
#include "buurt-example-data.h"

/*
 * One option parser for every entry point. The operations that need no
 * window (loading example data, and later importing, exporting, backing
 * up) run here, before GTK is initialised, so they work without a display:
 * they exit 0 with a one-line summary, or non-zero with the message on
 * stderr. Everything else starts the window on the chosen agenda.
 */

static gboolean
example_data_option_cb (const char  *option_name,
                        const char  *value,
                        gpointer     user_data,
                        GError     **error)
{
  BuurtCliOptions *options = user_data;
  guint64 n = BUURT_EXAMPLE_DEFAULT_OCCURRENCES;

  if (value != NULL &&
      (!g_ascii_string_to_unsigned (value, 10, 1, 10000000, &n, NULL)))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s is what was typed after --example-data= */
                   _("--example-data takes a number of activity dates from 1 to 10000000, "
                     "such as --example-data=5500; “%s” is not one."), value);
      return FALSE;
    }

  options->example_data = TRUE;
  options->n_occurrences = (guint) n;
  return TRUE;
}

static int
load_example_data (const char *path,
                   guint       n_occurrences)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 activities, occurrences, venues, initiatives;

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      !buurt_example_data_generate (database, n_occurrences, BUURT_EXAMPLE_DEFAULT_SEED,
                                    NULL, &error) ||
      (activities = buurt_database_count (database, BUURT_TYPE_ACTIVITY, &error)) < 0 ||
      (occurrences = buurt_database_count_occurrences (database, &error)) < 0 ||
      (venues = buurt_database_count (database, BUURT_TYPE_VENUE, &error)) < 0 ||
      (initiatives = buurt_database_count (database, BUURT_TYPE_INITIATIVE, &error)) < 0)
    {
      g_printerr ("buurtagenda: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Translators: %s is a file; the numbers count what was added, in seconds */
  g_print (_("Example data loaded into %s: %d activities with %d dates, "
             "%d venues and %d initiatives (%.1f s).\n"),
           path, (int) activities, (int) occurrences, (int) venues, (int) initiatives,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}

/**
 * buurt_command_line_handle:
 * @arguments: (inout): the command line; the options are taken out
 * @database: (out) (transfer full): the agenda file the window opens
 * @own_file: (out): whether the user chose that file with --database
 * @exit_status: (out): what to exit with when this returns %TRUE
 *
 * Parses the command line and runs the operations that need no window.
 *
 * Returns: %TRUE when the work is done and the process should exit with
 *   @exit_status; %FALSE when the window should open @database
 */
gboolean
buurt_command_line_handle (char     ***arguments,
                           char      **database,
                           gboolean   *own_file,
                           int        *exit_status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(BuurtCliOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options.database,
      N_("Use the agenda in this file instead of your own"), N_("PATH") },
    { "example-data", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, example_data_option_cb,
      N_("Fill an empty agenda with example data of a community, about N dates (5500) and quit"), N_("N") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &options.import_file,
      N_("Import activities from a calendar file (.ics), a spreadsheet (.csv) or another desk’s "
         "exchange file (.json) and quit"), N_("FILE") },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &options.export_file,
      N_("Export to a calendar file (.ics), a spreadsheet (.csv) or an exchange file for "
         "another desk (.json) and quit"), N_("FILE") },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, &options.backup,
      N_("Write a backup of the agenda to FILE and quit"), N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, &options.restore,
      N_("Replace the agenda with the backup in FILE, after backing up the agenda as it is, and quit"), N_("FILE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &options.check,
      N_("Check that the agenda is in good order and quit"), NULL },
    { "since-desk", 0, 0, G_OPTION_ARG_STRING, &options.since_desk,
      N_("With --export to an exchange file: only what the desk NAME has not seen yet"), N_("NAME") },
    { "prefer", 0, 0, G_OPTION_ARG_STRING, &options.prefer,
      N_("With --import of an exchange file: settle records changed on both desks by keeping "
         "“mine” or taking “theirs”"), N_("mine|theirs") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("With --export: the first day, such as 2027-01-01"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to,
      N_("With --export: the last day, such as 2027-12-31"), N_("YYYY-MM-DD") },
    { "town", 0, 0, G_OPTION_ARG_STRING, &options.town,
      N_("Export only the activities in this town or village"), N_("NAME") },
    { "venue", 0, 0, G_OPTION_ARG_STRING, &options.venue,
      N_("Export only the activities in this venue"), N_("NAME") },
    { "week", 0, 0, G_OPTION_ARG_STRING, &options.week,
      N_("Export this week to a PDF, such as 2027-W10 (this week when not given)"), N_("YYYY-Www") },
    { "skip-bad-lines", 0, 0, G_OPTION_ARG_NONE, &options.skip_bad_lines,
      N_("Import the good lines of a spreadsheet even when others cannot be read"), NULL },
    { "as-submissions", 0, 0, G_OPTION_ARG_NONE, &options.as_submissions,
      N_("With --import: add the activities as submissions that wait in the review queue"), NULL },
    { "initiative", 0, 0, G_OPTION_ARG_STRING, &options.initiative,
      N_("With --export: only activities of this initiative"), N_("UUID") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &options.report,
      N_("Write the accountability report of the initiatives to a PDF and quit; with --initiative, "
         "--from, --to and --town"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_("Show the version and quit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionGroup) group = g_option_group_new (NULL, NULL, NULL, &options, NULL);

  g_return_val_if_fail (arguments != NULL && database != NULL && own_file != NULL, TRUE);
  g_return_val_if_fail (exit_status != NULL, TRUE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Keep your community’s agenda of activities, "
                                           "initiatives and venues."));
  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, g_steal_pointer (&group));

  if (!g_option_context_parse_strv (context, arguments, &error))
    {
      g_printerr ("buurtagenda: %s\n", error->message);
      *exit_status = 2;
      return TRUE;
    }

  if (options.version)
    {
      g_print ("buurtagenda %s\n", PACKAGE_VERSION);
      *exit_status = EXIT_SUCCESS;
      return TRUE;
    }

  *own_file = options.database != NULL;
  path = *own_file ? g_canonicalize_filename (options.database, NULL)
                   : buurt_database_default_path ();

  /* At most one operation: two would leave it unclear what the exit
   * status and the summary are about. */
  if ((options.example_data ? 1 : 0) + (options.import_file != NULL ? 1 : 0) +
      (options.export_file != NULL ? 1 : 0) + (options.backup != NULL ? 1 : 0) +
      (options.restore != NULL ? 1 : 0) + (options.check ? 1 : 0) +
      (options.report != NULL ? 1 : 0) > 1)
    {
      g_printerr ("buurtagenda: %s\n",
                  _("Choose one of --example-data, --import, --export, --backup, --restore "
                    "--check and --report at a time."));
      *exit_status = 2;
      return TRUE;
    }

  if (options.backup != NULL)
    {
      *exit_status = buurt_cli_backup (path, options.backup);
      return TRUE;
    }

  if (options.restore != NULL)
    {
      *exit_status = buurt_cli_restore (path, options.restore);
      return TRUE;
    }

  if (options.check)
    {
      *exit_status = buurt_cli_check (path);
      return TRUE;
    }

  if (options.example_data)
    {
      *exit_status = load_example_data (path, options.n_occurrences);
      return TRUE;
    }

  if (options.import_file != NULL)
    {
      *exit_status = buurt_cli_import (path, &options);
      return TRUE;
    }

  if (options.export_file != NULL)
    {
      *exit_status = buurt_cli_export (path, &options);
      return TRUE;
    }

  if (options.report != NULL)
    {
      *exit_status = buurt_cli_report (path, &options);
      return TRUE;
    }

  *database = g_steal_pointer (&path);
  return FALSE;
}

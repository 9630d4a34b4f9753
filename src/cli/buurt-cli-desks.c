/* buurt-cli-desks.c: --export and --import of an exchange file between desks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "buurt-cli-private.h"
#include "buurt-desk-exchange.h"
#include "buurt-exchange-error.h"

/*
 *   buurtagenda --database PATH --export FILE.json [--since-desk NAME]
 *   buurtagenda --database PATH --import FILE.json [--prefer mine|theirs]
 *
 * Exit status: 0 done; 1 the file or the agenda could not be used (nothing
 * changed); 2 wrong use; 3 received, but records changed on both desks wait
 * for the user in the window (each is listed on stderr).
 */

#define EXIT_CONFLICTS 3

/* What a person calls a record: its title or name, else its id. */
static char *
describe_record (const char *table,
                 const char *uuid,
                 GVariant   *fields)
{
  const char *label = NULL;

  if (fields != NULL &&
      !g_variant_lookup (fields, "title", "&s", &label) &&
      !g_variant_lookup (fields, "name", "&s", &label) &&
      !g_variant_lookup (fields, "description", "&s", &label))
    label = NULL;
  /* Translators: a record in a message: its table, its title or name, its id */
  return label != NULL ? g_strdup_printf (_("%s “%s” (%s)"), table, label, uuid)
                       : g_strdup_printf ("%s %s", table, uuid);
}

/**
 * buurt_cli_desks_import:
 *
 * Returns: the exit status
 */
int
buurt_cli_desks_import (const char            *path,
                        GFile                 *file,
                        const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = g_file_get_parse_name (file);
  BuurtDeskChoice choice = BUURT_DESK_CHOICE_ASK;
  BuurtDeskSummary summary;
  const char *from;

  if (options->prefer != NULL)
    {
      if (g_str_equal (options->prefer, "mine"))
        choice = BUURT_DESK_CHOICE_MINE;
      else if (g_str_equal (options->prefer, "theirs"))
        choice = BUURT_DESK_CHOICE_THEIRS;
      else
        {
          g_printerr ("buurtagenda: %s\n", _("--prefer takes “mine” or “theirs”."));
          return 2;
        }
    }

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      (desk_file = buurt_desk_file_read (database, file, &error)) == NULL ||
      !buurt_desk_receive (database, desk_file, choice, NULL, &summary, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  from = desk_file->desk_name != NULL && *desk_file->desk_name != '\0'
         ? desk_file->desk_name : desk_file->desk_id;
  /* Translators: %s is a desk's name; the numbers count records */
  g_print (_("Received from desk “%s”: %u new, %u changed, %u deleted, %u conflicts, %u already here.\n"),
           from, summary.n[BUURT_DESK_CHANGE_NEW], summary.n[BUURT_DESK_CHANGE_CHANGED],
           summary.n[BUURT_DESK_CHANGE_DELETED], summary.n[BUURT_DESK_CHANGE_CONFLICT],
           summary.n[BUURT_DESK_CHANGE_SAME]);

  if (summary.n_pending == 0)
    return EXIT_SUCCESS;

  conflicts = buurt_desk_list_conflicts (database, TRUE, &error);
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      BuurtDeskConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *record = describe_record (conflict->table, conflict->uuid,
                                                 conflict->mine != NULL ? conflict->mine : conflict->theirs);

      /* Translators: %s: the file, then a record as “activity “Taalcafé” (id)” */
      g_printerr ("buurtagenda: %s: ", where);
      g_printerr (_("conflict: %s was changed on both desks; choose in the window, or import again with --prefer mine or --prefer theirs"),
                  record);
      g_printerr ("\n");
    }
  return EXIT_CONFLICTS;
}

/**
 * buurt_cli_desks_export:
 *
 * Returns: the exit status
 */
int
buurt_cli_desks_export (const char            *path,
                        GFile                 *file,
                        const BuurtCliOptions *options)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = g_file_get_parse_name (file);
  guint n_records = 0;

  database = buurt_database_new (path, &error);
  if (database == NULL ||
      !buurt_desk_send (database, file, options->since_desk, &n_records, &error))
    {
      buurt_cli_print_error (error);
      return EXIT_FAILURE;
    }

  if (options->since_desk != NULL)
    /* Translators: %u counts records, the first %s is a file, the second a desk's name */
    g_print (ngettext ("Wrote %u record to %s that desk “%s” has not seen yet.\n",
                       "Wrote %u records to %s that desk “%s” has not seen yet.\n", n_records),
             n_records, where, options->since_desk);
  else
    /* Translators: %u counts records, %s is a file */
    g_print (ngettext ("Wrote %u record to %s: everything in this agenda.\n",
                       "Wrote %u records to %s: everything in this agenda.\n", n_records),
             n_records, where);
  return EXIT_SUCCESS;
}

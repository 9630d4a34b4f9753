/* buurt-cli-exchange.c: --import and --export
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
#include "buurt-exchange-format.h"

/*
 * One --import and one --export for every kind of file: the file's name
 * says which format reads or writes it, as Import… in the window does.
 * Each format has its operations in a file of its own (buurt-cli-<format>.c)
 * and one line in this table.
 */
static const struct
{
  BuurtExchangeFormat format;
  BuurtCliFileFunc    import;
  BuurtCliFileFunc    export;
} handlers[] = {
  { BUURT_EXCHANGE_FORMAT_UNKNOWN, NULL, NULL },
  { BUURT_EXCHANGE_FORMAT_DESKS, buurt_cli_desks_import, buurt_cli_desks_export },
  { BUURT_EXCHANGE_FORMAT_CSV, buurt_cli_csv_import, buurt_cli_csv_export },
  { BUURT_EXCHANGE_FORMAT_PDF, NULL, buurt_cli_pdf_export },
  { BUURT_EXCHANGE_FORMAT_HTML, NULL, buurt_cli_html_export },
  { BUURT_EXCHANGE_FORMAT_ICALENDAR, buurt_cli_ical_import, buurt_cli_ical_export },
};

/**
 * buurt_cli_print_error:
 *
 * Prints @error on stderr as one message per line, each with the program's
 * name, so a script's log shows where every line came from.
 */
void
buurt_cli_print_error (const GError *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_printerr ("buurtagenda: %s\n", lines[i]);
}

static int
run (const char            *path,
     const char            *file_name,
     gboolean               import,
     const BuurtCliOptions *options)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (file_name);
  g_autoptr(GError) error = NULL;
  BuurtExchangeFormat format = buurt_exchange_format_for_file (file);

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    {
      BuurtCliFileFunc func = import ? handlers[i].import : handlers[i].export;

      if (handlers[i].format == format && func != NULL)
        return func (path, file, options);
    }

  if (format == BUURT_EXCHANGE_FORMAT_UNKNOWN)
    buurt_exchange_format_unknown_error (file, &error);
  else
    buurt_exchange_set_error_at (&error, BUURT_EXCHANGE_ERROR_UNSUPPORTED, file, 0,
                                 import ? _("%s cannot be imported on the command line.")
                                        : _("%s cannot be exported on the command line."),
                                 buurt_exchange_format_describe (format));
  buurt_cli_print_error (error);
  return 2;
}

/**
 * buurt_cli_import:
 * @path: the agenda to import into
 * @options: what was asked; its import_file is read
 *
 * Returns: the exit status
 */
int
buurt_cli_import (const char            *path,
                  const BuurtCliOptions *options)
{
  return run (path, options->import_file, TRUE, options);
}

/**
 * buurt_cli_export:
 * @path: the agenda to export from
 * @options: what was asked; its export_file is written
 *
 * Returns: the exit status
 */
int
buurt_cli_export (const char            *path,
                  const BuurtCliOptions *options)
{
  return run (path, options->export_file, FALSE, options);
}

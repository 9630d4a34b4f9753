/* buurt-exchange-error.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include "buurt-exchange-error.h"

G_DEFINE_QUARK (buurt-exchange-error-quark, buurt_exchange_error)

/**
 * buurt_exchange_set_error_at:
 * @error: (out) (optional): where to put the error
 * @code: a #BuurtExchangeError
 * @file: (nullable): the file the problem is in
 * @line: the line of @file, counted from 1; 0 when no line applies
 * @format: the problem, already translated, in printf() style
 *
 * Sets an error whose message starts with where the problem is, as
 * compilers write it ("agenda.ics:12: …"), so the command line can print it
 * as it is and a window can show it to someone who has to fix the file.
 */
void
buurt_exchange_set_error_at (GError     **error,
                             gint         code,
                             GFile       *file,
                             guint        line,
                             const char  *format,
                             ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *where = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (file == NULL)
    {
      g_set_error_literal (error, BUURT_EXCHANGE_ERROR, code, problem);
      return;
    }

  where = g_file_get_parse_name (file);
  if (line > 0)
    g_set_error (error, BUURT_EXCHANGE_ERROR, code, "%s:%u: %s", where, line, problem);
  else
    g_set_error (error, BUURT_EXCHANGE_ERROR, code, "%s: %s", where, problem);
}

/* buurt-exchange-format.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-exchange-error.h"
#include "buurt-exchange-format.h"

static const struct
{
  BuurtExchangeFormat  format;
  const char          *suffix;
  const char          *mime_type;
} formats[] = {
  { BUURT_EXCHANGE_FORMAT_ICALENDAR, ".ics", "text/calendar" },
  { BUURT_EXCHANGE_FORMAT_ICALENDAR, ".ical", "text/calendar" },
  { BUURT_EXCHANGE_FORMAT_ICALENDAR, ".ifb", "text/calendar" },
  { BUURT_EXCHANGE_FORMAT_DESKS, ".json", "application/json" },
  { BUURT_EXCHANGE_FORMAT_CSV, ".csv", "text/csv" },
  { BUURT_EXCHANGE_FORMAT_CSV, ".txt", "text/csv" },
  { BUURT_EXCHANGE_FORMAT_PDF, ".pdf", "application/pdf" },
  { BUURT_EXCHANGE_FORMAT_HTML, ".html", "text/html" },
  { BUURT_EXCHANGE_FORMAT_HTML, ".htm", "text/html" },
};

/**
 * buurt_exchange_format_for_file:
 * @file: a file to import, or to export to
 *
 * Tells the format by the name's suffix, case folded ("AGENDA.ICS" too), as
 * a file to export to does not exist yet. A file without a known suffix
 * that exists is told by its content type (a calendar saved without
 * ".ics" by a mail program).
 *
 * Returns: the format, or %BUURT_EXCHANGE_FORMAT_UNKNOWN
 */
BuurtExchangeFormat
buurt_exchange_format_for_file (GFile *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *content_type;

  g_return_val_if_fail (G_IS_FILE (file), BUURT_EXCHANGE_FORMAT_UNKNOWN);

  basename = g_file_get_basename (file);
  folded = basename != NULL ? g_ascii_strdown (basename, -1) : g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (folded, formats[i].suffix))
      return formats[i].format;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  content_type = info != NULL ? g_file_info_get_content_type (info) : NULL;
  if (content_type == NULL)
    return BUURT_EXCHANGE_FORMAT_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *type = g_content_type_from_mime_type (formats[i].mime_type);

      if (type != NULL && g_content_type_is_a (content_type, type))
        return formats[i].format;
    }

  return BUURT_EXCHANGE_FORMAT_UNKNOWN;
}

/**
 * buurt_exchange_format_mime_type:
 *
 * Returns: (nullable): the MIME type of @format, for file chooser filters
 */
const char *
buurt_exchange_format_mime_type (BuurtExchangeFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].mime_type;

  return NULL;
}

/**
 * buurt_exchange_format_describe:
 *
 * Returns: what a user calls @format, translated ("Calendar files")
 */
const char *
buurt_exchange_format_describe (BuurtExchangeFormat format)
{
  switch (format)
    {
    case BUURT_EXCHANGE_FORMAT_ICALENDAR:
      return _("Calendar files");
    case BUURT_EXCHANGE_FORMAT_DESKS:
      return _("Exchange files from another desk");
    case BUURT_EXCHANGE_FORMAT_CSV:
      return _("Spreadsheets saved as CSV");
    case BUURT_EXCHANGE_FORMAT_PDF:
      return _("PDF documents");
    case BUURT_EXCHANGE_FORMAT_HTML:
      return _("Web pages");
    case BUURT_EXCHANGE_FORMAT_UNKNOWN:
    default:
      return _("Other files");
    }
}

/**
 * buurt_exchange_format_unknown_error:
 * @file: the file that is not one of ours
 * @error: (out): set to say so, naming the file and what the app reads
 *
 * Returns: %FALSE always, so a caller can `return` it
 */
gboolean
buurt_exchange_format_unknown_error (GFile   *file,
                                     GError **error)
{
  buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNSUPPORTED, file, 0,
                               _("Buurtagenda does not know this kind of file. It reads and "
                                 "writes calendar files (.ics), spreadsheets saved as CSV (.csv) "
                                 "and exchange files from another desk (.json)."));
  return FALSE;
}

/* buurt-exchange-format.h: which kind of file this is
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BuurtExchangeFormat:
 * @BUURT_EXCHANGE_FORMAT_UNKNOWN: none the app reads or writes
 * @BUURT_EXCHANGE_FORMAT_ICALENDAR: a calendar file (.ics, text/calendar)
 * @BUURT_EXCHANGE_FORMAT_DESKS: an exchange file from another desk (.json)
 * @BUURT_EXCHANGE_FORMAT_CSV: a spreadsheet saved as CSV (.csv)
 * @BUURT_EXCHANGE_FORMAT_PDF: a printed agenda (.pdf), written only
 * @BUURT_EXCHANGE_FORMAT_HTML: a newsletter section (.html), written only
 *
 * The kinds of file that Import… and --import read and --export writes. The
 * window, the command line and a file dropped on the window all ask
 * buurt_exchange_format_for_file() and then hand the file to that format.
 */
typedef enum
{
  BUURT_EXCHANGE_FORMAT_UNKNOWN,
  BUURT_EXCHANGE_FORMAT_ICALENDAR,
  BUURT_EXCHANGE_FORMAT_DESKS,
  BUURT_EXCHANGE_FORMAT_CSV,
  BUURT_EXCHANGE_FORMAT_PDF,
  BUURT_EXCHANGE_FORMAT_HTML,
} BuurtExchangeFormat;

BuurtExchangeFormat  buurt_exchange_format_for_file   (GFile               *file);
const char          *buurt_exchange_format_mime_type  (BuurtExchangeFormat  format);
const char          *buurt_exchange_format_describe   (BuurtExchangeFormat  format);
gboolean             buurt_exchange_format_unknown_error (GFile            *file,
                                                          GError          **error);

G_END_DECLS

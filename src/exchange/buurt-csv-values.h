/* buurt-csv-values.h: dates, times and amounts as Dutch spreadsheets write them
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean buurt_csv_parse_date   (const char  *text,
                                 GDate       *date,
                                 GError     **error);
gboolean buurt_csv_parse_time   (const char  *text,
                                 int         *hour,
                                 int         *minute,
                                 GError     **error);
gboolean buurt_csv_parse_money  (const char  *text,
                                 gint64      *cents,
                                 GError     **error);
char    *buurt_csv_format_money (gint64       cents);
char    *buurt_csv_fold         (const char  *text);

G_END_DECLS

/* buurt-csv-export.h: what the agenda shows, as a spreadsheet
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

char     *buurt_csv_export_text  (BuurtDatabase          *database,
                                  GPtrArray              *occurrences);
gboolean  buurt_csv_export_agenda (BuurtDatabase          *database,
                                   const BuurtAgendaQuery *query,
                                   const char             *to_day,
                                   GFile                  *file,
                                   guint                  *n_rows,
                                   GError                **error);

G_END_DECLS

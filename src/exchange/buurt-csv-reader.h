/* buurt-csv-reader.h: the lines of a spreadsheet saved as CSV
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BuurtCsvRecord:
 * @line: the line of the file the record starts on, counted from 1
 * @fields: (array zero-terminated=1): the fields, unquoted, in UTF-8
 * @n_fields: how many
 *
 * One record: usually one line, more when a quoted field holds line breaks.
 */
typedef struct
{
  guint   line;
  char  **fields;
  guint   n_fields;
} BuurtCsvRecord;

/**
 * BuurtCsvTable:
 * @separator: ';' or ',' (or a tab), as found in the first line
 * @encoding: "UTF-8" or "WINDOWS-1252", as found
 * @records: (element-type BuurtCsvRecord): the records, header first
 */
typedef struct
{
  char        separator;
  const char *encoding;
  GPtrArray  *records;
} BuurtCsvTable;

BuurtCsvTable *buurt_csv_table_parse (const char     *data,
                                      gsize           length,
                                      GFile          *file,
                                      GError        **error);
BuurtCsvTable *buurt_csv_table_read  (GFile          *file,
                                      GCancellable   *cancellable,
                                      GError        **error);
void           buurt_csv_table_free  (BuurtCsvTable  *table);

void           buurt_csv_append_field  (GString      *line,
                                        const char   *value,
                                        char          separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtCsvTable, buurt_csv_table_free)

G_END_DECLS

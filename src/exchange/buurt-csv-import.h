/* buurt-csv-import.h: activities or venues from a spreadsheet
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

/**
 * BuurtCsvKind:
 * @BUURT_CSV_KIND_ACTIVITIES: one activity (date) per line
 * @BUURT_CSV_KIND_VENUES: a venue per line, with one of its rooms
 */
typedef enum
{
  BUURT_CSV_KIND_ACTIVITIES,
  BUURT_CSV_KIND_VENUES,
} BuurtCsvKind;

/**
 * BuurtCsvField:
 *
 * What a column of the spreadsheet holds. The first fields are for
 * activities, those from %BUURT_CSV_FIELD_NAME on for venues; a room and
 * a location are both.
 */
typedef enum
{
  BUURT_CSV_FIELD_IGNORE,
  BUURT_CSV_FIELD_TITLE,
  BUURT_CSV_FIELD_DATE,
  BUURT_CSV_FIELD_START,
  BUURT_CSV_FIELD_END,
  BUURT_CSV_FIELD_LOCATION,
  BUURT_CSV_FIELD_ROOM,
  BUURT_CSV_FIELD_DESCRIPTION,
  BUURT_CSV_FIELD_CATEGORY,
  BUURT_CSV_FIELD_TARGET_GROUPS,
  BUURT_CSV_FIELD_ORGANISER,
  BUURT_CSV_FIELD_COST,
  BUURT_CSV_FIELD_NAME,
  BUURT_CSV_FIELD_KIND,
  BUURT_CSV_FIELD_ADDRESS,
  BUURT_CSV_FIELD_POSTCODE,
  BUURT_CSV_FIELD_NEIGHBOURHOOD,
  BUURT_CSV_FIELD_PHONE,
  BUURT_CSV_FIELD_EMAIL,
  BUURT_CSV_FIELD_CAPACITY,
  BUURT_CSV_N_FIELDS,
} BuurtCsvField;

/**
 * BuurtCsvProblem:
 * @line: the line of the file, counted from 1
 * @message: why it cannot be read, naming the column, translated
 */
typedef struct
{
  guint  line;
  char  *message;
} BuurtCsvProblem;

#define BUURT_TYPE_CSV_IMPORT (buurt_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (BuurtCsvImport, buurt_csv_import, BUURT, CSV_IMPORT, GObject)

BuurtCsvImport *buurt_csv_import_new              (BuurtDatabase   *database,
                                                   GFile           *file,
                                                   GError         **error);
GFile          *buurt_csv_import_get_file         (BuurtCsvImport  *self);
BuurtCsvKind    buurt_csv_import_get_kind         (BuurtCsvImport  *self);
void            buurt_csv_import_set_kind         (BuurtCsvImport  *self,
                                                   BuurtCsvKind     kind);
const char     *buurt_csv_import_get_encoding     (BuurtCsvImport  *self);
char            buurt_csv_import_get_separator    (BuurtCsvImport  *self);
guint           buurt_csv_import_get_n_columns    (BuurtCsvImport  *self);
const char     *buurt_csv_import_get_header       (BuurtCsvImport  *self,
                                                   guint            column);
const char     *buurt_csv_import_get_example      (BuurtCsvImport  *self,
                                                   guint            column);
BuurtCsvField   buurt_csv_import_get_column_field (BuurtCsvImport  *self,
                                                   guint            column);
void            buurt_csv_import_set_column_field (BuurtCsvImport  *self,
                                                   guint            column,
                                                   BuurtCsvField    field);
guint           buurt_csv_import_get_n_lines      (BuurtCsvImport  *self);
guint           buurt_csv_import_get_n_good       (BuurtCsvImport  *self);
guint           buurt_csv_import_get_n_already    (BuurtCsvImport  *self);
GPtrArray      *buurt_csv_import_get_problems     (BuurtCsvImport  *self);
char           *buurt_csv_import_dup_report       (BuurtCsvImport  *self);
gboolean        buurt_csv_import_apply            (BuurtCsvImport  *self,
                                                   guint           *n_added,
                                                   GError         **error);

void            buurt_csv_import_apply_async      (BuurtCsvImport      *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        buurt_csv_import_apply_finish     (BuurtCsvImport  *self,
                                                   GAsyncResult    *result,
                                                   guint           *n_added,
                                                   GError         **error);

const char     *buurt_csv_field_label             (BuurtCsvField    field);
gboolean        buurt_csv_field_is_for            (BuurtCsvField    field,
                                                   BuurtCsvKind     kind);
BuurtCsvField   buurt_csv_field_for_header        (const char      *header,
                                                   BuurtCsvKind     kind);
const char     *buurt_csv_field_header            (BuurtCsvField    field);

G_END_DECLS

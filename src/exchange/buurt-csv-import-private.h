/* buurt-csv-import-private.h: what the import's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-csv-import.h"
#include "buurt-csv-reader.h"

G_BEGIN_DECLS

/* The organiser's name a checked activity carries until it is written */
#define ORGANISER_KEY "buurt-csv-organiser"

/* A good line of a spreadsheet of venues: the venue (new, or one in the
 * agenda) and maybe one of its rooms. */
typedef struct
{
  BuurtEntity *venue;
  BuurtEntity *room;
} BuurtCsvVenueRow;

struct _BuurtCsvImport
{
  GObject         parent_instance;

  BuurtDatabase  *database;
  GFile          *file;
  BuurtCsvTable  *table;

  /* What each column holds, guessed from the header */
  BuurtCsvKind    kind;
  BuurtCsvField  *fields;

  /* The result of checking the lines */
  GPtrArray      *problems;    /* BuurtCsvProblem */
  GPtrArray      *rows;        /* BuurtActivity, not saved; "organiser-name" set as data */
  GArray         *venue_rows;  /* BuurtCsvVenueRow */
  guint           n_already;
};

GHashTable  *buurt_csv_by_name                  (BuurtDatabase  *database,
                                                 GType           type,
                                                 const char     *property);
void         buurt_csv_venue_row_clear          (gpointer        data);
void         buurt_csv_import_add_problem       (BuurtCsvImport *self,
                                                 guint           line,
                                                 guint           column,
                                                 const char     *message);
int          buurt_csv_import_column_of         (BuurtCsvImport *self,
                                                 BuurtCsvField   field);
const char  *buurt_csv_import_cell              (BuurtCsvImport *self,
                                                 BuurtCsvRecord *record,
                                                 BuurtCsvField   field,
                                                 int            *column);
void         buurt_csv_import_check_activities  (BuurtCsvImport *self);
void         buurt_csv_import_check_venues      (BuurtCsvImport *self);

G_END_DECLS

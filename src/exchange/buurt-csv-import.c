/* buurt-csv-import.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-csv-import-private.h"
#include "buurt-csv-reader.h"
#include "buurt-csv-values.h"
#include "buurt-exchange-error.h"

/*
 * Reading a spreadsheet happens in two steps, so that a person sees what
 * it would do before anything is written: buurt_csv_import_new() reads the
 * file, guesses from the headers whether it holds activities or venues and
 * what each column holds, and checks every line; the preview lets the user
 * change what a column holds (each change checks the lines again); then
 * buurt_csv_import_apply() writes the good lines in one transaction.
 *
 * A line is "already there" when the agenda has a date with the same title,
 * start and place (or the file had it on an earlier line), so importing the
 * same file twice adds nothing the second time, and a file exported from
 * the agenda and imported again into it neither.
 */

G_DEFINE_FINAL_TYPE (BuurtCsvImport, buurt_csv_import, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The words a header may hold, folded; Dutch and English. */
static const struct
{
  BuurtCsvField  field;
  const char    *words[12];
} header_words[] = {
  { BUURT_CSV_FIELD_TITLE, { "titel", "title", "activiteit", "activity", "wat", "what", NULL } },
  { BUURT_CSV_FIELD_DATE, { "datum", "date", "dag", "day", NULL } },
  { BUURT_CSV_FIELD_START, { "begin", "start", "van", "from", "begintijd", "starttijd", "aanvang",
                             "start time", "tijd", "time", "vanaf", NULL } },
  { BUURT_CSV_FIELD_END, { "eind", "einde", "end", "tot", "to", "eindtijd", "end time", "until", NULL } },
  { BUURT_CSV_FIELD_LOCATION, { "locatie", "location", "plaats", "place", "waar", "where", "venue",
                                "accommodatie", "gebouw", NULL } },
  { BUURT_CSV_FIELD_ROOM, { "ruimte", "room", "zaal", "lokaal", NULL } },
  { BUURT_CSV_FIELD_DESCRIPTION, { "omschrijving", "description", "beschrijving", "toelichting",
                                   "details", NULL } },
  { BUURT_CSV_FIELD_CATEGORY, { "categorie", "category", "soort activiteit", "rubriek", NULL } },
  { BUURT_CSV_FIELD_TARGET_GROUPS, { "doelgroep", "doelgroepen", "target group", "target groups",
                                     "voor wie", "for whom", "audience", NULL } },
  { BUURT_CSV_FIELD_ORGANISER, { "organisator", "organiser", "organizer", "organisatie",
                                 "organisation", "organization", NULL } },
  { BUURT_CSV_FIELD_COST, { "kosten", "prijs", "cost", "price", "entree", "toegang", "bijdrage",
                            NULL } },
  { BUURT_CSV_FIELD_NAME, { "naam", "name", "locatie", "location", "venue", NULL } },
  { BUURT_CSV_FIELD_KIND, { "soort", "kind", "type", NULL } },
  { BUURT_CSV_FIELD_ADDRESS, { "adres", "address", "straat", "street", NULL } },
  { BUURT_CSV_FIELD_POSTCODE, { "postcode", "postal code", "zip", NULL } },
  { BUURT_CSV_FIELD_NEIGHBOURHOOD, { "wijk", "neighbourhood", "neighborhood", "buurt", NULL } },
  { BUURT_CSV_FIELD_PHONE, { "telefoon", "phone", "telefoonnummer", "tel", "telephone", NULL } },
  { BUURT_CSV_FIELD_EMAIL, { "e-mail", "email", "mail", "e-mailadres", NULL } },
  { BUURT_CSV_FIELD_CAPACITY, { "capaciteit", "capacity", "personen", "people", "plaatsen",
                                "max", NULL } },
};

static void
problem_free (gpointer data)
{
  BuurtCsvProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

/**
 * buurt_csv_field_label:
 *
 * Returns: what a column holding @field holds, translated ("Title")
 */
const char *
buurt_csv_field_label (BuurtCsvField field)
{
  switch (field)
    {
    case BUURT_CSV_FIELD_TITLE: return _("Title");
    case BUURT_CSV_FIELD_DATE: return _("Date");
    case BUURT_CSV_FIELD_START: return _("Start");
    case BUURT_CSV_FIELD_END: return _("End");
    case BUURT_CSV_FIELD_LOCATION: return _("Location");
    case BUURT_CSV_FIELD_ROOM: return _("Room");
    case BUURT_CSV_FIELD_DESCRIPTION: return _("Description");
    case BUURT_CSV_FIELD_CATEGORY: return _("Category");
    case BUURT_CSV_FIELD_TARGET_GROUPS: return _("Target groups");
    case BUURT_CSV_FIELD_ORGANISER: return _("Organiser");
    case BUURT_CSV_FIELD_COST: return _("Cost");
    case BUURT_CSV_FIELD_NAME: return _("Name");
    case BUURT_CSV_FIELD_KIND: return _("Kind");
    case BUURT_CSV_FIELD_ADDRESS: return _("Address");
    case BUURT_CSV_FIELD_POSTCODE: return _("Postcode");
    case BUURT_CSV_FIELD_NEIGHBOURHOOD: return _("Neighbourhood");
    case BUURT_CSV_FIELD_PHONE: return _("Phone");
    case BUURT_CSV_FIELD_EMAIL: return _("Email");
    case BUURT_CSV_FIELD_CAPACITY: return _("Capacity");
    case BUURT_CSV_FIELD_IGNORE:
    case BUURT_CSV_N_FIELDS:
    default:
      return _("Not imported");
    }
}

/**
 * buurt_csv_field_header:
 *
 * Returns: the header an exported file gives a column of @field, in the
 *   user's language, one that buurt_csv_field_for_header() reads back
 */
const char *
buurt_csv_field_header (BuurtCsvField field)
{
  switch (field)
    {
    case BUURT_CSV_FIELD_TITLE: return C_("spreadsheet column", "title");
    case BUURT_CSV_FIELD_DATE: return C_("spreadsheet column", "date");
    case BUURT_CSV_FIELD_START: return C_("spreadsheet column", "start");
    case BUURT_CSV_FIELD_END: return C_("spreadsheet column", "end");
    case BUURT_CSV_FIELD_LOCATION: return C_("spreadsheet column", "location");
    case BUURT_CSV_FIELD_ROOM: return C_("spreadsheet column", "room");
    case BUURT_CSV_FIELD_DESCRIPTION: return C_("spreadsheet column", "description");
    case BUURT_CSV_FIELD_CATEGORY: return C_("spreadsheet column", "category");
    case BUURT_CSV_FIELD_TARGET_GROUPS: return C_("spreadsheet column", "target group");
    case BUURT_CSV_FIELD_ORGANISER: return C_("spreadsheet column", "organiser");
    case BUURT_CSV_FIELD_COST: return C_("spreadsheet column", "cost");
    case BUURT_CSV_FIELD_NAME: return C_("spreadsheet column", "name");
    case BUURT_CSV_FIELD_KIND: return C_("spreadsheet column", "kind");
    case BUURT_CSV_FIELD_ADDRESS: return C_("spreadsheet column", "address");
    case BUURT_CSV_FIELD_POSTCODE: return C_("spreadsheet column", "postcode");
    case BUURT_CSV_FIELD_NEIGHBOURHOOD: return C_("spreadsheet column", "neighbourhood");
    case BUURT_CSV_FIELD_PHONE: return C_("spreadsheet column", "phone");
    case BUURT_CSV_FIELD_EMAIL: return C_("spreadsheet column", "e-mail");
    case BUURT_CSV_FIELD_CAPACITY: return C_("spreadsheet column", "capacity");
    case BUURT_CSV_FIELD_IGNORE:
    case BUURT_CSV_N_FIELDS:
    default:
      return "";
    }
}

/**
 * buurt_csv_field_is_for:
 *
 * Returns: whether a spreadsheet of @kind can have a column of @field
 */
gboolean
buurt_csv_field_is_for (BuurtCsvField field,
                        BuurtCsvKind  kind)
{
  if (field == BUURT_CSV_FIELD_IGNORE || field == BUURT_CSV_FIELD_ROOM)
    return TRUE;
  if (kind == BUURT_CSV_KIND_ACTIVITIES)
    return field < BUURT_CSV_FIELD_NAME;
  return field >= BUURT_CSV_FIELD_NAME && field < BUURT_CSV_N_FIELDS;
}

/**
 * buurt_csv_field_for_header:
 * @header: a column's header, as in the file
 *
 * Returns: what a column with @header holds in a spreadsheet of @kind, or
 *   %BUURT_CSV_FIELD_IGNORE
 */
BuurtCsvField
buurt_csv_field_for_header (const char   *header,
                            BuurtCsvKind  kind)
{
  g_autofree char *folded = buurt_csv_fold (header);

  /* "Titel:" and "Datum (dd-mm-jjjj)" too */
  for (char *p = folded; *p != '\0'; p++)
    if (*p == ':' || *p == '(' || *p == '*')
      {
        *p = '\0';
        g_strchomp (folded);
        break;
      }

  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    {
      if (!buurt_csv_field_is_for (header_words[i].field, kind))
        continue;
      for (guint j = 0; header_words[i].words[j] != NULL; j++)
        if (g_strcmp0 (folded, header_words[i].words[j]) == 0)
          return header_words[i].field;
    }

  return BUURT_CSV_FIELD_IGNORE;
}

static void
guess_fields (BuurtCsvImport *self)
{
  BuurtCsvRecord *header = g_ptr_array_index (self->table->records, 0);

  g_clear_pointer (&self->fields, g_free);
  self->fields = g_new0 (BuurtCsvField, MAX (header->n_fields, 1));
  for (guint i = 0; i < header->n_fields; i++)
    {
      BuurtCsvField field = buurt_csv_field_for_header (header->fields[i], self->kind);

      /* The first column that says it is the title is the title. */
      for (guint j = 0; j < i; j++)
        if (self->fields[j] == field)
          field = BUURT_CSV_FIELD_IGNORE;
      self->fields[i] = field;
    }
}

static BuurtCsvKind
guess_kind (BuurtCsvRecord *header)
{
  guint activity = 0, venue = 0;

  for (guint i = 0; i < header->n_fields; i++)
    {
      BuurtCsvField as_activity = buurt_csv_field_for_header (header->fields[i], BUURT_CSV_KIND_ACTIVITIES);
      BuurtCsvField as_venue = buurt_csv_field_for_header (header->fields[i], BUURT_CSV_KIND_VENUES);

      activity += as_activity == BUURT_CSV_FIELD_TITLE || as_activity == BUURT_CSV_FIELD_DATE ||
                  as_activity == BUURT_CSV_FIELD_START;
      venue += as_venue == BUURT_CSV_FIELD_NAME || as_venue == BUURT_CSV_FIELD_CAPACITY ||
               as_venue == BUURT_CSV_FIELD_POSTCODE || as_venue == BUURT_CSV_FIELD_ADDRESS;
    }

  return venue > activity ? BUURT_CSV_KIND_VENUES : BUURT_CSV_KIND_ACTIVITIES;
}

void
buurt_csv_import_add_problem (BuurtCsvImport *self,
                              guint           line,
                              guint           column,
                              const char     *message)
{
  BuurtCsvProblem *problem = g_new0 (BuurtCsvProblem, 1);
  BuurtCsvRecord *header = g_ptr_array_index (self->table->records, 0);

  problem->line = line;
  if (column < header->n_fields)
    /* Translators: the first %s is a column's header, the second what is wrong */
    problem->message = g_strdup_printf (_("column “%s”: %s"), header->fields[column], message);
  else
    problem->message = g_strdup (message);
  g_ptr_array_add (self->problems, problem);
}

/* Checks every line again with the columns as they are now. */
static void
check (BuurtCsvImport *self)
{
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->rows, 0);
  self->n_already = 0;

  if (self->kind == BUURT_CSV_KIND_ACTIVITIES)
    buurt_csv_import_check_activities (self);
  else
    buurt_csv_import_check_venues (self);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* The column that holds @field, or -1. */
int
buurt_csv_import_column_of (BuurtCsvImport *self,
                            BuurtCsvField   field)
{
  for (guint i = 0; i < buurt_csv_import_get_n_columns (self); i++)
    if (self->fields[i] == field)
      return (int) i;

  return -1;
}

const char *
buurt_csv_import_cell (BuurtCsvImport *self,
                       BuurtCsvRecord *record,
                       BuurtCsvField   field,
                       int            *column)
{
  int i = buurt_csv_import_column_of (self, field);

  if (column != NULL)
    *column = i;
  if (i < 0 || (guint) i >= record->n_fields)
    return "";
  return record->fields[i];
}

static void
buurt_csv_import_finalize (GObject *object)
{
  BuurtCsvImport *self = (BuurtCsvImport *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_pointer (&self->table, buurt_csv_table_free);
  g_clear_pointer (&self->fields, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->venue_rows, g_array_unref);

  G_OBJECT_CLASS (buurt_csv_import_parent_class)->finalize (object);
}

static void
buurt_csv_import_class_init (BuurtCsvImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_csv_import_finalize;

  /**
   * BuurtCsvImport::changed:
   *
   * The lines were checked again: the counts and problems changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
buurt_csv_import_init (BuurtCsvImport *self)
{
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->venue_rows = g_array_new (FALSE, TRUE, sizeof (BuurtCsvVenueRow));
  g_array_set_clear_func (self->venue_rows, buurt_csv_venue_row_clear);
}

/**
 * buurt_csv_import_new:
 * @database: the agenda to import into
 * @file: a spreadsheet saved as CSV
 * @error: set when @file is not one, naming the file and line
 *
 * Reads @file and checks every line; writes nothing.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error
 */
BuurtCsvImport *
buurt_csv_import_new (BuurtDatabase  *database,
                      GFile          *file,
                      GError        **error)
{
  g_autoptr(BuurtCsvImport) self = NULL;
  BuurtCsvRecord *header;
  gboolean any = FALSE;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (BUURT_TYPE_CSV_IMPORT, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  self->table = buurt_csv_table_read (file, NULL, error);
  if (self->table == NULL)
    return NULL;

  header = g_ptr_array_index (self->table->records, 0);
  self->kind = guess_kind (header);
  guess_fields (self);
  for (guint i = 0; i < header->n_fields; i++)
    any |= self->fields[i] != BUURT_CSV_FIELD_IGNORE;

  if (!any)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, header->line,
                                   _("The first line should name the columns, such as "
                                     "“titel;datum;begin;eind;locatie”, but none of its "
                                     "names is known."));
      return NULL;
    }

  check (self);
  return g_steal_pointer (&self);
}

GFile *
buurt_csv_import_get_file (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), NULL);
  return self->file;
}

BuurtCsvKind
buurt_csv_import_get_kind (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), BUURT_CSV_KIND_ACTIVITIES);
  return self->kind;
}

/**
 * buurt_csv_import_set_kind:
 *
 * Reads the file as activities or as venues: the columns are guessed and
 * the lines checked again.
 */
void
buurt_csv_import_set_kind (BuurtCsvImport *self,
                           BuurtCsvKind    kind)
{
  g_return_if_fail (BUURT_IS_CSV_IMPORT (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  guess_fields (self);
  check (self);
}

const char *
buurt_csv_import_get_encoding (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), NULL);
  return self->table->encoding;
}

char
buurt_csv_import_get_separator (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), ';');
  return self->table->separator;
}

guint
buurt_csv_import_get_n_columns (BuurtCsvImport *self)
{
  BuurtCsvRecord *header;

  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), 0);
  header = g_ptr_array_index (self->table->records, 0);
  return header->n_fields;
}

const char *
buurt_csv_import_get_header (BuurtCsvImport *self,
                             guint           column)
{
  BuurtCsvRecord *header;

  g_return_val_if_fail (column < buurt_csv_import_get_n_columns (self), NULL);
  header = g_ptr_array_index (self->table->records, 0);
  return header->fields[column];
}

/**
 * buurt_csv_import_get_example:
 *
 * Returns: the first value that is not empty in @column, or ""
 */
const char *
buurt_csv_import_get_example (BuurtCsvImport *self,
                              guint           column)
{
  g_return_val_if_fail (column < buurt_csv_import_get_n_columns (self), NULL);

  for (guint i = 1; i < self->table->records->len; i++)
    {
      BuurtCsvRecord *record = g_ptr_array_index (self->table->records, i);

      if (column < record->n_fields && *record->fields[column] != '\0')
        return record->fields[column];
    }
  return "";
}

BuurtCsvField
buurt_csv_import_get_column_field (BuurtCsvImport *self,
                                   guint           column)
{
  g_return_val_if_fail (column < buurt_csv_import_get_n_columns (self), BUURT_CSV_FIELD_IGNORE);
  return self->fields[column];
}

/**
 * buurt_csv_import_set_column_field:
 *
 * Says what @column holds; a column that held @field before holds nothing
 * now. The lines are checked again.
 */
void
buurt_csv_import_set_column_field (BuurtCsvImport *self,
                                   guint           column,
                                   BuurtCsvField   field)
{
  g_return_if_fail (column < buurt_csv_import_get_n_columns (self));
  g_return_if_fail (field < BUURT_CSV_N_FIELDS);

  if (self->fields[column] == field)
    return;

  if (field != BUURT_CSV_FIELD_IGNORE)
    for (guint i = 0; i < buurt_csv_import_get_n_columns (self); i++)
      if (self->fields[i] == field)
        self->fields[i] = BUURT_CSV_FIELD_IGNORE;
  self->fields[column] = field;
  check (self);
}

/**
 * buurt_csv_import_get_n_lines:
 *
 * Returns: the lines below the header (a record with line breaks in a
 *   quoted field counts once)
 */
guint
buurt_csv_import_get_n_lines (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), 0);
  return self->table->records->len - 1;
}

/**
 * buurt_csv_import_get_n_good:
 *
 * Returns: how many lines buurt_csv_import_apply() would add
 */
guint
buurt_csv_import_get_n_good (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), 0);
  return self->kind == BUURT_CSV_KIND_ACTIVITIES ? self->rows->len : self->venue_rows->len;
}

/**
 * buurt_csv_import_get_n_already:
 *
 * Returns: how many good lines are in the agenda already and are skipped
 */
guint
buurt_csv_import_get_n_already (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), 0);
  return self->n_already;
}

/**
 * buurt_csv_import_get_problems:
 *
 * Returns: (transfer none) (element-type BuurtCsvProblem): the lines that
 *   cannot be read, in the order of the file
 */
GPtrArray *
buurt_csv_import_get_problems (BuurtCsvImport *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), NULL);
  return self->problems;
}

/**
 * buurt_csv_import_dup_report:
 *
 * Returns: (transfer full): every problem as "FILE:LINE: column “x”: why",
 *   one a line, as a compiler writes them
 */
char *
buurt_csv_import_dup_report (BuurtCsvImport *self)
{
  g_autofree char *where = NULL;
  GString *report = g_string_new (NULL);

  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), NULL);

  where = g_file_get_parse_name (self->file);
  for (guint i = 0; i < self->problems->len; i++)
    {
      BuurtCsvProblem *problem = g_ptr_array_index (self->problems, i);

      g_string_append_printf (report, "%s:%u: %s\n", where, problem->line, problem->message);
    }
  return g_string_free (report, FALSE);
}

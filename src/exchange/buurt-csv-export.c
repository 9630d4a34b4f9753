/* buurt-csv-export.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-csv-export.h"
#include "buurt-csv-import.h"
#include "buurt-csv-reader.h"
#include "buurt-csv-values.h"
#include "buurt-exchange-agenda.h"
#include "buurt-exchange-error.h"
#include "buurt-format.h"

/*
 * One line per date the agenda shows, with ";" between the fields and a
 * BOM, which is what Excel and LibreOffice with a Dutch locale open without
 * asking; the headers are those the import reads, so a file exported and
 * imported again gives the same dates.
 */

static const BuurtCsvField columns[] = {
  BUURT_CSV_FIELD_TITLE,
  BUURT_CSV_FIELD_DATE,
  BUURT_CSV_FIELD_START,
  BUURT_CSV_FIELD_END,
  BUURT_CSV_FIELD_LOCATION,
  BUURT_CSV_FIELD_DESCRIPTION,
  BUURT_CSV_FIELD_CATEGORY,
  BUURT_CSV_FIELD_TARGET_GROUPS,
  BUURT_CSV_FIELD_ORGANISER,
  BUURT_CSV_FIELD_COST,
};

#define SEPARATOR ';'

static void
append_row (GString     *out,
            const char **values)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, SEPARATOR);
      buurt_csv_append_field (out, values[i], SEPARATOR);
    }
  g_string_append (out, "\r\n");
}

static char *
local_day (GDateTime  *instant,
           const char *tzid)
{
  g_autoptr(GDateTime) local = buurt_in_zone (instant, tzid);

  return g_date_time_format (local, "%d-%m-%Y");
}

static char *
local_time (GDateTime  *instant,
            const char *tzid)
{
  g_autoptr(GDateTime) local = buurt_in_zone (instant, tzid);

  return g_date_time_format (local, "%H:%M");
}

/**
 * buurt_csv_export_text:
 * @occurrences: (element-type BuurtOccurrence): the dates to write
 *
 * Returns: (transfer full): the file's text, with a BOM and CRLF lines
 */
char *
buurt_csv_export_text (BuurtDatabase *database,
                       GPtrArray     *occurrences)
{
  g_autoptr(GHashTable) activities = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, g_object_unref);
  GString *out = g_string_new ("\xEF\xBB\xBF");
  const char *headers[G_N_ELEMENTS (columns)];

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    headers[i] = buurt_csv_field_header (columns[i]);
  append_row (out, headers);

  for (guint i = 0; i < occurrences->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      gint64 activity_id = buurt_occurrence_get_activity_id (occurrence);
      GDateTime *starts_at = buurt_occurrence_get_starts_at (occurrence);
      GDateTime *ends_at = buurt_occurrence_get_ends_at (occurrence);
      const char *tzid = buurt_occurrence_get_tzid (occurrence);
      gboolean all_day = buurt_occurrence_get_all_day (occurrence);
      g_autofree char *day = local_day (starts_at, tzid);
      g_autofree char *start = all_day ? g_strdup ("") : local_time (starts_at, tzid);
      g_autofree char *end = all_day ? g_strdup ("") : local_time (ends_at, tzid);
      g_autofree char *place = buurt_occurrence_dup_place (occurrence);
      g_autofree char *groups = NULL;
      g_autofree char *cost = buurt_csv_format_money (buurt_occurrence_get_cost_cents (occurrence));
      BuurtEntity *activity = g_hash_table_lookup (activities, &activity_id);
      const char *values[G_N_ELEMENTS (columns)];

      if (activity == NULL)
        {
          activity = buurt_database_load (database, BUURT_TYPE_ACTIVITY, activity_id, NULL);
          if (activity != NULL)
            g_hash_table_insert (activities, g_memdup2 (&activity_id, sizeof activity_id), activity);
        }

      groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP,
                                     buurt_occurrence_get_target_groups (occurrence));
      values[0] = buurt_occurrence_get_title (occurrence);
      values[1] = day;
      values[2] = start;
      values[3] = end;
      values[4] = place;
      values[5] = activity != NULL ? buurt_entity_get_string (activity, "description") : "";
      values[6] = activity != NULL ? buurt_enum_to_label (BUURT_TYPE_CATEGORY,
                                                          buurt_entity_get_enum (activity, "category"))
                                   : "";
      values[7] = groups;
      values[8] = buurt_occurrence_get_organiser (occurrence);
      values[9] = cost;
      append_row (out, values);
    }

  return g_string_free (out, FALSE);
}

/**
 * buurt_csv_export_agenda:
 * @query: what the agenda shows
 * @to_day: (nullable): the last day, or %NULL up to the agenda's horizon
 * @file: the file to write; replaced as a whole, or left as it was
 * @n_rows: (out) (optional): the dates written
 *
 * Writes the dates the agenda shows for @query to @file as CSV.
 *
 * Returns: %TRUE when written
 */
gboolean
buurt_csv_export_agenda (BuurtDatabase          *database,
                         const BuurtAgendaQuery *query,
                         const char             *to_day,
                         GFile                  *file,
                         guint                  *n_rows,
                         GError                **error)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  occurrences = buurt_exchange_collect_agenda (database, query, to_day, error);
  if (occurrences == NULL)
    return FALSE;

  text = buurt_csv_export_text (database, occurrences);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   "%s", local_error->message);
      return FALSE;
    }

  if (n_rows != NULL)
    *n_rows = occurrences->len;
  return TRUE;
}

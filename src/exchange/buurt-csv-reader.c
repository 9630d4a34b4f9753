/* buurt-csv-reader.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-csv-reader.h"
#include "buurt-exchange-error.h"

/*
 * A small RFC 4180 reader, the one format written by hand: Excel and
 * LibreOffice in the Netherlands write ";" between fields (the decimal
 * comma is taken), English ones ",". Fields may be quoted with '"', a quote
 * inside doubled, and a quoted field may hold line breaks, so a record can
 * span several lines of the file; each record remembers the line it starts
 * on, for messages. Excel writes Windows-1252 unless told otherwise, often
 * with a BOM when it writes UTF-8.
 */

/* Larger than any agenda a foundation keeps in a spreadsheet; a file this
 * big is not one. */
#define MAX_BYTES (64 * 1024 * 1024)

static void
record_free (gpointer data)
{
  BuurtCsvRecord *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

/**
 * buurt_csv_table_free:
 *
 * Frees @table and its records.
 */
void
buurt_csv_table_free (BuurtCsvTable *table)
{
  if (table == NULL)
    return;

  g_clear_pointer (&table->records, g_ptr_array_unref);
  g_free (table);
}

/* The separator that the first line (outside quotes) has most of. */
static char
detect_separator (const char *text)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (tabs > semicolons && tabs > commas)
    return '\t';
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

static char *
to_utf8 (const char  *data,
         gsize        length,
         GFile       *file,
         const char **encoding,
         GError     **error)
{
  g_autoptr(GError) convert_error = NULL;
  char *text;
  gsize written = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 0,
                                   _("This is not a spreadsheet saved as CSV: it holds "
                                     "binary data. In your spreadsheet program, choose "
                                     "Save As and then CSV."));
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, length);
    }

  text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, &written, &convert_error);
  if (text == NULL)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 0,
                                   _("The characters of this file are in an encoding Buurtagenda "
                                     "does not know. Save it again as CSV in UTF-8 "
                                     "(Unicode) or in Western Europe (Windows-1252)."));
      return NULL;
    }

  *encoding = "WINDOWS-1252";
  return text;
}

/**
 * buurt_csv_table_parse:
 * @data: the bytes of the file
 * @length: how many
 * @file: (nullable): the file, for messages
 *
 * Reads the records of a CSV file: finds the encoding (UTF-8 with or
 * without a BOM, else Windows-1252) and the separator (";", "," or a tab,
 * whichever the first line has most of). Empty lines are left out.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error
 *   naming the file and line when it is not CSV
 */
BuurtCsvTable *
buurt_csv_table_parse (const char  *data,
                       gsize        length,
                       GFile       *file,
                       GError     **error)
{
  g_autoptr(BuurtCsvTable) table = g_new0 (BuurtCsvTable, 1);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p;
  guint line = 1;
  guint record_line = 1;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;
  gboolean empty_record = TRUE;
  guint quote_line = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = to_utf8 (data != NULL ? data : "", length, file, &table->encoding, error);
  if (text == NULL)
    return NULL;

  table->separator = detect_separator (text);
  table->records = g_ptr_array_new_with_free_func (record_free);
  fields = g_ptr_array_new_with_free_func (g_free);

  for (p = text; ; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            {
              buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, quote_line,
                                           _("A quoted field starts here but its closing "
                                             "quote (\") is missing."));
              return NULL;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              if (c == '\r' && p[1] == '\n')
                continue;
              g_string_append_c (field, c == '\r' ? '\n' : c);
              if (c == '\r')
                line++;
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = TRUE;
          was_quoted = TRUE;
          empty_record = FALSE;
          quote_line = line;
        }
      else if (c == table->separator)
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          was_quoted = FALSE;
          empty_record = FALSE;
        }
      else if (c == '\n' || c == '\r' || c == '\0')
        {
          if (!empty_record || field->len > 0)
            {
              BuurtCsvRecord *record = g_new0 (BuurtCsvRecord, 1);

              g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
              field = g_string_new (NULL);
              record->line = record_line;
              record->n_fields = fields->len;
              g_ptr_array_add (fields, NULL);
              record->fields = (char **) g_ptr_array_steal (fields, NULL);
              g_ptr_array_add (table->records, record);
            }
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          empty_record = TRUE;

          if (c == '\0')
            break;
          if (c == '\r' && p[1] == '\n')
            p++;
          line++;
          record_line = line;
        }
      else
        {
          /* Text after a closing quote ("a"b) is kept, as spreadsheets do. */
          g_string_append_c (field, c);
          empty_record = FALSE;
        }
    }

  if (table->records->len == 0)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_NOTHING, file, 0,
                                   _("This file is empty."));
      return NULL;
    }

  return g_steal_pointer (&table);
}

/**
 * buurt_csv_table_read:
 *
 * Reads @file and parses it with buurt_csv_table_parse().
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error
 */
BuurtCsvTable *
buurt_csv_table_read (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > MAX_BYTES)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 0,
                                   _("This file is too large to be a spreadsheet of activities."));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   "%s", local_error->message);
      return NULL;
    }

  return buurt_csv_table_parse (data, length, file, error);
}

/**
 * buurt_csv_append_field:
 * @line: the line being written
 * @value: (nullable): a field's text
 * @separator: the separator, to know when to quote
 *
 * Appends @value to @line, quoted when it holds the separator, a quote, a
 * line break or leading or trailing spaces (which a spreadsheet drops).
 */
void
buurt_csv_append_field (GString    *line,
                        const char *value,
                        char        separator)
{
  gsize length;

  if (value == NULL)
    value = "";
  length = strlen (value);

  if (strchr (value, separator) == NULL && strpbrk (value, "\"\r\n") == NULL &&
      (length == 0 || (value[0] != ' ' && value[length - 1] != ' ')))
    {
      g_string_append (line, value);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

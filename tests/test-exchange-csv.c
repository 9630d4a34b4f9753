/* test-exchange-csv.c: spreadsheets in and out, the printed week and the
 * newsletter section
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <cairo.h>

#include "buurt-csv-export.h"
#include "buurt-csv-import.h"
#include "buurt-csv-reader.h"
#include "buurt-csv-values.h"
#include "buurt-database.h"
#include "buurt-example-data.h"
#include "buurt-exchange-agenda.h"
#include "buurt-exchange-error.h"
#include "buurt-newsletter.h"
#include "buurt-print-layout.h"

typedef struct
{
  char          *dir;
  BuurtDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("buurt-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "agenda.db", NULL);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *data,
            gssize      length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static BuurtCsvRecord *
record (BuurtCsvTable *table,
        guint          i)
{
  g_assert_cmpuint (i, <, table->records->len);
  return g_ptr_array_index (table->records, i);
}

/* Excel with a Dutch locale: ";" between fields, Windows-1252 (ë is 0xEB, € is 0x80). */
static void
test_reader_cp1252 (void)
{
  const char data[] = "titel;locatie;kosten\r\nKoffie;Buurthuis De Ree\xEB" "n;\x80 3,50\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvTable) table = buurt_csv_table_parse (data, sizeof data - 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, ';');
  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  g_assert_cmpuint (table->records->len, ==, 2);
  g_assert_cmpstr (record (table, 1)->fields[1], ==, "Buurthuis De Reeën");
  g_assert_cmpstr (record (table, 1)->fields[2], ==, "€ 3,50");
}

/* UTF-8 with a BOM, "," between fields, a quoted field with line breaks and quotes. */
static void
test_reader_utf8_quoted (void)
{
  const char *data = "\xEF\xBB\xBFtitle,description,date\r\n"
                     "Quiz,\"First line\r\nSecond, with \"\"quotes\"\"\",9-3-2027\r\n"
                     "\r\n"
                     "Borrel,,10-3-2027\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvTable) table = buurt_csv_table_parse (data, strlen (data), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpstr (table->encoding, ==, "UTF-8");
  g_assert_cmpuint (table->records->len, ==, 3);
  g_assert_cmpstr (record (table, 0)->fields[0], ==, "title");
  g_assert_cmpstr (record (table, 1)->fields[1], ==, "First line\nSecond, with \"quotes\"");
  g_assert_cmpuint (record (table, 1)->line, ==, 2);
  /* The record after the two-line field and the empty line starts on line 5. */
  g_assert_cmpuint (record (table, 2)->line, ==, 5);
  g_assert_cmpuint (record (table, 2)->n_fields, ==, 3);
  g_assert_cmpstr (record (table, 2)->fields[1], ==, "");
}

static void
test_reader_broken (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/agenda.csv");
  const char *open_quote = "titel;omschrijving\nQuiz;\"never closed\nmore\n";
  const char binary[] = "titel\0\1\2";
  const char undefined[] = "titel\n\x81\x8D\x8F\n";
  g_autoptr(GError) error = NULL;
  BuurtCsvTable *table;

  table = buurt_csv_table_parse (open_quote, strlen (open_quote), file, &error);
  g_assert_null (table);
  g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "/tmp/agenda.csv:2: "));
  g_clear_error (&error);

  table = buurt_csv_table_parse (binary, sizeof binary - 1, file, &error);
  g_assert_null (table);
  g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
  g_clear_error (&error);

  /* Bytes that are neither UTF-8 nor Windows-1252 */
  table = buurt_csv_table_parse (undefined, sizeof undefined - 1, file, &error);
  g_assert_null (table);
  g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "encoding"));
  g_clear_error (&error);

  table = buurt_csv_table_parse ("\n\n", 2, file, &error);
  g_assert_null (table);
  g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_NOTHING);
}

static void
test_reader_write_field (void)
{
  g_autoptr(GString) line = g_string_new (NULL);

  buurt_csv_append_field (line, "plain", ';');
  g_string_append_c (line, ';');
  buurt_csv_append_field (line, "a;b \"c\"\nd", ';');
  g_string_append_c (line, ';');
  buurt_csv_append_field (line, "3,50", ';');
  g_assert_cmpstr (line->str, ==, "plain;\"a;b \"\"c\"\"\nd\";3,50");
}

static void
test_values_dates (void)
{
  const char *good[] = { "9-3-2027", "09-03-2027", "9-3-27", "2027-03-09", " 9/3/2027 ", "09.03.2027" };
  const char *bad[] = { "31-02-2027", "2027-13-01", "morgen", "9-3", "", "9-3-2027 19:30" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_csv_parse_date (good[i], &date, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_get_day (&date), ==, 9);
      g_assert_cmpint (g_date_get_month (&date), ==, 3);
      g_assert_cmpint (g_date_get_year (&date), ==, 2027);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (buurt_csv_parse_date (bad[i], &date, &error));
      g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
    }
}

static void
test_values_times (void)
{
  const char *good[] = { "19:30", "19.30", "19u30", "19:30:00", " 19:30 " };
  const char *bad[] = { "half acht", "25:00", "19:3", "19:75", "", "7 pm" };
  int hour, minute;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_csv_parse_time (good[i], &hour, &minute, &error));
      g_assert_no_error (error);
      g_assert_cmpint (hour, ==, 19);
      g_assert_cmpint (minute, ==, 30);
    }
  g_assert_true (buurt_csv_parse_time ("9u", &hour, &minute, NULL));
  g_assert_cmpint (hour, ==, 9);
  g_assert_cmpint (minute, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (buurt_csv_parse_time (bad[i], &hour, &minute, &error));
      g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
    }
}

static void
test_values_money (void)
{
  const char *good[] = { "3,50", "EUR 3,50", "€ 3,50", "3.50", "€3,5" };
  gint64 cents;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_csv_parse_money (good[i], &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, 350);
    }
  g_assert_true (buurt_csv_parse_money ("", &cents, NULL));
  g_assert_cmpint (cents, ==, 0);
  g_assert_false (buurt_csv_parse_money ("een tientje", &cents, NULL));
  g_assert_false (buurt_csv_parse_money ("-2", &cents, NULL));

  {
    g_autofree char *text = buurt_csv_format_money (350);
    g_autofree char *free_text = buurt_csv_format_money (0);

    g_assert_cmpstr (text, ==, "3,50");
    g_assert_cmpstr (free_text, ==, "");
  }
}

static void
test_headers (void)
{
  g_assert_cmpint (buurt_csv_field_for_header ("Titel", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_TITLE);
  g_assert_cmpint (buurt_csv_field_for_header ("Date", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_DATE);
  g_assert_cmpint (buurt_csv_field_for_header ("van", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_START);
  g_assert_cmpint (buurt_csv_field_for_header ("Tot:", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_END);
  g_assert_cmpint (buurt_csv_field_for_header ("Target group", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_TARGET_GROUPS);
  g_assert_cmpint (buurt_csv_field_for_header ("PRIJS", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_COST);
  g_assert_cmpint (buurt_csv_field_for_header ("ruimte", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_ROOM);
  g_assert_cmpint (buurt_csv_field_for_header ("capaciteit", BUURT_CSV_KIND_VENUES), ==, BUURT_CSV_FIELD_CAPACITY);
  g_assert_cmpint (buurt_csv_field_for_header ("Naam", BUURT_CSV_KIND_VENUES), ==, BUURT_CSV_FIELD_NAME);
  g_assert_cmpint (buurt_csv_field_for_header ("E-mail", BUURT_CSV_KIND_VENUES), ==, BUURT_CSV_FIELD_EMAIL);
  g_assert_cmpint (buurt_csv_field_for_header ("schoenmaat", BUURT_CSV_KIND_ACTIVITIES), ==, BUURT_CSV_FIELD_IGNORE);
}

static gint64
count_activities (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, &error);

  g_assert_no_error (error);
  return n;
}

static const char bad_lines[] =
  "titel;datum;begin;eind;locatie;kosten\n"
  "Koffie-inloop;9-3-2027;10:00;12:00;Buurthuis;\n"          /* 2 good */
  "Te kort;10-3-2027\n"                                      /* 3 too few columns */
  "Onmogelijk;31-02-2027;10:00;11:00;Buurthuis;\n"           /* 4 no such date */
  "Halfacht;11-3-2027;half acht;21:00;Buurthuis;\n"          /* 5 not a time */
  ";12-3-2027;10:00;11:00;Buurthuis;\n"                      /* 6 no title */
  "Quiz;12-3-2027;19.30;22u00;\"Café\nDe Hoek\";EUR 3,50\n"   /* 7-8 good */
  "Duur;13-3-2027;10:00;11:00;Buurthuis;veel\n";             /* 9 not an amount */

static void
test_import_bad_lines (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "bad.csv", bad_lines, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvImport) import = buurt_csv_import_new (f->database, file, &error);
  g_autofree char *report = NULL;
  GPtrArray *problems;
  const guint lines[] = { 3, 4, 5, 6, 9 };
  const char *words[] = { "columns", "31-02-2027", "half acht", "title", "veel" };
  guint n_added = 0;

  g_assert_no_error (error);
  g_assert_cmpint (buurt_csv_import_get_kind (import), ==, BUURT_CSV_KIND_ACTIVITIES);
  g_assert_cmpuint (buurt_csv_import_get_n_lines (import), ==, 7);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 2);

  problems = buurt_csv_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < problems->len; i++)
    {
      BuurtCsvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, ==, lines[i]);
      g_assert_nonnull (strstr (problem->message, words[i]));
    }
  /* The column is named */
  g_assert_nonnull (strstr (((BuurtCsvProblem *) g_ptr_array_index (problems, 1))->message, "“datum”"));
  g_assert_nonnull (strstr (((BuurtCsvProblem *) g_ptr_array_index (problems, 2))->message, "“begin”"));

  report = buurt_csv_import_dup_report (import);
  g_assert_nonnull (strstr (report, "bad.csv:4: "));

  /* Nothing is written until the good lines are imported */
  g_assert_cmpint (count_activities (f), ==, 0);
  g_assert_true (buurt_csv_import_apply (import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpint (count_activities (f), ==, 2);
}

static void
test_import_again (Fixture       *f,
                   gconstpointer  data)
{
  const char *text = "Titel;Datum;Van;Tot;Locatie;Prijs;Doelgroep;Categorie;Organisator\n"
                     "Quiz;9-3-2027;19:30;22:00;Café De Hoek;€ 2,50;senioren, jongeren;cultuur;Buurtvereniging Oost\n"
                     "Quiz;9-3-2027;19:30;22:00;Café De Hoek;€ 2,50;senioren, jongeren;cultuur;Buurtvereniging Oost\n"
                     "Yoga;10-3-2027;;;Park;;iedereen;sport;\n";
  g_autoptr(GFile) file = write_file (f, "again.csv", text, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvImport) first = buurt_csv_import_new (f->database, file, &error);
  g_autoptr(BuurtCsvImport) second = NULL;
  g_autoptr(GListModel) activities = NULL;
  guint n_added = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_problems (first)->len, ==, 0);
  /* The same line twice in one file is one activity */
  g_assert_cmpuint (buurt_csv_import_get_n_good (first), ==, 2);
  g_assert_cmpuint (buurt_csv_import_get_n_already (first), ==, 1);
  g_assert_true (buurt_csv_import_apply (first, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 2);

  activities = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtEntity) activity = g_list_model_get_item (activities, i);

      if (g_str_equal (buurt_entity_get_string (activity, "title"), "Quiz"))
        {
          g_assert_cmpint (buurt_entity_get_int (activity, "cost-cents"), ==, 250);
          g_assert_cmpuint (buurt_entity_get_enum (activity, "target-groups"), ==,
                            BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_YOUTH);
          g_assert_cmpint (buurt_entity_get_enum (activity, "category"), ==, BUURT_CATEGORY_CULTURE);
          g_assert_cmpint (buurt_entity_get_int (activity, "organiser-id"), >, 0);
          g_assert_cmpstr (buurt_entity_get_string (activity, "location"), ==, "Café De Hoek");
        }
      else
        g_assert_true (buurt_entity_get_boolean (activity, "all-day"));
    }

  second = buurt_csv_import_new (f->database, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_n_good (second), ==, 0);
  g_assert_cmpuint (buurt_csv_import_get_n_already (second), ==, 3);
  g_assert_true (buurt_csv_import_apply (second, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpint (count_activities (f), ==, 2);
}

static void
test_import_mapping (Fixture       *f,
                     gconstpointer  data)
{
  const char *text = "wat;wanneer;omschrijving\nQuiz;9-3-2027;Met prijzen\n";
  g_autoptr(GFile) file = write_file (f, "map.csv", text, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvImport) import = buurt_csv_import_new (f->database, file, &error);

  g_assert_no_error (error);
  /* "wanneer" is not known: the date is missing */
  g_assert_cmpint (buurt_csv_import_get_column_field (import, 1), ==, BUURT_CSV_FIELD_IGNORE);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 0);
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 1);

  buurt_csv_import_set_column_field (import, 1, BUURT_CSV_FIELD_DATE);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 1);
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 0);

  /* A field goes to one column only */
  buurt_csv_import_set_column_field (import, 2, BUURT_CSV_FIELD_TITLE);
  g_assert_cmpint (buurt_csv_import_get_column_field (import, 0), ==, BUURT_CSV_FIELD_IGNORE);
}

static void
test_import_venues (Fixture       *f,
                    gconstpointer  data)
{
  const char *text = "naam;soort;adres;postcode;telefoon;e-mail;ruimte;capaciteit\n"
                     "De Schakel;buurthuis;Kerkstraat 1;8251ab;0321-123456;info@schakel.nl;Grote zaal;80\n"
                     "De Schakel;buurthuis;Kerkstraat 1;8251 AB;;;Keuken;12\n"
                     "Het Anker;kerk;;8252 CD;;;;\n"
                     "Fout;kasteel;;1234;;;Zaal;veel\n";
  g_autoptr(GFile) file = write_file (f, "venues.csv", text, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvImport) import = buurt_csv_import_new (f->database, file, &error);
  g_autoptr(BuurtCsvImport) again = NULL;
  guint n_added = 0;

  g_assert_no_error (error);
  g_assert_cmpint (buurt_csv_import_get_kind (import), ==, BUURT_CSV_KIND_VENUES);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 3);
  /* kind, postcode and capacity of line 5 */
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 3);
  g_assert_true (buurt_csv_import_apply (import, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_VENUE, NULL), ==, 2);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 2);

  again = buurt_csv_import_new (f->database, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_n_good (again), ==, 0);
  g_assert_cmpuint (buurt_csv_import_get_n_already (again), ==, 3);

  /* An activity in "De Schakel" + "Grote zaal" goes into that room */
  {
    const char *activity = "titel;datum;begin;locatie;ruimte\nBingo;9-3-2027;14:00;de schakel;GROTE ZAAL\n";
    g_autoptr(GFile) activity_file = write_file (f, "bingo.csv", activity, -1);
    g_autoptr(BuurtCsvImport) bingo = buurt_csv_import_new (f->database, activity_file, &error);
    g_autoptr(GListModel) list = NULL;
    g_autoptr(BuurtEntity) saved = NULL;

    g_assert_no_error (error);
    g_assert_true (buurt_csv_import_apply (bingo, &n_added, &error));
    list = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, NULL);
    saved = g_list_model_get_item (list, 0);
    g_assert_cmpint (buurt_entity_get_int (saved, "room-id"), >, 0);
    g_assert_null (buurt_entity_get_string (saved, "location"));
  }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%F");
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT (today);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "exported.csv", NULL);
  g_autofree char *exported_again = g_build_filename (f->dir, "again.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (exported);
  g_autoptr(GFile) file_again = g_file_new_for_path (exported_again);
  g_autoptr(BuurtDatabase) other = NULL;
  g_autoptr(BuurtCsvImport) import = NULL;
  g_autoptr(BuurtCsvImport) into_self = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  guint n_rows = 0, n_rows_again = 0, n_added = 0;

  g_assert_true (buurt_example_data_generate (f->database, 300, 11, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_csv_export_agenda (f->database, &query, NULL, file, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, >, 100);

  g_file_get_contents (exported, &first_text, NULL, NULL);
  g_assert_true (g_str_has_prefix (first_text, "\xEF\xBB\xBFtitle;date;start;end;location;"));

  /* Into another agenda: the same dates come out again */
  other = buurt_database_new (other_path, &error);
  g_assert_no_error (error);
  import = buurt_csv_import_new (other, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 0);
  g_assert_true (buurt_csv_import_apply (import, &n_added, &error));
  g_assert_cmpuint (n_added, ==, n_rows);
  g_assert_true (buurt_csv_export_agenda (other, &query, NULL, file_again, &n_rows_again, &error));
  g_assert_cmpuint (n_rows_again, ==, n_rows);
  g_file_get_contents (exported_again, &second_text, NULL, NULL);
  g_assert_cmpstr (first_text, ==, second_text);

  /* Into the agenda it came from: nothing is added */
  into_self = buurt_csv_import_new (f->database, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_n_good (into_self), ==, 0);
  g_assert_cmpuint (buurt_csv_import_get_n_already (into_self), ==, n_rows);
}

static GPtrArray *
hostile_week (Fixture *f,
              guint    n)
{
  g_autoptr(GString) text = g_string_new ("titel;datum;begin;eind;locatie;kosten\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtCsvImport) import = NULL;
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT ("2027-03-08");

  g_string_append (text, "\"<b>Quiz</b> & \"\"borrel\"\"\";8-3-2027;19:30;22:00;Café <De Hoek>;3,50\n");
  for (guint i = 1; i < n; i++)
    g_string_append_printf (text, "Activiteit %03u;%u-3-2027;%02u:%02u;%02u:45;Zaal %u;\n",
                            i, 8 + i % 7, 8 + i % 12, (i * 5) % 60, 8 + i % 12 + 1, i);
  file = write_file (f, "week.csv", text->str, -1);
  import = buurt_csv_import_new (f->database, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 0);
  g_assert_true (buurt_csv_import_apply (import, NULL, &error));
  g_assert_no_error (error);

  return buurt_exchange_collect_agenda (f->database, &query, "2027-03-14", &error);
}

static void
test_newsletter_escaping (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) week = hostile_week (f, 3);
  g_autofree char *html = buurt_newsletter_html (week, "Agenda <week> & more");
  g_autofree char *text = buurt_newsletter_text (week, "Agenda");

  g_assert_cmpuint (week->len, ==, 3);
  g_assert_nonnull (strstr (html, "&lt;b&gt;Quiz&lt;/b&gt; &amp; &quot;borrel&quot;"));
  g_assert_nonnull (strstr (html, "Café &lt;De Hoek&gt;"));
  g_assert_nonnull (strstr (html, "<h2>Agenda &lt;week&gt; &amp; more</h2>"));
  g_assert_null (strstr (html, "<b>Quiz"));
  g_assert_nonnull (strstr (html, "<strong>19:30 – 22:00</strong>"));
  /* The plain text shows the title as written */
  g_assert_nonnull (strstr (text, "<b>Quiz</b> & \"borrel\""));
  g_assert_nonnull (strstr (text, "Free"));
}

static char *
pdf_page_text (const char *path,
               guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", first, "-l", first, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_print_long_week (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) week = NULL;
  g_autoptr(BuurtPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "week.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GString) all = g_string_new (NULL);
  guint n_pages;
  const char *previous = NULL;

  week = hostile_week (f, 60);
  g_assert_cmpuint (week->len, ==, 60);
  layout = buurt_print_layout_new (week, "Agenda 8 – 14 March 2027");
  g_assert_true (buurt_print_layout_write_pdf (layout, file, BUURT_PAPER_A4, &error));
  g_assert_no_error (error);
  n_pages = buurt_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 3);

  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed (tools/install-deps installs poppler-utils)");
      return;
    }

  /* Each date is whole on one page: its title, place and cost together. */
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_page_text (path, page);

      g_string_append (all, text);
      for (guint i = 1; i < 60; i++)
        {
          g_autofree char *title = g_strdup_printf ("Activiteit %03u\n", i);
          g_autofree char *place = g_strdup_printf ("Zaal %u\n", i);

          g_assert_true ((strstr (text, title) != NULL) == (strstr (text, place) != NULL));
        }
    }

  /* Every title once, in the agenda's order */
  for (guint i = 0; i < week->len; i++)
    {
      const char *title = buurt_occurrence_get_title (g_ptr_array_index (week, i));
      const char *at = strstr (all->str, title);

      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, title));
      if (previous != NULL)
        g_assert_true (at > previous);
      previous = at;
    }
  g_assert_nonnull (strstr (all->str, "<b>Quiz</b> & \"borrel\""));
  g_assert_nonnull (strstr (all->str, "Free"));
  g_assert_nonnull (strstr (all->str, "(continued)"));

  /* The first page as pdftoppm draws it: A4 upright, ink at the top, the
   * bottom margin clear apart from the page number. */
  g_free (program);
  program = g_find_program_in_path ("pdftoppm");
  if (program != NULL)
    {
      g_autofree char *prefix = g_build_filename (f->dir, "page", NULL);
      g_autofree char *png = g_strconcat (prefix, "-1.png", NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", path, prefix, NULL };
      cairo_surface_t *image;
      int width, height, stride, dark_top = 0;
      unsigned char *pixels;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      image = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      width = cairo_image_surface_get_width (image);
      height = cairo_image_surface_get_height (image);
      g_assert_cmpfloat (fabs ((double) height / width - 297.0 / 210.0), <, 0.02);
      stride = cairo_image_surface_get_stride (image);
      pixels = cairo_image_surface_get_data (image);
      for (int y = 0; y < height / 4; y++)
        for (int x = 0; x < width; x++)
          dark_top += pixels[y * stride + x * 4 + 1] < 128;
      g_assert_cmpint (dark_top, >, 100);
      cairo_surface_destroy (image);
      g_unlink (png);
    }

  /* A3 has fewer pages of larger type */
  {
    g_autofree char *a3_path = g_build_filename (f->dir, "week-a3.pdf", NULL);
    g_autoptr(GFile) a3 = g_file_new_for_path (a3_path);

    g_assert_true (buurt_print_layout_write_pdf (layout, a3, BUURT_PAPER_A3, &error));
    g_assert_cmpuint (buurt_print_layout_get_n_pages (layout), <=, n_pages);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange/csv/reader/cp1252-semicolon", test_reader_cp1252);
  g_test_add_func ("/exchange/csv/reader/utf8-bom-quoted-line-breaks", test_reader_utf8_quoted);
  g_test_add_func ("/exchange/csv/reader/broken", test_reader_broken);
  g_test_add_func ("/exchange/csv/reader/write-field", test_reader_write_field);
  g_test_add_func ("/exchange/csv/values/dates", test_values_dates);
  g_test_add_func ("/exchange/csv/values/times", test_values_times);
  g_test_add_func ("/exchange/csv/values/money", test_values_money);
  g_test_add_func ("/exchange/csv/headers", test_headers);
  g_test_add ("/exchange/csv/import/bad-lines", Fixture, NULL, fixture_set_up, test_import_bad_lines, fixture_tear_down);
  g_test_add ("/exchange/csv/import/again", Fixture, NULL, fixture_set_up, test_import_again, fixture_tear_down);
  g_test_add ("/exchange/csv/import/mapping", Fixture, NULL, fixture_set_up, test_import_mapping, fixture_tear_down);
  g_test_add ("/exchange/csv/import/venues", Fixture, NULL, fixture_set_up, test_import_venues, fixture_tear_down);
  g_test_add ("/exchange/csv/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/exchange/newsletter/escaping", Fixture, NULL, fixture_set_up, test_newsletter_escaping, fixture_tear_down);
  g_test_add ("/exchange/print/long-week", Fixture, NULL, fixture_set_up, test_print_long_week, fixture_tear_down);

  return g_test_run ();
}

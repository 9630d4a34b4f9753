/* test-cli-csv.c: spreadsheets, PDF and HTML on the command line
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

typedef struct
{
  char *dir;
  char *database;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("buurt-cli-csv-XXXXXX", &error);
  g_assert_no_error (error);
  f->database = g_build_filename (f->dir, "agenda.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) handle = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->database, g_free);
}

/* Runs the program with --database and @args; returns its exit status. */
static int
run (Fixture     *f,
     char       **out,
     char       **err,
     const char  *first,
     ...)
{
  const char *program = g_getenv ("BUURTAGENDA_PROGRAM");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strconcat ("--database=", f->database, NULL);
  int status = 0;
  va_list args;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  g_ptr_array_add (argv, database);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (f->dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return path;
}

/* Windows-1252, ";" and two bad lines */
static const char spreadsheet[] =
  "Titel;Datum;Begin;Eind;Locatie;Kosten\r\n"
  "Koffie in De Ree\xEBn;8-3-2027;10:00;12:00;Buurthuis De Ree\xEBn;\r\n"
  "\"<b>Quiz</b> & \"\"borrel\"\"\";9-3-2027;19.30;22u00;Caf\xE9 De Hoek;\x80 2,50\r\n"
  "Onmogelijk;31-02-2027;10:00;11:00;Buurthuis;\r\n"
  "Halfacht;10-3-2027;half acht;21:00;Buurthuis;\r\n";

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_file (f, "agenda.csv", spreadsheet, sizeof spreadsheet - 1);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *where = g_strconcat (path, ":4: ", NULL);
  g_autofree char *where5 = g_strconcat (path, ":5: ", NULL);

  /* Refused whole, each bad line named */
  g_assert_cmpint (run (f, &out, &err, "--import", path, NULL), !=, 0);
  g_assert_nonnull (strstr (err, where));
  g_assert_nonnull (strstr (err, where5));
  g_assert_nonnull (strstr (err, "31-02-2027"));
  g_assert_nonnull (strstr (err, "half acht"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Nothing was imported */
  g_assert_cmpint (run (f, &out, &err, "--export", "empty.csv", "--from", "2027-03-01",
                        "--to", "2027-03-31", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Exported 0 dates"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, &err, "--import", path, "--skip-bad-lines", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2 activities added"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Again: nothing twice */
  g_assert_cmpint (run (f, &out, &err, "--import", path, "--skip-bad-lines", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "0 activities added, 2 already there"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Out again, as a Dutch spreadsheet reads it */
  {
    g_autofree char *exported = g_build_filename (f->dir, "out.csv", NULL);
    g_autofree char *text = NULL;

    g_assert_cmpint (run (f, &out, &err, "--export", "out.csv", "--from", "8-3-2027",
                          "--to", "2027-03-14", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Exported 2 dates"));
    g_assert_true (g_file_get_contents (exported, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFtitle;date;start;end;"));
    g_assert_nonnull (strstr (text, "\"<b>Quiz</b> & \"\"borrel\"\"\";09-03-2027;19:30;22:00;Café De Hoek;"));
    g_assert_nonnull (strstr (text, ";2,50\r\n"));
  }
}

static void
test_pdf_and_html (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_file (f, "agenda.csv", spreadsheet, sizeof spreadsheet - 1);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *html_path = g_build_filename (f->dir, "news.html", NULL);
  g_autofree char *html = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  g_assert_cmpint (run (f, &out, &err, "--import", path, "--skip-bad-lines", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (f, &out, &err, "--export", "week.pdf", "--week", "2027-W10", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Printed 2 dates on 1 pages"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  if (pdftotext != NULL)
    {
      g_autofree char *pdf = g_build_filename (f->dir, "week.pdf", NULL);
      const char *argv[] = { pdftotext, pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &text, NULL, NULL, NULL));
      g_assert_nonnull (strstr (text, "Koffie in De Reeën"));
      g_assert_nonnull (strstr (text, "<b>Quiz</b> & \"borrel\""));
      g_assert_true (strstr (text, "Koffie") < strstr (text, "Quiz"));
      g_assert_nonnull (strstr (text, "Free"));
    }

  g_assert_cmpint (run (f, &out, &err, "--export", "news.html", "--from", "2027-03-08", NULL), ==, 0);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "&lt;b&gt;Quiz&lt;/b&gt; &amp; &quot;borrel&quot;"));
  g_assert_null (strstr (html, "<b>Quiz"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Bad options name themselves */
  g_assert_cmpint (run (f, &out, &err, "--export", "week.pdf", "--week", "week 10", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--week"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (f, &out, &err, "--export", "x.csv", "--town", "Atlantis", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "Atlantis"));
}

static void
test_not_csv (Fixture       *f,
              gconstpointer  data)
{
  const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0";
  g_autofree char *path = write_file (f, "picture.csv", binary, sizeof binary - 1);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (f, &out, &err, "--import", path, NULL), !=, 0);
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "not a spreadsheet"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("BUURTAGENDA_PROGRAM") == NULL)
    {
      g_test_skip ("BUURTAGENDA_PROGRAM is not set");
      return 0;
    }

  g_test_add ("/cli/csv/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/cli/csv/pdf-and-html", Fixture, NULL, fixture_set_up, test_pdf_and_html, fixture_tear_down);
  g_test_add ("/cli/csv/not-csv", Fixture, NULL, fixture_set_up, test_not_csv, fixture_tear_down);

  return g_test_run ();
}

/* test-cli-report.c: the accountability report on the command line
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
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("buurt-cli-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->database = g_build_filename (f->dir, "agenda.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
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

  /* No display: the report must not need one */
  {
    g_auto(GStrv) env = g_get_environ ();

    env = g_environ_unsetenv (env, "DISPLAY");
    env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
    g_spawn_sync (f->dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                  &status, &error);
  }
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_report_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  int status = 0;

  g_autofree char *load_out = NULL;
  g_autofree char *load_err = NULL;

  g_assert_cmpint (run (f, &load_out, &load_err, "--example-data=300", NULL), ==, 0);

  g_assert_cmpint (run (f, &out, &err, "--report", pdf, "--from", "2020-01-01", "--to", "2040-12-31",
                        NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  /* One line: how many initiatives, dates and euros, and where */
  g_assert_true (g_str_has_prefix (out, "Reported on "));
  g_assert_nonnull (strstr (out, "report.pdf"));
  g_assert_cmpuint (strchr (out, '\n') - out + 1, ==, strlen (out));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, "Accountability report"));
  g_assert_nonnull (strstr (text, "Costs"));
}

static void
test_bad_options (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *out3 = NULL;
  g_autofree char *err3 = NULL;

  g_autofree char *load_out = NULL;
  g_autofree char *load_err = NULL;

  g_assert_cmpint (run (f, &load_out, &load_err, "--example-data=100", NULL), ==, 0);

  /* A day that does not exist: the option and what was typed, not a file */
  g_assert_cmpint (run (f, &out, &err, "--report", pdf, "--from", "2027-02-30", NULL), !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--from"));
  g_assert_nonnull (strstr (err, "2027-02-30"));
  g_assert_null (strstr (err, "report.pdf"));
  g_assert_null (strstr (err, "agenda.db"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, &out2, &err2, "--report", pdf, "--initiative",
                        "00000000-0000-4000-8000-000000000000", NULL), !=, 0);
  g_assert_nonnull (strstr (err2, "--initiative"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run (f, &out3, &err3, "--report", pdf, "--from", "2027-06-01", "--to", "2027-01-01",
                        NULL), !=, 0);
  g_assert_nonnull (strstr (err3, "--from"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-report/pdf", Fixture, NULL, fixture_set_up, test_report_pdf, fixture_tear_down);
  g_test_add ("/cli-report/bad-options", Fixture, NULL, fixture_set_up, test_bad_options, fixture_tear_down);

  return g_test_run ();
}

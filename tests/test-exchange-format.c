/* test-exchange-format.c: which kind of file, and what the command line
 * says about one it cannot take
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "buurt-exchange-error.h"
#include "buurt-exchange-format.h"

static void
test_format_by_suffix (void)
{
  static const struct
  {
    const char          *name;
    BuurtExchangeFormat  format;
  } cases[] = {
    { "agenda.ics", BUURT_EXCHANGE_FORMAT_ICALENDAR },
    { "AGENDA.ICS", BUURT_EXCHANGE_FORMAT_ICALENDAR },
    { "Kerst.Ical", BUURT_EXCHANGE_FORMAT_ICALENDAR },
    { "bureau-2.json", BUURT_EXCHANGE_FORMAT_DESKS },
    { "activiteiten.csv", BUURT_EXCHANGE_FORMAT_CSV },
    { "activiteiten.CSV", BUURT_EXCHANGE_FORMAT_CSV },
    { "brief.odt", BUURT_EXCHANGE_FORMAT_UNKNOWN },
    { "ics", BUURT_EXCHANGE_FORMAT_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* These files do not exist: an export names a file before it is written. */
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "no-such-folder", cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_cmpint (buurt_exchange_format_for_file (file), ==, cases[i].format);
    }
}

/* A calendar a mail program saved without ".ics" is told by its content. */
static void
test_format_by_content (void)
{
  g_autofree char *dir = g_dir_make_tmp ("buurt-format-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "uitnodiging", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                         "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTART:20270309T190000Z\r\n"
                         "SUMMARY:Quiz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  g_assert_true (g_file_set_contents (path, calendar, -1, NULL));
  g_assert_cmpint (buurt_exchange_format_for_file (file), ==, BUURT_EXCHANGE_FORMAT_ICALENDAR);

  g_assert_true (g_file_set_contents (path, "Dit is een brief.\n", -1, NULL));
  g_assert_cmpint (buurt_exchange_format_for_file (file), ==, BUURT_EXCHANGE_FORMAT_UNKNOWN);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_error_names_file_and_line (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/agenda.ics");
  g_autoptr(GError) with_line = NULL;
  g_autoptr(GError) without_line = NULL;
  g_autoptr(GError) without_file = NULL;

  buurt_exchange_set_error_at (&with_line, BUURT_EXCHANGE_ERROR_INVALID, file, 12,
                               "%s", "the end is before the start");
  g_assert_error (with_line, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
  g_assert_cmpstr (with_line->message, ==, "/tmp/agenda.ics:12: the end is before the start");

  buurt_exchange_set_error_at (&without_line, BUURT_EXCHANGE_ERROR_NOTHING, file, 0,
                               "%s", "nothing to import");
  g_assert_cmpstr (without_line->message, ==, "/tmp/agenda.ics: nothing to import");

  buurt_exchange_set_error_at (&without_file, BUURT_EXCHANGE_ERROR_UNREADABLE, NULL, 3, "%s", "gone");
  g_assert_cmpstr (without_file->message, ==, "gone");

  /* No error asked for: nothing happens. */
  buurt_exchange_set_error_at (NULL, BUURT_EXCHANGE_ERROR_INVALID, file, 1, "%s", "ignored");
}

static void
run_program (const char * const *args,
             int                *status,
             char              **out,
             char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BUURTAGENDA_PROGRAM"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, status, &error));
  g_assert_no_error (error);
}

/* A file of an unknown kind: exit status 2, the file named on stderr, and
 * the agenda file untouched (not even created). */
static void
test_command_line_unknown_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("buurt-cli-XXXXXX", NULL);
  g_autofree char *database = g_build_filename (dir, "agenda.db", NULL);
  g_autofree char *letter = g_build_filename (dir, "brief.odt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--database", database, "--import", letter, NULL };
  int status;

  g_assert_true (g_file_set_contents (letter, "Dit is een brief.\n", -1, NULL));
  run_program (args, &status, &out, &err);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "buurtagenda: "));
  g_assert_nonnull (strstr (err, "brief.odt: "));
  g_assert_false (g_file_test (database, G_FILE_TEST_EXISTS));

  g_unlink (letter);
  g_rmdir (dir);
}

/* Two operations at once are refused before either runs. */
static void
test_command_line_one_operation (void)
{
  g_autofree char *dir = g_dir_make_tmp ("buurt-cli-XXXXXX", NULL);
  g_autofree char *database = g_build_filename (dir, "agenda.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--database", database, "--example-data=10", "--export", "x.csv", NULL };
  int status;

  run_program (args, &status, &out, &err);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "--import"));
  g_assert_false (g_file_test (database, G_FILE_TEST_EXISTS));

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/format/by-suffix", test_format_by_suffix);
  g_test_add_func ("/exchange/format/by-content", test_format_by_content);
  g_test_add_func ("/exchange/error/file-and-line", test_error_names_file_and_line);
  g_test_add_func ("/exchange/command-line/unknown-file", test_command_line_unknown_file);
  g_test_add_func ("/exchange/command-line/one-operation", test_command_line_one_operation);

  return g_test_run ();
}

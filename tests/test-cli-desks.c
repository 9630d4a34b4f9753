/* test-cli-desks.c: buurtagenda --export/--import of exchange files between desks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "buurt-store-desks.h"
#include "buurt-test-store.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the program with @... (NULL-terminated) and returns its exit status and output. */
static Run
run_program (const char *first,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Run run = { -1, NULL, NULL };
  int wait_status = -1;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BUURTAGENDA_PROGRAM"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run.out, &run.err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run.status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %sstderr: %s", run.status, run.out, run.err);
  return run;
}

static void
rename_first_kern (const char *path,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = buurt_store_new (path, &error);
  g_autoptr(GListModel) list = buurt_store_list (store, BUURT_TYPE_KERN, &error);
  g_autoptr(BuurtKern) kern = g_list_model_get_item (list, 0);

  g_object_set (kern, "name", name, NULL);
  g_assert_true (buurt_store_save (store, BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
}

static char *
checksum_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = buurt_store_new (path, &error);

  return buurt_store_desk_checksum (store, &error);
}

static void
test_export_import (void)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *a = g_build_filename (folder, "a.db", NULL);
  g_autofree char *b = g_build_filename (folder, "b.db", NULL);
  g_autofree char *all = g_build_filename (folder, "all.json", NULL);
  g_autofree char *to_b = g_build_filename (folder, "to-b.json", NULL);
  g_autofree char *to_a = g_build_filename (folder, "to-a.json", NULL);
  g_autofree char *broken = g_build_filename (folder, "broken.json", NULL);
  g_autofree char *before = NULL;

  if (g_getenv ("BUURTAGENDA_PROGRAM") == NULL)
    {
      g_test_skip ("BUURTAGENDA_PROGRAM is not set");
      return;
    }

  {
    g_auto(Run) run = run_program ("--database", a, "--example-data=300", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BuurtStore) store_a = buurt_store_new (a, &error);
    g_autoptr(BuurtStore) store_b = buurt_store_new (b, &error);

    g_assert_true (buurt_store_desk_set_name (store_a, "Balie MFC", &error));
    g_assert_true (buurt_store_desk_set_name (store_b, "Kantoor", &error));
  }

  /* Everything, then what is new for the desk, both exit 0 with a summary. */
  {
    g_auto(Run) run = run_program ("--database", a, "--export", all, NULL);
    g_assert_cmpint (run.status, ==, 0);
    buurt_test_assert_contains (run.out, "everything");
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--import", all, NULL);
    g_assert_cmpint (run.status, ==, 0);
    buurt_test_assert_contains (run.out, "Received from desk “Balie MFC”");
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--export", to_a, "--since-desk", "Balie MFC", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_auto(Run) back = run_program ("--database", a, "--import", to_a, NULL);
    g_assert_cmpint (back.status, ==, 0);
  }
  {
    g_autofree char *sum_a = checksum_of (a);
    g_autofree char *sum_b = checksum_of (b);

    g_assert_cmpstr (sum_a, ==, sum_b);
  }

  /* Both desks rename the same town: without --prefer, exit 3 and the
   * conflict on stderr; everything else was taken. */
  rename_first_kern (a, "Dronten-Noord");
  rename_first_kern (b, "Dronten-Zuid");
  {
    g_auto(Run) run = run_program ("--database", a, "--export", to_b, "--since-desk", "Kantoor", NULL);
    g_assert_cmpint (run.status, ==, 0);
    buurt_test_assert_contains (run.out, "has not seen yet");
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--import", to_b, NULL);
    g_assert_cmpint (run.status, ==, 3);
    buurt_test_assert_contains (run.err, "buurtagenda: ");
    buurt_test_assert_contains (run.err, "to-b.json: conflict: kern “Dronten-Zuid”");
    buurt_test_assert_contains (run.err, "--prefer");
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--import", to_b, "--prefer", "theirs", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--export", to_a, "--since-desk", "Balie MFC", NULL);
    g_auto(Run) back = run_program ("--database", a, "--import", to_a, "--prefer", "mine", NULL);
    g_assert_cmpint (back.status, ==, 0);
  }
  {
    g_autofree char *sum_a = checksum_of (a);
    g_autofree char *sum_b = checksum_of (b);

    g_assert_cmpstr (sum_a, ==, sum_b);
  }

  /* Wrong use and a broken file: non-zero, a message naming the file, nothing changed. */
  before = checksum_of (b);
  {
    g_auto(Run) run = run_program ("--database", b, "--import", all, "--prefer", "both", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_program ("--database", b, "--export", to_a, "--since-desk", "Nergens", NULL);
    g_assert_cmpint (run.status, ==, 1);
    buurt_test_assert_contains (run.err, "Nergens");
  }
  g_assert_true (g_file_set_contents (broken, "{\"format\":\"buurtagenda-desks\",\"format_version\":1,\n\"records\":[", -1, NULL));
  {
    g_auto(Run) run = run_program ("--database", b, "--import", broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    buurt_test_assert_contains (run.err, "broken.json:");
  }
  {
    g_autofree char *after = checksum_of (b);

    g_assert_cmpstr (before, ==, after);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/desks/export-import", test_export_import);

  return g_test_run ();
}

/* fuzz-ical.c: any bytes as a calendar file, for libFuzzer
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No file, however malformed, may crash or hang the importer. Built with
 * -Dfuzzing=true (CC=clang) this is a libFuzzer target:
 *
 *   CC=clang meson setup _fuzz -Dfuzzing=true -Dc_args=-fsanitize=fuzzer-no-link -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C _fuzz fuzz-ical
 *   _fuzz/tests/fuzz-ical -max_total_time=600 -timeout=10 -max_len=65536 \
 *       tests/data/ical-corpus tests/data/ical
 *
 * Without it, it is the regression test test-ical-corpus: it reads and
 * previews every file of the corpus it is given (the fuzzer's crash-free
 * corpus in tests/data/ical-corpus and the writers' files in
 * tests/data/ical) and must return for each.
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "buurt-database.h"
#include "buurt-ical.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static BuurtDatabase *
database (void)
{
  static BuurtDatabase *database = NULL;

  if (database == NULL)
    {
      g_autofree char *folder = g_dir_make_tmp ("buurt-fuzz-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (folder, "agenda.db", NULL);

      database = buurt_database_new (path, NULL);
      g_assert_nonnull (database);
    }

  return database;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GFile) file = g_file_new_for_path ("fuzz.ics");
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(BuurtIcalImport) import = NULL;
  g_autofree char *problems = NULL;

  import = buurt_ical_import_read_bytes (database (), file, bytes, NULL, NULL);
  if (import != NULL)
    {
      problems = buurt_ical_import_list_problems (import);
      for (guint i = 0; i < buurt_ical_import_get_n_items (import); i++)
        g_assert_nonnull (buurt_ical_import_get_item (import, i)->uid);
    }

  return 0;
}

#ifndef BUURT_FUZZING
static void
test_corpus (gconstpointer data)
{
  const char *folder = data;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      n++;
    }

  g_test_message ("%u files from %s", n, folder);
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/ical/corpus/fuzzer",
                        g_test_build_filename (G_TEST_DIST, "data", "ical-corpus", NULL), test_corpus);
  g_test_add_data_func ("/ical/corpus/writers",
                        g_test_build_filename (G_TEST_DIST, "data", "ical", NULL), test_corpus);

  return g_test_run ();
}
#endif

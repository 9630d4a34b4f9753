/* bench-desks.c: exchanging the 330,000-date example between two desks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Figures as ratios against a baseline measured in the same run: reading
 * every row of every table that travels once (what any exchange must do at
 * least). Fails only on functional errors (the desks must end up equal).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "buurt-database-private.h"
#include "buurt-desk-private.h"
#include "buurt-example-data.h"
#include "buurt-store-desks.h"

static gboolean
count_row (const char  *table,
           const char  *uuid,
           GVariant    *fields,
           const char  *version,
           const char  *changed_by,
           gpointer     user_data,
           GError     **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

typedef struct
{
  double   send_s;
  double   preview_s;  /* reading the file and working out what it changes */
  double   backup_s;   /* the backup made then, while the preview shows */
  double   receive_s;  /* receiving, once the user chose Receive */
  guint    n_records;
} Times;

/* As the window does it: send; read and preview (and back up when the file
 * changes anything); receive. */
static Times
send_receive (BuurtDatabase *from,
              BuurtDatabase *to,
              GFile         *file,
              const char    *since)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  BuurtDeskSummary summary;
  gboolean backed_up = FALSE;
  Times times = { 0 };
  gint64 start = g_get_monotonic_time ();

  g_assert_true (buurt_desk_send (from, file, since, &times.n_records, &error));
  g_assert_no_error (error);
  times.send_s = seconds_since (start);

  start = g_get_monotonic_time ();
  desk_file = buurt_desk_file_read (to, file, &error);
  g_assert_no_error (error);
  changes = buurt_desk_preview (to, desk_file, &error);
  g_assert_no_error (error);
  times.preview_s = seconds_since (start);

  start = g_get_monotonic_time ();
  if (changes->len > 0)
    {
      g_assert_true (buurt_database_backup_before (to, "exchange", &error));
      g_assert_no_error (error);
      backed_up = TRUE;
    }
  times.backup_s = seconds_since (start);

  start = g_get_monotonic_time ();
  g_assert_true (buurt_desk_receive_backed_up (to, desk_file, BUURT_DESK_CHOICE_THEIRS, NULL, NULL,
                                               &backed_up, &summary, &error));
  g_assert_no_error (error);
  times.receive_s = seconds_since (start);
  return times;
}

static void
print_times (const char *what,
             Times      *t,
             double      baseline)
{
  double together = t->send_s + t->preview_s + t->receive_s;

  g_print ("%s: %u records; send %.2f s, read and preview %.2f s, receive %.2f s: "
           "together %.2f s (%.1f× baseline); the backup made while the preview shows %.2f s\n",
           what, t->n_records, t->send_s, t->preview_s, t->receive_s, together,
           together / baseline, t->backup_s);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("buurt-bench-desks-XXXXXX", &error);
  g_autofree char *path_a = g_build_filename (folder, "a.db", NULL);
  g_autofree char *path_b = g_build_filename (folder, "b.db", NULL);
  g_autofree char *file_path = g_build_filename (folder, "exchange.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(BuurtDatabase) a = NULL;
  g_autoptr(BuurtDatabase) b = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autofree char *sum_a = NULL;
  g_autofree char *sum_b = NULL;
  const char *const *tables;
  double baseline;
  Times times;
  guint n_rows = 0;
  guint n_occurrences = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 330000;
  gint64 start;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  a = buurt_database_new (path_a, &error);
  g_assert_no_error (error);
  b = buurt_database_new (path_b, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_set_name (a, "Balie", &error));
  g_assert_true (buurt_desk_set_name (b, "Kantoor", &error));

  start = g_get_monotonic_time ();
  g_assert_true (buurt_example_data_generate (a, n_occurrences, BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error));
  g_assert_no_error (error);
  g_print ("# example data: %u dates, %" G_GINT64_FORMAT " activities (%.1f s)\n",
           n_occurrences, buurt_database_count (a, BUURT_TYPE_ACTIVITY, NULL), seconds_since (start));

  /* Baseline: every row of every table that travels, read once. */
  start = g_get_monotonic_time ();
  tables = buurt_store_desk_tables (buurt_database_get_store (a));
  for (guint t = 0; tables[t] != NULL; t++)
    g_assert_true (buurt_store_desk_foreach (buurt_database_get_store (a), tables[t], count_row, &n_rows, NULL));
  baseline = seconds_since (start);
  g_print ("# baseline: reading %u rows takes %.3f s\n", n_rows, baseline);

  times = send_receive (a, b, file, NULL);
  print_times ("full exchange", &times, baseline);
  times = send_receive (b, a, file, "Balie");
  print_times ("nothing new back", &times, baseline);

  /* A day's work: 100 activities changed on desk A. */
  activities = buurt_database_list (a, BUURT_TYPE_ACTIVITY, &error);
  for (guint i = 0; i < 100 && i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtActivity) activity = g_list_model_get_item (activities, i * 7 % g_list_model_get_n_items (activities));
      g_autofree char *title = NULL;
      g_autofree char *new_title = NULL;

      g_object_get (activity, "title", &title, NULL);
      new_title = g_strdup_printf ("%s (%u)", title, i);
      g_object_set (activity, "title", new_title, NULL);
      g_assert_true (buurt_database_save (a, BUURT_ENTITY (activity), &error));
      g_assert_no_error (error);
    }
  times = send_receive (a, b, file, "Kantoor");
  print_times ("a day's changes (aim: under 1 s)", &times, baseline);

  sum_a = buurt_store_desk_checksum (buurt_database_get_store (a), NULL);
  sum_b = buurt_store_desk_checksum (buurt_database_get_store (b), NULL);
  g_assert_cmpstr (sum_a, ==, sum_b);

  /* Everything the run made: the agendas with their WAL, the backups made
   * before receiving, the exchange file (some hundreds of megabytes). */
  g_clear_object (&a);
  g_clear_object (&b);
  remove_tree (folder);
  return 0;
}

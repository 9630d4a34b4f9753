/* test-database.c: the database context the views share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "buurt-agenda-model.h"
#include "buurt-database.h"
#include "buurt-example-data.h"

typedef struct
{
  char          *path;
  BuurtDatabase *database;
  GHashTable    *changed;   /* table name -> times "changed" was emitted */
} Fixture;

static void
changed_cb (BuurtDatabase *database,
            const char    *table,
            Fixture       *f)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (f->changed, table));

  g_hash_table_insert (f->changed, g_strdup (table), GUINT_TO_POINTER (n + 1));
}

static guint
times_changed (Fixture    *f,
               const char *table)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->changed, table));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (g_get_user_data_dir (), "agenda.db", NULL);
  f->database = buurt_database_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_example_data_generate (f->database, 300, 11, NULL, &error));
  g_assert_no_error (error);

  f->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect (f->database, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  g_clear_pointer (&f->changed, g_hash_table_unref);
  g_clear_pointer (&f->path, g_free);
}

/* Runs the main loop until @table was announced @n times. There is no time
 * limit of its own: a change that is never announced fails the test by the
 * test suite's timeout, and a slow machine does not fail it. */
static void
wait_for_change (Fixture    *f,
                 const char *table,
                 guint       n)
{
  while (times_changed (f, table) < n)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *n)
{
  (*n)++;
}

/* A change is announced for its own table only: saving a journal entry does
 * not make the agenda read its rows again. */
static void
test_changed_per_table (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) initiatives = buurt_database_list (f->database, BUURT_TYPE_INITIATIVE, &error);
  g_autoptr(BuurtInitiative) initiative = NULL;
  g_autoptr(BuurtJournalEntry) entry = buurt_journal_entry_new ();
  g_autoptr(BuurtAgendaModel) agenda = buurt_agenda_model_new (f->database);
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  guint agenda_changes = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), >, 0);
  initiative = g_list_model_get_item (initiatives, 0);

  buurt_agenda_model_set_from_day (agenda, "2000-01-01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (agenda)), >, 0);
  g_signal_connect (agenda, "items-changed", G_CALLBACK (count_items_changed_cb), &agenda_changes);

  g_object_set (entry,
                "initiative-id", buurt_entity_get_id (BUURT_ENTITY (initiative)),
                "entry-date", "2026-12-01",
                "kind", BUURT_JOURNAL_KIND_LESSON,
                "text", "Flyers in two languages brought twice as many people.",
                NULL);
  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (entry), &error));
  g_assert_no_error (error);

  g_assert_cmpuint (times_changed (f, "journal_entry"), ==, 1);
  g_assert_cmpuint (times_changed (f, "activity"), ==, 0);
  g_assert_cmpuint (agenda_changes, ==, 0);

  /* An activity is what the agenda shows: it reads its rows again. */
  activities = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, &error);
  g_assert_no_error (error);
  activity = g_list_model_get_item (activities, 0);
  g_object_set (activity, "title", "Koffie-ochtend met de wijkagent", NULL);
  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);

  g_assert_cmpuint (times_changed (f, "activity"), ==, 1);
  g_assert_cmpuint (times_changed (f, "journal_entry"), ==, 1);
  g_assert_cmpuint (agenda_changes, >, 0);
}

/* Another connection to the same file (a second desk, a worker thread)
 * writes; the context notices it when it looks (PRAGMA data_version), and
 * the watch looks on its own. */
static void
test_changed_by_other_connection (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDatabase) other = buurt_database_new (f->path, &error);
  g_autoptr(BuurtKern) kern = buurt_kern_new ();

  g_assert_no_error (error);

  /* Nothing happened yet: nothing is announced. */
  g_assert_false (buurt_database_check_for_changes (f->database));
  g_assert_cmpuint (times_changed (f, "kern"), ==, 0);

  g_object_set (kern, "name", "Ketelhaven", NULL);
  g_assert_true (buurt_database_save (other, BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (times_changed (f, "kern"), ==, 0);

  /* Looking finds it, and tells every table once: which one changed is
   * not known. Looking again finds nothing new. */
  g_assert_true (buurt_database_check_for_changes (f->database));
  g_assert_cmpuint (times_changed (f, "kern"), ==, 1);
  g_assert_cmpuint (times_changed (f, "activity"), ==, 1);
  g_assert_false (buurt_database_check_for_changes (f->database));
  g_assert_cmpuint (times_changed (f, "kern"), ==, 1);

  /* The watch looks by itself while the main loop runs. */
  buurt_database_watch (f->database, 100);
  g_object_set (kern, "name", "Ketelhaven-Noord", NULL);
  g_assert_true (buurt_database_save (other, BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
  wait_for_change (f, "kern", 2);
  wait_for_change (f, "activity", 2);
  g_assert_cmpuint (times_changed (f, "kern"), ==, 2);
}

/* The command line writes while the window is open: another process. */
static void
test_changed_by_other_process (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *empty_path = g_build_filename (g_get_user_data_dir (), "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDatabase) empty = buurt_database_new (empty_path, &error);
  const char *program = g_getenv ("BUURTAGENDA_PROGRAM");
  const char *argv[] = { program, "--database", empty_path, "--example-data=100", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gboolean empty_now = FALSE;
  int status = -1;

  if (program == NULL)
    {
      g_test_skip ("BUURTAGENDA_PROGRAM is not set");
      return;
    }

  g_assert_no_error (error);
  g_assert_true (buurt_database_is_empty (empty, &empty_now, &error));
  g_assert_true (empty_now);
  g_signal_connect (empty, "changed", G_CALLBACK (changed_cb), f);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  /* The other process has ended: looking now finds what it wrote. */
  g_assert_cmpuint (times_changed (f, "activity"), ==, 0);
  g_assert_true (buurt_database_check_for_changes (empty));
  g_assert_cmpuint (times_changed (f, "activity"), ==, 1);
  g_assert_true (buurt_database_is_empty (empty, &empty_now, &error));
  g_assert_false (empty_now);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/database/changed/per-table", test_changed_per_table);
  ADD ("/database/changed/other-connection", test_changed_by_other_connection);
  ADD ("/database/changed/other-process", test_changed_by_other_process);

  return g_test_run ();
}

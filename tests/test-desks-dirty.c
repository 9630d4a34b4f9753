/* test-desks-dirty.c: every way a row changes reaches the other desk
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "buurt-command.h"
#include "buurt-contact-merge.h"
#include "buurt-database-private.h"
#include "buurt-desk-private.h"
#include "buurt-example-data.h"
#include "buurt-store-desks.h"
#include "buurt-test-store.h"

/*
 * Stamping before an exchange reads only the rows that triggers noted as
 * written (desk_dirty). These tests make a change through each path that
 * writes the agenda, then send "what the other desk has not seen" and look
 * for the record in the file: a path the triggers missed would send nothing.
 */

typedef struct
{
  char          *folder;
  Fixture        desk[2];
  BuurtDatabase *database[2];
  GFile         *file;
} Desks;

static void
desks_set_up (Desks         *d,
              gconstpointer  data)
{
  g_autofree char *file_path = NULL;

  d->folder = buurt_test_folder ();
  for (guint i = 0; i < G_N_ELEMENTS (d->desk); i++)
    {
      g_autofree char *name = g_strdup_printf ("desk-%c.db", 'a' + i);
      g_autoptr(GError) error = NULL;

      d->desk[i].path = g_build_filename (d->folder, name, NULL);
      d->desk[i].store = buurt_store_new (d->desk[i].path, &error);
      g_assert_no_error (error);
      name[6] = '\0';
      g_assert_true (buurt_store_desk_set_name (d->desk[i].store, name, &error));
      d->database[i] = buurt_database_new_for_store (d->desk[i].store);
    }
  file_path = g_build_filename (d->folder, "exchange.json", NULL);
  d->file = g_file_new_for_path (file_path);
}

static void
desks_tear_down (Desks         *d,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (d->desk); i++)
    {
      g_clear_object (&d->database[i]);
      buurt_test_store_tear_down (&d->desk[i], NULL);
    }
  g_clear_object (&d->file);
  g_free (d->folder);
}

/* desk-a sends what desk-b has not seen (everything when @everything), and
 * desk-b receives it. Returns the records sent, as "table/uuid". */
static GHashTable *
exchange (Desks    *d,
          gboolean  everything)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  GHashTable *sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  BuurtDeskSummary summary;
  guint n_records = 0;

  g_assert_true (buurt_desk_send (d->database[0], d->file, everything ? NULL : "desk-b",
                                  &n_records, &error));
  g_assert_no_error (error);
  desk_file = buurt_desk_file_read (d->database[1], d->file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (desk_file->records->len, ==, n_records);
  for (guint i = 0; i < desk_file->records->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (desk_file->records, i);

      g_hash_table_add (sent, buurt_desk_choice_key (change->table, change->uuid));
    }
  g_assert_true (buurt_desk_receive (d->database[1], desk_file, BUURT_DESK_CHOICE_THEIRS, NULL,
                                     &summary, &error));
  g_assert_no_error (error);
  return sent;
}

static void
assert_sent (GHashTable  *sent,
             const char  *table,
             BuurtEntity *entity)
{
  g_autofree char *key = buurt_desk_choice_key (table, buurt_entity_get_uuid (entity));

  if (!g_hash_table_contains (sent, key))
    g_error ("%s was not sent", key);
}

static void
assert_same (Desks *d)
{
  g_autofree char *a = buurt_store_desk_checksum (d->desk[0].store, NULL);
  g_autofree char *b = buurt_store_desk_checksum (d->desk[1].store, NULL);

  g_assert_cmpstr (a, ==, b);
}

/* Both desks hold the same agenda and know each other. */
static void
start_together (Desks *d)
{
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (buurt_test_make_saved (&d->desk[0], buurt_test_make_activity));
  g_object_unref (buurt_test_make_saved (&d->desk[0], buurt_test_make_expense));
  sent = exchange (d, TRUE);
  g_assert_cmpuint (g_hash_table_size (sent), >, 5);

  /* desk-a learns that desk-b exists, and what it has seen. */
  g_assert_true (buurt_desk_send (d->database[1], d->file, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BuurtDeskFile) back = buurt_desk_file_read (d->database[0], d->file, &error);
    BuurtDeskSummary summary;

    g_assert_no_error (error);
    g_assert_true (buurt_desk_receive (d->database[0], back, BUURT_DESK_CHOICE_THEIRS, NULL,
                                       &summary, &error));
    g_assert_no_error (error);
  }
  assert_same (d);
}

static gpointer
first (Desks *d,
       GType  type)
{
  g_autoptr(GListModel) list = buurt_store_list (d->desk[0].store, type, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  return g_list_model_get_item (list, 0);
}

static gint64
stamp (Desks *d)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (buurt_store_desk_stamp (d->desk[0].store, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* With nothing changed, a stamp finds nothing and the file holds nothing,
 * however often one asks. */
static void
test_nothing_changed (Desks         *d,
                      gconstpointer  data)
{
  g_autoptr(GHashTable) sent = NULL;

  start_together (d);
  g_assert_cmpint (stamp (d), ==, 0);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), ==, 0);
  g_assert_cmpint (stamp (d), ==, 0);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), ==, 0);
}

/* Saving, deleting, undoing a deletion, merging contacts. */
static void
test_model_paths (Desks         *d,
                  gconstpointer  data)
{
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(BuurtExpense) expense = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtCommand) command = NULL;
  g_autoptr(BuurtContact) duplicate = NULL;
  g_autoptr(BuurtContact) keep = NULL;
  g_autoptr(BuurtContactMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  start_together (d);

  /* A save in the window. */
  kern = first (d, BUURT_TYPE_KERN);
  g_object_set (kern, "name", "Swifterbant", NULL);
  g_assert_true (buurt_database_save (d->database[0], BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
  g_assert_cmpint (stamp (d), ==, 1);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), ==, 1);
  assert_sent (sent, "kern", BUURT_ENTITY (kern));
  assert_same (d);

  /* A deletion travels as a tombstone. */
  expense = first (d, BUURT_TYPE_EXPENSE);
  g_assert_true (buurt_database_delete (d->database[0], BUURT_ENTITY (expense), &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "expense", BUURT_ENTITY (expense));
  assert_same (d);

  /* Delete an activity and undo it: its last state travels. */
  activity = first (d, BUURT_TYPE_ACTIVITY);
  command = buurt_command_new_delete_activity (d->database[0], buurt_entity_get_id (BUURT_ENTITY (activity)));
  g_assert_true (buurt_command_run (command, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "activity", BUURT_ENTITY (activity));
  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "activity", BUURT_ENTITY (activity));
  assert_same (d);

  /* Merging a duplicate contact into another: the references move. */
  keep = first (d, BUURT_TYPE_CONTACT);
  duplicate = buurt_test_make_contact (&d->desk[0]);
  g_object_set (duplicate, "name", "Dubbel", NULL);
  buurt_test_save_new (&d->desk[0], duplicate);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "contact", BUURT_ENTITY (duplicate));
  merge = buurt_contact_merge_new (d->database[0], buurt_entity_get_id (BUURT_ENTITY (keep)),
                                   buurt_entity_get_id (BUURT_ENTITY (duplicate)));
  g_assert_true (buurt_contact_merge_run (merge, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "contact", BUURT_ENTITY (duplicate));
  assert_same (d);
}

/* The example agenda written in bulk, then a closure. */
static void
test_bulk_paths (Desks         *d,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autoptr(BuurtDeskFile) empty = NULL;
  g_autoptr(GError) error = NULL;
  BuurtDeskSummary summary;
  gint64 n_activities;

  /* desk-a hears of desk-b, which has seen nothing. */
  g_assert_true (buurt_desk_send (d->database[1], d->file, NULL, NULL, &error));
  g_assert_no_error (error);
  empty = buurt_desk_file_read (d->database[0], d->file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (d->database[0], empty, BUURT_DESK_CHOICE_THEIRS, NULL, &summary, &error));
  g_assert_no_error (error);

  /* Example data is loaded in bulk, into an empty agenda only. */
  g_assert_true (buurt_example_data_generate (d->database[0], 2000, BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error));
  g_assert_no_error (error);
  n_activities = buurt_database_count (d->database[0], BUURT_TYPE_ACTIVITY, NULL);
  g_assert_cmpint (n_activities, >, 10);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), >, n_activities);
  g_assert_cmpint (buurt_database_count (d->database[1], BUURT_TYPE_ACTIVITY, NULL), ==, n_activities);
  assert_same (d);

  g_object_set (closure, "name", "Verbouwing", "first-day", "2026-07-01", "last-day", "2026-08-31",
                "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);
  g_assert_true (buurt_database_save (d->database[0], BUURT_ENTITY (closure), &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "closure", BUURT_ENTITY (closure));
  assert_same (d);
}

/* Another program (the command line, a second desk on the same file, an
 * older version of the app) writes without the store; a migration that
 * rebuilt a table dropped its triggers. */
static void
test_outside_writes (Desks         *d,
                     gconstpointer  data)
{
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(BuurtKern) kern = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *raw;

  start_together (d);
  kern = first (d, BUURT_TYPE_KERN);

  raw = buurt_test_raw_open (d->desk[0].path);
  sql = g_strdup_printf ("UPDATE kern SET name = 'Biddinghuizen' WHERE uuid = '%s'",
                         buurt_entity_get_uuid (BUURT_ENTITY (kern)));
  buurt_test_raw_exec (raw, sql);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), ==, 1);
  assert_sent (sent, "kern", BUURT_ENTITY (kern));
  assert_same (d);

  /* Without its triggers, a table has every row looked at once more. */
  buurt_test_raw_exec (raw, "DROP TRIGGER desk_dirty_kern_update");
  g_free (sql);
  sql = g_strdup_printf ("UPDATE kern SET name = 'Ens' WHERE uuid = '%s'",
                         buurt_entity_get_uuid (BUURT_ENTITY (kern)));
  buurt_test_raw_exec (raw, sql);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  assert_sent (sent, "kern", BUURT_ENTITY (kern));
  g_assert_cmpint (buurt_test_raw_int (raw, "SELECT count(*) FROM sqlite_master "
                                            "WHERE type = 'trigger' AND name = 'desk_dirty_kern_update'"), ==, 1);
  assert_same (d);
  sqlite3_close (raw);
}

/* A backup put back: the rows it brings back are what this desk has, and
 * its change counters go on from where they were, so a change made after
 * the restore is not taken for one the other desk saw already. */
static void
test_restore (Desks         *d,
              gconstpointer  data)
{
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (d->folder, "kept.db", NULL);
  g_autofree char *undo = NULL;

  start_together (d);
  g_assert_true (buurt_store_backup_file (d->desk[0].path, backup, &error));
  g_assert_no_error (error);

  /* A change that desk-b receives, then the backup from before it. */
  kern = first (d, BUURT_TYPE_KERN);
  g_object_set (kern, "name", "Nagele", NULL);
  g_assert_true (buurt_database_save (d->database[0], BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
  sent = exchange (d, FALSE);
  assert_sent (sent, "kern", BUURT_ENTITY (kern));
  g_assert_true (buurt_database_restore (d->database[0], backup, &undo, &error));
  g_assert_no_error (error);

  /* Changes after it are noted as before, and reach desk-b. */
  g_clear_object (&kern);
  kern = first (d, BUURT_TYPE_KERN);
  g_object_set (kern, "name", "Tollebeek", NULL);
  g_assert_true (buurt_database_save (d->database[0], BUURT_ENTITY (kern), &error));
  g_assert_no_error (error);
  g_clear_pointer (&sent, g_hash_table_unref);
  sent = exchange (d, FALSE);
  g_assert_cmpuint (g_hash_table_size (sent), ==, 1);
  assert_sent (sent, "kern", BUURT_ENTITY (kern));
  assert_same (d);
}

/* A cancelled receive leaves the agenda exactly as it was. */
static void
test_cancelled_receive (Desks         *d,
                        gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  BuurtDeskSummary summary;

  g_object_unref (buurt_test_make_saved (&d->desk[0], buurt_test_make_activity));
  g_assert_true (buurt_desk_send (d->database[0], d->file, NULL, NULL, &error));
  g_assert_no_error (error);
  before = buurt_store_desk_checksum (d->desk[1].store, NULL);

  desk_file = buurt_desk_file_read (d->database[1], d->file, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (buurt_desk_receive_backed_up (d->database[1], desk_file, BUURT_DESK_CHOICE_THEIRS,
                                                NULL, cancellable, NULL, &summary, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = buurt_store_desk_checksum (d->desk[1].store, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (buurt_database_count (d->database[1], BUURT_TYPE_ACTIVITY, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/desks/dirty/" path, Desks, NULL, desks_set_up, func, desks_tear_down)
  ADD ("nothing-changed", test_nothing_changed);
  ADD ("model-paths", test_model_paths);
  ADD ("bulk-paths", test_bulk_paths);
  ADD ("outside-writes", test_outside_writes);
  ADD ("restore", test_restore);
  ADD ("cancelled-receive", test_cancelled_receive);
#undef ADD

  return g_test_run ();
}

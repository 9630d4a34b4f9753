/* test-desks.c: several desks, one agenda, through exchange files
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "buurt-desk-exchange.h"
#include "buurt-example-data.h"
#include "buurt-exchange-error.h"
#include "buurt-database-private.h"
#include "buurt-store-desks.h"
#include "buurt-test-store.h"

/* Three desks, each with its own agenda file in the test's own folder. */
typedef struct
{
  char          *folder;
  Fixture        desk[3];
  BuurtDatabase *database[3];
} Desks;

static Desks *current;

/* The database context over a desk's store, as the window and the command
 * line have it. */
static BuurtDatabase *
db (Fixture *f)
{
  return current->database[f - current->desk];
}

static void
desks_set_up (Desks         *d,
              gconstpointer  data)
{
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
      g_assert_no_error (error);
      d->database[i] = buurt_database_new_for_store (d->desk[i].store);
    }
  current = d;
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
  g_free (d->folder);
}

static char *
checksum (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *sum = buurt_store_desk_checksum (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sum);
  return sum;
}

static GFile *
exchange_file (Desks      *d,
               const char *name)
{
  g_autofree char *path = g_build_filename (d->folder, name, NULL);

  return g_file_new_for_path (path);
}

/* @from sends to @to (what @to has not seen, or everything) and @to receives it. */
static BuurtDeskSummary
send_and_receive (Desks           *d,
                  Fixture         *from,
                  Fixture         *to,
                  gboolean         everything,
                  BuurtDeskChoice  choice)
{
  g_autoptr(GFile) file = exchange_file (d, "exchange.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *to_name = buurt_store_desk_get_name (to->store, NULL);
  g_autoptr(GPtrArray) peers = buurt_store_desk_list_peers (from->store, NULL);
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  gboolean known = FALSE;
  BuurtDeskSummary summary;

  for (guint i = 0; i < peers->len; i++)
    known |= g_str_equal (((BuurtDeskPeer *) g_ptr_array_index (peers, i))->name, to_name);

  g_assert_true (buurt_desk_send (db (from), file, everything || !known ? NULL : to_name, NULL, &error));
  g_assert_no_error (error);
  desk_file = buurt_desk_file_read (db (to), file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (db (to), desk_file, choice, NULL, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

/* Every table has a row, as a real agenda has. */
static void
fill (Fixture *f)
{
  BuurtTestMakeFunc makers[] = {
    buurt_test_make_activity, buurt_test_make_journal_entry, buurt_test_make_expense,
    buurt_test_make_initiative_partner,
  };

  for (guint i = 0; i < G_N_ELEMENTS (makers); i++)
    g_object_unref (buurt_test_make_saved (f, makers[i]));
}

static gpointer
first (Fixture *f,
       GType    type)
{
  g_autoptr(GListModel) list = buurt_store_list (f->store, type, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  return g_list_model_get_item (list, 0);
}

static gpointer
by_uuid (Fixture    *f,
         GType       type,
         const char *uuid)
{
  g_autoptr(GListModel) list = buurt_store_list (f->store, type, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      if (g_str_equal (buurt_entity_get_uuid (entity), uuid))
        return g_steal_pointer (&entity);
    }
  return NULL;
}

static void
rename_kern (Fixture    *f,
             const char *uuid,
             const char *name)
{
  g_autoptr(BuurtKern) kern = by_uuid (f, BUURT_TYPE_KERN, uuid);

  g_assert_nonnull (kern);
  g_object_set (kern, "name", name, NULL);
  buurt_test_save_ok (f, kern);
}

static char *
kern_name (Fixture    *f,
           const char *uuid)
{
  g_autoptr(BuurtKern) kern = by_uuid (f, BUURT_TYPE_KERN, uuid);
  char *name = NULL;

  if (kern == NULL)
    return NULL;
  g_object_get (kern, "name", &name, NULL);
  return name;
}

static void
test_round_trip (Desks         *d,
                 gconstpointer  data)
{
  g_autofree char *sum_a = NULL;
  g_autofree char *sum_b = NULL;
  BuurtDeskSummary summary;

  fill (&d->desk[0]);
  summary = send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);

  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_NEW], >=, 11);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CONFLICT], ==, 0);
  sum_a = checksum (&d->desk[0]);
  sum_b = checksum (&d->desk[1]);
  g_assert_cmpstr (sum_a, ==, sum_b);

  /* The derived dates were made for the received series (3 Tuesdays). */
  g_assert_cmpint (buurt_store_count_occurrences (d->desk[1].store, NULL), ==,
                   buurt_store_count_occurrences (d->desk[0].store, NULL));
  g_assert_cmpint (buurt_store_count_occurrences (d->desk[1].store, NULL), ==, 3);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", "taalcaf", FALSE), ==, 2);

  /* Nothing changed since: the next file to B holds nothing. */
  summary = send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_NEW] + summary.n[BUURT_DESK_CHANGE_CHANGED], ==, 0);
  {
    g_autoptr(GFile) file = exchange_file (d, "again.json");
    g_autoptr(GError) error = NULL;
    guint n_records = 99;

    g_assert_true (buurt_desk_send (db (&d->desk[0]), file, "desk-b", &n_records, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_records, ==, 0);
  }
}

static void
test_tombstone (Desks         *d,
                gconstpointer  data)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtActivity) received = NULL;
  g_autoptr(GError) error = NULL;
  BuurtDeskSummary summary;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);

  activity = first (&d->desk[0], BUURT_TYPE_ACTIVITY);
  g_assert_true (buurt_store_delete (d->desk[0].store, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);

  summary = send_and_receive (d, &d->desk[0], &d->desk[1], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_DELETED], ==, 1);
  received = by_uuid (&d->desk[1], BUURT_TYPE_ACTIVITY, buurt_entity_get_uuid (BUURT_ENTITY (activity)));
  g_assert_null (received);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", NULL, TRUE), ==, 0);
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
}

static void
test_conflict_edit_edit (Desks         *d,
                         gconstpointer  data)
{
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GFile) file = exchange_file (d, "from-a.json");
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  BuurtDeskChange *change = NULL;
  BuurtDeskSummary summary;
  const char *name;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);

  kern = first (&d->desk[0], BUURT_TYPE_KERN);
  uuid = g_strdup (buurt_entity_get_uuid (BUURT_ENTITY (kern)));
  rename_kern (&d->desk[0], uuid, "Dronten-Noord");
  rename_kern (&d->desk[1], uuid, "Dronten-Zuid");

  /* The preview shows it side by side, field by field. */
  g_assert_true (buurt_desk_send (db (&d->desk[0]), file, "desk-b", NULL, &error));
  g_assert_no_error (error);
  desk_file = buurt_desk_file_read (db (&d->desk[1]), file, &error);
  g_assert_no_error (error);
  changes = buurt_desk_preview (db (&d->desk[1]), desk_file, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    if (((BuurtDeskChange *) g_ptr_array_index (changes, i))->kind == BUURT_DESK_CHANGE_CONFLICT)
      change = g_ptr_array_index (changes, i);
  g_assert_nonnull (change);
  g_assert_cmpstr (change->uuid, ==, uuid);
  g_assert_true (g_variant_lookup (change->mine, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Dronten-Zuid");
  g_assert_true (g_variant_lookup (change->theirs, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Dronten-Noord");

  /* Without a choice: everything else is applied, the conflict waits. */
  g_assert_true (buurt_desk_receive (db (&d->desk[1]), desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_pending, ==, 1);
  g_assert_cmpstr (kern_name (&d->desk[1], uuid), ==, "Dronten-Zuid");
  conflicts = buurt_store_desk_list_conflicts (d->desk[1].store, TRUE, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);

  /* Take theirs: mine stays in the list and can be brought back. */
  g_assert_true (buurt_desk_resolve (db (&d->desk[1]),
                                     ((BuurtDeskConflict *) g_ptr_array_index (conflicts, 0))->id,
                                     BUURT_DESK_CHOICE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kern_name (&d->desk[1], uuid), ==, "Dronten-Noord");
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = buurt_store_desk_list_conflicts (d->desk[1].store, FALSE, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (((BuurtDeskConflict *) g_ptr_array_index (conflicts, 0))->state, ==, "took_theirs");
  g_assert_true (g_variant_lookup (((BuurtDeskConflict *) g_ptr_array_index (conflicts, 0))->mine,
                                   "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Dronten-Zuid");

  /* The choice travels back: both desks hold the same. */
  send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpstr (kern_name (&d->desk[0], uuid), ==, "Dronten-Noord");
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));

  /* Bringing mine back is a new change, which travels too. */
  g_assert_true (buurt_desk_resolve (db (&d->desk[1]),
                                     ((BuurtDeskConflict *) g_ptr_array_index (conflicts, 0))->id,
                                     BUURT_DESK_CHOICE_MINE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kern_name (&d->desk[1], uuid), ==, "Dronten-Zuid");
  summary = send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CHANGED], ==, 1);
  g_assert_cmpstr (kern_name (&d->desk[0], uuid), ==, "Dronten-Zuid");
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
}

static void
test_conflict_delete_edit (Desks         *d,
                           gconstpointer  data)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtActivity) theirs = NULL;
  g_autoptr(GError) error = NULL;
  BuurtDeskSummary summary;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);

  activity = first (&d->desk[0], BUURT_TYPE_ACTIVITY);
  g_assert_true (buurt_store_delete (d->desk[0].store, BUURT_ENTITY (activity), &error));
  theirs = by_uuid (&d->desk[1], BUURT_TYPE_ACTIVITY, buurt_entity_get_uuid (BUURT_ENTITY (activity)));
  g_object_set (theirs, "title", "Taalcafé met taart", NULL);
  buurt_test_save_ok (&d->desk[1], theirs);

  /* A deletion meets an edit: a conflict, not a silent loss; keep mine. */
  summary = send_and_receive (d, &d->desk[0], &d->desk[1], FALSE, BUURT_DESK_CHOICE_MINE);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CONFLICT], ==, 1);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_DELETED], ==, 0);
  g_clear_object (&theirs);
  theirs = by_uuid (&d->desk[1], BUURT_TYPE_ACTIVITY, buurt_entity_get_uuid (BUURT_ENTITY (activity)));
  g_assert_nonnull (theirs);

  /* The edit kept on B wins on A too, without asking again. */
  summary = send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CONFLICT], ==, 0);
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
  g_assert_cmpint (buurt_store_count_occurrences (d->desk[0].store, NULL), ==, 3);
}

static void
test_clock_skew (Desks         *d,
                 gconstpointer  data)
{
  g_autoptr(BuurtKern) kern = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;
  BuurtDeskSummary summary;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);

  kern = first (&d->desk[0], BUURT_TYPE_KERN);
  uuid = g_strdup (buurt_entity_get_uuid (BUURT_ENTITY (kern)));

  /* B's clock runs an hour behind: its later edit carries an earlier time
   * than A's last one. It is still the later change. */
  rename_kern (&d->desk[1], uuid, "Biddinghuizen");
  db = buurt_test_raw_open (d->desk[1].path);
  sql = g_strdup_printf ("UPDATE kern SET modified_at = strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now', '-1 hour') "
                         "WHERE uuid = '%s'", uuid);
  buurt_test_raw_exec (db, sql);
  sqlite3_close (db);

  summary = send_and_receive (d, &d->desk[1], &d->desk[0], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CHANGED], ==, 1);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CONFLICT], ==, 0);
  g_assert_cmpstr (kern_name (&d->desk[0], uuid), ==, "Biddinghuizen");

  /* And the other way round: A's clock an hour ahead does not win either. */
  rename_kern (&d->desk[0], uuid, "Swifterbant");
  summary = send_and_receive (d, &d->desk[0], &d->desk[1], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CHANGED], ==, 1);
  g_assert_cmpstr (kern_name (&d->desk[1], uuid), ==, "Swifterbant");
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
}

static void
test_idempotent (Desks         *d,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = exchange_file (d, "twice.json");
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtKern) kern = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  BuurtDeskSummary summary;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  kern = first (&d->desk[0], BUURT_TYPE_KERN);
  uuid = g_strdup (buurt_entity_get_uuid (BUURT_ENTITY (kern)));
  rename_kern (&d->desk[0], uuid, "Lelystad");
  rename_kern (&d->desk[1], uuid, "Almere");
  fill (&d->desk[0]);

  g_assert_true (buurt_desk_send (db (&d->desk[0]), file, NULL, NULL, &error));
  desk_file = buurt_desk_file_read (db (&d->desk[1]), file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (db (&d->desk[1]), desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_cmpuint (summary.n_pending, ==, 1);
  once = checksum (&d->desk[1]);

  g_assert_true (buurt_desk_receive (db (&d->desk[1]), desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_NEW], ==, 0);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CHANGED], ==, 0);
  twice = checksum (&d->desk[1]);
  g_assert_cmpstr (once, ==, twice);
  conflicts = buurt_store_desk_list_conflicts (d->desk[1].store, FALSE, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
}

/* A, B and C exchange back and forth in an order no one planned, editing the
 * same records in between; in the end all three hold the same agenda. */
static void
test_three_desks (Desks         *d,
                  gconstpointer  data)
{
  Fixture *a = &d->desk[0], *b = &d->desk[1], *c = &d->desk[2];
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtActivity) on_c = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  fill (a);
  send_and_receive (d, a, b, TRUE, BUURT_DESK_CHOICE_THEIRS);
  fill (c);
  send_and_receive (d, b, c, FALSE, BUURT_DESK_CHOICE_THEIRS);

  kern = first (a, BUURT_TYPE_KERN);
  uuid = g_strdup (buurt_entity_get_uuid (BUURT_ENTITY (kern)));
  rename_kern (b, uuid, "Dronten (B)");
  rename_kern (c, uuid, "Dronten (C)");
  fill (b);
  send_and_receive (d, c, a, FALSE, BUURT_DESK_CHOICE_THEIRS);
  rename_kern (a, uuid, "Dronten (A)");
  send_and_receive (d, a, b, FALSE, BUURT_DESK_CHOICE_MINE);

  activity = first (c, BUURT_TYPE_ACTIVITY);
  g_assert_true (buurt_store_delete (c->store, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);
  send_and_receive (d, b, a, FALSE, BUURT_DESK_CHOICE_THEIRS);
  send_and_receive (d, c, b, FALSE, BUURT_DESK_CHOICE_THEIRS);
  send_and_receive (d, a, c, FALSE, BUURT_DESK_CHOICE_THEIRS);

  /* A few rounds of everyone with everyone, in a fixed odd order. */
  for (guint round = 0; round < 2; round++)
    {
      send_and_receive (d, b, c, FALSE, BUURT_DESK_CHOICE_THEIRS);
      send_and_receive (d, c, a, FALSE, BUURT_DESK_CHOICE_THEIRS);
      send_and_receive (d, a, b, FALSE, BUURT_DESK_CHOICE_THEIRS);
      send_and_receive (d, b, a, FALSE, BUURT_DESK_CHOICE_THEIRS);
      send_and_receive (d, a, c, FALSE, BUURT_DESK_CHOICE_THEIRS);
    }

  g_assert_cmpstr (checksum (a), ==, checksum (b));
  g_assert_cmpstr (checksum (b), ==, checksum (c));
  g_assert_cmpint (buurt_store_count_occurrences (a->store, NULL), ==,
                   buurt_store_count_occurrences (c->store, NULL));
  on_c = by_uuid (b, BUURT_TYPE_ACTIVITY, buurt_entity_get_uuid (BUURT_ENTITY (activity)));
  g_assert_null (on_c);
}

static void
test_folder (Desks         *d,
             gconstpointer  data)
{
  g_autofree char *shared = g_build_filename (d->folder, "usb-stick", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (shared);
  g_autoptr(BuurtKern) kern = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (shared, 0700), ==, 0);
  fill (&d->desk[0]);
  fill (&d->desk[1]);
  fill (&d->desk[2]);
  kern = first (&d->desk[0], BUURT_TYPE_KERN);

  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < 3; i++)
      {
        BuurtDeskSummary summary;

        g_assert_true (buurt_desk_exchange_folder (db (&d->desk[i]), folder, BUURT_DESK_CHOICE_THEIRS,
                                                   &summary, NULL, &error));
        g_assert_no_error (error);
        if (round == 0 && i == 0)
          rename_kern (&d->desk[0], buurt_entity_get_uuid (BUURT_ENTITY (kern)), "Zeewolde");
      }

  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
  g_assert_cmpstr (checksum (&d->desk[1]), ==, checksum (&d->desk[2]));
  g_assert_cmpstr (kern_name (&d->desk[2], buurt_entity_get_uuid (BUURT_ENTITY (kern))), ==, "Zeewolde");
}

static void
assert_refused (Desks      *d,
                const char *name,
                const char *contents,
                const char *message)
{
  g_autoptr(GFile) file = exchange_file (d, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autofree char *before = checksum (&d->desk[1]);
  BuurtDeskSummary summary;

  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  desk_file = buurt_desk_file_read (db (&d->desk[1]), file, &error);
  if (desk_file != NULL)
    {
      g_assert_no_error (error);
      g_assert_false (buurt_desk_receive (db (&d->desk[1]), desk_file, BUURT_DESK_CHOICE_THEIRS,
                                          NULL, &summary, &error));
    }
  g_assert_error (error, BUURT_EXCHANGE_ERROR, error->code);
  g_test_message ("%s", error->message);
  buurt_test_assert_contains (error->message, name);
  buurt_test_assert_contains (error->message, message);
  g_assert_cmpstr (before, ==, checksum (&d->desk[1]));
}

static void
test_broken_files (Desks         *d,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = exchange_file (d, "good.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *truncated = NULL;
  g_autofree char *dangling = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(GString) reversed = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  BuurtDeskSummary summary;
  gsize length;
  guint n;

  fill (&d->desk[0]);
  g_assert_true (buurt_desk_send (db (&d->desk[0]), file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &good, &length, NULL, NULL));

  assert_refused (d, "notes.json", "{\"title\": \"boodschappen\"}", "not an exchange file");
  truncated = g_strndup (good, length * 2 / 3);
  assert_refused (d, "truncated.json", truncated, "not a complete exchange file");
  newer = g_strdup (good);
  memcpy (strstr (newer, "\"format_version\":1") + strlen ("\"format_version\":"), "9", 1);
  assert_refused (d, "newer.json", newer, "newer version");

  /* The room a record refers to is neither in the file nor here; every
   * record before it is not taken either. */
  lines = g_strsplit (good, "\n", -1);
  n = g_strv_length (lines);
  {
    g_autoptr(GString) without_room = g_string_new (NULL);

    for (guint i = 0; i < n; i++)
      if (strstr (lines[i], "\"table\":\"room\"") == NULL)
        g_string_append_printf (without_room, "%s%s", lines[i], i + 1 < n ? "\n" : "");
    /* The line before the dropped room ends with a comma that now may dangle. */
    dangling = g_string_free (g_steal_pointer (&without_room), FALSE);
  }
  assert_refused (d, "dangling.json", dangling, "neither in the file nor in this agenda");

  /* References arriving in any order: the records reversed are taken whole. */
  reversed = g_string_new (lines[0]);
  for (guint i = n - 3; i >= 1; i--)
    {
      g_autofree char *record = g_strdup (lines[i]);

      if (g_str_has_suffix (record, ","))
        record[strlen (record) - 1] = '\0';
      g_string_append_printf (reversed, "\n%s%s", record, i > 1 ? "," : "");
    }
  g_string_append_printf (reversed, "\n%s\n", lines[n - 2]);
  g_clear_object (&file);
  file = exchange_file (d, "reversed.json");
  g_assert_true (g_file_replace_contents (file, reversed->str, reversed->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  desk_file = buurt_desk_file_read (db (&d->desk[1]), file, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_desk_receive (db (&d->desk[1]), desk_file, BUURT_DESK_CHOICE_ASK, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));
}

/* A closure made on one desk cancels the dates on the other, and lifting it
 * there brings them back; a receive keeps a backup of the agenda first. */
static void
test_closure_travels (Desks         *d,
                      gconstpointer  data)
{
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) backups = NULL;
  g_autofree char *backup_folder = g_build_filename (d->folder, "backups", NULL);
  const char *name;
  guint n_before_exchange = 0;

  fill (&d->desk[0]);
  send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", "taalcaf", FALSE), ==, 2);

  g_object_set (closure, "name", "Verbouwing", "first-day", "2000-01-01", "last-day", "2099-12-31",
                "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);
  g_assert_true (buurt_database_save (db (&d->desk[0]), BUURT_ENTITY (closure), &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[0], "2026-01-01", "taalcaf", FALSE), ==, 0);

  send_and_receive (d, &d->desk[0], &d->desk[1], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", "taalcaf", FALSE), ==, 0);
  /* Shown with the cancelled dates: the series' three, one of them cancelled by hand. */
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", "taalcaf", TRUE), ==, 3);

  g_assert_true (buurt_database_delete (db (&d->desk[0]), BUURT_ENTITY (closure), &error));
  g_assert_no_error (error);
  send_and_receive (d, &d->desk[0], &d->desk[1], FALSE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpint (buurt_test_agenda_count (&d->desk[1], "2026-01-01", "taalcaf", FALSE), ==, 2);

  /* desk-b received three times, and kept its agenda before each. */
  backups = g_dir_open (backup_folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (backups)) != NULL)
    if (g_str_has_prefix (name, "desk-b-") && g_str_has_suffix (name, "-before-exchange.db"))
      n_before_exchange++;
  g_assert_cmpuint (n_before_exchange, >=, 1);
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = buurt_store_prepare (f->store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* A new desk's first exchange receives a whole agenda, as bulk work: the
 * same rows, the same dates, the same search index as the desk it came from. */
static void
test_whole_agenda (Desks         *d,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BuurtDeskSummary summary;

  g_assert_true (buurt_example_data_generate (db (&d->desk[0]), 40000, 7, NULL, &error));
  g_assert_no_error (error);

  summary = send_and_receive (d, &d->desk[0], &d->desk[1], TRUE, BUURT_DESK_CHOICE_ASK);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_NEW], >, 1000);
  g_assert_cmpuint (summary.n[BUURT_DESK_CHANGE_CONFLICT], ==, 0);
  g_assert_cmpstr (checksum (&d->desk[0]), ==, checksum (&d->desk[1]));

  for (guint i = 0; i < 3; i++)
    {
      const char *sql[] = {
        "SELECT count (*) FROM occurrence",
        "SELECT count (*) FROM occurrence WHERE cancelled = 1",
        "SELECT count (*) FROM activity_fts WHERE activity_fts MATCH 'koffie'",
      };

      g_assert_cmpint (count_rows (&d->desk[0], sql[i]), >, 0);
      g_assert_cmpint (count_rows (&d->desk[0], sql[i]), ==, count_rows (&d->desk[1], sql[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/desks/" path, Desks, NULL, desks_set_up, func, desks_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("tombstone", test_tombstone);
  ADD ("conflict/edit-edit", test_conflict_edit_edit);
  ADD ("conflict/delete-edit", test_conflict_delete_edit);
  ADD ("clock-skew", test_clock_skew);
  ADD ("idempotent", test_idempotent);
  ADD ("three-desks-converge", test_three_desks);
  ADD ("folder", test_folder);
  ADD ("broken-files", test_broken_files);
  ADD ("closure-travels", test_closure_travels);
  ADD ("whole-agenda", test_whole_agenda);
#undef ADD

  return g_test_run ();
}

/* test-store-bulk.c: a bulk write gives the same dates as saving one by one
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "buurt-test-store.h"

/* The occurrence table as text, one line per date, in a fixed order. */
static char *
occurrence_text (BuurtStore *store)
{
  sqlite3_stmt *stmt = buurt_store_prepare (store,
                                            "SELECT a.title, o.starts_at, o.ends_at, o.day, o.cancelled, "
                                            "       coalesce (o.room_id, 0), o.status, o.category, "
                                            "       coalesce (o.closure_id, 0) "
                                            "FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                            "ORDER BY a.title, o.starts_at",
                                            NULL);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s|%s|%s|%s|%d|%" G_GINT64_FORMAT "|%s|%s|%" G_GINT64_FORMAT "\n",
                            sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3),
                            sqlite3_column_int (stmt, 4), (gint64) sqlite3_column_int64 (stmt, 5),
                            sqlite3_column_text (stmt, 6), sqlite3_column_text (stmt, 7),
                            (gint64) sqlite3_column_int64 (stmt, 8));
  sqlite3_reset (stmt);
  return g_string_free (text, FALSE);
}

static gint64
count (BuurtStore *store,
       const char *sql)
{
  sqlite3_stmt *stmt = buurt_store_prepare (store, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static BuurtActivity *
new_series (guint       i,
            gint64      room_id,
            const char *rrule)
{
  g_autofree char *title = g_strdup_printf ("Activiteit %04u", i);
  g_autofree char *start_text = g_strdup_printf ("2027-%02u-%02uT%02u:00:00Z", 1 + i % 12, 1 + i % 28, 8 + i % 10);
  g_autoptr(GDateTime) start = buurt_test_utc (start_text);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1 + i % 3);
  /* Every fifth has its first date cancelled by hand. */
  g_autofree char *first_day = g_strdup_printf ("2027-%02u-%02u", 1 + i % 12, 1 + i % 28);

  return g_object_new (BUURT_TYPE_ACTIVITY,
                       "title", title, "starts-at", start, "ends-at", end,
                       "room-id", room_id, "rrule", rrule,
                       "cancelled-dates", i % 5 == 0 ? first_day : NULL,
                       "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                       NULL);
}

typedef struct
{
  guint  n;
  gint64 room_id;
} Many;

static gboolean
save_many (BuurtStore  *store,
           gpointer     user_data,
           GError     **error)
{
  Many *many = user_data;

  for (guint i = 0; i < many->n; i++)
    {
      g_autoptr(BuurtActivity) activity = new_series (i, i % 2 == 0 ? many->room_id : 0,
                                                      i % 7 == 0 ? NULL : "FREQ=WEEKLY;COUNT=33");

      if (!buurt_store_save (store, BUURT_ENTITY (activity), error))
        return FALSE;
    }
  return TRUE;
}

static void
check_bulk_like_one_by_one (Fixture *f,
                            guint    n)
{
  g_autofree char *folder = buurt_test_folder ();
  g_autofree char *other_path = g_build_filename (folder, "one-by-one.db", NULL);
  g_autoptr(BuurtStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);
  g_autoptr(BuurtEntity) other_room = NULL;
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autoptr(BuurtClosure) other_closure = NULL;
  g_autofree char *bulk = NULL;
  g_autofree char *single = NULL;
  Many many = { n, buurt_test_save_new (f, room) };

  /* A closure in force before the import: it cancels what falls in it. */
  g_object_set (closure, "name", "Zomerstop", "first-day", "2027-07-20", "last-day", "2027-08-10",
                "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);
  other_closure = buurt_test_copy_as_new (BUURT_ENTITY (closure));
  buurt_test_save_new (f, closure);

  g_assert_true (buurt_store_bulk_transaction (f->store, save_many, &many, NULL, &error));
  g_assert_no_error (error);

  /* The same activities saved one at a time, into another agenda. */
  other = buurt_store_new (other_path, &error);
  g_assert_no_error (error);
  other_room = buurt_test_copy_as_new (room);
  g_object_set (other_room, "venue-id", (gint64) 0, NULL);
  {
    Fixture other_fixture = { other_path, other };
    g_autoptr(BuurtEntity) venue = buurt_test_make_venue (&other_fixture);

    g_object_set (other_room, "venue-id", buurt_test_save_new (&other_fixture, venue), NULL);
    g_assert_cmpint (buurt_test_save_new (&other_fixture, other_room), ==, many.room_id);
    buurt_test_save_new (&other_fixture, other_closure);
  }
  g_assert_true (buurt_store_transaction (other, save_many, &many, &error));
  g_assert_no_error (error);

  bulk = occurrence_text (f->store);
  single = occurrence_text (other);
  g_assert_cmpuint (strlen (bulk), >, 0);
  g_assert_cmpstr (bulk, ==, single);

  /* Dates closed by the closure, and those cancelled by hand. */
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM occurrence WHERE closure_id IS NOT NULL"), >, 0);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM occurrence WHERE cancelled = 1 AND closure_id IS NULL"), >, 0);
  /* Search finds what the bulk wrote (its index is written at the end):
   * one series of 33 dates, or one date for every seventh. */
  g_assert_cmpint (buurt_test_agenda_count (f, "2027-01-01", "activiteit 0043", TRUE), ==, 33);
  g_assert_cmpint (buurt_test_agenda_count (f, "2027-01-01", "activiteit 0042", TRUE), ==, 1);
  g_assert_cmpint (buurt_test_agenda_count (f, "2027-01-01", "activiteit 0042", TRUE), ==,
                   count (f->store, "SELECT count (*) FROM activity_fts WHERE activity_fts MATCH 'activiteit 0042'"));
  /* The occurrence table keeps its four indexes, and the file is sound. */
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'occurrence' AND sql IS NOT NULL"), ==, 4);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), ==, 0);
}

/* A few hundred dates: sorted into the indexes as they are. */
static void
test_bulk_small (Fixture       *f,
                 gconstpointer  data)
{
  check_bulk_like_one_by_one (f, 60);
}

/* Over 20,000 dates into an empty table: the indexes are built again. */
static void
test_bulk_reindexed (Fixture       *f,
                     gconstpointer  data)
{
  check_bulk_like_one_by_one (f, 800);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM occurrence"), >, 20000);
}

typedef struct
{
  BuurtActivity *kept;
  BuurtActivity *dropped;
  BuurtActivity *deleted;
} Savepoints;

static gboolean
change_then_fail (BuurtStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  Savepoints *s = user_data;

  g_object_set (s->kept, "rrule", "FREQ=DAILY;COUNT=50", NULL);
  if (!buurt_store_save (store, BUURT_ENTITY (s->kept), error) ||
      !buurt_store_save (store, BUURT_ENTITY (s->dropped), error))
    return FALSE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "changed my mind");
  return FALSE;
}

static gboolean
savepoints (BuurtStore  *store,
            gpointer     user_data,
            GError     **error)
{
  Savepoints *s = user_data;
  g_autoptr(GError) local_error = NULL;

  if (!buurt_store_save (store, BUURT_ENTITY (s->kept), error) ||
      !buurt_store_save (store, BUURT_ENTITY (s->deleted), error) ||
      !buurt_store_delete (store, BUURT_ENTITY (s->deleted), error))
    return FALSE;

  /* A nested transaction that fails takes its dates along. */
  g_assert_false (buurt_store_transaction (store, change_then_fail, s, &local_error));
  g_assert_error (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_object_set (s->kept, "rrule", "FREQ=WEEKLY;COUNT=3", NULL);
  return TRUE;
}

static void
test_bulk_savepoint_rollback (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BuurtActivity) kept = new_series (1, 0, "FREQ=WEEKLY;COUNT=3");
  g_autoptr(BuurtActivity) dropped = new_series (2, 0, "FREQ=WEEKLY;COUNT=4");
  g_autoptr(BuurtActivity) deleted = new_series (3, 0, "FREQ=WEEKLY;COUNT=5");
  g_autoptr(GError) error = NULL;
  Savepoints s = { kept, dropped, deleted };

  g_assert_true (buurt_store_bulk_transaction (f->store, savepoints, &s, NULL, &error));
  g_assert_no_error (error);

  /* The weekly rule of three dates, not the daily one of the rolled back
   * savepoint; nothing of the activity saved there, nor of the deleted. */
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM occurrence"), ==, 3);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM activity WHERE deleted_at IS NULL"), ==, 1);
}

static gboolean
save_then_cancel (BuurtStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  Many many = { 100, 0 };

  /* Cancelled once the activities are saved, while their dates wait. */
  if (!save_many (store, &many, error))
    return FALSE;
  g_cancellable_cancel (G_CANCELLABLE (g_object_get_data (G_OBJECT (store), "cancellable")));
  return TRUE;
}

/* Cancelling while the dates wait to go in keeps nothing at all. */
static void
test_bulk_cancelled (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (f->store), "cancellable", cancellable);
  g_assert_false (buurt_store_bulk_transaction (f->store, save_then_cancel, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM activity"), ==, 0);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM occurrence"), ==, 0);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM activity_fts"), ==, 0);

  /* The store goes on as usual afterwards. */
  {
    Many many = { 3, 0 };

    g_clear_error (&error);
    g_assert_true (buurt_store_bulk_transaction (f->store, save_many, &many, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f->store, "SELECT count (*) FROM activity"), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/store/bulk/like-one-by-one", Fixture, NULL,
              buurt_test_store_set_up, test_bulk_small, buurt_test_store_tear_down);
  g_test_add ("/store/bulk/reindexed", Fixture, NULL,
              buurt_test_store_set_up, test_bulk_reindexed, buurt_test_store_tear_down);
  g_test_add ("/store/bulk/cancelled", Fixture, NULL,
              buurt_test_store_set_up, test_bulk_cancelled, buurt_test_store_tear_down);
  g_test_add ("/store/bulk/savepoint-rollback", Fixture, NULL,
              buurt_test_store_set_up, test_bulk_savepoint_rollback, buurt_test_store_tear_down);

  return g_test_run ();
}

/* test-store-entities.c: saving, loading, deleting and undeleting rows; transactions
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "buurt-test-store.h"

/* Create, read, update, delete and undelete */

/* Saves @entity (new and valid), checks every column comes back, then sets
 * the properties given as name/value pairs, saves again, deletes and
 * undeletes. */
static void
check_crud (Fixture     *f,
            BuurtEntity *entity,
            const char  *first_property,
            ...)
{
  GType type = G_OBJECT_TYPE (entity);
  gint64 n_before = buurt_store_count (f->store, type, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) loaded = NULL;
  g_autoptr(BuurtEntity) updated = NULL;
  g_autoptr(BuurtEntity) deleted = NULL;
  g_autoptr(BuurtEntity) undeleted = NULL;
  g_autoptr(GDateTime) modified_before = NULL;
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *detailed = g_strdup_printf ("changed::%s", buurt_entity_get_table (entity));
  guint n_changed = 0;
  gulong handler;
  gint64 id;
  va_list args;

  handler = g_signal_connect (f->store, detailed, G_CALLBACK (buurt_test_count_changed_cb), &n_changed);

  /* Create */
  g_assert_cmpint (buurt_entity_get_id (entity), ==, 0);
  g_assert_true (buurt_store_save (f->store, entity, &error));
  g_assert_no_error (error);
  id = buurt_entity_get_id (entity);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (strlen (buurt_entity_get_uuid (entity)), ==, 36);
  g_assert_true (g_uuid_string_is_valid (buurt_entity_get_uuid (entity)));
  g_assert_nonnull (buurt_entity_get_created_at (entity));
  g_assert_nonnull (buurt_entity_get_modified_at (entity));
  g_assert_null (buurt_entity_get_deleted_at (entity));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_true (buurt_test_list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 1);

  /* Read */
  loaded = buurt_test_load (f, type, id);
  g_assert_true (G_OBJECT_TYPE (loaded) == type);
  buurt_test_assert_entities_equal (entity, loaded);
  original = buurt_test_entity_to_text (loaded);

  /* Update */
  modified_before = g_date_time_ref (buurt_entity_get_modified_at (loaded));
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (loaded), first_property, args);
  va_end (args);
  changed = buurt_test_entity_to_text (loaded);
  g_assert_cmpstr (changed, !=, original);

  g_assert_true (buurt_store_save (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (loaded), ==, id);
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_cmpuint (n_changed, ==, 2);

  updated = buurt_test_load (f, type, id);
  buurt_test_assert_entities_equal (loaded, updated);
  g_assert_cmpstr (buurt_entity_get_uuid (updated), ==, buurt_entity_get_uuid (entity));
  g_assert_cmpint (g_date_time_compare (buurt_entity_get_modified_at (updated), modified_before), >=, 0);
  {
    g_autofree char *created_before = buurt_format_utc (buurt_entity_get_created_at (entity));
    g_autofree char *created_after = buurt_format_utc (buurt_entity_get_created_at (updated));

    g_assert_cmpstr (created_after, ==, created_before);
  }

  /* Delete: gone from counts and lists, but still loadable as a tombstone. */
  g_assert_true (buurt_store_delete (f->store, updated, &error));
  g_assert_no_error (error);
  g_assert_nonnull (buurt_entity_get_deleted_at (updated));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before);
  g_assert_false (buurt_test_list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 3);

  deleted = buurt_test_load (f, type, id);
  g_assert_nonnull (buurt_entity_get_deleted_at (deleted));
  buurt_test_assert_entities_equal (updated, deleted);

  /* Undelete: back as it was. */
  g_assert_true (buurt_store_undelete (f->store, deleted, &error));
  g_assert_no_error (error);
  g_assert_null (buurt_entity_get_deleted_at (deleted));
  g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_before + 1);
  g_assert_true (buurt_test_list_has (f, type, id));
  g_assert_cmpuint (n_changed, ==, 4);

  undeleted = buurt_test_load (f, type, id);
  g_assert_null (buurt_entity_get_deleted_at (undeleted));
  buurt_test_assert_entities_equal (deleted, undeleted);

  g_signal_handler_disconnect (f->store, handler);
}

static void
test_load_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) venue = NULL;

  venue = buurt_store_load (f->store, BUURT_TYPE_VENUE, 9999, &error);
  g_assert_null (venue);
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_delete_unsaved (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) kern = buurt_test_make_kern (f);

  g_assert_false (buurt_store_delete (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_null (buurt_entity_get_deleted_at (kern));
}

static void
test_kern_crud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = buurt_test_make_kern (f);

  check_crud (f, kern, "name", "Biddinghuizen", NULL);
}

static void
test_neighbourhood_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) neighbourhood = buurt_test_make_neighbourhood (f);

  check_crud (f, neighbourhood, "name", "De Gilden-Noord", NULL);
}

static void
test_venue_crud (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = buurt_test_make_venue (f);

  check_crud (f, venue,
              "postcode", "8253 CD",
              "kind", BUURT_VENUE_KIND_LIBRARY,
              "hearing-loop", TRUE,
              "notes", "",
              NULL);
}

static void
test_room_crud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);

  check_crud (f, room,
              "capacity", (gint64) 60,
              "facilities", BUURT_FACILITY_PIANO | BUURT_FACILITY_STAGE | BUURT_FACILITY_GARDEN,
              NULL);
}

static void
test_contact_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = buurt_test_make_contact (f);

  check_crud (f, contact,
              "email", "taal@welzijndronten.nl",
              "kind", BUURT_CONTACT_KIND_FOUNDATION,
              NULL);
}

static void
test_initiative_crud (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) initiative = buurt_test_make_initiative (f);

  check_crud (f, initiative,
              "stage", BUURT_STAGE_RUNNING,
              "next-evaluation", "2027-03-01",
              "participants", (gint64) 45,
              NULL);
}

static void
test_initiative_partner_crud (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = buurt_test_make_initiative_partner (f);

  check_crud (f, partner, "role", BUURT_PARTNER_ROLE_PARTNER, NULL);
}

static void
test_funding_request_crud (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) request = buurt_test_make_funding_request (f);

  check_crud (f, request,
              "status", BUURT_FUNDING_STATUS_PAID,
              "amount-granted-cents", (gint64) 120000,
              NULL);
}

static void
test_expense_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) expense = buurt_test_make_expense (f);

  check_crud (f, expense,
              "amount-cents", (gint64) 5000,
              "funding-request-id", (gint64) 0,
              NULL);
}

static void
test_journal_entry_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) entry = buurt_test_make_journal_entry (f);

  check_crud (f, entry,
              "text", "Na de zomer opnieuw beginnen.",
              "kind", BUURT_JOURNAL_KIND_OBSTACLE,
              NULL);
}

static void
test_activity_crud (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_activity (f);
  g_autoptr(GDateTime) later_end = buurt_test_utc ("2026-01-06T20:30:00Z");

  check_crud (f, activity,
              "title", "Taalcafé Plus",
              "ends-at", later_end,
              "status", BUURT_ACTIVITY_STATUS_SUBMITTED,
              "all-day", FALSE,
              "location", "",
              NULL);
}

/* Transactions */

typedef struct
{
  BuurtEntity *first;
  BuurtEntity *second;
  gboolean     succeed;
} TwoVenues;

static gboolean
save_two_venues (BuurtStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  TwoVenues *data = user_data;

  if (!buurt_store_save (store, data->first, error) ||
      !buurt_store_save (store, data->second, error))
    return FALSE;

  /* Both are visible inside the transaction. */
  g_assert_cmpint (buurt_store_count (store, BUURT_TYPE_VENUE, NULL), ==, 2);

  if (!data->succeed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Stopped on purpose");
      return FALSE;
    }

  return TRUE;
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "De Meerpaal", NULL);
  TwoVenues two = { first, second, FALSE };
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  sqlite3 *db;

  g_signal_connect (f->store, "changed", G_CALLBACK (buurt_test_count_changed_cb), &n_changed);

  g_assert_false (buurt_store_transaction (f->store, save_two_venues, &two, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 0);
  g_assert_true (buurt_test_store_is_empty (f->store));
  /* The views never hear of a change that was rolled back. */
  g_assert_cmpuint (n_changed, ==, 0);

  db = buurt_test_raw_open (f->path);
  g_assert_cmpint (buurt_test_raw_int (db, "SELECT count(*) FROM venue"), ==, 0);
  sqlite3_close (db);

  /* The venues are unsaved again: saving them now really inserts them. */
  g_clear_error (&error);
  g_assert_cmpint (buurt_entity_get_id (first), ==, 0);
  g_assert_null (buurt_entity_get_uuid (first));
  g_assert_true (buurt_store_save (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 1);
}

/* A row that is not there cannot be updated, deleted or brought back. */
static void
test_save_missing_row (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = g_object_new (BUURT_TYPE_KERN, "name", "Dronten", "id", (gint64) 9999,
                                              "uuid", "00000000-0000-4000-8000-000000000000", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_store_save (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (buurt_store_delete (f->store, kern, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_KERN, NULL), ==, 0);
}

static void
test_transaction_commit (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "De Meerpaal", NULL);
  TwoVenues two = { first, second, TRUE };
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  sqlite3 *db;

  g_signal_connect (f->store, "changed::venue", G_CALLBACK (buurt_test_count_changed_cb), &n_changed);

  g_assert_true (buurt_store_transaction (f->store, save_two_venues, &two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 2);
  /* Told once, after the commit. */
  g_assert_cmpuint (n_changed, ==, 1);

  /* Committed: another connection sees them. */
  db = buurt_test_raw_open (f->path);
  g_assert_cmpint (buurt_test_raw_int (db, "SELECT count(*) FROM venue"), ==, 2);
  sqlite3_close (db);
}

/* A failing save inside a transaction undoes only its own part. */
static gboolean
save_one_good_one_bad (BuurtStore  *store,
                       gpointer     user_data,
                       GError     **error)
{
  TwoVenues *data = user_data;
  g_autoptr(GError) local_error = NULL;

  if (!buurt_store_save (store, data->first, error))
    return FALSE;

  g_assert_false (buurt_store_save (store, data->second, &local_error));
  g_assert_error (local_error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);

  return TRUE;
}

static void
test_transaction_nested (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) first = g_object_new (BUURT_TYPE_VENUE, "name", "De Schakel", NULL);
  g_autoptr(BuurtEntity) second = g_object_new (BUURT_TYPE_VENUE, "name", "", NULL);
  TwoVenues two = { first, second, TRUE };
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_transaction (f->store, save_one_good_one_bad, &two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_VENUE, NULL), ==, 1);
  g_assert_cmpint (buurt_entity_get_id (second), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, buurt_test_store_set_up, func, buurt_test_store_tear_down)

  ADD ("/store/load/missing", test_load_missing);
  ADD ("/store/delete/unsaved", test_delete_unsaved);
  ADD ("/store/kern/crud", test_kern_crud);
  ADD ("/store/neighbourhood/crud", test_neighbourhood_crud);
  ADD ("/store/venue/crud", test_venue_crud);
  ADD ("/store/room/crud", test_room_crud);
  ADD ("/store/contact/crud", test_contact_crud);
  ADD ("/store/initiative/crud", test_initiative_crud);
  ADD ("/store/initiative-partner/crud", test_initiative_partner_crud);
  ADD ("/store/funding-request/crud", test_funding_request_crud);
  ADD ("/store/expense/crud", test_expense_crud);
  ADD ("/store/journal-entry/crud", test_journal_entry_crud);
  ADD ("/store/activity/crud", test_activity_crud);
  ADD ("/store/transaction/rollback", test_transaction_rollback);
  ADD ("/store/save/missing-row", test_save_missing_row);
  ADD ("/store/transaction/commit", test_transaction_commit);
  ADD ("/store/transaction/nested", test_transaction_nested);

#undef ADD

  return g_test_run ();
}

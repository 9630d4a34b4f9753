/* test-store-validation.c: what the store refuses to save, and the schema's own rules
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

/* Rules: a broken one is refused with a message and changes nothing */

/* Sets the properties given as name/value pairs both on a new copy of
 * @saved and on a freshly loaded @saved, and checks that saving either
 * fails with @domain and @code, a message (containing @word when given),
 * and leaves the database as it was. */
static void
check_rejected (Fixture     *f,
                BuurtEntity *saved,
                GQuark       domain,
                int          code,
                const char  *word,
                const char  *first_property,
                ...)
{
  GType type = G_OBJECT_TYPE (saved);
  gint64 id = buurt_entity_get_id (saved);
  gint64 n_rows = buurt_store_count (f->store, type, NULL);
  gint64 n_occurrences = buurt_store_count_occurrences (f->store, NULL);
  g_autoptr(BuurtEntity) stored = NULL;
  g_autofree char *stored_text = NULL;

  g_assert_cmpint (id, >, 0);
  stored = buurt_test_load (f, type, id);
  stored_text = buurt_test_entity_to_text (stored);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(BuurtEntity) entity = attempt == 0 ? buurt_test_copy_as_new (saved) : buurt_test_load (f, type, id);
      g_autoptr(BuurtEntity) reloaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *uuid_before = NULL;
      g_autofree char *reloaded_text = NULL;
      va_list args;

      g_test_message ("%s %s", attempt == 0 ? "new" : "stored", G_OBJECT_TYPE_NAME (saved));

      va_start (args, first_property);
      g_object_set_valist (G_OBJECT (entity), first_property, args);
      va_end (args);
      uuid_before = g_strdup (buurt_entity_get_uuid (entity));

      g_assert_false (buurt_store_save (f->store, entity, &error));
      g_assert_error (error, domain, code);
      g_assert_cmpstr (error->message, !=, "");
      if (word != NULL)
        buurt_test_assert_contains (error->message, word);

      /* Nothing changed, in the database nor in the entity's identity. */
      g_assert_cmpint (buurt_entity_get_id (entity), ==, attempt == 0 ? 0 : id);
      g_assert_cmpstr (buurt_entity_get_uuid (entity), ==, uuid_before);
      g_assert_cmpint (buurt_store_count (f->store, type, NULL), ==, n_rows);
      g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, n_occurrences);

      reloaded = buurt_test_load (f, type, id);
      reloaded_text = buurt_test_entity_to_text (reloaded);
      g_assert_cmpstr (reloaded_text, ==, stored_text);
    }
}

#define MODEL_INVALID BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID
#define STORE_NOT_FOUND BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND

static void
test_kern_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) kern = buurt_test_make_saved (f, buurt_test_make_kern);

  check_rejected (f, kern, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, kern, MODEL_INVALID, "Name", "name", " \t ", NULL);
  check_rejected (f, kern, MODEL_INVALID, "Name", "name", NULL, NULL);
}

static void
test_neighbourhood_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) neighbourhood = buurt_test_make_saved (f, buurt_test_make_neighbourhood);

  check_rejected (f, neighbourhood, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, neighbourhood, MODEL_INVALID, NULL, "kern-id", (gint64) 0, NULL);
  check_rejected (f, neighbourhood, STORE_NOT_FOUND, NULL, "kern-id", (gint64) 9999, NULL);
}

static void
test_venue_invalid (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = buurt_test_make_saved (f, buurt_test_make_venue);

  check_rejected (f, venue, MODEL_INVALID, "Name", "name", "   ", NULL);
  check_rejected (f, venue, MODEL_INVALID, "postcode", "postcode", "12345", NULL);
  /* "8251ab" is accepted and stored as "8251 AB" (test-venues-model); a letter short is not. */
  check_rejected (f, venue, MODEL_INVALID, "8251 A", "postcode", "8251 A", NULL);
  check_rejected (f, venue, MODEL_INVALID, "0251 AB", "postcode", "0251 AB", NULL);
  check_rejected (f, venue, MODEL_INVALID, "jan.example.nl", "email", "jan.example.nl", NULL);
  check_rejected (f, venue, MODEL_INVALID, "e-mail", "email", "@deschakel.nl", NULL);
  check_rejected (f, venue, STORE_NOT_FOUND, NULL, "neighbourhood-id", (gint64) 9999, NULL);
}

static void
test_room_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_saved (f, buurt_test_make_room);

  check_rejected (f, room, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, room, MODEL_INVALID, "Capacity", "capacity", (gint64) 0, NULL);
  check_rejected (f, room, MODEL_INVALID, "Capacity", "capacity", (gint64) -1, NULL);
  check_rejected (f, room, MODEL_INVALID, "Rate", "rate-cents", (gint64) -1, NULL);
  check_rejected (f, room, MODEL_INVALID, NULL, "venue-id", (gint64) 0, NULL);
  check_rejected (f, room, STORE_NOT_FOUND, NULL, "venue-id", (gint64) 9999, NULL);
}

static void
test_contact_invalid (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = buurt_test_make_saved (f, buurt_test_make_contact);

  check_rejected (f, contact, MODEL_INVALID, "Name", "name", "", NULL);
  check_rejected (f, contact, MODEL_INVALID, "jan.example.nl", "email", "jan.example.nl", NULL);
  check_rejected (f, contact, MODEL_INVALID, "e-mail", "email", "jan@", NULL);
  check_rejected (f, contact, MODEL_INVALID, "e-mail", "email", "jan @example.nl", NULL);
}

static void
test_initiative_invalid (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtEntity) initiative = buurt_test_make_saved (f, buurt_test_make_initiative);

  check_rejected (f, initiative, MODEL_INVALID, "Title", "title", "", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Start date", "start-date", "2026-02-30", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Start date", "start-date", "1-3-2026", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Next evaluation", "next-evaluation", "2026-13-01", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "evaluation",
                  "start-date", "2026-03-01", "next-evaluation", "2026-02-28", NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Volunteers", "volunteers", (gint64) -1, NULL);
  check_rejected (f, initiative, MODEL_INVALID, "Participants", "participants", (gint64) -5, NULL);
  check_rejected (f, initiative, STORE_NOT_FOUND, NULL, "neighbourhood-id", (gint64) 9999, NULL);
}

static void
test_initiative_partner_invalid (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = buurt_test_make_saved (f, buurt_test_make_initiative_partner);

  check_rejected (f, partner, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, partner, MODEL_INVALID, NULL, "contact-id", (gint64) 0, NULL);
  check_rejected (f, partner, STORE_NOT_FOUND, NULL, "contact-id", (gint64) 9999, NULL);
  check_rejected (f, partner, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

/* The same person twice in the same role passes validation; the database's
 * UNIQUE rule refuses it, and the entity gets its unsaved state back. */
static void
test_initiative_partner_duplicate (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = buurt_test_make_saved (f, buurt_test_make_initiative_partner);
  g_autoptr(BuurtEntity) twice = buurt_test_copy_as_new (partner);
  g_autoptr(BuurtEntity) other_role = buurt_test_copy_as_new (partner);
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_store_save (f->store, twice, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (buurt_entity_get_id (twice), ==, 0);
  g_assert_null (buurt_entity_get_uuid (twice));
  g_assert_null (buurt_entity_get_created_at (twice));
  g_assert_null (buurt_entity_get_modified_at (twice));
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);
  g_clear_error (&error);

  /* After the failure, the same object saves fine once it is different. */
  g_object_set (twice, "role", BUURT_PARTNER_ROLE_VOLUNTEER, NULL);
  buurt_test_save_new (f, twice);
  g_object_set (other_role, "role", BUURT_PARTNER_ROLE_LEAD, NULL);
  buurt_test_save_new (f, other_role);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 3);
}

/* Bug c: the uniqueness rule counted deleted rows, so a partner removed and
 * added again was refused ("This is already in the agenda"). */
static void
test_initiative_partner_add_again (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = buurt_test_make_saved (f, buurt_test_make_initiative_partner);
  g_autoptr(BuurtEntity) again = buurt_test_copy_as_new (partner);
  g_autoptr(BuurtEntity) third = buurt_test_copy_as_new (partner);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_store_delete (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 0);

  g_assert_true (buurt_store_save (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_entity_get_id (again), !=, buurt_entity_get_id (partner));
  g_assert_true (buurt_test_list_has (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (again)));
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);

  /* Among the rows that are not deleted, the rule still holds. */
  g_assert_false (buurt_store_save (f->store, third, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);
}

/* Undoing the first deletion after the partner was added again would make
 * two of the same: a clear error, and both rows stay as they are. */
static void
test_initiative_partner_undelete_twin (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) partner = buurt_test_make_saved (f, buurt_test_make_initiative_partner);
  g_autoptr(BuurtEntity) again = buurt_test_copy_as_new (partner);
  g_autoptr(BuurtEntity) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *deleted_at = NULL;
  g_autofree char *still_deleted_at = NULL;
  g_autofree char *row_deleted_at = NULL;

  g_assert_true (buurt_store_delete (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_nonnull (buurt_entity_get_deleted_at (partner));
  deleted_at = buurt_format_utc (buurt_entity_get_deleted_at (partner));
  buurt_test_save_new (f, again);

  g_assert_false (buurt_store_undelete (f->store, partner, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  buurt_test_assert_contains (error->message, "added again");
  g_clear_error (&error);

  /* The entity keeps its deletion, and so does its row. */
  g_assert_nonnull (buurt_entity_get_deleted_at (partner));
  still_deleted_at = buurt_format_utc (buurt_entity_get_deleted_at (partner));
  g_assert_cmpstr (still_deleted_at, ==, deleted_at);
  reloaded = buurt_test_load (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (partner));
  g_assert_nonnull (buurt_entity_get_deleted_at (reloaded));
  row_deleted_at = buurt_format_utc (buurt_entity_get_deleted_at (reloaded));
  g_assert_cmpstr (row_deleted_at, ==, deleted_at);
  g_assert_cmpint (buurt_store_count (f->store, BUURT_TYPE_INITIATIVE_PARTNER, NULL), ==, 1);

  /* Once the twin is gone, the first comes back. */
  g_assert_true (buurt_store_delete (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_store_undelete (f->store, partner, &error));
  g_assert_no_error (error);
  g_assert_true (buurt_test_list_has (f, BUURT_TYPE_INITIATIVE_PARTNER, buurt_entity_get_id (partner)));
}

static void
test_funding_request_invalid (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BuurtEntity) request = buurt_test_make_saved (f, buurt_test_make_funding_request);

  check_rejected (f, request, MODEL_INVALID, "Reason",
                  "status", BUURT_FUNDING_STATUS_REJECTED, "rejection-reason", "", NULL);
  check_rejected (f, request, MODEL_INVALID, "Reason",
                  "status", BUURT_FUNDING_STATUS_REJECTED, "rejection-reason", "  ", NULL);
  check_rejected (f, request, MODEL_INVALID, "Amount requested",
                  "amount-requested-cents", (gint64) -1, NULL);
  check_rejected (f, request, MODEL_INVALID, "Amount granted",
                  "amount-granted-cents", (gint64) -100, NULL);
  check_rejected (f, request, MODEL_INVALID, "Requested on", "requested-on", "2026-02-30", NULL);
  check_rejected (f, request, MODEL_INVALID, "decision",
                  "requested-on", "2026-03-01", "decided-on", "2026-02-01", NULL);
  check_rejected (f, request, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, request, STORE_NOT_FOUND, NULL, "funder-id", (gint64) 9999, NULL);
  check_rejected (f, request, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

static void
test_expense_invalid (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) expense = buurt_test_make_saved (f, buurt_test_make_expense);

  check_rejected (f, expense, MODEL_INVALID, "initiative",
                  "initiative-id", (gint64) 0, "funding-request-id", (gint64) 0, NULL);
  check_rejected (f, expense, MODEL_INVALID, "Date", "spent-on", "2026-02-30", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Date", "spent-on", "", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Description", "description", "", NULL);
  check_rejected (f, expense, MODEL_INVALID, "Amount", "amount-cents", (gint64) -1, NULL);
  check_rejected (f, expense, STORE_NOT_FOUND, NULL, "funding-request-id", (gint64) 9999, NULL);
}

static void
test_journal_entry_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) entry = buurt_test_make_saved (f, buurt_test_make_journal_entry);

  check_rejected (f, entry, MODEL_INVALID, "Text", "text", "", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Text", "text", "\n  \n", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Text", "text", NULL, NULL);
  check_rejected (f, entry, MODEL_INVALID, "Date", "entry-date", "2026-02-30", NULL);
  check_rejected (f, entry, MODEL_INVALID, "Date", "entry-date", NULL, NULL);
  check_rejected (f, entry, MODEL_INVALID, NULL, "initiative-id", (gint64) 0, NULL);
  check_rejected (f, entry, STORE_NOT_FOUND, NULL, "initiative-id", (gint64) 9999, NULL);
}

static void
test_activity_empty_title (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Title", "title", "", NULL);
  check_rejected (f, activity, MODEL_INVALID, "Title", "title", "   ", NULL);
}

static void
test_activity_end_before_start (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);
  g_autoptr(GDateTime) before = buurt_test_utc ("2026-01-06T17:00:00Z");
  g_autoptr(GDateTime) same = buurt_test_utc ("2026-01-06T18:00:00Z");

  check_rejected (f, activity, MODEL_INVALID, "end", "ends-at", before, NULL);
  check_rejected (f, activity, MODEL_INVALID, "end", "ends-at", same, NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "ends-at", NULL, NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "starts-at", NULL, NULL);
}

static void
test_activity_negative_cost (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Cost", "cost-cents", (gint64) -1, NULL);
}

static void
test_activity_invalid_rule (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, MODEL_INVALID, "FREQ=SOMETIMES", "rrule", "FREQ=SOMETIMES", NULL);
  check_rejected (f, activity, MODEL_INVALID, "repeat", "rrule", "every tuesday", NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=0", NULL);
  /* Tuesday 6 January 2026 is the start; the rule ends on 1 January. */
  check_rejected (f, activity, MODEL_INVALID, "no dates",
                  "rrule", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260101", NULL);
  check_rejected (f, activity, MODEL_INVALID, "no dates",
                  "rrule", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260101T000000Z", NULL);
}

static void
test_activity_invalid_cancelled_date (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, MODEL_INVALID, "2026-02-30", "cancelled-dates", "2026-02-30", NULL);
  check_rejected (f, activity, MODEL_INVALID, NULL, "cancelled-dates", "2026-01-13,morgen", NULL);
}

static void
test_activity_rejected_without_reason (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, MODEL_INVALID, "Reason",
                  "status", BUURT_ACTIVITY_STATUS_REJECTED, "rejection-reason", "", NULL);
}

static void
test_activity_missing_references (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);

  check_rejected (f, activity, STORE_NOT_FOUND, "room", "room-id", (gint64) 9999, NULL);
  check_rejected (f, activity, STORE_NOT_FOUND, "organiser", "organiser-id", (gint64) 9999, NULL);
  check_rejected (f, activity, STORE_NOT_FOUND, "initiative", "initiative-id", (gint64) 9999, NULL);
}

/* A deleted room is no longer something an activity can be moved to. */
static void
test_activity_deleted_room (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) activity = buurt_test_make_saved (f, buurt_test_make_activity);
  g_autoptr(BuurtEntity) other_room = buurt_test_load (f, BUURT_TYPE_ROOM,
                                                       buurt_entity_get_int (activity, "room-id"));
  g_autoptr(GError) error = NULL;

  g_object_set (other_room, "name", "Zaal 2", NULL);
  g_object_set (other_room, "id", (gint64) 0, "uuid", NULL, "created-at", NULL, NULL);
  buurt_test_save_new (f, other_room);
  g_assert_true (buurt_store_delete (f->store, other_room, &error));
  g_assert_no_error (error);

  check_rejected (f, activity, STORE_NOT_FOUND, "room",
                  "room-id", buurt_entity_get_id (other_room), NULL);
}

/* The CHECK rules of the schema, as a backstop behind validation: a second,
 * plain connection writing wrong rows directly is refused by SQLite.
 * Not here: the date rules (start_date_format, spent_on_format, day_format,
 * ...) written as CHECK (date(x) = x). date() of a non-date is NULL, and a
 * CHECK that is NULL passes, so they let any text through ("morgen"); and
 * SQLite 3.40 (Debian 12) gives date('2026-02-30') = '2026-02-30'. Only
 * validation refuses wrong dates (see the invalid tests above). */
typedef struct
{
  const char *constraint;
  const char *sql;
} RawViolation;

#define ROW_HEAD "'00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"

static const RawViolation raw_violations[] = {
  { "end_after_start",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T17:00:00Z', 'published')" },
  { "end_after_start",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T18:00:00Z', 'published')" },
  { "cost_not_negative",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status, cost_cents) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published', -1)" },
  { "activity_status",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'maybe')" },
  { "title_required",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", '  ', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published')" },
  { "rrule_format",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status, rrule) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published', 'SOMETIMES')" },
  { "starts_at_format",
    "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
    "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '6 januari 2026', '2026-01-06T20:00:00Z', 'published')" },
  { "uuid_format",
    "INSERT INTO kern (uuid, created_at, modified_at, name) "
    "VALUES ('kort', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Dronten')" },
  { "name_required",
    "INSERT INTO kern (uuid, created_at, modified_at, name) VALUES (" ROW_HEAD ", '')" },
  { "postcode_format",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind, postcode) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'mfc', '12345')" },
  { "email_format",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind, email) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'mfc', 'jan.example.nl')" },
  { "venue_kind",
    "INSERT INTO venue (uuid, created_at, modified_at, name, kind) "
    "VALUES (" ROW_HEAD ", 'De Schakel', 'castle')" },
  { "capacity_positive",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', 0)" },
  { "capacity_positive",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', -1)" },
  { "rate_not_negative",
    "INSERT INTO room (uuid, created_at, modified_at, venue_id, name, capacity, rate_cents) "
    "VALUES (" ROW_HEAD ", 1, 'Zaal 1', 10, -1)" },
  { "email_format",
    "INSERT INTO contact (uuid, created_at, modified_at, name, kind, email) "
    "VALUES (" ROW_HEAD ", 'Jan', 'resident', 'jan.example.nl')" },
  { "evaluation_after_start",
    "INSERT INTO initiative (uuid, created_at, modified_at, title, stage, start_date, next_evaluation) "
    "VALUES (" ROW_HEAD ", 'Samen aan tafel', 'idea', '2026-03-01', '2026-02-01')" },
  { "partner_role",
    "INSERT INTO initiative_partner (uuid, created_at, modified_at, initiative_id, contact_id, role) "
    "VALUES (" ROW_HEAD ", 1, 1, 'sponsor')" },
  { "decided_after_requested",
    "INSERT INTO funding_request (uuid, created_at, modified_at, initiative_id, amount_requested_cents, status, requested_on, decided_on) "
    "VALUES (" ROW_HEAD ", 1, 100, 'granted', '2026-03-01', '2026-02-01')" },
  { "amount_requested_not_negative",
    "INSERT INTO funding_request (uuid, created_at, modified_at, initiative_id, amount_requested_cents, status) "
    "VALUES (" ROW_HEAD ", 1, -1, 'draft')" },
  { "expense_owner",
    "INSERT INTO expense (uuid, created_at, modified_at, spent_on, description, amount_cents) "
    "VALUES (" ROW_HEAD ", '2026-04-02', 'Boodschappen', 100)" },
  { "text_required",
    "INSERT INTO journal_entry (uuid, created_at, modified_at, initiative_id, entry_date, kind, text) "
    "VALUES (" ROW_HEAD ", 1, '2026-04-10', 'lesson', '')" },
  { "journal_kind",
    "INSERT INTO journal_entry (uuid, created_at, modified_at, initiative_id, entry_date, kind, text) "
    "VALUES (" ROW_HEAD ", 1, '2026-04-10', 'gossip', 'Iets')" },
};

static void
test_schema_checks (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *db = buurt_test_raw_open (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (raw_violations); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc;

      g_test_message ("%s: %s", raw_violations[i].constraint, raw_violations[i].sql);
      g_assert_cmpint (sqlite3_prepare_v2 (db, raw_violations[i].sql, -1, &stmt, NULL), ==, SQLITE_OK);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);

      g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
      buurt_test_assert_contains (sqlite3_errmsg (db), raw_violations[i].constraint);
    }

  /* None of the tables got a row. */
  for (guint i = 0; i < buurt_test_n_design_tables; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", buurt_test_design_tables[i]);

      g_assert_cmpint (buurt_test_raw_int (db, sql), ==, 0);
    }

  /* And a row that keeps the rules goes in, so the failures above were the rules. */
  buurt_test_raw_exec (db, "INSERT INTO activity (uuid, created_at, modified_at, title, category, starts_at, ends_at, status) "
                "VALUES (" ROW_HEAD ", 'Taalcafé', 'learning', '2026-01-06T18:00:00Z', '2026-01-06T20:00:00Z', 'published')");
  g_assert_cmpint (buurt_test_raw_int (db, "SELECT count(*) FROM activity"), ==, 1);

  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, buurt_test_store_set_up, func, buurt_test_store_tear_down)

  ADD ("/store/kern/invalid", test_kern_invalid);
  ADD ("/store/neighbourhood/invalid", test_neighbourhood_invalid);
  ADD ("/store/venue/invalid", test_venue_invalid);
  ADD ("/store/room/invalid", test_room_invalid);
  ADD ("/store/contact/invalid", test_contact_invalid);
  ADD ("/store/initiative/invalid", test_initiative_invalid);
  ADD ("/store/initiative-partner/invalid", test_initiative_partner_invalid);
  ADD ("/store/initiative-partner/duplicate", test_initiative_partner_duplicate);
  ADD ("/store/initiative-partner/add-again", test_initiative_partner_add_again);
  ADD ("/store/initiative-partner/undelete-twin", test_initiative_partner_undelete_twin);
  ADD ("/store/funding-request/invalid", test_funding_request_invalid);
  ADD ("/store/expense/invalid", test_expense_invalid);
  ADD ("/store/journal-entry/invalid", test_journal_entry_invalid);
  ADD ("/store/activity/empty-title", test_activity_empty_title);
  ADD ("/store/activity/end-before-start", test_activity_end_before_start);
  ADD ("/store/activity/negative-cost", test_activity_negative_cost);
  ADD ("/store/activity/invalid-rule", test_activity_invalid_rule);
  ADD ("/store/activity/invalid-cancelled-date", test_activity_invalid_cancelled_date);
  ADD ("/store/activity/rejected-without-reason", test_activity_rejected_without_reason);
  ADD ("/store/activity/missing-references", test_activity_missing_references);
  ADD ("/store/activity/deleted-room", test_activity_deleted_room);
  ADD ("/store/schema/checks", test_schema_checks);

#undef ADD

  return g_test_run ();
}

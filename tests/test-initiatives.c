/* test-initiatives.c: initiatives, stage moves and the address book, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "buurt-contact-merge.h"
#include "buurt-database-initiatives.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

/*
 * A small community counted by hand:
 *
 *   Dronten: neighbourhood De Gilden; Biddinghuizen: neighbourhood Centrum
 *   contacts: Anna de Vries, "A. de Vries" (the same person, with a phone),
 *             Gemeente Dronten, Woonstichting
 *   "Moestuin Zonnehof" (pilot, De Gilden, seniors and children):
 *       leads Anna and A. de Vries, volunteer A. de Vries
 *       requests: EUR 450 granted by the municipality, EUR 1,000 rejected
 *       by Woonstichting, EUR 300 paid by "A. de Vries" (as a funder),
 *       EUR 200 granted but deleted, EUR 80 draft
 *       an activity organised by "A. de Vries"
 *   "Repair Café" (idea, Centrum, adults): lead A. de Vries
 *
 * Grant totals: Moestuin 450 + 300 = EUR 750; Repair Café EUR 0.
 */
typedef struct
{
  BuurtDatabase *database;
  gint64 dronten, biddinghuizen, gilden, centrum;
  gint64 anna, duplicate, municipality, corporation;
  gint64 moestuin, repair;
  gint64 activity, paid_request;
} Fixture;

static gint64
save (Fixture  *f,
      gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (entity), &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (BUURT_ENTITY (entity));
}

static gint64
add (Fixture  *f,
     GType     type,
     const char *first_property,
     ...)
{
  g_autoptr(GObject) entity = NULL;
  va_list args;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  return save (f, entity);
}

static void
add_request (Fixture            *f,
             gint64              initiative,
             gint64              funder,
             gint64              requested,
             gint64              granted,
             BuurtFundingStatus  status,
             gboolean            deleted)
{
  g_autoptr(BuurtFundingRequest) request = buurt_funding_request_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (request,
                "initiative-id", initiative,
                "funder-id", funder,
                "amount-requested-cents", requested,
                "amount-granted-cents", granted,
                "status", status,
                "rejection-reason", status == BUURT_FUNDING_STATUS_REJECTED ? "Te weinig draagvlak" : "",
                NULL);
  save (f, request);
  if (status == BUURT_FUNDING_STATUS_PAID)
    f->paid_request = buurt_entity_get_id (BUURT_ENTITY (request));
  if (deleted)
    {
      g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (request), &error));
      g_assert_no_error (error);
    }
}

static void
set_people (Fixture *f,
            gint64   initiative_id,
            ...)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_person_free);
  g_autoptr(BuurtInitiative) initiative = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;
  gint64 contact;

  va_start (args, initiative_id);
  while ((contact = va_arg (args, gint64)) != 0)
    g_ptr_array_add (people, buurt_initiative_person_new (contact, NULL, 0, va_arg (args, BuurtPartnerRole)));
  va_end (args);

  initiative = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE, initiative_id, &error);
  g_assert_no_error (error);
  g_assert_true (buurt_database_save_initiative (f->database, initiative, people, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "initiatives-test", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(GDateTime) starts = g_date_time_new_utc (2026, 11, 10, 9, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_utc (2026, 11, 10, 11, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);

  f->dronten = add (f, BUURT_TYPE_KERN, "name", "Dronten", NULL);
  f->biddinghuizen = add (f, BUURT_TYPE_KERN, "name", "Biddinghuizen", NULL);
  f->gilden = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "De Gilden", "kern-id", f->dronten, NULL);
  f->centrum = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "Centrum", "kern-id", f->biddinghuizen, NULL);

  f->anna = add (f, BUURT_TYPE_CONTACT, "name", "Anna de Vries", "kind", BUURT_CONTACT_KIND_RESIDENT, NULL);
  f->duplicate = add (f, BUURT_TYPE_CONTACT, "name", "A. de Vries", "kind", BUURT_CONTACT_KIND_RESIDENT,
                      "phone", "0321 123456", NULL);
  f->municipality = add (f, BUURT_TYPE_CONTACT, "name", "Gemeente Dronten",
                         "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);
  f->corporation = add (f, BUURT_TYPE_CONTACT, "name", "Woonstichting",
                        "kind", BUURT_CONTACT_KIND_HOUSING_CORPORATION, NULL);

  f->moestuin = add (f, BUURT_TYPE_INITIATIVE, "title", "Moestuin Zonnehof",
                     "summary", "Samen groente kweken achter de flat",
                     "neighbourhood-id", f->gilden, "stage", BUURT_STAGE_PILOT,
                     "start-date", "2026-09-01", "next-evaluation", "2026-12-01",
                     "target-groups", BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_CHILDREN, NULL);
  f->repair = add (f, BUURT_TYPE_INITIATIVE, "title", "Repair Café",
                   "neighbourhood-id", f->centrum, "stage", BUURT_STAGE_IDEA,
                   "target-groups", BUURT_TARGET_GROUP_ADULTS, NULL);

  set_people (f, f->moestuin, f->anna, BUURT_PARTNER_ROLE_LEAD, f->duplicate, BUURT_PARTNER_ROLE_LEAD,
              f->duplicate, BUURT_PARTNER_ROLE_VOLUNTEER, (gint64) 0);
  set_people (f, f->repair, f->duplicate, BUURT_PARTNER_ROLE_LEAD, (gint64) 0);

  add_request (f, f->moestuin, f->municipality, 45000, 45000, BUURT_FUNDING_STATUS_GRANTED, FALSE);
  add_request (f, f->moestuin, f->corporation, 100000, 0, BUURT_FUNDING_STATUS_REJECTED, FALSE);
  add_request (f, f->moestuin, f->duplicate, 30000, 30000, BUURT_FUNDING_STATUS_PAID, FALSE);
  add_request (f, f->moestuin, f->municipality, 20000, 20000, BUURT_FUNDING_STATUS_GRANTED, TRUE);
  add_request (f, f->moestuin, f->municipality, 8000, 0, BUURT_FUNDING_STATUS_DRAFT, FALSE);

  f->activity = add (f, BUURT_TYPE_ACTIVITY, "title", "Zaaien met de buurt",
                     "category", BUURT_CATEGORY_NATURE, "location", "Zonnehof",
                     "starts-at", starts, "ends-at", ends, "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                     "organiser-id", f->duplicate, "initiative-id", f->moestuin, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
}

static GPtrArray *
list (Fixture                    *f,
      const BuurtInitiativeQuery *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = buurt_database_list_initiatives (f->database, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static BuurtInitiativeSummary *
find (GPtrArray *rows,
      gint64     id)
{
  for (guint i = 0; i < rows->len; i++)
    if (((BuurtInitiativeSummary *) g_ptr_array_index (rows, i))->id == id)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static void
test_list_grant_totals (Fixture       *f,
                        gconstpointer  data)
{
  BuurtInitiativeQuery query = { 0 };
  g_autoptr(GPtrArray) rows = list (f, &query);
  BuurtInitiativeSummary *moestuin, *repair;

  g_assert_cmpuint (rows->len, ==, 2);
  /* By stage: the idea before the pilot. */
  g_assert_cmpint (((BuurtInitiativeSummary *) g_ptr_array_index (rows, 0))->id, ==, f->repair);

  moestuin = find (rows, f->moestuin);
  repair = find (rows, f->repair);
  g_assert_cmpint (moestuin->granted_cents, ==, 75000);
  g_assert_cmpint (repair->granted_cents, ==, 0);
  g_assert_cmpstr (moestuin->neighbourhood, ==, "De Gilden");
  g_assert_cmpstr (moestuin->kern, ==, "Dronten");
  g_assert_cmpint (moestuin->stage, ==, BUURT_STAGE_PILOT);
  g_assert_cmpstr (moestuin->next_evaluation, ==, "2026-12-01");
  g_assert_true (g_str_equal (moestuin->leads, "Anna de Vries, A. de Vries") ||
                 g_str_equal (moestuin->leads, "A. de Vries, Anna de Vries"));
  g_assert_cmpstr (repair->leads, ==, "A. de Vries");
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  BuurtInitiativeQuery query = { 0 };
  g_autoptr(GPtrArray) by_kern = NULL;
  g_autoptr(GPtrArray) by_neighbourhood = NULL;
  g_autoptr(GPtrArray) by_group = NULL;
  g_autoptr(GPtrArray) by_search = NULL;
  g_autoptr(GPtrArray) by_accent = NULL;
  g_autoptr(GPtrArray) none = NULL;

  query.kern_id = f->biddinghuizen;
  by_kern = list (f, &query);
  g_assert_cmpuint (by_kern->len, ==, 1);
  g_assert_nonnull (find (by_kern, f->repair));

  query = (BuurtInitiativeQuery) { .neighbourhood_id = f->gilden };
  by_neighbourhood = list (f, &query);
  g_assert_cmpuint (by_neighbourhood->len, ==, 1);
  g_assert_nonnull (find (by_neighbourhood, f->moestuin));

  query = (BuurtInitiativeQuery) { .target_groups = BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_YOUTH };
  by_group = list (f, &query);
  g_assert_cmpuint (by_group->len, ==, 1);
  g_assert_nonnull (find (by_group, f->moestuin));

  query = (BuurtInitiativeQuery) { .search = "  ZONNEHOF " };
  by_search = list (f, &query);
  g_assert_cmpuint (by_search->len, ==, 1);
  g_assert_nonnull (find (by_search, f->moestuin));

  query = (BuurtInitiativeQuery) { .search = "repair cafe" };
  by_accent = list (f, &query);
  g_assert_cmpuint (by_accent->len, ==, 1);
  g_assert_nonnull (find (by_accent, f->repair));

  query = (BuurtInitiativeQuery) { .search = "moestuin", .kern_id = f->biddinghuizen };
  none = list (f, &query);
  g_assert_cmpuint (none->len, ==, 0);
}

static guint
journal_length (Fixture *f,
                gint64   initiative_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) journal = buurt_database_list_journal (f->database, initiative_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (journal);
}

static BuurtStage
stage_of (Fixture *f,
          gint64   initiative_id)
{
  g_autoptr(BuurtEntity) initiative = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE,
                                                           initiative_id, NULL);

  return buurt_entity_get_enum (initiative, "stage");
}

static void
test_stage_note_goes_to_journal (Fixture       *f,
                                 gconstpointer  data)
{
  const BuurtStage noted[] = { BUURT_STAGE_EVALUATING, BUURT_STAGE_PAUSED, BUURT_STAGE_STOPPED };
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(BuurtEntity) entry = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (noted); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_stage_needs_note (noted[i]));
      /* Without a note (or only spaces): refused, nothing changes. */
      g_assert_false (buurt_database_move_initiative (f->database, f->moestuin, noted[i], "  ",
                                                      NULL, "2026-11-20", &error));
      g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "Note"));
      g_assert_cmpint (stage_of (f, f->moestuin), ==, BUURT_STAGE_PILOT);
      g_assert_cmpuint (journal_length (f, f->moestuin), ==, 0);
    }

  g_assert_false (buurt_stage_needs_note (BUURT_STAGE_RUNNING));
  g_assert_false (buurt_stage_needs_note (BUURT_STAGE_PILOT));

  g_assert_true (buurt_database_move_initiative (f->database, f->moestuin, BUURT_STAGE_EVALUATING,
                                                 " Oogst was goed, water was een probleem ",
                                                 NULL, "2026-11-20", NULL));
  g_assert_cmpint (stage_of (f, f->moestuin), ==, BUURT_STAGE_EVALUATING);

  journal = buurt_database_list_journal (f->database, f->moestuin, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 1);
  entry = g_list_model_get_item (journal, 0);
  g_assert_cmpint (buurt_entity_get_enum (entry, "kind"), ==, BUURT_JOURNAL_KIND_EVALUATION);
  g_assert_cmpstr (buurt_entity_get_string (entry, "entry-date"), ==, "2026-11-20");
  g_assert_cmpstr (buurt_entity_get_string (entry, "text"), ==, "Oogst was goed, water was een probleem");

  /* Running asks no note, and writes none. */
  g_assert_true (buurt_database_move_initiative (f->database, f->moestuin, BUURT_STAGE_RUNNING,
                                                 NULL, NULL, "2026-11-21", NULL));
  g_assert_cmpint (stage_of (f, f->moestuin), ==, BUURT_STAGE_RUNNING);
  g_assert_cmpuint (journal_length (f, f->moestuin), ==, 1);
}

static void
test_stage_pilot_evaluation_date (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) repair = NULL;
  g_autofree char *default_date = buurt_stage_default_next_evaluation ("2026-01-15");
  g_autofree char *short_month = buurt_stage_default_next_evaluation ("2026-11-30");

  g_assert_cmpstr (default_date, ==, "2026-04-15");
  g_assert_cmpstr (short_month, ==, "2027-02-28");

  g_assert_false (buurt_database_move_initiative (f->database, f->repair, BUURT_STAGE_PILOT,
                                                  NULL, NULL, "2026-11-20", &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (buurt_database_move_initiative (f->database, f->repair, BUURT_STAGE_PILOT,
                                                  NULL, "2026-11-19", "2026-11-20", &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (stage_of (f, f->repair), ==, BUURT_STAGE_IDEA);

  g_assert_true (buurt_database_move_initiative (f->database, f->repair, BUURT_STAGE_PILOT,
                                                 NULL, "2027-02-20", "2026-11-20", &error));
  g_assert_no_error (error);
  repair = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE, f->repair, NULL);
  g_assert_cmpint (buurt_entity_get_enum (repair, "stage"), ==, BUURT_STAGE_PILOT);
  g_assert_cmpstr (buurt_entity_get_string (repair, "next-evaluation"), ==, "2027-02-20");
  g_assert_cmpuint (journal_length (f, f->repair), ==, 0);
}

static guint
count_people (Fixture *f,
              gint64   initiative_id)
{
  g_autoptr(GPtrArray) people = buurt_database_list_initiative_people (f->database, initiative_id, NULL);

  return people->len;
}

static void
test_people_roles (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) people = NULL;
  BuurtInitiativePerson *first;

  g_assert_cmpuint (count_people (f, f->moestuin), ==, 3);
  people = buurt_database_list_initiative_people (f->database, f->moestuin, NULL);
  first = g_ptr_array_index (people, 0);
  g_assert_cmpint (first->role, ==, BUURT_PARTNER_ROLE_LEAD);

  /* Taken off, the same twice, and back again: one row each. */
  set_people (f, f->moestuin, f->anna, BUURT_PARTNER_ROLE_LEAD, f->anna, BUURT_PARTNER_ROLE_LEAD, (gint64) 0);
  g_assert_cmpuint (count_people (f, f->moestuin), ==, 1);
  set_people (f, f->moestuin, f->anna, BUURT_PARTNER_ROLE_LEAD, f->duplicate, BUURT_PARTNER_ROLE_VOLUNTEER,
              f->municipality, BUURT_PARTNER_ROLE_PARTNER, (gint64) 0);
  g_assert_cmpuint (count_people (f, f->moestuin), ==, 3);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  struct {
    const char *title;
    const char *start;
    const char *next;
    gint64      volunteers;
    const char *field;
  } cases[] = {
    { "  ", NULL, NULL, 0, "Title" },
    { "Buurtbieb", "2026-10-01", "2026-09-01", 0, "next evaluation" },
    { "Buurtbieb", "2026-02-30", NULL, 0, "Start date" },
    { "Buurtbieb", NULL, NULL, -2, "Volunteers" },
  };
  gint64 before = buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BuurtInitiative) initiative = buurt_initiative_new ();
      g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_person_free);
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (people, buurt_initiative_person_new (f->anna, NULL, 0, BUURT_PARTNER_ROLE_LEAD));
      g_object_set (initiative, "title", cases[i].title, "start-date", cases[i].start,
                    "next-evaluation", cases[i].next, "volunteers", cases[i].volunteers, NULL);
      g_assert_false (buurt_database_save_initiative (f->database, initiative, people, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].field));
      g_assert_cmpint (buurt_entity_get_id (BUURT_ENTITY (initiative)), ==, 0);
    }

  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL), ==, before);
}

static void
add_expense (Fixture    *f,
             gint64      initiative_id,
             gint64      request_id,
             gint64      cents,
             gboolean    deleted)
{
  g_autoptr(BuurtExpense) expense = buurt_expense_new ();

  g_object_set (expense, "initiative-id", initiative_id, "funding-request-id", request_id,
                "spent-on", "2026-10-01", "description", "Zaden en potgrond", "amount-cents", cents, NULL);
  save (f, expense);
  if (deleted)
    g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (expense), NULL));
}

static void
test_money (Fixture       *f,
            gconstpointer  data)
{
  BuurtInitiativeMoney money = { 0 };
  g_autoptr(GListModel) expenses = NULL;
  g_autoptr(GListModel) requests = NULL;
  g_autoptr(BuurtFundingRequest) rejected = buurt_funding_request_new ();
  g_autoptr(BuurtExpense) nameless = buurt_expense_new ();
  g_autoptr(GError) error = NULL;

  /* EUR 120 against the initiative, EUR 30 against the paid grant, and a
   * deleted one that does not count. */
  add_expense (f, f->moestuin, 0, 12000, FALSE);
  add_expense (f, 0, f->paid_request, 3000, FALSE);
  add_expense (f, f->moestuin, 0, 99900, TRUE);

  g_assert_true (buurt_database_initiative_money (f->database, f->moestuin, &money, &error));
  g_assert_no_error (error);
  /* Requested: 450 + 1,000 + 300 (the draft and the deleted one do not count). */
  g_assert_cmpint (money.requested_cents, ==, 175000);
  g_assert_cmpint (money.granted_cents, ==, 75000);
  g_assert_cmpint (money.spent_cents, ==, 15000);
  g_assert_cmpint (money.balance_cents, ==, 60000);

  expenses = buurt_database_list_expenses (f->database, f->moestuin, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 2);
  requests = buurt_database_list_funding_requests (f->database, f->moestuin, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, 4);

  /* A granted amount on a request that was turned down; an expense without
   * a description; a decision before the request: refused, nothing saved. */
  g_object_set (rejected, "initiative-id", f->moestuin, "amount-requested-cents", (gint64) 5000,
                "amount-granted-cents", (gint64) 5000, "status", BUURT_FUNDING_STATUS_REJECTED,
                "rejection-reason", "Geen draagvlak", NULL);
  g_assert_false (buurt_database_save (f->database, BUURT_ENTITY (rejected), &error));
  g_assert_true (g_str_has_prefix (error->message, "Amount granted"));
  g_clear_error (&error);
  g_object_set (rejected, "amount-granted-cents", (gint64) 0, "requested-on", "2026-10-01",
                "decided-on", "2026-09-01", NULL);
  g_assert_false (buurt_database_save (f->database, BUURT_ENTITY (rejected), &error));
  g_assert_nonnull (strstr (error->message, "decision date"));
  g_clear_error (&error);
  g_object_set (nameless, "initiative-id", f->moestuin, "spent-on", "2026-10-01",
                "description", "  ", "amount-cents", (gint64) 100, NULL);
  g_assert_false (buurt_database_save (f->database, BUURT_ENTITY (nameless), &error));
  g_assert_nonnull (strstr (error->message, "Description"));

  g_assert_true (buurt_database_initiative_money (f->database, f->moestuin, &money, NULL));
  g_assert_cmpint (money.spent_cents, ==, 15000);
  g_assert_cmpint (money.requested_cents, ==, 175000);
}

static BuurtContactSummary *
find_contact (GPtrArray *contacts,
              gint64     id)
{
  for (guint i = 0; i < contacts->len; i++)
    if (((BuurtContactSummary *) g_ptr_array_index (contacts, i))->id == id)
      return g_ptr_array_index (contacts, i);
  return NULL;
}

static gint64
column_of (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (buurt_database_get_path (f->database), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* Every row that refers to a contact, as "table:id>contact" lines. */
static char *
references (Fixture *f)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) activities = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, &error);
  g_autoptr(GListModel) requests = buurt_database_list (f->database, BUURT_TYPE_FUNDING_REQUEST, &error);
  g_autoptr(GListModel) partners = buurt_database_list (f->database, BUURT_TYPE_INITIATIVE_PARTNER, &error);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtEntity) e = g_list_model_get_item (activities, i);
      g_string_append_printf (text, "activity:%" G_GINT64_FORMAT ">%" G_GINT64_FORMAT "\n",
                              buurt_entity_get_id (e), buurt_entity_get_int (e, "organiser-id"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(BuurtEntity) e = g_list_model_get_item (requests, i);
      g_string_append_printf (text, "request:%" G_GINT64_FORMAT ">%" G_GINT64_FORMAT "\n",
                              buurt_entity_get_id (e), buurt_entity_get_int (e, "funder-id"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(BuurtEntity) e = g_list_model_get_item (partners, i);
      g_string_append_printf (text, "partner:%" G_GINT64_FORMAT ">%" G_GINT64_FORMAT "/%u\n",
                              buurt_entity_get_id (e), buurt_entity_get_int (e, "contact-id"),
                              buurt_entity_get_enum (e, "role"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_merge_contacts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BuurtContactMerge) merge = NULL;
  g_autoptr(BuurtContactMerge) same = NULL;
  g_autoptr(GPtrArray) before_list = buurt_database_list_contacts (f->database, NULL);
  g_autoptr(GPtrArray) after_list = NULL;
  g_autoptr(GPtrArray) undone_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = references (f);
  g_autofree char *undone = NULL;
  g_autoptr(BuurtEntity) anna = NULL;
  g_autoptr(BuurtEntity) anna_undone = NULL;
  BuurtContactSummary *row;
  char sql[200];

  /* What refers to the duplicate: two initiatives, an activity, a grant. */
  row = find_contact (before_list, f->duplicate);
  g_assert_cmpint (row->n_initiatives, ==, 2);
  g_assert_cmpint (row->n_activities, ==, 1);
  g_assert_cmpint (row->n_grants, ==, 1);
  g_assert_cmpint (find_contact (before_list, f->anna)->n_initiatives, ==, 1);

  same = buurt_contact_merge_new (f->database, f->anna, f->anna);
  g_assert_false (buurt_contact_merge_run (same, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  merge = buurt_contact_merge_new (f->database, f->anna, f->duplicate);
  g_assert_true (buurt_contact_merge_run (merge, &error));
  g_assert_no_error (error);

  /* Nothing refers to the duplicate any more; it is gone from the book. */
  g_snprintf (sql, sizeof sql, "SELECT count (*) FROM activity WHERE organiser_id = %" G_GINT64_FORMAT, f->duplicate);
  g_assert_cmpint (column_of (f, sql), ==, 0);
  g_snprintf (sql, sizeof sql, "SELECT count (*) FROM funding_request WHERE funder_id = %" G_GINT64_FORMAT, f->duplicate);
  g_assert_cmpint (column_of (f, sql), ==, 0);
  g_snprintf (sql, sizeof sql, "SELECT count (*) FROM initiative_partner WHERE contact_id = %" G_GINT64_FORMAT
              " AND deleted_at IS NULL", f->duplicate);
  g_assert_cmpint (column_of (f, sql), ==, 0);

  after_list = buurt_database_list_contacts (f->database, NULL);
  g_assert_null (find_contact (after_list, f->duplicate));
  row = find_contact (after_list, f->anna);
  g_assert_cmpint (row->n_initiatives, ==, 2);
  g_assert_cmpint (row->n_activities, ==, 1);
  g_assert_cmpint (row->n_grants, ==, 1);
  /* Lead twice in the Moestuin is lead once; the volunteer role moved. */
  g_assert_cmpuint (count_people (f, f->moestuin), ==, 2);
  g_assert_cmpuint (count_people (f, f->repair), ==, 1);
  /* The phone she lacked came with the duplicate. */
  anna = buurt_database_load (f->database, BUURT_TYPE_CONTACT, f->anna, NULL);
  g_assert_cmpstr (buurt_entity_get_string (anna, "phone"), ==, "0321 123456");

  /* Undo: every reference back as it was. */
  g_assert_true (buurt_contact_merge_undo (merge, &error));
  g_assert_no_error (error);
  undone = references (f);
  g_assert_cmpstr (undone, ==, before);
  undone_list = buurt_database_list_contacts (f->database, NULL);
  g_assert_cmpuint (undone_list->len, ==, before_list->len);
  g_assert_cmpint (find_contact (undone_list, f->duplicate)->n_initiatives, ==, 2);
  anna_undone = buurt_database_load (f->database, BUURT_TYPE_CONTACT, f->anna, NULL);
  g_assert_null (buurt_entity_get_string (anna_undone, "phone"));
  g_assert_cmpuint (count_people (f, f->moestuin), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/initiatives/list/grant-totals", test_list_grant_totals);
  ADD ("/initiatives/list/filters", test_list_filters);
  ADD ("/initiatives/stage/note-goes-to-journal", test_stage_note_goes_to_journal);
  ADD ("/initiatives/stage/pilot-evaluation-date", test_stage_pilot_evaluation_date);
  ADD ("/initiatives/people/roles", test_people_roles);
  ADD ("/initiatives/validation", test_validation);
  ADD ("/initiatives/money", test_money);
  ADD ("/contacts/merge-and-undo", test_merge_contacts);

  return g_test_run ();
}

/* test-funders.c: funders' schemes and the funders overview, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "buurt-contact-merge.h"
#include "buurt-database-funders.h"
#include "buurt-entities.h"

/*
 * Counted by hand:
 *
 *   Gemeente: scheme "Buurtbudget", up to EUR 500 a request, EUR 2,000 a year
 *   Woonstichting: "Huurdersfonds" up to EUR 1,000, EUR 3,000 a year, and
 *                  "Groen" up to EUR 250, EUR 500 a year (budget EUR 3,500)
 *   Fonds Noord: "Startfonds", EUR 1,000 a year, no requests
 *   Anna: a funder without schemes (no usual maximum)
 *
 *   2026, Gemeente: 450 granted; 600 rejected ("Geen draagvlak");
 *         300 asked, 250 paid; 100 draft (not counted); 200 granted but
 *         deleted (not counted)
 *         -> requested 1,350, granted 700, paid 250, rejected 600,
 *            1 of 3 decided rejected, unused 2,000 - 700 = 1,300
 *   2026, Woonstichting: 1,000 rejected ("Te laat ingediend"); 800 rejected
 *         ("Buiten de regeling"); 700 accounted for
 *         -> requested 2,500, granted 700, paid 700, rejected 1,800,
 *            2 of 3 rejected, unused 3,500 - 700 = 2,800
 *   2025, Gemeente: 400 granted -> unused 1,600, none rejected
 *   2026, Fonds Noord: budget 1,000, nothing asked, unused 1,000
 */
typedef struct
{
  BuurtDatabase *database;
  gint64 gemeente, woonstichting, fonds, anna, initiative;
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
contact (Fixture    *f,
         const char *name)
{
  g_autoptr(BuurtContact) contact = buurt_contact_new ();

  g_object_set (contact, "name", name, "kind", BUURT_CONTACT_KIND_FOUNDATION, NULL);
  return save (f, contact);
}

static void
scheme (Fixture    *f,
        gint64      funder,
        const char *name,
        gint64      max_cents,
        gint64      budget_cents)
{
  g_autoptr(BuurtFundingScheme) scheme = buurt_funding_scheme_new ();

  g_object_set (scheme, "funder-id", funder, "name", name,
                "max-request-cents", max_cents, "yearly-budget-cents", budget_cents, NULL);
  save (f, scheme);
}

static void
request (Fixture            *f,
         gint64              funder,
         const char         *day,
         gint64              requested,
         gint64              granted,
         BuurtFundingStatus  status,
         const char         *reason,
         gboolean            deleted)
{
  g_autoptr(BuurtFundingRequest) request = buurt_funding_request_new ();

  g_object_set (request, "initiative-id", f->initiative, "funder-id", funder,
                "amount-requested-cents", requested, "amount-granted-cents", granted,
                "status", status, "requested-on", day, "rejection-reason", reason ?: "", NULL);
  save (f, request);
  if (deleted)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (request), &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "funders-test", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(BuurtInitiative) initiative = buurt_initiative_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);

  f->gemeente = contact (f, "Gemeente");
  f->woonstichting = contact (f, "Woonstichting");
  f->fonds = contact (f, "Fonds Noord");
  f->anna = contact (f, "Anna");
  scheme (f, f->gemeente, "Buurtbudget", 50000, 200000);
  scheme (f, f->woonstichting, "Huurdersfonds", 100000, 300000);
  scheme (f, f->woonstichting, "Groen", 25000, 50000);
  scheme (f, f->fonds, "Startfonds", 0, 100000);

  g_object_set (initiative, "title", "Moestuin", "stage", BUURT_STAGE_PILOT, NULL);
  f->initiative = save (f, initiative);

  request (f, f->gemeente, "2026-02-01", 45000, 45000, BUURT_FUNDING_STATUS_GRANTED, NULL, FALSE);
  request (f, f->gemeente, "2026-03-01", 60000, 0, BUURT_FUNDING_STATUS_REJECTED, "Geen draagvlak", FALSE);
  request (f, f->gemeente, "2026-04-01", 30000, 25000, BUURT_FUNDING_STATUS_PAID, NULL, FALSE);
  request (f, f->gemeente, "2026-05-01", 10000, 0, BUURT_FUNDING_STATUS_DRAFT, NULL, FALSE);
  request (f, f->gemeente, "2026-06-01", 20000, 20000, BUURT_FUNDING_STATUS_GRANTED, NULL, TRUE);
  request (f, f->woonstichting, "2026-01-15", 100000, 0, BUURT_FUNDING_STATUS_REJECTED, "Te laat ingediend", FALSE);
  request (f, f->woonstichting, "2026-02-15", 80000, 0, BUURT_FUNDING_STATUS_REJECTED, "Buiten de regeling", FALSE);
  request (f, f->woonstichting, "2026-03-15", 70000, 70000, BUURT_FUNDING_STATUS_ACCOUNTED, NULL, FALSE);
  request (f, f->gemeente, "2025-09-01", 40000, 40000, BUURT_FUNDING_STATUS_GRANTED, NULL, FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
}

static void
test_max_request (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 max = -1;

  g_assert_true (buurt_database_funder_max_request (f->database, f->gemeente, &max, &error));
  g_assert_cmpint (max, ==, 50000);
  g_assert_true (buurt_database_funder_max_request (f->database, f->woonstichting, &max, &error));
  g_assert_cmpint (max, ==, 100000);
  g_assert_true (buurt_database_funder_max_request (f->database, f->anna, &max, &error));
  g_assert_cmpint (max, ==, 0);
  g_assert_no_error (error);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) years = buurt_database_list_funder_years (f->database, "2026", &error);
  BuurtFunderYear *fonds, *gemeente, *woon, *gemeente_2025;

  g_assert_no_error (error);
  g_assert_nonnull (years);
  g_assert_cmpuint (years->len, ==, 4);

  fonds = g_ptr_array_index (years, 0);
  gemeente = g_ptr_array_index (years, 1);
  woon = g_ptr_array_index (years, 2);
  gemeente_2025 = g_ptr_array_index (years, 3);

  g_assert_cmpstr (fonds->funder, ==, "Fonds Noord");
  g_assert_cmpstr (fonds->year, ==, "2026");
  g_assert_cmpint (fonds->budget_cents, ==, 100000);
  g_assert_cmpint (fonds->requested_cents, ==, 0);
  g_assert_cmpint (buurt_funder_year_unused_cents (fonds), ==, 100000);
  g_assert_cmpfloat (buurt_funder_year_rejection_rate (fonds), ==, 0);

  g_assert_cmpstr (gemeente->funder, ==, "Gemeente");
  g_assert_cmpstr (gemeente->year, ==, "2026");
  g_assert_cmpint (gemeente->budget_cents, ==, 200000);
  g_assert_cmpint (gemeente->requested_cents, ==, 135000);
  g_assert_cmpint (gemeente->granted_cents, ==, 70000);
  g_assert_cmpint (gemeente->paid_cents, ==, 25000);
  g_assert_cmpint (gemeente->rejected_cents, ==, 60000);
  g_assert_cmpuint (gemeente->n_decided, ==, 3);
  g_assert_cmpuint (gemeente->n_rejected, ==, 1);
  g_assert_cmpfloat_with_epsilon (buurt_funder_year_rejection_rate (gemeente), 1.0 / 3, 1e-9);
  g_assert_cmpint (buurt_funder_year_unused_cents (gemeente), ==, 130000);
  g_assert_cmpstr (gemeente->reasons, ==, "Geen draagvlak");

  g_assert_cmpstr (woon->funder, ==, "Woonstichting");
  g_assert_cmpint (woon->budget_cents, ==, 350000);
  g_assert_cmpint (woon->requested_cents, ==, 250000);
  g_assert_cmpint (woon->granted_cents, ==, 70000);
  g_assert_cmpint (woon->paid_cents, ==, 70000);
  g_assert_cmpint (woon->rejected_cents, ==, 180000);
  g_assert_cmpfloat_with_epsilon (buurt_funder_year_rejection_rate (woon), 2.0 / 3, 1e-9);
  g_assert_cmpint (buurt_funder_year_unused_cents (woon), ==, 280000);
  g_assert_nonnull (strstr (woon->reasons, "Te laat ingediend"));
  g_assert_nonnull (strstr (woon->reasons, "Buiten de regeling"));

  g_assert_cmpstr (gemeente_2025->funder, ==, "Gemeente");
  g_assert_cmpstr (gemeente_2025->year, ==, "2025");
  g_assert_cmpint (gemeente_2025->requested_cents, ==, 40000);
  g_assert_cmpint (gemeente_2025->granted_cents, ==, 40000);
  g_assert_cmpuint (gemeente_2025->n_rejected, ==, 0);
  g_assert_null (gemeente_2025->reasons);
  g_assert_cmpint (buurt_funder_year_unused_cents (gemeente_2025), ==, 160000);
}

static void
test_scheme_validation (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BuurtFundingScheme) scheme = buurt_funding_scheme_new ();
  g_autoptr(GPtrArray) schemes = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (scheme, "funder-id", f->gemeente, "name", "  ", NULL);
  g_assert_false (buurt_database_save (f->database, BUURT_ENTITY (scheme), &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  schemes = buurt_database_list_schemes (f->database, f->woonstichting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (schemes->len, ==, 2);
}

/* Merging a funder into another moves its schemes; Undo moves them back. */
static void
test_merge_moves_schemes (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BuurtContactMerge) merge = buurt_contact_merge_new (f->database, f->gemeente, f->fonds);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GError) error = NULL;

  before = buurt_database_list_schemes (f->database, f->gemeente, NULL);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_true (buurt_contact_merge_run (merge, &error));
  g_assert_no_error (error);
  merged = buurt_database_list_schemes (f->database, f->gemeente, NULL);
  g_assert_cmpuint (merged->len, ==, 2);

  g_assert_true (buurt_contact_merge_undo (merge, &error));
  g_assert_no_error (error);
  undone = buurt_database_list_schemes (f->database, f->gemeente, NULL);
  g_assert_cmpuint (undone->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/funders/max-request", test_max_request);
  ADD ("/funders/overview", test_overview);
  ADD ("/funders/scheme-validation", test_scheme_validation);
  ADD ("/funders/merge-moves-schemes", test_merge_moves_schemes);

  return g_test_run ();
}

/* test-report.c: Lessons and the accountability report, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "buurt-database-report.h"
#include "buurt-entities.h"
#include "buurt-money.h"
#include "buurt-report-layout.h"

/*
 * A small community counted by hand:
 *
 *   Dronten: De Gilden; Biddinghuizen: Centrum
 *   "Moestuin Zonnehof" (pilot, De Gilden, seniors; 25 participants,
 *   4 volunteers):
 *     Gemeente Dronten: EUR 450,00 granted; expense EUR 120,50 (2027-02-10)
 *     Woonstichting: EUR 1.000,00 paid; expenses EUR 1.000,00 (2027-03-01)
 *                    and EUR 114,00 (2027-08-01, after the period)
 *     Woonstichting: EUR 300,00 rejected (not counted)
 *     an expense of EUR 9,99 not paid from a grant (2027-01-15)
 *     activities: "Zaaien" 2027-03-06 and "Oogsten" 2027-05-15 in the
 *     period; "Winterklaar" 2026-11-10 before it
 *     journal: obstacle 2027-02-01 "Geen water in de tuin", lesson
 *     2027-04-01 "Vraag de gemeente om een kraan", milestone 2026-10-01
 *   "Repair Café" (idea, Centrum, adults): lesson 2027-03-10
 *     "Reparateurs vind je via de bibliotheek"
 *
 * The period 2027-01-01 to 2027-06-30 of the Moestuin: granted
 * 450 + 1.000 = EUR 1.450,00; spent 120,50 + 1.000 + 9,99 = EUR 1.130,49;
 * balance EUR 319,51; 2 activity dates; 25 participants.
 */
typedef struct
{
  BuurtDatabase *database;
  char *folder;
  gint64 dronten, biddinghuizen, gilden, centrum, municipality, corporation;
  gint64 moestuin, repair;
} Fixture;

static gint64
add (Fixture    *f,
     GType       type,
     const char *first_property,
     ...)
{
  g_autoptr(GObject) entity = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (entity), &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (BUURT_ENTITY (entity));
}

static void
add_activity (Fixture    *f,
              const char *title,
              int         year,
              int         month,
              int         day)
{
  g_autoptr(GDateTime) starts = g_date_time_new_utc (year, month, day, 9, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_utc (year, month, day, 11, 0, 0);

  add (f, BUURT_TYPE_ACTIVITY, "title", title, "category", BUURT_CATEGORY_NATURE,
       "location", "Zonnehof", "starts-at", starts, "ends-at", ends,
       "status", BUURT_ACTIVITY_STATUS_PUBLISHED, "initiative-id", f->moestuin, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gint64 grant, paid;

  f->folder = g_dir_make_tmp ("buurt-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->folder, "buurtagenda.db", NULL);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);

  f->dronten = add (f, BUURT_TYPE_KERN, "name", "Dronten", NULL);
  f->biddinghuizen = add (f, BUURT_TYPE_KERN, "name", "Biddinghuizen", NULL);
  f->gilden = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "De Gilden", "kern-id", f->dronten, NULL);
  f->centrum = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "Centrum", "kern-id", f->biddinghuizen, NULL);
  f->municipality = add (f, BUURT_TYPE_CONTACT, "name", "Gemeente Dronten",
                         "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);
  f->corporation = add (f, BUURT_TYPE_CONTACT, "name", "Woonstichting",
                        "kind", BUURT_CONTACT_KIND_HOUSING_CORPORATION, NULL);

  f->moestuin = add (f, BUURT_TYPE_INITIATIVE, "title", "Moestuin Zonnehof",
                     "neighbourhood-id", f->gilden, "stage", BUURT_STAGE_PILOT,
                     "target-groups", BUURT_TARGET_GROUP_SENIORS,
                     "participants", 25, "volunteers", 4, NULL);
  f->repair = add (f, BUURT_TYPE_INITIATIVE, "title", "Repair Café",
                   "neighbourhood-id", f->centrum, "stage", BUURT_STAGE_IDEA,
                   "target-groups", BUURT_TARGET_GROUP_ADULTS, NULL);

  grant = add (f, BUURT_TYPE_FUNDING_REQUEST, "initiative-id", f->moestuin, "funder-id", f->municipality,
               "amount-requested-cents", (gint64) 45000, "amount-granted-cents", (gint64) 45000,
               "status", BUURT_FUNDING_STATUS_GRANTED, NULL);
  paid = add (f, BUURT_TYPE_FUNDING_REQUEST, "initiative-id", f->moestuin, "funder-id", f->corporation,
              "amount-requested-cents", (gint64) 100000, "amount-granted-cents", (gint64) 100000,
              "status", BUURT_FUNDING_STATUS_PAID, NULL);
  add (f, BUURT_TYPE_FUNDING_REQUEST, "initiative-id", f->moestuin, "funder-id", f->corporation,
       "amount-requested-cents", (gint64) 30000, "status", BUURT_FUNDING_STATUS_REJECTED,
       "rejection-reason", "Te weinig draagvlak", NULL);

  add (f, BUURT_TYPE_EXPENSE, "initiative-id", f->moestuin, "funding-request-id", grant,
       "spent-on", "2027-02-10", "description", "Zaden", "amount-cents", (gint64) 12050, NULL);
  add (f, BUURT_TYPE_EXPENSE, "initiative-id", f->moestuin, "funding-request-id", paid,
       "spent-on", "2027-03-01", "description", "Schuurtje", "amount-cents", (gint64) 100000, NULL);
  add (f, BUURT_TYPE_EXPENSE, "initiative-id", f->moestuin, "funding-request-id", paid,
       "spent-on", "2027-08-01", "description", "Gereedschap", "amount-cents", (gint64) 11400, NULL);
  add (f, BUURT_TYPE_EXPENSE, "initiative-id", f->moestuin,
       "spent-on", "2027-01-15", "description", "Koffie", "amount-cents", (gint64) 999, NULL);

  add_activity (f, "Zaaien", 2027, 3, 6);
  add_activity (f, "Oogsten", 2027, 5, 15);
  add_activity (f, "Winterklaar", 2026, 11, 10);

  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2027-02-01",
       "kind", BUURT_JOURNAL_KIND_OBSTACLE, "text", "Geen water in de tuin", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2027-04-01",
       "kind", BUURT_JOURNAL_KIND_LESSON, "text", "Vraag de gemeente om een kraan", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2026-10-01",
       "kind", BUURT_JOURNAL_KIND_MILESTONE, "text", "Eerste spade in de grond", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->repair, "entry-date", "2027-03-10",
       "kind", BUURT_JOURNAL_KIND_LESSON, "text", "Reparateurs vind je via de bibliotheek", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  g_clear_object (&f->database);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GDir) inner = g_dir_open (path, 0, NULL);
          const char *inner_name;

          while (inner != NULL && (inner_name = g_dir_read_name (inner)) != NULL)
            {
              g_autofree char *inner_path = g_build_filename (path, inner_name, NULL);
              g_unlink (inner_path);
            }
          g_rmdir (path);
        }
      else
        g_unlink (path);
    }
  g_rmdir (f->folder);
  g_free (f->folder);
}

static GPtrArray *
lessons (Fixture                *f,
         const BuurtLessonQuery *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = buurt_database_list_lessons (f->database, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static const char *
text_at (GPtrArray *rows,
         guint      i)
{
  return ((BuurtLesson *) g_ptr_array_index (rows, i))->text;
}

static void
test_lessons_filters (Fixture       *f,
                      gconstpointer  data)
{
  BuurtLessonQuery query = BUURT_LESSON_QUERY_INIT;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) pilots = NULL;
  g_autoptr(GPtrArray) town = NULL;
  g_autoptr(GPtrArray) adults = NULL;
  g_autoptr(GPtrArray) search = NULL;
  BuurtLesson *first;

  /* Obstacles and lessons of both initiatives, newest first; no milestone */
  all = lessons (f, &query);
  g_assert_cmpuint (all->len, ==, 3);
  first = g_ptr_array_index (all, 0);
  g_assert_cmpstr (first->text, ==, "Vraag de gemeente om een kraan");
  g_assert_cmpstr (first->initiative, ==, "Moestuin Zonnehof");
  g_assert_cmpstr (first->entry_date, ==, "2027-04-01");
  g_assert_cmpint (first->kind, ==, BUURT_JOURNAL_KIND_LESSON);
  g_assert_cmpstr (first->kern, ==, "Dronten");
  g_assert_cmpstr (text_at (all, 1), ==, "Reparateurs vind je via de bibliotheek");
  g_assert_cmpstr (text_at (all, 2), ==, "Geen water in de tuin");

  query.kinds = 1 << BUURT_JOURNAL_KIND_MILESTONE;
  milestones = lessons (f, &query);
  g_assert_cmpuint (milestones->len, ==, 1);
  g_assert_cmpstr (text_at (milestones, 0), ==, "Eerste spade in de grond");

  query.kinds = 0;
  query.stage = BUURT_STAGE_PILOT;
  pilots = lessons (f, &query);
  g_assert_cmpuint (pilots->len, ==, 2);

  query.stage = -1;
  query.kern_id = f->biddinghuizen;
  town = lessons (f, &query);
  g_assert_cmpuint (town->len, ==, 1);
  g_assert_cmpstr (text_at (town, 0), ==, "Reparateurs vind je via de bibliotheek");

  query.kern_id = 0;
  query.target_groups = BUURT_TARGET_GROUP_ADULTS;
  adults = lessons (f, &query);
  g_assert_cmpuint (adults->len, ==, 1);

  /* As one types: case and accents do not matter; the initiative's title counts */
  query.target_groups = 0;
  query.search = "REPAIR CAFE";
  search = lessons (f, &query);
  g_assert_cmpuint (search->len, ==, 1);
  g_assert_cmpstr (text_at (search, 0), ==, "Reparateurs vind je via de bibliotheek");
}

static BuurtReport *
read_report (Fixture    *f,
             gint64      initiative_id,
             const char *from,
             const char *to,
             gint64      kern_id)
{
  BuurtReportQuery query = { initiative_id, from, to, kern_id, NULL };
  g_autoptr(GError) error = NULL;
  BuurtReport *report = buurt_database_read_report (f->database, &query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
test_report_figures (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BuurtReport) report = read_report (f, f->moestuin, "2027-01-01", "2027-06-30", 0);
  g_autoptr(BuurtReport) dronten = read_report (f, 0, NULL, NULL, f->dronten);
  g_autoptr(BuurtReport) everything = read_report (f, 0, NULL, NULL, 0);
  BuurtReportInitiative *moestuin;
  BuurtReportFunder *funder;
  gint64 granted, spent;
  guint n_dates, participants;

  g_assert_cmpuint (report->initiatives->len, ==, 1);
  moestuin = g_ptr_array_index (report->initiatives, 0);
  g_assert_cmpuint (moestuin->funders->len, ==, 3);
  funder = g_ptr_array_index (moestuin->funders, 0);
  g_assert_cmpstr (funder->name, ==, "Gemeente Dronten");
  g_assert_cmpint (funder->granted_cents, ==, 45000);
  g_assert_cmpint (funder->spent_cents, ==, 12050);
  funder = g_ptr_array_index (moestuin->funders, 1);
  g_assert_cmpstr (funder->name, ==, "Woonstichting");
  g_assert_cmpint (funder->granted_cents, ==, 100000);
  g_assert_cmpint (funder->spent_cents, ==, 100000);
  funder = g_ptr_array_index (moestuin->funders, 2);
  g_assert_null (funder->name);
  g_assert_cmpint (funder->spent_cents, ==, 999);

  buurt_report_totals (report, &granted, &spent, &n_dates, &participants);
  g_assert_cmpint (granted, ==, 145000);
  g_assert_cmpint (spent, ==, 113049);
  g_assert_cmpuint (n_dates, ==, 2);
  g_assert_cmpuint (participants, ==, 25);
  g_assert_cmpuint (moestuin->activities->len, ==, 2);
  g_assert_cmpuint (moestuin->journal->len, ==, 2);
  g_assert_cmpuint (moestuin->volunteers, ==, 4);

  /* A town's report has only its initiatives; without a period, everything */
  g_assert_cmpuint (dronten->initiatives->len, ==, 1);
  g_assert_cmpuint (everything->initiatives->len, ==, 2);
  buurt_report_totals (everything, &granted, &spent, &n_dates, NULL);
  g_assert_cmpint (spent, ==, 113049 + 11400);
  g_assert_cmpuint (n_dates, ==, 3);

  /* Dates still ahead were not held: on 2027-04-01 only "Zaaien" was */
  {
    BuurtReportQuery query = { f->moestuin, "2027-01-01", "2027-06-30", 0, "2027-04-01" };
    g_autoptr(BuurtReport) early = buurt_database_read_report (f->database, &query, NULL);

    buurt_report_totals (early, NULL, NULL, &n_dates, NULL);
    g_assert_cmpuint (n_dates, ==, 1);
  }
}

static char *
pdf_text (Fixture     *f,
          BuurtReport *report)
{
  g_autoptr(BuurtReportLayout) layout = buurt_report_layout_new (report);
  g_autofree char *pdf = g_build_filename (f->folder, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (buurt_report_layout_write_pdf (layout, file, BUURT_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (buurt_report_layout_get_n_pages (layout), >=, 1);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (pdf);
  return out;
}

static void
assert_has (const char *text,
            const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” is not in the report:\n%s", wanted, text);
}

static void
test_report_pdf_english (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BuurtReport) report = read_report (f, f->moestuin, "2027-01-01", "2027-06-30", 0);
  g_autofree char *text = NULL;

  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("No en_US.UTF-8 locale");
      return;
    }
  text = pdf_text (f, report);
  setlocale (LC_ALL, "C.UTF-8");

  assert_has (text, "Moestuin Zonnehof");
  assert_has (text, "EUR 1,450.00");   /* granted */
  assert_has (text, "EUR 1,130.49");   /* spent */
  assert_has (text, "EUR 319.51");     /* balance */
  assert_has (text, "EUR 329.50");     /* the municipality's balance */
  assert_has (text, "2 activity dates held");
  assert_has (text, "Participants: 25");
  assert_has (text, "Volunteers: 4");
  assert_has (text, "Geen water in de tuin");
  g_assert_null (strstr (text, "Eerste spade"));   /* before the period */
  g_assert_null (strstr (text, "EUR 1,244.49"));   /* the later expense is not counted */
}

static void
test_report_pdf_dutch_money (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BuurtReport) report = read_report (f, 0, "2027-01-01", "2027-06-30", 0);
  g_autofree char *text = NULL;
  g_autofree char *sum = NULL;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("No nl_NL.UTF-8 locale");
      return;
    }
  sum = buurt_money_format_sum (123450);
  text = pdf_text (f, report);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (sum, ==, "EUR 1.234,50");
  assert_has (text, "EUR 1.450,00");
  assert_has (text, "EUR 1.130,49");
  assert_has (text, "EUR 319,51");
  assert_has (text, "Repair Café");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/report/lessons-filters", Fixture, NULL, fixture_set_up, test_lessons_filters, fixture_tear_down);
  g_test_add ("/report/figures", Fixture, NULL, fixture_set_up, test_report_figures, fixture_tear_down);
  g_test_add ("/report/pdf-english", Fixture, NULL, fixture_set_up, test_report_pdf_english, fixture_tear_down);
  g_test_add ("/report/pdf-dutch-money", Fixture, NULL, fixture_set_up, test_report_pdf_dutch_money,
              fixture_tear_down);

  return g_test_run ();
}

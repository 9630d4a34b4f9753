/* test-report-ui.c: "Lessons" and the accountability report's preview
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "buurt-entities.h"
#include "buurt-initiatives-view.h"
#include "buurt-lessons-window.h"
#include "buurt-report-window.h"
#include "buurt-test-utils.h"

/*
 * Two initiatives in two towns, with obstacles and lessons in their
 * journals, a grant, expenses and activities: the Lessons window filters and
 * searches them; the report window previews the Moestuin's report and all.
 */
typedef struct
{
  BuurtDatabase        *database;
  BuurtWindow          *window;
  BuurtInitiativesView *view;
  gint64 dronten, biddinghuizen, moestuin, repair;
} Fixture;

static gint64
add (Fixture    *f,
     GType       type,
     const char *first_property,
     ...)
{
  g_autoptr(GObject) entity = NULL;
  va_list args;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  buurt_test_save (f->database, entity);
  return buurt_entity_get_id (BUURT_ENTITY (entity));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) starts = g_date_time_new_utc (2026, 3, 6, 9, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_utc (2026, 3, 6, 11, 0, 0);
  gint64 gilden, centrum, municipality, grant;

  f->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  f->dronten = add (f, BUURT_TYPE_KERN, "name", "Dronten", NULL);
  f->biddinghuizen = add (f, BUURT_TYPE_KERN, "name", "Biddinghuizen", NULL);
  gilden = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "De Gilden", "kern-id", f->dronten, NULL);
  centrum = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "Centrum", "kern-id", f->biddinghuizen, NULL);
  municipality = add (f, BUURT_TYPE_CONTACT, "name", "Gemeente Dronten",
                      "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);

  f->moestuin = add (f, BUURT_TYPE_INITIATIVE, "title", "Moestuin Zonnehof",
                     "summary", "Samen groente kweken achter de flat.",
                     "neighbourhood-id", gilden, "stage", BUURT_STAGE_PILOT,
                     "participants", (gint64) 25, "volunteers", (gint64) 4,
                     "target-groups", BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_CHILDREN, NULL);
  f->repair = add (f, BUURT_TYPE_INITIATIVE, "title", "Repair Café", "neighbourhood-id", centrum,
                   "stage", BUURT_STAGE_IDEA, "target-groups", BUURT_TARGET_GROUP_ADULTS, NULL);

  grant = add (f, BUURT_TYPE_FUNDING_REQUEST, "initiative-id", f->moestuin, "funder-id", municipality,
               "amount-requested-cents", (gint64) 145000, "amount-granted-cents", (gint64) 145000,
               "status", BUURT_FUNDING_STATUS_GRANTED, NULL);
  add (f, BUURT_TYPE_EXPENSE, "initiative-id", f->moestuin, "funding-request-id", grant,
       "spent-on", "2027-02-10", "description", "Schuurtje", "amount-cents", (gint64) 123450, NULL);
  add (f, BUURT_TYPE_ACTIVITY, "title", "Zaaien met de buurt", "category", BUURT_CATEGORY_NATURE,
       "location", "Zonnehof", "starts-at", starts, "ends-at", ends,
       "status", BUURT_ACTIVITY_STATUS_PUBLISHED, "initiative-id", f->moestuin, NULL);

  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2027-02-01",
       "kind", BUURT_JOURNAL_KIND_OBSTACLE, "text", "Geen water in de tuin; de kraan zat op slot.", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2027-04-01",
       "kind", BUURT_JOURNAL_KIND_LESSON, "text", "Vraag de gemeente vooraf om een eigen kraan.", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->moestuin, "entry-date", "2027-05-01",
       "kind", BUURT_JOURNAL_KIND_MILESTONE, "text", "Eerste oogst gedeeld met de buren.", NULL);
  add (f, BUURT_TYPE_JOURNAL_ENTRY, "initiative-id", f->repair, "entry-date", "2027-03-10",
       "kind", BUURT_JOURNAL_KIND_LESSON, "text", "Reparateurs vind je via de bibliotheek.", NULL);

  f->window = buurt_test_open_window (f->database, 1100, 760);
  f->view = BUURT_INITIATIVES_VIEW (buurt_window_get_view (f->window, "initiatives"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "initiatives");
  buurt_test_wait_ms (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GType types[] = { BUURT_TYPE_LESSONS_WINDOW, BUURT_TYPE_REPORT_WINDOW };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWindow *window = buurt_test_find_window (types[i]);

      if (window != NULL)
        gtk_window_destroy (window);
    }
  buurt_test_close (f->window, &f->database);
}

static void
set_dropdown (GtkWidget *root,
              guint      nth,
              guint      position)
{
  GtkWidget *drop_down = buurt_test_find_widget (root, GTK_TYPE_DROP_DOWN, nth);

  g_assert_nonnull (drop_down);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), position);
}

static gboolean
list_has_text (GtkWidget  *root,
               const char *text)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = buurt_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_get_mapped (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }
}

static void
test_lessons (Fixture       *f,
              gconstpointer  data)
{
  BuurtLessonsWindow *lessons;
  GtkWidget *search;

  /* Ctrl+L in the Initiatives view, as the button's tooltip says */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.lessons", NULL));
  lessons = BUURT_LESSONS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_LESSONS_WINDOW));
  g_assert_nonnull (lessons);
  buurt_test_wait_ms (100);

  /* Obstacles and lessons of both initiatives, not the milestone */
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 3);
  g_assert_true (list_has_text (GTK_WIDGET (lessons), "Moestuin Zonnehof"));
  g_assert_false (list_has_text (GTK_WIDGET (lessons), "Eerste oogst"));
  buurt_test_screenshot (GTK_WIDGET (lessons), "lessons");

  /* Kind: lessons (position 2); stage: idea (position 1); town */
  set_dropdown (GTK_WIDGET (lessons), 0, 2);
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 2);
  set_dropdown (GTK_WIDGET (lessons), 1, 1 + BUURT_STAGE_IDEA);
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 1);
  set_dropdown (GTK_WIDGET (lessons), 1, 0);
  set_dropdown (GTK_WIDGET (lessons), 2, 1);   /* the first town: Biddinghuizen or Dronten */
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 1);
  set_dropdown (GTK_WIDGET (lessons), 2, 0);
  set_dropdown (GTK_WIDGET (lessons), 0, 5);   /* every kind */
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 4);

  /* As one types */
  search = buurt_test_find_widget (GTK_WIDGET (lessons), GTK_TYPE_SEARCH_ENTRY, 0);
  gtk_editable_set_text (GTK_EDITABLE (search), "kraan");
  buurt_test_wait_ms (400);
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "nothing like this");
  buurt_test_wait_ms (400);
  g_assert_cmpuint (buurt_lessons_window_get_n_rows (lessons), ==, 0);
  buurt_test_screenshot (GTK_WIDGET (lessons), "lessons-none");
}

static void
test_report_preview (Fixture       *f,
                     gconstpointer  data)
{
  BuurtReportWindow *report;

  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.report", NULL));
  report = BUURT_REPORT_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_REPORT_WINDOW));
  g_assert_nonnull (report);
  gtk_window_set_default_size (GTK_WINDOW (report), 760, 820);
  buurt_test_wait_ms (200);
  g_assert_cmpuint (buurt_report_window_get_n_pages (report), ==, 1);
  buurt_test_screenshot (GTK_WIDGET (report), "report-preview");

  /* A period that is not one: a message naming the field, the last report stays */
  buurt_report_window_set_period (report, "2027-02-30", NULL);
  g_assert_nonnull (strstr (buurt_report_window_get_message (report), "2027-02-30"));
  g_assert_cmpuint (buurt_report_window_get_n_pages (report), ==, 1);
  buurt_report_window_set_period (report, "2027-01-01", "2027-06-30");
  g_assert_null (strstr (buurt_report_window_get_message (report), "2027"));

  /* All initiatives */
  set_dropdown (GTK_WIDGET (report), 0, 1);
  buurt_test_wait_ms (100);
  g_assert_cmpuint (buurt_report_window_get_n_pages (report), >=, 1);
  buurt_test_screenshot (GTK_WIDGET (report), "report-preview-all");
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report-ui/lessons", test_lessons);
  ADD ("/report-ui/report-preview", test_report_preview);

  return g_test_run ();
}

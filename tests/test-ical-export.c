/* test-ical-export.c: which activities a calendar export writes, and a
 * cancelled export
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <libical/ical.h>
#include <string.h>

#include "buurt-database-private.h"
#include "buurt-ical.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS) and an agenda
 * of Buurthuis De Schakel in Dronten and Café De Brink elsewhere, with a
 * few activities in 2027. */
typedef struct
{
  char          *path;
  BuurtDatabase *database;
  gint64         brink;
  gint64         schakel_zaal;
  gint64         brink_zaal;
} Fixture;

static gint64
save (Fixture  *f,
      gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, entity, &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (entity);
}

static void
add_activity (Fixture             *f,
              const char          *title,
              const char          *starts_at,
              const char          *rrule,
              gint64               room_id,
              BuurtActivityStatus  status)
{
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) start = buurt_parse_utc (starts_at);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);

  g_object_set (activity, "title", title, "starts-at", start, "ends-at", end,
                "rrule", rrule, "room-id", room_id, "status", status,
                "category", BUURT_CATEGORY_MEETING, NULL);
  save (f, activity);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtKern) kern = buurt_kern_new ();
  g_autoptr(BuurtNeighbourhood) neighbourhood = buurt_neighbourhood_new ();
  g_autoptr(BuurtVenue) schakel = buurt_venue_new ();
  g_autoptr(BuurtVenue) brink = buurt_venue_new ();
  g_autoptr(BuurtRoom) zaal = buurt_room_new ();
  g_autoptr(BuurtRoom) brink_zaal = buurt_room_new ();

  f->path = g_build_filename (g_get_user_data_dir (), "agenda.db", NULL);
  f->database = buurt_database_new (f->path, &error);
  g_assert_no_error (error);

  g_object_set (kern, "name", "Dronten", NULL);
  save (f, kern);
  g_object_set (neighbourhood, "name", "Meerveld", "kern-id", buurt_entity_get_id (BUURT_ENTITY (kern)), NULL);
  save (f, neighbourhood);
  g_object_set (schakel, "name", "Buurthuis De Schakel", "kind", BUURT_VENUE_KIND_COMMUNITY_CENTRE,
                "neighbourhood-id", buurt_entity_get_id (BUURT_ENTITY (neighbourhood)), NULL);
  save (f, schakel);
  g_object_set (brink, "name", "Café De Brink", "kind", BUURT_VENUE_KIND_OTHER, NULL);
  f->brink = save (f, brink);
  g_object_set (zaal, "venue-id", buurt_entity_get_id (BUURT_ENTITY (schakel)), "name", "Grote zaal",
                "capacity", (gint64) 60, NULL);
  f->schakel_zaal = save (f, zaal);
  g_object_set (brink_zaal, "venue-id", buurt_entity_get_id (BUURT_ENTITY (brink)), "name", "Zaal",
                "capacity", (gint64) 40, NULL);
  f->brink_zaal = save (f, brink_zaal);

  add_activity (f, "Koffieochtend", "2027-03-02T09:00:00Z", "FREQ=WEEKLY;COUNT=10",
                f->schakel_zaal, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Koffie en kaarten", "2027-06-10T13:00:00Z", NULL,
                f->brink_zaal, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Stoelyoga", "2027-03-03T09:00:00Z", "FREQ=WEEKLY;COUNT=10",
                f->schakel_zaal, BUURT_ACTIVITY_STATUS_PUBLISHED);
  add_activity (f, "Koffie voor later", "2027-04-01T09:00:00Z", NULL,
                f->schakel_zaal, BUURT_ACTIVITY_STATUS_SUBMITTED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  g_clear_pointer (&f->path, g_free);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The SUMMARYs of the file's events, sorted and joined by "|". */
static char *
summaries (const char *text)
{
  icalcomponent *root = icalparser_parse_string (text);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  char *joined;

  g_assert_nonnull (root);
  for (icalcomponent *event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (titles, (gpointer) icalcomponent_get_summary (event));

  g_ptr_array_sort (titles, compare_titles);
  g_ptr_array_add (titles, NULL);
  joined = g_strjoinv ("|", (char **) titles->pdata);
  icalcomponent_free (root);
  return joined;
}

static char *
export (Fixture                     *f,
        const BuurtIcalExportFilter *filter,
        guint                        expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  text = buurt_ical_export_to_string (f->database, filter, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected);
  return summaries (text);
}

/* "What the agenda shows" with a search word: only the published
 * activities whose text holds it, and only in the range. */
static void
test_agenda_search (Fixture       *f,
                    gconstpointer  data)
{
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT ("2026-01-01");
  BuurtIcalExportFilter filter = { .query = &query };
  g_autofree char *all = NULL;
  g_autofree char *koffie = NULL;
  g_autofree char *in_range = NULL;
  g_autofree char *in_brink = NULL;
  g_autofree char *nothing = NULL;

  all = export (f, &filter, 3);
  g_assert_cmpstr (all, ==, "Koffie en kaarten|Koffieochtend|Stoelyoga");

  query.search = "koffie";
  koffie = export (f, &filter, 2);
  g_assert_cmpstr (koffie, ==, "Koffie en kaarten|Koffieochtend");

  /* A date in range is enough for a series: Koffieochtend's last is 4 May. */
  filter.from = "2027-05-01";
  filter.to = "2027-05-31";
  in_range = export (f, &filter, 1);
  g_assert_cmpstr (in_range, ==, "Koffieochtend");

  /* The agenda's place filter as well. */
  filter.from = filter.to = NULL;
  query.venue_id = f->brink;
  in_brink = export (f, &filter, 1);
  g_assert_cmpstr (in_brink, ==, "Koffie en kaarten");

  query.search = "yoga en kaarten";
  query.venue_id = 0;
  nothing = export (f, &filter, 0);
  g_assert_cmpstr (nothing, ==, "");
}

/* The same scopes as the dialog offers: a venue, a town, an initiative. */
static void
test_scopes (Fixture       *f,
             gconstpointer  data)
{
  BuurtIcalExportFilter venue = { .venue = "Buurthuis De Schakel" };
  BuurtIcalExportFilter town = { .town = "Dronten", .from = "2027-03-03", .to = "2027-03-03" };
  g_autofree char *in_venue = export (f, &venue, 2);
  g_autofree char *in_town = export (f, &town, 1);

  g_assert_cmpstr (in_venue, ==, "Koffieochtend|Stoelyoga");
  g_assert_cmpstr (in_town, ==, "Stoelyoga");
}

/* Cancelled before it is done: no file, and an error that says so. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "agenda.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (buurt_ical_export_to_file (f->database, file, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ical-export/agenda-search", test_agenda_search);
  ADD ("/ical-export/scopes", test_scopes);
  ADD ("/ical-export/cancelled", test_cancelled);

  return g_test_run ();
}

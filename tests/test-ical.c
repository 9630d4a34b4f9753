/* test-ical.c: calendar files in and out
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <libical/ical.h>
#include <string.h>
#include <sys/wait.h>

#include "buurt-database-private.h"
#include "buurt-exchange-error.h"
#include "buurt-ical.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS) and a fresh
 * agenda with two venues: "Buurthuis De Schakel" with a Grote zaal and a
 * Keuken, and "Café De Brink" with one room. */
typedef struct
{
  char          *path;
  BuurtDatabase *database;
  gint64         grote_zaal;
  gint64         keuken;
  gint64         brink_zaal;
} Fixture;

static gint64
save (Fixture    *f,
      gpointer    entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, entity, &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (entity);
}

static gint64
add_room (Fixture    *f,
          gint64      venue_id,
          const char *name)
{
  g_autoptr(BuurtRoom) room = buurt_room_new ();

  g_object_set (room, "venue-id", venue_id, "name", name, "capacity", (gint64) 40, NULL);
  return save (f, room);
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
  save (f, brink);
  f->grote_zaal = add_room (f, buurt_entity_get_id (BUURT_ENTITY (schakel)), "Grote zaal");
  f->keuken = add_room (f, buurt_entity_get_id (BUURT_ENTITY (schakel)), "Keuken");
  f->brink_zaal = add_room (f, buurt_entity_get_id (BUURT_ENTITY (brink)), "Zaal");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  g_clear_pointer (&f->path, g_free);
}

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ical", name, NULL);

  return g_file_new_for_path (path);
}

static BuurtIcalImport *
read_file (Fixture    *f,
           const char *name)
{
  g_autoptr(GFile) file = data_file (name);
  g_autoptr(GError) error = NULL;
  BuurtIcalImport *import = buurt_ical_import_read (f->database, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static BuurtIcalImport *
read_text (Fixture    *f,
           const char *name,
           const char *text)
{
  g_autoptr(GFile) file = g_file_new_for_path (name);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  BuurtIcalImport *import = buurt_ical_import_read_bytes (f->database, file, bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static BuurtIcalSummary
apply (Fixture         *f,
       BuurtIcalImport *import,
       gboolean         as_submissions)
{
  g_autoptr(GError) error = NULL;
  BuurtIcalSummary summary;

  g_assert_true (buurt_ical_import_apply (import, f->database, as_submissions, NULL, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

static BuurtIcalSummary
import_file (Fixture    *f,
             const char *name)
{
  g_autoptr(BuurtIcalImport) import = read_file (f, name);

  return apply (f, import, FALSE);
}

/* The activity titled @title; it must be there exactly once. */
static BuurtActivity *
find_activity (Fixture    *f,
               const char *title)
{
  g_autoptr(GListModel) activities = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, NULL);
  BuurtActivity *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtActivity) activity = g_list_model_get_item (activities, i);

      if (g_strcmp0 (buurt_entity_get_string (BUURT_ENTITY (activity), "title"), title) == 0)
        {
          g_assert_null (found);
          found = g_object_ref (activity);
        }
    }

  g_assert_nonnull (found);
  return found;
}

static gint64
count_activities (Fixture *f)
{
  return buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, NULL);
}

/* The one override of @series's dates. */
static BuurtEntity *
find_override (Fixture       *f,
               BuurtActivity *series)
{
  g_autoptr(GListModel) overrides = buurt_database_list (f->database, BUURT_TYPE_OCCURRENCE_OVERRIDE, NULL);
  BuurtEntity *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (overrides); i++)
    {
      g_autoptr(BuurtEntity) override = g_list_model_get_item (overrides, i);

      if (buurt_entity_get_int (override, "activity-id") == buurt_entity_get_id (BUURT_ENTITY (series)))
        {
          g_assert_null (found);
          found = g_object_ref (override);
        }
    }

  g_assert_nonnull (found);
  return found;
}

static void
assert_utc (gpointer    entity,
            const char *property,
            const char *expected)
{
  g_autofree char *text = buurt_format_utc (buurt_entity_get_date_time (BUURT_ENTITY (entity), property));

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_refused (BuurtIcalImport *import,
                const char      *file_line,
                const char      *what)
{
  g_autofree char *problems = buurt_ical_import_list_problems (import);
  g_autofree char *needle = g_strconcat (file_line, ": ", what, NULL);

  g_assert_nonnull (problems);
  if (strstr (problems, needle) == NULL)
    g_error ("“%s” not in the problems:\n%s", needle, problems);
}

static void
test_google (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) import = read_file (f, "google.ics");
  g_autoptr(BuurtActivity) coffee = NULL;
  g_autoptr(BuurtEntity) moved = NULL;
  g_autoptr(BuurtActivity) market = NULL;
  g_autoptr(BuurtActivity) repair = NULL;
  BuurtIcalSummary summary;

  g_assert_cmpuint (buurt_ical_import_count (import, BUURT_ICAL_ITEM_NEW), ==, 5);
  g_assert_cmpuint (buurt_ical_import_count (import, BUURT_ICAL_ITEM_REFUSED), ==, 0);
  g_assert_cmpuint (buurt_ical_import_get_item (import, 0)->line, ==, 26);
  summary = apply (f, import, FALSE);
  g_assert_cmpuint (summary.created, ==, 5);
  /* The changed date is the series' override, the cancelled date one of
   * its cancelled dates: neither is an activity of its own. */
  g_assert_cmpint (count_activities (f), ==, 3);

  coffee = find_activity (f, "Koffieochtend");
  assert_utc (coffee, "starts-at", "2027-01-05T09:00:00Z");
  assert_utc (coffee, "ends-at", "2027-01-05T10:30:00Z");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (coffee), "rrule"), ==, "FREQ=WEEKLY;BYDAY=TU");
  /* EXDATE and the cancelled date (RECURRENCE-ID, STATUS:CANCELLED). */
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (coffee), "cancelled-dates"), ==,
                   "2027-01-19,2027-02-02");
  /* LOCATION with the address after the venue and room: still that room. */
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (coffee), "room-id"), ==, f->grote_zaal);
  g_assert_null (buurt_entity_get_string (BUURT_ENTITY (coffee), "location"));
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (coffee), "organiser-id"), !=, 0);
  g_assert_true (strstr (buurt_entity_get_string (BUURT_ENTITY (coffee), "description"),
                         "ook als je nieuw bent") != NULL);

  moved = find_override (f, coffee);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (moved), "title"), ==, "Koffieochtend (middag deze week)");
  assert_utc (moved, "recurrence-id", "2027-01-26T09:00:00Z");
  assert_utc (moved, "starts-at", "2027-01-26T13:00:00Z");
  assert_utc (moved, "ends-at", "2027-01-26T14:30:00Z");

  market = find_activity (f, "Vrijmarkt op Koningsdag");
  g_assert_true (buurt_entity_get_boolean (BUURT_ENTITY (market), "all-day"));
  assert_utc (market, "starts-at", "2027-04-23T22:00:00Z");
  assert_utc (market, "ends-at", "2027-04-24T22:00:00Z");
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (market), "category"), ==, BUURT_CATEGORY_CULTURE);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (market), "url"), ==, "https://www.example.org/koningsdag");

  repair = find_activity (f, "Repair café");
  assert_utc (repair, "starts-at", "2027-03-10T18:00:00Z");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (repair), "location"), ==, "Bibliotheek Dronten");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (repair), "room-id"), ==, 0);
}

static void
test_outlook (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BuurtActivity) committee = NULL;
  g_autoptr(BuurtActivity) computer = NULL;
  BuurtIcalSummary summary = import_file (f, "outlook.ics");

  g_assert_cmpuint (summary.created, ==, 2);
  g_assert_cmpuint (summary.skipped, ==, 0);

  /* A byte order mark, a Windows zone with its VTIMEZONE, case folded. */
  committee = find_activity (f, "Bewonerscommissie");
  assert_utc (committee, "starts-at", "2027-03-01T18:30:00Z");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (committee), "tzid"), ==, "Europe/Amsterdam");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (committee), "rrule"), ==, "FREQ=MONTHLY;COUNT=10;BYDAY=1MO");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (committee), "room-id"), ==, f->keuken);

  /* A Windows zone without VTIMEZONE; an accent folded; a one-room venue. */
  computer = find_activity (f, "Computerhulp voor senioren");
  assert_utc (computer, "starts-at", "2027-03-15T13:00:00Z");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (computer), "tzid"), ==, "Europe/Brussels");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (computer), "room-id"), ==, f->brink_zaal);
}

static void
test_apple (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(BuurtActivity) party = NULL;
  g_autoptr(BuurtActivity) walk = NULL;
  BuurtIcalSummary summary = import_file (f, "apple.ics");

  g_assert_cmpuint (summary.created, ==, 2);

  party = find_activity (f, "Wijkfeest Meerveld");
  g_assert_true (buurt_entity_get_boolean (BUURT_ENTITY (party), "all-day"));
  assert_utc (party, "starts-at", "2027-05-12T22:00:00Z");
  assert_utc (party, "ends-at", "2027-05-14T22:00:00Z");
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (party), "category"), ==, BUURT_CATEGORY_MEETING);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (party), "location"), ==, "Speelveld Meerveld");

  /* DURATION instead of DTEND. */
  walk = find_activity (f, "Natuurwandeling Hanzebos");
  assert_utc (walk, "starts-at", "2027-03-20T09:00:00Z");
  assert_utc (walk, "ends-at", "2027-03-20T11:30:00Z");
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (walk), "category"), ==, BUURT_CATEGORY_NATURE);
}

static void
test_thunderbird (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BuurtActivity) walk_in = NULL;
  BuurtIcalSummary summary = import_file (f, "thunderbird.ics");

  /* The event and its two RDATEs, and one event without DTEND. */
  g_assert_cmpuint (summary.created, ==, 4);
  g_assert_cmpint (count_activities (f), ==, 4);

  /* Floating times are Amsterdam time. */
  walk_in = find_activity (f, "Inloopspreekuur wijkteam");
  assert_utc (walk_in, "starts-at", "2027-01-12T08:00:00Z");
  assert_utc (walk_in, "ends-at", "2027-01-12T09:00:00Z");
}

static void
test_evolution (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtActivity) cards = NULL;
  g_autoptr(BuurtActivity) flowers = NULL;
  BuurtIcalSummary summary = import_file (f, "evolution.ics");

  g_assert_cmpuint (summary.created, ==, 2);

  /* libical's TZID prefix, and a folded DTSTART. */
  cards = find_activity (f, "Klaverjassen");
  assert_utc (cards, "starts-at", "2027-02-04T18:30:00Z");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (cards), "tzid"), ==, "Europe/Amsterdam");

  flowers = find_activity (f, "Bloemschikken");
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (flowers), "status"), ==, BUURT_ACTIVITY_STATUS_CANCELLED);
}

static void
test_nextcloud (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) import = read_file (f, "nextcloud.ics");
  g_autoptr(GFile) file = data_file ("nextcloud.ics");
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *at_40 = g_strconcat (name, ":40", NULL);
  g_autofree char *at_48 = g_strconcat (name, ":48", NULL);
  g_autofree char *at_57 = g_strconcat (name, ":57", NULL);
  g_autofree char *at_65 = g_strconcat (name, ":65", NULL);
  g_autoptr(BuurtActivity) crafts = NULL;
  BuurtIcalSummary summary;

  /* Two VCALENDARs glued together, bare LF line ends. */
  g_assert_cmpuint (buurt_ical_import_count (import, BUURT_ICAL_ITEM_NEW), ==, 1);
  g_assert_cmpuint (buurt_ical_import_count (import, BUURT_ICAL_ITEM_REFUSED), ==, 4);
  assert_refused (import, at_40, "the start (DTSTART) is not a possible date or time.");
  assert_refused (import, at_48, "the event has no title (SUMMARY).");
  assert_refused (import, at_57, "the time zone “Mars/Olympus_Mons” is unknown");
  assert_refused (import, at_65, "the event ends before it starts.");

  summary = apply (f, import, FALSE);
  g_assert_cmpuint (summary.created, ==, 1);
  g_assert_cmpuint (summary.skipped, ==, 4);

  /* A long line left unfolded is read whole. */
  crafts = find_activity (f, "Knutselmiddag");
  g_assert_true (g_str_has_suffix (buurt_entity_get_string (BUURT_ENTITY (crafts), "description"),
                                   "gezellig koffie te drinken."));
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (crafts), "category"), ==, BUURT_CATEGORY_CHILDREN);
}

static void
test_nothing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) import =
    read_text (f, "leeg.ics",
               "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:a\n"
               "DTSTART:20271301T100000\nSUMMARY:Dertiende maand\nEND:VEVENT\nEND:VCALENDAR\n");
  g_autoptr(GFile) file = g_file_new_for_path ("niet.ics");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Dit is geen agenda.\n", 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtIcalImport) none = NULL;

  g_assert_false (buurt_ical_import_has_anything (import));
  assert_refused (import, "leeg.ics:6", "the start (DTSTART) is not a possible date or time.");

  none = buurt_ical_import_read_bytes (f->database, file, bytes, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "niet.ics:1: "));
}

static void
test_reimport_same (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) again = NULL;
  gint64 before;
  BuurtIcalSummary summary;

  import_file (f, "google.ics");
  before = count_activities (f);

  again = read_file (f, "google.ics");
  g_assert_cmpuint (buurt_ical_import_count (again, BUURT_ICAL_ITEM_UNCHANGED), ==, 5);
  g_assert_false (buurt_ical_import_get_item (again, 0)->chosen);
  summary = apply (f, again, FALSE);
  g_assert_cmpuint (summary.created, ==, 0);
  g_assert_cmpuint (summary.updated, ==, 0);
  g_assert_cmpuint (summary.unchanged, ==, 5);
  g_assert_cmpint (count_activities (f), ==, before);
}

static char *
google_with (const char *from,
             const char *to)
{
  g_autoptr(GFile) file = data_file ("google.ics");
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  parts = g_strsplit (text, from, 2);
  g_assert_nonnull (parts[1]);
  return g_strconcat (parts[0], to, parts[1], NULL);
}

static void
test_reimport_sequence (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *newer = google_with ("SEQUENCE:2\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend\r\n",
                                        "SEQUENCE:3\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffie-ochtend\r\n");
  g_autofree char *same_sequence = google_with ("SEQUENCE:2\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend\r\n",
                                                "SEQUENCE:2\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffie-ochtend\r\n");
  g_autoptr(BuurtIcalImport) not_newer = NULL;
  g_autoptr(BuurtIcalImport) update = NULL;
  g_autoptr(BuurtActivity) coffee = NULL;
  g_autoptr(BuurtEntity) moved = NULL;
  BuurtIcalSummary summary;

  import_file (f, "google.ics");

  /* Another title with the same SEQUENCE and LAST-MODIFIED: not newer. */
  not_newer = read_text (f, "google.ics", same_sequence);
  g_assert_cmpuint (buurt_ical_import_get_item (not_newer, 0)->kind, ==, BUURT_ICAL_ITEM_UNCHANGED);

  update = read_text (f, "google.ics", newer);
  g_assert_cmpuint (buurt_ical_import_get_item (update, 0)->kind, ==, BUURT_ICAL_ITEM_CHANGED);
  g_assert_true (buurt_ical_import_get_item (update, 0)->chosen);
  summary = apply (f, update, FALSE);
  g_assert_cmpuint (summary.updated, ==, 1);
  g_assert_cmpuint (summary.created, ==, 0);

  coffee = find_activity (f, "Koffie-ochtend");
  /* The series keeps its cancelled dates and its changed date. */
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (coffee), "cancelled-dates"), ==,
                   "2027-01-19,2027-02-02");
  g_clear_object (&moved);
  moved = find_override (f, coffee);
}

/* As if the import was an hour ago, so a save now is a change made here. */
static void
age_links (Fixture *f)
{
  g_autoptr(GListModel) links = buurt_database_list (f->database, BUURT_TYPE_ICAL_LINK, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) earlier = g_date_time_add_hours (now, -1);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BuurtEntity) link = g_list_model_get_item (links, i);

      g_object_set (link, "imported-at", earlier, NULL);
      save (f, link);
    }
}

static void
test_reimport_conflict (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *newer = google_with ("SEQUENCE:2\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend\r\n",
                                        "SEQUENCE:3\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffie-ochtend\r\n");
  g_autoptr(BuurtIcalImport) import = NULL;
  g_autoptr(BuurtActivity) coffee = NULL;
  g_autoptr(BuurtActivity) after = NULL;
  BuurtIcalItem *item;
  BuurtIcalSummary summary;

  import_file (f, "google.ics");
  age_links (f);
  coffee = find_activity (f, "Koffieochtend");
  g_object_set (coffee, "title", "Koffieochtend met taart", NULL);
  save (f, coffee);

  import = read_text (f, "google.ics", newer);
  item = buurt_ical_import_get_item (import, 0);
  g_assert_cmpuint (item->kind, ==, BUURT_ICAL_ITEM_CONFLICT);
  g_assert_false (item->chosen);
  /* Both versions, for the preview to show side by side. */
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (item->existing), "title"), ==, "Koffieochtend met taart");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (item->activity), "title"), ==, "Koffie-ochtend");

  summary = apply (f, import, FALSE);
  g_assert_cmpuint (summary.conflicts, ==, 1);
  g_assert_cmpuint (summary.updated, ==, 0);
  after = find_activity (f, "Koffieochtend met taart");
  g_assert_nonnull (after);
}

static BuurtIcalItem *
item_titled (BuurtIcalImport *import,
             const char      *title)
{
  for (guint i = 0; i < buurt_ical_import_get_n_items (import); i++)
    {
      BuurtIcalItem *item = buurt_ical_import_get_item (import, i);

      if (item->activity != NULL &&
          g_strcmp0 (buurt_entity_get_string (BUURT_ENTITY (item->activity), "title"), title) == 0)
        return item;
    }
  g_error ("no item titled “%s”", title);
  return NULL;
}

/* Times of change are kept to the second: what is saved after this is
 * later than everything before. */
static void
next_second (void)
{
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;

  while (g_get_real_time () / G_USEC_PER_SEC == second)
    g_usleep (20000);
}

/* A changed date of a series is compared with that date as the agenda has
 * it (its override), not with the series: a change here to the series is
 * no conflict for the date, a change here to the date is. */
static void
test_reimport_changed_date (Fixture       *f,
                            gconstpointer  data)
{
  const char *date_in_file = "SEQUENCE:3\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend (middag deze week)\r\n";
  g_autofree char *newer = google_with (date_in_file,
                                        "SEQUENCE:4\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend (middag, met taart)\r\n");
  g_autofree char *newest = google_with (date_in_file,
                                         "SEQUENCE:5\r\nSTATUS:CONFIRMED\r\nSUMMARY:Koffieochtend (middag, zonder taart)\r\n");
  g_autoptr(BuurtIcalImport) import = NULL;
  g_autoptr(BuurtActivity) coffee = NULL;
  g_autoptr(BuurtEntity) override = NULL;
  g_autoptr(GDateTime) later = NULL;
  BuurtIcalItem *item;
  BuurtIcalSummary summary;

  import_file (f, "google.ics");
  next_second ();

  /* The series changed here; the date changed in the file. */
  coffee = find_activity (f, "Koffieochtend");
  g_object_set (coffee, "description", "Elke dinsdag, ook in de vakantie.", NULL);
  save (f, coffee);

  import = read_text (f, "google.ics", newer);
  item = item_titled (import, "Koffieochtend (middag, met taart)");
  g_assert_cmpuint (item->kind, ==, BUURT_ICAL_ITEM_CHANGED);
  g_assert_nonnull (item->existing_date);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (item->existing_date), "title"), ==,
                   "Koffieochtend (middag deze week)");
  summary = apply (f, import, FALSE);
  g_assert_cmpuint (summary.conflicts, ==, 0);
  g_clear_object (&import);

  override = find_override (f, coffee);
  g_assert_cmpstr (buurt_entity_get_string (override, "title"), ==, "Koffieochtend (middag, met taart)");

  /* Now the date itself is moved here, half an hour later, and the file
   * changes it again: a conflict, shown beside the date as it is here. */
  next_second ();
  later = g_date_time_add_minutes (buurt_entity_get_date_time (override, "starts-at"), 30);
  g_object_set (override, "starts-at", later, NULL);
  save (f, override);

  import = read_text (f, "google.ics", newest);
  item = item_titled (import, "Koffieochtend (middag, zonder taart)");
  g_assert_cmpuint (item->kind, ==, BUURT_ICAL_ITEM_CONFLICT);
  g_assert_false (item->chosen);
  g_assert_true (g_date_time_equal (buurt_entity_get_date_time (BUURT_ENTITY (item->existing_date), "starts-at"),
                                    later));
  summary = apply (f, import, FALSE);
  g_assert_cmpuint (summary.conflicts, ==, 1);
  g_clear_object (&override);
  override = find_override (f, coffee);
  g_assert_cmpstr (buurt_entity_get_string (override, "title"), ==, "Koffieochtend (middag, met taart)");
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in:\n%s", needle, text);
}

/* Two events of one file in the same room at the same time are shown as a
 * room conflict before anything is written, each naming the other; the
 * dates of one series do not conflict with one another, nor does an event
 * in another room or one that ends when the other starts. */
static void
test_room_conflicts_in_file (Fixture       *f,
                             gconstpointer  data)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
    "BEGIN:VEVENT\r\nUID:yoga@test\r\nDTSTAMP:20261201T120000Z\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20270302T100000\r\nDTEND;TZID=Europe/Amsterdam:20270302T110000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Yoga\r\nLOCATION:Buurthuis De Schakel\\, Grote zaal\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:yoga@test\r\nDTSTAMP:20261201T120000Z\r\n"
    "RECURRENCE-ID;TZID=Europe/Amsterdam:20270309T100000\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20270309T103000\r\nDTEND;TZID=Europe/Amsterdam:20270309T113000\r\n"
    "SUMMARY:Yoga (later)\r\nLOCATION:Buurthuis De Schakel\\, Grote zaal\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:koor@test\r\nDTSTAMP:20261201T120000Z\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20270316T103000\r\nDTEND;TZID=Europe/Amsterdam:20270316T120000\r\n"
    "SUMMARY:Koorrepetitie\r\nLOCATION:Buurthuis De Schakel\\, Grote zaal\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:lunch@test\r\nDTSTAMP:20261201T120000Z\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20270302T110000\r\nDTEND;TZID=Europe/Amsterdam:20270302T120000\r\n"
    "SUMMARY:Buurtlunch\r\nLOCATION:Buurthuis De Schakel\\, Grote zaal\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:kook@test\r\nDTSTAMP:20261201T120000Z\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20270302T100000\r\nDTEND;TZID=Europe/Amsterdam:20270302T110000\r\n"
    "SUMMARY:Kookcursus\r\nLOCATION:Buurthuis De Schakel\\, Keuken\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(BuurtIcalImport) import = read_text (f, "rooms.ics", text);
  BuurtIcalItem *yoga = item_titled (import, "Yoga");
  BuurtIcalItem *later = item_titled (import, "Yoga (later)");
  BuurtIcalItem *choir = item_titled (import, "Koorrepetitie");

  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (choir->activity), "room-id"), ==, f->grote_zaal);
  /* The choir overlaps the yoga of 16 March; each names the other. */
  g_assert_nonnull (choir->room_conflicts);
  assert_has (choir->room_conflicts, "Yoga (");
  assert_has (choir->room_conflicts, "also in this file");
  g_assert_nonnull (yoga->room_conflicts);
  assert_has (yoga->room_conflicts, "Koorrepetitie (");
  g_assert_null (strstr (yoga->room_conflicts, "Buurtlunch"));
  g_assert_null (strstr (yoga->room_conflicts, "Kookcursus"));
  /* The series' changed date is the same activity as the series. */
  g_assert_null (strstr (yoga->room_conflicts, "Yoga (later)"));
  g_assert_null (later->room_conflicts);
  g_assert_null (item_titled (import, "Buurtlunch")->room_conflicts);
  g_assert_null (item_titled (import, "Kookcursus")->room_conflicts);
}

static void
test_reimport_gone (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *without = google_with ("SUMMARY:Repair café", "SUMMARY:Repair café\r\nRRULE:FREQ=BOGUS");
  g_autoptr(BuurtIcalImport) import = NULL;
  guint n_gone = 0;

  import_file (f, "google.ics");
  /* The same source, and the repair café is no longer importable: it is
   * refused, so not gone. Its removal is a file without it. */
  import = read_text (f, "google.ics", without);
  g_assert_cmpuint (buurt_ical_import_count (import, BUURT_ICAL_ITEM_REFUSED), ==, 1);

  {
    g_autofree char *text = google_with ("UID:7kq1p0r9u8@google.com", "UID:another@google.com");
    g_autoptr(BuurtIcalImport) other = read_text (f, "google.ics", text);
    BuurtIcalSummary summary;

    for (guint i = 0; i < buurt_ical_import_get_n_items (other); i++)
      {
        BuurtIcalItem *item = buurt_ical_import_get_item (other, i);

        if (item->kind == BUURT_ICAL_ITEM_GONE)
          {
            n_gone++;
            g_assert_cmpstr (item->uid, ==, "7kq1p0r9u8@google.com");
            g_assert_false (item->chosen);
            item->chosen = TRUE;
          }
      }
    g_assert_cmpuint (n_gone, ==, 1);
    summary = apply (f, other, FALSE);
    g_assert_cmpuint (summary.removed, ==, 1);
    g_assert_cmpuint (summary.created, ==, 1);
  }
}

static void
test_submissions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) import = read_file (f, "apple.ics");
  g_autoptr(BuurtActivity) walk = NULL;

  apply (f, import, TRUE);
  walk = find_activity (f, "Natuurwandeling Hanzebos");
  g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (walk), "status"), ==, BUURT_ACTIVITY_STATUS_SUBMITTED);
  g_assert_cmpint (buurt_database_count_submissions (f->database, NULL), ==, 2);
}

static void
test_cancelled_apply (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtIcalImport) import = read_file (f, "google.ics");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  BuurtIcalSummary summary;

  g_cancellable_cancel (cancellable);
  g_assert_false (buurt_ical_import_apply (import, f->database, FALSE, cancellable, &summary, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count_activities (f), ==, 0);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_CONTACT, NULL), ==, 0);
}

static BuurtActivity *
make_activity (const char *title,
               const char *starts_at,
               const char *ends_at)
{
  BuurtActivity *activity = buurt_activity_new ();
  g_autoptr(GDateTime) start = buurt_parse_utc (starts_at);
  g_autoptr(GDateTime) end = buurt_parse_utc (ends_at);

  g_object_set (activity, "title", title, "starts-at", start, "ends-at", end,
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED, "category", BUURT_CATEGORY_MEETING, NULL);
  return activity;
}

static const char *round_trip_fields[] = {
  "title", "description", "category", "target-groups", "room-id", "location", "organiser-id",
  "starts-at", "ends-at", "all-day", "tzid", "rrule", "cancelled-dates", "cost-cents",
  "registration", "registration-info", "status", "url",
};

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BuurtActivity) weekly = make_activity ("Koersbal", "2027-03-09T13:00:00Z", "2027-03-09T15:00:00Z");
  g_autoptr(BuurtActivity) day = make_activity ("Burendag", "2027-09-24T22:00:00Z", "2027-09-25T22:00:00Z");
  g_autoptr(BuurtActivity) draft = make_activity ("Nog niet", "2027-03-01T10:00:00Z", "2027-03-01T11:00:00Z");
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (g_get_user_data_dir (), "copy.db", NULL);
  g_autofree char *text = NULL;
  g_autoptr(BuurtDatabase) copy = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("export.ics");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BuurtIcalImport) import = NULL;
  icalcomponent *parsed;
  icalcomponent *event;
  guint n_events = 0, n_exdates = 0;
  BuurtIcalSummary summary;

  /* A copy with the same venues and rooms, before the activities. */
  {
    g_autoptr(GFile) from = g_file_new_for_path (f->path);
    g_autoptr(GFile) to = g_file_new_for_path (copy_path);

    g_clear_object (&f->database);
    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    f->database = buurt_database_new (f->path, &error);
    g_assert_no_error (error);
  }

  /* Weekly across the change to summer time, with a cancelled date. */
  g_object_set (weekly, "rrule", "FREQ=WEEKLY;UNTIL=20270427T215959Z", "cancelled-dates", "2027-04-06",
                "room-id", f->grote_zaal, "cost-cents", (gint64) 250, "target-groups",
                BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_ADULTS, "registration",
                BUURT_REGISTRATION_REQUIRED, "registration-info", "Bel 0321-123456",
                "description", "Op de mat\nin de grote zaal, ook voor beginners.", NULL);
  save (f, weekly);
  {
    g_autoptr(BuurtOccurrenceOverride) override = buurt_occurrence_override_new ();
    g_autoptr(GDateTime) rid = buurt_parse_utc ("2027-03-16T13:00:00Z");
    g_autoptr(GDateTime) start = buurt_parse_utc ("2027-03-16T15:00:00Z");
    g_autoptr(GDateTime) end = buurt_parse_utc ("2027-03-16T17:00:00Z");

    g_object_set (override, "activity-id", buurt_entity_get_id (BUURT_ENTITY (weekly)), "recurrence-id", rid,
                  "starts-at", start, "ends-at", end, "title", "Koersbal (middag)",
                  "room-id", f->keuken, NULL);
    save (f, override);
  }
  g_object_set (day, "all-day", TRUE, "location", "Het hele dorp", "url", "https://burendag.example", NULL);
  save (f, day);
  g_object_set (draft, "status", BUURT_ACTIVITY_STATUS_SUBMITTED, NULL);
  save (f, draft);

  text = buurt_ical_export_to_string (f->database, NULL, &n_events, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 2);

  /* libical reads it back with the rule and the cancelled date intact. */
  parsed = icalparser_parse_string (text);
  g_assert_nonnull (parsed);
  g_assert_cmpint (icalcomponent_count_errors (parsed), ==, 0);
  g_assert_nonnull (icalcomponent_get_first_component (parsed, ICAL_VTIMEZONE_COMPONENT));
  for (event = icalcomponent_get_first_component (parsed, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (parsed, ICAL_VEVENT_COMPONENT))
    if (g_str_equal (icalcomponent_get_summary (event), "Koersbal"))
      {
        icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
        struct icalrecurrencetype rule;
        struct icaltimetype exdate;

        g_assert_cmpstr (icalcomponent_get_uid (event), ==, buurt_entity_get_uuid (BUURT_ENTITY (weekly)));
        g_assert_nonnull (rrule);
        rule = icalproperty_get_rrule (rrule);
        g_assert_cmpint (rule.freq, ==, ICAL_WEEKLY_RECURRENCE);
        exdate = icalproperty_get_exdate (icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY));
        g_assert_cmpint (exdate.month, ==, 4);
        g_assert_cmpint (exdate.day, ==, 6);
        /* Local time: 15:00 in summer as in winter. */
        g_assert_cmpint (exdate.hour, ==, 14);
        n_exdates++;
      }
  g_assert_cmpuint (n_exdates, ==, 1);
  icalcomponent_free (parsed);

  /* Into the copy: the same activities, field by field, with their uuids. */
  before = buurt_database_list (f->database, BUURT_TYPE_ACTIVITY, NULL);
  copy = buurt_database_new (copy_path, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (text, strlen (text));
  import = buurt_ical_import_read_bytes (copy, file, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (buurt_ical_import_list_problems (import));
  g_assert_true (buurt_ical_import_apply (import, copy, FALSE, NULL, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.created, ==, 3);

  /* The changed date is the series' override there too. */
  {
    g_autoptr(GListModel) overrides = buurt_database_list (copy, BUURT_TYPE_OCCURRENCE_OVERRIDE, NULL);
    g_autoptr(BuurtEntity) override = NULL;
    g_autofree char *rid = NULL;
    g_autofree char *start = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (overrides), ==, 1);
    override = g_list_model_get_item (overrides, 0);
    rid = buurt_format_utc (buurt_entity_get_date_time (override, "recurrence-id"));
    start = buurt_format_utc (buurt_entity_get_date_time (override, "starts-at"));
    g_assert_cmpstr (rid, ==, "2027-03-16T13:00:00Z");
    g_assert_cmpstr (start, ==, "2027-03-16T15:00:00Z");
    g_assert_cmpstr (buurt_entity_get_string (override, "title"), ==, "Koersbal (middag)");
    g_assert_cmpint (buurt_entity_get_int (override, "room-id"), ==, f->keuken);
  }

  for (guint i = 0; i < g_list_model_get_n_items (before); i++)
    {
      g_autoptr(BuurtActivity) original = g_list_model_get_item (before, i);
      g_autoptr(GListModel) after = buurt_database_list (copy, BUURT_TYPE_ACTIVITY, NULL);
      BuurtActivity *found = NULL;

      if (buurt_entity_get_enum (BUURT_ENTITY (original), "status") != BUURT_ACTIVITY_STATUS_PUBLISHED)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (after); j++)
        {
          g_autoptr(BuurtActivity) other = g_list_model_get_item (after, j);

          if (g_str_equal (buurt_entity_get_uuid (BUURT_ENTITY (other)), buurt_entity_get_uuid (BUURT_ENTITY (original))))
            found = g_steal_pointer (&other);
        }
      g_assert_nonnull (found);

      for (guint k = 0; k < G_N_ELEMENTS (round_trip_fields); k++)
        {
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;
          g_autofree char *sa = NULL;
          g_autofree char *sb = NULL;

          g_object_get_property (G_OBJECT (original), round_trip_fields[k], &a);
          g_object_get_property (G_OBJECT (found), round_trip_fields[k], &b);
          if (G_VALUE_HOLDS (&a, G_TYPE_DATE_TIME))
            {
              sa = g_value_get_boxed (&a) ? buurt_format_utc (g_value_get_boxed (&a)) : NULL;
              sb = g_value_get_boxed (&b) ? buurt_format_utc (g_value_get_boxed (&b)) : NULL;
            }
          else
            {
              sa = g_strdup_value_contents (&a);
              sb = g_strdup_value_contents (&b);
            }
          if (g_strcmp0 (sa, sb) != 0)
            g_error ("%s of “%s”: %s before, %s after", round_trip_fields[k],
                     buurt_entity_get_string (BUURT_ENTITY (original), "title"), sa, sb);
        }
      g_object_unref (found);
    }

  /* And back once more: nothing changes. */
  {
    g_autoptr(BuurtIcalImport) again = buurt_ical_import_read_bytes (copy, file, bytes, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (buurt_ical_import_count (again, BUURT_ICAL_ITEM_UNCHANGED), ==, 3);
  }
}

static void
test_export_filter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BuurtActivity) in_schakel = make_activity ("In De Schakel", "2027-03-09T13:00:00Z", "2027-03-09T15:00:00Z");
  g_autoptr(BuurtActivity) in_brink = make_activity ("In De Brink", "2027-05-09T13:00:00Z", "2027-05-09T15:00:00Z");
  BuurtIcalExportFilter town = { .town = "dronten" };
  BuurtIcalExportFilter venue = { .venue = "Cafe de Brink" };
  BuurtIcalExportFilter range = { .from = "2027-05-01", .to = "2027-05-31" };
  guint n = 0;

  g_object_set (in_schakel, "room-id", f->grote_zaal, NULL);
  save (f, in_schakel);
  g_object_set (in_brink, "room-id", f->brink_zaal, NULL);
  save (f, in_brink);

  g_free (buurt_ical_export_to_string (f->database, &town, &n, NULL));
  g_assert_cmpuint (n, ==, 1);
  g_free (buurt_ical_export_to_string (f->database, &venue, &n, NULL));
  g_assert_cmpuint (n, ==, 1);
  g_free (buurt_ical_export_to_string (f->database, &range, &n, NULL));
  g_assert_cmpuint (n, ==, 1);
}

static int
run_program (const char  *database,
             const char  *option,
             const char  *file,
             char       **err)
{
  const char *program = g_getenv ("BUURTAGENDA_PROGRAM");
  const char *argv[] = { program, "--database", database, option, file, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) google = data_file ("google.ics");
  g_autoptr(GFile) nextcloud = data_file ("nextcloud.ics");
  g_autofree char *google_path = g_file_get_path (google);
  g_autofree char *nextcloud_path = g_file_get_path (nextcloud);
  g_autofree char *bad_path = g_build_filename (g_get_user_data_dir (), "kapot.ics", NULL);
  g_autofree char *out_path = g_build_filename (g_get_user_data_dir (), "uit.ics", NULL);
  g_autofree char *err = NULL;

  if (g_getenv ("BUURTAGENDA_PROGRAM") == NULL)
    {
      g_test_skip ("BUURTAGENDA_PROGRAM is not set");
      return;
    }
  g_clear_object (&f->database);

  g_assert_cmpint (run_program (f->path, "--import", google_path, NULL), ==, 0);
  g_assert_cmpint (run_program (f->path, "--import", google_path, NULL), ==, 0);

  /* Refused events are named with file and line; the rest is imported. */
  g_assert_cmpint (run_program (f->path, "--import", nextcloud_path, &err), ==, 0);
  g_assert_nonnull (strstr (err, "nextcloud.ics:40: "));
  g_clear_pointer (&err, g_free);

  g_assert_true (g_file_set_contents (bad_path, "BEGIN:VCALENDAR\nEND:VCALENDAR\n", -1, NULL));
  g_assert_cmpint (run_program (f->path, "--import", bad_path, &err), ==, 1);
  g_assert_nonnull (strstr (err, "kapot.ics"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_program (f->path, "--export", out_path, NULL), ==, 0);
  g_assert_true (g_file_test (out_path, G_FILE_TEST_EXISTS));

  f->database = buurt_database_new (f->path, NULL);
  g_assert_cmpint (count_activities (f), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ical/import/google", test_google);
  ADD ("/ical/import/outlook", test_outlook);
  ADD ("/ical/import/apple", test_apple);
  ADD ("/ical/import/thunderbird", test_thunderbird);
  ADD ("/ical/import/evolution", test_evolution);
  ADD ("/ical/import/nextcloud", test_nextcloud);
  ADD ("/ical/import/nothing", test_nothing);
  ADD ("/ical/import/as-submissions", test_submissions);
  ADD ("/ical/import/cancelled", test_cancelled_apply);
  ADD ("/ical/reimport/same", test_reimport_same);
  ADD ("/ical/reimport/sequence", test_reimport_sequence);
  ADD ("/ical/reimport/conflict", test_reimport_conflict);
  ADD ("/ical/reimport/gone", test_reimport_gone);
  ADD ("/ical/reimport/changed-date", test_reimport_changed_date);
  ADD ("/ical/import/room-conflicts-in-file", test_room_conflicts_in_file);
  ADD ("/ical/export/round-trip", test_round_trip);
  ADD ("/ical/export/filter", test_export_filter);
  ADD ("/ical/command-line", test_command_line);

  return g_test_run ();
}

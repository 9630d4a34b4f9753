/* test-store-agenda.c: the agenda's queries, search, paging and days
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "buurt-database-private.h"
#include "buurt-example-data.h"
#include "buurt-test-store.h"

/* Example data through a database context on the test's own connection. */
static gboolean
example_data_generate (BuurtStore    *store,
                       guint          n_occurrences,
                       guint32        seed,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(BuurtDatabase) database = buurt_database_new_for_store (store);

  return buurt_example_data_generate (database, n_occurrences, seed, cancellable, error);
}

/* Occurrences */

static void
test_activity_occurrences (Fixture       *f,
                           gconstpointer  data)
{
  static const char *days[] = { "2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27", "2026-02-03" };
  /* The activity's own zone, whatever the computer's is. */
  g_autoptr(GTimeZone) amsterdam = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(BuurtEntity) activity = buurt_test_make_activity (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *room_sql = NULL;
  gint64 room_id = buurt_entity_get_int (activity, "room-id");
  sqlite3 *db;

  g_object_set (activity,
                "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
                "cancelled-dates", "",
                NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 10);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, FALSE), ==, 10);

  /* Fewer dates */
  g_object_set (activity, "rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=5", NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, FALSE), ==, 5);

  /* The rows are in the room, at 19:00 local time, on the right days. */
  db = buurt_test_raw_open (f->path);
  room_sql = g_strdup_printf ("SELECT count(*) FROM occurrence WHERE room_id = %" G_GINT64_FORMAT, room_id);
  g_assert_cmpint (buurt_test_raw_int (db, room_sql), ==, 5);
  sqlite3_close (db);

  all = buurt_test_agenda_fetch (f, "2026-01-01", NULL, TRUE);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < all->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (all, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (buurt_occurrence_get_starts_at (occurrence),
                                                            amsterdam);
      g_autofree char *place = buurt_occurrence_dup_place (occurrence);

      g_assert_cmpstr (buurt_occurrence_get_day (occurrence), ==, days[i]);
      g_assert_cmpint (buurt_occurrence_get_activity_id (occurrence), ==, buurt_entity_get_id (activity));
      g_assert_cmpstr (buurt_occurrence_get_title (occurrence), ==, "Taalcafé");
      g_assert_cmpstr (buurt_occurrence_get_organiser (occurrence), ==, "Welzijn Dronten");
      g_assert_cmpint (g_date_time_get_hour (local), ==, 19);
      g_assert_false (buurt_occurrence_get_cancelled (occurrence));
      buurt_test_assert_contains (place, "De Schakel");
    }
  g_clear_pointer (&all, g_ptr_array_unref);

  /* A later first day shows the later dates only. */
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-21", NULL, TRUE), ==, 2);

  /* The dates of a deleted activity are gone, and come back with it. */
  g_assert_true (buurt_store_delete (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 0);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 0);

  g_assert_true (buurt_store_undelete (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);

  /* One cancelled date: still five rows, one of them marked. */
  g_object_set (activity, "cancelled-dates", "2026-01-20", NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, FALSE), ==, 4);

  all = buurt_test_agenda_fetch (f, "2026-01-01", NULL, TRUE);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (all, i);

      g_assert_cmpint (buurt_occurrence_get_cancelled (occurrence), ==,
                       g_str_equal (buurt_occurrence_get_day (occurrence), "2026-01-20"));
    }

  shown = buurt_test_agenda_fetch (f, "2026-01-01", NULL, FALSE);
  g_assert_cmpuint (shown->len, ==, 4);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (buurt_occurrence_get_day (g_ptr_array_index (shown, i)), !=, "2026-01-20");

  /* Cancelling the whole activity hides all of it unless cancelled ones are shown. */
  g_object_set (activity, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 5);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, FALSE), ==, 0);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 5);

  /* A rejected activity is never in the agenda. */
  g_object_set (activity,
                "status", BUURT_ACTIVITY_STATUS_REJECTED,
                "rejection-reason", "Commercieel aanbod",
                NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 0);

  /* A single date is one occurrence. */
  g_object_set (activity,
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                "rrule", NULL,
                "cancelled-dates", "",
                NULL);
  buurt_test_save_ok (f, activity);
  g_assert_cmpint (buurt_store_count_occurrences (f->store, NULL), ==, 1);
}

/* Search */

typedef struct
{
  gint64 taalcafe;
  gint64 koffieochtend;
  gint64 wandelgroep;
  gint64 contact;
  gint64 venue;
} SearchWorld;

static void
make_search_world (Fixture     *f,
                   SearchWorld *world)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);
  g_autoptr(BuurtEntity) contact = buurt_test_make_contact (f);
  g_autoptr(BuurtEntity) taalcafe = NULL;
  g_autoptr(BuurtEntity) koffieochtend = NULL;
  g_autoptr(BuurtEntity) wandelgroep = NULL;
  g_autoptr(GDateTime) tue_start = buurt_test_utc ("2026-01-06T18:00:00Z");
  g_autoptr(GDateTime) tue_end = buurt_test_utc ("2026-01-06T20:00:00Z");
  g_autoptr(GDateTime) wed_start = buurt_test_utc ("2026-01-07T09:00:00Z");
  g_autoptr(GDateTime) wed_end = buurt_test_utc ("2026-01-07T11:00:00Z");
  g_autoptr(GDateTime) thu_start = buurt_test_utc ("2026-01-08T13:00:00Z");
  g_autoptr(GDateTime) thu_end = buurt_test_utc ("2026-01-08T15:00:00Z");

  buurt_test_save_new (f, room);
  world->venue = buurt_entity_get_int (room, "venue-id");
  world->contact = buurt_test_save_new (f, contact);

  /* Organised by Welzijn Dronten, not in a room of ours. */
  taalcafe = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", "Taalcafé",
                           "description", "Nederlands oefenen",
                           "organiser-id", world->contact,
                           "location", "Bibliotheek",
                           "starts-at", tue_start,
                           "ends-at", tue_end,
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  world->taalcafe = buurt_test_save_new (f, taalcafe);

  /* In De Schakel, without an organiser. */
  koffieochtend = g_object_new (BUURT_TYPE_ACTIVITY,
                                "title", "Koffieochtend",
                                "description", "Gezellig samen",
                                "room-id", buurt_entity_get_id (room),
                                "starts-at", wed_start,
                                "ends-at", wed_end,
                                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                NULL);
  world->koffieochtend = buurt_test_save_new (f, koffieochtend);

  wandelgroep = g_object_new (BUURT_TYPE_ACTIVITY,
                              "title", "Wandelgroep",
                              "description", "Een uur door het Revebos",
                              "location", "Parkeerplaats Revebos",
                              "starts-at", thu_start,
                              "ends-at", thu_end,
                              "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                              NULL);
  world->wandelgroep = buurt_test_save_new (f, wandelgroep);
}

/* The activity found by @search, or 0 when none or more than one. */
static gint64
found_one (Fixture    *f,
           const char *search)
{
  g_autoptr(GPtrArray) rows = buurt_test_agenda_fetch (f, "2026-01-01", search, TRUE);

  g_test_message ("search “%s”: %u found", search, rows->len);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", search, TRUE), ==, rows->len);
  if (rows->len != 1)
    return 0;

  return buurt_occurrence_get_activity_id (g_ptr_array_index (rows, 0));
}

static void
test_agenda_search (Fixture       *f,
                    gconstpointer  data)
{
  const char *syntax[] = {
    "\"", "*", "AND (", "taal\"", "\"taal", "NEAR(taal koffie)", "title:koffie",
    "^koffie", "-koffie", "koffie OR", "(", ")", "{taal}", "'", "taal + koffie",
  };
  SearchWorld world;

  make_search_world (f, &world);

  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", NULL, TRUE), ==, 3);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "", TRUE), ==, 3);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "   ", TRUE), ==, 3);

  /* Accents and case are ignored, and any part of a word is found, as Dutch
   * compounds need: "cafe" finds "Taalcafé". */
  g_assert_cmpint (found_one (f, "cafe"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "CAFÉ"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "taalcafe"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "TAALCAFÉ"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "Taalcafé"), ==, world.taalcafe);
  /* a word is found by its beginning, */
  g_assert_cmpint (found_one (f, "koff"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "taal"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "wandel"), ==, world.wandelgroep);
  /* in the description, the organiser and the venue too, */
  g_assert_cmpint (found_one (f, "oefenen"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "welzijn"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "schakel"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "zaal"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "revebos"), ==, world.wandelgroep);
  /* and every word must match, in any column. */
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "taal koffie", TRUE), ==, 0);
  g_assert_cmpint (found_one (f, "taal welzijn"), ==, world.taalcafe);
  g_assert_cmpint (found_one (f, "koffie schakel"), ==, world.koffieochtend);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "fietsen", TRUE), ==, 0);
  /* Words shorter than three letters are looked for too. */
  g_assert_cmpint (found_one (f, "ta"), ==, world.taalcafe);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "qx", TRUE), ==, 0);

  /* What the user types is never read as FTS5 syntax. */
  for (guint i = 0; i < G_N_ELEMENTS (syntax); i++)
    {
      BuurtAgendaQuery query = buurt_test_agenda_query ("2026-01-01", syntax[i], TRUE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gint64 n;

      g_test_message ("search “%s”", syntax[i]);
      n = buurt_store_count_agenda (f->store, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpint (n, >=, 0);
      g_assert_cmpint (n, <=, 3);

      rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
      g_assert_no_error (error);
      g_assert_nonnull (rows);
      g_assert_cmpint (rows->len, ==, n);
    }
}

/* Renaming the organiser or the venue updates what search finds. */
static void
test_agenda_search_renamed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtEntity) contact = NULL;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(BuurtEntity) koffieochtend = NULL;
  SearchWorld world;

  make_search_world (f, &world);

  contact = buurt_test_load (f, BUURT_TYPE_CONTACT, world.contact);
  g_object_set (contact, "name", "Stichting Meerwaarde", NULL);
  buurt_test_save_ok (f, contact);
  g_assert_cmpint (found_one (f, "meerwaarde"), ==, world.taalcafe);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "welzijn", TRUE), ==, 0);

  venue = buurt_test_load (f, BUURT_TYPE_VENUE, world.venue);
  g_object_set (venue, "name", "Het Kruispunt", NULL);
  buurt_test_save_ok (f, venue);
  g_assert_cmpint (found_one (f, "kruispunt"), ==, world.koffieochtend);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "schakel", TRUE), ==, 0);

  /* Editing the activity keeps it findable by its new title only. */
  koffieochtend = buurt_test_load (f, BUURT_TYPE_ACTIVITY, world.koffieochtend);
  g_object_set (koffieochtend, "title", "Inloopochtend", NULL);
  buurt_test_save_ok (f, koffieochtend);
  g_assert_cmpint (found_one (f, "inloop"), ==, world.koffieochtend);
  g_assert_cmpint (found_one (f, "kruispunt"), ==, world.koffieochtend);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "koffieochtend", TRUE), ==, 0);
}

/* A second connection, as the agenda's counting thread has, finds what the
 * first one wrote after it last searched: its remembered answers expire. */
static void
test_agenda_search_other_connection (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) other = NULL;
  g_autoptr(BuurtEntity) wandelgroep = NULL;
  BuurtAgendaQuery koffie = buurt_test_agenda_query ("2026-01-01", "koffie", TRUE);
  BuurtAgendaQuery short_word = buurt_test_agenda_query ("2026-01-01", "ko", TRUE);
  SearchWorld world;

  make_search_world (f, &world);
  other = buurt_store_new (f->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (buurt_store_count_agenda (other, &koffie, &error), ==, 1);
  g_assert_cmpint (buurt_store_count_agenda (other, &short_word, &error), ==, 1);

  wandelgroep = buurt_test_load (f, BUURT_TYPE_ACTIVITY, world.wandelgroep);
  g_object_set (wandelgroep, "description", "Met koffie na afloop", NULL);
  buurt_test_save_ok (f, wandelgroep);

  g_assert_cmpint (buurt_store_count_agenda (other, &koffie, &error), ==, 2);
  g_assert_cmpint (buurt_store_count_agenda (other, &short_word, &error), ==, 2);
  g_assert_no_error (error);

  /* One and two letters, anywhere in a word, accents ignored. */
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "Fé", TRUE), ==, 1);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "ko ochtend", TRUE), ==, 1);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "%", TRUE), ==, 0);
  g_assert_cmpint (buurt_test_agenda_count (f, "2026-01-01", "_", TRUE), ==, 0);
}

/* While the store looks for what matches a search, another program writes. */
typedef struct
{
  sqlite3  *other;
  gboolean  searching;
  guint     writes;
} WriteMeanwhile;

static int
write_meanwhile_cb (unsigned  type,
                    void     *user_data,
                    void     *statement,
                    void     *unused)
{
  WriteMeanwhile *meanwhile = user_data;
  const char *sql = sqlite3_sql (statement);

  if (type != SQLITE_TRACE_STMT || sql == NULL)
    return 0;

  /* The write lands right after the search's own statement, before the
   * store next asks whether anything changed. */
  if (strstr (sql, "FROM activity_fts") != NULL)
    meanwhile->searching = TRUE;
  else if (meanwhile->searching && strstr (sql, "data_version") != NULL)
    {
      meanwhile->searching = FALSE;
      buurt_test_raw_exec (meanwhile->other, "UPDATE kern SET name = name || '.'");
      meanwhile->writes++;
    }

  return 0;
}

/* A search still answers when another connection writes while it runs
 * (its remembered answers then expire, but not the one it just found). */
static void
test_agenda_search_during_write (Fixture       *f,
                                 gconstpointer  data)
{
  const char *searches[] = { "ta", "koffie", "ko ochtend" };
  WriteMeanwhile meanwhile = { 0 };
  SearchWorld world;

  make_search_world (f, &world);
  meanwhile.other = buurt_test_raw_open (f->path);
  sqlite3_trace_v2 (buurt_store_get_db (f->store), SQLITE_TRACE_STMT, write_meanwhile_cb, &meanwhile);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      BuurtAgendaQuery query = buurt_test_agenda_query ("2026-01-01", searches[i], TRUE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      guint before = meanwhile.writes;

      rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
      g_assert_no_error (error);
      g_assert_nonnull (rows);
      g_assert_cmpuint (rows->len, ==, 1);
      g_assert_cmpuint (meanwhile.writes, >, before);
    }

  sqlite3_trace_v2 (buurt_store_get_db (f->store), 0, NULL, NULL);
  sqlite3_close (meanwhile.other);
}

/* Counted day by day, the agenda says where each day starts; a page read
 * from its day is the same as one read by skipping all rows before it. */
static void
test_agenda_days (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  BuurtAgendaQuery query = buurt_test_agenda_query ("2020-01-01", NULL, FALSE);
  BuurtAgendaQuery search = buurt_test_agenda_query ("2020-01-01", "koffie", FALSE);
  gint64 n;

  g_assert_true (example_data_generate (f->store, 3000, 7, NULL, &error));
  g_assert_no_error (error);

  n = buurt_store_count_agenda_days (f->store, &query, &days, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, buurt_store_count_agenda (f->store, &query, NULL));
  g_assert_cmpint (n, >, 2000);
  g_assert_cmpuint (days->len, >, 100);
  g_assert_cmpint (g_array_index (days, BuurtAgendaDay, 0).before, ==, 0);

  for (guint i = 1; i < days->len; i++)
    {
      const BuurtAgendaDay *before = &g_array_index (days, BuurtAgendaDay, i - 1);
      const BuurtAgendaDay *day = &g_array_index (days, BuurtAgendaDay, i);

      g_assert_cmpstr (before->day, <, day->day);
      g_assert_cmpint (before->before, <, day->before);
    }

  /* Row 1234 by skipping, and by starting at its day. */
  for (guint i = 0; i < days->len; i++)
    {
      const BuurtAgendaDay *day = &g_array_index (days, BuurtAgendaDay, i);
      BuurtAgendaQuery from_day = query;
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GPtrArray) started = NULL;

      if (i + 1 < days->len && g_array_index (days, BuurtAgendaDay, i + 1).before <= 1234)
        continue;

      from_day.from_day = day->day;
      skipped = buurt_store_fetch_agenda (f->store, &query, 1234, 20, &error);
      started = buurt_store_fetch_agenda (f->store, &from_day, 1234 - day->before, 20, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (skipped->len, ==, 20);
      g_assert_cmpuint (started->len, ==, 20);
      for (guint r = 0; r < 20; r++)
        g_assert_cmpint (buurt_occurrence_get_id (g_ptr_array_index (skipped, r)), ==,
                         buurt_occurrence_get_id (g_ptr_array_index (started, r)));
      g_assert_cmpstr (buurt_occurrence_get_day (g_ptr_array_index (started, 0)), ==, day->day);
      break;
    }

  /* A search counts by day too. */
  g_clear_pointer (&days, g_array_unref);
  n = buurt_store_count_agenda_days (f->store, &search, &days, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (n, ==, buurt_store_count_agenda (f->store, &search, NULL));
}

/* The days of one activity's dates in the agenda, comma-separated. */
static char *
days_of (Fixture *f,
         gint64   activity_id)
{
  g_autoptr(GPtrArray) rows = buurt_test_agenda_fetch (f, "2020-01-01", NULL, TRUE);
  GString *days = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *row = g_ptr_array_index (rows, i);

      if (buurt_occurrence_get_activity_id (row) != activity_id)
        continue;
      if (days->len > 0)
        g_string_append_c (days, ',');
      g_string_append (days, buurt_occurrence_get_day (row));
    }

  return g_string_free (days, FALSE);
}

/* RFC 5545 lets the parts of a rule come in any order and any case: each
 * rule gives the dates it says, from Tuesday 16 March 2027. */
static void
test_activity_rule_any_order (Fixture       *f,
                              gconstpointer  data)
{
  const struct
  {
    const char *rule;
    const char *days;
  } rules[] = {
    { "BYDAY=TU;FREQ=WEEKLY;COUNT=3", "2027-03-16,2027-03-23,2027-03-30" },
    { "freq=weekly;count=3", "2027-03-16,2027-03-23,2027-03-30" },
    { "INTERVAL=2;FREQ=WEEKLY;COUNT=3", "2027-03-16,2027-03-30,2027-04-13" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2027, 3, 16, 10, 0, 0);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
      g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                      "title", "Breiclub", "starts-at", start,
                                                      "ends-at", end, "rrule", rules[i].rule, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *days = NULL;

      g_test_message ("rule %s", rules[i].rule);
      g_assert_true (buurt_store_save (f->store, activity, &error));
      g_assert_no_error (error);

      days = days_of (f, buurt_entity_get_id (activity));
      g_assert_cmpstr (days, ==, rules[i].days);
    }
}

/* A series that began long ago still has its later dates in the agenda:
 * a daily series from January 2021 has dates in 2027, more than the 2,000
 * dates the expansion allows one series after its start, so the store must
 * expand it from the dates it keeps, not from the start. Fixed dates: 2027
 * lies inside the two years ahead that the store keeps, whichever day after
 * October 2025 this runs. */
static void
test_activity_old_series (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2021, 1, 4, 10, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", "Ochtendgymnastiek", "starts-at", start,
                                                  "ends-at", end, "rrule", "FREQ=DAILY", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GDate previous;

  g_assert_true (buurt_store_save (f->store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_test_agenda_count (f, "2027-01-01", NULL, TRUE), >, 300);

  /* Day after day, without a gap, at 10:00 local time. */
  rows = buurt_test_agenda_fetch (f, "2027-01-01", NULL, TRUE);
  g_assert_cmpuint (rows->len, >, 300);
  g_date_clear (&previous, 1);
  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *row = g_ptr_array_index (rows, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (buurt_occurrence_get_starts_at (row), tz);
      unsigned year = 0, month = 0, day_of_month = 0;
      GDate day;

      g_assert_cmpint (sscanf (buurt_occurrence_get_day (row), "%4u-%2u-%2u",
                               &year, &month, &day_of_month), ==, 3);
      g_assert_true (g_date_valid_dmy (day_of_month, month, year));
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, day_of_month, month, year);
      if (i > 0)
        g_assert_cmpint (g_date_days_between (&previous, &day), ==, 1);
      g_assert_cmpint (g_date_time_get_hour (local), ==, 10);
      previous = day;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, buurt_test_store_set_up, func, buurt_test_store_tear_down)

  ADD ("/store/activity/occurrences", test_activity_occurrences);
  ADD ("/store/agenda/search", test_agenda_search);
  ADD ("/store/agenda/search-renamed", test_agenda_search_renamed);
  ADD ("/store/agenda/search-other-connection", test_agenda_search_other_connection);
  ADD ("/store/agenda/days", test_agenda_days);
  ADD ("/store/agenda/search-during-write", test_agenda_search_during_write);
  ADD ("/store/activity/rule-any-order", test_activity_rule_any_order);
  ADD ("/store/activity/old-series", test_activity_old_series);

#undef ADD

  return g_test_run ();
}

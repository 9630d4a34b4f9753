/* test-series.c: one date, the rest or every date of a series; closures
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "buurt-command.h"
#include "buurt-database-private.h"
#include "buurt-database-series.h"
#include "buurt-entities.h"
#include "buurt-store-private.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS), so a fresh
 * database, with a fixed horizon and fixed dates: a weekly coffee morning
 * on Tuesdays at 10:00 in room A of venue 1, eight dates from 19 March 2030,
 * across the change to summer time on 31 March:
 * 03-19 03-26 | 04-02 04-09 04-16 04-23 04-30 05-07. Room B is in venue 1
 * too; room C in venue 2, in another neighbourhood of another town. */
typedef struct
{
  BuurtDatabase *database;
  BuurtStore    *store;
  gint64         kern_ids[2];
  gint64         neighbourhood_ids[2];
  gint64         venue_ids[2];
  gint64         room_a;
  gint64         room_b;
  gint64         room_c;
  gint64         series_id;
} Fixture;

static gint64
save_new (Fixture  *f,
          gpointer  entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (f->database, entity, &error));
  g_assert_no_error (error);
  return buurt_entity_get_id (entity);
}

static GDateTime *
utc (const char *text)
{
  GDateTime *date_time = buurt_parse_utc (text);

  g_assert_nonnull (date_time);
  return date_time;
}

static gint64
add_series (Fixture    *f,
            const char *title,
            gint64      room_id,
            const char *starts_at,
            const char *rrule,
            const char *cancelled_dates)
{
  g_autoptr(GDateTime) starts = utc (starts_at);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autoptr(BuurtActivity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                    "title", title,
                                                    "category", BUURT_CATEGORY_MEETING,
                                                    "room-id", room_id,
                                                    "starts-at", starts,
                                                    "ends-at", ends,
                                                    "tzid", "Europe/Amsterdam",
                                                    "rrule", rrule,
                                                    "cancelled-dates", cancelled_dates,
                                                    "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                    NULL);

  return save_new (f, activity);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "series-test", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(GDateTime) horizon = utc ("2031-01-01T00:00:00Z");
  g_autoptr(GError) error = NULL;
  const char *towns[] = { "Dronten", "Biddinghuizen" };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  f->store = buurt_database_get_store (f->database);
  g_assert_true (buurt_store_extend_occurrences (f->store, horizon, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BuurtEntity) kern = g_object_new (BUURT_TYPE_KERN, "name", towns[i], NULL);
      g_autoptr(BuurtEntity) neighbourhood = NULL;
      g_autoptr(BuurtEntity) venue = NULL;

      f->kern_ids[i] = save_new (f, kern);
      neighbourhood = g_object_new (BUURT_TYPE_NEIGHBOURHOOD, "name", i == 0 ? "De Gilden" : "Centrum",
                                    "kern-id", f->kern_ids[i], NULL);
      f->neighbourhood_ids[i] = save_new (f, neighbourhood);
      venue = g_object_new (BUURT_TYPE_VENUE, "name", i == 0 ? "MFC Het Palet" : "De Schakel",
                            "kind", BUURT_VENUE_KIND_MFC,
                            "neighbourhood-id", f->neighbourhood_ids[i], NULL);
      f->venue_ids[i] = save_new (f, venue);
    }

  {
    g_autoptr(BuurtEntity) a = g_object_new (BUURT_TYPE_ROOM, "venue-id", f->venue_ids[0], "name", "Zaal A",
                                             "capacity", (gint64) 40, NULL);
    g_autoptr(BuurtEntity) b = g_object_new (BUURT_TYPE_ROOM, "venue-id", f->venue_ids[0], "name", "Zaal B",
                                             "capacity", (gint64) 20, NULL);
    g_autoptr(BuurtEntity) c = g_object_new (BUURT_TYPE_ROOM, "venue-id", f->venue_ids[1], "name", "Zaal C",
                                             "capacity", (gint64) 30, NULL);

    f->room_a = save_new (f, a);
    f->room_b = save_new (f, b);
    f->room_c = save_new (f, c);
  }

  f->series_id = add_series (f, "Koffieochtend", f->room_a, "2030-03-19T09:00:00Z",
                             "FREQ=WEEKLY;COUNT=8", "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
}

static BuurtOccurrence *
occurrence (Fixture    *f,
            gint64      activity_id,
            const char *day)
{
  BuurtOccurrence *found = buurt_database_load_occurrence (f->database, activity_id, day);

  g_assert_nonnull (found);
  return found;
}

static char *
start_of (Fixture    *f,
          gint64      activity_id,
          const char *day)
{
  g_autoptr(BuurtOccurrence) found = occurrence (f, activity_id, day);

  return buurt_format_utc (buurt_occurrence_get_starts_at (found));
}

static gint64
room_of (Fixture    *f,
         gint64      activity_id,
         const char *day)
{
  sqlite3_stmt *stmt = NULL;
  gint64 room_id = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (buurt_store_get_db (f->store),
                                       "SELECT coalesce (room_id, 0) FROM occurrence "
                                       "WHERE activity_id = ?1 AND day = ?2", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, activity_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    room_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return room_id;
}

static gint64
count_rows (Fixture    *f,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (buurt_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

static gboolean
cancelled (Fixture    *f,
           gint64      activity_id,
           const char *day)
{
  g_autoptr(BuurtOccurrence) found = occurrence (f, activity_id, day);

  return buurt_occurrence_get_cancelled (found);
}

/* The series as the editor builds it for one date: that date's start and
 * end, the room chosen. */
static BuurtActivity *
edited (Fixture    *f,
        gint64      activity_id,
        const char *starts_at,
        gint64      room_id)
{
  g_autoptr(GError) error = NULL;
  BuurtActivity *activity = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, activity_id, &error);
  g_autoptr(GDateTime) starts = utc (starts_at);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);

  g_assert_no_error (error);
  g_object_set (activity, "starts-at", starts, "ends-at", ends, "room-id", room_id, NULL);
  return activity;
}

static void
change (Fixture          *f,
        const char       *day,
        const char       *starts_at,
        gint64            room_id,
        BuurtSeriesScope  scope)
{
  g_autoptr(BuurtActivity) activity = edited (f, f->series_id, starts_at, room_id);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_change_date (f->database, f->series_id, day, activity, scope, NULL, &error));
  g_assert_no_error (error);
}

/* Only this date: the override keeps its own time and room when the whole
 * series changes later, and its recurrence id follows the date's new start;
 * summer time comes in between (10:00 was 09:00 UTC, now 08:00 UTC). */
static void
test_override_kept_when_series_changes (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(BuurtOccurrence) moved = NULL;
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *recurrence_id = NULL;

  /* 9 April, 14:00 summer time, in room B. */
  change (f, "2030-04-09", "2030-04-09T12:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);
  start = start_of (f, f->series_id, "2030-04-09");
  g_assert_cmpstr (start, ==, "2030-04-09T12:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-09"), ==, f->room_b);
  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (start, ==, "2030-04-16T08:00:00Z");
  moved = occurrence (f, f->series_id, "2030-04-09");
  g_assert_true (buurt_occurrence_get_overridden (moved));

  /* Every date moves to 10:30 and gets a new title. */
  series = edited (f, f->series_id, "2030-04-16T08:30:00Z", f->room_a);
  g_object_set (series, "title", "Koffie-ochtend", NULL);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-16", series,
                                             BUURT_SERIES_SCOPE_EVERY_DATE, NULL, &error));
  g_assert_no_error (error);

  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-03-19");
  g_assert_cmpstr (start, ==, "2030-03-19T09:30:00Z");
  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-04-09");
  g_assert_cmpstr (start, ==, "2030-04-09T12:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-09"), ==, f->room_b);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1", f->series_id), ==, 8);

  override = buurt_database_find_override (f->database, f->series_id, "2030-04-09", &error);
  g_assert_no_error (error);
  g_assert_nonnull (override);
  recurrence_id = buurt_format_utc (buurt_entity_get_date_time (BUURT_ENTITY (override), "recurrence-id"));
  g_assert_cmpstr (recurrence_id, ==, "2030-04-09T08:30:00Z");
  g_assert_nonnull (buurt_entity_get_uuid (BUURT_ENTITY (override)));
}

/* Every date, moved from a Tuesday before summer time to the Monday after
 * it: the whole series moves six calendar days (not 143 hours' worth of
 * days), keeping 10:00. */
static void
test_every_date_across_dst (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *after = NULL;

  change (f, "2030-03-26", "2030-04-01T08:00:00Z", f->room_a, BUURT_SERIES_SCOPE_EVERY_DATE);
  first = start_of (f, f->series_id, "2030-03-25");
  after = start_of (f, f->series_id, "2030-04-01");
  g_assert_cmpstr (first, ==, "2030-03-25T09:00:00Z");
  g_assert_cmpstr (after, ==, "2030-04-01T08:00:00Z");
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1", f->series_id), ==, 8);
}

/* Putting a date back to the series deletes its override (a tombstone). */
static void
test_override_put_back (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autoptr(BuurtOccurrence) back = NULL;

  change (f, "2030-04-09", "2030-04-09T12:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);
  g_assert_true (buurt_database_restore_to_series (f->database, f->series_id, "2030-04-09", &error));
  g_assert_no_error (error);

  start = start_of (f, f->series_id, "2030-04-09");
  g_assert_cmpstr (start, ==, "2030-04-09T08:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-09"), ==, f->room_a);
  back = occurrence (f, f->series_id, "2030-04-09");
  g_assert_false (buurt_occurrence_get_overridden (back));
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence_override "
                                  "WHERE activity_id = ?1 AND deleted_at IS NOT NULL", f->series_id), ==, 1);
}

/* An override moved to another room is a conflict there, and no longer in
 * its old room. */
static void
test_override_room_conflict (Fixture       *f,
                             gconstpointer  data)
{
  gint64 other = add_series (f, "Yoga", f->room_b, "2030-04-09T12:00:00Z", NULL, "");
  gint64 old_room = add_series (f, "Breiclub", f->room_a, "2030-04-09T08:00:00Z", NULL, "");
  g_autoptr(BuurtOccurrence) before = occurrence (f, other, "2030-04-09");
  g_autoptr(BuurtOccurrence) after = NULL;
  g_autoptr(BuurtOccurrence) moved = NULL;
  g_autoptr(BuurtOccurrence) left = NULL;

  g_assert_false (buurt_occurrence_get_conflict (before));
  change (f, "2030-04-09", "2030-04-09T12:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);

  after = occurrence (f, other, "2030-04-09");
  moved = occurrence (f, f->series_id, "2030-04-09");
  left = occurrence (f, old_room, "2030-04-09");
  g_assert_true (buurt_occurrence_get_conflict (after));
  g_assert_true (buurt_occurrence_get_conflict (moved));
  g_assert_false (buurt_occurrence_get_conflict (left));
}

/* A date moved to another day can be cancelled by hand on its new day, and
 * take place again. */
static void
test_override_moved_then_cancelled (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(BuurtCommand) cancel = NULL;
  g_autoptr(GError) error = NULL;

  change (f, "2030-04-09", "2030-04-10T12:00:00Z", f->room_a, BUURT_SERIES_SCOPE_THIS_DATE);
  g_assert_false (cancelled (f, f->series_id, "2030-04-10"));

  cancel = buurt_command_new_cancel_date (f->database, f->series_id, "2030-04-10");
  g_assert_true (buurt_command_run (cancel, &error));
  g_assert_no_error (error);
  g_assert_true (cancelled (f, f->series_id, "2030-04-10"));
  g_assert_false (cancelled (f, f->series_id, "2030-04-16"));

  g_assert_true (buurt_command_undo (cancel, &error));
  g_assert_no_error (error);
  g_assert_false (cancelled (f, f->series_id, "2030-04-10"));
}

/* Moving a date onto another date of the series is refused. */
static void
test_override_onto_other_date (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BuurtActivity) activity = edited (f, f->series_id, "2030-04-16T12:00:00Z", f->room_a);
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;

  g_assert_false (buurt_database_change_date (f->database, f->series_id, "2030-04-09", activity,
                                              BUURT_SERIES_SCOPE_THIS_DATE, NULL, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence_override WHERE activity_id = ?1",
                               f->series_id), ==, 0);
  start = start_of (f, f->series_id, "2030-04-09");
  g_assert_cmpstr (start, ==, "2030-04-09T08:00:00Z");
}

/* This and all later dates: the dates before stay as they were; the later
 * ones, with their cancelled date and override, go to a linked series. */
static void
test_split_keeps_earlier (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(BuurtActivity) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  gint64 later_id = 0;

  series = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, f->series_id, &error);
  g_assert_no_error (error);
  g_object_set (series, "cancelled-dates", "2030-03-26,2030-04-23", NULL);
  save_new (f, series);
  change (f, "2030-04-30", "2030-04-30T12:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);
  change (f, "2030-04-09", "2030-04-09T13:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);

  changed = edited (f, f->series_id, "2030-04-09T08:30:00Z", f->room_c);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-09", changed,
                                             BUURT_SERIES_SCOPE_THIS_AND_LATER, &later_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (later_id, !=, 0);
  g_assert_cmpint (later_id, !=, f->series_id);

  /* Before: three dates as they were. */
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1", f->series_id), ==, 3);
  start = start_of (f, f->series_id, "2030-03-19");
  g_assert_cmpstr (start, ==, "2030-03-19T09:00:00Z");
  g_assert_true (cancelled (f, f->series_id, "2030-03-26"));
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-02"), ==, f->room_a);

  /* From 9 April: five dates at 10:30 in room C, the rest of the count. */
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1", later_id), ==, 5);
  /* The date changed is the later series' first, as now asked for. */
  g_clear_pointer (&start, g_free);
  start = start_of (f, later_id, "2030-04-09");
  g_assert_cmpstr (start, ==, "2030-04-09T08:30:00Z");
  g_assert_cmpint (room_of (f, later_id, "2030-04-09"), ==, f->room_c);
  g_clear_pointer (&start, g_free);
  start = start_of (f, later_id, "2030-04-16");
  g_assert_cmpstr (start, ==, "2030-04-16T08:30:00Z");
  g_assert_cmpint (room_of (f, later_id, "2030-04-16"), ==, f->room_c);
  g_assert_true (cancelled (f, later_id, "2030-04-23"));
  g_assert_false (cancelled (f, later_id, "2030-04-16"));
  g_clear_pointer (&start, g_free);
  start = start_of (f, later_id, "2030-04-30");
  g_assert_cmpstr (start, ==, "2030-04-30T12:00:00Z");

  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_split WHERE activity_id = ?1 "
                                  "AND split_at = '2030-04-09T08:00:00Z'", f->series_id), ==, 1);
}

/* "This and later" on the first date is every date: refused. */
static void
test_split_on_first_date (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BuurtActivity) changed = edited (f, f->series_id, "2030-03-19T09:30:00Z", f->room_a);
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_database_change_date (f->database, f->series_id, "2030-03-19", changed,
                                              BUURT_SERIES_SCOPE_THIS_AND_LATER, NULL, &error));
  g_assert_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM activity WHERE id <> ?1", f->series_id), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_split WHERE id <> ?1", 0), ==, 0);
}

static BuurtClosure *
new_closure (const char        *name,
             const char        *first,
             const char        *last,
             BuurtClosureScope  scope,
             const char        *target,
             gint64             target_id)
{
  BuurtClosure *closure = buurt_closure_new ();

  g_object_set (closure, "name", name, "first-day", first, "last-day", last, "scope", scope, NULL);
  if (target != NULL)
    g_object_set (closure, target, target_id, NULL);
  return closure;
}

/* A closure of venue 1 in April: the preview lists what it cancels; it
 * cancels those dates and no others; lifting restores exactly them (never
 * a date cancelled by hand); undoing the lift closes them again. */
static void
test_closure_apply_lift (Fixture       *f,
                         gconstpointer  data)
{
  gint64 elsewhere = add_series (f, "Tekenles", f->room_c, "2030-04-03T09:00:00Z", "FREQ=WEEKLY;COUNT=4", "");
  g_autoptr(BuurtClosure) closure = new_closure ("Verbouwing MFC Het Palet", "2030-04-01", "2030-04-20",
                                                 BUURT_CLOSURE_SCOPE_VENUE, "venue-id", f->venue_ids[0]);
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(GArray) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtOccurrence) closed = NULL;
  g_autofree char *reason = NULL;
  gint64 n_dates = 0;

  /* 9 April was cancelled by hand before. */
  series = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, f->series_id, &error);
  g_object_set (series, "cancelled-dates", "2030-04-09", NULL);
  save_new (f, series);

  preview = buurt_database_preview_closure (f->database, closure, &n_dates, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 1);
  g_assert_cmpint (n_dates, ==, 2);
  g_assert_cmpint (g_array_index (preview, BuurtClosureDates, 0).activity_id, ==, f->series_id);
  g_assert_cmpstr (g_array_index (preview, BuurtClosureDates, 0).first_day, ==, "2030-04-02");
  g_assert_cmpstr (g_array_index (preview, BuurtClosureDates, 0).last_day, ==, "2030-04-16");

  save_new (f, closure);
  g_assert_true (cancelled (f, f->series_id, "2030-04-02"));
  g_assert_true (cancelled (f, f->series_id, "2030-04-16"));
  g_assert_false (cancelled (f, f->series_id, "2030-04-23"));
  g_assert_false (cancelled (f, elsewhere, "2030-04-10"));
  closed = occurrence (f, f->series_id, "2030-04-02");
  g_assert_cmpstr (buurt_occurrence_get_closure (closed), ==, "Verbouwing MFC Het Palet");
  reason = buurt_occurrence_dup_cancel_reason (closed);
  g_assert_nonnull (strstr (reason, "Verbouwing MFC Het Palet"));

  /* Lift. */
  g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (closure), &error));
  g_assert_no_error (error);
  g_assert_false (cancelled (f, f->series_id, "2030-04-02"));
  g_assert_false (cancelled (f, f->series_id, "2030-04-16"));
  g_assert_true (cancelled (f, f->series_id, "2030-04-09"));
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE closure_id = ?1",
                               buurt_entity_get_id (BUURT_ENTITY (closure))), ==, 0);

  /* Undo the lift. */
  g_assert_true (buurt_database_undelete (f->database, BUURT_ENTITY (closure), &error));
  g_assert_no_error (error);
  g_assert_true (cancelled (f, f->series_id, "2030-04-02"));
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE closure_id = ?1",
                               buurt_entity_get_id (BUURT_ENTITY (closure))), ==, 2);
}

/* A series saved while a closure is in force skips its dates; the closure
 * of a town reaches its rooms only. */
static void
test_closure_new_series_skips (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BuurtClosure) closure = new_closure ("Kerstvakantie 2030", "2030-04-08", "2030-04-14",
                                                 BUURT_CLOSURE_SCOPE_KERN, "kern-id", f->kern_ids[1]);
  gint64 in_town = 0;
  g_autoptr(BuurtOccurrence) skipped = NULL;

  save_new (f, closure);
  g_assert_false (cancelled (f, f->series_id, "2030-04-09"));

  in_town = add_series (f, "Tekenles", f->room_c, "2030-04-03T09:00:00Z", "FREQ=WEEKLY;COUNT=4", "");
  g_assert_false (cancelled (f, in_town, "2030-04-03"));
  skipped = occurrence (f, in_town, "2030-04-10");
  g_assert_true (buurt_occurrence_get_cancelled (skipped));
  g_assert_cmpstr (buurt_occurrence_get_closure (skipped), ==, "Kerstvakantie 2030");
}

/* Two closures over the same dates: lifting one leaves them closed by the
 * other. An override moved into a closed room falls in the closure. */
static void
test_closure_overlap_and_override (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(BuurtClosure) everything = new_closure ("Pasen", "2030-04-15", "2030-04-22",
                                                    BUURT_CLOSURE_SCOPE_EVERYTHING, NULL, 0);
  g_autoptr(BuurtClosure) room = new_closure ("Schilderen zaal C", "2030-04-01", "2030-04-30",
                                              BUURT_CLOSURE_SCOPE_ROOM, "room-id", f->room_c);
  g_autoptr(BuurtClosure) neighbourhood = new_closure ("Wijkfeest", "2030-04-16", "2030-04-16",
                                                       BUURT_CLOSURE_SCOPE_NEIGHBOURHOOD,
                                                       "neighbourhood-id", f->neighbourhood_ids[0]);
  g_autoptr(BuurtOccurrence) moved = NULL;
  g_autoptr(GError) error = NULL;

  save_new (f, everything);
  save_new (f, neighbourhood);
  g_assert_true (cancelled (f, f->series_id, "2030-04-16"));
  g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (everything), &error));
  g_assert_no_error (error);
  g_assert_true (cancelled (f, f->series_id, "2030-04-16"));
  moved = occurrence (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (buurt_occurrence_get_closure (moved), ==, "Wijkfeest");
  g_clear_object (&moved);

  save_new (f, room);
  g_assert_false (cancelled (f, f->series_id, "2030-04-02"));
  change (f, "2030-04-02", "2030-04-02T12:00:00Z", f->room_c, BUURT_SERIES_SCOPE_THIS_DATE);
  moved = occurrence (f, f->series_id, "2030-04-02");
  g_assert_true (buurt_occurrence_get_cancelled (moved));
  g_assert_true (buurt_occurrence_get_overridden (moved));
  g_assert_cmpstr (buurt_occurrence_get_closure (moved), ==, "Schilderen zaal C");
}

/* A closure that ends before it starts is refused; nothing changes. */
static void
test_closure_ends_before_start (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BuurtClosure) closure = new_closure ("Verkeerd om", "2030-04-20", "2030-04-01",
                                                 BUURT_CLOSURE_SCOPE_EVERYTHING, NULL, 0);
  g_autoptr(GError) error = NULL;
  gint64 n_dates = -1;
  g_autoptr(GArray) preview = NULL;

  preview = buurt_database_preview_closure (f->database, closure, &n_dates, &error);
  g_assert_null (preview);
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (buurt_database_save (f->database, BUURT_ENTITY (closure), &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM closure WHERE id <> ?1", 0), ==, 0);
  g_assert_false (cancelled (f, f->series_id, "2030-04-09"));
}

/* Everything a change to a series could touch, as text: the dates, the
 * overrides in force, the series and their links. */
static char *
snapshot (Fixture *f)
{
  static const char *queries[] = {
    "SELECT group_concat (line, ';') FROM (SELECT activity_id || ' ' || day || ' ' || starts_at || ' ' || "
    "  ends_at || ' ' || coalesce (room_id, 0) || ' ' || cancelled || ' ' || coalesce (override_id, 0) "
    "  || ' ' || coalesce (closure_id, 0) AS line FROM occurrence ORDER BY activity_id, starts_at)",
    "SELECT group_concat (line, ';') FROM (SELECT id || ' ' || activity_id || ' ' || recurrence_id || ' ' || "
    "  starts_at || ' ' || coalesce (room_id, 0) || ' ' || coalesce (title, '-') || ' ' || cancelled AS line "
    "  FROM occurrence_override WHERE deleted_at IS NULL ORDER BY id)",
    "SELECT group_concat (line, ';') FROM (SELECT id || ' ' || title || ' ' || starts_at || ' ' || "
    "  coalesce (rrule, '-') || ' ' || coalesce (cancelled_dates, '-') AS line "
    "  FROM activity WHERE deleted_at IS NULL ORDER BY id)",
    "SELECT count (*) FROM series_split WHERE deleted_at IS NULL",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (buurt_store_get_db (f->store), queries[i], -1, &stmt, NULL), ==,
                       SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_string_append_printf (text, "%s\n", (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }

  return g_string_free (text, FALSE);
}

/* Undo of "only this date" and "this and later" (the editor's toast):
 * exactly the state before, whether the date differed already or not. */
static void
test_undo_change_date (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  /* A date that followed the series: undo takes the override away. */
  before = snapshot (f);
  {
    g_autoptr(BuurtActivity) changed = edited (f, f->series_id, "2030-04-16T12:00:00Z", f->room_b);
    g_autoptr(BuurtCommand) command = NULL;

    g_object_set (changed, "title", "Koffie in zaal B", NULL);
    command = buurt_command_new_change_date (f->database, f->series_id, "2030-04-16", changed,
                                             BUURT_SERIES_SCOPE_THIS_DATE);
    g_assert_true (buurt_command_run (command, &error));
    g_assert_no_error (error);
    after = snapshot (f);
    g_assert_cmpstr (after, !=, before);
    g_assert_cmpint (room_of (f, f->series_id, "2030-04-16"), ==, f->room_b);
    g_assert_true (buurt_command_undo (command, &error));
    g_assert_no_error (error);
    undone = snapshot (f);
    g_assert_cmpstr (undone, ==, before);
  }

  /* A date that differed already: undo gives back its own time and room. */
  change (f, "2030-04-09", "2030-04-09T13:00:00Z", f->room_b, BUURT_SERIES_SCOPE_THIS_DATE);
  change (f, "2030-04-30", "2030-04-30T12:00:00Z", f->room_c, BUURT_SERIES_SCOPE_THIS_DATE);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&undone, g_free);
  before = snapshot (f);
  {
    g_autoptr(BuurtActivity) changed = edited (f, f->series_id, "2030-04-09T07:00:00Z", f->room_c);
    g_autoptr(BuurtCommand) command = buurt_command_new_change_date (f->database, f->series_id, "2030-04-09",
                                                                     changed, BUURT_SERIES_SCOPE_THIS_DATE);

    g_assert_true (buurt_command_run (command, &error));
    g_assert_no_error (error);
    g_assert_cmpint (room_of (f, f->series_id, "2030-04-09"), ==, f->room_c);
    g_assert_true (buurt_command_undo (command, &error));
    g_assert_no_error (error);
    undone = snapshot (f);
    g_assert_cmpstr (undone, ==, before);
    g_assert_cmpint (room_of (f, f->series_id, "2030-04-09"), ==, f->room_b);
  }

  /* This and later, from a date with an override, with a later override
   * and cancelled dates on both sides: undo unsplits the series. */
  {
    g_autoptr(BuurtActivity) series = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, f->series_id, &error);
    g_autoptr(BuurtActivity) changed = NULL;
    g_autoptr(BuurtCommand) command = NULL;

    g_object_set (series, "cancelled-dates", "2030-03-26,2030-04-23", NULL);
    save_new (f, series);
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&undone, g_free);
    before = snapshot (f);

    changed = edited (f, f->series_id, "2030-04-09T08:30:00Z", f->room_c);
    command = buurt_command_new_change_date (f->database, f->series_id, "2030-04-09", changed,
                                             BUURT_SERIES_SCOPE_THIS_AND_LATER);
    g_assert_true (buurt_command_run (command, &error));
    g_assert_no_error (error);
    g_assert_cmpint (buurt_command_get_later_id (command), >, 0);
    g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1", f->series_id), ==, 3);
    g_assert_true (buurt_command_undo (command, &error));
    g_assert_no_error (error);
    undone = snapshot (f);
    g_assert_cmpstr (undone, ==, before);
    g_assert_cmpint (count_rows (f, "SELECT count (*) FROM occurrence WHERE activity_id = ?1",
                                 buurt_command_get_later_id (command)), ==, 0);
  }
}

/* Every date, started from a date with its own time, room and title: only
 * what the user changed in the editor (the description, and then the
 * time) goes to the series; the date keeps its override. */
static void
test_every_date_from_override (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BuurtActivity) changed = NULL;
  g_autoptr(BuurtActivity) series = NULL;
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autoptr(BuurtOccurrence) moved = NULL;
  g_autoptr(BuurtOccurrence) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;

  /* 9 April moves to Wednesday 10 April, 14:00, room B, its own title. */
  changed = edited (f, f->series_id, "2030-04-10T12:00:00Z", f->room_b);
  g_object_set (changed, "title", "Koffie in zaal B", NULL);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-09", changed,
                                             BUURT_SERIES_SCOPE_THIS_DATE, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&changed);

  /* The editor opened from that date holds its values; the user changes
   * only the description. */
  changed = edited (f, f->series_id, "2030-04-10T12:00:00Z", f->room_b);
  g_object_set (changed, "title", "Koffie in zaal B", "description", "Met taart", NULL);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-10", changed,
                                             BUURT_SERIES_SCOPE_EVERY_DATE, NULL, &error));
  g_assert_no_error (error);

  series = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, f->series_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (series), "title"), ==, "Koffieochtend");
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (series), "description"), ==, "Met taart");
  g_assert_cmpint (buurt_entity_get_int (BUURT_ENTITY (series), "room-id"), ==, f->room_a);
  start = start_of (f, f->series_id, "2030-03-19");
  g_assert_cmpstr (start, ==, "2030-03-19T09:00:00Z");
  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (start, ==, "2030-04-16T08:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-16"), ==, f->room_a);
  other = occurrence (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (buurt_occurrence_get_title (other), ==, "Koffieochtend");

  /* The override stays: Wednesday, 14:00, room B, its title. */
  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-04-10");
  g_assert_cmpstr (start, ==, "2030-04-10T12:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-10"), ==, f->room_b);
  moved = occurrence (f, f->series_id, "2030-04-10");
  g_assert_true (buurt_occurrence_get_overridden (moved));
  g_assert_cmpstr (buurt_occurrence_get_title (moved), ==, "Koffie in zaal B");
  override = buurt_database_find_override (f->database, f->series_id, "2030-04-10", &error);
  g_assert_no_error (error);
  g_assert_nonnull (override);

  /* Now the user changes that date's time to 15:00 for every date: the
   * series moves to 15:00 on its own days (not a day later). */
  g_clear_object (&changed);
  changed = edited (f, f->series_id, "2030-04-10T13:00:00Z", f->room_b);
  g_object_set (changed, "title", "Koffie in zaal B", NULL);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-10", changed,
                                             BUURT_SERIES_SCOPE_EVERY_DATE, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&start, g_free);
  start = start_of (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (start, ==, "2030-04-16T13:00:00Z");
  g_assert_cmpint (room_of (f, f->series_id, "2030-04-16"), ==, f->room_a);
  g_clear_object (&other);
  other = occurrence (f, f->series_id, "2030-04-16");
  g_assert_cmpstr (buurt_occurrence_get_title (other), ==, "Koffieochtend");
}

/* The dates a search finds, as "activity day title" lines. */
static char *
search_days (Fixture    *f,
             const char *search)
{
  BuurtAgendaQuery query = { .from_day = "2030-01-01", .search = search, .show_cancelled = TRUE,
                             .category = -1, .status = -1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = buurt_store_fetch_agenda (f->store, &query, 0, 1000, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *row = g_ptr_array_index (rows, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT " %s %s\n", buurt_occurrence_get_activity_id (row),
                              buurt_occurrence_get_day (row), buurt_occurrence_get_title (row));
    }
  g_assert_cmpint (buurt_store_count_agenda (f->store, &query, &error), ==, rows->len);

  return g_string_free (text, FALSE);
}

/* Search finds a date by the title and description its override gives it,
 * folded ("Paasbrunch" for "paasbrünch"), and no longer once the date is
 * put back to the series. */
static void
test_search_override_title (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BuurtActivity) changed = edited (f, f->series_id, "2030-04-16T08:00:00Z", f->room_a);
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *line = NULL;

  add_series (f, "Wandelgroep", f->room_c, "2030-03-20T09:00:00Z", "FREQ=WEEKLY;COUNT=8", "");
  found = search_days (f, "paasbrunch");
  g_assert_cmpstr (found, ==, "");
  g_clear_pointer (&found, g_free);

  g_object_set (changed, "title", "Paasbrunch", "description", "Met eieren zoeken", NULL);
  g_assert_true (buurt_database_change_date (f->database, f->series_id, "2030-04-16", changed,
                                             BUURT_SERIES_SCOPE_THIS_DATE, NULL, &error));
  g_assert_no_error (error);

  line = g_strdup_printf ("%" G_GINT64_FORMAT " 2030-04-16 Paasbrunch\n", f->series_id);
  found = search_days (f, "paasbrünch");
  g_assert_nonnull (strstr (found, line));
  g_assert_null (strstr (found, "Wandelgroep"));
  g_clear_pointer (&found, g_free);
  found = search_days (f, "eieren");
  g_assert_nonnull (strstr (found, line));
  g_clear_pointer (&found, g_free);

  g_assert_true (buurt_database_restore_to_series (f->database, f->series_id, "2030-04-16", &error));
  g_assert_no_error (error);
  found = search_days (f, "paasbrunch");
  g_assert_cmpstr (found, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/series/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("override/kept-when-series-changes", test_override_kept_when_series_changes);
  ADD ("override/put-back", test_override_put_back);
  ADD ("every-date/across-dst", test_every_date_across_dst);
  ADD ("override/room-conflict", test_override_room_conflict);
  ADD ("override/onto-other-date", test_override_onto_other_date);
  ADD ("override/moved-then-cancelled", test_override_moved_then_cancelled);
  ADD ("split/keeps-earlier", test_split_keeps_earlier);
  ADD ("split/on-first-date", test_split_on_first_date);
  ADD ("undo/change-date", test_undo_change_date);
  ADD ("every-date/from-override", test_every_date_from_override);
  ADD ("search/override-title", test_search_override_title);
  ADD ("closure/apply-lift", test_closure_apply_lift);
  ADD ("closure/new-series-skips", test_closure_new_series_skips);
  ADD ("closure/overlap-and-override", test_closure_overlap_and_override);
  ADD ("closure/ends-before-start", test_closure_ends_before_start);

#undef ADD

  return g_test_run ();
}

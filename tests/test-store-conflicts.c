/* test-store-conflicts.c: rooms booked twice at the same time
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

static gint64
book (Fixture    *f,
      gint64      room_id,
      const char *title,
      const char *starts_at,
      const char *ends_at,
      const char *rrule)
{
  g_autoptr(GDateTime) start = buurt_test_utc (starts_at);
  g_autoptr(GDateTime) end = buurt_test_utc (ends_at);
  g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                  "title", title, "starts-at", start,
                                                  "ends-at", end, "room-id", room_id,
                                                  "rrule", rrule,
                                                  "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                  NULL);

  return buurt_test_save_new (f, activity);
}

/* Rooms booked twice at overlapping times are found, and marked in the
 * agenda; touching times, other rooms and cancelled dates are no conflict. */
static void
test_agenda_conflicts (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);
  gint64 room_id = buurt_test_save_new (f, room);
  g_autoptr(BuurtEntity) other_room = NULL;
  gint64 other_room_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GDateTime) start = buurt_test_utc ("2027-03-02T09:30:00Z");
  g_autoptr(GDateTime) end = buurt_test_utc ("2027-03-02T10:30:00Z");
  g_autoptr(GDateTime) horizon = buurt_test_utc ("2028-01-01T00:00:00Z");
  BuurtAgendaQuery query = buurt_test_agenda_query ("2027-03-01", NULL, TRUE);
  gint64 coffee, knitting;

  other_room = g_object_new (BUURT_TYPE_ROOM, "venue-id", buurt_entity_get_int (room, "venue-id"),
                             "name", "Zaal 2", "capacity", (gint64) 10, NULL);
  other_room_id = buurt_test_save_new (f, other_room);

  /* Weekly coffee on Tuesdays 10:00–12:00 local (09:00–11:00 UTC). */
  coffee = book (f, room_id, "Koffieochtend", "2027-03-02T09:00:00Z", "2027-03-02T11:00:00Z",
                 "FREQ=WEEKLY;COUNT=4");
  /* Touching: starts when the coffee ends. */
  book (f, room_id, "Lunch", "2027-03-02T11:00:00Z", "2027-03-02T12:00:00Z", NULL);
  /* Another room at the same time. */
  book (f, other_room_id, "Yoga", "2027-03-02T09:00:00Z", "2027-03-02T10:00:00Z", NULL);

  rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  /* Four coffee mornings, the lunch and the yoga. */
  g_assert_cmpuint (rows->len, ==, 6);
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (buurt_occurrence_get_conflict (g_ptr_array_index (rows, i)));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* What the editor asks before saving: knitting 10:30–11:30 local overlaps. */
  spans = buurt_recurrence_expand (start, end, "Europe/Amsterdam", NULL, NULL, horizon, 10, &error);
  g_assert_no_error (error);
  conflicts = buurt_store_find_conflicts (f->store, room_id, spans, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (conflicts, 0)), ==, coffee);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* Its own dates are no conflict when an activity is edited. */
  conflicts = buurt_store_find_conflicts (f->store, room_id, spans, coffee, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* Saved anyway: both dates of that Tuesday are marked, later Tuesdays not. */
  knitting = book (f, room_id, "Breiclub", "2027-03-02T09:30:00Z", "2027-03-02T10:30:00Z", NULL);
  rows = buurt_store_fetch_agenda (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 7);
  for (guint i = 0; i < rows->len; i++)
    {
      BuurtOccurrence *row = g_ptr_array_index (rows, i);
      gboolean same_tuesday = g_str_equal (buurt_occurrence_get_day (row), "2027-03-02");
      gboolean involved = buurt_occurrence_get_activity_id (row) == coffee ||
                          buurt_occurrence_get_activity_id (row) == knitting;

      g_test_message ("%s %s conflict %d", buurt_occurrence_get_day (row),
                      buurt_occurrence_get_title (row), buurt_occurrence_get_conflict (row));
      g_assert_cmpint (buurt_occurrence_get_conflict (row), ==, same_tuesday && involved);
    }
}

/* Every pair of dates that overlap in one room, latest first; touching
 * times, cancelled dates, other rooms and deleted activities are none. */
static void
test_double_bookings (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BuurtEntity) room = buurt_test_make_room (f);
  gint64 room_id = buurt_test_save_new (f, room);
  g_autoptr(BuurtEntity) other_room = NULL;
  g_autoptr(BuurtEntity) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  gint64 coffee, knitting, late, gone, cancelled_id;

  other_room = g_object_new (BUURT_TYPE_ROOM, "venue-id", buurt_entity_get_int (room, "venue-id"),
                             "name", "Zaal 2", "capacity", (gint64) 10, NULL);
  book (f, buurt_test_save_new (f, other_room), "Yoga", "2027-03-02T09:00:00Z", "2027-03-02T10:00:00Z", NULL);

  g_assert_cmpint (buurt_store_count_double_bookings (f->store, &error), ==, 0);
  g_assert_no_error (error);

  coffee = book (f, room_id, "Koffieochtend", "2027-03-02T09:00:00Z", "2027-03-02T11:00:00Z",
                 "FREQ=WEEKLY;COUNT=4");
  book (f, room_id, "Lunch", "2027-03-02T11:00:00Z", "2027-03-02T12:00:00Z", NULL);
  knitting = book (f, room_id, "Breiclub", "2027-03-02T09:30:00Z", "2027-03-02T10:30:00Z", NULL);
  late = book (f, room_id, "Bingo", "2027-03-16T10:59:00Z", "2027-03-16T12:00:00Z", NULL);
  gone = book (f, room_id, "Weg", "2027-03-09T09:00:00Z", "2027-03-09T10:00:00Z", NULL);
  cancelled_id = book (f, room_id, "Afgezegd", "2027-03-23T09:00:00Z", "2027-03-23T10:00:00Z", NULL);

  /* Deleted, and cancelled as a whole: no conflicts any more. */
  {
    g_autoptr(BuurtEntity) doomed = buurt_store_load (f->store, BUURT_TYPE_ACTIVITY, gone, &error);

    g_assert_no_error (error);
    g_assert_true (buurt_store_delete (f->store, doomed, &error));
    g_assert_no_error (error);
  }
  cancelled = buurt_store_load (f->store, BUURT_TYPE_ACTIVITY, cancelled_id, &error);
  g_assert_no_error (error);
  g_object_set (cancelled, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
  g_assert_true (buurt_store_save (f->store, cancelled, &error));
  g_assert_no_error (error);

  g_assert_cmpint (buurt_store_count_double_bookings (f->store, &error), ==, 2);
  pairs = buurt_store_list_double_bookings (f->store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 4);
  /* Latest first: the bingo on the 16th, then the knitting on the 2nd. */
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 0)), ==, coffee);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 1)), ==, late);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 2)), ==, coffee);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 3)), ==, knitting);
  g_assert_cmpstr (buurt_occurrence_get_day (g_ptr_array_index (pairs, 0)), ==, "2027-03-16");
  g_clear_pointer (&pairs, g_ptr_array_unref);

  /* A cancelled date of the series never conflicts. */
  {
    g_autoptr(BuurtEntity) series = buurt_store_load (f->store, BUURT_TYPE_ACTIVITY, coffee, &error);

    g_assert_no_error (error);
    g_object_set (series, "cancelled-dates", "2027-03-16", NULL);
    g_assert_true (buurt_store_save (f->store, series, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (buurt_store_count_double_bookings (f->store, &error), ==, 1);
  pairs = buurt_store_list_double_bookings (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 2);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 1)), ==, knitting);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, buurt_test_store_set_up, func, buurt_test_store_tear_down)

  ADD ("/store/agenda/conflicts", test_agenda_conflicts);
  ADD ("/store/double-bookings", test_double_bookings);

#undef ADD

  return g_test_run ();
}

/* test-venues-model.c: "Find a free room", venue validation and removing
 * rooms with activities, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "buurt-database-venues.h"
#include "buurt-entities.h"
#include "buurt-double-bookings.h"
#include "buurt-place-merge.h"
#include "buurt-place-removal.h"

typedef struct
{
  BuurtDatabase *database;
  gint64         kern_id;
  gint64         centre_id;   /* neighbourhood "Centrum" */
  gint64         east_id;     /* neighbourhood "Oost" */
  char          *day;         /* a Tuesday two weeks ahead, "YYYY-MM-DD" */
  GTimeZone     *zone;
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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "venues-test", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(BuurtEntity) kern = NULL;
  g_autoptr(BuurtEntity) centre = NULL;
  g_autoptr(BuurtEntity) east = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);
  f->zone = g_time_zone_new_identifier ("Europe/Amsterdam");

  now = g_date_time_new_now (f->zone);
  day = g_date_time_add_days (now, 14 + (9 - g_date_time_get_day_of_week (now)) % 7);
  g_assert_cmpint (g_date_time_get_day_of_week (day), ==, 2);
  f->day = g_date_time_format (day, "%Y-%m-%d");

  kern = g_object_new (BUURT_TYPE_KERN, "name", "Dronten", NULL);
  f->kern_id = save (f, kern);
  centre = g_object_new (BUURT_TYPE_NEIGHBOURHOOD, "kern-id", f->kern_id, "name", "Centrum", NULL);
  f->centre_id = save (f, centre);
  east = g_object_new (BUURT_TYPE_NEIGHBOURHOOD, "kern-id", f->kern_id, "name", "Oost", NULL);
  f->east_id = save (f, east);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->day, g_free);
  g_clear_pointer (&f->zone, g_time_zone_unref);
  g_clear_object (&f->database);
}

static gint64
add_venue (Fixture    *f,
           const char *name,
           gint64      neighbourhood_id,
           gboolean    commercial,
           gboolean    step_free)
{
  g_autoptr(BuurtEntity) venue = g_object_new (BUURT_TYPE_VENUE,
                                               "name", name,
                                               "kind", BUURT_VENUE_KIND_COMMUNITY_CENTRE,
                                               "neighbourhood-id", neighbourhood_id,
                                               "commercial", commercial,
                                               "step-free", step_free,
                                               NULL);

  return save (f, venue);
}

static gint64
add_room (Fixture    *f,
          gint64      venue_id,
          const char *name,
          gint64      capacity,
          guint       facilities)
{
  g_autoptr(BuurtEntity) room = g_object_new (BUURT_TYPE_ROOM,
                                              "venue-id", venue_id,
                                              "name", name,
                                              "capacity", capacity,
                                              "facilities", facilities,
                                              NULL);

  return save (f, room);
}

/* An activity in @room_id on the test's day (plus @weeks), local times. */
static gint64
add_activity (Fixture    *f,
              gint64      room_id,
              int         weeks,
              int         start_hour,
              int         end_hour,
              const char *rrule,
              const char *cancelled_dates)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(BuurtEntity) activity = NULL;
  int year, month, mday;

  g_assert_cmpint (sscanf (f->day, "%d-%d-%d", &year, &month, &mday), ==, 3);
  day = g_date_time_new (f->zone, year, month, mday, 0, 0, 0);
  starts = g_date_time_add_full (day, 0, 0, 7 * weeks, start_hour, 0, 0);
  ends = g_date_time_add_full (day, 0, 0, 7 * weeks, end_hour, 0, 0);
  activity = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", "Breiclub",
                           "category", BUURT_CATEGORY_MEETING,
                           "room-id", room_id,
                           "starts-at", starts,
                           "ends-at", ends,
                           "tzid", "Europe/Amsterdam",
                           "rrule", rrule,
                           "cancelled-dates", cancelled_dates != NULL ? cancelled_dates : "",
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  return save (f, activity);
}

static BuurtFreeRoomRequest
request (Fixture *f,
         int      start_hour,
         int      minutes)
{
  return (BuurtFreeRoomRequest) {
    .day = f->day,
    .start = start_hour * 60,
    .duration = minutes,
    .people = 20,
  };
}

static GListModel *
find (Fixture                    *f,
      const BuurtFreeRoomRequest *r)
{
  g_autoptr(GError) error = NULL;
  GListModel *found = buurt_database_find_free_rooms (f->database, r, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static gboolean
has_room (GListModel *found,
          gint64      room_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(BuurtFreeRoom) room = g_list_model_get_item (found, i);

      if (buurt_free_room_get_room_id (room) == room_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_free (Fixture *f,
         gint64   room_id,
         int      start_hour,
         int      minutes)
{
  BuurtFreeRoomRequest r = request (f, start_hour, minutes);
  g_autoptr(GListModel) found = find (f, &r);

  return has_room (found, room_id);
}

/* Touching ends do not block; overlaps do; cancelled dates block nothing. */
static void
test_boundaries (Fixture       *f,
                 gconstpointer  data)
{
  gint64 venue = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 room = add_room (f, venue, "Grote zaal", 30, 0);
  gint64 cancelled_room = add_room (f, venue, "Kleine zaal", 30, 0);
  g_autoptr(BuurtEntity) activity = NULL;
  g_autoptr(GError) error = NULL;
  gint64 activity_id;

  add_activity (f, room, 0, 17, 19, NULL, NULL);
  g_assert_true (is_free (f, room, 19, 60));    /* starts when the other ends */
  g_assert_true (is_free (f, room, 16, 60));    /* ends when the other starts */
  g_assert_false (is_free (f, room, 18, 60));   /* inside */
  g_assert_false (is_free (f, room, 16, 4 * 60)); /* around */
  g_assert_false (is_free (f, room, 18, 90));   /* across the end */

  /* A date cancelled in a series, and an activity cancelled as a whole. */
  add_activity (f, cancelled_room, 0, 17, 19, "FREQ=WEEKLY;COUNT=3", f->day);
  g_assert_true (is_free (f, cancelled_room, 18, 60));
  activity_id = add_activity (f, cancelled_room, 0, 20, 22, NULL, NULL);
  g_assert_false (is_free (f, cancelled_room, 20, 60));
  activity = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, activity_id, &error);
  g_assert_no_error (error);
  g_object_set (activity, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
  save (f, activity);
  g_assert_true (is_free (f, cancelled_room, 20, 60));
}

/* Outside its opening hours a room is not free; the default is 08:00-23:00. */
static void
test_opening_hours (Fixture       *f,
                    gconstpointer  data)
{
  gint64 venue_id = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 room = add_room (f, venue_id, "Grote zaal", 30, 0);
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(GError) error = NULL;
  int opens[7] = { 9 * 60, 9 * 60, 9 * 60, 9 * 60, 9 * 60, 0, 0 };
  int closes[7] = { 22 * 60, 22 * 60, 22 * 60, 22 * 60, 22 * 60, 0, 0 };
  g_autofree char *hours = buurt_opening_hours_build (opens, closes);

  g_assert_true (is_free (f, room, 8, 60));
  g_assert_true (is_free (f, room, 22, 60));
  g_assert_false (is_free (f, room, 7, 60));
  g_assert_false (is_free (f, room, 22, 90));

  venue = buurt_database_load (f->database, BUURT_TYPE_VENUE, venue_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buurt_entity_get_string (venue, "opening-hours"), ==, BUURT_OPENING_HOURS_DEFAULT);
  g_object_set (venue, "opening-hours", hours, NULL);
  save (f, venue);

  g_assert_true (is_free (f, room, 21, 60));    /* closes at 22:00: fits */
  g_assert_false (is_free (f, room, 21, 90));   /* runs past closing */
  g_assert_false (is_free (f, room, 8, 60));    /* before opening */
  g_assert_true (is_free (f, room, 9, 60));

  /* Closed on Tuesday: nothing is free that day. */
  opens[1] = closes[1] = 0;
  g_free (hours);
  hours = buurt_opening_hours_build (opens, closes);
  g_object_set (venue, "opening-hours", hours, NULL);
  save (f, venue);
  g_assert_false (is_free (f, room, 12, 60));
}

/* Smallest room that fits, then the asked neighbourhood, then non-commercial. */
static void
test_best_fit (Fixture       *f,
               gconstpointer  data)
{
  gint64 hall = add_room (f, add_venue (f, "Sporthal", f->east_id, FALSE, TRUE), "Hal", 100, 0);
  gint64 cafe = add_room (f, add_venue (f, "Café Centraal", f->centre_id, TRUE, TRUE), "Zaaltje", 30, 0);
  gint64 east = add_room (f, add_venue (f, "Buurthuis Oost", f->east_id, FALSE, TRUE), "Zaal", 30, 0);
  gint64 centre = add_room (f, add_venue (f, "Wijkcentrum", f->centre_id, FALSE, TRUE), "Zaal", 30, 0);
  gint64 small = add_room (f, add_venue (f, "Kerk", f->centre_id, FALSE, TRUE), "Consistorie", 12, 0);
  gint64 expected[] = { centre, cafe, east, hall };
  BuurtFreeRoomRequest r = request (f, 19, 120);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(BuurtFreeRoom) first = NULL;

  r.people = 25;
  r.neighbourhood_id = f->centre_id;
  found = find (f, &r);

  g_assert_cmpuint (g_list_model_get_n_items (found), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(BuurtFreeRoom) room = g_list_model_get_item (found, i);

      g_assert_cmpint (buurt_free_room_get_room_id (room), ==, expected[i]);
    }
  g_assert_false (has_room (found, small));

  /* The why-line says why it fits. */
  first = g_list_model_get_item (found, 0);
  g_assert_nonnull (strstr (buurt_free_room_get_why (first), "Room for 30, you are 25"));
  g_assert_nonnull (strstr (buurt_free_room_get_why (first), "Centrum, as asked"));
  g_assert_nonnull (strstr (buurt_free_room_get_why (first), "non-commercial"));
  g_assert_cmpstr (buurt_free_room_get_title (first), ==, "Wijkcentrum: Zaal");
}

/* Needs and facilities, and the town. */
static void
test_needs (Fixture       *f,
            gconstpointer  data)
{
  gint64 stairs = add_room (f, add_venue (f, "Bovenzaal", f->centre_id, FALSE, FALSE), "Zaal", 30,
                            BUURT_FACILITY_KITCHEN);
  gint64 no_kitchen = add_room (f, add_venue (f, "Gymzaal", f->centre_id, FALSE, TRUE), "Zaal", 30, 0);
  gint64 fits = add_room (f, add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE), "Zaal", 30,
                          BUURT_FACILITY_KITCHEN | BUURT_FACILITY_PIANO);
  BuurtFreeRoomRequest r = request (f, 10, 60);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) elsewhere = NULL;

  r.needs = BUURT_VENUE_NEEDS_STEP_FREE;
  r.facilities = BUURT_FACILITY_KITCHEN;
  found = find (f, &r);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_assert_true (has_room (found, fits));
  g_assert_false (has_room (found, stairs));
  g_assert_false (has_room (found, no_kitchen));

  r.kern_id = f->kern_id + 1000;
  elsewhere = find (f, &r);
  g_assert_cmpuint (g_list_model_get_n_items (elsewhere), ==, 0);
}

/* A weekly slot: how many of the next 12 weeks are free, and which not. */
static void
test_weekly (Fixture       *f,
             gconstpointer  data)
{
  gint64 venue = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 every_other = add_room (f, venue, "Grote zaal", 30, 0);
  gint64 always = add_room (f, venue, "Kleine zaal", 30, 0);
  gint64 once = add_room (f, venue, "Keuken", 30, 0);
  BuurtFreeRoomRequest r = request (f, 19, 60);
  g_autoptr(GListModel) found = NULL;

  add_activity (f, every_other, 0, 19, 21, "FREQ=WEEKLY;INTERVAL=2", NULL);
  add_activity (f, always, 0, 18, 20, "FREQ=WEEKLY", NULL);
  add_activity (f, once, 3, 19, 20, NULL, NULL);

  r.weekly = TRUE;
  found = find (f, &r);
  g_assert_false (has_room (found, always));
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BuurtFreeRoom) room = g_list_model_get_item (found, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (buurt_free_room_get_starts_at (room), f->zone);

      g_assert_cmpuint (buurt_free_room_get_n_slots (room), ==, 12);
      if (buurt_free_room_get_room_id (room) == every_other)
        {
          g_assert_cmpuint (buurt_free_room_get_n_free (room), ==, 6);
          /* The first free week is the second. */
          g_assert_cmpint (g_date_time_get_hour (local), ==, 19);
          g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 2);
        }
      else
        {
          g_assert_cmpint (buurt_free_room_get_room_id (room), ==, once);
          g_assert_cmpuint (buurt_free_room_get_n_free (room), ==, 11);
          g_assert_nonnull (buurt_free_room_get_busy_days (room));
        }
    }
}

static void
test_bad_slot (Fixture       *f,
               gconstpointer  data)
{
  BuurtFreeRoomRequest r = request (f, 23, 120);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = buurt_database_find_free_rooms (f->database, &r, &error);

  g_assert_null (found);
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
}

static void
test_postcode (void)
{
  const struct { const char *typed; const char *stored; } cases[] = {
    { "1234 AB", "1234 AB" }, { "1234ab", "1234 AB" }, { "1234 ab", "1234 AB" },
    { " 8251  xz ", "8251 XZ" }, { "0123 AB", NULL }, { "12345", NULL }, { "1234 A", NULL },
    { "1234 ABC", NULL }, { "AB 1234", NULL }, { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = buurt_postcode_normalise (cases[i].typed);

      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

/* Name required, capacity a whole number above 0, postcode, e-mail. */
static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BuurtEntity) venue = g_object_new (BUURT_TYPE_VENUE, "name", " ", NULL);
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (buurt_database_save (f->database, venue, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (venue, "name", "De Schakel", "postcode", "8251 A", NULL);
  g_assert_false (buurt_database_save (f->database, venue, &error));
  g_assert_nonnull (strstr (error->message, "8251 A"));
  g_clear_error (&error);

  g_object_set (venue, "postcode", "8251ab", "email", "info.deschakel.nl", NULL);
  g_assert_false (buurt_database_save (f->database, venue, &error));
  g_assert_nonnull (strstr (error->message, "info.deschakel.nl"));
  g_clear_error (&error);

  g_object_set (venue, "email", "info@deschakel.nl", "opening-hours", "08:00-23:00", NULL);
  g_assert_false (buurt_database_save (f->database, venue, &error));
  g_clear_error (&error);

  g_object_set (venue, "opening-hours", NULL, NULL);
  save (f, venue);
  g_assert_cmpstr (buurt_entity_get_string (venue, "postcode"), ==, "8251 AB");

  room = g_object_new (BUURT_TYPE_ROOM, "venue-id", buurt_entity_get_id (venue), "name", "Zaal",
                       "capacity", (gint64) 0, NULL);
  g_assert_false (buurt_database_save (f->database, room, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (room, "capacity", (gint64) 1, NULL);
  save (f, room);
}

static BuurtEntity *
load_activity (Fixture *f,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  BuurtEntity *activity = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, id, &error);

  g_assert_no_error (error);
  return activity;
}

/* Deleting a room with activities: keep the old name, or move them; undo. */
static void
test_remove_room (Fixture       *f,
                  gconstpointer  data)
{
  gint64 venue = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 big = add_room (f, venue, "Grote zaal", 30, 0);
  gint64 small = add_room (f, venue, "Kleine zaal", 30, 0);
  gint64 activity_id = add_activity (f, big, 0, 10, 12, NULL, NULL);
  g_autoptr(BuurtPlaceRemoval) keep = buurt_place_removal_new_room (f->database, big, 0);
  g_autoptr(BuurtPlaceRemoval) move = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) activity = NULL;

  g_assert_cmpuint (buurt_database_count_room_activities (f->database, big, NULL), ==, 1);
  g_assert_true (buurt_place_removal_run (keep, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (buurt_place_removal_get_name (keep), ==, "Grote zaal");
  g_assert_cmpuint (buurt_place_removal_get_n_moved (keep), ==, 1);
  activity = load_activity (f, activity_id);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, 0);
  g_assert_cmpstr (buurt_entity_get_string (activity, "location"), ==, "De Schakel, Grote zaal");
  g_assert_true (is_free (f, small, 10, 60));
  g_clear_object (&activity);

  g_assert_true (buurt_place_removal_undo (keep, &error));
  g_assert_no_error (error);
  activity = load_activity (f, activity_id);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, big);
  g_assert_null (buurt_entity_get_string (activity, "location"));
  g_assert_false (is_free (f, big, 10, 60));
  g_clear_object (&activity);

  /* Moved: the other room is now taken then. */
  move = buurt_place_removal_new_room (f->database, big, small);
  g_assert_true (buurt_place_removal_run (move, &error));
  g_assert_no_error (error);
  activity = load_activity (f, activity_id);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, small);
  g_assert_false (is_free (f, small, 10, 60));
}

/* A whole venue; moving into one of its own rooms is refused, nothing changes. */
static void
test_remove_venue (Fixture       *f,
                   gconstpointer  data)
{
  gint64 venue_id = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 big = add_room (f, venue_id, "Grote zaal", 30, 0);
  gint64 other = add_room (f, add_venue (f, "Het Palet", f->east_id, FALSE, TRUE), "Zaal", 50, 0);
  gint64 activity_id = add_activity (f, big, 0, 10, 12, NULL, NULL);
  g_autoptr(BuurtPlaceRemoval) wrong = buurt_place_removal_new_venue (f->database, venue_id, big);
  g_autoptr(BuurtPlaceRemoval) removal = buurt_place_removal_new_venue (f->database, venue_id, other);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) activity = NULL;

  g_assert_false (buurt_place_removal_run (wrong, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_VENUE, NULL), ==, 2);

  g_assert_true (buurt_place_removal_run (removal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_VENUE, NULL), ==, 1);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 1);
  activity = load_activity (f, activity_id);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, other);
  g_clear_object (&activity);

  g_assert_true (buurt_place_removal_undo (removal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 2);
  activity = load_activity (f, activity_id);
  g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, big);
}

/* The list: search as you type (accents folded), filters, grouped by town. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  gint64 cafe = add_venue (f, "Café Centraal", f->centre_id, TRUE, FALSE);
  gint64 schakel = add_venue (f, "De Schakel", f->east_id, FALSE, TRUE);
  BuurtVenueFilter filter = { .kind = -1, .commercial = -1 };
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) searched = NULL;
  g_autoptr(GListModel) step_free = NULL;
  g_autoptr(GListModel) kitchen = NULL;
  g_autoptr(BuurtVenueSummary) first = NULL;

  add_room (f, schakel, "Zaal", 40, BUURT_FACILITY_KITCHEN);
  add_room (f, schakel, "Keuken", 12, BUURT_FACILITY_KITCHEN);
  add_room (f, cafe, "Zaaltje", 20, 0);

  all = buurt_database_list_venue_summaries (f->database, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  first = g_list_model_get_item (all, 1);
  g_assert_cmpstr (buurt_venue_summary_get_town (first), ==, "Dronten");
  g_assert_cmpstr (buurt_venue_summary_get_neighbourhood (first), ==, "Oost");
  g_assert_cmpuint (buurt_venue_summary_get_n_rooms (first), ==, 2);
  g_assert_cmpuint (buurt_venue_summary_get_max_capacity (first), ==, 40);

  filter.search = "cafe";
  searched = buurt_database_list_venue_summaries (f->database, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (searched), ==, 1);
  filter.search = NULL;

  filter.access = BUURT_VENUE_NEEDS_STEP_FREE;
  step_free = buurt_database_list_venue_summaries (f->database, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (step_free), ==, 1);
  filter.access = 0;

  filter.facilities = BUURT_FACILITY_KITCHEN;
  filter.commercial = 1;
  kitchen = buurt_database_list_venue_summaries (f->database, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kitchen), ==, 0);
}

/* Likely duplicates: accents, case, word order and "MFC" do not count. */
static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  gint64 palet = add_venue (f, "MFC Het Palet", f->centre_id, FALSE, TRUE);
  gint64 palet2 = add_venue (f, "Het Palet (MFC)", f->centre_id, FALSE, TRUE);
  gint64 cafe = add_venue (f, "Café De Kroon", f->centre_id, TRUE, FALSE);
  gint64 cafe2 = add_venue (f, "cafe de kroon", f->centre_id, TRUE, FALSE);
  gint64 big = add_room (f, palet, "Grote zaal", 30, 0);
  gint64 big2 = add_room (f, palet, "grote  Zaal", 30, 0);
  g_autoptr(GArray) venues = NULL;
  g_autoptr(GArray) rooms = NULL;
  g_autofree char *key = buurt_database_duplicate_key ("Het Palet (MFC)");

  add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  add_room (f, palet2, "Grote zaal", 30, 0);  /* another venue: no pair */
  g_assert_cmpstr (key, ==, "het palet");

  venues = buurt_database_find_duplicates (f->database, FALSE, NULL);
  g_assert_nonnull (venues);
  g_assert_cmpuint (venues->len, ==, 4);
  g_assert_cmpint (g_array_index (venues, gint64, 0), ==, palet);
  g_assert_cmpint (g_array_index (venues, gint64, 1), ==, palet2);
  g_assert_cmpint (g_array_index (venues, gint64, 2), ==, cafe);
  g_assert_cmpint (g_array_index (venues, gint64, 3), ==, cafe2);

  rooms = buurt_database_find_duplicates (f->database, TRUE, NULL);
  g_assert_nonnull (rooms);
  g_assert_cmpuint (rooms->len, ==, 2);
  g_assert_cmpint (g_array_index (rooms, gint64, 0), ==, big);
  g_assert_cmpint (g_array_index (rooms, gint64, 1), ==, big2);
}

/* Merging two venues moves the rooms, and so the activities; undo puts
 * every reference back. */
static void
test_merge_venues (Fixture       *f,
                   gconstpointer  data)
{
  gint64 palet = add_venue (f, "MFC Het Palet", f->centre_id, FALSE, TRUE);
  gint64 palet2 = add_venue (f, "Het Palet (MFC)", f->centre_id, FALSE, TRUE);
  gint64 kept_room = add_room (f, palet, "Grote zaal", 30, 0);
  gint64 room_a = add_room (f, palet2, "Zaal 1", 20, 0);
  gint64 room_b = add_room (f, palet2, "Zaal 2", 20, 0);
  gint64 a1 = add_activity (f, room_a, 0, 10, 12, NULL, NULL);
  gint64 a2 = add_activity (f, room_b, 0, 14, 16, "FREQ=WEEKLY;COUNT=3", NULL);
  gint64 a3 = add_activity (f, kept_room, 0, 10, 12, NULL, NULL);
  g_autoptr(BuurtPlaceMerge) same = buurt_place_merge_new_venues (f->database, palet, palet);
  g_autoptr(BuurtPlaceMerge) merge = buurt_place_merge_new_venues (f->database, palet, palet2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rooms = NULL;
  guint n_rooms = 0, n_activities = 0;
  gint64 ids[] = { a1, a2, a3 };
  gint64 rooms_before[] = { room_a, room_b, kept_room };

  g_assert_false (buurt_place_merge_preview (same, NULL, NULL, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (buurt_place_merge_run (same, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (buurt_place_merge_preview (merge, &n_rooms, &n_activities, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rooms, ==, 2);
  g_assert_cmpuint (n_activities, ==, 2);
  g_assert_cmpstr (buurt_place_merge_get_kept_name (merge), ==, "MFC Het Palet");
  g_assert_cmpstr (buurt_place_merge_get_merged_name (merge), ==, "Het Palet (MFC)");

  g_assert_true (buurt_place_merge_run (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_VENUE, NULL), ==, 1);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 3);
  rooms = buurt_database_list_rooms_of_venue (f->database, palet, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 3);
  g_clear_object (&rooms);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(BuurtEntity) activity = load_activity (f, ids[i]);

      g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, rooms_before[i]);
    }

  g_assert_true (buurt_place_merge_undo (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_VENUE, NULL), ==, 2);
  rooms = buurt_database_list_rooms_of_venue (f->database, palet2, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 2);
  g_clear_object (&rooms);
  rooms = buurt_database_list_rooms_of_venue (f->database, palet, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rooms), ==, 1);
}

/* Merging two rooms moves the activities and their dates; undo moves them
 * back. Rooms of different venues are refused. */
static void
test_merge_rooms (Fixture       *f,
                  gconstpointer  data)
{
  gint64 venue = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 big = add_room (f, venue, "Grote zaal", 30, 0);
  gint64 big2 = add_room (f, venue, "Zaal, groot", 30, 0);
  gint64 elsewhere = add_room (f, add_venue (f, "Het Palet", f->east_id, FALSE, TRUE), "Zaal", 50, 0);
  gint64 a1 = add_activity (f, big2, 0, 10, 12, "FREQ=WEEKLY;COUNT=4", NULL);
  gint64 a2 = add_activity (f, big2, 1, 19, 21, NULL, NULL);
  gint64 a3 = add_activity (f, big, 0, 14, 16, NULL, NULL);
  g_autoptr(BuurtPlaceMerge) wrong = buurt_place_merge_new_rooms (f->database, big, elsewhere);
  g_autoptr(BuurtPlaceMerge) merge = buurt_place_merge_new_rooms (f->database, big, big2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) week = NULL;
  guint n_rooms = 9, n_activities = 0;

  g_assert_false (buurt_place_merge_run (wrong, &error));
  g_assert_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 3);

  g_assert_true (buurt_place_merge_preview (merge, &n_rooms, &n_activities, &error));
  g_assert_cmpuint (n_rooms, ==, 0);
  g_assert_cmpuint (n_activities, ==, 2);
  g_assert_true (buurt_place_merge_run (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 2);
  g_assert_cmpuint (buurt_database_count_room_activities (f->database, big, NULL), ==, 3);
  g_assert_cmpuint (buurt_database_count_room_activities (f->database, big2, NULL), ==, 0);
  /* The dates moved with them: the room's week shows both. */
  week = buurt_database_fetch_room_week (f->database, big, f->day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->len, ==, 2);
  g_clear_pointer (&week, g_ptr_array_unref);

  g_assert_true (buurt_place_merge_undo (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ROOM, NULL), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      gint64 ids[] = { a1, a2, a3 };
      gint64 was[] = { big2, big2, big };
      g_autoptr(BuurtEntity) activity = load_activity (f, ids[i]);

      g_assert_cmpint (buurt_entity_get_int (activity, "room-id"), ==, was[i]);
    }
  week = buurt_database_fetch_room_week (f->database, big2, f->day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->len, ==, 1);
}

static void
double_bookings_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The count and the latest pairs come from a thread. */
static void
test_double_bookings (Fixture       *f,
                      gconstpointer  data)
{
  gint64 venue = add_venue (f, "De Schakel", f->centre_id, FALSE, TRUE);
  gint64 room = add_room (f, venue, "Zaal", 30, 0);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_total = -1;
  gint64 series = add_activity (f, room, 0, 10, 12, "FREQ=WEEKLY;COUNT=3", NULL);
  gint64 once = add_activity (f, room, 2, 11, 13, NULL, NULL);

  add_activity (f, room, 0, 12, 13, NULL, NULL);   /* touches: no conflict */
  buurt_database_read_double_bookings_async (f->database, 10, NULL, double_bookings_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  pairs = buurt_database_read_double_bookings_finish (f->database, result, &n_total, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_total, ==, 1);
  g_assert_cmpuint (pairs->len, ==, 2);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 0)), ==, series);
  g_assert_cmpint (buurt_occurrence_get_activity_id (g_ptr_array_index (pairs, 1)), ==, once);
  g_assert_cmpint (buurt_database_count_double_bookings (f->database, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/venues/free-rooms/boundaries", test_boundaries);
  ADD ("/venues/free-rooms/opening-hours", test_opening_hours);
  ADD ("/venues/free-rooms/best-fit", test_best_fit);
  ADD ("/venues/free-rooms/needs", test_needs);
  ADD ("/venues/free-rooms/weekly", test_weekly);
  ADD ("/venues/free-rooms/bad-slot", test_bad_slot);
  g_test_add_func ("/venues/validation/postcode", test_postcode);
  ADD ("/venues/validation/fields", test_validation);
  ADD ("/venues/remove/room", test_remove_room);
  ADD ("/venues/remove/venue", test_remove_venue);
  ADD ("/venues/list", test_list);
  ADD ("/venues/duplicates", test_duplicates);
  ADD ("/venues/merge/venues", test_merge_venues);
  ADD ("/venues/merge/rooms", test_merge_rooms);
  ADD ("/venues/double-bookings", test_double_bookings);

  return g_test_run ();
}

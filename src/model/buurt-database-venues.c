/* buurt-database-venues.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "buurt-database-private.h"
#include "buurt-database-venues.h"
#include "buurt-store-venues.h"

/*
 * The services of the Venues view: the list with its filters, a room's week,
 * and "Find a free room", which turns a local slot (date or weekday, start,
 * duration) into UTC instants for the store's query and each answer into a
 * line that says why the room fits.
 */

/**
 * buurt_database_list_venue_summaries:
 * @filter: what the list shows
 *
 * Returns: (transfer full) (nullable): a #GListModel of #BuurtVenueSummary,
 *   by town and name; %NULL with @error set when the file cannot be read
 */
GListModel *
buurt_database_list_venue_summaries (BuurtDatabase           *self,
                                     const BuurtVenueFilter  *filter,
                                     GError                 **error)
{
  BuurtStore *store = buurt_database_get_store (self);
  g_autoptr(GListStore) summaries = g_list_store_new (BUURT_TYPE_VENUE_SUMMARY);
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  rows = buurt_store_list_venue_rows (store, filter, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      BuurtVenueRow *row = g_ptr_array_index (rows, i);
      g_autoptr(BuurtVenue) venue = buurt_store_load (store, BUURT_TYPE_VENUE, row->venue_id, error);
      g_autoptr(BuurtVenueSummary) summary = NULL;

      if (venue == NULL)
        return NULL;
      summary = buurt_venue_summary_new (venue, row->town, row->neighbourhood,
                                         row->n_rooms, row->max_capacity);
      g_list_store_append (summaries, summary);
    }

  return G_LIST_MODEL (g_steal_pointer (&summaries));
}

static int
compare_rooms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (buurt_entity_get_string ((BuurtEntity *) a, "name"),
                         buurt_entity_get_string ((BuurtEntity *) b, "name"));
}

/**
 * buurt_database_list_rooms_of_venue:
 *
 * Returns: (transfer full) (nullable): a #GListModel of the #BuurtRoom of
 *   @venue_id, by name
 */
GListModel *
buurt_database_list_rooms_of_venue (BuurtDatabase  *self,
                                    gint64          venue_id,
                                    GError        **error)
{
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GListStore) found = g_list_store_new (BUURT_TYPE_ROOM);

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  rooms = buurt_database_list (self, BUURT_TYPE_ROOM, error);
  if (rooms == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);

      if (buurt_entity_get_int (room, "venue-id") == venue_id)
        g_list_store_insert_sorted (found, room, compare_rooms, NULL);
    }

  return G_LIST_MODEL (g_steal_pointer (&found));
}

/**
 * buurt_database_count_room_activities:
 *
 * Returns: how many activities (not deleted) take place in @room_id
 */
guint
buurt_database_count_room_activities (BuurtDatabase  *self,
                                      gint64          room_id,
                                      GError        **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), 0);

  ids = buurt_store_list_room_activities (buurt_database_get_store (self), room_id, error);
  return ids != NULL ? ids->len : 0;
}

static GDateTime *
local_day (const char *day,
           GTimeZone  *zone,
           int         minutes)
{
  int year, month, mday;

  if (day == NULL || sscanf (day, "%d-%d-%d", &year, &month, &mday) != 3)
    return NULL;

  return g_date_time_new (zone, year, month, mday, minutes / 60, minutes % 60, 0);
}

static char *
utc_text (GDateTime *instant)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (instant);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * buurt_database_fetch_room_week:
 * @monday: the local date the week starts, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   dates in @room_id that week, cancelled ones included, by start
 */
GPtrArray *
buurt_database_fetch_room_week (BuurtDatabase  *self,
                                gint64          room_id,
                                const char     *monday,
                                GError        **error)
{
  g_autoptr(GTimeZone) zone = buurt_time_zone_new (BUURT_DEFAULT_TZID);
  g_autoptr(GDateTime) from = local_day (monday, zone, 0);
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);

  to = g_date_time_add_days (from, 7);
  from_text = utc_text (from);
  to_text = utc_text (to);
  return buurt_store_fetch_room_dates (buurt_database_get_store (self), room_id,
                                       from_text, to_text, error);
}

/* "step-free, kitchen": what the room offers of what was asked. */
static char *
describe_needs (const BuurtFreeRoomRequest *request)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  if (request->needs & BUURT_VENUE_NEEDS_STEP_FREE)
    g_ptr_array_add (words, g_strdup (_("step-free")));
  if (request->needs & BUURT_VENUE_NEEDS_ACCESSIBLE_TOILET)
    g_ptr_array_add (words, g_strdup (_("accessible toilet")));
  if (request->needs & BUURT_VENUE_NEEDS_HEARING_LOOP)
    g_ptr_array_add (words, g_strdup (_("hearing loop")));
  if (request->facilities != 0)
    {
      g_autofree char *facilities = buurt_flags_to_label (BUURT_TYPE_FACILITY, request->facilities);

      g_ptr_array_add (words, g_utf8_strdown (facilities, -1));
    }
  g_ptr_array_add (words, NULL);

  return g_strjoinv (", ", (char **) words->pdata);
}

static char *
describe_fit (const BuurtFreeRoomRequest *request,
              const BuurtFreeRoomRow     *row)
{
  g_autoptr(GString) why = g_string_new (NULL);
  g_autofree char *needs = describe_needs (request);

  /* Translators: the first part of why a free room fits, e.g. "Room for 30, you are 25" */
  g_string_append_printf (why, ngettext ("Room for %u, you are %u", "Room for %u, you are %u", row->capacity),
                          row->capacity, MAX (request->people, 1));
  if (row->same_neighbourhood && row->neighbourhood != NULL)
    /* Translators: part of why a free room fits; %s is a neighbourhood */
    g_string_append_printf (why, _(" · in %s, as asked"), row->neighbourhood);
  else if (row->neighbourhood != NULL)
    /* Translators: part of why a free room fits; %s is a neighbourhood */
    g_string_append_printf (why, _(" · in %s"), row->neighbourhood);
  if (*needs != '\0')
    /* Translators: part of why a free room fits; %s lists what was asked: "step-free, kitchen" */
    g_string_append_printf (why, _(" · has %s"), needs);
  g_string_append (why, row->commercial ? _(" · commercial") : _(" · non-commercial"));
  if (row->rate_cents > 0)
    {
      g_autofree char *rate = buurt_money_format (row->rate_cents);

      /* Translators: part of why a free room fits; %s is the rate for initiatives, "€ 12,50" */
      g_string_append_printf (why, _(" · %s for initiatives"), rate);
    }

  return g_string_free (g_steal_pointer (&why), FALSE);
}

/**
 * buurt_database_find_free_rooms:
 * @request: the slot and what the room must offer
 *
 * Finds the rooms that are open and free then, best fit first (smallest
 * capacity that holds everyone, then the asked neighbourhood, then
 * non-commercial). For a weekly slot a room free in at least one of the next
 * %BUURT_FREE_ROOM_WEEKS weeks is an answer, and says which dates it is not.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #BuurtFreeRoom;
 *   %NULL with @error set when the slot is impossible or the file unreadable
 */
GListModel *
buurt_database_find_free_rooms (BuurtDatabase               *self,
                                const BuurtFreeRoomRequest  *request,
                                GError                     **error)
{
  g_autoptr(GTimeZone) zone = buurt_time_zone_new (BUURT_DEFAULT_TZID);
  g_autoptr(GListStore) answers = g_list_store_new (BUURT_TYPE_FREE_ROOM);
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) instants = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  BuurtFreeRoomQuery query = { 0 };
  char opens[6], closes[6];
  guint n_slots;
  int end;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (request != NULL, NULL);

  end = request->start + request->duration;
  first = local_day (request->day, zone, 0);
  if (first == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Date: choose the day you need the room."));
      return NULL;
    }
  if (request->duration <= 0 || request->start < 0 || end > 24 * 60)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Duration: the activity must end after it starts and by midnight."));
      return NULL;
    }

  n_slots = request->weekly ? BUURT_FREE_ROOM_WEEKS : 1;
  for (guint i = 0; i < n_slots; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (first, 7 * i);
      GDateTime *s = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                                      g_date_time_get_day_of_month (day),
                                      request->start / 60, request->start % 60, 0);
      g_autoptr(GDateTime) e = g_date_time_add_minutes (s, request->duration);

      g_ptr_array_add (starts, utc_text (s));
      g_ptr_array_add (ends, utc_text (e));
      g_ptr_array_add (days, g_date_time_format (day, "%Y-%m-%d"));
      g_ptr_array_add (instants, s);
    }

  g_snprintf (opens, sizeof opens, "%02d:%02d", request->start / 60, request->start % 60);
  g_snprintf (closes, sizeof closes, "%02d:%02d", end / 60, end % 60);

  query.starts_at = (const char * const *) starts->pdata;
  query.ends_at = (const char * const *) ends->pdata;
  query.weekday = g_date_time_get_day_of_week (first);
  query.opens = opens;
  query.closes = closes;
  query.n_slots = n_slots;
  query.people = request->people;
  query.facilities = request->facilities;
  query.needs = request->needs;
  query.kern_id = request->kern_id;
  query.neighbourhood_id = request->neighbourhood_id;

  rows = buurt_store_find_free_rooms (buurt_database_get_store (self), &query, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      BuurtFreeRoomRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) busy = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(BuurtFreeRoom) answer = NULL;
      g_autoptr(GDateTime) slot_end = NULL;
      g_autofree char *title = NULL;
      g_autofree char *why = describe_fit (request, row);
      g_autofree char *busy_text = NULL;
      guint first_free = n_slots;

      for (guint n = 0; n < n_slots; n++)
        {
          if (row->busy & (1u << n))
            g_ptr_array_add (busy, buurt_format_short_day (g_ptr_array_index (days, n)));
          else if (first_free == n_slots)
            first_free = n;
        }
      g_ptr_array_add (busy, NULL);
      if (busy->len > 1)
        busy_text = g_strjoinv (", ", (char **) busy->pdata);

      /* Translators: a free room: venue and room, e.g. "De Schakel: Grote zaal" */
      title = g_strdup_printf (_("%s: %s"), row->venue_name, row->room_name);
      slot_end = g_date_time_add_minutes (g_ptr_array_index (instants, first_free), request->duration);
      answer = buurt_free_room_new (row->room_id, row->venue_id, title, why, row->capacity,
                                    n_slots - (busy->len - 1), n_slots, busy_text,
                                    g_ptr_array_index (instants, first_free), slot_end);
      g_list_store_append (answers, answer);
    }

  return G_LIST_MODEL (g_steal_pointer (&answers));
}

/**
 * buurt_database_count_double_bookings:
 *
 * Returns: how many pairs of dates overlap in the same room, or -1 with
 *   @error set
 */
gint64
buurt_database_count_double_bookings (BuurtDatabase  *self,
                                      GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), -1);

  return buurt_store_count_double_bookings (buurt_database_get_store (self), error);
}

/**
 * buurt_database_list_double_bookings:
 * @max_pairs: at most this many pairs
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   pairs of dates that overlap in one room, latest first, flat: dates 2n
 *   and 2n + 1 are a pair
 */
GPtrArray *
buurt_database_list_double_bookings (BuurtDatabase  *self,
                                     guint           max_pairs,
                                     GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_double_bookings (buurt_database_get_store (self), max_pairs, error);
}

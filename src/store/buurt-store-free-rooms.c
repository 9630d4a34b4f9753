/* buurt-store-free-rooms.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"
#include "buurt-store-venues.h"

/*
 * "Where can we meet on Tuesday evening with 25 people, step-free?"
 *
 * One statement answers it for one date or for the dates of a weekly slot
 * (the slots come in as a JSON array, so the statement stays one constant).
 * A room is free in a slot when no date of a published or submitted activity
 * that is not cancelled overlaps it; dates that only touch the slot (one
 * ending at 19:00 before a slot from 19:00) do not block it. It reads the
 * occurrence table through its index occurrence_room (room_id, starts_at):
 * activities are shorter than a day, so only dates starting in the day
 * before the slot's end can overlap it; "checked" is materialized so each
 * room's slots are looked up once, not again for the WHERE, and so are the
 * slots (parsed from JSON once). The activity is not read: a date's status
 * is copied from it, and a deleted activity has no dates left. The venue must
 * be open for the whole slot: opening_hours holds seven fixed-width
 * "HH:MM-HH:MM" spans, so the weekday's span is a substr ().
 *
 * Best fit first: the smallest room that holds everyone, then rooms in the
 * asked neighbourhood, then non-commercial venues.
 */
static const char *find_free_rooms_sql =
  "WITH slot AS MATERIALIZED ("
  "  SELECT CAST (key AS INTEGER) AS n, "
  "         json_extract (value, '$[0]') AS s, json_extract (value, '$[1]') AS e, "
  "         json_extract (value, '$[2]') AS lo "
  "  FROM json_each (:slots)), "
  "candidate AS ("
  "  SELECT r.id AS room_id, r.name AS room_name, v.id AS venue_id, v.name AS venue_name, "
  "         r.capacity, r.facilities, r.rate_cents, v.commercial, "
  "         (:neighbourhood_id <> 0 AND v.neighbourhood_id IS :neighbourhood_id) AS same, "
  "         n.name AS neighbourhood, k.name AS town, "
  "         v.step_free | (v.accessible_toilet << 1) | (v.hearing_loop << 2) AS needs "
  "  FROM room r "
  "  JOIN venue v ON v.id = r.venue_id "
  "  LEFT JOIN neighbourhood n ON n.id = v.neighbourhood_id "
  "  LEFT JOIN kern k ON k.id = n.kern_id "
  "  WHERE r.deleted_at IS NULL AND v.deleted_at IS NULL "
  "    AND r.capacity >= :people "
  "    AND (r.facilities & :facilities) = :facilities "
  "    AND ((v.step_free | (v.accessible_toilet << 1) | (v.hearing_loop << 2)) & :needs) = :needs "
  "    AND (:kern_id = 0 OR n.kern_id = :kern_id) "
  "    AND substr (v.opening_hours, :day_offset, 5) <= :opens "
  "    AND substr (v.opening_hours, :day_offset + 6, 5) >= :closes "
  "    AND substr (v.opening_hours, :day_offset, 5) < substr (v.opening_hours, :day_offset + 6, 5)), "
  "checked AS MATERIALIZED ("
  "  SELECT c.*, "
  "         (SELECT coalesce (sum (1 << slot.n), 0) FROM slot "
  "          WHERE EXISTS (SELECT 1 FROM occurrence o "
  "                        WHERE o.room_id = c.room_id "
  "                          AND o.starts_at > slot.lo AND o.starts_at < slot.e "
  "                          AND o.ends_at > slot.s "
  "                          AND o.cancelled = 0 "
  "                          AND o.status IN ('published', 'submitted'))) AS busy "
  "  FROM candidate c) "
  "SELECT room_id, room_name, venue_id, venue_name, capacity, facilities, rate_cents, "
  "       commercial, same, neighbourhood, town, needs, busy "
  "FROM checked "
  "WHERE busy <> :all_busy "
  "ORDER BY capacity, same DESC, commercial, venue_name, room_name, room_id";

void
buurt_free_room_row_free (BuurtFreeRoomRow *row)
{
  if (row == NULL)
    return;
  g_free (row->room_name);
  g_free (row->venue_name);
  g_free (row->neighbourhood);
  g_free (row->town);
  g_free (row);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Each slot as [start, end, a day before the end]: see the statement. */
static char *
slots_json (const BuurtFreeRoomQuery *query)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < query->n_slots; i++)
    {
      g_autoptr(GDateTime) end = g_date_time_new_from_iso8601 (query->ends_at[i], NULL);
      g_autoptr(GDateTime) low = end != NULL ? g_date_time_add_days (end, -1) : NULL;
      g_autofree char *low_text = low != NULL ? g_date_time_format (low, "%Y-%m-%dT%H:%M:%SZ")
                                              : g_strdup ("0000");

      g_string_append_printf (json, "%s[\"%s\",\"%s\",\"%s\"]", i > 0 ? "," : "",
                              query->starts_at[i], query->ends_at[i], low_text);
    }

  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/**
 * buurt_store_find_free_rooms:
 * @query: the slot or slots and what the room must offer
 *
 * Finds the rooms that are open and meet the needs of @query and are free
 * in at least one of its slots, best fit first.
 *
 * Returns: (transfer full) (element-type BuurtFreeRoomRow) (nullable): the
 *   rooms, possibly none; %NULL with @error set when the file cannot be read
 */
GPtrArray *
buurt_store_find_free_rooms (BuurtStore               *self,
                             const BuurtFreeRoomQuery *query,
                             GError                  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_free_room_row_free);
  g_autofree char *slots = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (query->n_slots >= 1 && query->n_slots <= 31, NULL);
  g_return_val_if_fail (query->weekday >= 1 && query->weekday <= 7, NULL);

  stmt = buurt_store_prepare (self, find_free_rooms_sql, error);
  if (stmt == NULL)
    return NULL;

  slots = slots_json (query);
#define BIND_INT(name, value) \
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, name), (value))
#define BIND_TEXT(name, value) \
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, name), (value), -1, SQLITE_STATIC)
  BIND_TEXT (":slots", slots);
  BIND_INT (":neighbourhood_id", query->neighbourhood_id);
  BIND_INT (":people", MAX (query->people, 1));
  BIND_INT (":facilities", query->facilities);
  BIND_INT (":needs", query->needs);
  BIND_INT (":kern_id", query->kern_id);
  BIND_INT (":day_offset", (query->weekday - 1) * 12 + 1);
  BIND_TEXT (":opens", query->opens);
  BIND_TEXT (":closes", query->closes);
  BIND_INT (":all_busy", (gint64) ((G_GUINT64_CONSTANT (1) << query->n_slots) - 1));
#undef BIND_INT
#undef BIND_TEXT

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtFreeRoomRow *row = g_new0 (BuurtFreeRoomRow, 1);

      row->room_id = sqlite3_column_int64 (stmt, 0);
      row->room_name = dup_column (stmt, 1);
      row->venue_id = sqlite3_column_int64 (stmt, 2);
      row->venue_name = dup_column (stmt, 3);
      row->capacity = sqlite3_column_int (stmt, 4);
      row->facilities = sqlite3_column_int (stmt, 5);
      row->rate_cents = sqlite3_column_int64 (stmt, 6);
      row->commercial = sqlite3_column_int (stmt, 7) != 0;
      row->same_neighbourhood = sqlite3_column_int (stmt, 8) != 0;
      row->neighbourhood = dup_column (stmt, 9);
      row->town = dup_column (stmt, 10);
      row->needs = sqlite3_column_int (stmt, 11);
      row->busy = (guint32) sqlite3_column_int64 (stmt, 12);
      g_ptr_array_add (rows, row);
    }

  /* The statement binds @slots without copying it: let go of it first. */
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

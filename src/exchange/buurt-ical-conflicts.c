/* buurt-ical-conflicts.c: the double bookings of rooms an import would make
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-ical-private.h"

/*
 * An item the import would write that takes place in a known room is
 * checked twice: against the dates already in the agenda (the store's
 * conflict query), and against the other items of the same file, so that
 * two events of one file booked in the same room at the same time are seen
 * before either is written. The dates of one UID (a series and its changed
 * dates) are one activity and do not conflict with one another.
 */

/* At most this many conflicts are named per item; the rest are counted. */
#define MAX_NAMED 3

typedef struct
{
  BuurtIcalItem *item;
  BuurtSpan      span;
} Booking;

typedef struct
{
  GString *text;
  guint    n_named;
  guint    n_more;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_string_free (found->text, TRUE);
  g_free (found);
}

static Found *
found_for (GHashTable    *all,
           BuurtIcalItem *item)
{
  Found *found = g_hash_table_lookup (all, item);

  if (found == NULL)
    {
      found = g_new0 (Found, 1);
      found->text = g_string_new (NULL);
      g_hash_table_insert (all, item, found);
    }
  return found;
}

static void
add_line (Found      *found,
          const char *line)
{
  if (found->n_named == MAX_NAMED)
    {
      found->n_more++;
      return;
    }
  if (found->text->len > 0)
    g_string_append_c (found->text, '\n');
  g_string_append (found->text, line);
  found->n_named++;
}

/* Whether the item would be written and take up its room. */
static gboolean
books_a_room (BuurtIcalItem *item)
{
  return (item->kind == BUURT_ICAL_ITEM_NEW || item->kind == BUURT_ICAL_ITEM_CHANGED ||
          item->kind == BUURT_ICAL_ITEM_CONFLICT) &&
         item->activity != NULL &&
         buurt_entity_get_int (BUURT_ENTITY (item->activity), "room-id") != 0 &&
         buurt_entity_get_enum (BUURT_ENTITY (item->activity), "status") != BUURT_ACTIVITY_STATUS_CANCELLED;
}

/* The first few activities already in the item's room at one of its dates. */
static void
against_agenda (BuurtStore    *store,
                BuurtIcalItem *item,
                GArray        *spans,
                GHashTable    *all)
{
  gint64 room_id = buurt_entity_get_int (BUURT_ENTITY (item->activity), "room-id");
  gint64 except_id = item->existing != NULL ? buurt_entity_get_id (BUURT_ENTITY (item->existing)) : 0;
  g_autoptr(GPtrArray) found = buurt_store_find_conflicts (store, room_id, spans, except_id, MAX_NAMED, NULL);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (found, i);
      g_autofree char *day = buurt_format_day_in_sentence (buurt_occurrence_get_day (occurrence));
      g_autofree char *times = buurt_format_time_range (occurrence);
      g_autofree char *line = g_strdup_printf ("%s (%s, %s)", buurt_occurrence_get_title (occurrence), day, times);

      add_line (found_for (all, item), line);
    }
}

static int
compare_bookings (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (((const Booking *) a)->span.starts_at, ((const Booking *) b)->span.starts_at);
}

/* "Title (day, times, also in this file)", for the other item. */
static char *
describe_booking (const Booking *booking)
{
  BuurtEntity *activity = BUURT_ENTITY (booking->item->activity);
  const char *tzid = buurt_entity_get_string (activity, "tzid");
  g_autoptr(GDateTime) starts_at = buurt_parse_utc (booking->span.starts_at);
  g_autoptr(GDateTime) ends_at = buurt_parse_utc (booking->span.ends_at);
  g_autofree char *day = buurt_format_day_in_sentence (booking->span.day);
  g_autofree char *times = buurt_format_times (starts_at, ends_at, FALSE, tzid);

  /* Translators: a room conflict with another event of the file being
   * imported: its title, day and times */
  return g_strdup_printf (_("%s (%s, %s, also in this file)"),
                          buurt_entity_get_string (activity, "title"), day, times);
}

/* Overlapping bookings of one room by different events of the file. */
static void
within_file (GArray     *bookings,
             GHashTable *all)
{
  g_array_sort (bookings, compare_bookings);

  for (guint i = 0; i < bookings->len; i++)
    {
      const Booking *first = &g_array_index (bookings, Booking, i);

      for (guint j = i + 1; j < bookings->len; j++)
        {
          const Booking *second = &g_array_index (bookings, Booking, j);
          g_autofree char *about_first = NULL;
          g_autofree char *about_second = NULL;

          if (strcmp (second->span.starts_at, first->span.ends_at) >= 0)
            break;
          if (g_strcmp0 (first->item->uid, second->item->uid) == 0)
            continue;

          about_second = describe_booking (second);
          about_first = describe_booking (first);
          add_line (found_for (all, first->item), about_second);
          add_line (found_for (all, second->item), about_first);
        }
    }
}

/**
 * buurt_ical_find_room_conflicts:
 * @items: (element-type BuurtIcalItem): the import's items, their kinds
 *   decided
 *
 * Sets each item's @room_conflicts: the activities in the agenda, and the
 * other events of the file, in its room at one of its dates.
 *
 * Returns: %FALSE when cancelled
 */
gboolean
buurt_ical_find_room_conflicts (BuurtStore    *store,
                                GPtrArray     *items,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GHashTable) by_room = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) all = g_hash_table_new_full (NULL, NULL, NULL, found_free);
  g_autoptr(GDateTime) horizon = buurt_store_get_horizon (store, NULL);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  if (horizon == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      horizon = buurt_recurrence_horizon_for (now);
    }

  for (guint i = 0; i < items->len; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (items, i);
      gint64 room_id;
      g_autoptr(GArray) spans = NULL;
      GArray *bookings;

      if ((i & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!books_a_room (item))
        continue;

      spans = buurt_activity_expand_all (item->activity, horizon, NULL);
      if (spans == NULL || spans->len == 0)
        continue;

      against_agenda (store, item, spans, all);

      room_id = buurt_entity_get_int (BUURT_ENTITY (item->activity), "room-id");
      bookings = g_hash_table_lookup (by_room, &room_id);
      if (bookings == NULL)
        {
          bookings = g_array_new (FALSE, FALSE, sizeof (Booking));
          g_hash_table_insert (by_room, g_memdup2 (&room_id, sizeof room_id), bookings);
        }
      for (guint j = 0; j < spans->len; j++)
        {
          Booking booking = { item, g_array_index (spans, BuurtSpan, j) };

          if (!booking.span.cancelled)
            g_array_append_val (bookings, booking);
        }
    }

  g_hash_table_iter_init (&iter, by_room);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    within_file (value, all);

  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BuurtIcalItem *item = key;
      Found *found = value;

      if (found->n_more > 0)
        {
          g_string_append_c (found->text, '\n');
          g_string_append_printf (found->text,
                                  /* Translators: after three room conflicts, how many more there are */
                                  ngettext ("and %u more", "and %u more", found->n_more),
                                  found->n_more);
        }
      g_free (item->room_conflicts);
      item->room_conflicts = g_strdup (found->text->str);
    }

  return TRUE;
}

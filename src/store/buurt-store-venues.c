/* buurt-store-venues.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"
#include <string.h>

#include "buurt-store-venues.h"

/*
 * The venues list with what it says of each venue's rooms and place, the
 * activities that use a room (to move them before the room goes), and the
 * dates of one room in a week.
 */

/* The filters that SQL does well; the typed search is matched on folded
 * text afterwards, as the agenda's search folds accents ("cafe" finds
 * "Café"). */
static const char *list_venue_rows_sql =
  "SELECT v.id, k.name, n.name, "
  "       (SELECT count (*) FROM room r WHERE r.venue_id = v.id AND r.deleted_at IS NULL), "
  "       (SELECT coalesce (max (r.capacity), 0) FROM room r "
  "        WHERE r.venue_id = v.id AND r.deleted_at IS NULL), "
  "       v.name || ' ' || coalesce (v.address, '') || ' ' || coalesce (v.postcode, '') || ' ' || "
  "       coalesce (n.name, '') || ' ' || coalesce (k.name, '') "
  "FROM venue v "
  "LEFT JOIN neighbourhood n ON n.id = v.neighbourhood_id "
  "LEFT JOIN kern k ON k.id = n.kern_id "
  "WHERE v.deleted_at IS NULL "
  "  AND (:kind = '' OR v.kind = :kind) "
  "  AND ((v.step_free | (v.accessible_toilet << 1) | (v.hearing_loop << 2)) & :access) = :access "
  "  AND (:commercial < 0 OR v.commercial = :commercial) "
  "  AND (:facilities = 0 OR EXISTS (SELECT 1 FROM room r WHERE r.venue_id = v.id "
  "                                  AND r.deleted_at IS NULL "
  "                                  AND (r.facilities & :facilities) = :facilities)) "
  "ORDER BY k.name IS NULL, k.name, v.name, v.id";

static const char *list_room_activities_sql =
  "SELECT id FROM activity WHERE room_id = :room_id AND deleted_at IS NULL ORDER BY id";

/* Cancelled dates are shown (as cancelled); rejected submissions are not. */
static const char *fetch_room_dates_sql =
  OCCURRENCE_SELECT
  "WHERE o.room_id = :room_id "
  "  AND o.starts_at >= :from AND o.starts_at < :to "
  "  AND a.deleted_at IS NULL "
  "  AND a.status IN ('published', 'submitted', 'cancelled') "
  "ORDER BY o.starts_at, o.id";

void
buurt_venue_row_free (BuurtVenueRow *row)
{
  if (row == NULL)
    return;
  g_free (row->town);
  g_free (row->neighbourhood);
  g_free (row);
}

/* Every word of @search is somewhere in @text (both folded). */
static gboolean
matches_search (const char  *text,
                char       **words)
{
  g_autofree char *folded = buurt_fold_text (text);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * buurt_store_list_venue_rows:
 * @filter: what the list shows
 *
 * Returns: (transfer full) (element-type BuurtVenueRow) (nullable): the
 *   venues by town and name; %NULL with @error set when the file cannot be read
 */
GPtrArray *
buurt_store_list_venue_rows (BuurtStore              *self,
                             const BuurtVenueFilter  *filter,
                             GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_venue_row_free);
  g_autofree char *folded = NULL;
  g_autofree char *kind = NULL;
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  stmt = buurt_store_prepare (self, list_venue_rows_sql, error);
  if (stmt == NULL)
    return NULL;

  folded = buurt_fold_text (filter->search != NULL ? filter->search : "");
  words = g_strsplit (g_strstrip (folded), " ", -1);
  kind = filter->kind >= 0 ? buurt_store_enum_word (BUURT_TYPE_VENUE_KIND, filter->kind) : g_strdup ("");

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":kind"), kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":access"), filter->access);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":commercial"), filter->commercial);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":facilities"), filter->facilities);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtVenueRow *row;

      if (!matches_search ((const char *) sqlite3_column_text (stmt, 5), words))
        continue;

      row = g_new0 (BuurtVenueRow, 1);
      row->venue_id = sqlite3_column_int64 (stmt, 0);
      row->town = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->neighbourhood = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->n_rooms = sqlite3_column_int (stmt, 3);
      row->max_capacity = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (rows, row);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/**
 * buurt_store_list_room_activities:
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of the
 *   activities (not deleted) that take place in @room_id
 */
GArray *
buurt_store_list_room_activities (BuurtStore  *self,
                                  gint64       room_id,
                                  GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  return buurt_store_select_ids (self, list_room_activities_sql, ":room_id", room_id, error);
}

/**
 * buurt_store_fetch_room_dates:
 * @from: the first instant, UTC "YYYY-MM-DDTHH:MM:SSZ"
 * @to: the instant after the last
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   dates in @room_id that start in [@from, @to), cancelled ones included
 */
GPtrArray *
buurt_store_fetch_room_dates (BuurtStore  *self,
                              gint64       room_id,
                              const char  *from,
                              const char  *to,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, fetch_room_dates_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":room_id"), room_id);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":from"), from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":to"), to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, buurt_store_read_occurrence (stmt));

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/*
 * Likely duplicates: names that are the same once accents, case,
 * punctuation, word order and the words that only say what kind of place
 * it is are left out, so "MFC Het Palet" and "Het Palet (MFC)" match, and
 * so do "Buurthuis De Schakel" and "De Schakel".
 */
static const char *generic_words[] = {
  "mfc", "buurthuis", "wijkcentrum", "wijkgebouw", "dorpshuis", "buurtcentrum",
  "multifunctioneel", "centrum", "zaal",
};

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * buurt_store_duplicate_key:
 * @name: a venue's or room's name
 *
 * Returns: (transfer full): what two names of the same place have in
 *   common; "" when nothing is left to compare
 */
char *
buurt_store_duplicate_key (const char *name)
{
  g_autofree char *folded = buurt_fold_text (name);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_auto(GStrv) parts = NULL;
  GString *key = g_string_new (NULL);

  for (char *p = folded; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && !((guchar) *p & 0x80))
      *p = ' ';

  parts = g_strsplit (folded, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean generic = *parts[i] == '\0';

      for (guint g = 0; g < G_N_ELEMENTS (generic_words) && !generic; g++)
        generic = g_str_equal (parts[i], generic_words[g]);
      if (!generic)
        g_ptr_array_add (words, parts[i]);
    }

  g_ptr_array_sort (words, compare_words);
  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (words, i));
    }

  return g_string_free (key, FALSE);
}

static const char *list_venue_names_sql =
  "SELECT v.id, v.name FROM venue v WHERE v.deleted_at IS NULL ORDER BY v.id";
static const char *list_room_names_sql =
  "SELECT r.id, r.venue_id || ':' || r.name FROM room r "
  "JOIN venue v ON v.id = r.venue_id AND v.deleted_at IS NULL "
  "WHERE r.deleted_at IS NULL ORDER BY r.id";

/**
 * buurt_store_find_duplicates:
 * @rooms: %TRUE for rooms (of the same venue), %FALSE for venues
 *
 * Returns: (transfer full) (element-type gint64) (nullable): pairs of ids,
 *   flat (2n and 2n + 1), the older first; %NULL with @error set
 */
GArray *
buurt_store_find_duplicates (BuurtStore  *self,
                             gboolean     rooms,
                             GError     **error)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) first_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, rooms ? list_room_names_sql : list_venue_names_sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *key = NULL;
      const gint64 *first;

      if (rooms)
        {
          /* "venue:name": the venue stays as it is, the name is compared */
          const char *colon = strchr (name, ':');
          g_autofree char *venue = g_strndup (name, colon - name);
          g_autofree char *room_key = buurt_store_duplicate_key (colon + 1);

          key = *room_key == '\0' ? g_strdup ("") : g_strconcat (venue, ":", room_key, NULL);
        }
      else
        key = buurt_store_duplicate_key (name);

      if (*key == '\0')
        continue;

      first = g_hash_table_lookup (first_of, key);
      if (first != NULL)
        {
          g_array_append_val (pairs, *first);
          g_array_append_val (pairs, id);
        }
      else
        g_hash_table_insert (first_of, g_steal_pointer (&key), g_memdup2 (&id, sizeof id));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&pairs);
}

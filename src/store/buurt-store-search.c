/* buurt-store-search.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"

/*
 * The search index. SQLite's trigram tokenizer finds any part of a word
 * ("cafe" in "taalcafe"), but in SQLite 3.40 it cannot ignore accents, so the
 * store writes folded text (lower case, accents removed) into activity_fts and
 * folds what the user types the same way.
 */

static const char *select_activity_text_sql =
  "SELECT a.title, a.description, c.name, v.name, r.name, a.location "
  "FROM activity a "
  "LEFT JOIN contact c ON c.id = a.organiser_id "
  "LEFT JOIN room r ON r.id = a.room_id "
  "LEFT JOIN venue v ON v.id = r.venue_id "
  "WHERE a.id = :id";
/* The titles and descriptions of dates that differ from their series, so a
 * search finds a date by what it is called that day. */
static const char *select_override_text_sql =
  "SELECT group_concat (title, char (10)), group_concat (description, char (10)) "
  "FROM occurrence_override "
  "WHERE activity_id = :id AND deleted_at IS NULL AND (title IS NOT NULL OR description IS NOT NULL)";
static const char *delete_fts_sql =
  "DELETE FROM activity_fts WHERE rowid = :id";
static const char *insert_fts_sql =
  "INSERT INTO activity_fts (rowid, title, description, organiser, venue) "
  "VALUES (:id, :title, :description, :organiser, :venue)";

/* Activities whose index text names a contact, venue or room. */
static const char *activities_of_contact_sql =
  "SELECT id FROM activity WHERE organiser_id = :id";
static const char *activities_of_venue_sql =
  "SELECT a.id FROM activity a JOIN room r ON r.id = a.room_id WHERE r.venue_id = :id";
static const char *activities_of_room_sql =
  "SELECT id FROM activity WHERE room_id = :id";

/**
 * buurt_fold_text:
 * @text: (nullable): any text
 *
 * Returns: (transfer full): @text in lower case without accents, as the
 *   search index keeps it: "Taalcafé" becomes "taalcafe"
 */
char *
buurt_fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *plain;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  plain = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (plain, c);
    }

  folded = g_string_free (plain, FALSE);
  return g_utf8_casefold (folded, -1);
}

/* Replaces *@text by @more, which it takes. */
static void
title_take (char **text,
            char  *more)
{
  g_free (*text);
  *text = more;
}

static void
bind_folded (sqlite3_stmt *stmt,
             const char   *parameter,
             const char   *text)
{
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, parameter),
                     buurt_fold_text (text), -1, g_free);
}

/**
 * buurt_store_index_activity:
 * @activity_id: an activity that was just written
 *
 * Writes the search index row of @activity_id anew. Call it inside the
 * transaction that changed the activity.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_index_activity (BuurtStore  *self,
                            gint64       activity_id,
                            GError     **error)
{
  BuurtDeferred *deferred = buurt_store_get_deferred (self);

  /* In a bulk write, at its end: the full-text index flushes what it holds
   * at every savepoint, which would cost more than the write itself. */
  if (deferred != NULL)
    {
      buurt_deferred_index_later (deferred, activity_id);
      return TRUE;
    }

  return buurt_store_index_activity_now (self, activity_id, error);
}

/**
 * buurt_store_index_activity_now:
 *
 * Like buurt_store_index_activity(), also in a bulk write.
 */
gboolean
buurt_store_index_activity_now (BuurtStore  *self,
                                gint64       activity_id,
                                GError     **error)
{
  sqlite3_stmt *select = buurt_store_prepare (self, select_activity_text_sql, error);
  sqlite3_stmt *delete = buurt_store_prepare (self, delete_fts_sql, error);
  sqlite3_stmt *insert = buurt_store_prepare (self, insert_fts_sql, error);
  sqlite3_stmt *overrides = buurt_store_prepare (self, select_override_text_sql, error);
  g_autofree char *venue = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gboolean ok;

  if (select == NULL || delete == NULL || insert == NULL || overrides == NULL)
    return FALSE;

  sqlite3_bind_int64 (delete, 1, activity_id);
  if (!buurt_store_step_done (self, delete, error))
    return FALSE;

  sqlite3_bind_int64 (select, 1, activity_id);
  if (sqlite3_step (select) != SQLITE_ROW)
    {
      sqlite3_reset (select);
      return TRUE;
    }

  /* The place as the agenda shows it: venue and room, or the free text. */
  if (sqlite3_column_type (select, 3) != SQLITE_NULL)
    venue = g_strjoin (" ", sqlite3_column_text (select, 3), sqlite3_column_text (select, 4), NULL);
  else
    venue = g_strdup ((const char *) sqlite3_column_text (select, 5));

  title = g_strdup ((const char *) sqlite3_column_text (select, 0));
  description = g_strdup ((const char *) sqlite3_column_text (select, 1));
  buurt_store_bind_int (overrides, ":id", activity_id);
  if (sqlite3_step (overrides) == SQLITE_ROW)
    {
      const char *more_titles = (const char *) sqlite3_column_text (overrides, 0);
      const char *more_descriptions = (const char *) sqlite3_column_text (overrides, 1);

      if (more_titles != NULL)
        title_take (&title, g_strjoin ("\n", title != NULL ? title : "", more_titles, NULL));
      if (more_descriptions != NULL)
        title_take (&description, g_strjoin ("\n", description != NULL ? description : "", more_descriptions, NULL));
    }
  sqlite3_reset (overrides);

  sqlite3_bind_int64 (insert, sqlite3_bind_parameter_index (insert, ":id"), activity_id);
  bind_folded (insert, ":title", title);
  bind_folded (insert, ":description", description);
  bind_folded (insert, ":organiser", (const char *) sqlite3_column_text (select, 2));
  bind_folded (insert, ":venue", venue);
  sqlite3_reset (select);

  ok = buurt_store_step_done (self, insert, error);
  return ok;
}

/**
 * buurt_store_activities_named_by:
 * @table: "contact", "venue" or "room"; other tables name nothing indexed
 * @id: a row of @table
 * @ids: (element-type gint64): where the ids of the activities whose search
 *   text names the row are appended
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_activities_named_by (BuurtStore  *self,
                                 const char  *table,
                                 gint64       id,
                                 GArray      *ids,
                                 GError     **error)
{
  const char *sql;
  sqlite3_stmt *stmt;
  int rc;

  if (g_str_equal (table, "contact"))
    sql = activities_of_contact_sql;
  else if (g_str_equal (table, "venue"))
    sql = activities_of_venue_sql;
  else if (g_str_equal (table, "room"))
    sql = activities_of_room_sql;
  else
    return TRUE;

  stmt = buurt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 activity_id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, activity_id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * buurt_store_index_named_by:
 * @table: "contact", "venue" or "room"; other tables name nothing indexed
 * @id: the row that was just written
 *
 * Writes the search index rows anew of the activities whose text names the
 * row, such as those of an organiser who was renamed.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_index_named_by (BuurtStore  *self,
                            const char  *table,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!buurt_store_activities_named_by (self, table, id, ids, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!buurt_store_index_activity (self, g_array_index (ids, gint64, i), error))
      return FALSE;

  return TRUE;
}

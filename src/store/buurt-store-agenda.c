/* buurt-store-agenda.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <string.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"
#include "buurt-occurrence.h"

/*
 * The agenda reads the occurrence table through its (day, starts_at) index, a
 * window of rows at a time, so no more than a screenful is ever in memory.
 */

/* Every filter is a bound parameter that is "off" at 0, -1 or NULL, so one
 * prepared statement serves every combination. The occurrence table carries
 * the status, category and target groups of its activity, so counting and
 * paging read only the occurrence_agenda index and never touch activity
 * rows; place filters go through the room. */
#define AGENDA_WHERE \
  "WHERE o.day >= :from_day " \
  "AND (:status IS NULL AND o.status <> 'rejected' OR o.status = :status) " \
  "AND (:show_cancelled OR (o.cancelled = 0 AND o.status <> 'cancelled')) " \
  "AND (:category IS NULL OR o.category = :category) " \
  "AND (:target_groups = 0 OR (o.target_groups & :target_groups) <> 0) " \
  "AND (:venue_id = 0 OR o.room_id IN (SELECT id FROM room WHERE venue_id = :venue_id)) " \
  "AND (:neighbourhood_id = 0 OR o.room_id IN " \
  "     (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "      WHERE v.neighbourhood_id = :neighbourhood_id)) " \
  "AND (:kern_id = 0 OR o.room_id IN " \
  "     (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "      JOIN neighbourhood n ON n.id = v.neighbourhood_id WHERE n.kern_id = :kern_id)) "

/* With a search, the activities that match are found first (a few
 * milliseconds in the index) and their dates are then read through the
 * (activity_id, starts_at) index, instead of testing every date. */
#define AGENDA_SEARCH_WHERE \
  AGENDA_WHERE \
  "AND o.activity_id IN (SELECT value FROM json_each (:activity_ids)) "

/* When most activities match (a search for "k"), walking the dates in order
 * and testing each is quicker than reading and sorting all their dates: the
 * unary + keeps SQLite from choosing the activity_id index. */
#define AGENDA_BROAD_SEARCH_WHERE \
  AGENDA_WHERE \
  "AND +o.activity_id IN (SELECT value FROM json_each (:activity_ids)) "

#define AGENDA_PAGE(where) \
  OCCURRENCE_SELECT \
  "JOIN (SELECT o.id FROM occurrence o " \
  where \
  "      ORDER BY o.day, o.starts_at, o.activity_id " \
  "      LIMIT :limit OFFSET :offset) page ON page.id = o.id " \
  "ORDER BY o.day, o.starts_at, o.activity_id"

static const char *count_agenda_sql =
  "SELECT count(*) FROM occurrence o "
  AGENDA_WHERE;
static const char *count_search_sql =
  "SELECT count(*) FROM occurrence o "
  AGENDA_SEARCH_WHERE;
static const char *count_broad_search_sql =
  "SELECT count(*) FROM occurrence o "
  AGENDA_BROAD_SEARCH_WHERE;

/* The same, day by day: where a row far down the list is to be found. */
#define COUNT_DAYS(where) \
  "SELECT o.day, count(*) FROM occurrence o " where "GROUP BY o.day ORDER BY o.day"
static const char *count_days_sql = COUNT_DAYS (AGENDA_WHERE);
static const char *count_days_search_sql = COUNT_DAYS (AGENDA_SEARCH_WHERE);
static const char *count_days_broad_search_sql = COUNT_DAYS (AGENDA_BROAD_SEARCH_WHERE);

static const char *match_sql =
  "SELECT json_group_array (rowid) FROM activity_fts "
  "WHERE activity_fts MATCH :match "
  "AND (:like IS NULL OR title LIKE :like ESCAPE '\\' OR description LIKE :like ESCAPE '\\' "
  "     OR organiser LIKE :like ESCAPE '\\' OR venue LIKE :like ESCAPE '\\')";
/* The columns joined by a line break, which no search word holds. */
static const char *search_texts_sql =
  "SELECT rowid, coalesce (title, '') || char (10) || coalesce (description, '') || char (10) || "
  "       coalesce (organiser, '') || char (10) || coalesce (venue, '') "
  "FROM activity_fts ORDER BY rowid";

static const char *load_occurrence_sql =
  OCCURRENCE_SELECT
  "WHERE o.activity_id = :activity_id AND o.day = :day "
  "ORDER BY o.starts_at LIMIT 1";

/* The page is chosen in the index alone; only its rows are then joined
 * with their activity, room, venue and organiser. */
static const char *fetch_agenda_sql = AGENDA_PAGE (AGENDA_WHERE);
static const char *fetch_search_sql = AGENDA_PAGE (AGENDA_SEARCH_WHERE);
static const char *fetch_broad_search_sql = AGENDA_PAGE (AGENDA_BROAD_SEARCH_WHERE);

/* The activities with a date the agenda shows up to a last day: what an
 * export of "what the agenda shows" writes, each series once. */
#define AGENDA_ACTIVITIES(where) \
  "SELECT DISTINCT o.activity_id FROM occurrence o " where \
  "AND (:to_day IS NULL OR o.day <= :to_day) ORDER BY o.activity_id"
static const char *agenda_activities_sql = AGENDA_ACTIVITIES (AGENDA_WHERE);
static const char *agenda_activities_search_sql = AGENDA_ACTIVITIES (AGENDA_SEARCH_WHERE);

/* Above this many matching activities, a search walks the dates in order. */
#define BROAD_SEARCH 300

static gboolean
is_broad (const char *activity_ids)
{
  guint n = 0;

  for (const char *p = activity_ids; *p != '\0' && n <= BROAD_SEARCH; p++)
    if (*p == ',')
      n++;

  return n > BROAD_SEARCH;
}

/* Turns what was typed into a search of the folded index: every word must
 * be part of the title, description, organiser or venue. Words of three
 * letters or more go to the trigram index, each quoted so no character of it
 * is read as FTS5 syntax; a shorter word (trigrams need three) becomes a LIKE
 * pattern, the longest such word only, which is also returned as it is in
 * @short_word. */
static void
search_to_query (const char  *search,
                 char       **match,
                 char       **like,
                 char       **short_word_out)
{
  g_autofree char *folded = buurt_fold_text (search);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  GString *phrases = g_string_new (NULL);
  const char *short_word = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      glong length = g_utf8_strlen (word, -1);

      if (length == 0)
        continue;

      if (length < 3)
        {
          if (short_word == NULL || length > g_utf8_strlen (short_word, -1))
            short_word = word;
          continue;
        }

      if (phrases->len > 0)
        g_string_append_c (phrases, ' ');
      g_string_append_c (phrases, '"');
      for (const char *p = word; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (phrases, '"');
          g_string_append_c (phrases, *p);
        }
      g_string_append_c (phrases, '"');
    }

  *match = phrases->len > 0 ? g_string_free (phrases, FALSE) : (g_string_free (phrases, TRUE), NULL);
  *like = NULL;
  *short_word_out = g_strdup (short_word);

  if (short_word != NULL)
    {
      GString *pattern = g_string_new ("%");

      for (const char *p = short_word; *p != '\0'; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (pattern, '\\');
          g_string_append_c (pattern, *p);
        }
      g_string_append_c (pattern, '%');
      *like = g_string_free (pattern, FALSE);
    }
}

static void
bind_enum (sqlite3_stmt *stmt,
           const char   *parameter,
           GType         enum_type,
           int           value)
{
  char *word;

  if (value < 0 || (word = buurt_store_enum_word (enum_type, value)) == NULL)
    return;

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, parameter), word, -1, g_free);
}

/* Every activity's folded text, read once: a word of one or two letters
 * cannot use the trigram index, and finding it in memory takes a
 * millisecond where reading the index's texts again takes tens. */
static GPtrArray *
search_texts (BuurtStore  *self,
              GError     **error)
{
  GPtrArray *cached = buurt_store_lookup_search_texts (self);
  g_autoptr(GPtrArray) texts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (cached != NULL)
    return g_ptr_array_ref (cached);

  stmt = buurt_store_prepare (self, search_texts_sql, error);
  if (stmt == NULL)
    return NULL;

  texts = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      gsize length = text != NULL ? strlen (text) : 0;
      BuurtSearchText *entry = g_malloc (sizeof (BuurtSearchText) + length + 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      memcpy (entry->text, text != NULL ? text : "", length + 1);
      g_ptr_array_add (texts, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  buurt_store_remember_search_texts (self, texts);
  return g_steal_pointer (&texts);
}

/* The activities whose text holds @word, as a JSON array like SQLite's. */
static char *
activities_with_word (BuurtStore  *self,
                      const char  *word,
                      GError     **error)
{
  g_autoptr(GPtrArray) texts = search_texts (self, error);
  GString *ids;

  if (texts == NULL)
    return NULL;

  ids = g_string_new ("[");
  for (guint i = 0; i < texts->len; i++)
    {
      BuurtSearchText *entry = g_ptr_array_index (texts, i);

      if (strstr (entry->text, word) == NULL)
        continue;
      char digits[24];
      int n = 0;

      if (ids->len > 1)
        g_string_append_c (ids, ',');
      /* Ids are positive; this loop is several times quicker than printf. */
      for (guint64 id = (guint64) entry->id; id > 0 || n == 0; id /= 10)
        digits[n++] = '0' + id % 10;
      while (n > 0)
        g_string_append_c (ids, digits[--n]);
    }
  g_string_append_c (ids, ']');

  return g_string_free (ids, FALSE);
}

/**
 * buurt_store_warm_search:
 *
 * Reads what a search of one or two letters looks through, so that the
 * first keystroke of a search does not wait for it. Meant for an idle
 * moment after the agenda is shown.
 */
void
buurt_store_warm_search (BuurtStore *self)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BUURT_IS_STORE (self));

  texts = search_texts (self, &error);
  if (texts == NULL)
    g_warning ("Could not read the search texts: %s", error->message);
}

/* The ids of the activities that match @search, as a JSON array; the last
 * answer is kept, since counting and each page ask the same. */
static const char *
matching_activities (BuurtStore  *self,
                     const char  *search,
                     GError     **error)
{
  g_autofree char *match = NULL;
  g_autofree char *like = NULL;
  g_autofree char *short_word = NULL;
  const char *cached = buurt_store_lookup_search (self, search);
  sqlite3_stmt *stmt;
  int rc;

  if (cached != NULL)
    return cached;

  search_to_query (search, &match, &like, &short_word);
  if (match == NULL)
    {
      g_autofree char *ids = activities_with_word (self, short_word != NULL ? short_word : "", error);

      if (ids == NULL)
        return NULL;

      /* Not looked up again: another connection may write meanwhile,
       * which would make the lookup forget it. */
      return buurt_store_remember_search (self, search, ids);
    }

  stmt = buurt_store_prepare (self, match_sql, error);
  if (stmt == NULL)
    return NULL;

  if (match != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), match, -1, SQLITE_TRANSIENT);
  if (like != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":like"), like, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  cached = buurt_store_remember_search (self, search, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return cached;
}

static gboolean
has_search (const BuurtAgendaQuery *query)
{
  g_autofree char *folded = NULL;

  if (query->search == NULL)
    return FALSE;

  folded = g_strstrip (buurt_fold_text (query->search));
  return *folded != '\0';
}

static void
bind_query (sqlite3_stmt           *stmt,
            const BuurtAgendaQuery *query,
            const char             *activity_ids)
{
  /* Our nicks of categories and statuses are single words, as stored. */
  bind_enum (stmt, ":category", BUURT_TYPE_CATEGORY, query->category);
  bind_enum (stmt, ":status", BUURT_TYPE_ACTIVITY_STATUS, query->status);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":target_groups"),
                      query->target_groups);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":venue_id"), query->venue_id);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":neighbourhood_id"),
                      query->neighbourhood_id);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":kern_id"), query->kern_id);

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":from_day"),
                     query->from_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":show_cancelled"),
                    query->show_cancelled ? 1 : 0);
  if (activity_ids != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":activity_ids"),
                       activity_ids, -1, SQLITE_TRANSIENT);
}

/**
 * buurt_store_count_agenda:
 * @query: what to show
 *
 * Returns: how many dates the agenda shows, or -1 with
 *   @error set
 */
gint64
buurt_store_count_agenda (BuurtStore              *self,
                          const BuurtAgendaQuery  *query,
                          GError                 **error)
{
  const char *ids = NULL;
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  if (has_search (query) && (ids = matching_activities (self, query->search, error)) == NULL)
    return -1;

  stmt = buurt_store_prepare (self,
                              ids == NULL ? count_agenda_sql :
                              is_broad (ids) ? count_broad_search_sql : count_search_sql,
                              error);
  if (stmt == NULL)
    return -1;

  bind_query (stmt, query, ids);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    buurt_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);

  return n;
}

/**
 * buurt_store_count_agenda_days:
 * @query: what to show
 * @days: (out) (transfer full): a #BuurtAgendaDay for each day with dates,
 *   in order
 *
 * Counts the agenda day by day, so that a page far down the list can start
 * at its day instead of skipping all rows before it.
 *
 * Returns: how many dates the agenda shows, or -1 with @error set
 */
gint64
buurt_store_count_agenda_days (BuurtStore              *self,
                               const BuurtAgendaQuery  *query,
                               GArray                 **days,
                               GError                 **error)
{
  g_autoptr(GArray) counted = g_array_new (FALSE, FALSE, sizeof (BuurtAgendaDay));
  const char *ids = NULL;
  sqlite3_stmt *stmt;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);
  g_return_val_if_fail (days != NULL, -1);

  if (has_search (query) && (ids = matching_activities (self, query->search, error)) == NULL)
    return -1;

  stmt = buurt_store_prepare (self,
                              ids == NULL ? count_days_sql :
                              is_broad (ids) ? count_days_broad_search_sql : count_days_search_sql,
                              error);
  if (stmt == NULL)
    return -1;

  bind_query (stmt, query, ids);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtAgendaDay day = { .before = n };

      g_strlcpy (day.day, (const char *) sqlite3_column_text (stmt, 0), sizeof day.day);
      n += sqlite3_column_int64 (stmt, 1);
      g_array_append_val (counted, day);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return -1;
    }

  *days = g_steal_pointer (&counted);
  return n;
}

/**
 * buurt_store_read_occurrence:
 * @stmt: a statement of OCCURRENCE_SELECT on its row
 *
 * Returns: (transfer full): the row as an occurrence
 */
BuurtOccurrence *
buurt_store_read_occurrence (sqlite3_stmt *stmt)
{
  int status = BUURT_ACTIVITY_STATUS_PUBLISHED;
  BuurtOccurrenceData data = {
    .id = sqlite3_column_int64 (stmt, 0),
    .activity_id = sqlite3_column_int64 (stmt, 1),
    .title = (const char *) sqlite3_column_text (stmt, 2),
    .starts_at = (const char *) sqlite3_column_text (stmt, 3),
    .ends_at = (const char *) sqlite3_column_text (stmt, 4),
    .day = (const char *) sqlite3_column_text (stmt, 5),
    .all_day = sqlite3_column_int (stmt, 6) != 0,
    .venue = (const char *) sqlite3_column_text (stmt, 7),
    .room = (const char *) sqlite3_column_text (stmt, 8),
    .location = (const char *) sqlite3_column_text (stmt, 9),
    .organiser = (const char *) sqlite3_column_text (stmt, 10),
    .target_groups = sqlite3_column_int (stmt, 11),
    .cost_cents = sqlite3_column_int64 (stmt, 12),
    .status = buurt_enum_from_word (BUURT_TYPE_ACTIVITY_STATUS, (const char *) sqlite3_column_text (stmt, 13),
                                    &status) ? status : BUURT_ACTIVITY_STATUS_PUBLISHED,
    .cancelled = sqlite3_column_int (stmt, 14) != 0,
    .conflict = sqlite3_column_int (stmt, 15) != 0,
    .tzid = (const char *) sqlite3_column_text (stmt, 16),
    .overridden = sqlite3_column_int (stmt, 17) != 0,
    .closure = (const char *) sqlite3_column_text (stmt, 18),
  };


  return buurt_occurrence_new (&data);
}

/**
 * buurt_store_fetch_agenda:
 * @query: what to show
 * @offset: the position of the first row to read
 * @limit: how many rows to read at most
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the rows
 *   at positions @offset to @offset + @limit, by day and time
 */
GPtrArray *
buurt_store_fetch_agenda (BuurtStore              *self,
                          const BuurtAgendaQuery  *query,
                          guint                    offset,
                          guint                    limit,
                          GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const char *ids = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  if (has_search (query) && (ids = matching_activities (self, query->search, error)) == NULL)
    return NULL;

  stmt = buurt_store_prepare (self,
                              ids == NULL ? fetch_agenda_sql :
                              is_broad (ids) ? fetch_broad_search_sql : fetch_search_sql,
                              error);
  if (stmt == NULL)
    return NULL;

  bind_query (stmt, query, ids);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":offset"), offset);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, buurt_store_read_occurrence (stmt));

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

/**
 * buurt_store_load_occurrence:
 * @activity_id: an activity
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date of @activity_id on @day as it
 *   is now, or %NULL when there is none
 */
BuurtOccurrence *
buurt_store_load_occurrence (BuurtStore *self,
                             gint64      activity_id,
                             const char *day)
{
  sqlite3_stmt *stmt;
  BuurtOccurrence *occurrence = NULL;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, load_occurrence_sql, NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":activity_id"), activity_id);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":day"), day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    occurrence = buurt_store_read_occurrence (stmt);
  sqlite3_reset (stmt);

  return occurrence;
}

/**
 * buurt_store_list_agenda_activities:
 * @query: what the agenda shows: its first day, filters and search
 * @to_day: (nullable): the last local day, "YYYY-MM-DD"; %NULL for all
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of the
 *   activities with at least one date the agenda shows for @query up to
 *   @to_day, ascending, or %NULL with @error set
 */
GArray *
buurt_store_list_agenda_activities (BuurtStore              *self,
                                    const BuurtAgendaQuery  *query,
                                    const char              *to_day,
                                    GError                 **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *matching = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL && query->from_day != NULL, NULL);

  if (has_search (query) && (matching = matching_activities (self, query->search, error)) == NULL)
    return NULL;

  stmt = buurt_store_prepare (self, matching == NULL ? agenda_activities_sql : agenda_activities_search_sql,
                              error);
  if (stmt == NULL)
    return NULL;

  bind_query (stmt, query, matching);
  if (to_day != NULL)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":to_day"), to_day, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

/* buurt-store-deferred.c: the dates of a bulk write, inserted at its end
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <string.h>

#include "buurt-store-private.h"

/*
 * A bulk write (an import of thousands of series, the example data) saves
 * each activity as usual, but its expanded dates wait here instead of going
 * into the occurrence table one activity at a time. At the end of the
 * transaction they go in sorted by start: the occurrence indexes all begin
 * with the start (or with the day or room and then the start), so sorted
 * rows land next to one another in each index instead of all over it, and
 * each page is written once. For a write that is large next to what the table
 * holds, the indexes are dropped and built again from the sorted rows, which
 * is faster still; it is the same transaction, so nothing else ever sees the
 * table without them.
 *
 * Writing an activity again inside the bulk replaces its waiting dates; a
 * savepoint that is rolled back puts back the dates as they were before it,
 * from an undo log.
 */

/* Below this many dates, rebuilding the indexes costs more than it saves. */
#define REINDEX_MIN_ROWS 20000

typedef struct
{
  BuurtRowCopy  copy;       /* status and category owned */
  GArray       *spans;      /* BuurtSpan */
  GArray       *places;     /* BuurtSpanPlace, one per span */
} Entry;

typedef struct
{
  gint64  activity_id;
  Entry  *previous;         /* owned; NULL when it had no dates waiting */
} UndoStep;

struct _BuurtDeferred
{
  GHashTable *entries;      /* &Entry.copy.activity_id → Entry* */
  GArray     *undo;         /* UndoStep */
  GHashTable *to_index;     /* gint64* activity ids whose search text to write */
};

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry == NULL)
    return;

  g_free ((char *) entry->copy.status);
  g_free ((char *) entry->copy.category);
  g_clear_pointer (&entry->spans, g_array_unref);
  g_clear_pointer (&entry->places, g_array_unref);
  g_free (entry);
}

static void
undo_step_clear (gpointer data)
{
  UndoStep *step = data;

  g_clear_pointer (&step->previous, entry_free);
}

BuurtDeferred *
buurt_deferred_new (void)
{
  BuurtDeferred *self = g_new0 (BuurtDeferred, 1);

  self->entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
  self->undo = g_array_new (FALSE, TRUE, sizeof (UndoStep));
  g_array_set_clear_func (self->undo, undo_step_clear);
  self->to_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

void
buurt_deferred_free (BuurtDeferred *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->entries);
  g_array_unref (self->undo);
  g_hash_table_unref (self->to_index);
  g_free (self);
}

/* Takes the waiting entry of @activity_id out of the table into the undo
 * log, so that a rollback can put it back. */
static void
remember (BuurtDeferred *self,
          gint64         activity_id)
{
  /* Not g_hash_table_steal_extended(): the key points into the value, and
   * for such a table GLib 2.74 hands back a NULL value. */
  UndoStep step = { activity_id, g_hash_table_lookup (self->entries, &activity_id) };

  if (step.previous != NULL)
    g_hash_table_steal (self->entries, &activity_id);
  g_array_append_val (self->undo, step);
}

/**
 * buurt_deferred_put:
 * @copy: what the rows copy from the activity (copied)
 * @spans: (transfer full): its dates
 * @places: (transfer full): where each takes place
 *
 * Keeps an activity's dates for the end of the bulk write, instead of what
 * was waiting for it before.
 */
void
buurt_deferred_put (BuurtDeferred      *self,
                    const BuurtRowCopy *copy,
                    GArray             *spans,
                    GArray             *places)
{
  Entry *entry = g_new0 (Entry, 1);

  remember (self, copy->activity_id);

  entry->copy = *copy;
  entry->copy.status = g_strdup (copy->status);
  entry->copy.category = g_strdup (copy->category);
  entry->spans = spans;
  entry->places = places;
  g_hash_table_insert (self->entries, &entry->copy.activity_id, entry);
}

/**
 * buurt_deferred_forget:
 *
 * An activity deleted in the bulk write: none of its dates go in.
 */
void
buurt_deferred_forget (BuurtDeferred *self,
                       gint64         activity_id)
{
  if (g_hash_table_contains (self->entries, &activity_id))
    remember (self, activity_id);
}

/**
 * buurt_deferred_index_later:
 *
 * The activity's search text is written at the end of the bulk write. (One
 * rolled back by then is simply not found, so nothing needs undoing here.)
 */
void
buurt_deferred_index_later (BuurtDeferred *self,
                            gint64         activity_id)
{
  g_hash_table_add (self->to_index, g_memdup2 (&activity_id, sizeof activity_id));
}

static gboolean
index_waiting (BuurtDeferred  *self,
               BuurtStore     *store,
               GError        **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->to_index);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!buurt_store_index_activity_now (store, *(gint64 *) key, error))
      return FALSE;

  g_hash_table_remove_all (self->to_index);
  return TRUE;
}

/**
 * buurt_deferred_mark:
 *
 * Returns: where the undo log stands, at the start of a savepoint
 */
guint
buurt_deferred_mark (BuurtDeferred *self)
{
  return self->undo->len;
}

/**
 * buurt_deferred_rollback:
 * @mark: what buurt_deferred_mark() said at the start of the savepoint
 *
 * Puts back the dates that waited when the savepoint began.
 */
void
buurt_deferred_rollback (BuurtDeferred *self,
                         guint          mark)
{
  while (self->undo->len > mark)
    {
      UndoStep *step = &g_array_index (self->undo, UndoStep, self->undo->len - 1);
      Entry *previous = g_steal_pointer (&step->previous);

      g_hash_table_remove (self->entries, &step->activity_id);
      if (previous != NULL)
        g_hash_table_insert (self->entries, &previous->copy.activity_id, previous);
      g_array_set_size (self->undo, self->undo->len - 1);
    }
}

/* One row to insert: its activity's entry and its index there. */
typedef struct
{
  const Entry *entry;
  guint        index;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a;
  const Row *row_b = b;
  int order = strcmp (g_array_index (row_a->entry->spans, BuurtSpan, row_a->index).starts_at,
                      g_array_index (row_b->entry->spans, BuurtSpan, row_b->index).starts_at);

  if (order != 0)
    return order;
  return (row_a->entry->copy.activity_id > row_b->entry->copy.activity_id) -
         (row_a->entry->copy.activity_id < row_b->entry->copy.activity_id);
}

static const char *occurrence_indexes_sql =
  "SELECT name, sql FROM sqlite_master "
  "WHERE type = 'index' AND tbl_name = 'occurrence' AND sql IS NOT NULL";
static const char *count_occurrences_sql =
  "SELECT count (*) FROM occurrence";

/* The occurrence table's own indexes (not those of its constraints), as
 * their names and the statements that make them. */
static gboolean
read_indexes (BuurtStore  *store,
              GPtrArray   *names,
              GPtrArray   *statements,
              GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (store, occurrence_indexes_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (statements, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (store, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gint64
count_occurrences (BuurtStore *store)
{
  sqlite3_stmt *stmt = buurt_store_prepare (store, count_occurrences_sql, NULL);
  gint64 count = G_MAXINT64;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return count;
}

static gboolean
drop_indexes (BuurtStore  *store,
              GPtrArray   *names,
              GError     **error)
{
  for (guint i = 0; i < names->len; i++)
    {
      /* A name read from the schema, quoted as an identifier. */
      g_autofree char *sql = g_strdup_printf ("DROP INDEX \"%s\"", (const char *) g_ptr_array_index (names, i));

      if (!buurt_store_exec_once (store, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
create_indexes (BuurtStore  *store,
                GPtrArray   *statements,
                GError     **error)
{
  for (guint i = 0; i < statements->len; i++)
    if (!buurt_store_exec_once (store, g_ptr_array_index (statements, i), error))
      return FALSE;
  return TRUE;
}

/* Rows go in this many to a statement: each statement opens the table, its
 * indexes and the tables its references point into once. */
#define ROWS_PER_STATEMENT 128
#define COLUMNS 10

static char *
batch_insert_sql (void)
{
  GString *sql = g_string_new ("INSERT INTO occurrence (activity_id, room_id, starts_at, ends_at, day, "
                               "cancelled, status, category, target_groups, override_id) VALUES ");

  for (guint i = 0; i < ROWS_PER_STATEMENT; i++)
    g_string_append (sql, i == 0 ? "(?, nullif (?, 0), ?, ?, ?, ?, ?, ?, ?, nullif (?, 0))"
                                 : ", (?, nullif (?, 0), ?, ?, ?, ?, ?, ?, ?, nullif (?, 0))");
  return g_string_free (sql, FALSE);
}

static void
bind_row (sqlite3_stmt *stmt,
          int           first,
          const Row    *row)
{
  const BuurtRowCopy *copy = &row->entry->copy;
  const BuurtSpan *span = &g_array_index (row->entry->spans, BuurtSpan, row->index);
  const BuurtSpanPlace *place = &g_array_index (row->entry->places, BuurtSpanPlace, row->index);

  sqlite3_bind_int64 (stmt, first + 1, copy->activity_id);
  sqlite3_bind_int64 (stmt, first + 2, place->room_id);
  sqlite3_bind_text (stmt, first + 3, span->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, span->ends_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 5, span->day, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, first + 6, span->cancelled ? 1 : 0);
  sqlite3_bind_text (stmt, first + 7, copy->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 8, copy->category, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 9, copy->target_groups);
  sqlite3_bind_int64 (stmt, first + 10, place->override_id);
}

static gboolean
insert_sorted (BuurtStore    *store,
               GArray        *rows,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *sql = batch_insert_sql ();
  sqlite3_stmt *batch = NULL;
  sqlite3_stmt *single;
  guint i = 0;
  int rc;

  rc = sqlite3_prepare_v2 (buurt_store_get_db (store), sql, -1, &batch, NULL);
  if (rc != SQLITE_OK)
    {
      buurt_store_set_sqlite_error (store, rc, error);
      return FALSE;
    }

  for (; i + ROWS_PER_STATEMENT <= rows->len; i += ROWS_PER_STATEMENT)
    {
      if (i % (64 * ROWS_PER_STATEMENT) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (batch);
          return FALSE;
        }

      sqlite3_reset (batch);
      for (guint j = 0; j < ROWS_PER_STATEMENT; j++)
        bind_row (batch, j * COLUMNS, &g_array_index (rows, Row, i + j));
      if (!buurt_store_step_done (store, batch, error))
        {
          sqlite3_finalize (batch);
          return FALSE;
        }
    }
  sqlite3_finalize (batch);

  single = buurt_store_occurrence_insert_statement (store, error);
  if (single == NULL)
    return FALSE;

  /* The ones left over, one at a time. */
  for (; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (!buurt_store_insert_span (store, single, &row->entry->copy,
                                    &g_array_index (row->entry->spans, BuurtSpan, row->index),
                                    &g_array_index (row->entry->places, BuurtSpanPlace, row->index),
                                    error))
        return FALSE;
    }
  return TRUE;
}

/**
 * buurt_deferred_flush:
 *
 * Writes the waiting search texts, inserts every waiting date, sorted by
 * start, then lets the closures in force cancel those they reach. Inside the
 * bulk write's transaction.
 */
gboolean
buurt_deferred_flush (BuurtDeferred  *self,
                      BuurtStore     *store,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer value;
  gboolean reindex;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Entry *entry = value;

      for (guint i = 0; i < entry->spans->len; i++)
        {
          Row row = { entry, i };

          g_array_append_val (rows, row);
        }
    }

  if (!index_waiting (self, store, error))
    return FALSE;

  if (rows->len == 0)
    return TRUE;

  g_array_sort (rows, compare_rows);

  reindex = rows->len >= REINDEX_MIN_ROWS && rows->len >= count_occurrences (store);
  if (reindex && (!read_indexes (store, names, statements, error) ||
                  !drop_indexes (store, names, error)))
    return FALSE;

  if (!insert_sorted (store, rows, cancellable, error))
    return FALSE;

  if (reindex && (g_cancellable_set_error_if_cancelled (cancellable, error) ||
                  !create_indexes (store, statements, error)))
    return FALSE;

  g_hash_table_remove_all (self->entries);
  g_array_set_size (self->undo, 0);

  return buurt_store_apply_closures (store, 0, NULL, error);
}

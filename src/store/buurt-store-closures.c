/* buurt-store-closures.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

/*
 * Closures: a named period in which everything, a town, a neighbourhood, a
 * venue or one room is closed. A closure that is not deleted cancels every
 * date in its period and scope that was not cancelled yet, and says so in
 * the row's closure_id; lifting it (a tombstone) restores exactly those
 * rows, never a date cancelled by hand. The occurrence table stays the one
 * place the agenda reads.
 */

/* Which rows a closure reaches: its period, its scope; the rows of one
 * activity or of all. */
#define CLOSURE_SCOPE \
  "  AND (:scope = 'everything' " \
  "       OR (:scope = 'room' AND o.room_id = :room_id) " \
  "       OR (:scope = 'venue' AND o.room_id IN (SELECT r.id FROM room r WHERE r.venue_id = :venue_id)) " \
  "       OR (:scope = 'neighbourhood' AND o.room_id IN " \
  "           (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "            WHERE v.neighbourhood_id = :neighbourhood_id)) " \
  "       OR (:scope = 'kern' AND o.room_id IN " \
  "           (SELECT r.id FROM room r JOIN venue v ON v.id = r.venue_id " \
  "            JOIN neighbourhood n ON n.id = v.neighbourhood_id WHERE n.kern_id = :kern_id))) "

static const char *apply_closure_sql =
  "UPDATE occurrence AS o SET cancelled = 1, closure_id = :closure_id "
  "WHERE o.day BETWEEN :first_day AND :last_day AND o.cancelled = 0 "
  CLOSURE_SCOPE;
static const char *apply_closure_to_activity_sql =
  "UPDATE occurrence AS o SET cancelled = 1, closure_id = :closure_id "
  "WHERE o.activity_id = :activity_id AND o.day BETWEEN :first_day AND :last_day "
  "  AND o.cancelled = 0 "
  CLOSURE_SCOPE;
static const char *preview_closure_sql =
  "SELECT o.activity_id, a.title, count (*), min (o.day), max (o.day) "
  "FROM occurrence o JOIN activity a ON a.id = o.activity_id "
  "WHERE o.day BETWEEN :first_day AND :last_day "
  "  AND (o.cancelled = 0 OR o.closure_id = :closure_id) AND a.deleted_at IS NULL "
  CLOSURE_SCOPE
  "GROUP BY o.activity_id ORDER BY a.title, o.activity_id";
static const char *closures_in_force_sql =
  "SELECT id, first_day, last_day, scope, coalesce (kern_id, 0), "
  "       coalesce (neighbourhood_id, 0), coalesce (venue_id, 0), coalesce (room_id, 0) "
  "FROM closure WHERE deleted_at IS NULL AND last_day >= :from_day AND first_day <= :to_day "
  "  AND id <> :except_id "
  "ORDER BY id";
static const char *closure_reach_sql =
  "SELECT min (day), max (day) FROM occurrence WHERE closure_id = :closure_id";
static const char *lift_closure_sql =
  "UPDATE occurrence SET cancelled = 0, closure_id = NULL WHERE closure_id = :closure_id";
static const char *closures_for_room_sql =
  "SELECT c.id, c.name, c.first_day, c.last_day FROM closure c "
  "WHERE c.deleted_at IS NULL AND c.last_day >= :from_day "
  "  AND (c.scope = 'everything' "
  "       OR (c.scope = 'room' AND c.room_id = :room_id) "
  "       OR (c.scope = 'venue' AND c.venue_id = (SELECT venue_id FROM room WHERE id = :room_id)) "
  "       OR (c.scope = 'neighbourhood' AND c.neighbourhood_id = "
  "           (SELECT v.neighbourhood_id FROM room r JOIN venue v ON v.id = r.venue_id WHERE r.id = :room_id)) "
  "       OR (c.scope = 'kern' AND c.kern_id = "
  "           (SELECT n.kern_id FROM room r JOIN venue v ON v.id = r.venue_id "
  "            JOIN neighbourhood n ON n.id = v.neighbourhood_id WHERE r.id = :room_id))) "
  "ORDER BY c.first_day, c.id";
static const char *count_closed_sql =
  "SELECT count (*) FROM occurrence WHERE activity_id = :activity_id AND closure_id IS NOT NULL";

/* One closure as the store applies it. */
typedef struct
{
  gint64 id;
  char   first_day[11];
  char   last_day[11];
  char  *scope;
  gint64 kern_id;
  gint64 neighbourhood_id;
  gint64 venue_id;
  gint64 room_id;
} Closure;

static void
closure_clear (gpointer data)
{
  Closure *closure = data;

  g_free (closure->scope);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Closure, closure_clear)

static void
bind_closure (sqlite3_stmt  *stmt,
              const Closure *closure)
{
  buurt_store_bind_int (stmt, ":closure_id", closure->id);
  buurt_store_bind_text (stmt, ":first_day", closure->first_day);
  buurt_store_bind_text (stmt, ":last_day", closure->last_day);
  buurt_store_bind_text (stmt, ":scope", closure->scope);
  buurt_store_bind_int (stmt, ":kern_id", closure->kern_id);
  buurt_store_bind_int (stmt, ":neighbourhood_id", closure->neighbourhood_id);
  buurt_store_bind_int (stmt, ":venue_id", closure->venue_id);
  buurt_store_bind_int (stmt, ":room_id", closure->room_id);
}

static void
closure_from_entity (Closure      *closure,
                     BuurtClosure *entity)
{
  BuurtEntity *e = BUURT_ENTITY (entity);

  closure->id = buurt_entity_get_id (e);
  g_strlcpy (closure->first_day, buurt_entity_get_string (e, "first-day"), sizeof closure->first_day);
  g_strlcpy (closure->last_day, buurt_entity_get_string (e, "last-day"), sizeof closure->last_day);
  closure->scope = buurt_store_enum_word (BUURT_TYPE_CLOSURE_SCOPE, buurt_entity_get_enum (e, "scope"));
  closure->kern_id = buurt_entity_get_int (e, "kern-id");
  closure->neighbourhood_id = buurt_entity_get_int (e, "neighbourhood-id");
  closure->venue_id = buurt_entity_get_int (e, "venue-id");
  closure->room_id = buurt_entity_get_int (e, "room-id");
}

static GArray *
closures_in_force (BuurtStore  *self,
                   const char  *from_day,
                   const char  *to_day,
                   gint64       except_id,
                   GError     **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (Closure));
  sqlite3_stmt *stmt = buurt_store_prepare (self, closures_in_force_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (all, closure_clear);
  buurt_store_bind_text (stmt, ":from_day", from_day != NULL ? from_day : "0000-00-00");
  buurt_store_bind_text (stmt, ":to_day", to_day != NULL ? to_day : "9999-99-99");
  buurt_store_bind_int (stmt, ":except_id", except_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Closure closure = { .id = sqlite3_column_int64 (stmt, 0) };

      g_strlcpy (closure.first_day, (const char *) sqlite3_column_text (stmt, 1), sizeof closure.first_day);
      g_strlcpy (closure.last_day, (const char *) sqlite3_column_text (stmt, 2), sizeof closure.last_day);
      closure.scope = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      closure.kern_id = sqlite3_column_int64 (stmt, 4);
      closure.neighbourhood_id = sqlite3_column_int64 (stmt, 5);
      closure.venue_id = sqlite3_column_int64 (stmt, 6);
      closure.room_id = sqlite3_column_int64 (stmt, 7);
      g_array_append_val (all, closure);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&all);
}

/* Cancels the rows of @closure (of one activity, or of all when
 * @activity_id is 0) from @from_day on that were not cancelled yet. */
static gboolean
apply_closure (BuurtStore     *self,
               const Closure  *closure,
               gint64          activity_id,
               const char     *from_day,
               GError        **error)
{
  sqlite3_stmt *stmt;
  Closure from = *closure;

  if (from_day != NULL && strcmp (from_day, from.first_day) > 0)
    g_strlcpy (from.first_day, from_day, sizeof from.first_day);
  if (strcmp (from.first_day, from.last_day) > 0)
    return TRUE;

  stmt = buurt_store_prepare (self, activity_id != 0 ? apply_closure_to_activity_sql : apply_closure_sql,
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_closure (stmt, &from);
  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  return buurt_store_step_done (self, stmt, error);
}

/**
 * buurt_store_apply_closures:
 * @activity_id: the activity whose rows to look at, or 0 for all
 * @from_day: (nullable): the first day to look at
 *
 * Cancels the dates that fall in a closure in force and were not cancelled
 * yet; each row says which closure cancelled it. Inside a transaction.
 */
gboolean
buurt_store_apply_closures (BuurtStore  *self,
                            gint64       activity_id,
                            const char  *from_day,
                            GError     **error)
{
  g_autoptr(GArray) closures = closures_in_force (self, from_day, NULL, 0, error);

  if (closures == NULL)
    return FALSE;

  for (guint i = 0; i < closures->len; i++)
    if (!apply_closure (self, &g_array_index (closures, Closure, i), activity_id, from_day, error))
      return FALSE;

  return TRUE;
}

/* Restores the rows @closure_id cancelled, then lets the other closures in
 * force cancel those of them they reach. */
static gboolean
lift_closure (BuurtStore  *self,
              gint64       closure_id,
              GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, closure_reach_sql, error);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GArray) others = NULL;

  if (stmt == NULL)
    return FALSE;

  buurt_store_bind_int (stmt, ":closure_id", closure_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      last = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (first == NULL)
    return TRUE;

  stmt = buurt_store_prepare (self, lift_closure_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":closure_id", closure_id);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  others = closures_in_force (self, first, last, closure_id, error);
  if (others == NULL)
    return FALSE;

  for (guint i = 0; i < others->len; i++)
    {
      Closure overlap = g_array_index (others, Closure, i);

      if (strcmp (overlap.last_day, last) > 0)
        g_strlcpy (overlap.last_day, last, sizeof overlap.last_day);
      if (!apply_closure (self, &overlap, 0, first, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * buurt_store_preview_closure:
 * @closure: a closure, saved or not
 * @n_dates: (out) (optional): how many dates it cancels in all
 *
 * What applying @closure would cancel (for a saved one: what it cancels
 * now, and what it would with its new period and scope): the dates that
 * take place in its period and scope, grouped by activity.
 *
 * Returns: (transfer full) (element-type BuurtClosureDates) (nullable): one
 *   item per activity by title, or %NULL with @error set
 */
GArray *
buurt_store_preview_closure (BuurtStore    *self,
                             BuurtClosure  *closure,
                             gint64        *n_dates,
                             GError       **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (BuurtClosureDates));
  g_auto(Closure) data = { 0 };
  sqlite3_stmt *stmt;
  gint64 total = 0;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (BUURT_IS_CLOSURE (closure), NULL);

  if (!buurt_entity_validate (BUURT_ENTITY (closure), error))
    return NULL;

  stmt = buurt_store_prepare (self, preview_closure_sql, error);
  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (items, buurt_closure_dates_clear);
  closure_from_entity (&data, closure);
  bind_closure (stmt, &data);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtClosureDates item = {
        .activity_id = sqlite3_column_int64 (stmt, 0),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        .n_dates = sqlite3_column_int64 (stmt, 2),
      };

      g_strlcpy (item.first_day, (const char *) sqlite3_column_text (stmt, 3), sizeof item.first_day);
      g_strlcpy (item.last_day, (const char *) sqlite3_column_text (stmt, 4), sizeof item.last_day);
      total += item.n_dates;
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  if (n_dates != NULL)
    *n_dates = total;
  return g_steal_pointer (&items);
}

/**
 * buurt_store_count_closed_dates:
 * @activity_id: an activity
 *
 * Returns: how many of its dates a closure cancels, or -1 with @error set
 */
gint64
buurt_store_count_closed_dates (BuurtStore  *self,
                                gint64       activity_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  stmt = buurt_store_prepare (self, count_closed_sql, error);
  if (stmt == NULL)
    return -1;
  buurt_store_bind_int (stmt, ":activity_id", activity_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      buurt_store_set_read_error (self, rc, error);
      return -1;
    }

  return n;
}

/**
 * buurt_store_write_closure:
 * @closure: a closure just written
 *
 * Restores the dates @closure cancelled before, then, unless it is deleted
 * (lifted), cancels those it reaches now. Inside the transaction that wrote
 * it.
 */
gboolean
buurt_store_write_closure (BuurtStore    *self,
                           BuurtClosure  *closure,
                           GError       **error)
{
  g_auto(Closure) data = { 0 };

  if (!lift_closure (self, buurt_entity_get_id (BUURT_ENTITY (closure)), error))
    return FALSE;
  if (buurt_entity_get_deleted_at (BUURT_ENTITY (closure)) != NULL)
    return TRUE;

  closure_from_entity (&data, closure);
  return apply_closure (self, &data, 0, NULL, error);
}

/**
 * buurt_store_closures_for_room:
 * @room_id: a room, or 0 for a place elsewhere (only closures of everything
 *   reach it)
 * @from_day: the first day to look at, "YYYY-MM-DD"
 *
 * The closures in force that would cancel a date in @room_id, for an
 * activity not saved yet: each item's @activity_id is the closure's id, its
 * @title the closure's name, its days the closure's period.
 *
 * Returns: (transfer full) (element-type BuurtClosureDates) (nullable): by
 *   first day, or %NULL with @error set
 */
GArray *
buurt_store_closures_for_room (BuurtStore  *self,
                               gint64       room_id,
                               const char  *from_day,
                               GError     **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (BuurtClosureDates));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, closures_for_room_sql, error);
  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (items, buurt_closure_dates_clear);
  buurt_store_bind_int (stmt, ":room_id", room_id);
  buurt_store_bind_text (stmt, ":from_day", from_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtClosureDates item = {
        .activity_id = sqlite3_column_int64 (stmt, 0),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
      };

      g_strlcpy (item.first_day, (const char *) sqlite3_column_text (stmt, 2), sizeof item.first_day);
      g_strlcpy (item.last_day, (const char *) sqlite3_column_text (stmt, 3), sizeof item.last_day);
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

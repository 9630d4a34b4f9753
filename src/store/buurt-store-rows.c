/* buurt-store-rows.c: the ids a statement selects, and their entities
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"

/**
 * buurt_store_select_ids:
 * @sql: a statement (a string constant) whose first column is an id
 * @parameter: (nullable): the name of its one parameter, such as
 *   ":initiative_id"
 * @value: what to bind to @parameter
 *
 * Reads every id first, so that no statement is left half-stepped while
 * the caller loads what they are.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids in the
 *   statement's order, or %NULL with @error set
 */
GArray *
buurt_store_select_ids (BuurtStore  *self,
                        const char  *sql,
                        const char  *parameter,
                        gint64       value,
                        GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = buurt_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (parameter != NULL)
    buurt_store_bind_int (stmt, parameter, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * buurt_store_load_ids:
 * @type: the entity type the ids are of
 * @ids: (element-type gint64): their ids
 *
 * Returns: (transfer full) (nullable): the entities, in the order of @ids,
 *   or %NULL with @error set
 */
GListModel *
buurt_store_load_ids (BuurtStore  *self,
                      GType        type,
                      GArray      *ids,
                      GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BuurtEntity) entity = buurt_store_load (self, type, g_array_index (ids, gint64, i), error);

      if (entity == NULL)
        return NULL;
      g_list_store_append (list, entity);
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* buurt-store-desk-derived.c: what rows received from another desk need rebuilt, once each
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-desks.h"
#include "buurt-store-private.h"

/*
 * A file from another desk may bring an activity with its overrides, the
 * venue and the organiser it names, and closures: rows of several tables
 * that each change an activity's dates or search text. They are noted as
 * they are written and rebuilt once, at the end of the transaction, so a
 * whole agenda received rebuilds each activity's dates once, and a day's
 * changes only the activities they touch.
 */

struct _BuurtDeskDerived
{
  GHashTable *rebuild;   /* activity ids whose dates and search text to write anew */
  GHashTable *index;     /* activity ids whose search text only to write anew */
  GHashTable *closures;  /* closure ids to apply (or lift) anew */
};

/**
 * buurt_store_desk_derived_new:
 *
 * Returns: (transfer full): an empty list of what to rebuild, for
 *   buurt_store_desk_write_later()
 */
BuurtDeskDerived *
buurt_store_desk_derived_new (void)
{
  BuurtDeskDerived *derived = g_new0 (BuurtDeskDerived, 1);

  derived->rebuild = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  derived->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  derived->closures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return derived;
}

void
buurt_store_desk_derived_free (BuurtDeskDerived *derived)
{
  g_hash_table_unref (derived->rebuild);
  g_hash_table_unref (derived->index);
  g_hash_table_unref (derived->closures);
  g_free (derived);
}

/* Notes @id (an activity, or a closure) for buurt_store_desk_refresh_derived(). */
void
buurt_store_desk_derived_add (BuurtDeskDerived     *derived,
                              BuurtDeskDerivedKind  kind,
                              gint64                id)
{
  GHashTable *set = kind == BUURT_DESK_DERIVED_REBUILD ? derived->rebuild
                    : kind == BUURT_DESK_DERIVED_INDEX ? derived->index
                    : derived->closures;

  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = **(const gint64 **) a, y = **(const gint64 **) b;

  return x < y ? -1 : x > y;
}

/* The ids of @set, lowest first, so the work is done in the same order on
 * every desk. */
static GPtrArray *
sorted_ids (GHashTable *set)
{
  GPtrArray *ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);
  g_ptr_array_sort (ids, compare_ids);
  return ids;
}

/**
 * buurt_store_desk_refresh_derived:
 * @cancellable: (nullable): stops between two activities
 *
 * Rebuilds what @derived lists, each once: the dates and search text of the
 * activities written, the search text of the activities that name a venue,
 * room or contact written, and the dates closures cancel. Call it in the
 * transaction that wrote the rows, before it ends; @derived is then empty.
 *
 * Returns: %FALSE with @error set when it could not be done
 */
gboolean
buurt_store_desk_refresh_derived (BuurtStore        *self,
                                  BuurtDeskDerived  *derived,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(GPtrArray) rebuild = sorted_ids (derived->rebuild);
  g_autoptr(GPtrArray) index = sorted_ids (derived->index);
  g_autoptr(GPtrArray) closures = sorted_ids (derived->closures);
  gboolean dates_changed = rebuild->len > 0 || closures->len > 0;

  for (guint i = 0; i < rebuild->len; i++)
    {
      gint64 activity_id = *(gint64 *) g_ptr_array_index (rebuild, i);
      g_autoptr(BuurtActivity) activity = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      activity = buurt_store_load (self, BUURT_TYPE_ACTIVITY, activity_id, error);
      if (activity == NULL ||
          !buurt_store_rebuild_occurrences (self, activity, error) ||
          !buurt_store_index_activity (self, activity_id, error))
        return FALSE;
    }

  for (guint i = 0; i < index->len; i++)
    {
      gint64 activity_id = *(gint64 *) g_ptr_array_index (index, i);

      if (!g_hash_table_contains (derived->rebuild, &activity_id) &&
          !buurt_store_index_activity (self, activity_id, error))
        return FALSE;
    }

  /* A closure from another desk cancels (or, lifted, restores) this desk's
   * dates as one made here does. */
  for (guint i = 0; i < closures->len; i++)
    {
      gint64 closure_id = *(gint64 *) g_ptr_array_index (closures, i);
      g_autoptr(BuurtClosure) closure = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      closure = buurt_store_load (self, BUURT_TYPE_CLOSURE, closure_id, error);
      if (closure == NULL || !buurt_store_write_closure (self, closure, error))
        return FALSE;
    }

  g_hash_table_remove_all (derived->rebuild);
  g_hash_table_remove_all (derived->index);
  g_hash_table_remove_all (derived->closures);
  if (dates_changed)
    buurt_store_emit_changed (self, "occurrence");
  return TRUE;
}

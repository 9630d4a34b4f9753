/* buurt-csv-import-apply.c: writing the good lines in one transaction
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-csv-import-private.h"
#include "buurt-csv-values.h"
#include "buurt-database-private.h"


typedef struct
{
  BuurtCsvImport *self;
  BuurtDatabase  *database;  /* the connection the rows are written with */
  guint           n_added;
} Apply;

static gboolean
apply_activities (BuurtStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  Apply *apply = user_data;
  BuurtCsvImport *self = apply->self;
  g_autoptr(GHashTable) organisers = buurt_csv_by_name (apply->database, BUURT_TYPE_CONTACT, "name");

  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autoptr(BuurtEntity) activity = g_object_ref (g_ptr_array_index (self->rows, i));
      const char *organiser = g_object_get_data (G_OBJECT (activity), ORGANISER_KEY);

      if (organiser != NULL && *organiser != '\0')
        {
          g_autofree char *key = buurt_csv_fold (organiser);
          BuurtEntity *contact = g_hash_table_lookup (organisers, key);

          if (contact == NULL)
            {
              contact = g_object_new (BUURT_TYPE_CONTACT, NULL);
              g_object_set (contact, "name", organiser, "kind", BUURT_CONTACT_KIND_CLUB, NULL);
              if (!buurt_store_save (store, contact, error))
                {
                  g_object_unref (contact);
                  return FALSE;
                }
              g_hash_table_insert (organisers, g_steal_pointer (&key), contact);
            }
          g_object_set (activity, "organiser-id", buurt_entity_get_id (contact), NULL);
        }

      if (!buurt_store_save (store, activity, error))
        return FALSE;
      apply->n_added++;
    }

  return TRUE;
}

static gboolean
apply_venues (BuurtStore  *store,
              gpointer     user_data,
              GError     **error)
{
  Apply *apply = user_data;
  BuurtCsvImport *self = apply->self;

  for (guint i = 0; i < self->venue_rows->len; i++)
    {
      BuurtCsvVenueRow *row = &g_array_index (self->venue_rows, BuurtCsvVenueRow, i);
      gboolean new_venue = buurt_entity_get_id (row->venue) == 0;

      if (new_venue && !buurt_store_save (store, row->venue, error))
        return FALSE;
      if (row->room != NULL)
        {
          g_object_set (row->room, "venue-id", buurt_entity_get_id (row->venue), NULL);
          if (!buurt_store_save (store, row->room, error))
            return FALSE;
        }
      apply->n_added++;
    }

  return TRUE;
}

static gboolean
apply_with (BuurtCsvImport  *self,
            BuurtDatabase   *database,
            guint           *n_added,
            GError         **error)
{
  Apply apply = { self, database, 0 };
  BuurtStore *store = buurt_database_get_store (database);
  BuurtStoreFunc func;
  gboolean ok;

  /* An import may add thousands of activities: keep the agenda as it was. */
  if (!buurt_database_backup_before (database, "import", error))
    return FALSE;
  /* Many lines: their dates go in together at the end (nothing here reads
   * them back before). */
  func = self->kind == BUURT_CSV_KIND_ACTIVITIES ? apply_activities : apply_venues;
  ok = buurt_csv_import_get_n_good (self) > 100 ? buurt_store_bulk_transaction (store, func, &apply, NULL, error)
                                                 : buurt_store_transaction (store, func, &apply, error);
  if (n_added != NULL)
    *n_added = ok ? apply.n_added : 0;
  return ok;
}

/**
 * buurt_csv_import_apply:
 * @n_added: (out) (optional): the activities, or the venues and rooms, added
 *
 * Adds the good lines that are not in the agenda yet, all in one
 * transaction: all of them or, with @error set, none.
 *
 * Returns: %TRUE when they were added
 */
gboolean
buurt_csv_import_apply (BuurtCsvImport  *self,
                        guint           *n_added,
                        GError         **error)
{
  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (self), FALSE);

  return apply_with (self, self->database, n_added, error);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BuurtCsvImport *self = source_object;
  g_autoptr(BuurtDatabase) own = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  /* A connection of its own: the window's stays free to draw. */
  own = buurt_database_new (task_data, &error);
  if (own == NULL || !apply_with (self, own, &n_added, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, n_added);
}

/**
 * buurt_csv_import_apply_async:
 *
 * Does what buurt_csv_import_apply() does in a thread with its own
 * connection to the agenda, so a window does not stop drawing while
 * thousands of lines are written. The import must not be changed until
 * @callback runs.
 */
void
buurt_csv_import_apply_async (BuurtCsvImport      *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BUURT_IS_CSV_IMPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_csv_import_apply_async);
  g_task_set_task_data (task, g_strdup (buurt_database_get_path (self->database)), g_free);
  g_task_run_in_thread (task, apply_thread);
}

/**
 * buurt_csv_import_apply_finish:
 * @n_added: (out) (optional): as for buurt_csv_import_apply()
 *
 * Returns: %TRUE when the lines were added; the agenda's views hear of it
 */
gboolean
buurt_csv_import_apply_finish (BuurtCsvImport  *self,
                               GAsyncResult    *result,
                               guint           *n_added,
                               GError         **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_added != NULL)
    *n_added = (guint) n;
  /* Written with another connection: tell this one's views. */
  buurt_database_notify_all_changed (self->database);
  return TRUE;
}

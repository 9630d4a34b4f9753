/* buurt-example-data-async.c: loading example data off the main thread
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include "buurt-example-data.h"

/* The tables example data fills; the views hear of each once it is done. */
static const char * const example_tables[] = {
  "kern", "neighbourhood", "venue", "room", "contact", "initiative",
  "initiative_partner", "funding_request", "expense", "journal_entry", "activity",
  "occurrence",
};

typedef struct
{
  char  *path;
  guint  n_occurrences;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  /* A thread gets a connection of its own. */
  database = buurt_database_new (data->path, &error);
  if (database == NULL ||
      !buurt_example_data_generate (database, data->n_occurrences,
                                    BUURT_EXAMPLE_DEFAULT_SEED, cancellable, &error) ||
      (n = buurt_database_count_occurrences (database, &error)) < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, n);
}

/**
 * buurt_example_data_load_async:
 * @database: the open agenda, which must be empty
 * @n_occurrences: about how many activity dates to make
 *
 * Fills @database with example data in a thread with a connection of its
 * own; the window stays responsive. When done, @database tells its views
 * which tables changed.
 */
void
buurt_example_data_load_async (BuurtDatabase       *database,
                               guint                n_occurrences,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (BUURT_IS_DATABASE (database));

  data = g_new0 (LoadData, 1);
  data->path = g_strdup (buurt_database_get_path (database));
  data->n_occurrences = n_occurrences;

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_example_data_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * buurt_example_data_load_finish:
 *
 * Returns: how many activity dates the agenda now has, or -1 with @error set
 */
gint64
buurt_example_data_load_finish (BuurtDatabase  *database,
                                GAsyncResult   *result,
                                GError        **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, database), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == buurt_example_data_load_async, -1);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (example_tables); i++)
    buurt_database_notify_changed (database, example_tables[i]);

  return n;
}

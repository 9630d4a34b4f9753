/* buurt-double-bookings.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-double-bookings"

#include "config.h"

#include "buurt-database-private.h"
#include "buurt-double-bookings.h"

/*
 * Counting the double bookings reads every date of every room once: a few
 * hundred milliseconds at 330,000 dates, so it runs in a thread on a
 * connection of its own, and the Venues view shows the count when it comes.
 */

typedef struct
{
  char      *path;
  guint      max_pairs;
  gint64     n_total;
  GPtrArray *pairs;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->path);
  g_clear_pointer (&job->pairs, g_ptr_array_unref);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtStore) store = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  store = buurt_store_new (job->path, &error);
  if (store != NULL)
    job->n_total = buurt_store_count_double_bookings (store, &error);
  if (store != NULL && job->n_total >= 0 && job->max_pairs > 0)
    job->pairs = buurt_store_list_double_bookings (store, job->max_pairs, &error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_database_read_double_bookings_async:
 * @max_pairs: list at most this many pairs (0: count only)
 *
 * Counts, and lists the latest, pairs of dates that overlap in one room, in
 * a thread. @callback runs on the caller's thread-default main context.
 */
void
buurt_database_read_double_bookings_async (BuurtDatabase       *self,
                                           guint                max_pairs,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (BUURT_IS_DATABASE (self));

  job = g_new0 (Job, 1);
  job->path = g_strdup (buurt_database_get_path (self));
  job->max_pairs = max_pairs;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_database_read_double_bookings_async);
  g_task_set_name (task, "[buurt] read double bookings");
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, read_thread);
}

/**
 * buurt_database_read_double_bookings_finish:
 * @n_total: (out) (optional): how many pairs there are in all
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   latest pairs, flat (dates 2n and 2n + 1 are a pair); %NULL with @error
 *   set
 */
GPtrArray *
buurt_database_read_double_bookings_finish (BuurtDatabase  *self,
                                            GAsyncResult   *result,
                                            gint64         *n_total,
                                            GError        **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  if (n_total != NULL)
    *n_total = job->n_total;
  if (job->pairs == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return g_ptr_array_ref (job->pairs);
}

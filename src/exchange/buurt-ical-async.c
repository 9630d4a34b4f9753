/* buurt-ical-async.c: reading, importing and exporting calendar files off
 * the main thread
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include "buurt-ical-private.h"

/*
 * Each job opens the agenda file once more on its own thread (SQLite
 * connections are not shared between threads) and works there; the window
 * hears of the changes through buurt_database_notify_all_changed() on the
 * main thread once the job is done.
 */

typedef struct
{
  char                  *path;
  GFile                 *file;
  BuurtIcalImport       *import;
  gboolean               as_submissions;
  BuurtIcalSummary       summary;
  BuurtIcalExportFilter  filter;
  BuurtAgendaQuery       query;
  char                  *filter_strings[7];
  guint                  n_events;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_object (&job->file);
  g_clear_object (&job->import);
  for (guint i = 0; i < G_N_ELEMENTS (job->filter_strings); i++)
    g_free (job->filter_strings[i]);
  g_free (job);
}

static Job *
job_new (BuurtDatabase *database,
         GFile         *file)
{
  Job *job = g_new0 (Job, 1);

  job->path = g_strdup (buurt_database_get_path (database));
  job->file = file != NULL ? g_object_ref (file) : NULL;
  return job;
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  BuurtIcalImport *import = NULL;

  database = buurt_database_new (job->path, &error);
  if (database != NULL)
    import = buurt_ical_import_read (database, job->file, cancellable, &error);

  if (import == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, import, g_object_unref);
}

/**
 * buurt_ical_import_read_async:
 *
 * Reads @file and compares it with the agenda of @database on a thread of
 * its own; see buurt_ical_import_read().
 */
void
buurt_ical_import_read_async (BuurtDatabase       *database,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);

  g_task_set_source_tag (task, buurt_ical_import_read_async);
  g_task_set_task_data (task, job_new (database, file), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, read_thread);
}

/**
 * buurt_ical_import_read_finish:
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error set
 */
BuurtIcalImport *
buurt_ical_import_read_finish (BuurtDatabase  *database,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, database), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = buurt_database_new (job->path, &error);
  if (database == NULL ||
      !buurt_ical_import_apply (job->import, database, job->as_submissions, cancellable,
                                &job->summary, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_ical_import_apply_async:
 *
 * Writes the chosen items of @import on a thread of its own, in one
 * transaction; see buurt_ical_import_apply().
 */
void
buurt_ical_import_apply_async (BuurtIcalImport     *self,
                               BuurtDatabase       *database,
                               gboolean             as_submissions,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);
  Job *job = job_new (database, NULL);

  job->import = g_object_ref (self);
  job->as_submissions = as_submissions;
  g_task_set_source_tag (task, buurt_ical_import_apply_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, apply_thread);
}

/**
 * buurt_ical_import_apply_finish:
 * @summary: (out caller-allocates): what was done
 *
 * Tells the views of @database that the agenda changed, on success.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_ical_import_apply_finish (BuurtDatabase     *database,
                                GAsyncResult      *result,
                                BuurtIcalSummary  *summary,
                                GError           **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  *summary = job->summary;
  buurt_database_notify_all_changed (database);
  return TRUE;
}

/* How long an export waits before it starts: for tests that look at a
 * running export and cancel it. */
static guint export_delay_ms;

/**
 * buurt_ical_export_set_delay_for_tests:
 * @ms: how long each later export waits on its thread before it starts
 */
void
buurt_ical_export_set_delay_for_tests (guint ms)
{
  export_delay_ms = ms;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  if (export_delay_ms > 0)
    g_usleep (export_delay_ms * (G_USEC_PER_SEC / 1000));

  database = buurt_database_new (job->path, &error);
  if (database == NULL ||
      !buurt_ical_export_to_file (database, job->file, &job->filter, &job->n_events,
                                  cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_ical_export_async:
 * @filter: (nullable): which activities; copied
 *
 * Writes @file on a thread of its own; see buurt_ical_export_to_file().
 */
void
buurt_ical_export_async (BuurtDatabase               *database,
                         GFile                       *file,
                         const BuurtIcalExportFilter *filter,
                         GCancellable                *cancellable,
                         GAsyncReadyCallback          callback,
                         gpointer                     user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);
  Job *job = job_new (database, file);

  if (filter != NULL)
    {
      job->filter.from = job->filter_strings[0] = g_strdup (filter->from);
      job->filter.to = job->filter_strings[1] = g_strdup (filter->to);
      job->filter.town = job->filter_strings[2] = g_strdup (filter->town);
      job->filter.venue = job->filter_strings[3] = g_strdup (filter->venue);
      job->filter.initiative = job->filter_strings[4] = g_strdup (filter->initiative);
      if (filter->query != NULL)
        {
          job->query = *filter->query;
          job->query.from_day = job->filter_strings[5] = g_strdup (filter->query->from_day);
          job->query.search = job->filter_strings[6] = g_strdup (filter->query->search);
          job->filter.query = &job->query;
        }
    }
  g_task_set_source_tag (task, buurt_ical_export_async);
  /* A cancel that comes after the file was written is too late: the file
   * is there, and finish says so instead of "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * buurt_ical_export_finish:
 * @n_events: (out) (optional): how many events were written
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_ical_export_finish (BuurtDatabase  *database,
                          GAsyncResult   *result,
                          guint          *n_events,
                          GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (n_events != NULL)
    *n_events = ((Job *) g_task_get_task_data (G_TASK (result)))->n_events;
  return TRUE;
}

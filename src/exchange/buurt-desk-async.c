/* buurt-desk-async.c: reading, receiving and exchanging desk files off the main thread
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include "buurt-desk-private.h"

/*
 * Each job opens the agenda file once more on its own thread (SQLite
 * connections are not shared between threads) and works there, as the
 * calendar import does (buurt-ical-async.c). Receiving is one transaction,
 * so a cancelled job leaves the agenda as it was. The window hears of the
 * changes through buurt_database_notify_all_changed() on the main thread
 * once the job is done.
 */

typedef struct
{
  char             *path;
  char             *backup_folder; /* chosen in Preferences, or NULL */
  GFile            *file;        /* the file, or the shared folder */
  BuurtDeskFile    *desk_file;   /* preview: read here; receive: the caller's */
  GPtrArray        *changes;     /* preview: what receiving would do */
  GHashTable       *choices;     /* receive: per conflict */
  BuurtDeskChoice   choice;
  gboolean          backed_up;   /* the backup before receiving was made */
  BuurtDeskSummary  summary;
  guint             n_files;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->backup_folder);
  g_clear_object (&job->file);
  g_clear_pointer (&job->desk_file, buurt_desk_file_free);
  g_clear_pointer (&job->changes, g_ptr_array_unref);
  g_clear_pointer (&job->choices, g_hash_table_unref);
  g_free (job);
}

static Job *
job_new (BuurtDatabase *database,
         GFile         *file)
{
  Job *job = g_new0 (Job, 1);
  g_autofree char *fallback = buurt_database_default_backup_folder (buurt_database_get_path (database));
  const char *folder = buurt_database_get_backup_folder (database);

  job->path = g_strdup (buurt_database_get_path (database));
  /* The backup before receiving goes where the user's backups go. */
  job->backup_folder = g_strcmp0 (folder, fallback) != 0 ? g_strdup (folder) : NULL;
  job->file = file != NULL ? g_object_ref (file) : NULL;
  return job;
}

/* The agenda once more, on this thread. */
static BuurtDatabase *
job_open (Job     *job,
          GError **error)
{
  BuurtDatabase *database = buurt_database_new (job->path, error);

  if (database != NULL && job->backup_folder != NULL)
    buurt_database_set_backup_folder (database, job->backup_folder);
  return database;
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = job_open (job, &error);
  if (database != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    job->desk_file = buurt_desk_file_read (database, job->file, &error);
  if (job->desk_file != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    job->changes = buurt_desk_preview (database, job->desk_file, &error);

  /* The backup before receiving is made now, while the user looks at the
   * preview, so that receiving takes only as long as the changes do. One
   * that cannot be made now is tried again then, and then says why. */
  if (job->changes != NULL && job->changes->len > 0 &&
      !g_cancellable_is_cancelled (cancellable))
    job->backed_up = buurt_database_backup_before (database, "exchange", NULL);

  if (job->changes == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_desk_preview_async:
 *
 * Reads @file and works out what receiving it would do, on a thread of its
 * own; see buurt_desk_file_read() and buurt_desk_preview().
 */
void
buurt_desk_preview_async (BuurtDatabase       *database,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);

  g_task_set_source_tag (task, buurt_desk_preview_async);
  g_task_set_task_data (task, job_new (database, file), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, preview_thread);
}

/**
 * buurt_desk_preview_finish:
 * @changes: (out) (transfer full) (element-type BuurtDeskChange): what
 *   receiving would change
 * @backed_up: (out) (optional): whether a backup of the agenda as it is
 *   now was made, for buurt_desk_receive_async()
 *
 * Returns: (transfer full) (nullable): the file as read, or %NULL with
 *   @error set (naming the file and line)
 */
BuurtDeskFile *
buurt_desk_preview_finish (BuurtDatabase  *database,
                           GAsyncResult   *result,
                           GPtrArray     **changes,
                           gboolean       *backed_up,
                           GError        **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, database), NULL);

  *changes = NULL;
  if (backed_up != NULL)
    *backed_up = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  *changes = g_steal_pointer (&job->changes);
  if (backed_up != NULL)
    *backed_up = job->backed_up;
  return g_steal_pointer (&job->desk_file);
}

static void
receive_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = job_open (job, &error);
  if (database == NULL ||
      !buurt_desk_receive_backed_up (database, job->desk_file, job->choice, job->choices,
                                     cancellable, &job->backed_up, &job->summary, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_desk_receive_async:
 * @desk_file: (transfer full): the file to receive
 * @choices: (nullable): per record (buurt_desk_choice_key()), a #BuurtDeskChoice
 * @backed_up: whether the preview made the backup before receiving already
 * @cancellable: (nullable): cancelling leaves the agenda as it was
 *
 * Receives @desk_file on a thread of its own, in one transaction; see
 * buurt_desk_receive().
 */
void
buurt_desk_receive_async (BuurtDatabase       *database,
                          BuurtDeskFile       *desk_file,
                          BuurtDeskChoice      choice,
                          GHashTable          *choices,
                          gboolean             backed_up,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);
  Job *job = job_new (database, NULL);

  job->desk_file = desk_file;
  job->choice = choice;
  job->backed_up = backed_up;
  job->choices = choices != NULL ? g_hash_table_ref (choices) : NULL;
  g_task_set_source_tag (task, buurt_desk_receive_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, receive_thread);
}

/**
 * buurt_desk_receive_finish:
 * @desk_file: (out) (optional) (transfer full): the file back, to try again
 * @summary: (out caller-allocates): what was done
 *
 * Tells the views of @database that the agenda changed, on success.
 *
 * Returns: %TRUE on success; %FALSE with @error set when nothing was changed
 */
gboolean
buurt_desk_receive_finish (BuurtDatabase     *database,
                           GAsyncResult      *result,
                           BuurtDeskFile    **desk_file,
                           BuurtDeskSummary  *summary,
                           GError           **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (desk_file != NULL)
    *desk_file = g_steal_pointer (&job->desk_file);
  memset (summary, 0, sizeof *summary);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  *summary = job->summary;
  buurt_database_notify_all_changed (database);
  return TRUE;
}

static void
folder_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = job_open (job, &error);
  if (database == NULL ||
      !buurt_desk_exchange_folder_cancellable (database, job->file, job->choice, cancellable,
                                               &job->summary, &job->n_files, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_desk_exchange_folder_async:
 * @cancellable: (nullable): cancelling before this desk's own file is
 *   written leaves the agenda as it was
 *
 * Exchanges through @folder on a thread of its own; see
 * buurt_desk_exchange_folder().
 */
void
buurt_desk_exchange_folder_async (BuurtDatabase       *database,
                                  GFile               *folder,
                                  BuurtDeskChoice      choice,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (database, cancellable, callback, user_data);
  Job *job = job_new (database, folder);

  job->choice = choice;
  g_task_set_source_tag (task, buurt_desk_exchange_folder_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, folder_thread);
}

/**
 * buurt_desk_exchange_folder_finish:
 * @summary: (out caller-allocates): what receiving did, all files together
 * @n_files: (out) (optional): how many other desks' files were read
 *
 * Tells the views of @database that the agenda changed, on success.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_desk_exchange_folder_finish (BuurtDatabase     *database,
                                   GAsyncResult      *result,
                                   BuurtDeskSummary  *summary,
                                   guint             *n_files,
                                   GError           **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  memset (summary, 0, sizeof *summary);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    {
      /* The files may have been received before writing this desk's own failed. */
      buurt_database_notify_all_changed (database);
      return FALSE;
    }

  job = g_task_get_task_data (G_TASK (result));
  *summary = job->summary;
  if (n_files != NULL)
    *n_files = job->n_files;
  buurt_database_notify_all_changed (database);
  return TRUE;
}

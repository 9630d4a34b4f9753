/* buurt-agenda-counter.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-counter"

#include "config.h"

#include "buurt-agenda-counter.h"

/*
 * The agenda model's counting thread. Counting all rows of the agenda takes
 * tens of milliseconds at 330,000 dates, so it runs in a thread while the
 * first rows are already shown.
 *
 * Everything a count touches off the main thread lives here, never in the
 * model: the counter's own connection (kept between counts so its page cache
 * stays warm, used by one count at a time), and each count's copy of the
 * query and its result. A count's task holds the counter, not the model, so
 * a model dropped while a count runs is freed at once on its own thread; the
 * count finishes without it and its connection closes with the last count.
 */

struct _BuurtAgendaCounter
{
  GObject     parent_instance;

  /* Set at construction */
  char       *path;
  guint       page_size;
  guint       read_ahead_pages;

  /* Owned state: one counting thread at a time uses… */
  GMutex      lock;
  BuurtStore *store;            /* …this connection, opened by the first count */
};

G_DEFINE_FINAL_TYPE (BuurtAgendaCounter, buurt_agenda_counter, G_TYPE_OBJECT)

/* What one count needs and finds: its own copy of the query. */
typedef struct
{
  char             *from_day;
  char             *search;
  BuurtAgendaQuery  query;
  BuurtAgendaCount *count;      /* out */
} CountJob;

/* Counts not yet freed, for tests that wait for the threads to end. */
static guint n_running;

void
buurt_agenda_count_free (BuurtAgendaCount *count)
{
  if (count == NULL)
    return;

  g_clear_pointer (&count->pages, g_ptr_array_unref);
  g_clear_pointer (&count->days, g_array_unref);
  g_free (count);
}

static void
count_job_free (gpointer data)
{
  CountJob *job = data;

  g_free (job->from_day);
  g_free (job->search);
  g_clear_pointer (&job->count, buurt_agenda_count_free);
  g_free (job);

  (void) g_atomic_int_dec_and_test (&n_running);
}

static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BuurtAgendaCounter *self = source_object;
  CountJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(BuurtAgendaCount) count = NULL;
  gint64 n;

  /* A count cancelled while it waited for the connection ends at once, and
   * does not keep a thread of the pool waiting. */
  if (g_task_return_error_if_cancelled (task))
    return;
  locker = g_mutex_locker_new (&self->lock);
  if (g_task_return_error_if_cancelled (task))
    return;

  count = g_new0 (BuurtAgendaCount, 1);
  if (self->store == NULL && (self->store = buurt_store_new (self->path, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  n = buurt_store_count_agenda_days (self->store, &job->query, &count->days, &error);
  if (n < 0)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "The agenda could not be counted");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  count->n_rows = (guint) MIN (n, G_MAXUINT);

  /* The list will ask for the rows after the first ones at once: read
   * them here, not on the main thread. */
  count->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint page = 0; page < self->read_ahead_pages && page * self->page_size < n; page++)
    {
      GPtrArray *rows;

      if (g_task_return_error_if_cancelled (task))
        return;
      rows = buurt_store_fetch_agenda (self->store, &job->query, page * self->page_size,
                                       self->page_size, NULL);
      if (rows == NULL)
        break;
      g_ptr_array_add (count->pages, rows);
    }

  if (g_task_return_error_if_cancelled (task))
    return;
  job->count = g_steal_pointer (&count);
  g_task_return_boolean (task, TRUE);
}

static void
buurt_agenda_counter_finalize (GObject *object)
{
  BuurtAgendaCounter *self = (BuurtAgendaCounter *) object;

  g_clear_object (&self->store);
  g_mutex_clear (&self->lock);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (buurt_agenda_counter_parent_class)->finalize (object);
}

static void
buurt_agenda_counter_class_init (BuurtAgendaCounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_agenda_counter_finalize;
}

static void
buurt_agenda_counter_init (BuurtAgendaCounter *self)
{
  g_mutex_init (&self->lock);
}

/**
 * buurt_agenda_counter_new:
 * @path: the database file; the counter opens a connection of its own
 * @page_size: how many rows make a page
 * @read_ahead_pages: how many pages a count reads after counting
 *
 * Returns: (transfer full): a counter
 */
BuurtAgendaCounter *
buurt_agenda_counter_new (const char *path,
                          guint       page_size,
                          guint       read_ahead_pages)
{
  BuurtAgendaCounter *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (page_size > 0, NULL);

  self = g_object_new (BUURT_TYPE_AGENDA_COUNTER, NULL);
  self->path = g_strdup (path);
  self->page_size = page_size;
  self->read_ahead_pages = read_ahead_pages;

  return self;
}

/**
 * buurt_agenda_counter_count_async:
 * @query: what to count; it is copied
 * @cancellable: (nullable): cancel to stop the count; a cancelled count
 *   finishes with %G_IO_ERROR_CANCELLED
 *
 * Counts the rows of @query by day in a thread and reads the first pages.
 * @callback runs on the thread-default main context of the caller.
 */
void
buurt_agenda_counter_count_async (BuurtAgendaCounter     *self,
                                  const BuurtAgendaQuery *query,
                                  GCancellable           *cancellable,
                                  GAsyncReadyCallback     callback,
                                  gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  CountJob *job;

  g_return_if_fail (BUURT_IS_AGENDA_COUNTER (self));
  g_return_if_fail (query != NULL);

  job = g_new0 (CountJob, 1);
  job->from_day = g_strdup (query->from_day);
  job->search = g_strdup (query->search);
  job->query = *query;
  job->query.from_day = job->from_day;
  job->query.search = job->search;
  g_atomic_int_inc (&n_running);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_agenda_counter_count_async);
  g_task_set_name (task, "[buurt] count the agenda");
  g_task_set_task_data (task, job, count_job_free);
  g_task_run_in_thread (task, count_thread);
}

/**
 * buurt_agenda_counter_count_finish:
 *
 * Returns: (transfer full) (nullable): what the count found, or %NULL with
 *   @error set (%G_IO_ERROR_CANCELLED when it was cancelled)
 */
BuurtAgendaCount *
buurt_agenda_counter_count_finish (BuurtAgendaCounter  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  CountJob *job;

  g_return_val_if_fail (BUURT_IS_AGENDA_COUNTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == buurt_agenda_counter_count_async, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  return g_steal_pointer (&job->count);
}

/**
 * buurt_agenda_counter_get_n_running:
 *
 * Returns: how many counts of any counter have not ended yet, for tests
 *   that wait until every counting thread let go of its data
 */
guint
buurt_agenda_counter_get_n_running (void)
{
  return (guint) g_atomic_int_get (&n_running);
}

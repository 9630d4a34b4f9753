/* buurt-horizon.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-horizon"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-database-private.h"
#include "buurt-horizon-private.h"

/*
 * The agenda's horizon: the occurrence table holds every date of every
 * series up to one instant, kept in the database. It rolls forward, so an
 * open-ended series saved years ago still has next year's dates:
 *  - at start-up and once a day while the app is open (buurt_horizon_roll()),
 *    to BUURT_RECURRENCE_HORIZON_DAYS after today;
 *  - when the agenda is looked at near or past it
 *    (buurt_horizon_ensure_day()), to that far after the day looked at.
 *
 * Extending reads every series and adds the dates of those that go on,
 * which at 330,000 dates takes longer than a frame: it runs in a thread with
 * a connection of its own, one extension at a time, a month of dates per
 * transaction, and the views hear "changed::occurrence" when dates were
 * added.
 */

/* Looking at a day this close to the horizon extends it. */
#define MARGIN_DAYS 366
/* Looking far ahead extends the horizon no further than this after today:
 * the year 9999 of a date picker does not fill the disk. */
#define MAX_AHEAD_DAYS (10 * 366)
/* A thread extends at most this far in one transaction, and then pauses
 * (at most this long) so a save in the window can go first. */
#define STEP_DAYS 31
#define STEP_PAUSE_MS 110

struct _BuurtHorizon
{
  GObject         parent_instance;

  /* The context that owns this service; not a reference, so the service
   * does not keep it alive, and a late worker finds it gone. */
  GWeakRef        database;

  /* What time it is: the wall clock, or a test's */
  BuurtClockFunc  clock;
  gpointer        clock_data;

  /* Owned state */
  GCancellable   *cancellable;  /* stops a running extension on dispose */
  GDateTime      *running;      /* the horizon being extended to, or NULL */
  GDateTime      *wanted;       /* a later one asked for meanwhile, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtHorizon, buurt_horizon, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an extension thread needs: no GObject of the main thread. */
typedef struct
{
  char      *path;
  GDateTime *horizon;
} ExtendData;

static void
extend_data_free (gpointer data)
{
  ExtendData *extend = data;

  g_free (extend->path);
  g_date_time_unref (extend->horizon);
  g_free (extend);
}

static GDateTime *
wall_clock (gpointer user_data)
{
  return g_date_time_new_now_utc ();
}

static GDateTime *
now (BuurtHorizon *self)
{
  return self->clock (self->clock_data);
}

/* The later of @a and @b; either may be NULL. (transfer none) */
static GDateTime *
later (GDateTime *a,
       GDateTime *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;

  return g_date_time_compare (a, b) >= 0 ? a : b;
}

static void start (BuurtHorizon *self,
                   GDateTime    *horizon);

static void
extended_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  BuurtHorizon *self = BUURT_HORIZON (source);
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GError) error = NULL;

  if (buurt_horizon_extend_finish (self, result, &error) < 0 &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* The agenda keeps the dates it has; the next roll tries again. */
    g_message ("The agenda's horizon could not be moved: %s", error->message);

  g_clear_pointer (&self->running, g_date_time_unref);
  next = g_steal_pointer (&self->wanted);

  if (next != NULL && !g_cancellable_is_cancelled (self->cancellable))
    start (self, next);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
start (BuurtHorizon *self,
       GDateTime    *horizon)
{
  gboolean was_busy = self->running != NULL;

  self->running = g_date_time_ref (horizon);
  buurt_horizon_extend_async (self, horizon, self->cancellable, extended_cb, NULL);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Extends to @horizon in the background, unless the agenda reaches that far
 * already; while an extension runs, the latest wish waits for it. */
static void
request (BuurtHorizon *self,
         GDateTime    *horizon)
{
  g_autoptr(GDateTime) known = NULL;
  g_autoptr(GError) error = NULL;

  if (self->running != NULL)
    {
      if (g_date_time_compare (horizon, later (self->running, self->wanted)) > 0)
        {
          g_clear_pointer (&self->wanted, g_date_time_unref);
          self->wanted = g_date_time_ref (horizon);
        }
      return;
    }

  known = buurt_horizon_dup_horizon (self, &error);
  if (error != NULL)
    {
      g_message ("The agenda's horizon could not be read: %s", error->message);
      return;
    }
  if (known != NULL && g_date_time_compare (horizon, known) <= 0)
    return;

  start (self, horizon);
}

static void
extend_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExtendData *data = task_data;
  g_autoptr(BuurtStore) store = NULL;
  g_autoptr(GDateTime) step = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_added = 0;

  /* A thread gets a connection of its own, with room to add many rows. */
  store = buurt_store_new (data->path, &error);
  if (store != NULL)
    {
      buurt_store_prepare_for_bulk (store);
      step = buurt_store_get_horizon (store, &error);
    }
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A long way goes in steps, each one transaction, so that a save in the
   * window never waits long for the database; the agenda is complete up to
   * the horizon after every step. */
  do
    {
      g_autoptr(GDateTime) next = step != NULL ? g_date_time_add_days (step, STEP_DAYS) : NULL;
      gint64 n_step = 0;
      gint64 started;

      if (next == NULL || g_date_time_compare (next, data->horizon) > 0)
        {
          g_clear_pointer (&next, g_date_time_unref);
          next = g_date_time_ref (data->horizon);
        }

      started = g_get_monotonic_time ();
      if (!buurt_store_extend_occurrences (store, next, cancellable, &n_step, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      n_added += n_step;
      g_clear_pointer (&step, g_date_time_unref);
      step = g_steal_pointer (&next);

      /* A write that waits for this one looks again within 100 ms (SQLite's
       * busy handler): leave it a pause as long as the step (up to that) to
       * go first, so it waits for one step at most. */
      if (g_date_time_compare (step, data->horizon) < 0)
        g_usleep (MIN (STEP_PAUSE_MS * 1000, g_get_monotonic_time () - started));
    }
  while (g_date_time_compare (step, data->horizon) < 0);

  g_task_return_int (task, n_added);
}

static void
buurt_horizon_dispose (GObject *object)
{
  BuurtHorizon *self = (BuurtHorizon *) object;

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (buurt_horizon_parent_class)->dispose (object);
}

static void
buurt_horizon_finalize (GObject *object)
{
  BuurtHorizon *self = (BuurtHorizon *) object;

  g_weak_ref_clear (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->running, g_date_time_unref);
  g_clear_pointer (&self->wanted, g_date_time_unref);

  G_OBJECT_CLASS (buurt_horizon_parent_class)->finalize (object);
}

static void
buurt_horizon_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BuurtHorizon *self = BUURT_HORIZON (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, buurt_horizon_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_horizon_class_init (BuurtHorizonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buurt_horizon_dispose;
  object_class->finalize = buurt_horizon_finalize;
  object_class->get_property = buurt_horizon_get_property;

  /**
   * BuurtHorizon:busy:
   *
   * Whether dates are being added in the background.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buurt_horizon_init (BuurtHorizon *self)
{
  g_weak_ref_init (&self->database, NULL);
  self->clock = wall_clock;
  self->cancellable = g_cancellable_new ();
}

/**
 * buurt_horizon_new:
 * @database: the context whose agenda this horizon is of
 *
 * For the database context, which owns the service: use
 * buurt_database_get_horizon().
 *
 * Returns: (transfer full): the service, on the wall clock
 */
BuurtHorizon *
buurt_horizon_new (BuurtDatabase *database)
{
  BuurtHorizon *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_HORIZON, NULL);
  g_weak_ref_set (&self->database, database);

  return self;
}

/**
 * buurt_horizon_set_clock:
 * @clock: (nullable): tells the time; %NULL for the wall clock
 * @user_data: given to @clock
 *
 * For tests: what "today" is when rolling and looking ahead.
 */
void
buurt_horizon_set_clock (BuurtHorizon   *self,
                         BuurtClockFunc  clock,
                         gpointer        user_data)
{
  g_return_if_fail (BUURT_IS_HORIZON (self));

  self->clock = clock != NULL ? clock : wall_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
}

/**
 * buurt_horizon_dup_horizon:
 *
 * Returns: (transfer full) (nullable): the instant up to which every series
 *   has its dates in the agenda; %NULL with @error unset when none was set
 *   yet, %NULL with @error set when it could not be read
 */
GDateTime *
buurt_horizon_dup_horizon (BuurtHorizon  *self,
                           GError       **error)
{
  g_autoptr(BuurtDatabase) database = NULL;

  g_return_val_if_fail (BUURT_IS_HORIZON (self), NULL);

  database = g_weak_ref_get (&self->database);
  if (database == NULL)
    return NULL;

  return buurt_store_get_horizon (buurt_database_get_store (database), error);
}

/**
 * buurt_horizon_get_busy:
 *
 * Returns: whether dates are being added in the background
 */
gboolean
buurt_horizon_get_busy (BuurtHorizon *self)
{
  g_return_val_if_fail (BUURT_IS_HORIZON (self), FALSE);

  return self->running != NULL;
}

/**
 * buurt_horizon_roll:
 *
 * Moves the horizon to BUURT_RECURRENCE_HORIZON_DAYS after today, in the
 * background; on a day it was moved already, this does nothing. For start-up
 * and a timer.
 */
void
buurt_horizon_roll (BuurtHorizon *self)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) horizon = NULL;

  g_return_if_fail (BUURT_IS_HORIZON (self));

  today = now (self);
  horizon = buurt_recurrence_horizon_for (today);
  request (self, horizon);
}

/**
 * buurt_horizon_ensure_day:
 * @day: a local date the agenda shows, "YYYY-MM-DD"
 *
 * When @day is within a year of the horizon or past it, moves the horizon
 * to BUURT_RECURRENCE_HORIZON_DAYS after @day, in the background. A day more
 * than ten years ahead counts as ten years ahead.
 */
void
buurt_horizon_ensure_day (BuurtHorizon *self,
                          const char   *day)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) furthest = NULL;
  g_autoptr(GDateTime) at_day = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GDateTime) with_margin = NULL;
  g_autoptr(GDateTime) known = NULL;
  guint y, m, d;

  g_return_if_fail (BUURT_IS_HORIZON (self));
  g_return_if_fail (day != NULL);

  if (!buurt_parse_date (day, &y, &m, &d))
    return;

  today = now (self);
  furthest = g_date_time_add_days (today, MAX_AHEAD_DAYS);
  at_day = g_date_time_new_utc (y, m, d, 12, 0, 0);
  if (at_day == NULL)
    return;
  if (g_date_time_compare (at_day, furthest) > 0)
    {
      g_date_time_unref (at_day);
      at_day = g_date_time_ref (furthest);
    }

  /* Only a day near the horizon asks for more: most jumps cost one read. */
  known = self->running != NULL ? g_date_time_ref (later (self->running, self->wanted))
                                : buurt_horizon_dup_horizon (self, NULL);
  with_margin = g_date_time_add_days (at_day, MARGIN_DAYS);
  if (known != NULL && g_date_time_compare (with_margin, known) <= 0)
    return;

  horizon = buurt_recurrence_horizon_for (at_day);
  request (self, horizon);
}

/**
 * buurt_horizon_extend_to:
 * @horizon: the new horizon
 * @n_added: (out) (optional): how many dates were added
 *
 * Moves the horizon to @horizon now, on the database context's own
 * connection, in one transaction; does nothing when the agenda reaches that
 * far already. For the command line and tests: the window uses
 * buurt_horizon_extend_async().
 *
 * Returns: %FALSE with @error set when the dates could not be added
 */
gboolean
buurt_horizon_extend_to (BuurtHorizon  *self,
                         GDateTime     *horizon,
                         gint64        *n_added,
                         GError       **error)
{
  g_autoptr(BuurtDatabase) database = NULL;

  g_return_val_if_fail (BUURT_IS_HORIZON (self), FALSE);
  g_return_val_if_fail (horizon != NULL, FALSE);

  database = g_weak_ref_get (&self->database);
  g_return_val_if_fail (database != NULL, FALSE);

  /* The store tells the context, which tells the views, after the commit. */
  return buurt_store_extend_occurrences (buurt_database_get_store (database), horizon,
                                         NULL, n_added, error);
}

/**
 * buurt_horizon_extend_async:
 * @horizon: the new horizon
 *
 * Moves the horizon to @horizon in a thread with a connection of its own,
 * a month per transaction; the window stays responsive. When
 * dates were added, the database context tells its views
 * ("changed::occurrence").
 */
void
buurt_horizon_extend_async (BuurtHorizon        *self,
                            GDateTime           *horizon,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GTask) task = NULL;
  ExtendData *data;

  g_return_if_fail (BUURT_IS_HORIZON (self));
  g_return_if_fail (horizon != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_horizon_extend_async);

  database = g_weak_ref_get (&self->database);
  if (database == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The agenda was closed before its dates were extended."));
      return;
    }

  data = g_new0 (ExtendData, 1);
  data->path = g_strdup (buurt_database_get_path (database));
  data->horizon = g_date_time_ref (horizon);
  g_task_set_task_data (task, data, extend_data_free);
  g_task_run_in_thread (task, extend_thread);
}

/**
 * buurt_horizon_extend_finish:
 *
 * Returns: how many dates were added, or -1 with @error set
 */
gint64
buurt_horizon_extend_finish (BuurtHorizon  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_autoptr(BuurtDatabase) database = NULL;
  gssize n_added;

  g_return_val_if_fail (g_task_is_valid (result, self), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == buurt_horizon_extend_async, -1);

  n_added = g_task_propagate_int (G_TASK (result), error);
  if (n_added < 0)
    return -1;

  database = g_weak_ref_get (&self->database);
  if (n_added > 0 && database != NULL)
    buurt_database_notify_changed (database, "occurrence");

  return n_added;
}

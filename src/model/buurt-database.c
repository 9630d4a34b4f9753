/* buurt-database.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include "buurt-database-private.h"
#include "buurt-horizon-private.h"

/*
 * The database context: one object the application owns and hands to each
 * view, the only way views reach data. It owns the store's connection and
 * tells, after every commit, which table changed: the signal "changed" is
 * detailed by table ("changed::activity", "changed::journal_entry"), so a
 * view reloads only for the tables it shows.
 *
 * Writes by another connection (the command line importing while the window
 * is open, a second desk on a shared database file, a worker thread) are
 * noticed through SQLite's PRAGMA data_version, looked at on a timer once
 * buurt_database_watch() was called; they are announced for every table,
 * since SQLite does not say which one changed.
 */

struct _BuurtDatabase
{
  GObject     parent_instance;

  /* Owned state */
  BuurtStore *store;
  gulong      store_changed_id;
  gulong      store_waited_id;
  char       *id;               /* the stable id of this agenda file */
  gint64      data_version;     /* the store's data_version at the last look */
  guint       watch_id;         /* the timer that looks, or 0 */
  BuurtHorizon *horizon;        /* the dates of series ahead, once asked for */
};

G_DEFINE_FINAL_TYPE (BuurtDatabase, buurt_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  WAITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every table a view may show, for a change made by another connection. */
static const char * const all_tables[] = {
  "kern", "neighbourhood", "venue", "room", "contact", "activity", "occurrence",
  "initiative", "initiative_partner", "funding_request", "expense", "journal_entry",
};

static void
store_changed_cb (BuurtDatabase *self,
                  const char    *table,
                  BuurtStore    *store)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}

static void
store_waited_cb (BuurtDatabase *self,
                 guint          ms,
                 BuurtStore    *store)
{
  g_signal_emit (self, signals[WAITED], 0, ms);
}

static gboolean
watch_cb (gpointer user_data)
{
  buurt_database_check_for_changes (BUURT_DATABASE (user_data));

  return G_SOURCE_CONTINUE;
}

static void
buurt_database_dispose (GObject *object)
{
  BuurtDatabase *self = (BuurtDatabase *) object;

  g_clear_handle_id (&self->watch_id, g_source_remove);
  /* A running extension stops and is rolled back. */
  if (self->horizon != NULL)
    g_object_run_dispose (G_OBJECT (self->horizon));
  g_clear_object (&self->horizon);
  g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_signal_handler (&self->store_waited_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (buurt_database_parent_class)->dispose (object);
}

static void
buurt_database_finalize (GObject *object)
{
  BuurtDatabase *self = (BuurtDatabase *) object;

  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (buurt_database_parent_class)->finalize (object);
}

static void
buurt_database_class_init (BuurtDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buurt_database_dispose;
  object_class->finalize = buurt_database_finalize;

  /**
   * BuurtDatabase::changed:
   * @table: the table that changed, such as "activity"
   *
   * Emitted after a change to @table was committed, by this context, by a
   * background job that reported it, or by another connection.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * BuurtDatabase::waited:
   * @ms: how long the save waited
   *
   * Emitted after a save that first had to wait for another copy of the app
   * (or another desk) to finish writing to the same file, so the user can be
   * told why it took a while.
   */
  signals[WAITED] =
    g_signal_new ("waited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
buurt_database_init (BuurtDatabase *self)
{
}

/**
 * buurt_database_new:
 * @path: the database file; it is created when missing
 *
 * Opens the agenda in @path, migrating it to this version's schema.
 *
 * Returns: (transfer full) (nullable): the context, or %NULL with @error set
 *   to a message that names the file
 */
BuurtDatabase *
buurt_database_new (const char  *path,
                    GError     **error)
{
  g_autoptr(BuurtStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((store = buurt_store_new (path, error)) == NULL)
    return NULL;

  return buurt_database_new_for_store (store);
}

/**
 * buurt_database_new_for_store:
 * @store: an open store
 *
 * Returns: (transfer full): a context on the connection of @store
 */
BuurtDatabase *
buurt_database_new_for_store (BuurtStore *store)
{
  BuurtDatabase *self;

  g_return_val_if_fail (BUURT_IS_STORE (store), NULL);

  self = g_object_new (BUURT_TYPE_DATABASE, NULL);
  self->store = g_object_ref (store);
  self->id = buurt_store_get_meta (self->store, "database_id", NULL);
  self->data_version = buurt_store_get_data_version (self->store);
  self->store_changed_id = g_signal_connect_swapped (self->store, "changed",
                                                     G_CALLBACK (store_changed_cb), self);
  self->store_waited_id = g_signal_connect_swapped (self->store, "waited",
                                                    G_CALLBACK (store_waited_cb), self);

  return self;
}

/**
 * buurt_database_default_path:
 *
 * Returns: (transfer full): the user's own agenda file
 */
char *
buurt_database_default_path (void)
{
  return buurt_store_default_path ();
}

const char *
buurt_database_get_path (BuurtDatabase *self)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_get_path (self->store);
}

/**
 * buurt_database_get_id:
 *
 * Returns: (transfer none) (nullable): the stable id of this agenda file,
 *   the same whatever its path; what the app remembers of an agenda (its
 *   filters) is kept under it
 */
const char *
buurt_database_get_id (BuurtDatabase *self)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return self->id;
}

/* (transfer none): the connection of this context, for the model's services */
BuurtStore *
buurt_database_get_store (BuurtDatabase *self)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return self->store;
}

/**
 * buurt_database_watch:
 * @interval_ms: how often to look, or 0 to stop looking
 *
 * Looks every @interval_ms on the thread-default main context of the caller
 * whether another connection changed the file, and then emits "changed" for
 * every table. The application's context watches; a worker's does not.
 */
void
buurt_database_watch (BuurtDatabase *self,
                      guint          interval_ms)
{
  g_return_if_fail (BUURT_IS_DATABASE (self));

  g_clear_handle_id (&self->watch_id, g_source_remove);
  if (interval_ms > 0)
    {
      g_autoptr(GSource) source = g_timeout_source_new (interval_ms);

      g_source_set_callback (source, watch_cb, self, NULL);
      g_source_set_static_name (source, "[buurt] database watch");
      self->watch_id = g_source_attach (source, g_main_context_get_thread_default ());
    }
}

/**
 * buurt_database_check_for_changes:
 *
 * Looks now whether another connection committed a change since the last
 * look, and if so emits "changed" for every table.
 *
 * Returns: %TRUE when another connection changed the file
 */
gboolean
buurt_database_check_for_changes (BuurtDatabase *self)
{
  gint64 version;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  version = buurt_store_get_data_version (self->store);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  buurt_database_notify_all_changed (self);

  return TRUE;
}

/**
 * buurt_database_notify_changed:
 * @table: the table a background job changed through a connection of its own
 *
 * Tells the views that @table changed, so they reload what they show.
 */
void
buurt_database_notify_changed (BuurtDatabase *self,
                               const char    *table)
{
  g_return_if_fail (BUURT_IS_DATABASE (self));
  g_return_if_fail (table != NULL);

  /* The store forgets what it remembered of searches, then tells us. */
  buurt_store_emit_changed (self->store, table);
}

/**
 * buurt_database_notify_all_changed:
 *
 * Tells the views that any table may have changed.
 */
void
buurt_database_notify_all_changed (BuurtDatabase *self)
{
  g_return_if_fail (BUURT_IS_DATABASE (self));

  for (guint i = 0; i < G_N_ELEMENTS (all_tables); i++)
    buurt_database_notify_changed (self, all_tables[i]);
}

/**
 * buurt_database_get_horizon:
 *
 * The service that keeps the dates of series ahead in the agenda: rolled at
 * start-up and daily, and asked when the agenda looks far ahead.
 *
 * Returns: (transfer none): the agenda's horizon
 */
BuurtHorizon *
buurt_database_get_horizon (BuurtDatabase *self)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  if (self->horizon == NULL)
    self->horizon = buurt_horizon_new (self);

  return self->horizon;
}

/**
 * buurt_database_list:
 * @entity_type: an entity type, such as %BUURT_TYPE_VENUE
 *
 * Returns: (transfer full) (nullable): the entities of @entity_type that are
 *   not deleted, in the store's order; %NULL with @error set on a read error
 */
GListModel *
buurt_database_list (BuurtDatabase  *self,
                     GType           entity_type,
                     GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list (self->store, entity_type, error);
}

/**
 * buurt_database_load:
 *
 * Returns: (transfer full) (nullable): the entity, or %NULL with @error set
 */
gpointer
buurt_database_load (BuurtDatabase  *self,
                     GType           entity_type,
                     gint64          id,
                     GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_load (self->store, entity_type, id, error);
}

/**
 * buurt_database_save:
 *
 * Validates and saves @entity in one transaction.
 */
gboolean
buurt_database_save (BuurtDatabase  *self,
                     BuurtEntity    *entity,
                     GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_save (self->store, entity, error);
}

gboolean
buurt_database_delete (BuurtDatabase  *self,
                       BuurtEntity    *entity,
                       GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_delete (self->store, entity, error);
}

gboolean
buurt_database_undelete (BuurtDatabase  *self,
                         BuurtEntity    *entity,
                         GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_undelete (self->store, entity, error);
}

/**
 * buurt_database_count:
 *
 * Returns: how many entities of @entity_type are not deleted, or -1 with
 *   @error set when the database could not be read
 */
gint64
buurt_database_count (BuurtDatabase  *self,
                      GType           entity_type,
                      GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), -1);

  return buurt_store_count (self->store, entity_type, error);
}

/**
 * buurt_database_count_occurrences:
 *
 * Returns: how many dates of activities there are, or -1 with @error set
 */
gint64
buurt_database_count_occurrences (BuurtDatabase  *self,
                                  GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), -1);

  return buurt_store_count_occurrences (self->store, error);
}

/**
 * buurt_database_is_empty:
 * @empty: (out): whether nothing has been entered at all
 *
 * Returns: %FALSE with @error set when the database could not be read;
 *   a read error is never taken for an empty agenda
 */
gboolean
buurt_database_is_empty (BuurtDatabase  *self,
                         gboolean       *empty,
                         GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);

  return buurt_store_is_empty (self->store, empty, error);
}

typedef struct
{
  BuurtActivity *activity;
  BuurtContact  *organiser;
} SaveActivity;

static gboolean
save_with_organiser (BuurtStore  *store,
                     gpointer     user_data,
                     GError     **error)
{
  SaveActivity *data = user_data;

  if (!buurt_store_save (store, BUURT_ENTITY (data->organiser), error))
    return FALSE;

  g_object_set (data->activity,
                "organiser-id", buurt_entity_get_id (BUURT_ENTITY (data->organiser)),
                NULL);
  return buurt_store_save (store, BUURT_ENTITY (data->activity), error);
}

/**
 * buurt_database_save_activity:
 * @activity: the activity to save; its dates are expanded again
 * @new_organiser: (nullable): an organiser typed in the editor, saved in the
 *   same transaction and made the activity's organiser
 *
 * Saves @activity (and @new_organiser) in one transaction: both or neither.
 */
gboolean
buurt_database_save_activity (BuurtDatabase  *self,
                              BuurtActivity  *activity,
                              BuurtContact   *new_organiser,
                              GError        **error)
{
  SaveActivity data = { activity, new_organiser };

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ACTIVITY (activity), FALSE);

  if (new_organiser == NULL)
    return buurt_store_save (self->store, BUURT_ENTITY (activity), error);

  return buurt_store_transaction (self->store, save_with_organiser, &data, error);
}

/**
 * buurt_database_load_occurrence:
 *
 * Returns: (transfer full) (nullable): the date @day of an activity as the
 *   agenda shows it, or %NULL
 */
BuurtOccurrence *
buurt_database_load_occurrence (BuurtDatabase *self,
                                gint64         activity_id,
                                const char    *day)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_load_occurrence (self->store, activity_id, day);
}

/**
 * buurt_database_find_conflicts:
 *
 * See buurt_store_find_conflicts(): the dates of other activities that use
 * @room_id at a time that overlaps one of @spans.
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable)
 */
GPtrArray *
buurt_database_find_conflicts (BuurtDatabase  *self,
                               gint64          room_id,
                               GArray         *spans,
                               gint64          exclude_activity_id,
                               guint           max_results,
                               GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_find_conflicts (self->store, room_id, spans, exclude_activity_id,
                                     max_results, error);
}

/**
 * buurt_database_warm_search:
 *
 * Reads what a one- or two-letter search looks through ahead of time, in an
 * idle moment after the agenda shows.
 */
void
buurt_database_warm_search (BuurtDatabase *self)
{
  g_return_if_fail (BUURT_IS_DATABASE (self));

  buurt_store_warm_search (self->store);
}

/**
 * buurt_database_count_submissions:
 *
 * Returns: how many submissions wait for review, or -1 with @error set
 */
gint64
buurt_database_count_submissions (BuurtDatabase  *self,
                                  GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), -1);

  return buurt_store_count_submissions (self->store, error);
}

/**
 * buurt_database_list_submissions:
 *
 * Returns: (transfer full) (nullable): the activities waiting for review
 */
GListModel *
buurt_database_list_submissions (BuurtDatabase  *self,
                                 GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_submissions (self->store, error);
}

/**
 * buurt_database_review:
 *
 * Publishes or rejects the submissions @activity_ids in one transaction.
 */
gboolean
buurt_database_review (BuurtDatabase        *self,
                       const gint64         *activity_ids,
                       guint                 n_ids,
                       BuurtActivityStatus   status,
                       const char           *reason,
                       GError              **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_review (self->store, activity_ids, n_ids, status, reason, error);
}

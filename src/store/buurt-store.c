/* buurt-store.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "buurt-store-private.h"
#include "buurt-store-resources.h"

/*
 * The store is the only place that knows SQL. It owns one SQLite connection
 * (one per thread: a worker opens its own store on the same path), keeps the
 * schema current with forward-only migrations keyed on PRAGMA user_version,
 * and runs every change in a transaction.
 */

struct _BuurtStore
{
  GObject parent_instance;

  /* Owned state */
  char       *path;
  sqlite3    *db;
  GHashTable *statements;       /* const char *sql → sqlite3_stmt *, prepared once */
  guint       transaction_depth;
  GPtrArray  *pending_changes;  /* tables changed in the open transaction */
  GPtrArray  *pending_new;      /* entities first saved in the open transaction */
  char       *search_key;       /* the last search, and the activities it found */
  char       *search_ids;
  GPtrArray  *search_texts;     /* BuurtSearchText of every activity, or NULL */
  gint64      search_version;   /* the data_version both were read at */
  guint       busy_ms;          /* how long the open transaction waited for a lock */
  guint       attempt_ms;       /* how long the current lock attempt waited */
  BuurtCheckpointer *checkpointer;
  BuurtDeferred *deferred;      /* the dates of the open bulk write, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtStore, buurt_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (buurt-store-error-quark, buurt_store_error)

enum {
  CHANGED,
  WAITED,
  N_SIGNALS
};

/* A wait for another writer this long is worth telling the user about. */
#define WAITED_NOTICE_MS 300

static guint signals[N_SIGNALS];

sqlite3 *
buurt_store_get_db (BuurtStore *self)
{
  return self->db;
}

/**
 * buurt_store_prepare:
 * @sql: a statement; must be a string constant, as it keys the cache
 *
 * Returns: (transfer none) (nullable): the statement, prepared once per
 *   connection, reset and with its bindings cleared
 */
sqlite3_stmt *
buurt_store_prepare (BuurtStore  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* Every statement is a constant of ours, so one that does not fit the
       * schema is a programmer error; a file that cannot be read (corrupt,
       * gone, locked) is not. */
      if ((rc & 0xff) == SQLITE_ERROR)
        g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Runs a statement that returns no rows. */
gboolean
buurt_store_step_done (BuurtStore    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  rc = sqlite3_extended_errcode (self->db);
  buurt_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* Runs a constant statement that returns no rows (or whose rows do not matter). */
gboolean
buurt_store_exec (BuurtStore  *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, sql, error);

  return stmt != NULL && buurt_store_step_done (self, stmt, error);
}

/* Runs a statement made at run time, once: it is not kept prepared. */
gboolean
buurt_store_exec_once (BuurtStore  *self,
                       const char  *sql,
                       GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      buurt_store_set_sqlite_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

static int
read_user_version (BuurtStore *self)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, "PRAGMA user_version", NULL);
  int version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return version;
}

/* Reads the file without writing to it: is it empty, ours, or something else? */
static gboolean
check_file (BuurtStore  *self,
            int         *version,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;
  int tables = 0;

  rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_master", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          tables = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
    }

  if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_NOT_A_DATABASE, self->path,
                      _("this file is not an agenda database. It was left as it is."));
      return FALSE;
    }
  else if (rc != SQLITE_OK)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  *version = read_user_version (self);

  if (*version > BUURT_STORE_SCHEMA_VERSION)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_NEWER_VERSION, self->path,
                      _("it was made by a newer version of Buurtagenda. "
                        "Update Buurtagenda to open it; the file was left as it is."));
      return FALSE;
    }

  if (*version == 0 && tables > 0)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_NOT_A_DATABASE, self->path,
                      _("this database belongs to another program. It was left as it is."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_folder (const char  *path,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path, _("this is a folder, not a file."));
          return FALSE;
        }
      if (g_access (path, R_OK | W_OK) != 0)
        {
          buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path,
                          _("you are not allowed to change this file."));
          return FALSE;
        }
      /* SQLite keeps its journal next to the file. */
      if (g_access (folder, W_OK) != 0)
        {
          buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path,
                          _("you are not allowed to write in its folder."));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path, g_strerror (errno));
      return FALSE;
    }

  if (g_access (folder, W_OK) != 0)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path,
                      _("you are not allowed to write in its folder."));
      return FALSE;
    }

  return TRUE;
}

/* Waits for another connection's write lock, like sqlite3_busy_timeout(),
 * and counts how long, so the user can be told. */
static int
busy_cb (void *data,
         int   n_calls)
{
  BuurtStore *self = data;
  int ms = n_calls < 10 ? 2 : n_calls < 30 ? 10 : 50;

  if (n_calls == 0)
    {
      g_debug ("%s is being written by another connection: waiting", self->path);
      self->attempt_ms = 0;
    }
  if (self->attempt_ms >= BUURT_STORE_BUSY_TIMEOUT_MS)
    return 0;

  sqlite3_sleep (ms);
  self->attempt_ms += ms;
  self->busy_ms += ms;
  return 1;
}

static gboolean
open_database (BuurtStore  *self,
               GError     **error)
{
  int version = 0;
  int rc;

  if (!check_folder (self->path, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, self->path,
                      self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_handler (self->db, busy_cb, self);

  if (!check_file (self, &version, error))
    return FALSE;

  /* Only now that the file is known to be ours (or empty) do we write to it. */
  if (!buurt_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !buurt_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !buurt_store_exec (self, "PRAGMA synchronous = NORMAL", error))
    return FALSE;

  /* The log is copied back into the file on a thread of its own. */
  if (!self->checkpointer)
    self->checkpointer = buurt_checkpointer_attach (self->db, self->path);

  return buurt_store_migrate (self, version, error);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
forget_searches (BuurtStore *self)
{
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->search_ids, g_free);
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
}

static void
buurt_store_finalize (GObject *object)
{
  BuurtStore *self = (BuurtStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending_changes, g_ptr_array_unref);
  g_clear_pointer (&self->pending_new, g_ptr_array_unref);
  forget_searches (self);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->checkpointer, buurt_checkpointer_release);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (buurt_store_parent_class)->finalize (object);
}

static void
buurt_store_class_init (BuurtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_store_finalize;

  /**
   * BuurtStore::waited:
   * @ms: how long the transaction waited
   *
   * Emitted after a transaction was committed that first had to wait a
   * noticeable time for another connection (another process, another desk)
   * to finish writing.
   */
  signals[WAITED] =
    g_signal_new ("waited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * BuurtStore::changed:
   * @table: the table that changed
   *
   * Emitted after a transaction that changed @table was committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
buurt_store_init (BuurtStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->pending_changes = g_ptr_array_new_with_free_func (g_free);
  self->pending_new = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * buurt_store_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/buurtagenda/buurtagenda.db
 */
char *
buurt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "buurtagenda", "buurtagenda.db", NULL);
}

/**
 * buurt_store_new:
 * @path: the database file; created with its folder when missing
 * @error: set, with a translated message naming @path, when the file cannot
 *   be used; the file is then left untouched
 *
 * Returns: (transfer full) (nullable): the open store, its schema current
 */
BuurtStore *
buurt_store_new (const char  *path,
                 GError     **error)
{
  static gsize resources_registered = 0;
  g_autoptr(BuurtStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* The migrations are SQL files in the store's own resource. */
  if (g_once_init_enter (&resources_registered))
    {
      buurt_store_register_resource ();
      g_once_init_leave (&resources_registered, 1);
    }

  self = g_object_new (BUURT_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
buurt_store_get_path (BuurtStore *self)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  return self->path;
}

int
buurt_store_get_schema_version (BuurtStore *self)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  return read_user_version (self);
}

/**
 * buurt_store_transaction:
 * @func: the work; it may call the store, including nested transactions
 *
 * Runs @func in a transaction (a savepoint when nested): all of its changes
 * are kept, or none when it fails.
 *
 * Returns: %TRUE when @func succeeded and its changes were committed
 */
gboolean
buurt_store_transaction (BuurtStore      *self,
                         BuurtStoreFunc   func,
                         gpointer         user_data,
                         GError         **error)
{
  gboolean outermost;
  gboolean ok;
  guint deferred_mark = 0;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);

  outermost = self->transaction_depth == 0;
  if (self->deferred != NULL)
    deferred_mark = buurt_deferred_mark (self->deferred);
  if (outermost)
    self->busy_ms = 0;
  if (!buurt_store_exec (self, outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT nested", error))
    return FALSE;

  self->transaction_depth++;
  ok = func (self, user_data, error);
  self->transaction_depth--;

  if (ok)
    ok = buurt_store_exec (self, outermost ? "COMMIT" : "RELEASE nested", error);

  if (!ok)
    {
      if (outermost)
        buurt_store_exec (self, "ROLLBACK", NULL);
      else
        {
          buurt_store_exec (self, "ROLLBACK TO nested", NULL);
          buurt_store_exec (self, "RELEASE nested", NULL);
          if (self->deferred != NULL)
            buurt_deferred_rollback (self->deferred, deferred_mark);
        }
    }

  /* An entity first saved in a transaction that was rolled back is unsaved
   * again, so saving it once more inserts it. */
  if (outermost)
    {
      g_autoptr(GPtrArray) created = g_steal_pointer (&self->pending_new);

      self->pending_new = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; !ok && i < created->len; i++)
        g_object_set (g_ptr_array_index (created, i),
                      "id", (gint64) 0,
                      "uuid", NULL,
                      "created-at", NULL,
                      "modified-at", NULL,
                      NULL);
    }

  /* The views hear of a change once it is committed, and never of one that
   * was rolled back. (A nested rollback may leave a table named that did not
   * change after all; the views then reload for nothing, which is harmless.) */
  if (outermost)
    {
      g_autoptr(GPtrArray) changes = g_steal_pointer (&self->pending_changes);

      self->pending_changes = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; ok && i < changes->len; i++)
        buurt_store_emit_changed (self, g_ptr_array_index (changes, i));

      if (ok && self->busy_ms >= WAITED_NOTICE_MS)
        g_signal_emit (self, signals[WAITED], 0, self->busy_ms);
    }

  return ok;
}

/**
 * buurt_store_emit_changed:
 * @table: the table whose rows changed
 *
 * Tells the views that @table changed, so they reload what they show. Inside
 * a transaction, this waits until the transaction is committed.
 */
void
buurt_store_emit_changed (BuurtStore *self,
                          const char *table)
{
  g_return_if_fail (BUURT_IS_STORE (self));

  if (self->transaction_depth > 0)
    {
      if (!g_ptr_array_find_with_equal_func (self->pending_changes, table, g_str_equal, NULL))
        g_ptr_array_add (self->pending_changes, g_strdup (table));
      return;
    }

  /* What a search found may have changed. */
  forget_searches (self);

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}

/* Remembers an entity inserted in the open transaction, to unsave it when
 * the transaction is rolled back. */
void
buurt_store_remember_new (BuurtStore  *self,
                          BuurtEntity *entity)
{
  if (self->transaction_depth > 0)
    g_ptr_array_add (self->pending_new, g_object_ref (entity));
}

/* The activities the last search found (a JSON array of ids), while nothing
 * changed since; %NULL when @search is not the last one. */
/* What other connections changed is not announced here: SQLite's
 * data_version tells that another connection wrote since the last look. */
static gboolean
searches_still_valid (BuurtStore *self)
{
  gint64 version = buurt_store_get_data_version (self);

  if (version != self->search_version)
    {
      forget_searches (self);
      self->search_version = version;
      return FALSE;
    }

  return TRUE;
}

const char *
buurt_store_lookup_search (BuurtStore *self,
                           const char *search)
{
  if (!searches_still_valid (self))
    return NULL;

  return g_strcmp0 (self->search_key, search) == 0 ? self->search_ids : NULL;
}

/* Returns: (transfer none): the remembered copy of @activity_ids */
const char *
buurt_store_remember_search (BuurtStore *self,
                             const char *search,
                             const char *activity_ids)
{
  g_free (self->search_key);
  g_free (self->search_ids);
  self->search_key = g_strdup (search);
  self->search_ids = g_strdup (activity_ids);

  return self->search_ids;
}

/* The folded text of every activity, for words too short for the trigram
 * index; read once and kept until the agenda changes. */
GPtrArray *
buurt_store_lookup_search_texts (BuurtStore *self)
{
  if (!searches_still_valid (self))
    return NULL;

  return self->search_texts;
}

void
buurt_store_remember_search_texts (BuurtStore *self,
                                   GPtrArray  *texts)
{
  g_clear_pointer (&self->search_texts, g_ptr_array_unref);
  self->search_texts = g_ptr_array_ref (texts);
}

/**
 * buurt_store_get_data_version:
 *
 * SQLite's PRAGMA data_version of this connection: it changes when another
 * connection (another process, another thread, another desk on the same
 * file) committed a change since the last look.
 *
 * Returns: the version, or -1 when the database could not be read
 */
gint64
buurt_store_get_data_version (BuurtStore *self)
{
  sqlite3_stmt *stmt;
  gint64 version = -1;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  stmt = buurt_store_prepare (self, "PRAGMA data_version", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return version;
}

/**
 * buurt_store_prepare_for_bulk:
 *
 * Gives this connection 64 MiB of page cache, so that a large import or the
 * example data writes each page once instead of spilling to the WAL over and
 * over. The windows' connections keep SQLite's small default.
 */
void
buurt_store_prepare_for_bulk (BuurtStore *self)
{
  g_return_if_fail (BUURT_IS_STORE (self));

  buurt_store_exec (self, "PRAGMA cache_size = -65536", NULL);
  buurt_store_exec (self, "PRAGMA temp_store = MEMORY", NULL);
}

typedef struct
{
  BuurtStoreFunc  func;
  gpointer        user_data;
  GCancellable   *cancellable;
} Bulk;

static gboolean
bulk_then_flush (BuurtStore  *self,
                 gpointer     user_data,
                 GError     **error)
{
  Bulk *bulk = user_data;

  return bulk->func (self, bulk->user_data, error) &&
         buurt_deferred_flush (self->deferred, self, bulk->cancellable, error) &&
         !g_cancellable_set_error_if_cancelled (bulk->cancellable, error);
}

/**
 * buurt_store_bulk_transaction:
 * @func: the work: it saves many activities
 * @cancellable: (nullable): stops the work, also while the dates go in;
 *   nothing is then kept
 *
 * Runs @func in a transaction like buurt_store_transaction(), with a large
 * page cache, and with the dates of the activities it saves inserted all
 * together at its end, sorted, instead of one activity at a time
 * (buurt-store-deferred.c). Inside @func, the occurrence table does not
 * have the dates of the activities it saved yet: @func must not read them.
 * Nested in another transaction, it is an ordinary one.
 *
 * Returns: %TRUE when @func succeeded and its changes were committed
 */
gboolean
buurt_store_bulk_transaction (BuurtStore      *self,
                              BuurtStoreFunc   func,
                              gpointer         user_data,
                              GCancellable    *cancellable,
                              GError         **error)
{
  Bulk bulk = { func, user_data, cancellable };
  gboolean ok;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);

  if (self->transaction_depth > 0)
    return buurt_store_transaction (self, func, user_data, error);

  buurt_store_prepare_for_bulk (self);
  self->deferred = buurt_deferred_new ();
  ok = buurt_store_transaction (self, bulk_then_flush, &bulk, error);
  g_clear_pointer (&self->deferred, buurt_deferred_free);
  return ok;
}

/* The dates waiting for the end of the open bulk write, or %NULL. */
BuurtDeferred *
buurt_store_get_deferred (BuurtStore *self)
{
  return self->deferred;
}

/**
 * buurt_store_get_waited_ms:
 *
 * Returns: how long the last (or the open) transaction waited for another
 *   connection's write lock
 */
guint
buurt_store_get_waited_ms (BuurtStore *self)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), 0);

  return self->busy_ms;
}

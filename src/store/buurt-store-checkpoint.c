/* buurt-store-checkpoint.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include "buurt-store-private.h"

/*
 * Checkpoints off the main thread. SQLite copies the write-ahead log back
 * into the database file once it holds 1000 pages, by default at the end of
 * the commit that crossed that mark: a change of many scattered rows (a
 * closure that cancels thousands of dates, and its Undo) then also waits
 * for the copy and its sync. Here the commit only notes the log's size; a
 * passive checkpoint runs on a thread of its own with its own connection,
 * one at a time, and never blocks a reader or a writer.
 */

#define CHECKPOINT_PAGES 1000

struct _BuurtCheckpointer
{
  char *path;
  gint  running;   /* atomic: a checkpoint thread is at work */
};

static void
checkpointer_clear (gpointer data)
{
  BuurtCheckpointer *self = data;

  g_free (self->path);
}

static gpointer
checkpoint_thread (gpointer data)
{
  BuurtCheckpointer *self = data;
  sqlite3 *db = NULL;

  /* Without SQLITE_OPEN_CREATE: a file deleted since is not made anew. */
  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 1000);
      sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }
  sqlite3_close (db);

  g_atomic_int_set (&self->running, 0);
  g_atomic_rc_box_release_full (self, checkpointer_clear);
  return NULL;
}

static int
wal_hook_cb (void       *data,
             sqlite3    *db,
             const char *name,
             int         n_pages)
{
  BuurtCheckpointer *self = data;

  if (n_pages < CHECKPOINT_PAGES || !g_atomic_int_compare_and_exchange (&self->running, 0, 1))
    return SQLITE_OK;

  g_thread_unref (g_thread_new ("buurt-checkpoint", checkpoint_thread, g_atomic_rc_box_acquire (self)));
  return SQLITE_OK;
}

/**
 * buurt_checkpointer_attach:
 * @db: the store's connection, in WAL mode
 * @path: its file
 *
 * Returns: (transfer full): what the hook needs; free it with
 *   buurt_checkpointer_release() after closing @db
 */
BuurtCheckpointer *
buurt_checkpointer_attach (sqlite3    *db,
                           const char *path)
{
  BuurtCheckpointer *self = g_atomic_rc_box_new0 (BuurtCheckpointer);

  self->path = g_strdup (path);
  sqlite3_wal_hook (db, wal_hook_cb, self);
  return self;
}

void
buurt_checkpointer_release (BuurtCheckpointer *self)
{
  if (self != NULL)
    g_atomic_rc_box_release_full (self, checkpointer_clear);
}

/* buurt-backup.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-backup"

#include "config.h"

#include <glib/gstdio.h>

#include "buurt-backup.h"
#include "buurt-store.h"

/*
 * One backup file: when and why it was made, how big it is, and what it
 * holds (read from the file itself), or why it cannot be restored.
 */

struct _BuurtBackup
{
  GObject    parent_instance;

  /* Owned state */
  char      *path;
  char      *reason;        /* "daily", "before-import", "before-schema-4", … */
  GDateTime *made_at;
  gint64     size;
  gint64     counts[BUURT_STORE_N_COUNTS];   /* -1 until read */
  char      *problem;       /* why it cannot be restored, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtBackup, buurt_backup, G_TYPE_OBJECT)

static void
buurt_backup_finalize (GObject *object)
{
  BuurtBackup *self = (BuurtBackup *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->made_at, g_date_time_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (buurt_backup_parent_class)->finalize (object);
}

static void
buurt_backup_class_init (BuurtBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_backup_finalize;
}

static void
buurt_backup_init (BuurtBackup *self)
{
  for (guint i = 0; i < BUURT_STORE_N_COUNTS; i++)
    self->counts[i] = -1;
}

/**
 * buurt_backup_new:
 * @reason: why it was made, as in its file name
 *
 * Returns: (transfer full): a backup whose contents are not read yet
 */
BuurtBackup *
buurt_backup_new (const char *path,
                  const char *reason,
                  GDateTime  *made_at,
                  gint64      size)
{
  BuurtBackup *self = g_object_new (BUURT_TYPE_BACKUP, NULL);

  self->path = g_strdup (path);
  self->reason = g_strdup (reason);
  self->made_at = g_date_time_ref (made_at);
  self->size = size;

  return self;
}

/**
 * buurt_backup_read:
 * @check: whether to run the integrity checks too
 *
 * Reads what the backup holds, on a read-only connection.
 *
 * Returns: %FALSE with @error naming the file when it is not a usable
 *   backup; buurt_backup_get_problem() then says why
 */
gboolean
buurt_backup_read (BuurtBackup  *self,
                   gboolean      check,
                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  BuurtStoreFileInfo info;

  g_return_val_if_fail (BUURT_IS_BACKUP (self), FALSE);

  g_clear_pointer (&self->problem, g_free);
  if (!buurt_store_inspect_file (self->path, check, &info, &local_error))
    {
      self->problem = g_strdup (local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < BUURT_STORE_N_COUNTS; i++)
    self->counts[i] = info.counts[i];

  {
    GStatBuf buf;

    if (g_stat (self->path, &buf) == 0)
      self->size = buf.st_size;
  }

  return TRUE;
}

const char *
buurt_backup_get_path (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), NULL);

  return self->path;
}

const char *
buurt_backup_get_reason (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), NULL);

  return self->reason;
}

/* Returns: (transfer none): when it was made, in local time */
GDateTime *
buurt_backup_get_made_at (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), NULL);

  return self->made_at;
}

gint64
buurt_backup_get_size (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), -1);

  return self->size;
}

/* Returns: the activities it holds, or -1 when not read or not readable */
gint64
buurt_backup_get_n_activities (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), -1);

  return self->counts[BUURT_STORE_COUNT_ACTIVITIES];
}

gint64
buurt_backup_get_n_venues (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), -1);

  return self->counts[BUURT_STORE_COUNT_VENUES];
}

gint64
buurt_backup_get_n_initiatives (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), -1);

  return self->counts[BUURT_STORE_COUNT_INITIATIVES];
}

/* Returns: (nullable): why it cannot be restored, once read */
const char *
buurt_backup_get_problem (BuurtBackup *self)
{
  g_return_val_if_fail (BUURT_IS_BACKUP (self), NULL);

  return self->problem;
}

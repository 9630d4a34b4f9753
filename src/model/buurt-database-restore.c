/* buurt-database-restore.c: putting a backup back in place of the agenda,
 * after backing up the agenda as it is, so a restore can itself be undone
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "buurt-database-private.h"
#include "buurt-store-desks.h"

#define STAMP_FORMAT "%Y%m%d-%H%M%S"  /* as in the names of backups */

/* An older backup has an older schema: open it once to bring it up to date. */
static gboolean
migrate_restored (const char  *path,
                  GError     **error)
{
  g_autoptr(BuurtStore) store = buurt_store_new (path, error);

  return store != NULL;
}

/**
 * buurt_database_restore:
 * @backup_path: a backup of this or another agenda
 * @undo_path: (out) (optional) (transfer full): the backup of the state
 *   before, which restores it again
 *
 * Replaces the agenda with @backup_path, after checking it and after making
 * a backup of the current state ("…-before-restore.db"), so the restore can
 * itself be undone. The views hear of it as a change of every table.
 *
 * Returns: %FALSE with @error naming the file when @backup_path is not a
 *   usable backup or the agenda could not be replaced; nothing changed then
 */
gboolean
buurt_database_restore (BuurtDatabase  *self,
                        const char     *backup_path,
                        char          **undo_path,
                        GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *before = NULL;
  BuurtStoreFileInfo info;
  gint64 desk_counter;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  /* Bad input first, before anything is written. */
  if (!buurt_store_inspect_file (backup_path, TRUE, &info, error) ||
      (desk_counter = buurt_store_desk_get_counter (buurt_database_get_store (self), error)) < 0 ||
      !buurt_database_backup_at (self, "before-restore", now, &before, error) ||
      !buurt_store_restore_file (backup_path, buurt_database_get_path (self), error) ||
      !migrate_restored (buurt_database_get_path (self), error))
    return FALSE;

  /* The desk's change counters go on from where they were (see
   * buurt_store_desk_keep_counter()). */
  if (!buurt_store_desk_keep_counter (buurt_database_get_store (self), desk_counter, error))
    return FALSE;

  buurt_database_check_for_changes (self);
  if (undo_path != NULL)
    *undo_path = g_steal_pointer (&before);
  return TRUE;
}

/**
 * buurt_database_restore_damaged:
 * @database_path: an agenda that failed buurt_database_check_file()
 * @backup_path: the backup to put in its place
 * @kept_path: (out) (optional) (transfer full): where the damaged file was
 *   moved to
 *
 * Moves the damaged agenda aside (with its WAL), keeping it for an expert,
 * and restores @backup_path in its place. Used before the agenda is opened.
 */
gboolean
buurt_database_restore_damaged (const char  *database_path,
                                const char  *backup_path,
                                char       **kept_path,
                                GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);
  g_autofree char *kept = g_strdup_printf ("%s.damaged-%s", database_path, stamp);
  BuurtStoreFileInfo info;
  static const char *suffixes[] = { "", "-wal", "-shm" };

  g_return_val_if_fail (database_path != NULL && backup_path != NULL, FALSE);

  if (!buurt_store_inspect_file (backup_path, TRUE, &info, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (database_path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                       /* Translators: the first %s is a file, the second the reason */
                       _("The damaged agenda “%s” could not be moved aside (%s), so nothing was restored."),
                       database_path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  if (!buurt_store_restore_file (backup_path, database_path, error) ||
      !migrate_restored (database_path, error))
    {
      /* The damaged file goes back where it was, as it was. */
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *from = g_strconcat (kept, suffixes[i], NULL);
          g_autofree char *to = g_strconcat (database_path, suffixes[i], NULL);

          g_unlink (to);
          if (g_file_test (from, G_FILE_TEST_EXISTS))
            g_rename (from, to);
        }
      return FALSE;
    }

  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;
}

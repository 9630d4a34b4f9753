/* buurt-database-backup.c: automatic backups, retention, restore, the check
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

/*
 * Backups of the agenda, so that years of volunteers' work survive a broken
 * disk, a mistaken import or a damaged file:
 *
 * - made with SQLite's online backup API (buurt_store_backup_file()), never
 *   by copying the live file;
 * - at the first start of each day, and before every migration, import,
 *   exchange, closure and restore (buurt_database_backup_before());
 * - named "<agenda>-YYYYMMDD-HHMMSS-<reason>.db" in the backup folder: the
 *   folder chosen in Preferences (a USB stick, a network share), or else
 *   "backups" beside the agenda (for the user's own agenda, in the app's data
 *   folder);
 * - kept: everything of the last day, the newest of each day for 14 days and
 *   the newest of each week for 3 months. The safety copies the migrations
 *   make beside the agenda ("….before-schema-N") are listed as well.
 */

#define DAILY_DAYS 14
#define WEEKLY_DAYS 92
#define STAMP_FORMAT "%Y%m%d-%H%M%S"
#define STAMP_LENGTH 15  /* YYYYMMDD-HHMMSS */

static char *
agenda_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';

  return g_steal_pointer (&base);
}

static gboolean
is_reason (const char *reason)
{
  if (reason == NULL || *reason == '\0')
    return FALSE;
  for (const char *p = reason; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * buurt_database_default_backup_folder:
 * @database_path: an agenda file
 *
 * Returns: (transfer full): the folder "backups" beside @database_path
 */
char *
buurt_database_default_backup_folder (const char *database_path)
{
  g_autofree char *folder = g_path_get_dirname (database_path);

  return g_build_filename (folder, "backups", NULL);
}

/**
 * buurt_database_get_backup_folder:
 *
 * Returns: (transfer none): where backups of this agenda go
 */
const char *
buurt_database_get_backup_folder (BuurtDatabase *self)
{
  const char *folder;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  folder = g_object_get_data (G_OBJECT (self), "buurt-backup-folder");
  if (folder == NULL)
    {
      g_autofree char *fallback = buurt_database_default_backup_folder (buurt_database_get_path (self));

      g_object_set_data_full (G_OBJECT (self), "buurt-backup-folder-default",
                              g_steal_pointer (&fallback), g_free);
      folder = g_object_get_data (G_OBJECT (self), "buurt-backup-folder-default");
    }

  return folder;
}

/**
 * buurt_database_set_backup_folder:
 * @folder: (nullable): a folder chosen by the user, or %NULL or "" for the
 *   default one
 *
 * A chosen folder is never created: when it is missing (a USB stick that is
 * not in), backups fail with a message that says so.
 */
void
buurt_database_set_backup_folder (BuurtDatabase *self,
                                  const char    *folder)
{
  GPtrArray *folders;
  char *copy = NULL;

  g_return_if_fail (BUURT_IS_DATABASE (self));

  /* A daily backup may be reading the folder on its thread: every folder
   * string stays alive as long as the context. */
  folders = g_object_get_data (G_OBJECT (self), "buurt-backup-folders");
  if (folders == NULL)
    {
      folders = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (G_OBJECT (self), "buurt-backup-folders", folders,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  if (folder != NULL && *folder != '\0')
    g_ptr_array_add (folders, copy = g_strdup (folder));

  g_object_set_data (G_OBJECT (self), "buurt-backup-folder", copy);
}

static gboolean
is_default_folder (BuurtDatabase *self)
{
  return g_object_get_data (G_OBJECT (self), "buurt-backup-folder") == NULL;
}

/* The backup of @database_path named @name in a backup folder, or %NULL
 * when @name is not one. */
static BuurtBackup *
backup_for_name (const char *folder,
                 const char *stem,
                 const char *name)
{
  g_autofree char *path = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GDateTime) made_at = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  const char *rest;
  GStatBuf buf;
  int year, month, day, hour, minute, second;

  if (!g_str_has_prefix (name, stem) || name[strlen (stem)] != '-' ||
      !g_str_has_suffix (name, ".db"))
    return NULL;

  rest = name + strlen (stem) + 1;
  if (strlen (rest) < STAMP_LENGTH + 5 || rest[STAMP_LENGTH] != '-' ||
      sscanf (rest, "%4d%2d%2d-%2d%2d%2d", &year, &month, &day, &hour, &minute, &second) != 6)
    return NULL;

  reason = g_strndup (rest + STAMP_LENGTH + 1, strlen (rest) - STAMP_LENGTH - 1 - 3);
  if (!is_reason (reason))
    return NULL;

  zone = g_time_zone_new_local ();
  made_at = g_date_time_new (zone, year, month, day, hour, minute, second);
  path = g_build_filename (folder, name, NULL);
  if (made_at == NULL || g_stat (path, &buf) != 0)
    return NULL;

  return buurt_backup_new (path, reason, made_at, buf.st_size);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  BuurtBackup *backup_a = *(BuurtBackup **) a;
  BuurtBackup *backup_b = *(BuurtBackup **) b;

  return g_date_time_compare (buurt_backup_get_made_at (backup_b),
                              buurt_backup_get_made_at (backup_a));
}

/* The backups of @database_path in @folder, and the migrations' safety
 * copies beside it, newest first; their contents are not read yet. */
static GPtrArray *
find_backups (const char *database_path,
              const char *folder)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *stem = agenda_stem (database_path);
  g_autofree char *beside = g_path_get_dirname (database_path);
  g_autofree char *base = g_path_get_basename (database_path);
  g_autofree char *copy_prefix = g_strconcat (base, ".before-schema-", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if ((dir = g_dir_open (folder, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        BuurtBackup *backup = backup_for_name (folder, stem, name);

        if (backup != NULL)
          g_ptr_array_add (backups, backup);
      }
  g_clear_pointer (&dir, g_dir_close);

  if ((dir = g_dir_open (beside, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = NULL;
        g_autoptr(GDateTime) made_at = NULL;
        GStatBuf buf;

        if (!g_str_has_prefix (name, copy_prefix) || g_str_has_suffix (name, ".part"))
          continue;
        path = g_build_filename (beside, name, NULL);
        if (g_stat (path, &buf) != 0)
          continue;
        made_at = g_date_time_new_from_unix_local (buf.st_mtime);
        g_ptr_array_add (backups, buurt_backup_new (path, name + strlen (base) + 1, made_at,
                                                    buf.st_size));
      }

  g_ptr_array_sort (backups, newest_first);
  return g_steal_pointer (&backups);
}

/* Whether @backup is one that retention keeps, among @kept_days and
 * @kept_weeks already seen (newest first). */
static gboolean
keep_backup (BuurtBackup *backup,
             GDateTime   *now,
             GHashTable  *kept_days,
             GHashTable  *kept_weeks)
{
  GDateTime *made_at = buurt_backup_get_made_at (backup);
  GTimeSpan age = g_date_time_difference (now, made_at);
  g_autofree char *day = g_date_time_format (made_at, "%Y-%m-%d");
  g_autofree char *week = g_date_time_format (made_at, "%G-%V");
  gboolean keep = FALSE;

  /* A migration's copy is replaced by the next of its version, not here. */
  if (g_str_has_prefix (buurt_backup_get_reason (backup), "before-schema-") &&
      !g_str_has_suffix (buurt_backup_get_path (backup), ".db"))
    return TRUE;

  if (age < G_TIME_SPAN_DAY)
    keep = TRUE;
  if (age < DAILY_DAYS * G_TIME_SPAN_DAY && !g_hash_table_contains (kept_days, day))
    keep = TRUE;
  if (age < WEEKLY_DAYS * G_TIME_SPAN_DAY && !g_hash_table_contains (kept_weeks, week))
    keep = TRUE;

  if (keep)
    {
      g_hash_table_add (kept_days, g_steal_pointer (&day));
      g_hash_table_add (kept_weeks, g_steal_pointer (&week));
    }

  return keep;
}

/* Copies left by a backup that was cut short, an hour or more ago. */
static void
remove_stale_parts (const char *folder,
                    const char *stem,
                    GDateTime  *now)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf buf;

      if (!g_str_has_prefix (name, stem) || !g_str_has_suffix (name, ".db.part"))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &buf) == 0 &&
          g_date_time_to_unix (now) - buf.st_mtime >= 60 * 60)
        g_unlink (path);
    }
}

/**
 * buurt_database_apply_retention:
 * @now: the moment to count ages from
 *
 * Removes the backups that are no longer kept: see the top of this file.
 *
 * Returns: how many were removed
 */
guint
buurt_database_apply_retention (BuurtDatabase *self,
                                GDateTime     *now)
{
  const char *folder = buurt_database_get_backup_folder (self);
  g_autofree char *stem = agenda_stem (buurt_database_get_path (self));
  g_autoptr(GPtrArray) backups = find_backups (buurt_database_get_path (self), folder);
  g_autoptr(GHashTable) kept_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) kept_weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint removed = 0;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), 0);

  for (guint i = 0; i < backups->len; i++)
    {
      BuurtBackup *backup = g_ptr_array_index (backups, i);

      if (keep_backup (backup, now, kept_days, kept_weeks))
        continue;
      if (g_unlink (buurt_backup_get_path (backup)) == 0)
        removed++;
      else
        g_warning ("Could not remove the old backup %s: %s",
                   buurt_backup_get_path (backup), g_strerror (errno));
    }

  remove_stale_parts (folder, stem, now);
  return removed;
}

/**
 * buurt_database_backup_at:
 * @reason: why, a word of lowercase letters, digits and dashes
 * @now: the moment it is made, which names it
 * @path: (out) (optional) (transfer full): the backup's file
 *
 * buurt_database_backup_before() with the moment given, for tests.
 */
gboolean
buurt_database_backup_at (BuurtDatabase  *self,
                          const char     *reason,
                          GDateTime      *now,
                          char          **path,
                          GError        **error)
{
  const char *folder;
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (is_reason (reason), FALSE);

  folder = buurt_database_get_backup_folder (self);
  if (is_default_folder (self))
    {
      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                       /* Translators: the first %s is a folder, the second the reason */
                       _("No backup could be made: the folder “%s” could not be made (%s)."),
                       folder, g_strerror (saved_errno));
          return FALSE;
        }
    }
  else if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                   /* Translators: %s is a folder */
                   _("No backup could be made: the backup folder “%s” is not there. "
                     "Is the USB stick or network drive connected? You can choose another "
                     "folder in Preferences."),
                   folder);
      return FALSE;
    }

  stem = agenda_stem (buurt_database_get_path (self));
  stamp = g_date_time_format (now, STAMP_FORMAT);
  name = g_strdup_printf ("%s-%s-%s.db", stem, stamp, reason);
  dest = g_build_filename (folder, name, NULL);
  /* Two in the same second (a restore undone at once) both stay. */
  for (guint n = 2; g_file_test (dest, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      g_free (dest);
      name = g_strdup_printf ("%s-%s-%s-%u.db", stem, stamp, reason, n);
      dest = g_build_filename (folder, name, NULL);
    }

  if (!buurt_store_backup_file (buurt_database_get_path (self), dest, error))
    return FALSE;

  g_debug ("Backup of %s made in %s", buurt_database_get_path (self), dest);
  buurt_database_apply_retention (self, now);

  if (path != NULL)
    *path = g_steal_pointer (&dest);
  return TRUE;
}

/**
 * buurt_database_backup_before:
 * @reason: what is about to happen: "import", "exchange", "closure",
 *   "restore", … (lowercase letters, digits and dashes)
 *
 * Makes a backup of the agenda as it is now, named after @reason
 * ("…-before-import.db"), in the backup folder, and removes backups that are
 * no longer kept. Call it before a change that touches much of the agenda,
 * on the thread doing the change, and do not make the change when it fails:
 * the message says why in words for the user (a full or missing backup
 * folder). It reads the file on a connection of its own, so it may be called
 * from a worker thread; it must not be called inside a transaction.
 *
 * Returns: %FALSE with @error set when no backup could be made
 */
gboolean
buurt_database_backup_before (BuurtDatabase  *self,
                              const char     *reason,
                              GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *full_reason = g_strconcat ("before-", reason, NULL);

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (is_reason (reason), FALSE);

  return buurt_database_backup_at (self, full_reason, now, NULL, error);
}

/* Whether the first start of today still has to make a backup: none was
 * made today, and the agenda holds something. */
static gboolean
daily_backup_due (BuurtDatabase  *self,
                  GDateTime      *now,
                  gboolean       *due,
                  GError        **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  gboolean empty = TRUE;

  *due = FALSE;
  if (!buurt_database_is_empty (self, &empty, error))
    return FALSE;
  if (empty)
    return TRUE;

  backups = find_backups (buurt_database_get_path (self), buurt_database_get_backup_folder (self));
  for (guint i = 0; i < backups->len; i++)
    {
      GDateTime *made_at = buurt_backup_get_made_at (g_ptr_array_index (backups, i));

      if (g_date_time_get_year (made_at) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (made_at) == g_date_time_get_day_of_year (now))
        return TRUE;
    }

  *due = TRUE;
  return TRUE;
}

/**
 * buurt_database_backup_now:
 *
 * A backup the user asked for ("…-manual.db").
 */
gboolean
buurt_database_backup_now (BuurtDatabase  *self,
                           GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_database_backup_at (self, "manual", now, NULL, error);
}

/**
 * buurt_database_backup_daily:
 * @made: (out) (optional): whether a backup was made
 *
 * The first start of each day makes a backup, unless one was made today
 * already or the agenda is still empty.
 *
 * Returns: %FALSE with @error set when a backup was due but failed
 */
gboolean
buurt_database_backup_daily (BuurtDatabase  *self,
                             gboolean       *made,
                             GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean due = FALSE;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  if (made != NULL)
    *made = FALSE;

  if (!daily_backup_due (self, now, &due, error))
    return FALSE;
  if (due && !buurt_database_backup_at (self, "daily", now, NULL, error))
    return FALSE;

  if (made != NULL)
    *made = due;
  return TRUE;
}

static void
backup_daily_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;

  /* Only files and connections of its own: the context's is not touched. */
  if (!buurt_database_backup_at (source_object, "daily", task_data, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * buurt_database_backup_daily_async:
 *
 * buurt_database_backup_daily() with the copy made on a worker thread, on a
 * connection of its own, so the window does not wait for it.
 */
void
buurt_database_backup_daily_async (BuurtDatabase       *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *now = g_date_time_new_now_local ();
  gboolean due = FALSE;

  g_return_if_fail (BUURT_IS_DATABASE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buurt_database_backup_daily_async);
  g_task_set_task_data (task, now, (GDestroyNotify) g_date_time_unref);

  if (!daily_backup_due (self, now, &due, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!due)
    g_task_return_boolean (task, FALSE);
  else
    g_task_run_in_thread (task, backup_daily_thread);
}

/**
 * buurt_database_backup_daily_finish:
 *
 * Returns: whether a backup was made; %FALSE with @error set when it failed
 */
gboolean
buurt_database_backup_daily_finish (BuurtDatabase  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * buurt_database_backup_to:
 * @dest_path: the file to write; replaced once the copy is complete
 *
 * A backup to a file of the user's choice (the command line's --backup).
 */
gboolean
buurt_database_backup_to (BuurtDatabase  *self,
                          const char     *dest_path,
                          GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return buurt_store_backup_file (buurt_database_get_path (self), dest_path, error);
}

/**
 * buurt_database_list_backups:
 * @database_path: the agenda file
 * @folder: (nullable): its backup folder, or %NULL for the default one
 * @read: whether to read what each holds (counts, problems)
 *
 * Returns: (transfer full): the backups of the agenda, newest first
 */
GListModel *
buurt_database_list_backups_for (const char *database_path,
                                 const char *folder,
                                 gboolean    read)
{
  g_autofree char *default_folder = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GListStore *store = g_list_store_new (BUURT_TYPE_BACKUP);

  g_return_val_if_fail (database_path != NULL, NULL);

  if (folder == NULL || *folder == '\0')
    folder = default_folder = buurt_database_default_backup_folder (database_path);

  backups = find_backups (database_path, folder);
  for (guint i = 0; i < backups->len; i++)
    {
      BuurtBackup *backup = g_ptr_array_index (backups, i);

      if (read)
        buurt_backup_read (backup, FALSE, NULL);
      g_list_store_append (store, backup);
    }

  return G_LIST_MODEL (store);
}

/**
 * buurt_database_list_backups:
 *
 * Returns: (transfer full): the backups of this agenda, newest first, with
 *   what each holds
 */
GListModel *
buurt_database_list_backups (BuurtDatabase *self)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_database_list_backups_for (buurt_database_get_path (self),
                                          is_default_folder (self) ? NULL
                                                                   : buurt_database_get_backup_folder (self),
                                          TRUE);
}

/**
 * buurt_database_find_good_backup:
 *
 * Returns: (transfer full) (nullable): the newest backup of the agenda in
 *   @database_path that passes the integrity checks, with its contents read
 */
BuurtBackup *
buurt_database_find_good_backup (const char *database_path,
                                 const char *folder)
{
  g_autoptr(GListModel) backups = buurt_database_list_backups_for (database_path, folder, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(BuurtBackup) backup = g_list_model_get_item (backups, i);

      if (buurt_backup_read (backup, TRUE, NULL))
        return g_steal_pointer (&backup);
    }

  return NULL;
}

/**
 * buurt_database_check_file:
 * @path: an agenda file, not yet opened
 *
 * The check at every start, before anything is written: a quick integrity
 * check and a foreign-key check on a read-only connection. A missing file
 * passes (it is a new agenda).
 *
 * Returns: %FALSE with @error set, in plain words, when the file is damaged
 *   (%BUURT_STORE_ERROR_DAMAGED), not an agenda, or made by a newer version
 */
gboolean
buurt_database_check_file (const char  *path,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return buurt_store_check_file (path, error);
}

/**
 * buurt_database_error_is_damaged:
 *
 * Returns: whether @error says an agenda file is damaged (and a backup may
 *   help), rather than not an agenda or made by a newer version
 */
gboolean
buurt_database_error_is_damaged (const GError *error)
{
  return g_error_matches (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_DAMAGED);
}

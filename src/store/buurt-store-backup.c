/* buurt-store-backup.c: consistent copies of an agenda file, and checks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "buurt-store-private.h"

/*
 * Copies are made with SQLite's online backup API, never by copying the
 * file: the backup reads one consistent snapshot, including what is still in
 * the WAL, while the window goes on working. A copy is written under a
 * temporary name ("….part"), checked, synced and only then renamed, so a
 * copy cut short (a kill, a full USB stick, a network share that went away)
 * never takes the place of a good one.
 *
 * Reading a file that may be a backup, damaged, or somebody else's happens
 * on a read-only connection of its own: a check writes nothing.
 */

/* The counts a backup shows in Preferences, of rows that are not deleted. */
static const char *count_sql[BUURT_STORE_N_COUNTS] = {
  "SELECT count(*) FROM activity WHERE deleted_at IS NULL",
  "SELECT count(*) FROM venue WHERE deleted_at IS NULL",
  "SELECT count(*) FROM initiative WHERE deleted_at IS NULL",
};

static gboolean
is_full (int rc)
{
  return (rc & 0xff) == SQLITE_FULL || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
         rc == SQLITE_IOERR_TRUNCATE;
}

/* Why a copy could not be written into @folder, in words for a volunteer. */
static char *
describe_write_failure (const char *folder,
                        int         rc,
                        int         saved_errno)
{
  if (is_full (rc) || saved_errno == ENOSPC || saved_errno == EDQUOT)
    /* Translators: %s is a folder */
    return g_strdup_printf (_("the backup folder “%s” is full. Make room there or choose another folder in Preferences."),
                            folder);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    /* Translators: %s is a folder */
    return g_strdup_printf (_("the backup folder “%s” is not there. Is the USB stick or network drive connected?"),
                            folder);
  if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY ||
      saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
    /* Translators: %s is a folder */
    return g_strdup_printf (_("the backup folder “%s” cannot be written to."), folder);

  /* Translators: the first %s is a folder, the second a technical message */
  return g_strdup_printf (_("writing in the backup folder “%s” failed (%s)."), folder,
                          saved_errno != 0 ? g_strerror (saved_errno) : sqlite3_errstr (rc));
}

static int
fsync_path (const char *path,
            gboolean    directory)
{
  int fd = g_open (path, (directory ? O_DIRECTORY : 0) | O_RDONLY, 0);
  int saved = 0;

  if (fd < 0)
    return errno;
  if (fsync (fd) != 0)
    saved = errno;
  close (fd);

  return saved;
}

static int
open_read_only (const char  *path,
                sqlite3    **db)
{
  int rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (*db, 1);
      sqlite3_busy_timeout (*db, BUURT_STORE_BUSY_TIMEOUT_MS);
    }

  return rc;
}

/* The first column of the first row of a constant statement. */
static int
read_int64 (sqlite3    *db,
            const char *sql,
            gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      else
        rc = sqlite3_extended_errcode (db);
    }
  sqlite3_finalize (stmt);

  return rc;
}

/* PRAGMA quick_check: %NULL when it passes, else what it found. */
static char *
quick_check (sqlite3 *db,
             int     *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  char *found = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (result, "ok") != 0)
            found = g_strdup (result);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      else
        rc = sqlite3_extended_errcode (db);
    }
  sqlite3_finalize (stmt);

  *rc_out = rc;
  if (rc != SQLITE_OK && found == NULL)
    found = g_strdup (sqlite3_errstr (rc));

  return found;
}

/* PRAGMA quick_check and foreign_key_check: %NULL when both pass, else what
 * they found. */
static char *
find_damage (sqlite3 *db,
             int     *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  char *found = quick_check (db, rc_out);
  int rc;

  if (found != NULL)
    return found;

  rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          found = g_strdup_printf ("a row of %s refers to a row of %s that is not there",
                                   (const char *) sqlite3_column_text (stmt, 0),
                                   (const char *) sqlite3_column_text (stmt, 2));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      else
        rc = sqlite3_extended_errcode (db);
    }
  sqlite3_finalize (stmt);

  *rc_out = rc;
  if (rc != SQLITE_OK && found == NULL)
    found = g_strdup (sqlite3_errstr (rc));

  return found;
}

static gboolean
has_sqlite_header (const char *path)
{
  char header[16] = { 0 };
  FILE *file = g_fopen (path, "rb");
  gboolean found;

  if (file == NULL)
    return FALSE;
  found = fread (header, 1, sizeof header, file) == sizeof header &&
          memcmp (header, "SQLite format 3", 16) == 0;
  fclose (file);

  return found;
}

/**
 * buurt_store_inspect_file:
 * @path: a file that should be an agenda: the agenda itself, or a backup
 * @check: whether to run the integrity and foreign-key checks as well
 * @info: (out caller-allocates): what it holds
 *
 * Reads @path on a read-only connection, without writing to it.
 *
 * Returns: %FALSE with @error naming @path when it is missing, not an
 *   agenda of Buurtagenda (%BUURT_STORE_ERROR_NOT_A_DATABASE), made by a
 *   newer version (%BUURT_STORE_ERROR_NEWER_VERSION), or damaged or cut short
 *   (%BUURT_STORE_ERROR_DAMAGED)
 */
gboolean
buurt_store_inspect_file (const char          *path,
                          gboolean             check,
                          BuurtStoreFileInfo  *info,
                          GError             **error)
{
  sqlite3 *db = NULL;
  gint64 value = 0;
  gint64 has_activity = 0;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  memset (info, 0, sizeof *info);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path,
                                  _("there is no such file."));
      return FALSE;
    }

  rc = open_read_only (path, &db);
  if (rc == SQLITE_OK)
    rc = read_int64 (db, "PRAGMA user_version", &value);
  if (rc == SQLITE_OK)
    rc = read_int64 (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'activity'",
                     &has_activity);

  /* An SQLite file that cannot be read through is damaged or cut short. */
  if (((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) && has_sqlite_header (path))
    {
      g_autofree char *reason =
        g_strdup_printf (_("the file is damaged or incomplete (%s)."), sqlite3_errstr (rc));

      sqlite3_close (db);
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_DAMAGED, path, reason);
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT ||
      (rc == SQLITE_OK && (value < 1 || has_activity == 0)))
    {
      sqlite3_close (db);
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_NOT_A_DATABASE, path,
                                  _("this file is not an agenda of Buurtagenda."));
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      sqlite3_close (db);
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, path, sqlite3_errstr (rc));
      return FALSE;
    }

  info->schema_version = (int) value;
  if (info->schema_version > BUURT_STORE_SCHEMA_VERSION)
    {
      sqlite3_close (db);
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_NEWER_VERSION, path,
                                  _("it was made by a newer version of Buurtagenda. "
                                    "Update Buurtagenda to use it."));
      return FALSE;
    }

  if (check)
    {
      g_autofree char *damage = find_damage (db, &rc);

      if (damage != NULL)
        {
          g_autofree char *reason =
            /* Translators: %s is a technical description of the damage */
            g_strdup_printf (_("the file is damaged or incomplete (%s)."), damage);

          sqlite3_close (db);
          buurt_store_set_open_error (error, BUURT_STORE_ERROR_DAMAGED, path, reason);
          return FALSE;
        }
    }

  for (guint i = 0; i < BUURT_STORE_N_COUNTS; i++)
    {
      rc = read_int64 (db, count_sql[i], &info->counts[i]);
      if (rc != SQLITE_OK)
        {
          g_autofree char *reason =
            g_strdup_printf (_("the file is damaged or incomplete (%s)."), sqlite3_errstr (rc));

          sqlite3_close (db);
          buurt_store_set_open_error (error, BUURT_STORE_ERROR_DAMAGED, path, reason);
          return FALSE;
        }
    }

  sqlite3_close (db);
  return TRUE;
}

/**
 * buurt_store_check_file:
 * @path: the agenda file
 *
 * The check at every start: a quick integrity check and a foreign-key check
 * on a read-only connection. A file that is not there yet passes.
 *
 * Returns: %FALSE with @error set when the file cannot be used as it is
 */
gboolean
buurt_store_check_file (const char  *path,
                        GError     **error)
{
  BuurtStoreFileInfo info;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  /* A new, empty file is not an agenda yet, but it is not damaged either. */
  {
    GStatBuf buf;

    if (g_stat (path, &buf) == 0 && buf.st_size == 0)
      return TRUE;
  }

  return buurt_store_inspect_file (path, TRUE, &info, error);
}

/**
 * buurt_store_backup_file:
 * @source_path: the agenda; another connection may be writing to it
 * @dest_path: where the copy goes; an existing file there is replaced only
 *   once the new copy is complete and checked
 *
 * Copies @source_path with SQLite's online backup API, in one step so the
 * copy is one consistent snapshot (in WAL mode readers do not hold up
 * writers), into "@dest_path.part", which is checked, synced and renamed.
 *
 * Returns: %FALSE with @error saying why in words for a volunteer; no
 *   partial copy is then left behind
 */
gboolean
buurt_store_backup_file (const char  *source_path,
                         const char  *dest_path,
                         GError     **error)
{
  g_autofree char *part_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *reason = NULL;
  sqlite3 *source = NULL;
  sqlite3 *copy = NULL;
  int saved_errno = 0;
  gboolean dest_failed = FALSE;
  int rc;

  g_return_val_if_fail (source_path != NULL && dest_path != NULL, FALSE);

  part_path = g_strconcat (dest_path, ".part", NULL);
  folder = g_path_get_dirname (dest_path);

  /* What a crash left of an earlier attempt is of no use. */
  g_unlink (part_path);

  rc = open_read_only (source_path, &source);
  if (rc != SQLITE_OK)
    {
      sqlite3_close (source);
      buurt_store_set_open_error (error, BUURT_STORE_ERROR_OPEN, source_path, sqlite3_errstr (rc));
      return FALSE;
    }

  rc = sqlite3_open_v2 (part_path, &copy,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  saved_errno = errno;
  if (rc == SQLITE_OK)
    {
      sqlite3_backup *backup;

      sqlite3_extended_result_codes (copy, 1);
      /* The copy is one file that stands on its own, without a WAL beside it. */
      sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
      buurt_store_test_limit_copy (copy);

      backup = sqlite3_backup_init (copy, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_extended_errcode (copy);
      else
        {
          /* -1: every page in one step, so nothing can change in between. */
          int step_rc = sqlite3_backup_step (backup, -1);

          rc = sqlite3_backup_finish (backup);
          if (step_rc != SQLITE_DONE)
            rc = step_rc == SQLITE_OK ? SQLITE_ERROR : step_rc;
          if (rc != SQLITE_OK)
            {
              rc = sqlite3_extended_errcode (copy) != SQLITE_OK ? sqlite3_extended_errcode (copy) : rc;
              /* A read error of the source is the source's, not the folder's. */
              dest_failed = (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB &&
                            (rc & 0xff) != SQLITE_BUSY;
            }
        }
    }
  else
    dest_failed = TRUE;

  if (rc == SQLITE_OK)
    {
      g_autofree char *damage = NULL;

      sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
      /* The copy must read back whole before it counts as a backup. */
      damage = quick_check (copy, &rc);
      if (damage != NULL && rc == SQLITE_OK)
        rc = SQLITE_IOERR_READ;
      dest_failed = rc != SQLITE_OK;
    }

  sqlite3_close (source);
  if (copy != NULL && sqlite3_close (copy) != SQLITE_OK && rc == SQLITE_OK)
    {
      rc = SQLITE_IOERR;
      dest_failed = TRUE;
    }

  if (rc == SQLITE_OK && (saved_errno = fsync_path (part_path, FALSE)) != 0)
    rc = SQLITE_IOERR_FSYNC, dest_failed = TRUE;
  if (rc == SQLITE_OK && g_rename (part_path, dest_path) != 0)
    saved_errno = errno, rc = SQLITE_IOERR, dest_failed = TRUE;
  if (rc == SQLITE_OK)
    fsync_path (folder, TRUE);

  if (rc == SQLITE_OK)
    return TRUE;

  g_unlink (part_path);
  if (dest_failed)
    {
      reason = describe_write_failure (folder, rc, rc == SQLITE_OK ? 0 : saved_errno);
      /* Translators: the first %s is a file, the second the reason */
      g_set_error (error, BUURT_STORE_ERROR,
                   is_full (rc) ? BUURT_STORE_ERROR_FULL : BUURT_STORE_ERROR_FAILED,
                   _("No backup could be made in “%s”: %s"), dest_path, reason);
    }
  else
    buurt_store_set_open_error (error, (rc & 0xff) == SQLITE_BUSY ? BUURT_STORE_ERROR_BUSY
                                                                  : BUURT_STORE_ERROR_DAMAGED,
                                source_path, sqlite3_errstr (rc));
  return FALSE;
}

/**
 * buurt_store_restore_file:
 * @backup_path: a backup, checked before anything is written
 * @dest_path: the agenda to replace; it may be open in other connections,
 *   which see the restored data as a change by another connection
 *
 * Replaces the contents of @dest_path with those of @backup_path in one
 * transaction of the online backup API: all of it, or nothing.
 *
 * Returns: %FALSE with @error naming the file when it could not be done;
 *   @dest_path is then as it was
 */
gboolean
buurt_store_restore_file (const char  *backup_path,
                          const char  *dest_path,
                          GError     **error)
{
  BuurtStoreFileInfo info;
  sqlite3 *source = NULL;
  sqlite3 *dest = NULL;
  int rc;

  g_return_val_if_fail (backup_path != NULL && dest_path != NULL, FALSE);

  if (!buurt_store_inspect_file (backup_path, TRUE, &info, error))
    return FALSE;

  rc = open_read_only (backup_path, &source);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (dest_path, &dest,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_backup *backup;

      sqlite3_extended_result_codes (dest, 1);
      sqlite3_busy_timeout (dest, BUURT_STORE_BUSY_TIMEOUT_MS);
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_extended_errcode (dest);
      else
        {
          int step_rc = sqlite3_backup_step (backup, -1);

          rc = sqlite3_backup_finish (backup);
          if (step_rc != SQLITE_DONE)
            rc = step_rc == SQLITE_OK ? SQLITE_ERROR : step_rc;
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);

  sqlite3_close (source);
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_autofree char *reason =
        /* Translators: the first %s is a backup file, the second a technical message */
        g_strdup_printf (_("restoring “%s” failed (%s). The agenda was left as it was."),
                         backup_path, sqlite3_errstr (rc));

      buurt_store_set_open_error (error,
                                  (rc & 0xff) == SQLITE_BUSY ? BUURT_STORE_ERROR_BUSY
                                                             : BUURT_STORE_ERROR_FAILED,
                                  dest_path, reason);
      return FALSE;
    }

  return TRUE;
}

/* For tests: a copy may grow to this many pages, as if its folder were that
 * full; 0 for no limit. */
static int copy_page_limit;

void
buurt_store_test_set_copy_page_limit (int max_pages)
{
  copy_page_limit = max_pages;
}

void
buurt_store_test_limit_copy (sqlite3 *copy)
{
  if (copy_page_limit > 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %d", copy_page_limit);

      sqlite3_exec (copy, sql, NULL, NULL, NULL);
    }
}

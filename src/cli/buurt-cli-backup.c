/* buurt-cli-backup.c: --backup, --restore and --check
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "buurt-cli-backup.h"
#include "buurt-database.h"

/*
 * Backups for scripts: each exits 0 with a one-line summary, or 1 with a
 * message naming the file on stderr, and leaves the agenda as it was.
 */

static BuurtBackup *
read_file_checked (const char  *path,
                   gboolean     check,
                   GError     **error)
{
  g_autoptr(BuurtBackup) backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  backup = buurt_backup_new (path, "check", now, 0);
  if (!buurt_backup_read (backup, check, error))
    return NULL;

  return g_steal_pointer (&backup);
}

static BuurtBackup *
read_file (const char  *path,
           GError     **error)
{
  return read_file_checked (path, TRUE, error);
}

static int
fail (const GError *error)
{
  g_printerr ("buurtagenda: %s\n", error->message);
  return EXIT_FAILURE;
}

/**
 * buurt_cli_backup:
 * @dest_path: the backup file to write
 *
 * Returns: the exit status
 */
int
buurt_cli_backup (const char *database_path,
                  const char *dest_path)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(BuurtBackup) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  /* A damaged agenda would be copied with its damage: say so instead. */
  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR) ||
      read_file (database_path, &error) == NULL)
    {
      if (error == NULL)
        g_set_error (&error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                     /* Translators: %s is a file */
                     _("There is no agenda in “%s” to back up."), database_path);
      return fail (error);
    }

  if ((database = buurt_database_new (database_path, &error)) == NULL ||
      !buurt_database_backup_to (database, dest_path, &error) ||
      /* The copy passed its quick check before it took its name. */
      (copy = read_file_checked (dest_path, FALSE, &error)) == NULL)
    return fail (error);

  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  {
    GStatBuf buf;

    size = g_format_size (g_stat (dest_path, &buf) == 0 ? (guint64) buf.st_size : 0);
  }
  /* Translators: the first %s is the agenda, the second the backup file; then counts, a size and seconds */
  g_print (_("Backup of %s written to %s: %d activities, %d venues and %d initiatives, %s in %.1f s.\n"),
           database_path, dest_path,
           (int) buurt_backup_get_n_activities (copy), (int) buurt_backup_get_n_venues (copy),
           (int) buurt_backup_get_n_initiatives (copy), size, seconds);
  return EXIT_SUCCESS;
}

/**
 * buurt_cli_restore:
 * @backup_path: the backup to restore
 *
 * Checks @backup_path, backs up the agenda as it is, then replaces it. A
 * damaged agenda is moved aside instead.
 *
 * Returns: the exit status
 */
int
buurt_cli_restore (const char *database_path,
                   const char *backup_path)
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(BuurtBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) damage = NULL;
  g_autofree char *kept = NULL;

  if ((backup = read_file (backup_path, &error)) == NULL)
    return fail (error);

  if (!buurt_database_check_file (database_path, &damage))
    {
      if (!buurt_database_restore_damaged (database_path, backup_path, &kept, &error))
        return fail (error);
    }
  else if ((database = buurt_database_new (database_path, &error)) == NULL ||
           !buurt_database_restore (database, backup_path, &kept, &error))
    return fail (error);

  /* Translators: the first %s is the agenda, the second the backup; the last %s is a file that keeps the agenda as it was */
  g_print (_("%s restored from %s: %d activities, %d venues and %d initiatives. "
             "The agenda as it was is kept in %s.\n"),
           database_path, backup_path,
           (int) buurt_backup_get_n_activities (backup), (int) buurt_backup_get_n_venues (backup),
           (int) buurt_backup_get_n_initiatives (backup), kept);
  return EXIT_SUCCESS;
}

/**
 * buurt_cli_check:
 *
 * The start-up check on demand: integrity and foreign keys.
 *
 * Returns: the exit status: 0 when the agenda is in good order
 */
int
buurt_cli_check (const char *database_path)
{
  g_autoptr(BuurtBackup) agenda = NULL;
  g_autoptr(GError) error = NULL;

  if ((agenda = read_file (database_path, &error)) == NULL)
    return fail (error);

  /* Translators: %s is the agenda file; then counts */
  g_print (_("%s is in good order: %d activities, %d venues and %d initiatives.\n"),
           database_path,
           (int) buurt_backup_get_n_activities (agenda), (int) buurt_backup_get_n_venues (agenda),
           (int) buurt_backup_get_n_initiatives (agenda));
  return EXIT_SUCCESS;
}

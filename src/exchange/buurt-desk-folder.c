/* buurt-desk-folder.c: a folder several desks share (a USB stick, a network share)
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <string.h>

#include "buurt-desk-private.h"

/*
 * Each desk keeps its own file in the folder ("buurtagenda-desk-ID.json")
 * and reads every other desk's, so three or more desks stay together
 * without pairing each with each. All files are received in one
 * transaction; this desk's own file then holds what they have not all seen.
 */

/* The lowest counter of each desk in @a and @b: what both have seen. */
static char *
version_min (const char *a,
             const char *b)
{
  g_auto(GStrv) desks = buurt_desk_version_desks (a);
  g_autofree char *result = g_strdup ("");

  for (guint i = 0; desks[i] != NULL; i++)
    {
      gint64 low = MIN (buurt_desk_version_get (a, desks[i]), buurt_desk_version_get (b, desks[i]));

      if (low > 0)
        {
          char *next = buurt_desk_version_set (result, desks[i], low);

          g_free (result);
          result = next;
        }
    }
  return g_steal_pointer (&result);
}

typedef struct
{
  GPtrArray        *files;      /* BuurtDeskFile, by name */
  BuurtDeskChoice   choice;
  GCancellable     *cancellable;
  BuurtDeskSummary *summary;
} Folder;

static gboolean
receive_folder_in_transaction (BuurtStore  *store,
                               gpointer     user_data,
                               GError     **error)
{
  Folder *folder = user_data;

  for (guint i = 0; i < folder->files->len; i++)
    {
      BuurtDeskSummary one;

      if (!buurt_desk_receive_store (store, g_ptr_array_index (folder->files, i), folder->choice,
                                     NULL, folder->cancellable, &one, error))
        return FALSE;
      for (guint k = 0; k < BUURT_DESK_N_CHANGE_KINDS; k++)
        folder->summary->n[k] += one.n[k];
      folder->summary->n_pending += one.n_pending;
    }

  return TRUE;
}

/**
 * buurt_desk_exchange_folder_cancellable:
 * @cancellable: (nullable): cancelling before this desk's own file is
 *   written leaves the agenda as it was
 *
 * See buurt_desk_exchange_folder().
 */
gboolean
buurt_desk_exchange_folder_cancellable (BuurtDatabase     *database,
                                        GFile             *folder,
                                        BuurtDeskChoice    choice,
                                        GCancellable      *cancellable,
                                        BuurtDeskSummary  *summary,
                                        guint             *n_files,
                                        GError           **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_desk_file_free);
  g_autofree char *desk_id = NULL;
  g_autofree char *own_name = NULL;
  g_autofree char *since = NULL;
  g_autoptr(GFile) own = NULL;
  Folder receive = { files, choice, cancellable, summary };
  gboolean changes = FALSE;
  GFileInfo *info;

  memset (summary, 0, sizeof *summary);
  if ((desk_id = buurt_store_desk_get_id (store, error)) == NULL)
    return FALSE;
  own_name = g_strdup_printf ("buurtagenda-desk-%s.json", desk_id);

  enumerator = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (enumerator == NULL)
    return FALSE;
  while ((info = g_file_enumerator_next_file (enumerator, cancellable, error)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_prefix (name, "buurtagenda-desk-") && g_str_has_suffix (name, ".json") &&
          !g_str_equal (name, own_name))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  /* Every file read and checked first: a broken one changes nothing. */
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (folder, g_ptr_array_index (names, i));
      BuurtDeskFile *desk_file;
      gboolean file_changes = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          (desk_file = buurt_desk_file_read_store (store, file, error)) == NULL)
        return FALSE;
      g_ptr_array_add (files, desk_file);
      if (!changes && !buurt_desk_changes_anything (store, desk_file, &file_changes, error))
        return FALSE;
      changes = changes || file_changes;

      /* What every desk in the folder has seen. */
      if (since == NULL)
        since = g_strdup (desk_file->knowledge);
      else
        {
          char *low = version_min (since, desk_file->knowledge);

          g_free (since);
          since = low;
        }
    }

  /* Other desks' changes may touch much of the agenda: keep it as it was.
   * All files are then received in one transaction. */
  if (changes && !buurt_database_backup_before (database, "exchange", error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (files->len > 0 && !buurt_store_transaction (store, receive_folder_in_transaction, &receive, error)))
    {
      memset (summary, 0, sizeof *summary);
      return FALSE;
    }

  if (n_files != NULL)
    *n_files = files->len;

  own = g_file_get_child (folder, own_name);
  return buurt_store_desk_stamp (store, NULL, error) &&
         buurt_desk_file_write_store (store, own, since, NULL, error);
}

/**
 * buurt_desk_exchange_folder:
 * @folder: a folder every desk can reach (a USB stick, a share)
 * @choice: what to do with conflicts
 * @summary: (out caller-allocates): what receiving did, all files together
 * @n_files: (out) (optional): how many other desks' files were read
 *
 * Receives every other desk's file in @folder, all in one transaction, then
 * writes this desk's own file there with what they have not all seen. A desk
 * that joins later gets the rest once its own file is there.
 *
 * Returns: %FALSE with @error set when a file could not be read or received
 *   (nothing was changed then) or this desk's file not written
 */
gboolean
buurt_desk_exchange_folder (BuurtDatabase     *database,
                            GFile             *folder,
                            BuurtDeskChoice    choice,
                            BuurtDeskSummary  *summary,
                            guint             *n_files,
                            GError           **error)
{
  return buurt_desk_exchange_folder_cancellable (database, folder, choice, NULL, summary,
                                                 n_files, error);
}

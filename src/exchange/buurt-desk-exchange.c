/* buurt-desk-exchange.c: sending changes to other desks and receiving theirs
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-desk-private.h"
#include "buurt-exchange-error.h"

/*
 * How desks merge without a server and without trusting clocks:
 *
 * - Before each exchange, every row changed on this desk since its last
 *   version gets this desk's next change counter in its version vector
 *   (buurt_store_desk_stamp). The desk's knowledge is the highest counter of
 *   each desk it has seen; a file carries the writer's knowledge, and the
 *   receiver notes it for that peer, so the next file to it holds only what
 *   it has not seen ("changes since the last exchange").
 * - A received record whose version is before or equal to ours was seen
 *   already (so a file received twice changes nothing); one after ours was
 *   changed on their side only and is taken; one concurrent with ours was
 *   changed on both sides, a deletion included: a conflict. Keeping mine or
 *   taking theirs makes a new version after both, on this desk's counter,
 *   so every desk ends with the same content whatever the order of files.
 * - The version not chosen stays in the conflicts list (desk_conflict).
 * - One file is one transaction: a broken record leaves nothing changed.
 */

/* From how many records a file is received as bulk work. */
#define BULK_RECORDS 1000

char *
buurt_desk_choice_key (const char *table,
                       const char *uuid)
{
  return g_strconcat (table, "/", uuid, NULL);
}

static gboolean
is_deleted (GVariant *fields)
{
  g_autoptr(GVariant) value = fields != NULL ? g_variant_lookup_value (fields, "deleted_at", NULL) : NULL;

  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING);
}

/* Reads our side of @change and says what receiving it would do. */
static gboolean
classify (BuurtStore       *store,
          BuurtDeskChange  *change,
          char            **my_version,
          GError          **error)
{
  g_clear_pointer (&change->mine, g_variant_unref);
  if (!buurt_store_desk_lookup (store, change->table, change->uuid, &change->mine, my_version, error))
    return FALSE;

  if (change->mine == NULL)
    change->kind = BUURT_DESK_CHANGE_NEW;
  else
    switch (buurt_desk_version_compare (change->version, *my_version))
      {
      case BUURT_DESK_ORDER_BEFORE:
      case BUURT_DESK_ORDER_EQUAL:
        change->kind = BUURT_DESK_CHANGE_SAME;
        break;
      case BUURT_DESK_ORDER_AFTER:
        change->kind = is_deleted (change->theirs) && !is_deleted (change->mine)
                       ? BUURT_DESK_CHANGE_DELETED : BUURT_DESK_CHANGE_CHANGED;
        break;
      case BUURT_DESK_ORDER_CONCURRENT:
      default:
        {
          g_autofree char *a = buurt_store_desk_checksum_fields (change->mine);
          g_autofree char *b = buurt_store_desk_checksum_fields (change->theirs);

          /* Both desks made the same change: nothing to choose. */
          change->kind = g_str_equal (a, b) ? BUURT_DESK_CHANGE_SAME : BUURT_DESK_CHANGE_CONFLICT;
        }
        break;
      }

  return TRUE;
}

static const char *const *sort_tables;

static int
compare_by_table (gconstpointer a,
                  gconstpointer b)
{
  const BuurtDeskChange *ca = *(BuurtDeskChange **) a;
  const BuurtDeskChange *cb = *(BuurtDeskChange **) b;
  int ia = 0, ib = 0;

  for (int i = 0; sort_tables[i] != NULL; i++)
    {
      if (g_str_equal (sort_tables[i], ca->table))
        ia = i;
      if (g_str_equal (sort_tables[i], cb->table))
        ib = i;
    }
  if (ia != ib)
    return ia - ib;
  return (int) ca->line - (int) cb->line;
}

/* The records of @desk_file, each after the records of the tables it refers
 * to, whatever order the file has them in. */
static GPtrArray *
sorted_records (BuurtStore    *store,
                BuurtDeskFile *desk_file)
{
  GPtrArray *sorted = g_ptr_array_new ();

  for (guint i = 0; i < desk_file->records->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (desk_file->records, i);

      if (change->line == 0)
        change->line = i + 1;
      g_ptr_array_add (sorted, change);
    }
  sort_tables = buurt_store_desk_tables (store);
  g_ptr_array_sort (sorted, compare_by_table);
  return sorted;
}

/**
 * buurt_desk_preview:
 *
 * Says what receiving @desk_file would do, record by record, without
 * changing the agenda (it only notes this desk's own recent changes).
 *
 * Returns: (transfer full) (element-type BuurtDeskChange): the records that
 *   would change something (new, changed, deleted, conflicts), or %NULL
 *   with @error set
 */
GPtrArray *
buurt_desk_preview (BuurtDatabase  *database,
                    BuurtDeskFile  *desk_file,
                    GError        **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_desk_change_free);
  g_autoptr(GPtrArray) sorted = NULL;

  if (!buurt_store_desk_stamp (store, NULL, error))
    return NULL;

  sorted = sorted_records (store, desk_file);
  for (guint i = 0; i < sorted->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (sorted, i);
      g_autofree char *my_version = NULL;
      BuurtDeskChange *copy;

      if (!classify (store, change, &my_version, error))
        return NULL;
      if (change->kind == BUURT_DESK_CHANGE_SAME)
        continue;

      copy = g_new0 (BuurtDeskChange, 1);
      copy->kind = change->kind;
      copy->table = g_strdup (change->table);
      copy->uuid = g_strdup (change->uuid);
      copy->mine = change->mine != NULL ? g_variant_ref (change->mine) : NULL;
      copy->theirs = g_variant_ref (change->theirs);
      copy->version = g_strdup (change->version);
      copy->changed_by = g_strdup (change->changed_by);
      copy->line = change->line;
      g_ptr_array_add (changes, copy);
    }

  return g_steal_pointer (&changes);
}

typedef struct
{
  BuurtDeskFile    *desk_file;
  BuurtDeskChoice   choice;
  GHashTable       *choices;
  BuurtDeskSummary *summary;
  GCancellable     *cancellable;
  char             *seen;       /* the versions taken, learnt once at the end */
  BuurtDeskDerived *derived;    /* what the records written need rebuilt */
} Receive;

static void
see (Receive    *receive,
     const char *version)
{
  char *merged = buurt_desk_version_merge (receive->seen, version);

  g_free (receive->seen);
  receive->seen = merged;
}

/* Keeps one side of a conflict with a version after both, on this desk's counter. */
static gboolean
settle (BuurtStore        *store,
        const char        *table,
        const char        *uuid,
        const char        *my_version,
        const char        *their_version,
        GVariant          *fields,
        gboolean           write,
        BuurtDeskDerived  *derived,
        GError           **error)
{
  g_autofree char *desk_id = buurt_store_desk_get_id (store, error);
  g_autofree char *merged = NULL;
  g_autofree char *version = NULL;
  gint64 counter;

  if (desk_id == NULL || (counter = buurt_store_desk_next_counter (store, error)) == 0)
    return FALSE;

  merged = buurt_desk_version_merge (my_version, their_version);
  version = buurt_desk_version_set (merged, desk_id, counter);
  if (write && !(derived != NULL
                 ? buurt_store_desk_write_later (store, table, uuid, fields, derived, error)
                 : buurt_store_desk_write (store, table, uuid, fields, error)))
    return FALSE;
  return buurt_store_desk_set_record (store, table, uuid, version, desk_id, fields, error) &&
         buurt_store_desk_learn (store, version, error);
}

static gboolean
receive_one (BuurtStore       *store,
             Receive          *receive,
             BuurtDeskChange  *change,
             GHashTable       *pending,
             GError          **error)
{
  g_autofree char *my_version = NULL;
  g_autofree char *key = NULL;
  g_autoptr(BuurtDeskConflict) conflict = NULL;
  BuurtDeskChoice choice;
  const char *pending_version;

  if (!classify (store, change, &my_version, error))
    return FALSE;

  receive->summary->n[change->kind]++;
  switch (change->kind)
    {
    case BUURT_DESK_CHANGE_NEW:
    case BUURT_DESK_CHANGE_CHANGED:
    case BUURT_DESK_CHANGE_DELETED:
      see (receive, change->version);
      return buurt_store_desk_write_later (store, change->table, change->uuid, change->theirs,
                                           receive->derived, error) &&
             buurt_store_desk_set_record (store, change->table, change->uuid, change->version,
                                          change->changed_by, change->theirs, error);

    case BUURT_DESK_CHANGE_SAME:
      {
        g_autofree char *merged = buurt_desk_version_merge (my_version, change->version);

        if (g_strcmp0 (merged, my_version) != 0 &&
            !buurt_store_desk_set_record (store, change->table, change->uuid, merged,
                                          change->changed_by, change->mine, error))
          return FALSE;
        see (receive, change->version);
        return TRUE;
      }

    case BUURT_DESK_CHANGE_CONFLICT:
    default:
      break;
    }

  key = buurt_desk_choice_key (change->table, change->uuid);
  choice = receive->choices != NULL && g_hash_table_contains (receive->choices, key)
           ? (BuurtDeskChoice) GPOINTER_TO_INT (g_hash_table_lookup (receive->choices, key)) : receive->choice;

  conflict = g_new0 (BuurtDeskConflict, 1);
  conflict->table = g_strdup (change->table);
  conflict->uuid = g_strdup (change->uuid);
  conflict->their_desk = g_strdup (change->changed_by);
  conflict->their_version = g_strdup (change->version);
  conflict->mine = g_variant_ref (change->mine);
  conflict->theirs = g_variant_ref (change->theirs);

  switch (choice)
    {
    case BUURT_DESK_CHOICE_MINE:
      conflict->state = g_strdup ("kept_mine");
      return settle (store, change->table, change->uuid, my_version, change->version,
                     change->mine, FALSE, NULL, error) &&
             buurt_store_desk_add_conflict (store, conflict, error);

    case BUURT_DESK_CHOICE_THEIRS:
      conflict->state = g_strdup ("took_theirs");
      return settle (store, change->table, change->uuid, my_version, change->version,
                     change->theirs, TRUE, receive->derived, error) &&
             buurt_store_desk_add_conflict (store, conflict, error);

    case BUURT_DESK_CHOICE_ASK:
    default:
      receive->summary->n_pending++;
      /* The same question, already waiting: a file received twice asks once. */
      pending_version = g_hash_table_lookup (pending, key);
      if (g_strcmp0 (pending_version, change->version) == 0)
        return TRUE;
      conflict->state = g_strdup ("pending");
      return buurt_store_desk_add_conflict (store, conflict, error);
    }
}

static gboolean
receive_in_transaction (BuurtStore  *store,
                        gpointer     user_data,
                        GError     **error)
{
  Receive *receive = user_data;
  BuurtDeskFile *desk_file = receive->desk_file;
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *desk_id = NULL;

  if (!buurt_store_desk_stamp (store, NULL, error) ||
      (desk_id = buurt_store_desk_get_id (store, error)) == NULL ||
      (conflicts = buurt_store_desk_list_conflicts (store, TRUE, error)) == NULL)
    return FALSE;

  if (g_str_equal (desk_id, desk_file->desk_id))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_NOTHING, desk_file->file, 0,
                                   _("This file was written by this desk itself. Nothing was changed."));
      return FALSE;
    }

  for (guint i = 0; i < conflicts->len; i++)
    {
      BuurtDeskConflict *conflict = g_ptr_array_index (conflicts, i);

      g_hash_table_insert (pending, buurt_desk_choice_key (conflict->table, conflict->uuid),
                           g_strdup (conflict->their_version));
    }

  sorted = sorted_records (store, desk_file);
  for (guint i = 0; i < sorted->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (sorted, i);
      g_autoptr(GError) local_error = NULL;

      if (g_cancellable_set_error_if_cancelled (receive->cancellable, error))
        return FALSE;
      if (!receive_one (store, receive, change, pending, &local_error))
        {
          buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, desk_file->file, change->line,
                                       /* Translators: the first %s is a table, the second a record's id, the third what went wrong */
                                       _("The record of “%s” %s cannot be taken: %s. Nothing was changed."),
                                       change->table, change->uuid, local_error->message);
          return FALSE;
        }
    }

  /* Each activity's dates once, however many of its rows the file brings. */
  if (!buurt_store_desk_refresh_derived (store, receive->derived, receive->cancellable, error))
    return FALSE;

  return (receive->seen == NULL || buurt_store_desk_learn (store, receive->seen, error)) &&
         buurt_store_desk_update_peer (store, desk_file->desk_id, desk_file->desk_name,
                                       desk_file->knowledge, error);
}

/**
 * buurt_desk_receive:
 * @choice: what to do with a conflict not in @choices
 * @choices: (nullable): per record (buurt_desk_choice_key()), a #BuurtDeskChoice
 * @cancellable: (nullable): cancelling leaves the agenda as it was
 * @summary: (out caller-allocates): what was done
 *
 * Receives every record of @desk_file in one transaction. Conflicts left to
 * ask are kept in the conflicts list; everything else is applied.
 *
 * Returns: %FALSE with @error set when nothing was changed
 */
gboolean
buurt_desk_receive_store (BuurtStore        *store,
                          BuurtDeskFile     *desk_file,
                          BuurtDeskChoice    choice,
                          GHashTable        *choices,
                          GCancellable      *cancellable,
                          BuurtDeskSummary  *summary,
                          GError           **error)
{
  g_autoptr(BuurtDeskDerived) derived = buurt_store_desk_derived_new ();
  Receive receive = { desk_file, choice, choices, summary, cancellable, NULL, derived };
  gboolean ok;

  memset (summary, 0, sizeof *summary);
  /* A whole agenda (a new desk's first exchange) writes hundreds of
   * thousands of dates: they go in together, sorted, at the end. */
  ok = desk_file->records->len > BULK_RECORDS
         ? buurt_store_bulk_transaction (store, receive_in_transaction, &receive, cancellable, error)
         : buurt_store_transaction (store, receive_in_transaction, &receive, error);
  g_free (receive.seen);
  if (!ok)
    memset (summary, 0, sizeof *summary);
  return ok;
}

static BuurtDeskPeer *
find_peer (GPtrArray  *peers,
           const char *name_or_id)
{
  for (guint i = 0; i < peers->len; i++)
    {
      BuurtDeskPeer *peer = g_ptr_array_index (peers, i);

      if (g_str_equal (peer->desk_id, name_or_id) || g_utf8_collate (peer->name, name_or_id) == 0)
        return peer;
    }
  return NULL;
}

/**
 * buurt_desk_peer_name:
 *
 * Returns: (transfer full): the name of the desk @desk_id as last heard, or
 *   "this desk", or a short form of its id
 */
char *
buurt_desk_peer_name (BuurtDatabase *database,
                      const char *desk_id)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GPtrArray) peers = buurt_store_desk_list_peers (store, NULL);
  g_autofree char *mine = buurt_store_desk_get_id (store, NULL);
  BuurtDeskPeer *peer = peers != NULL ? find_peer (peers, desk_id) : NULL;

  if (g_strcmp0 (mine, desk_id) == 0)
    return g_strdup (_("this desk"));
  if (peer != NULL && *peer->name != '\0')
    return g_strdup (peer->name);
  return g_strndup (desk_id, 8);
}

/**
 * buurt_desk_send:
 * @since_desk: (nullable): the name or id of a desk: only what it has not
 *   seen is written; %NULL for everything
 *
 * Writes the exchange file for another desk.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_desk_send (BuurtDatabase *database,
                 GFile       *file,
                 const char  *since_desk,
                 guint       *n_records,
                 GError     **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GPtrArray) peers = NULL;
  const char *since = NULL;

  if (!buurt_store_desk_stamp (store, NULL, error))
    return FALSE;

  if (since_desk != NULL)
    {
      BuurtDeskPeer *peer;

      if ((peers = buurt_store_desk_list_peers (store, error)) == NULL)
        return FALSE;
      peer = find_peer (peers, since_desk);
      if (peer == NULL)
        {
          g_set_error (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_NOTHING,
                       _("No desk named “%s” has exchanged with this one yet. Send everything instead."),
                       since_desk);
          return FALSE;
        }
      since = peer->knowledge;
    }

  return buurt_desk_file_write_store (store, file, since, n_records, error);
}

/**
 * buurt_desk_resolve:
 * @conflict_id: a conflict of the conflicts list
 * @choice: for a pending conflict, which side to keep; for one resolved
 *   already, %BUURT_DESK_CHOICE_MINE or _THEIRS brings that side back
 *
 * Returns: %FALSE with @error set when nothing was changed
 */
typedef struct
{
  gint64          id;
  BuurtDeskChoice choice;
} Resolve;

static gboolean
resolve_in_transaction (BuurtStore  *store,
                        gpointer     user_data,
                        GError     **error)
{
  Resolve *resolve = user_data;
  g_autoptr(GPtrArray) conflicts = NULL;
  BuurtDeskConflict *conflict = NULL;
  g_autoptr(GVariant) current = NULL;
  g_autofree char *my_version = NULL;
  GVariant *chosen;

  if (!buurt_store_desk_stamp (store, NULL, error) ||
      (conflicts = buurt_store_desk_list_conflicts (store, FALSE, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < conflicts->len; i++)
    if (((BuurtDeskConflict *) g_ptr_array_index (conflicts, i))->id == resolve->id)
      conflict = g_ptr_array_index (conflicts, i);
  if (conflict == NULL)
    {
      g_set_error_literal (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_NOTHING,
                           _("This conflict is no longer in the list."));
      return FALSE;
    }
  if (!buurt_store_desk_lookup (store, conflict->table, conflict->uuid, &current, &my_version, error))
    return FALSE;

  if (resolve->choice == BUURT_DESK_CHOICE_THEIRS)
    chosen = conflict->theirs;
  else if (g_str_equal (conflict->state, "pending") && current != NULL)
    chosen = current;
  else
    chosen = conflict->mine;
  if (chosen == NULL)
    {
      g_set_error_literal (error, BUURT_EXCHANGE_ERROR, BUURT_EXCHANGE_ERROR_NOTHING,
                           _("That version cannot be brought back."));
      return FALSE;
    }

  /* What this desk holds now becomes the version not chosen. */
  if (current != NULL && resolve->choice == BUURT_DESK_CHOICE_THEIRS)
    {
      g_clear_pointer (&conflict->mine, g_variant_unref);
      conflict->mine = g_variant_ref (current);
    }

  g_free (conflict->state);
  conflict->state = g_strdup (resolve->choice == BUURT_DESK_CHOICE_THEIRS ? "took_theirs" : "kept_mine");
  return settle (store, conflict->table, conflict->uuid, my_version, conflict->their_version,
                 chosen, current == NULL || chosen != current, NULL, error) &&
         buurt_store_desk_add_conflict (store, conflict, error);
}

gboolean
buurt_desk_resolve (BuurtDatabase    *database,
                    gint64            conflict_id,
                    BuurtDeskChoice   choice,
                    GError          **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  Resolve resolve = { conflict_id, choice };

  g_return_val_if_fail (choice != BUURT_DESK_CHOICE_ASK, FALSE);
  return buurt_store_transaction (store, resolve_in_transaction, &resolve, error);
}

/* Whether receiving @desk_file would change anything here. A file that
 * brings only what this desk has seen (sent back, or received twice) needs
 * no backup first. */
gboolean
buurt_desk_changes_anything (BuurtStore     *store,
                             BuurtDeskFile  *desk_file,
                             gboolean       *changes,
                             GError        **error)
{
  *changes = FALSE;
  if (!buurt_store_desk_stamp (store, NULL, error))
    return FALSE;

  for (guint i = 0; i < desk_file->records->len && !*changes; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (desk_file->records, i);
      g_autofree char *my_version = NULL;

      if (!classify (store, change, &my_version, error))
        return FALSE;
      *changes = change->kind != BUURT_DESK_CHANGE_SAME;
    }

  return TRUE;
}

/**
 * buurt_desk_receive_backed_up:
 * @cancellable: (nullable): cancelling leaves the agenda as it was
 * @backed_up: (inout) (optional): whether a backup of the agenda as it is
 *   was made already (while the preview showed); set when one is made
 *
 * Makes a backup when @desk_file changes anything, then receives it; see
 * buurt_desk_receive_store().
 *
 * Returns: %FALSE with @error set when nothing was changed
 */
gboolean
buurt_desk_receive_backed_up (BuurtDatabase     *database,
                              BuurtDeskFile     *desk_file,
                              BuurtDeskChoice    choice,
                              GHashTable        *choices,
                              GCancellable      *cancellable,
                              gboolean          *backed_up,
                              BuurtDeskSummary  *summary,
                              GError           **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  gboolean changes = FALSE;

  memset (summary, 0, sizeof *summary);
  if (!buurt_desk_changes_anything (store, desk_file, &changes, error))
    return FALSE;

  /* Another desk's changes may touch much of the agenda: keep it as it was. */
  if (changes && (backed_up == NULL || !*backed_up))
    {
      if (!buurt_database_backup_before (database, "exchange", error))
        return FALSE;
      if (backed_up != NULL)
        *backed_up = TRUE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return buurt_desk_receive_store (store, desk_file, choice, choices, cancellable, summary, error);
}

/**
 * buurt_desk_receive:
 *
 * See buurt_desk_receive_store(); a backup is made first when the file
 * changes anything.
 *
 * Returns: %FALSE with @error set when nothing was changed
 */
gboolean
buurt_desk_receive (BuurtDatabase     *database,
                    BuurtDeskFile     *desk_file,
                    BuurtDeskChoice    choice,
                    GHashTable        *choices,
                    BuurtDeskSummary  *summary,
                    GError           **error)
{
  return buurt_desk_receive_backed_up (database, desk_file, choice, choices, NULL, NULL,
                                       summary, error);
}

/**
 * buurt_desk_get_name:
 *
 * Returns: (transfer full): this desk's name
 */
char *
buurt_desk_get_name (BuurtDatabase *database)
{
  return buurt_store_desk_get_name (buurt_database_get_store (database), NULL);
}

/**
 * buurt_desk_set_name:
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_desk_set_name (BuurtDatabase  *database,
                     const char     *name,
                     GError        **error)
{
  return buurt_store_desk_set_name (buurt_database_get_store (database), name, error);
}

/**
 * buurt_desk_list_peers:
 *
 * Returns: (transfer full) (element-type BuurtDeskPeer): the desks this one exchanged with
 */
GPtrArray *
buurt_desk_list_peers (BuurtDatabase  *database,
                       GError        **error)
{
  return buurt_store_desk_list_peers (buurt_database_get_store (database), error);
}

/**
 * buurt_desk_list_conflicts:
 *
 * Returns: (transfer full) (element-type BuurtDeskConflict): the conflicts, newest first
 */
GPtrArray *
buurt_desk_list_conflicts (BuurtDatabase  *database,
                           gboolean        pending_only,
                           GError        **error)
{
  return buurt_store_desk_list_conflicts (buurt_database_get_store (database), pending_only, error);
}

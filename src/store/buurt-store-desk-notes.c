/* buurt-store-desk-notes.c: what a desk notes of itself, its peers and conflicts
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-desks.h"
#include "buurt-store-private.h"

/*
 * This desk's id, name, change counter and knowledge (the highest counter of
 * each desk it has seen) are local settings in meta: they never travel. The
 * peers and the conflicts have tables of their own (schema-desks.sql).
 */

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * buurt_store_desk_get_id:
 *
 * Returns: (transfer full): this desk's id, or %NULL with @error set
 */
char *
buurt_store_desk_get_id (BuurtStore  *self,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *id = buurt_store_get_meta (self, "desk_id", &local_error);

  if (id == NULL && local_error == NULL)
    g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                         _("This agenda has no desk id."));
  else if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return id;
}

/**
 * buurt_store_desk_get_name:
 *
 * Returns: (transfer full): the name the user gave this desk, or the
 *   computer's name when none was given
 */
char *
buurt_store_desk_get_name (BuurtStore  *self,
                           GError     **error)
{
  char *name = buurt_store_get_meta (self, "desk_name", error);

  return name != NULL ? name : g_strdup (g_get_host_name ());
}

/**
 * buurt_store_desk_set_name:
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_set_name (BuurtStore  *self,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                           _("A name is required."));
      return FALSE;
    }
  return buurt_store_set_meta (self, "desk_name", trimmed, error);
}

/**
 * buurt_store_desk_get_knowledge:
 *
 * Returns: (transfer full): the highest change counter of each desk this
 *   desk has seen, as a version vector
 */
char *
buurt_store_desk_get_knowledge (BuurtStore  *self,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *knowledge = buurt_store_get_meta (self, "desk_knowledge", &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return knowledge != NULL ? knowledge : g_strdup ("");
}

/**
 * buurt_store_desk_learn:
 *
 * Adds @version to what this desk has seen.
 */
gboolean
buurt_store_desk_learn (BuurtStore  *self,
                        const char  *version,
                        GError     **error)
{
  g_autofree char *knowledge = buurt_store_desk_get_knowledge (self, error);
  g_autofree char *merged = NULL;

  if (knowledge == NULL)
    return FALSE;
  merged = buurt_desk_version_merge (knowledge, version);
  if (g_str_equal (merged, knowledge))
    return TRUE;
  return buurt_store_set_meta (self, "desk_knowledge", merged, error);
}

/**
 * buurt_store_desk_next_counter:
 *
 * Returns: this desk's next change counter (from 1), or 0 with @error set
 */
gint64
buurt_store_desk_next_counter (BuurtStore  *self,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = buurt_store_get_meta (self, "desk_counter", &local_error);
  g_autofree char *next_text = NULL;
  gint64 next;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  next = (text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0) + 1;
  next_text = g_strdup_printf ("%" G_GINT64_FORMAT, next);
  return buurt_store_set_meta (self, "desk_counter", next_text, error) ? next : 0;
}

/**
 * buurt_store_desk_get_counter:
 *
 * Returns: the last change counter this desk gave out (0 for none), or -1
 *   with @error set
 */
gint64
buurt_store_desk_get_counter (BuurtStore  *self,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = buurt_store_get_meta (self, "desk_counter", &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

/**
 * buurt_store_desk_keep_counter:
 * @counter: a counter this desk gave out, such as before a backup was put back
 *
 * Makes sure this desk's next change counter is above @counter. An agenda
 * put back from a backup has the counter of then: giving out the same
 * counters again would make other desks, which saw them already, take a new
 * change for one they have.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_keep_counter (BuurtStore  *self,
                               gint64       counter,
                               GError     **error)
{
  gint64 now = buurt_store_desk_get_counter (self, error);
  g_autofree char *text = NULL;

  if (now < 0)
    return FALSE;
  if (now >= counter)
    return TRUE;
  text = g_strdup_printf ("%" G_GINT64_FORMAT, counter);
  return buurt_store_set_meta (self, "desk_counter", text, error);
}

/**
 * buurt_store_desk_list_peers:
 *
 * Returns: (transfer full) (element-type BuurtDeskPeer): the desks this one
 *   exchanged with, by name, or %NULL with @error set
 */
GPtrArray *
buurt_store_desk_list_peers (BuurtStore  *self,
                             GError     **error)
{
  g_autoptr(GPtrArray) peers = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_desk_peer_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = buurt_store_prepare (self,
                              "SELECT desk_id, name, knowledge, last_exchange FROM desk_peer "
                              "ORDER BY name, desk_id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtDeskPeer *peer = g_new0 (BuurtDeskPeer, 1);

      peer->desk_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      peer->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      peer->knowledge = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      peer->last_exchange = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (peers, peer);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&peers);
}

/**
 * buurt_store_desk_update_peer:
 * @name: (nullable): the desk's name, when known
 * @knowledge: (nullable): what it now holds, added to what was known
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_update_peer (BuurtStore  *self,
                              const char  *desk_id,
                              const char  *name,
                              const char  *knowledge,
                              GError     **error)
{
  g_autofree char *now = now_text ();
  g_autofree char *old = NULL;
  g_autofree char *merged = NULL;
  sqlite3_stmt *stmt;

  stmt = buurt_store_prepare (self, "SELECT knowledge FROM desk_peer WHERE desk_id = :desk", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, desk_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    old = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  merged = buurt_desk_version_merge (old, knowledge);

  stmt = buurt_store_prepare (self,
                              "INSERT INTO desk_peer (desk_id, name, knowledge, last_exchange) "
                              "VALUES (:desk, coalesce (:name, ''), :knowledge, :now) "
                              "ON CONFLICT (desk_id) DO UPDATE SET "
                              "name = coalesce (:name, name), knowledge = :knowledge, "
                              "last_exchange = :now",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, desk_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, merged, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  return buurt_store_step_done (self, stmt, error);
}

/**
 * buurt_store_desk_add_conflict:
 * @conflict: its id is set
 *
 * Notes a conflict. A pending one for the same record and the same version
 * of theirs is not noted twice.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_add_conflict (BuurtStore         *self,
                               BuurtDeskConflict  *conflict,
                               GError            **error)
{
  g_autofree char *now = now_text ();
  g_autofree char *mine = conflict->mine != NULL ? g_variant_print (conflict->mine, TRUE) : NULL;
  g_autofree char *theirs = conflict->theirs != NULL ? g_variant_print (conflict->theirs, TRUE) : NULL;
  sqlite3_stmt *stmt;

  /* An older question about the same record is answered by this one. */
  stmt = buurt_store_prepare (self,
                              "DELETE FROM desk_conflict WHERE table_name = :table "
                              "AND uuid = :uuid AND state = 'pending'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, conflict->table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, conflict->uuid, -1, SQLITE_TRANSIENT);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  stmt = buurt_store_prepare (self,
                              "INSERT INTO desk_conflict (table_name, uuid, their_desk, "
                              "their_version, mine, theirs, state, noticed_at) "
                              "VALUES (:table, :uuid, :desk, :version, :mine, :theirs, :state, :now)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, conflict->table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, conflict->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, conflict->their_desk, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, conflict->their_version, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, mine, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, theirs, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, conflict->state, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  conflict->id = sqlite3_last_insert_rowid (buurt_store_get_db (self));
  buurt_store_emit_changed (self, "desk_conflict");
  return TRUE;
}

static GVariant *
parse_fields (const unsigned char *text)
{
  GVariant *fields;

  if (text == NULL)
    return NULL;
  fields = g_variant_parse (G_VARIANT_TYPE_VARDICT, (const char *) text, NULL, NULL, NULL);
  return fields != NULL ? g_variant_ref_sink (fields) : NULL;
}

/**
 * buurt_store_desk_list_conflicts:
 * @pending_only: only those that wait for the user
 *
 * Returns: (transfer full) (element-type BuurtDeskConflict): the conflicts,
 *   newest first, or %NULL with @error set
 */
GPtrArray *
buurt_store_desk_list_conflicts (BuurtStore  *self,
                                 gboolean     pending_only,
                                 GError     **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_desk_conflict_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = buurt_store_prepare (self,
                              "SELECT id, table_name, uuid, their_desk, their_version, mine, "
                              "theirs, state, noticed_at FROM desk_conflict "
                              "WHERE NOT :pending_only OR state = 'pending' ORDER BY id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, pending_only);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtDeskConflict *conflict = g_new0 (BuurtDeskConflict, 1);

      conflict->id = sqlite3_column_int64 (stmt, 0);
      conflict->table = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      conflict->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      conflict->their_desk = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      conflict->their_version = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      conflict->mine = parse_fields (sqlite3_column_text (stmt, 5));
      conflict->theirs = parse_fields (sqlite3_column_text (stmt, 6));
      conflict->state = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      conflict->noticed_at = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (conflicts, conflict);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&conflicts);
}

/**
 * buurt_store_desk_set_conflict_state:
 * @state: "kept_mine" or "took_theirs"
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_set_conflict_state (BuurtStore  *self,
                                     gint64       id,
                                     const char  *state,
                                     GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = buurt_store_prepare (self, "UPDATE desk_conflict SET state = :state WHERE id = :id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, state, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;
  buurt_store_emit_changed (self, "desk_conflict");
  return TRUE;
}

/* buurt-store-contacts.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"

/*
 * The address book: contacts with what refers to them, and merging two
 * contacts that are the same person or organisation. A merge moves every
 * reference of the duplicate (activities it organises, requests it funds,
 * roles in initiatives) to the contact that is kept, and remembers exactly
 * which rows it moved, so undoing it moves those rows back and nothing else.
 */

static const char *list_contacts_sql =
  "SELECT c.id, c.name, c.kind, c.phone, c.email, "
  "       (SELECT group_concat (i.title, ', ') FROM initiative i "
  "        WHERE i.deleted_at IS NULL AND EXISTS (SELECT 1 FROM initiative_partner p "
  "          WHERE p.initiative_id = i.id AND p.contact_id = c.id AND p.deleted_at IS NULL)), "
  "       (SELECT count (*) FROM initiative i "
  "        WHERE i.deleted_at IS NULL AND EXISTS (SELECT 1 FROM initiative_partner p "
  "          WHERE p.initiative_id = i.id AND p.contact_id = c.id AND p.deleted_at IS NULL)), "
  "       coalesce (a.n, 0), coalesce (f.n, 0) "
  "FROM contact c "
  "LEFT JOIN (SELECT organiser_id, count (*) AS n FROM activity WHERE deleted_at IS NULL "
  "           GROUP BY organiser_id) a ON a.organiser_id = c.id "
  "LEFT JOIN (SELECT funder_id, count (*) AS n FROM funding_request WHERE deleted_at IS NULL "
  "           GROUP BY funder_id) f ON f.funder_id = c.id "
  "WHERE c.deleted_at IS NULL "
  "ORDER BY c.name COLLATE NOCASE, c.id";

static const char *contact_state_sql =
  "SELECT deleted_at IS NOT NULL, phone, email FROM contact WHERE id = :id";

static const char *organised_by_sql =
  "SELECT id FROM activity WHERE organiser_id = :contact_id";
static const char *set_organiser_sql =
  "UPDATE activity SET organiser_id = :to, modified_at = :now "
  "WHERE id = :id AND organiser_id = :from";

static const char *funded_by_sql =
  "SELECT id FROM funding_request WHERE funder_id = :contact_id";
static const char *set_funder_sql =
  "UPDATE funding_request SET funder_id = :to, modified_at = :now "
  "WHERE id = :id AND funder_id = :from";

static const char *schemes_of_sql =
  "SELECT id FROM funding_scheme WHERE funder_id = :contact_id";
static const char *set_scheme_funder_sql =
  "UPDATE funding_scheme SET funder_id = :to, modified_at = :now "
  "WHERE id = :id AND funder_id = :from";

static const char *roles_of_sql =
  "SELECT p.id, p.deleted_at IS NOT NULL, "
  "       (SELECT k.id FROM initiative_partner k WHERE k.initiative_id = p.initiative_id "
  "        AND k.role = p.role AND k.contact_id = :keep_id), "
  "       (SELECT k.deleted_at IS NOT NULL FROM initiative_partner k WHERE k.initiative_id = p.initiative_id "
  "        AND k.role = p.role AND k.contact_id = :keep_id) "
  "FROM initiative_partner p WHERE p.contact_id = :contact_id";
static const char *set_partner_contact_sql =
  "UPDATE initiative_partner SET contact_id = :to, modified_at = :now "
  "WHERE id = :id AND contact_id = :from";
static const char *set_role_deleted_sql =
  "UPDATE initiative_partner SET deleted_at = :deleted_at, modified_at = :now WHERE id = :id";

static const char *fill_contact_sql =
  "UPDATE contact SET phone = coalesce (phone, :phone), email = coalesce (email, :email), "
  "                   modified_at = :now WHERE id = :id";
static const char *unfill_contact_sql =
  "UPDATE contact SET phone = CASE WHEN :clear_phone THEN NULL ELSE phone END, "
  "                   email = CASE WHEN :clear_email THEN NULL ELSE email END, "
  "                   modified_at = :now WHERE id = :id";
static const char *set_contact_deleted_sql =
  "UPDATE contact SET deleted_at = :deleted_at, modified_at = :now WHERE id = :id";

/**
 * buurt_store_list_contacts:
 *
 * Returns: (transfer full) (element-type BuurtContactSummary) (nullable):
 *   every contact by name, with what refers to it; %NULL with @error set
 */
GPtrArray *
buurt_store_list_contacts (BuurtStore  *self,
                           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_contact_summary_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, list_contacts_sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtContactSummary *row = g_new0 (BuurtContactSummary, 1);
      int kind = 0;

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      buurt_enum_from_word (BUURT_TYPE_CONTACT_KIND, (const char *) sqlite3_column_text (stmt, 2), &kind);
      row->kind = kind;
      row->phone = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row->email = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      row->initiatives = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      row->n_initiatives = sqlite3_column_int64 (stmt, 6);
      row->n_activities = sqlite3_column_int64 (stmt, 7);
      row->n_grants = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

/**
 * buurt_contact_merge_record_free:
 */
void
buurt_contact_merge_record_free (BuurtContactMergeRecord *record)
{
  if (record == NULL)
    return;

  g_clear_pointer (&record->activity_ids, g_array_unref);
  g_clear_pointer (&record->request_ids, g_array_unref);
  g_clear_pointer (&record->scheme_ids, g_array_unref);
  g_clear_pointer (&record->moved_role_ids, g_array_unref);
  g_clear_pointer (&record->dropped_role_ids, g_array_unref);
  g_clear_pointer (&record->revived_role_ids, g_array_unref);
  g_free (record);
}

static GArray *
select_ids (BuurtStore  *self,
            const char  *sql,
            gint64       contact_id,
            GError     **error)
{
  return buurt_store_select_ids (self, sql, ":contact_id", contact_id, error);
}

/* Points each row of @ids from one contact to another; a row that no longer
 * points at @from (changed since) is left alone. */
static gboolean
repoint (BuurtStore  *self,
         const char  *sql,
         GArray      *ids,
         gint64       from,
         gint64       to,
         const char  *now,
         GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = buurt_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_int (stmt, ":id", g_array_index (ids, gint64, i));
      buurt_store_bind_int (stmt, ":from", from);
      buurt_store_bind_int (stmt, ":to", to);
      buurt_store_bind_text (stmt, ":now", now);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_deleted (BuurtStore  *self,
             const char  *sql,
             GArray      *ids,
             gboolean     deleted,
             const char  *now,
             GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = buurt_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_int (stmt, ":id", g_array_index (ids, gint64, i));
      buurt_store_bind_text (stmt, ":deleted_at", deleted ? now : NULL);
      buurt_store_bind_text (stmt, ":now", now);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
reindex (BuurtStore  *self,
         GArray      *activity_ids,
         GError     **error)
{
  for (guint i = 0; i < activity_ids->len; i++)
    if (!buurt_store_index_activity (self, g_array_index (activity_ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

/* Whether the contact is there, and its phone and e-mail. */
static gboolean
read_contact (BuurtStore  *self,
              gint64       id,
              gboolean    *deleted,
              char       **phone,
              char       **email)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, contact_state_sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  buurt_store_bind_int (stmt, ":id", id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      *deleted = sqlite3_column_int (stmt, 0);
      if (phone != NULL)
        *phone = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      if (email != NULL)
        *email = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  return found;
}

static void
emit_merge_changes (BuurtStore *self)
{
  buurt_store_emit_changed (self, "contact");
  buurt_store_emit_changed (self, "activity");
  buurt_store_emit_changed (self, "funding_request");
  buurt_store_emit_changed (self, "funding_scheme");
  buurt_store_emit_changed (self, "initiative_partner");
}

static gboolean
merge_in_transaction (BuurtStore  *self,
                      gpointer     user_data,
                      GError     **error)
{
  BuurtContactMergeRecord *record = user_data;
  g_autofree char *now = buurt_store_now ();
  g_autofree char *keep_phone = NULL;
  g_autofree char *keep_email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  gboolean keep_deleted = TRUE;
  gboolean duplicate_deleted = TRUE;
  sqlite3_stmt *stmt;
  int rc;

  if (record->keep_id == record->duplicate_id)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                           _("Choose two different contacts to merge."));
      return FALSE;
    }
  if (!read_contact (self, record->keep_id, &keep_deleted, &keep_phone, &keep_email) || keep_deleted ||
      !read_contact (self, record->duplicate_id, &duplicate_deleted, &phone, &email) || duplicate_deleted)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("One of these contacts is no longer in the address book."));
      return FALSE;
    }

  /* Activities it organises, requests it funds. */
  if ((record->activity_ids = select_ids (self, organised_by_sql, record->duplicate_id, error)) == NULL ||
      (record->request_ids = select_ids (self, funded_by_sql, record->duplicate_id, error)) == NULL ||
      (record->scheme_ids = select_ids (self, schemes_of_sql, record->duplicate_id, error)) == NULL)
    return FALSE;
  if (!repoint (self, set_organiser_sql, record->activity_ids, record->duplicate_id, record->keep_id, now, error) ||
      !repoint (self, set_funder_sql, record->request_ids, record->duplicate_id, record->keep_id, now, error) ||
      !repoint (self, set_scheme_funder_sql, record->scheme_ids, record->duplicate_id, record->keep_id, now, error) ||
      !reindex (self, record->activity_ids, error))
    return FALSE;

  /* Its roles: moved, or, where the kept contact has the same role in the
   * same initiative already, ended (and the kept one's brought back when it
   * had ended). */
  record->moved_role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  record->dropped_role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  record->revived_role_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  stmt = buurt_store_prepare (self, roles_of_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":contact_id", record->duplicate_id);
  buurt_store_bind_int (stmt, ":keep_id", record->keep_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean deleted = sqlite3_column_int (stmt, 1);
      gint64 kept_id = sqlite3_column_int64 (stmt, 2);
      gboolean kept_deleted = sqlite3_column_int (stmt, 3);

      if (kept_id == 0)
        g_array_append_val (record->moved_role_ids, id);
      else if (!deleted)
        {
          g_array_append_val (record->dropped_role_ids, id);
          if (kept_deleted)
            g_array_append_val (record->revived_role_ids, kept_id);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return FALSE;
    }
  if (!repoint (self, set_partner_contact_sql, record->moved_role_ids,
                record->duplicate_id, record->keep_id, now, error) ||
      !set_deleted (self, set_role_deleted_sql, record->dropped_role_ids, TRUE, now, error) ||
      !set_deleted (self, set_role_deleted_sql, record->revived_role_ids, FALSE, now, error))
    return FALSE;

  /* What the kept contact lacks, it takes from the duplicate. */
  record->filled_phone = keep_phone == NULL && phone != NULL;
  record->filled_email = keep_email == NULL && email != NULL;
  if (record->filled_phone || record->filled_email)
    {
      stmt = buurt_store_prepare (self, fill_contact_sql, error);
      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_int (stmt, ":id", record->keep_id);
      buurt_store_bind_text (stmt, ":phone", phone);
      buurt_store_bind_text (stmt, ":email", email);
      buurt_store_bind_text (stmt, ":now", now);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  stmt = buurt_store_prepare (self, set_contact_deleted_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":id", record->duplicate_id);
  buurt_store_bind_text (stmt, ":deleted_at", now);
  buurt_store_bind_text (stmt, ":now", now);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  emit_merge_changes (self);
  return TRUE;
}

/**
 * buurt_store_merge_contacts:
 * @keep_id: the contact that stays
 * @duplicate_id: the contact that is the same person or organisation
 *
 * Moves every reference to @duplicate_id (organiser of activities, funder of
 * requests, roles in initiatives) to @keep_id, gives @keep_id the phone and
 * e-mail it lacks, and deletes @duplicate_id, in one transaction.
 *
 * Returns: (transfer full) (nullable): what was changed, for
 *   buurt_store_unmerge_contacts(); %NULL with @error set and nothing
 *   changed
 */
BuurtContactMergeRecord *
buurt_store_merge_contacts (BuurtStore  *self,
                            gint64       keep_id,
                            gint64       duplicate_id,
                            GError     **error)
{
  g_autoptr(BuurtContactMergeRecord) record = g_new0 (BuurtContactMergeRecord, 1);

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  record->keep_id = keep_id;
  record->duplicate_id = duplicate_id;
  if (!buurt_store_transaction (self, merge_in_transaction, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

static gboolean
unmerge_in_transaction (BuurtStore  *self,
                        gpointer     user_data,
                        GError     **error)
{
  BuurtContactMergeRecord *record = user_data;
  g_autofree char *now = buurt_store_now ();
  gboolean deleted = FALSE;
  sqlite3_stmt *stmt;

  if (!read_contact (self, record->duplicate_id, &deleted, NULL, NULL) || !deleted ||
      !read_contact (self, record->keep_id, &deleted, NULL, NULL) || deleted)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("The address book changed in the meantime, so this merge cannot be undone."));
      return FALSE;
    }

  stmt = buurt_store_prepare (self, set_contact_deleted_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":id", record->duplicate_id);
  buurt_store_bind_text (stmt, ":deleted_at", NULL);
  buurt_store_bind_text (stmt, ":now", now);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  if (!repoint (self, set_organiser_sql, record->activity_ids, record->keep_id, record->duplicate_id, now, error) ||
      !repoint (self, set_funder_sql, record->request_ids, record->keep_id, record->duplicate_id, now, error) ||
      (record->scheme_ids != NULL &&
       !repoint (self, set_scheme_funder_sql, record->scheme_ids, record->keep_id, record->duplicate_id, now, error)) ||
      !reindex (self, record->activity_ids, error) ||
      !repoint (self, set_partner_contact_sql, record->moved_role_ids,
                record->keep_id, record->duplicate_id, now, error) ||
      !set_deleted (self, set_role_deleted_sql, record->dropped_role_ids, FALSE, now, error) ||
      !set_deleted (self, set_role_deleted_sql, record->revived_role_ids, TRUE, now, error))
    return FALSE;

  if (record->filled_phone || record->filled_email)
    {
      stmt = buurt_store_prepare (self, unfill_contact_sql, error);
      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_int (stmt, ":id", record->keep_id);
      buurt_store_bind_int (stmt, ":clear_phone", record->filled_phone);
      buurt_store_bind_int (stmt, ":clear_email", record->filled_email);
      buurt_store_bind_text (stmt, ":now", now);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  emit_merge_changes (self);
  return TRUE;
}

/**
 * buurt_store_unmerge_contacts:
 * @record: what buurt_store_merge_contacts() changed
 *
 * Brings the duplicate back and points the rows the merge moved at it again.
 *
 * Returns: %TRUE on success; %FALSE with @error set and nothing changed
 */
gboolean
buurt_store_unmerge_contacts (BuurtStore               *self,
                              BuurtContactMergeRecord  *record,
                              GError                  **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  return buurt_store_transaction (self, unmerge_in_transaction, record, error);
}

/* buurt-store-initiatives.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"

/*
 * What the Initiatives view reads: the initiatives with their neighbourhood,
 * leads and grant total in one query; the people of one initiative; the
 * activities of the agenda that belong to it; its journal. A community has
 * dozens of initiatives, not thousands, so the lists are read whole and the
 * search (accents and case do not matter) is done on the rows read.
 */

static const char *list_initiatives_sql =
  "SELECT i.id, i.title, i.summary, n.name, k.name, "
  "       (SELECT group_concat (c.name, ', ') FROM initiative_partner p "
  "        JOIN contact c ON c.id = p.contact_id "
  "        WHERE p.initiative_id = i.id AND p.role = 'lead' "
  "          AND p.deleted_at IS NULL AND c.deleted_at IS NULL), "
  "       i.stage, i.next_evaluation, i.target_groups, "
  "       (SELECT coalesce (sum (f.amount_granted_cents), 0) FROM funding_request f "
  "        WHERE f.initiative_id = i.id AND f.deleted_at IS NULL "
  "          AND f.status IN ('granted', 'paid', 'accounted')) "
  "FROM initiative i "
  "LEFT JOIN neighbourhood n ON n.id = i.neighbourhood_id "
  "LEFT JOIN kern k ON k.id = n.kern_id "
  "WHERE i.deleted_at IS NULL "
  "  AND (:kern_id = 0 OR n.kern_id = :kern_id) "
  "  AND (:neighbourhood_id = 0 OR i.neighbourhood_id = :neighbourhood_id) "
  "  AND (:target_groups = 0 OR (i.target_groups & :target_groups) <> 0) "
  "ORDER BY CASE i.stage WHEN 'idea' THEN 0 WHEN 'exploring' THEN 1 WHEN 'pilot' THEN 2 "
  "         WHEN 'evaluating' THEN 3 WHEN 'running' THEN 4 WHEN 'paused' THEN 5 ELSE 6 END, "
  "         i.title COLLATE NOCASE, i.id";

static const char *list_people_sql =
  "SELECT c.id, c.name, c.kind, p.role FROM initiative_partner p "
  "JOIN contact c ON c.id = p.contact_id "
  "WHERE p.initiative_id = :initiative_id AND p.deleted_at IS NULL AND c.deleted_at IS NULL "
  "ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'volunteer' THEN 1 WHEN 'partner' THEN 2 ELSE 3 END, "
  "         c.name COLLATE NOCASE, p.id";

static const char *partner_rows_sql =
  "SELECT id, contact_id, role, deleted_at IS NOT NULL FROM initiative_partner "
  "WHERE initiative_id = :initiative_id";

static const char *insert_partner_sql =
  "INSERT INTO initiative_partner (uuid, created_at, modified_at, initiative_id, contact_id, role) "
  "VALUES (:uuid, :now, :now, :initiative_id, :contact_id, :role)";

static const char *set_partner_deleted_sql =
  "UPDATE initiative_partner SET deleted_at = :deleted_at, modified_at = :now WHERE id = :id";

static const char *linked_activities_sql =
  "SELECT a.id, a.title, "
  "       coalesce ((SELECT min (o.day) FROM occurrence o WHERE o.activity_id = a.id AND o.day >= :today), "
  "                 (SELECT max (o.day) FROM occurrence o WHERE o.activity_id = a.id)), "
  "       (SELECT count (*) FROM occurrence o WHERE o.activity_id = a.id AND o.cancelled = 0) "
  "FROM activity a "
  "WHERE a.initiative_id = :initiative_id AND a.deleted_at IS NULL "
  "ORDER BY 3, a.title COLLATE NOCASE";

static const char *journal_ids_sql =
  "SELECT id FROM journal_entry "
  "WHERE initiative_id = :initiative_id AND deleted_at IS NULL "
  "ORDER BY entry_date DESC, id DESC";

static gboolean
matches_search (BuurtInitiativeSummary *summary,
                const char             *folded_search)
{
  g_autofree char *text = NULL;

  if (folded_search == NULL || *folded_search == '\0')
    return TRUE;

  text = g_strjoin (" ", summary->title, summary->summary ?: "", summary->leads ?: "",
                    summary->neighbourhood ?: "", NULL);
  g_autofree char *folded = buurt_fold_text (text);

  return strstr (folded, folded_search) != NULL;
}

/**
 * buurt_store_list_initiatives:
 * @query: which initiatives
 *
 * Returns: (transfer full) (element-type BuurtInitiativeSummary) (nullable):
 *   the initiatives that match @query by stage from idea to stopped, then
 *   by title; %NULL with @error set when the database could not be read
 */
GPtrArray *
buurt_store_list_initiatives (BuurtStore                  *self,
                              const BuurtInitiativeQuery  *query,
                              GError                     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_summary_free);
  g_autofree char *folded_search = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = buurt_store_prepare (self, list_initiatives_sql, error);
  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":kern_id", query->kern_id);
  buurt_store_bind_int (stmt, ":neighbourhood_id", query->neighbourhood_id);
  buurt_store_bind_int (stmt, ":target_groups", query->target_groups);
  if (query->search != NULL)
    folded_search = g_strstrip (buurt_fold_text (query->search));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BuurtInitiativeSummary) row = g_new0 (BuurtInitiativeSummary, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->title = buurt_store_column_dup (stmt, 1);
      row->summary = buurt_store_column_dup (stmt, 2);
      row->neighbourhood = buurt_store_column_dup (stmt, 3);
      row->kern = buurt_store_column_dup (stmt, 4);
      row->leads = buurt_store_column_dup (stmt, 5);
      row->stage = buurt_store_column_enum (stmt, 6, BUURT_TYPE_STAGE);
      row->next_evaluation = buurt_store_column_dup (stmt, 7);
      row->target_groups = sqlite3_column_int (stmt, 8);
      row->granted_cents = sqlite3_column_int64 (stmt, 9);
      if (row->leads == NULL)
        row->leads = g_strdup ("");

      if (matches_search (row, folded_search))
        g_ptr_array_add (rows, g_steal_pointer (&row));
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
 * buurt_store_list_initiative_people:
 *
 * Returns: (transfer full) (element-type BuurtInitiativePerson) (nullable):
 *   the leads, then volunteers, partners and funders of an initiative, each
 *   by name; %NULL with @error set
 */
GPtrArray *
buurt_store_list_initiative_people (BuurtStore  *self,
                                    gint64       initiative_id,
                                    GError     **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_person_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, list_people_sql, error);
  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":initiative_id", initiative_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (people,
                     buurt_initiative_person_new (sqlite3_column_int64 (stmt, 0),
                                                  (const char *) sqlite3_column_text (stmt, 1),
                                                  buurt_store_column_enum (stmt, 2, BUURT_TYPE_CONTACT_KIND),
                                                  buurt_store_column_enum (stmt, 3, BUURT_TYPE_PARTNER_ROLE)));

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&people);
}

typedef struct
{
  gint64           id;
  gint64           contact_id;
  BuurtPartnerRole role;
  gboolean         deleted;
} PartnerRow;

static GArray *
read_partner_rows (BuurtStore  *self,
                   gint64       initiative_id,
                   GError     **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (PartnerRow));
  sqlite3_stmt *stmt = buurt_store_prepare (self, partner_rows_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":initiative_id", initiative_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PartnerRow row = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int64 (stmt, 1),
        buurt_store_column_enum (stmt, 2, BUURT_TYPE_PARTNER_ROLE),
        sqlite3_column_int (stmt, 3),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
set_partner_deleted (BuurtStore  *self,
                     gint64       id,
                     const char  *now,
                     gboolean     deleted,
                     GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, set_partner_deleted_sql, error);

  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":id", id);
  buurt_store_bind_text (stmt, ":now", now);
  buurt_store_bind_text (stmt, ":deleted_at", deleted ? now : NULL);
  return buurt_store_step_done (self, stmt, error);
}

char *
buurt_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * buurt_store_set_initiative_people:
 * @people: (element-type BuurtInitiativePerson): who has which role now
 *
 * Makes the people of an initiative @people: rows no longer wanted get a
 * tombstone, rows wanted again lose theirs (one row per initiative, contact
 * and role, ever), new ones are added. Call it inside a transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_set_initiative_people (BuurtStore  *self,
                                   gint64       initiative_id,
                                   GPtrArray   *people,
                                   GError     **error)
{
  g_autoptr(GArray) rows = NULL;
  g_autofree char *now = buurt_store_now ();
  gboolean changed = FALSE;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (initiative_id > 0, FALSE);

  rows = read_partner_rows (self, initiative_id, error);
  if (rows == NULL)
    return FALSE;

  /* Rows that stay, come back or go. */
  for (guint i = 0; i < rows->len; i++)
    {
      PartnerRow *row = &g_array_index (rows, PartnerRow, i);
      gboolean wanted = FALSE;

      for (guint j = 0; j < people->len && !wanted; j++)
        {
          BuurtInitiativePerson *person = g_ptr_array_index (people, j);

          wanted = person->contact_id == row->contact_id && person->role == row->role;
        }

      if (wanted == row->deleted)
        {
          if (!set_partner_deleted (self, row->id, now, !wanted, error))
            return FALSE;
          changed = TRUE;
        }
    }

  /* People who had no row. */
  for (guint j = 0; j < people->len; j++)
    {
      BuurtInitiativePerson *person = g_ptr_array_index (people, j);
      gboolean found = FALSE;
      g_autofree char *role = NULL;
      g_autofree char *uuid = NULL;
      sqlite3_stmt *stmt;

      for (guint i = 0; i < rows->len && !found; i++)
        {
          PartnerRow *row = &g_array_index (rows, PartnerRow, i);

          found = person->contact_id == row->contact_id && person->role == row->role;
        }
      /* The same person twice in the same role is once. */
      for (guint k = 0; k < j && !found; k++)
        {
          BuurtInitiativePerson *earlier = g_ptr_array_index (people, k);

          found = earlier->contact_id == person->contact_id && earlier->role == person->role;
        }
      if (found)
        continue;

      role = buurt_store_enum_word (BUURT_TYPE_PARTNER_ROLE, person->role);
      uuid = g_uuid_string_random ();
      stmt = buurt_store_prepare (self, insert_partner_sql, error);
      if (stmt == NULL)
        return FALSE;
      buurt_store_bind_text (stmt, ":uuid", uuid);
      buurt_store_bind_text (stmt, ":now", now);
      buurt_store_bind_int (stmt, ":initiative_id", initiative_id);
      buurt_store_bind_int (stmt, ":contact_id", person->contact_id);
      buurt_store_bind_text (stmt, ":role", role);
      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
      changed = TRUE;
    }

  if (changed)
    buurt_store_emit_changed (self, "initiative_partner");
  return TRUE;
}

/**
 * buurt_store_list_linked_activities:
 * @today: the local date "YYYY-MM-DD" from which the next date counts
 *
 * Returns: (transfer full) (element-type BuurtLinkedActivity) (nullable):
 *   the activities that belong to the initiative, next date first
 */
GPtrArray *
buurt_store_list_linked_activities (BuurtStore  *self,
                                    gint64       initiative_id,
                                    const char  *today,
                                    GError     **error)
{
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_linked_activity_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  stmt = buurt_store_prepare (self, linked_activities_sql, error);
  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":initiative_id", initiative_id);
  buurt_store_bind_text (stmt, ":today", today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtLinkedActivity *activity = g_new0 (BuurtLinkedActivity, 1);

      activity->id = sqlite3_column_int64 (stmt, 0);
      activity->title = buurt_store_column_dup (stmt, 1);
      activity->next_day = buurt_store_column_dup (stmt, 2);
      activity->n_dates = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (activities, activity);
    }

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&activities);
}

static GListModel *
load_by_ids (BuurtStore  *self,
             const char  *sql,
             GType        type,
             gint64       initiative_id,
             GError     **error)
{
  g_autoptr(GArray) ids = buurt_store_select_ids (self, sql, ":initiative_id", initiative_id, error);

  return ids != NULL ? buurt_store_load_ids (self, type, ids, error) : NULL;
}

/**
 * buurt_store_list_journal:
 *
 * Returns: (transfer full) (nullable): a #GListModel of the
 *   #BuurtJournalEntry objects of an initiative, newest first
 */
GListModel *
buurt_store_list_journal (BuurtStore  *self,
                          gint64       initiative_id,
                          GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  return load_by_ids (self, journal_ids_sql, BUURT_TYPE_JOURNAL_ENTRY, initiative_id, error);
}

static const char *request_ids_sql =
  "SELECT id FROM funding_request "
  "WHERE initiative_id = :initiative_id AND deleted_at IS NULL "
  "ORDER BY coalesce (requested_on, substr (created_at, 1, 10)), id";

static const char *expense_ids_sql =
  "SELECT e.id FROM expense e "
  "LEFT JOIN funding_request f ON f.id = e.funding_request_id "
  "WHERE e.deleted_at IS NULL "
  "  AND (e.initiative_id = :initiative_id OR f.initiative_id = :initiative_id) "
  "ORDER BY e.spent_on, e.id";

static const char *money_sql =
  "SELECT (SELECT coalesce (sum (amount_requested_cents), 0) FROM funding_request "
  "        WHERE initiative_id = :initiative_id AND deleted_at IS NULL AND status <> 'draft'), "
  "       (SELECT coalesce (sum (amount_granted_cents), 0) FROM funding_request "
  "        WHERE initiative_id = :initiative_id AND deleted_at IS NULL "
  "          AND status IN ('granted', 'paid', 'accounted')), "
  "       (SELECT coalesce (sum (e.amount_cents), 0) FROM expense e "
  "        LEFT JOIN funding_request f ON f.id = e.funding_request_id "
  "        WHERE e.deleted_at IS NULL "
  "          AND (e.initiative_id = :initiative_id OR f.initiative_id = :initiative_id))";

/**
 * buurt_store_list_funding_requests:
 *
 * Returns: (transfer full) (nullable): the #BuurtFundingRequest objects of
 *   an initiative, oldest request first
 */
GListModel *
buurt_store_list_funding_requests (BuurtStore  *self,
                                   gint64       initiative_id,
                                   GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  return load_by_ids (self, request_ids_sql, BUURT_TYPE_FUNDING_REQUEST, initiative_id, error);
}

/**
 * buurt_store_list_expenses:
 *
 * Returns: (transfer full) (nullable): the #BuurtExpense objects kept
 *   against an initiative or against one of its requests, by date
 */
GListModel *
buurt_store_list_expenses (BuurtStore  *self,
                           gint64       initiative_id,
                           GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  return load_by_ids (self, expense_ids_sql, BUURT_TYPE_EXPENSE, initiative_id, error);
}

/**
 * buurt_store_initiative_money:
 * @money: (out): requested (all but drafts), granted (granted, paid or
 *   accounted for), spent, and the balance: granted minus spent
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_initiative_money (BuurtStore            *self,
                              gint64                 initiative_id,
                              BuurtInitiativeMoney  *money,
                              GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (money != NULL, FALSE);

  stmt = buurt_store_prepare (self, money_sql, error);
  if (stmt == NULL)
    return FALSE;

  buurt_store_bind_int (stmt, ":initiative_id", initiative_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  money->requested_cents = sqlite3_column_int64 (stmt, 0);
  money->granted_cents = sqlite3_column_int64 (stmt, 1);
  money->spent_cents = sqlite3_column_int64 (stmt, 2);
  money->balance_cents = money->granted_cents - money->spent_cents;
  sqlite3_reset (stmt);

  return TRUE;
}

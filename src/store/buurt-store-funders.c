/* buurt-store-funders.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"

/*
 * Funders and their schemes: the usual maximum a funder gives per request,
 * and the funders overview, per funder and year, of the budget against what
 * was requested, granted, turned down and paid. A request counts in the year
 * it was made (the year it was entered when it has no request date); drafts
 * do not count. A funder with a scheme shows up in @this_year even before
 * any request.
 */

static const char *max_request_sql =
  "SELECT coalesce (max (max_request_cents), 0) FROM funding_scheme "
  "WHERE funder_id = :funder_id AND deleted_at IS NULL";

static const char *funder_years_sql =
  "WITH request AS ("
  "  SELECT f.*, substr (coalesce (f.requested_on, f.created_at), 1, 4) AS year "
  "  FROM funding_request f "
  "  WHERE f.deleted_at IS NULL AND f.funder_id IS NOT NULL AND f.status <> 'draft'), "
  "years AS ("
  "  SELECT funder_id, year FROM request "
  "  UNION SELECT funder_id, :this_year FROM funding_scheme WHERE deleted_at IS NULL) "
  "SELECT y.funder_id, c.name, y.year, "
  "       (SELECT coalesce (sum (s.yearly_budget_cents), 0) FROM funding_scheme s "
  "        WHERE s.funder_id = y.funder_id AND s.deleted_at IS NULL), "
  "       coalesce (sum (r.amount_requested_cents), 0), "
  "       coalesce (sum (CASE WHEN r.status IN ('granted', 'paid', 'accounted') "
  "                      THEN r.amount_granted_cents END), 0), "
  "       coalesce (sum (CASE WHEN r.status IN ('paid', 'accounted') "
  "                      THEN r.amount_granted_cents END), 0), "
  "       coalesce (sum (CASE WHEN r.status = 'rejected' THEN r.amount_requested_cents END), 0), "
  "       count (CASE WHEN r.status IN ('granted', 'paid', 'accounted', 'rejected') THEN 1 END), "
  "       count (CASE WHEN r.status = 'rejected' THEN 1 END), "
  "       group_concat (CASE WHEN r.status = 'rejected' THEN nullif (trim (r.rejection_reason), '') END, "
  "                     char (10)) "
  "FROM years y "
  "JOIN contact c ON c.id = y.funder_id AND c.deleted_at IS NULL "
  "LEFT JOIN request r ON r.funder_id = y.funder_id AND r.year = y.year "
  "GROUP BY y.funder_id, y.year "
  "ORDER BY y.year DESC, c.name COLLATE NOCASE, y.funder_id";

/**
 * buurt_store_funder_max_request:
 * @funder_id: a contact
 * @max_cents: (out): the highest usual maximum per request among its
 *   schemes; 0 when it has none
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_funder_max_request (BuurtStore  *self,
                                gint64       funder_id,
                                gint64      *max_cents,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (max_cents != NULL, FALSE);

  stmt = buurt_store_prepare (self, max_request_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":funder_id"), funder_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *max_cents = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * buurt_store_list_funder_years:
 * @this_year: the year a funder with schemes but no requests is shown in,
 *   such as "2026"
 *
 * Returns: (transfer container) (element-type BuurtFunderYear) (nullable):
 *   the funders overview, the latest year first, or %NULL on an error
 */
GPtrArray *
buurt_store_list_funder_years (BuurtStore  *self,
                               const char  *this_year,
                               GError     **error)
{
  g_autoptr(GPtrArray) years = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (this_year != NULL, NULL);

  stmt = buurt_store_prepare (self, funder_years_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":this_year"), this_year, -1, SQLITE_TRANSIENT);
  years = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_funder_year_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtFunderYear *year = g_new0 (BuurtFunderYear, 1);

      year->funder_id = sqlite3_column_int64 (stmt, 0);
      year->funder = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      year->year = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      year->budget_cents = sqlite3_column_int64 (stmt, 3);
      year->requested_cents = sqlite3_column_int64 (stmt, 4);
      year->granted_cents = sqlite3_column_int64 (stmt, 5);
      year->paid_cents = sqlite3_column_int64 (stmt, 6);
      year->rejected_cents = sqlite3_column_int64 (stmt, 7);
      year->n_decided = sqlite3_column_int (stmt, 8);
      year->n_rejected = sqlite3_column_int (stmt, 9);
      year->reasons = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
      g_ptr_array_add (years, year);
    }
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&years);
}

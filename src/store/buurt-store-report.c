/* buurt-store-report.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"

/*
 * What "Lessons" and the accountability report read. Lessons: the journal
 * entries of every initiative with their initiative, newest first, filtered
 * in SQL by kind, stage, town and target group; the search (accents and case
 * do not matter) on the rows read, as the Initiatives list does.
 *
 * The report: per initiative the money per funder (granted by requests that
 * were granted, paid or accounted for; spent by the expenses against them up
 * to the end of the period, or not against a grant), the dates held in the
 * period, and the journal of the period.
 */

static const char *list_lessons_sql =
  "SELECT j.id, i.id, i.title, k.name, i.stage, j.entry_date, j.kind, j.text "
  "FROM journal_entry j "
  "JOIN initiative i ON i.id = j.initiative_id "
  "LEFT JOIN neighbourhood n ON n.id = i.neighbourhood_id "
  "LEFT JOIN kern k ON k.id = n.kern_id "
  "WHERE j.deleted_at IS NULL AND i.deleted_at IS NULL "
  "  AND ((:kinds >> (CASE j.kind WHEN 'milestone' THEN 0 WHEN 'obstacle' THEN 1 "
  "                   WHEN 'lesson' THEN 2 ELSE 3 END)) & 1) = 1 "
  "  AND (:stage = '' OR i.stage = :stage) "
  "  AND (:kern_id = 0 OR n.kern_id = :kern_id) "
  "  AND (:target_groups = 0 OR (i.target_groups & :target_groups) <> 0) "
  "ORDER BY j.entry_date DESC, j.id DESC";

static const char *report_initiatives_sql =
  "SELECT i.id, i.title, i.summary, n.name, k.name, i.stage, i.target_groups, "
  "       i.volunteers, i.participants "
  "FROM initiative i "
  "LEFT JOIN neighbourhood n ON n.id = i.neighbourhood_id "
  "LEFT JOIN kern k ON k.id = n.kern_id "
  "WHERE i.deleted_at IS NULL "
  "  AND (:initiative_id = 0 OR i.id = :initiative_id) "
  "  AND (:kern_id = 0 OR n.kern_id = :kern_id) "
  "ORDER BY i.title COLLATE NOCASE, i.id";

/* One row per funder with a grant or an expense, then expenses without one. */
static const char *report_funders_sql =
  "SELECT c.name, "
  "       sum (CASE WHEN f.status IN ('granted', 'paid', 'accounted') "
  "            THEN f.amount_granted_cents ELSE 0 END), "
  "       coalesce (sum ((SELECT sum (e.amount_cents) FROM expense e "
  "                       WHERE e.funding_request_id = f.id AND e.deleted_at IS NULL "
  "                         AND e.spent_on <= :to)), 0) "
  "FROM funding_request f "
  "LEFT JOIN contact c ON c.id = f.funder_id "
  "WHERE f.initiative_id = :initiative_id AND f.deleted_at IS NULL "
  "  AND f.status IN ('granted', 'paid', 'accounted') "
  "GROUP BY f.funder_id "
  "ORDER BY c.name COLLATE NOCASE";

static const char *report_unfunded_sql =
  "SELECT coalesce (sum (e.amount_cents), 0) FROM expense e "
  "LEFT JOIN funding_request f ON f.id = e.funding_request_id "
  "WHERE e.deleted_at IS NULL AND e.spent_on <= :to "
  "  AND (e.initiative_id = :initiative_id AND e.funding_request_id IS NULL "
  "       OR f.initiative_id = :initiative_id "
  "          AND (f.deleted_at IS NOT NULL OR f.status NOT IN ('granted', 'paid', 'accounted')))";

static const char *report_dates_sql =
  "SELECT a.title, o.day FROM occurrence o "
  "JOIN activity a ON a.id = o.activity_id "
  "WHERE a.initiative_id = :initiative_id AND a.deleted_at IS NULL "
  "  AND o.cancelled = 0 AND o.day >= :from AND o.day <= :to AND o.day <= :today "
  "ORDER BY a.title COLLATE NOCASE, a.id, o.day";

static const char *report_journal_sql =
  "SELECT id, entry_date, kind, text FROM journal_entry "
  "WHERE initiative_id = :initiative_id AND deleted_at IS NULL "
  "  AND entry_date >= :from AND entry_date <= :to "
  "ORDER BY entry_date, id";

static gboolean
finish (BuurtStore    *self,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static const char *
stage_word (int stage)
{
  GEnumClass *klass;
  GEnumValue *value;

  if (stage < 0)
    return "";
  klass = g_type_class_peek (BUURT_TYPE_STAGE);
  if (klass == NULL)
    klass = g_type_class_ref (BUURT_TYPE_STAGE);
  value = g_enum_get_value (klass, stage);
  return value != NULL ? value->value_nick : "";
}

/**
 * buurt_store_list_lessons:
 * @query: which entries
 *
 * Returns: (transfer full) (element-type BuurtLesson) (nullable): the
 *   journal entries of all initiatives that match @query, newest first;
 *   %NULL with @error set when the database could not be read
 */
GPtrArray *
buurt_store_list_lessons (BuurtStore              *self,
                          const BuurtLessonQuery  *query,
                          GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_lesson_free);
  g_autofree char *folded_search = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = buurt_store_prepare (self, list_lessons_sql, error);
  if (stmt == NULL)
    return NULL;

  buurt_store_bind_int (stmt, ":kinds", query->kinds != 0 ? query->kinds
                            : (1 << BUURT_JOURNAL_KIND_OBSTACLE) | (1 << BUURT_JOURNAL_KIND_LESSON));
  buurt_store_bind_text (stmt, ":stage", stage_word (query->stage));
  buurt_store_bind_int (stmt, ":kern_id", query->kern_id);
  buurt_store_bind_int (stmt, ":target_groups", query->target_groups);
  if (query->search != NULL)
    folded_search = g_strstrip (buurt_fold_text (query->search));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BuurtLesson) row = g_new0 (BuurtLesson, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->initiative_id = sqlite3_column_int64 (stmt, 1);
      row->initiative = buurt_store_column_dup (stmt, 2);
      row->kern = buurt_store_column_dup (stmt, 3);
      row->stage = buurt_store_column_enum (stmt, 4, BUURT_TYPE_STAGE);
      row->entry_date = buurt_store_column_dup (stmt, 5);
      row->kind = buurt_store_column_enum (stmt, 6, BUURT_TYPE_JOURNAL_KIND);
      row->text = buurt_store_column_dup (stmt, 7);

      if (folded_search != NULL && *folded_search != '\0')
        {
          g_autofree char *text = g_strjoin (" ", row->initiative, row->text, row->kern ?: "", NULL);
          g_autofree char *folded = buurt_fold_text (text);

          if (strstr (folded, folded_search) == NULL)
            continue;
        }
      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  if (!finish (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gboolean
read_funders (BuurtStore             *self,
              BuurtReportInitiative  *initiative,
              const char             *to,
              GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 unfunded = 0;
  int rc;

  stmt = buurt_store_prepare (self, report_funders_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":initiative_id", initiative->id);
  buurt_store_bind_text (stmt, ":to", to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtReportFunder *funder = g_new0 (BuurtReportFunder, 1);

      funder->name = buurt_store_column_dup (stmt, 0);
      if (funder->name == NULL)
        funder->name = g_strdup (_("Funder not known"));
      funder->granted_cents = sqlite3_column_int64 (stmt, 1);
      funder->spent_cents = sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (initiative->funders, funder);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  stmt = buurt_store_prepare (self, report_unfunded_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":initiative_id", initiative->id);
  buurt_store_bind_text (stmt, ":to", to);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      unfunded = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  if (unfunded > 0)
    {
      BuurtReportFunder *funder = g_new0 (BuurtReportFunder, 1);

      funder->spent_cents = unfunded;
      g_ptr_array_add (initiative->funders, funder);
    }
  return TRUE;
}

static gboolean
read_dates (BuurtStore             *self,
            BuurtReportInitiative  *initiative,
            const char             *from,
            const char             *to,
            const char             *today,
            GError                **error)
{
  BuurtReportActivity *current = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = buurt_store_prepare (self, report_dates_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":initiative_id", initiative->id);
  buurt_store_bind_text (stmt, ":from", from);
  buurt_store_bind_text (stmt, ":to", to);
  buurt_store_bind_text (stmt, ":today", today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 0);

      if (current == NULL || g_strcmp0 (current->title, title) != 0)
        {
          current = g_new0 (BuurtReportActivity, 1);
          current->title = g_strdup (title);
          current->days = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (initiative->activities, current);
        }
      g_ptr_array_add (current->days, buurt_store_column_dup (stmt, 1));
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_journal (BuurtStore             *self,
              BuurtReportInitiative  *initiative,
              const char             *from,
              const char             *to,
              GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = buurt_store_prepare (self, report_journal_sql, error);
  if (stmt == NULL)
    return FALSE;
  buurt_store_bind_int (stmt, ":initiative_id", initiative->id);
  buurt_store_bind_text (stmt, ":from", from);
  buurt_store_bind_text (stmt, ":to", to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtLesson *entry = g_new0 (BuurtLesson, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->initiative_id = initiative->id;
      entry->initiative = g_strdup (initiative->title);
      entry->stage = initiative->stage;
      entry->entry_date = buurt_store_column_dup (stmt, 1);
      entry->kind = buurt_store_column_enum (stmt, 2, BUURT_TYPE_JOURNAL_KIND);
      entry->text = buurt_store_column_dup (stmt, 3);
      g_ptr_array_add (initiative->journal, entry);
    }
  return finish (self, stmt, rc, error);
}

/**
 * buurt_store_read_report:
 * @query: which initiatives and period
 *
 * Returns: (transfer full) (nullable): the accountability report; %NULL with
 *   @error set when the database could not be read
 */
BuurtReport *
buurt_store_read_report (BuurtStore              *self,
                         const BuurtReportQuery  *query,
                         GError                 **error)
{
  g_autoptr(BuurtReport) report = g_new0 (BuurtReport, 1);
  const char *from, *to;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  report->from = g_strdup (query->from);
  report->to = g_strdup (query->to);
  report->initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_report_initiative_free);
  from = query->from != NULL ? query->from : "0000-01-01";
  to = query->to != NULL ? query->to : "9999-12-31";

  stmt = buurt_store_prepare (self, report_initiatives_sql, error);
  if (stmt == NULL)
    return NULL;
  buurt_store_bind_int (stmt, ":initiative_id", query->initiative_id);
  buurt_store_bind_int (stmt, ":kern_id", query->kern_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BuurtReportInitiative *initiative = g_new0 (BuurtReportInitiative, 1);

      initiative->id = sqlite3_column_int64 (stmt, 0);
      initiative->title = buurt_store_column_dup (stmt, 1);
      initiative->summary = buurt_store_column_dup (stmt, 2);
      initiative->neighbourhood = buurt_store_column_dup (stmt, 3);
      initiative->kern = buurt_store_column_dup (stmt, 4);
      initiative->stage = buurt_store_column_enum (stmt, 5, BUURT_TYPE_STAGE);
      initiative->target_groups = sqlite3_column_int (stmt, 6);
      initiative->volunteers = sqlite3_column_int (stmt, 7);
      initiative->participants = sqlite3_column_int (stmt, 8);
      initiative->funders = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_report_funder_free);
      initiative->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_report_activity_free);
      initiative->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_lesson_free);
      g_ptr_array_add (report->initiatives, initiative);
    }
  if (!finish (self, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < report->initiatives->len; i++)
    {
      BuurtReportInitiative *initiative = g_ptr_array_index (report->initiatives, i);

      if (!read_funders (self, initiative, to, error) ||
          !read_dates (self, initiative, from, to,
                      query->today != NULL ? query->today : "9999-12-31", error) ||
          !read_journal (self, initiative, from, to, error))
        return NULL;
    }

  return g_steal_pointer (&report);
}

/* buurt-store-review.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

/*
 * The review queue: activities that organisers submitted, waiting for staff
 * to publish or reject them. The queue is short (a few dozen at most), so it
 * is read whole; each change goes through buurt_store_save() so that the
 * model's rules (a rejection needs a reason) and the occurrences stay right.
 */

static const char *count_submissions_sql =
  "SELECT count(*) FROM activity "
  "WHERE status = 'submitted' AND deleted_at IS NULL";

static const char *list_submissions_sql =
  "SELECT id FROM activity "
  "WHERE status = 'submitted' AND deleted_at IS NULL "
  "ORDER BY starts_at, id";

/**
 * buurt_store_count_submissions:
 *
 * Returns: how many activities wait for review (submitted, not deleted), or
 *   -1 with @error set when the database could not be read
 */
gint64
buurt_store_count_submissions (BuurtStore  *self,
                               GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  stmt = buurt_store_prepare (self, count_submissions_sql, error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    buurt_store_set_read_error (self, rc, error);
  sqlite3_reset (stmt);

  return n;
}

/* Reads the ids first and loads each activity after, so no statement is
 * left half-stepped while another one runs. */
static GArray *
select_submission_ids (BuurtStore  *self,
                       GError     **error)
{
  return buurt_store_select_ids (self, list_submissions_sql, NULL, 0, error);
}

/**
 * buurt_store_list_submissions:
 *
 * Returns: (transfer full) (nullable): a #GListModel of the #BuurtActivity
 *   objects that wait for review, earliest start first, or %NULL with
 *   @error set
 */
GListModel *
buurt_store_list_submissions (BuurtStore  *self,
                              GError     **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  ids = select_submission_ids (self, error);
  if (ids == NULL)
    return NULL;

  list = g_list_store_new (BUURT_TYPE_ACTIVITY);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BuurtActivity) activity = NULL;

      activity = buurt_store_load (self, BUURT_TYPE_ACTIVITY, g_array_index (ids, gint64, i), error);
      if (activity == NULL)
        return NULL;

      g_list_store_append (list, activity);
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

typedef struct
{
  const gint64        *ids;
  guint                n_ids;
  BuurtActivityStatus  status;
  const char          *reason;
} ReviewData;

static gboolean
review_in_transaction (BuurtStore  *self,
                       gpointer     user_data,
                       GError     **error)
{
  ReviewData *data = user_data;

  for (guint i = 0; i < data->n_ids; i++)
    {
      g_autoptr(BuurtActivity) activity = NULL;

      activity = buurt_store_load (self, BUURT_TYPE_ACTIVITY, data->ids[i], error);
      if (activity == NULL)
        return FALSE;

      if (buurt_entity_get_deleted_at (BUURT_ENTITY (activity)) != NULL)
        {
          g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                       /* Translators: %s is the title of an activity */
                       _("“%s” was deleted in the meantime, so nothing was changed."),
                       buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
          return FALSE;
        }

      g_object_set (activity,
                    "status", data->status,
                    "rejection-reason", data->reason,
                    NULL);

      /* Validates, sets modified-at and rebuilds the occurrences; being
       * nested, it is a savepoint of this one transaction. */
      if (!buurt_store_save (self, BUURT_ENTITY (activity), error))
        return FALSE;
    }

  /* Held back by the store until the whole transaction is committed. */
  buurt_store_emit_changed (self, "activity");

  return TRUE;
}

/**
 * buurt_store_review:
 * @activity_ids: (array length=n_ids): the activities to review
 * @n_ids: how many ids @activity_ids holds
 * @status: %BUURT_ACTIVITY_STATUS_PUBLISHED to approve,
 *   %BUURT_ACTIVITY_STATUS_REJECTED to reject, or
 *   %BUURT_ACTIVITY_STATUS_SUBMITTED to put them back in the queue (undo)
 * @reason: (nullable): why they are rejected, for the organiser; required
 *   when rejecting, and ignored otherwise: any other status clears the
 *   reason
 *
 * Gives all of @activity_ids the new @status in one transaction: either all
 * of them change or none does. Each activity is validated and gets a new
 * modified-at; the views hear of the change once it is committed.
 *
 * Returns: %TRUE on success; otherwise @error says what is wrong and
 *   nothing was changed
 */
gboolean
buurt_store_review (BuurtStore           *self,
                    const gint64         *activity_ids,
                    guint                 n_ids,
                    BuurtActivityStatus   status,
                    const char           *reason,
                    GError              **error)
{
  g_autofree char *stripped = NULL;
  ReviewData data;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (activity_ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (status == BUURT_ACTIVITY_STATUS_PUBLISHED ||
                        status == BUURT_ACTIVITY_STATUS_REJECTED ||
                        status == BUURT_ACTIVITY_STATUS_SUBMITTED, FALSE);

  if (status == BUURT_ACTIVITY_STATUS_REJECTED)
    {
      stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
      if (*stripped == '\0')
        {
          g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                               _("Give a reason for rejecting, so the organiser knows what to change."));
          return FALSE;
        }
    }
  else
    stripped = g_strdup ("");

  if (n_ids == 0)
    return TRUE;

  data = (ReviewData) {
    .ids = activity_ids,
    .n_ids = n_ids,
    .status = status,
    .reason = stripped,
  };

  return buurt_store_transaction (self, review_in_transaction, &data, error);
}

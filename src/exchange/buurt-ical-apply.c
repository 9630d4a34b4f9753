/* buurt-ical-apply.c: writing the chosen items of a calendar import
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-exchange-error.h"
#include "buurt-ical-private.h"

/*
 * All chosen items in one transaction: an error or a cancellation half-way
 * leaves the agenda exactly as it was. Series and single events first, then
 * the changed and cancelled dates of series, which need their series saved.
 */

typedef struct
{
  BuurtIcalImport  *import;
  gboolean          as_submissions;
  GCancellable     *cancellable;
  BuurtIcalSummary *summary;
  GHashTable       *contacts;   /* folded name -> BuurtContact*, added by this import */
  GHashTable       *masters;    /* uid -> BuurtActivity*, the series by UID */
  GHashTable       *overrides;  /* see find_override() */
} Apply;

static gboolean
is_override (BuurtIcalItem *item)
{
  return item->recurrence_id != NULL && *item->recurrence_id != '\0' &&
         !g_str_has_prefix (item->recurrence_id, "RDATE:");
}

static gboolean
save_link (BuurtStore     *store,
           Apply          *apply,
           BuurtIcalItem  *item,
           BuurtActivity  *activity,
           GError        **error)
{
  g_autoptr(BuurtIcalLink) link = item->link != NULL ? g_object_ref (item->link) : buurt_ical_link_new ();

  g_object_set (link,
                "activity-id", buurt_entity_get_id (BUURT_ENTITY (activity)),
                "uid", item->uid,
                "recurrence-id", item->recurrence_id,
                "sequence", item->sequence,
                "last-modified", item->last_modified,
                "source", buurt_ical_import_get_source (apply->import),
                "imported-at", buurt_entity_get_modified_at (BUURT_ENTITY (activity)),
                NULL);
  return buurt_store_save (store, BUURT_ENTITY (link), error);
}

static gboolean
add_organiser (BuurtStore     *store,
               Apply          *apply,
               BuurtIcalItem  *item,
               GError        **error)
{
  g_autofree char *folded = NULL;
  BuurtContact *contact;

  if (item->organiser_name == NULL ||
      buurt_entity_get_int (BUURT_ENTITY (item->activity), "organiser-id") != 0)
    return TRUE;

  folded = buurt_ical_fold (item->organiser_name);
  contact = g_hash_table_lookup (apply->contacts, folded);
  if (contact == NULL)
    {
      contact = buurt_contact_new ();
      g_object_set (contact,
                    "name", item->organiser_name,
                    "kind", BUURT_CONTACT_KIND_RESIDENT,
                    "email", item->organiser_email,
                    NULL);
      if (!buurt_store_save (store, BUURT_ENTITY (contact), error))
        {
          g_object_unref (contact);
          return FALSE;
        }
      g_hash_table_insert (apply->contacts, g_steal_pointer (&folded), contact);
    }

  g_object_set (item->activity, "organiser-id", buurt_entity_get_id (BUURT_ENTITY (contact)), NULL);
  return TRUE;
}

static gboolean
looks_like_uuid (const char *uid)
{
  return uid != NULL && strlen (uid) == 36 && g_uuid_string_is_valid (uid);
}

static gboolean
create (BuurtStore     *store,
        Apply          *apply,
        BuurtIcalItem  *item,
        GError        **error)
{
  BuurtActivity *activity = item->activity;

  if (!add_organiser (store, apply, item, error))
    return FALSE;

  if (apply->as_submissions)
    g_object_set (activity, "status", BUURT_ACTIVITY_STATUS_SUBMITTED,
                  "source", BUURT_SOURCE_SUBMISSION, NULL);

  /* An event this app exported keeps its uuid, so an export imported into
   * another agenda is the same activity there. */
  if (looks_like_uuid (item->uid) && item->recurrence_id[0] == '\0')
    {
      g_object_set (activity, "uuid", item->uid, NULL);
      if (buurt_store_save (store, BUURT_ENTITY (activity), NULL))
        return save_link (store, apply, item, activity, error);
      g_object_set (activity, "uuid", NULL, NULL);
    }

  return buurt_store_save (store, BUURT_ENTITY (activity), error) &&
         save_link (store, apply, item, activity, error);
}

static gboolean
update (BuurtStore     *store,
        Apply          *apply,
        BuurtIcalItem  *item,
        GError        **error)
{
  if (!add_organiser (store, apply, item, error))
    return FALSE;

  buurt_ical_copy_fields (item->activity, item->existing);
  if (!apply->as_submissions)
    g_object_set (item->existing, "status",
                  buurt_entity_get_enum (BUURT_ENTITY (item->activity), "status"), NULL);

  return buurt_store_save (store, BUURT_ENTITY (item->existing), error) &&
         save_link (store, apply, item, item->existing, error);
}

/* The series a changed or cancelled date belongs to: in this import, or
 * imported before. */
static BuurtActivity *
find_master (BuurtStore    *store,
             Apply         *apply,
             BuurtIcalItem *item)
{
  BuurtIcalImport *import = apply->import;
  BuurtActivity *master = g_hash_table_lookup (apply->masters, item->uid);

  if (master != NULL)
    return g_object_ref (master);

  /* Imported before: the date's own link points at its series. */
  if (item->existing != NULL && buurt_entity_get_deleted_at (BUURT_ENTITY (item->existing)) == NULL)
    return g_object_ref (item->existing);

  for (guint i = 0; i < buurt_ical_import_get_n_items (import); i++)
    {
      BuurtIcalItem *other = buurt_ical_import_get_item (import, i);

      if (other->existing != NULL && other->recurrence_id[0] == '\0' &&
          g_str_equal (other->uid, item->uid))
        return g_object_ref (other->existing);
    }

  return NULL;
}

static gboolean
cancel_master_date (BuurtStore     *store,
                    Apply          *apply,
                    BuurtIcalItem  *item,
                    BuurtActivity **master_out,
                    GError        **error)
{
  g_autoptr(BuurtActivity) master = find_master (store, apply, item);
  const char *dates;
  g_autofree char *new_dates = NULL;
  BuurtIcalItem *master_item = NULL;

  if (master == NULL || item->master_cancel_day == NULL)
    return TRUE;

  dates = buurt_entity_get_string (BUURT_ENTITY (master), "cancelled-dates");
  if (dates == NULL || strstr (dates, item->master_cancel_day) == NULL)
    {
      new_dates = dates != NULL && *dates != '\0'
                    ? g_strconcat (dates, ",", item->master_cancel_day, NULL)
                    : g_strdup (item->master_cancel_day);
      g_object_set (master, "cancelled-dates", new_dates, NULL);
      if (!buurt_store_save (store, BUURT_ENTITY (master), error))
        return FALSE;

      /* The series' own link learns of this change, so the next import
       * does not take it for a change made here. */
      for (guint i = 0; i < buurt_ical_import_get_n_items (apply->import); i++)
        {
          BuurtIcalItem *other = buurt_ical_import_get_item (apply->import, i);

          if (other->recurrence_id[0] == '\0' && g_str_equal (other->uid, item->uid) &&
              other->kind != BUURT_ICAL_ITEM_REFUSED)
            master_item = other;
        }
      if (master_item != NULL && master_item->link == NULL)
        {
          g_autoptr(GListModel) links = buurt_store_list (store, BUURT_TYPE_ICAL_LINK, error);

          for (guint i = 0; links != NULL && i < g_list_model_get_n_items (links); i++)
            {
              g_autoptr(BuurtEntity) link = g_list_model_get_item (links, i);

              if (buurt_entity_get_int (link, "activity-id") == buurt_entity_get_id (BUURT_ENTITY (master)))
                master_item->link = g_object_ref (BUURT_ICAL_LINK (link));
            }
        }
      if (master_item != NULL && !save_link (store, apply, master_item, master, error))
        return FALSE;
    }

  if (master_out != NULL)
    *master_out = g_steal_pointer (&master);
  return TRUE;
}

/* The series' override of one date, from all of them read once. */
static BuurtOccurrenceOverride *
find_override (BuurtStore     *store,
               Apply          *apply,
               gint64          activity_id,
               const char     *recurrence_id)
{
  g_autofree char *key = buurt_ical_override_key (activity_id, recurrence_id);

  if (apply->overrides == NULL)
    apply->overrides = buurt_ical_read_overrides (store, NULL);

  return apply->overrides != NULL ? g_hash_table_lookup (apply->overrides, key) : NULL;
}

/* A changed date of a series (RECURRENCE-ID) as the series' override of
 * that date: title and description only where they differ. */
static gboolean
save_override (BuurtStore     *store,
               Apply          *apply,
               BuurtIcalItem  *item,
               BuurtActivity  *master,
               GError        **error)
{
  BuurtEntity *series = BUURT_ENTITY (master);
  BuurtEntity *date = BUURT_ENTITY (item->activity);
  gint64 master_id = buurt_entity_get_id (series);
  BuurtOccurrenceOverride *found = find_override (store, apply, master_id, item->recurrence_id);
  g_autoptr(BuurtOccurrenceOverride) override = found != NULL ? g_object_ref (found) : buurt_occurrence_override_new ();
  g_autoptr(GDateTime) recurrence_id = buurt_parse_utc (item->recurrence_id);
  const char *title = buurt_entity_get_string (date, "title");
  const char *description = buurt_entity_get_string (date, "description");

  g_object_set (override,
                "activity-id", master_id,
                "recurrence-id", recurrence_id,
                "starts-at", buurt_entity_get_date_time (date, "starts-at"),
                "ends-at", buurt_entity_get_date_time (date, "ends-at"),
                "room-id", buurt_entity_get_int (date, "room-id"),
                "location", buurt_entity_get_string (date, "location"),
                "title", g_strcmp0 (title, buurt_entity_get_string (series, "title")) != 0 ? title : NULL,
                "description", g_strcmp0 (description, buurt_entity_get_string (series, "description")) != 0 ? description : NULL,
                "cancelled", FALSE,
                NULL);
  return buurt_store_save (store, BUURT_ENTITY (override), error);
}

static gboolean
apply_override (BuurtStore     *store,
                Apply          *apply,
                BuurtIcalItem  *item,
                GError        **error)
{
  g_autoptr(BuurtActivity) master = NULL;
  gboolean cancelled = buurt_entity_get_enum (BUURT_ENTITY (item->activity), "status") ==
                       BUURT_ACTIVITY_STATUS_CANCELLED;

  /* A cancelled date is a cancelled date of the series (EXDATE); its link
   * points at the series. */
  if (cancelled)
    {
      if (!cancel_master_date (store, apply, item, &master, error))
        return FALSE;
      if (master != NULL)
        return save_link (store, apply, item, master, error);
    }
  else
    {
      master = find_master (store, apply, item);
      if (master != NULL)
        return save_override (store, apply, item, master, error) &&
               save_link (store, apply, item, master, error);
    }

  /* A date whose series is neither in the file nor in the agenda stands on
   * its own. */
  return create (store, apply, item, error);
}

static gboolean
apply_item (BuurtStore     *store,
            Apply          *apply,
            BuurtIcalItem  *item,
            GError        **error)
{
  BuurtIcalSummary *summary = apply->summary;

  if (item->kind == BUURT_ICAL_ITEM_REFUSED)
    {
      summary->skipped++;
      return TRUE;
    }

  if (item->kind == BUURT_ICAL_ITEM_UNCHANGED)
    {
      summary->unchanged++;
      /* A newer version that says the same: remember its SEQUENCE. */
      if (item->link != NULL && item->existing != NULL &&
          (buurt_entity_get_int (BUURT_ENTITY (item->link), "sequence") != item->sequence))
        {
          g_object_set (item->link, "sequence", item->sequence, "last-modified", item->last_modified, NULL);
          return buurt_store_save (store, BUURT_ENTITY (item->link), error);
        }
      return TRUE;
    }

  if (!item->chosen)
    {
      if (item->kind == BUURT_ICAL_ITEM_CONFLICT)
        summary->conflicts++;
      else if (item->kind != BUURT_ICAL_ITEM_GONE)
        summary->skipped++;
      return TRUE;
    }

  switch (item->kind)
    {
    case BUURT_ICAL_ITEM_NEW:
      summary->created++;
      return is_override (item) ? apply_override (store, apply, item, error)
                                : create (store, apply, item, error);

    case BUURT_ICAL_ITEM_CHANGED:
    case BUURT_ICAL_ITEM_CONFLICT:
      summary->updated++;
      return is_override (item) ? apply_override (store, apply, item, error)
                                : update (store, apply, item, error);

    case BUURT_ICAL_ITEM_GONE:
      summary->removed++;
      return buurt_store_delete (store, BUURT_ENTITY (item->existing), error) &&
             buurt_store_delete (store, BUURT_ENTITY (item->link), error);

    case BUURT_ICAL_ITEM_UNCHANGED:
    case BUURT_ICAL_ITEM_REFUSED:
    default:
      return TRUE;
    }
}

static gboolean
apply_all (BuurtStore  *store,
           gpointer     user_data,
           GError     **error)
{
  Apply *apply = user_data;
  guint n = buurt_ical_import_get_n_items (apply->import);

  /* Series and single events first, then the dates that change a series. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        BuurtIcalItem *item = buurt_ical_import_get_item (apply->import, i);

        if (is_override (item) != (pass == 1))
          continue;

        if ((i & 255) == 0 && g_cancellable_set_error_if_cancelled (apply->cancellable, error))
          return FALSE;

        if (!apply_item (store, apply, item, error))
          return FALSE;

        if (pass == 0 && item->recurrence_id[0] == '\0' && item->chosen &&
            item->kind != BUURT_ICAL_ITEM_REFUSED && item->kind != BUURT_ICAL_ITEM_GONE)
          g_hash_table_insert (apply->masters, item->uid,
                               item->existing != NULL && item->kind != BUURT_ICAL_ITEM_NEW
                                 ? item->existing : item->activity);
      }

  return TRUE;
}

/**
 * buurt_ical_import_apply:
 * @store: the agenda the import was read against
 * @as_submissions: add new activities as submissions for the review queue
 *   instead of published
 * @summary: (out caller-allocates): what was done
 *
 * Writes the chosen items in one transaction. Nothing is written when it
 * fails or is cancelled.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_ical_import_apply (BuurtIcalImport   *self,
                         BuurtDatabase     *database,
                         gboolean           as_submissions,
                         GCancellable      *cancellable,
                         BuurtIcalSummary  *summary,
                         GError           **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GHashTable) contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) masters = g_hash_table_new (g_str_hash, g_str_equal);
  Apply apply = { self, as_submissions, cancellable, summary, contacts, masters, NULL };
  BuurtIcalSummary empty = { 0 };

  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  *summary = empty;

  /* An import may add thousands of activities: keep the agenda as it was. */
  if (!buurt_database_backup_before (database, "import", error))
    return FALSE;
  if (!buurt_store_bulk_transaction (store, apply_all, &apply, cancellable, error))
    {
      g_clear_pointer (&apply.overrides, g_hash_table_unref);
      *summary = empty;
      return FALSE;
    }

  g_clear_pointer (&apply.overrides, g_hash_table_unref);
  return TRUE;
}

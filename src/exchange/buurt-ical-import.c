/* buurt-ical-import.c: what a calendar file would change, and changing it
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
 * An import is read first and applied later: buurt_ical_import_read() maps
 * every event and compares it with what earlier imports left (the ical_link
 * rows, keyed by UID and RECURRENCE-ID), which is the preview; then
 * buurt_ical_import_apply() writes the chosen items in one transaction.
 *
 * - Not imported before: new.
 * - Imported before, and the file's SEQUENCE (or, with the same SEQUENCE,
 *   its LAST-MODIFIED) is not newer: unchanged, whatever the file says.
 * - Newer, and the activity was not changed here since its last import
 *   (its modified_at is the link's imported_at): changed.
 * - Newer, and also changed here: a conflict, which is not chosen until the
 *   user looks at both versions.
 * - Imported from an earlier file of the same source and not in this one:
 *   gone; removing it is the user's choice.
 *
 * A changed date of a series (RECURRENCE-ID) becomes the series' override
 * of that date (occurrence_override); a cancelled date (RECURRENCE-ID with
 * STATUS:CANCELLED) a cancelled date of the series, as EXDATE is. A changed
 * date whose series is in neither the file nor the agenda is an activity of
 * its own.
 */

struct _BuurtIcalImport
{
  GObject    parent_instance;

  GFile     *file;
  char      *source;
  GPtrArray *items;      /* BuurtIcalItem */
};

G_DEFINE_FINAL_TYPE (BuurtIcalImport, buurt_ical_import, G_TYPE_OBJECT)

BuurtIcalItem *
buurt_ical_item_new (void)
{
  return g_new0 (BuurtIcalItem, 1);
}

void
buurt_ical_item_free (BuurtIcalItem *item)
{
  g_free (item->uid);
  g_free (item->recurrence_id);
  g_clear_pointer (&item->last_modified, g_date_time_unref);
  g_clear_object (&item->activity);
  g_clear_object (&item->existing);
  g_clear_object (&item->existing_date);
  g_clear_object (&item->link);
  g_free (item->organiser_name);
  g_free (item->organiser_email);
  g_free (item->problem);
  g_free (item->room_conflicts);
  g_free (item->master_cancel_day);
  g_free (item);
}

BuurtIcalLookup *
buurt_ical_lookup_new (BuurtStore  *store,
                       GError     **error)
{
  g_autoptr(BuurtIcalLookup) lookup = g_new0 (BuurtIcalLookup, 1);

  lookup->venue_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  if ((lookup->venues = buurt_store_list (store, BUURT_TYPE_VENUE, error)) == NULL ||
      (lookup->rooms = buurt_store_list (store, BUURT_TYPE_ROOM, error)) == NULL ||
      (lookup->contacts = buurt_store_list (store, BUURT_TYPE_CONTACT, error)) == NULL ||
      (lookup->initiatives = buurt_store_list (store, BUURT_TYPE_INITIATIVE, error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (lookup->venues); i++)
    {
      g_autoptr(BuurtEntity) venue = g_list_model_get_item (lookup->venues, i);
      gint64 *id = g_new (gint64, 1);

      *id = buurt_entity_get_id (venue);
      /* The list model holds the venue; the table only points at it. */
      g_hash_table_insert (lookup->venue_by_id, id, venue);
    }

  return g_steal_pointer (&lookup);
}

static void
free_keys (gpointer key,
           gpointer value,
           gpointer user_data)
{
  g_free (key);
}

void
buurt_ical_lookup_free (BuurtIcalLookup *lookup)
{
  if (lookup->venue_by_id != NULL)
    {
      g_hash_table_foreach (lookup->venue_by_id, free_keys, NULL);
      g_hash_table_unref (lookup->venue_by_id);
    }
  g_clear_object (&lookup->venues);
  g_clear_object (&lookup->rooms);
  g_clear_object (&lookup->contacts);
  g_clear_object (&lookup->initiatives);
  g_free (lookup);
}

static char *
link_key (const char *uid,
          const char *recurrence_id)
{
  return g_strconcat (uid, "\x1f", recurrence_id != NULL ? recurrence_id : "", NULL);
}

static gboolean
is_newer (BuurtIcalItem *item,
          BuurtIcalLink *link)
{
  BuurtEntity *entity = BUURT_ENTITY (link);
  gint64 sequence = buurt_entity_get_int (entity, "sequence");
  GDateTime *last_modified = buurt_entity_get_date_time (entity, "last-modified");

  if (item->sequence != sequence)
    return item->sequence > sequence;

  return item->last_modified != NULL &&
         (last_modified == NULL || g_date_time_compare (item->last_modified, last_modified) > 0);
}

static gboolean
changed_here (BuurtEntity   *existing,
              BuurtIcalLink *link)
{
  GDateTime *modified = buurt_entity_get_modified_at (existing);
  GDateTime *imported = buurt_entity_get_date_time (BUURT_ENTITY (link), "imported-at");

  return modified != NULL && imported != NULL && g_date_time_compare (modified, imported) > 0;
}

/* A changed date of a series (RECURRENCE-ID), not an extra date (RDATE). */
static gboolean
is_changed_date (BuurtIcalItem *item)
{
  return item->recurrence_id != NULL && *item->recurrence_id != '\0' &&
         !g_str_has_prefix (item->recurrence_id, "RDATE:");
}

static gboolean
plan (BuurtIcalImport  *self,
      BuurtStore       *store,
      GCancellable     *cancellable,
      GError          **error)
{
  g_autoptr(GListModel) links = buurt_store_list (store, BUURT_TYPE_ICAL_LINK, error);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) overrides = NULL;
  guint n_file_items = self->items->len;

  if (links == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BuurtEntity) link = g_list_model_get_item (links, i);

      g_hash_table_insert (by_key,
                           link_key (buurt_entity_get_string (link, "uid"),
                                     buurt_entity_get_string (link, "recurrence-id")),
                           link);
    }

  for (guint i = 0; i < n_file_items; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *key = NULL;
      BuurtIcalLink *link;
      BuurtEntity *override;

      if ((i & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (item->kind == BUURT_ICAL_ITEM_REFUSED)
        continue;

      key = link_key (item->uid, item->recurrence_id);
      link = g_hash_table_lookup (by_key, key);
      g_hash_table_add (in_file, g_steal_pointer (&key));

      if (link != NULL)
        {
          item->link = g_object_ref (link);
          item->existing = buurt_store_load (store, BUURT_TYPE_ACTIVITY,
                                             buurt_entity_get_int (BUURT_ENTITY (link), "activity-id"),
                                             NULL);
        }

      /* A changed date of a series is compared with that date as the
       * agenda has it, and was changed here when its override was. */
      override = NULL;
      if (link != NULL && item->existing != NULL && is_changed_date (item))
        {
          g_autofree char *override_key = NULL;

          if (overrides == NULL && (overrides = buurt_ical_read_overrides (store, error)) == NULL)
            return FALSE;
          override_key = buurt_ical_override_key (buurt_entity_get_id (BUURT_ENTITY (item->existing)),
                                                  item->recurrence_id);
          override = g_hash_table_lookup (overrides, override_key);
          if (override != NULL)
            item->existing_date = buurt_ical_date_of_series (item->existing,
                                                             BUURT_OCCURRENCE_OVERRIDE (override));
        }

      if (item->existing == NULL)
        item->kind = BUURT_ICAL_ITEM_NEW;
      else if (buurt_entity_get_deleted_at (BUURT_ENTITY (item->existing)) != NULL ||
               !is_newer (item, link) ||
               buurt_ical_same_activity (item->activity,
                                         item->existing_date != NULL ? item->existing_date : item->existing))
        item->kind = BUURT_ICAL_ITEM_UNCHANGED;
      else if (changed_here (override != NULL ? override : BUURT_ENTITY (item->existing), link))
        item->kind = BUURT_ICAL_ITEM_CONFLICT;
      else
        item->kind = BUURT_ICAL_ITEM_CHANGED;

      item->chosen = item->kind == BUURT_ICAL_ITEM_NEW || item->kind == BUURT_ICAL_ITEM_CHANGED;
    }

  /* With the agenda's rooms, and with one another. */
  if (!buurt_ical_find_room_conflicts (store, self->items, cancellable, error))
    return FALSE;

  /* What an earlier file of the same source held and this one does not. */
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BuurtEntity) link = g_list_model_get_item (links, i);
      g_autofree char *key = link_key (buurt_entity_get_string (link, "uid"),
                                       buurt_entity_get_string (link, "recurrence-id"));
      const char *recurrence_id = buurt_entity_get_string (link, "recurrence-id");
      BuurtIcalItem *item;
      BuurtActivity *existing;

      /* A changed or cancelled date's link points at its series, which is
       * not gone with it. */
      if (g_strcmp0 (buurt_entity_get_string (link, "source"), self->source) != 0 ||
          g_hash_table_contains (in_file, key) ||
          (recurrence_id != NULL && *recurrence_id != '\0' && !g_str_has_prefix (recurrence_id, "RDATE:")))
        continue;

      existing = buurt_store_load (store, BUURT_TYPE_ACTIVITY,
                                   buurt_entity_get_int (link, "activity-id"), NULL);
      if (existing == NULL || buurt_entity_get_deleted_at (BUURT_ENTITY (existing)) != NULL)
        {
          g_clear_object (&existing);
          continue;
        }

      item = buurt_ical_item_new ();
      item->kind = BUURT_ICAL_ITEM_GONE;
      item->uid = g_strdup (buurt_entity_get_string (link, "uid"));
      item->recurrence_id = g_strdup (buurt_entity_get_string (link, "recurrence-id"));
      item->link = g_object_ref (BUURT_ICAL_LINK (link));
      item->existing = existing;
      g_ptr_array_add (self->items, item);
    }

  return TRUE;
}

static void
buurt_ical_import_finalize (GObject *object)
{
  BuurtIcalImport *self = BUURT_ICAL_IMPORT (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_ical_import_parent_class)->finalize (object);
}

static void
buurt_ical_import_class_init (BuurtIcalImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_ical_import_finalize;
}

static void
buurt_ical_import_init (BuurtIcalImport *self)
{
}

/**
 * buurt_ical_import_read_bytes:
 * @file: the file @bytes came from, for messages and its source
 * @bytes: the file's contents
 *
 * Reads every event of a calendar file and compares it with the agenda in
 * @store. Writes nothing.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error set
 *   when the file is not a calendar at all
 */
BuurtIcalImport *
buurt_ical_import_read_bytes (BuurtDatabase *database,
                              GFile         *file,
                              GBytes        *bytes,
                              GCancellable  *cancellable,
                              GError       **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(BuurtIcalImport) self = NULL;
  g_autoptr(BuurtIcalLookup) lookup = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (BUURT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  lookup = buurt_ical_lookup_new (store, error);
  if (lookup == NULL)
    return NULL;

  items = buurt_ical_read_items (file, bytes, lookup, &source, cancellable, error);
  if (items == NULL)
    return NULL;

  self = g_object_new (BUURT_TYPE_ICAL_IMPORT, NULL);
  self->file = g_object_ref (file);
  self->source = g_steal_pointer (&source);
  self->items = g_steal_pointer (&items);

  if (!plan (self, store, cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * buurt_ical_import_read:
 *
 * Like buurt_ical_import_read_bytes(), reading @file first.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error set
 */
BuurtIcalImport *
buurt_ical_import_read (BuurtDatabase *database,
                        GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                     "%s", local_error->message);
      return NULL;
    }

  return buurt_ical_import_read_bytes (database, file, bytes, cancellable, error);
}

GFile *
buurt_ical_import_get_file (BuurtIcalImport *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), NULL);

  return self->file;
}

const char *
buurt_ical_import_get_source (BuurtIcalImport *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), NULL);

  return self->source;
}

guint
buurt_ical_import_get_n_items (BuurtIcalImport *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), 0);

  return self->items->len;
}

/**
 * buurt_ical_import_get_item:
 *
 * Returns: (transfer none): the item at @position; the caller may change
 *   its chosen field
 */
BuurtIcalItem *
buurt_ical_import_get_item (BuurtIcalImport *self,
                            guint            position)
{
  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

guint
buurt_ical_import_count (BuurtIcalImport   *self,
                         BuurtIcalItemKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    n += ((BuurtIcalItem *) g_ptr_array_index (self->items, i))->kind == kind;

  return n;
}

/**
 * buurt_ical_import_has_anything:
 *
 * Returns: whether the file holds one event the app can take
 */
gboolean
buurt_ical_import_has_anything (BuurtIcalImport *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (self->items, i);

      if (item->kind != BUURT_ICAL_ITEM_REFUSED && item->kind != BUURT_ICAL_ITEM_GONE)
        return TRUE;
    }

  return FALSE;
}

/**
 * buurt_ical_import_list_problems:
 *
 * Returns: (transfer full) (nullable): the refused items, one
 *   "FILE:LINE: what is wrong" a line, or %NULL when none was refused
 */
char *
buurt_ical_import_list_problems (BuurtIcalImport *self)
{
  GString *text = NULL;

  g_return_val_if_fail (BUURT_IS_ICAL_IMPORT (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (self->items, i);

      if (item->problem == NULL)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", item->problem);
    }

  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

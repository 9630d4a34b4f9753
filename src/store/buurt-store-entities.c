/* buurt-store-entities.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

static const char *count_occurrences_sql =
  "SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id "
  "WHERE a.deleted_at IS NULL";


/*
 * Reading and writing entities. Each table has its statements written out
 * below; a statement's named parameters (":room_id") and result columns
 * (room_id) are matched to the entity's properties ("room-id"), so one binder
 * serves every table and no SQL is ever built from text at run time.
 * References are id columns where 0 means none (nullif (:x, 0) in the SQL).
 */

static char *
column_to_property (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

/* Binds every named parameter of @stmt to the property of the same name. */
static void
bind_entity (sqlite3_stmt *stmt,
             BuurtEntity  *entity)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  int n = sqlite3_bind_parameter_count (stmt);

  for (int i = 1; i <= n; i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);
      g_autofree char *property = column_to_property (name + 1);
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type;

      if (pspec == NULL)
        {
          g_critical ("%s has no property for parameter %s", G_OBJECT_TYPE_NAME (entity), name);
          continue;
        }

      type = pspec->value_type;
      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (entity), property, &value);

      if (type == G_TYPE_STRING)
        {
          const char *text = g_value_get_string (&value);

          if (text != NULL)
            sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i);
        }
      else if (type == G_TYPE_INT64)
        sqlite3_bind_int64 (stmt, i, g_value_get_int64 (&value));
      else if (type == G_TYPE_BOOLEAN)
        sqlite3_bind_int (stmt, i, g_value_get_boolean (&value) ? 1 : 0);
      else if (G_TYPE_IS_ENUM (type))
        sqlite3_bind_text (stmt, i, buurt_store_enum_word (type, g_value_get_enum (&value)),
                           -1, g_free);
      else if (G_TYPE_IS_FLAGS (type))
        sqlite3_bind_int64 (stmt, i, g_value_get_flags (&value));
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (&value);
          g_autofree char *text = dt != NULL ? buurt_format_utc (dt) : NULL;

          if (text != NULL)
            sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i);
        }
      else
        g_critical ("Cannot bind a %s", g_type_name (type));
    }
}

/* Sets each property of @entity from the result column of the same name. */
static void
read_entity (sqlite3_stmt *stmt,
             BuurtEntity  *entity)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  int n = sqlite3_column_count (stmt);

  g_object_freeze_notify (G_OBJECT (entity));

  for (int i = 0; i < n; i++)
    {
      g_autofree char *property = column_to_property (sqlite3_column_name (stmt, i));
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      gboolean is_null = sqlite3_column_type (stmt, i) == SQLITE_NULL;
      const char *text = (const char *) sqlite3_column_text (stmt, i);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type;

      g_assert (pspec != NULL);
      type = pspec->value_type;
      g_value_init (&value, type);

      if (is_null)
        g_param_value_set_default (pspec, &value);
      else if (type == G_TYPE_STRING)
        g_value_set_string (&value, text);
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, sqlite3_column_int64 (stmt, i));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, sqlite3_column_int (stmt, i) != 0);
      else if (G_TYPE_IS_ENUM (type))
        {
          int word_value;

          if (buurt_enum_from_word (type, text, &word_value))
            g_value_set_enum (&value, word_value);
          else
            g_param_value_set_default (pspec, &value);
        }
      else if (G_TYPE_IS_FLAGS (type))
        g_value_set_flags (&value, sqlite3_column_int (stmt, i));
      else if (type == G_TYPE_DATE_TIME)
        g_value_take_boxed (&value, buurt_parse_utc (text));

      g_object_set_property (G_OBJECT (entity), property, &value);
    }

  g_object_thaw_notify (G_OBJECT (entity));
}

static gboolean
exists (BuurtStore  *self,
        const char  *table,
        gint64       id,
        GError     **error)
{
  const BuurtTableSpec *spec = buurt_store_spec_for_table (table);
  sqlite3_stmt *stmt = buurt_store_prepare (self, spec->exists_sql, error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/* A reference to a row that is not there gets a message naming it. */
static gboolean
check_references (BuurtStore   *self,
                  BuurtEntity  *entity,
                  GError      **error)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);

  for (guint i = 0; i < buurt_store_n_references; i++)
    {
      g_autofree char *property = column_to_property (buurt_store_references[i].column);
      gint64 id;

      if (g_object_class_find_property (klass, property) == NULL)
        continue;

      id = buurt_entity_get_int (entity, property);
      if (id != 0 && !exists (self, buurt_store_references[i].table, id, NULL))
        {
          g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                               _(buurt_store_references[i].message));
          return FALSE;
        }
    }

  return TRUE;
}

typedef struct
{
  BuurtEntity *entity;
  const char  *sql;
  gboolean     undelete;
} WriteData;

static gboolean
write_entity (BuurtStore  *self,
              gpointer     user_data,
              GError     **error)
{
  WriteData *data = user_data;
  sqlite3_stmt *stmt = buurt_store_prepare (self, data->sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;

  bind_entity (stmt, data->entity);
  if (!buurt_store_step_done (self, stmt, &local_error))
    {
      /* A uniqueness rule counts only rows that are not deleted, so the same
       * row may have been added again while this one was deleted. */
      if (data->undelete &&
          sqlite3_extended_errcode (buurt_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                             _("This cannot come back: the same was added again after it was deleted."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (sqlite3_changes (buurt_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This is no longer in the agenda."));
      return FALSE;
    }

  if (buurt_entity_get_id (data->entity) == 0)
    {
      buurt_entity_set_id (data->entity, sqlite3_last_insert_rowid (buurt_store_get_db (self)));
      buurt_store_remember_new (self, data->entity);
    }

  if (BUURT_IS_ACTIVITY (data->entity))
    return buurt_store_rebuild_occurrences (self, BUURT_ACTIVITY (data->entity), error) &&
           buurt_store_index_activity (self, buurt_entity_get_id (data->entity), error);

  /* An override or a closure changes the occurrence rows it reaches. */
  if (BUURT_IS_OCCURRENCE_OVERRIDE (data->entity) || BUURT_IS_CLOSURE (data->entity))
    return buurt_store_write_series_entity (self, data->entity, error);

  return buurt_store_index_named_by (self, buurt_entity_get_table (data->entity),
                                     buurt_entity_get_id (data->entity), error);
}

static gboolean
write_in_transaction (BuurtStore   *self,
                      BuurtEntity  *entity,
                      const char   *sql,
                      gboolean      undelete,
                      GError      **error)
{
  WriteData data = { entity, sql, undelete };
  gint64 old_id = buurt_entity_get_id (entity);

  if (buurt_store_transaction (self, write_entity, &data, error))
    {
      buurt_store_emit_changed (self, buurt_entity_get_table (entity));
      return TRUE;
    }

  /* Nothing was written: give the entity back its old id. */
  buurt_entity_set_id (entity, old_id);
  return FALSE;
}

/**
 * buurt_store_save:
 * @entity: a new entity (id 0) or one read from this store
 *
 * Validates @entity, checks that what it refers to exists, and writes it in
 * one transaction. A new entity gets its id, uuid and created-at; every save
 * sets modified-at. Saving an activity also rebuilds its occurrences.
 *
 * Returns: %TRUE on success; otherwise @error says what is wrong in words a
 *   volunteer understands, and nothing was changed
 */
gboolean
buurt_store_save (BuurtStore   *self,
                  BuurtEntity  *entity,
                  GError      **error)
{
  const BuurtTableSpec *spec;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) old_modified = NULL;
  g_autoptr(GDateTime) old_created = NULL;
  g_autofree char *old_uuid = NULL;
  gboolean is_new;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  spec = buurt_store_spec_for_type (G_OBJECT_TYPE (entity));
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!buurt_entity_validate (entity, error) || !check_references (self, entity, error))
    return FALSE;

  is_new = buurt_entity_get_id (entity) == 0;
  now = g_date_time_new_now_utc ();
  old_uuid = g_strdup (buurt_entity_get_uuid (entity));
  old_modified = buurt_entity_get_modified_at (entity) ? g_date_time_ref (buurt_entity_get_modified_at (entity)) : NULL;
  old_created = buurt_entity_get_created_at (entity) ? g_date_time_ref (buurt_entity_get_created_at (entity)) : NULL;

  if (is_new && old_uuid == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_object_set (entity, "uuid", uuid, NULL);
    }
  if (is_new && old_created == NULL)
    g_object_set (entity, "created-at", now, NULL);
  g_object_set (entity, "modified-at", now, NULL);

  if (write_in_transaction (self, entity, is_new ? spec->insert_sql : spec->update_sql, FALSE, error))
    return TRUE;

  g_object_set (entity,
                "uuid", old_uuid,
                "created-at", old_created,
                "modified-at", old_modified,
                NULL);
  return FALSE;
}

static gboolean
set_deleted (BuurtStore   *self,
             BuurtEntity  *entity,
             gboolean      deleted,
             GError      **error)
{
  const BuurtTableSpec *spec = buurt_store_spec_for_type (G_OBJECT_TYPE (entity));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) old_deleted = NULL;
  g_autoptr(GDateTime) old_modified = NULL;

  g_return_val_if_fail (spec != NULL, FALSE);

  if (buurt_entity_get_id (entity) == 0)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This was never saved, so there is nothing to delete."));
      return FALSE;
    }

  if (!deleted && !check_references (self, entity, error))
    return FALSE;

  if (buurt_entity_get_deleted_at (entity) != NULL)
    old_deleted = g_date_time_ref (buurt_entity_get_deleted_at (entity));
  if (buurt_entity_get_modified_at (entity) != NULL)
    old_modified = g_date_time_ref (buurt_entity_get_modified_at (entity));

  g_object_set (entity,
                "deleted-at", deleted ? now : NULL,
                "modified-at", now,
                NULL);

  if (write_in_transaction (self, entity, deleted ? spec->delete_sql : spec->update_sql,
                            !deleted, error))
    return TRUE;

  g_object_set (entity, "deleted-at", old_deleted, "modified-at", old_modified, NULL);
  return FALSE;
}

/**
 * buurt_store_delete:
 * @entity: a saved entity
 *
 * Marks @entity deleted (a tombstone that can travel to another desk); it no
 * longer shows anywhere. buurt_store_undelete() brings it back.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_delete (BuurtStore   *self,
                    BuurtEntity  *entity,
                    GError      **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, TRUE, error);
}

/**
 * buurt_store_undelete:
 * @entity: an entity deleted with buurt_store_delete()
 *
 * Undoes a deletion.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_undelete (BuurtStore   *self,
                      BuurtEntity  *entity,
                      GError      **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, FALSE, error);
}

/**
 * buurt_store_load:
 * @entity_type: an entity type, such as %BUURT_TYPE_VENUE
 * @id: its id
 *
 * Returns: (transfer full) (nullable): the entity, also when deleted, or
 *   %NULL with @error set when there is no such row
 */
gpointer
buurt_store_load (BuurtStore  *self,
                  GType        entity_type,
                  gint64       id,
                  GError     **error)
{
  const BuurtTableSpec *spec;
  g_autoptr(BuurtEntity) entity = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  spec = buurt_store_spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, NULL);

  stmt = buurt_store_prepare (self, spec->select_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This is no longer in the agenda."));
      return NULL;
    }

  entity = g_object_new (entity_type, NULL);
  read_entity (stmt, entity);
  sqlite3_reset (stmt);

  return g_steal_pointer (&entity);
}

/**
 * buurt_store_list:
 * @entity_type: an entity type; for activities, mind that there may be
 *   many thousands
 *
 * Returns: (transfer full) (nullable): a #GListModel of all entities of
 *   @entity_type that are not deleted, by name or date
 */
GListModel *
buurt_store_list (BuurtStore  *self,
                  GType        entity_type,
                  GError     **error)
{
  const BuurtTableSpec *spec;
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  spec = buurt_store_spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, NULL);

  stmt = buurt_store_prepare (self, spec->list_sql, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (entity_type);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BuurtEntity) entity = g_object_new (entity_type, NULL);

      read_entity (stmt, entity);
      g_list_store_append (list, entity);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Returns: the count, or -1 with @error set when it could not be read */
static gint64
count (BuurtStore  *self,
       const char  *sql,
       GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, sql, error);
  gint64 n = -1;
  int rc;

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

/**
 * buurt_store_count:
 * @entity_type: an entity type
 *
 * Returns: how many entities of @entity_type are not deleted, or -1 with
 *   @error set when the database could not be read
 */
gint64
buurt_store_count (BuurtStore  *self,
                   GType        entity_type,
                   GError     **error)
{
  const BuurtTableSpec *spec;

  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  spec = buurt_store_spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, -1);

  return count (self, spec->count_sql, error);
}

/**
 * buurt_store_count_occurrences:
 *
 * Returns: how many dates of activities that are not deleted there are, or
 *   -1 with @error set when the database could not be read
 */
gint64
buurt_store_count_occurrences (BuurtStore  *self,
                               GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), -1);

  return count (self, count_occurrences_sql, error);
}

/**
 * buurt_store_is_empty:
 * @empty: (out): whether nothing has been entered at all
 *
 * Returns: %FALSE with @error set when the database could not be read (and
 *   @empty is then %FALSE): a read error is never taken for an empty agenda
 */
gboolean
buurt_store_is_empty (BuurtStore  *self,
                      gboolean    *empty,
                      GError     **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);

  *empty = FALSE;
  for (guint i = 0; i < buurt_store_n_tables; i++)
    {
      gint64 n = count (self, buurt_store_tables[i].count_sql, error);

      if (n < 0)
        return FALSE;
      if (n > 0)
        return TRUE;
    }

  *empty = TRUE;
  return TRUE;
}

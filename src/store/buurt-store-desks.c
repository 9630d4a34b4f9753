/* buurt-store-desks.c: the rows of every table as they travel between desks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-store-desks.h"
#include "buurt-store-private.h"

/*
 * The desk exchange reads and writes every table of the store's table specs
 * without knowing them: the columns, their defaults and the references come
 * from the schema (PRAGMA table_info, PRAGMA foreign_key_list), so a table a
 * later migration adds travels as soon as it is in buurt_store_tables[].
 * The statements are built once per table from those names (quoted as
 * identifiers; every value is bound) and kept with the store.
 *
 * A row's content is stamped with this desk's next change counter when it no
 * longer matches the checksum noted at its last version: edits in the window,
 * on the command line or by any other code need no bookkeeping of their own
 * (triggers note which rows were written: buurt-store-desk-dirty.c).
 */

typedef struct
{
  char         *table;
  GPtrArray    *columns;     /* names, all but id and uuid, sorted */
  GPtrArray    *references;  /* per column: the table it points into, or NULL */
  sqlite3_stmt *select_all;
  sqlite3_stmt *select_one;
  sqlite3_stmt *write;       /* insert or update, by uuid */
  sqlite3_stmt *id_for_uuid;
  sqlite3_stmt *uuid_for_id;
} TableInfo;

typedef struct
{
  GHashTable *tables;        /* name → TableInfo */
  GPtrArray  *order;         /* table names, referenced tables first */
} DeskCache;

/**
 * buurt_store_quote:
 * @mark: '"' for an identifier, '\'' for a string literal
 *
 * Returns: (transfer full): @text quoted for SQL, for the statements built
 *   once from the schema's own names
 */
char *
buurt_store_quote (const char *text,
                   char        mark)
{
  g_autoptr(GString) quoted = g_string_new (NULL);

  g_string_append_c (quoted, mark);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == mark)
        g_string_append_c (quoted, mark);
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, mark);
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

static void
table_info_free (gpointer data)
{
  TableInfo *info = data;

  g_free (info->table);
  g_ptr_array_unref (info->columns);
  g_ptr_array_unref (info->references);
  sqlite3_finalize (info->select_all);
  sqlite3_finalize (info->select_one);
  sqlite3_finalize (info->write);
  sqlite3_finalize (info->id_for_uuid);
  sqlite3_finalize (info->uuid_for_id);
  g_free (info);
}

static void
desk_cache_free (gpointer data)
{
  DeskCache *cache = data;

  g_hash_table_unref (cache->tables);
  g_ptr_array_unref (cache->order);
  g_free (cache);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static sqlite3_stmt *
prepare (BuurtStore  *self,
         const char  *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (buurt_store_get_db (self), sql, -1, SQLITE_PREPARE_PERSISTENT,
                          &stmt, NULL) != SQLITE_OK)
    g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (buurt_store_get_db (self)));
  return stmt;
}

/* The columns, defaults and references of @table, and its statements. */
static TableInfo *
table_info_new (BuurtStore *self,
                const char *table)
{
  TableInfo *info = g_new0 (TableInfo, 1);
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) select = g_string_new ("SELECT t.uuid");
  g_autoptr(GString) insert_columns = g_string_new ("uuid");
  g_autoptr(GString) insert_values = g_string_new ("?1");
  g_autoptr(GString) update = g_string_new (NULL);
  g_autofree char *qtable = buurt_store_quote (table, '"');
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  info->table = g_strdup (table);
  info->columns = g_ptr_array_new_with_free_func (g_free);
  info->references = g_ptr_array_new_with_free_func (g_free);

  /* PRAGMA functions take the table as a bound value. */
  stmt = prepare (self, "SELECT name, dflt_value FROM pragma_table_info (?1)");
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (g_str_equal (name, "id") || g_str_equal (name, "uuid"))
        continue;
      g_ptr_array_add (info->columns, g_strdup (name));
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        g_hash_table_insert (defaults, g_strdup (name),
                             g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_sort (info->columns, compare_names);

  stmt = prepare (self, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list (?1)");
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (targets, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  /* Writing binds two values per column: whether the file has it, and its
   * value. A column the file lacks (it comes from an older version) keeps
   * what the row has, or gets the column's default in a new row. */
  for (guint i = 0; i < info->columns->len; i++)
    {
      const char *column = g_ptr_array_index (info->columns, i);
      const char *target = g_hash_table_lookup (targets, column);
      const char *dflt = g_hash_table_lookup (defaults, column);
      g_autofree char *qcolumn = buurt_store_quote (column, '"');
      guint has = 2 + 2 * i, value = 3 + 2 * i;

      g_ptr_array_add (info->references, g_strdup (target));
      if (target != NULL)
        {
          g_autofree char *qtarget = buurt_store_quote (target, '"');

          g_string_append_printf (select, ", (SELECT uuid FROM %s WHERE id = t.%s)", qtarget, qcolumn);
        }
      else
        g_string_append_printf (select, ", t.%s", qcolumn);

      g_string_append_printf (insert_columns, ", %s", qcolumn);
      g_string_append_printf (insert_values, ", CASE WHEN ?%u THEN ?%u ELSE %s END",
                              has, value, dflt != NULL ? dflt : "NULL");
      g_string_append_printf (update, "%s%s = CASE WHEN ?%u THEN ?%u ELSE %s.%s END",
                              i > 0 ? ", " : "", qcolumn, has, value, qtable, qcolumn);
    }

  /* With the version this desk noted, in the same step. */
  sql = g_strdup_printf ("%s, r.version, r.changed_by FROM %s t LEFT JOIN desk_record r "
                         "ON r.table_name = ?1 AND r.uuid = t.uuid ORDER BY t.uuid",
                         select->str, qtable);
  info->select_all = prepare (self, sql);
  g_free (sql);
  sql = g_strdup_printf ("%s FROM %s t WHERE t.uuid = ?1", select->str, qtable);
  info->select_one = prepare (self, sql);
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (uuid) DO UPDATE SET %s",
                         qtable, insert_columns->str, insert_values->str, update->str);
  info->write = prepare (self, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", qtable);
  info->id_for_uuid = prepare (self, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1", qtable);
  info->uuid_for_id = prepare (self, sql);

  return info;
}

static DeskCache *
get_cache (BuurtStore *self)
{
  DeskCache *cache = g_object_get_data (G_OBJECT (self), "buurt-desk-cache");
  g_autoptr(GPtrArray) pending = NULL;

  if (cache != NULL)
    return cache;

  cache = g_new0 (DeskCache, 1);
  cache->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, table_info_free);
  cache->order = g_ptr_array_new ();
  for (guint i = 0; i < buurt_store_n_tables; i++)
    {
      TableInfo *info = table_info_new (self, buurt_store_tables[i].table);

      g_hash_table_insert (cache->tables, info->table, info);
    }

  /* Referenced tables first, so a row's references are there when it is
   * written; otherwise in the order of the table specs. */
  pending = g_ptr_array_new ();
  for (guint i = 0; i < buurt_store_n_tables; i++)
    g_ptr_array_add (pending, g_hash_table_lookup (cache->tables, buurt_store_tables[i].table));
  while (pending->len > 0)
    {
      guint before = pending->len;

      for (guint i = 0; i < pending->len; i++)
        {
          TableInfo *info = g_ptr_array_index (pending, i);
          gboolean ready = TRUE;

          for (guint j = 0; j < info->references->len && ready; j++)
            {
              const char *target = g_ptr_array_index (info->references, j);

              for (guint k = 0; target != NULL && k < pending->len; k++)
                if (k != i && g_str_equal (((TableInfo *) g_ptr_array_index (pending, k))->table, target))
                  ready = FALSE;
            }
          if (ready)
            {
              g_ptr_array_add (cache->order, info->table);
              g_ptr_array_remove_index (pending, i);
              break;
            }
        }
      /* A cycle: the rest in spec order. */
      if (pending->len == before)
        {
          for (guint i = 0; i < pending->len; i++)
            g_ptr_array_add (cache->order, ((TableInfo *) g_ptr_array_index (pending, i))->table);
          g_ptr_array_set_size (pending, 0);
        }
    }
  g_ptr_array_add (cache->order, NULL);

  g_object_set_data_full (G_OBJECT (self), "buurt-desk-cache", cache, desk_cache_free);
  return cache;
}

static TableInfo *
get_table (BuurtStore  *self,
           const char  *table,
           GError     **error)
{
  TableInfo *info = g_hash_table_lookup (get_cache (self)->tables, table);

  if (info == NULL)
    g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                 /* Translators: %s is the name of a table, such as “activity” */
                 _("There is no table “%s” in this agenda."), table);
  return info;
}

/* The row @stmt is on, as it travels (column 0 is the uuid). */
static GVariant *
read_fields (TableInfo    *info,
             sqlite3_stmt *stmt)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; i < info->columns->len; i++)
    {
      int col = i + 1;
      GVariant *value;

      switch (sqlite3_column_type (stmt, col))
        {
        case SQLITE_INTEGER:
          value = g_variant_new_int64 (sqlite3_column_int64 (stmt, col));
          break;
        case SQLITE_FLOAT:
          value = g_variant_new_double (sqlite3_column_double (stmt, col));
          break;
        case SQLITE_NULL:
          value = g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL);
          break;
        default:
          value = g_variant_new_string ((const char *) sqlite3_column_text (stmt, col));
          break;
        }
      g_variant_builder_add (&builder, "{sv}", g_ptr_array_index (info->columns, i), value);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * buurt_store_desk_tables:
 *
 * Returns: (transfer none): the tables that travel between desks, each after
 *   the tables it refers to, %NULL-terminated
 */
const char *const *
buurt_store_desk_tables (BuurtStore *self)
{
  return (const char *const *) get_cache (self)->order->pdata;
}

/**
 * buurt_store_desk_is_reference:
 *
 * Returns: whether @column of @table holds a reference (a uuid as it travels)
 */
gboolean
buurt_store_desk_is_reference (BuurtStore *self,
                               const char *table,
                               const char *column)
{
  TableInfo *info = get_table (self, table, NULL);

  for (guint i = 0; info != NULL && i < info->columns->len; i++)
    if (g_str_equal (g_ptr_array_index (info->columns, i), column))
      return g_ptr_array_index (info->references, i) != NULL;

  return FALSE;
}

/**
 * buurt_store_desk_checksum_fields:
 *
 * Returns: (transfer full): a checksum of a row's content, the same on every
 *   desk for the same content
 */
char *
buurt_store_desk_checksum_fields (GVariant *fields)
{
  g_autoptr(GVariant) normal = g_variant_get_normal_form (fields);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA1, g_variant_get_data (normal),
                                      g_variant_get_size (normal));
}

/**
 * buurt_store_desk_foreach:
 *
 * Calls @func for every row of @table, deleted ones (tombstones) too, in
 * uuid order, with its version as this desk noted it.
 *
 * Returns: %FALSE when reading failed or @func did
 */
gboolean
buurt_store_desk_foreach (BuurtStore        *self,
                          const char        *table,
                          BuurtDeskRowFunc   func,
                          gpointer           user_data,
                          GError           **error)
{
  TableInfo *info = get_table (self, table, error);
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int version_column;
  int rc;

  if (info == NULL)
    return FALSE;

  stmt = info->select_all;
  version_column = info->columns->len + 1;
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GVariant) fields = read_fields (info, stmt);
      g_autofree char *uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *version = g_strdup ((const char *) sqlite3_column_text (stmt, version_column));
      g_autofree char *changed_by = g_strdup ((const char *) sqlite3_column_text (stmt, version_column + 1));

      /* Copied: the function may write desk_record, which this statement reads. */
      ok = func (table, uuid, fields, version, changed_by, user_data, error);
    }
  if (ok && rc != SQLITE_DONE)
    {
      buurt_store_set_read_error (self, rc, error);
      ok = FALSE;
    }
  sqlite3_reset (stmt);

  return ok;
}

/**
 * buurt_store_desk_lookup:
 * @fields: (out) (optional) (nullable): the row, %NULL when it is not here
 * @version: (out) (optional) (nullable): its noted version
 *
 * Returns: %FALSE with @error set when reading failed
 */
gboolean
buurt_store_desk_lookup (BuurtStore  *self,
                         const char  *table,
                         const char  *uuid,
                         GVariant   **fields,
                         char       **version,
                         GError     **error)
{
  TableInfo *info = get_table (self, table, error);
  sqlite3_stmt *stmt;
  int rc;

  if (info == NULL)
    return FALSE;

  if (fields != NULL)
    {
      *fields = NULL;
      stmt = info->select_one;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *fields = read_fields (info, stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          buurt_store_set_read_error (self, rc, error);
          return FALSE;
        }
    }

  if (version != NULL)
    {
      *version = NULL;
      stmt = buurt_store_prepare (self,
                                  "SELECT version FROM desk_record "
                                  "WHERE table_name = :table AND uuid = :uuid", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        *version = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gint64
lookup_id (TableInfo  *info,
           const char *uuid)
{
  gint64 id = 0;

  sqlite3_reset (info->id_for_uuid);
  sqlite3_bind_text (info->id_for_uuid, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (info->id_for_uuid) == SQLITE_ROW)
    id = sqlite3_column_int64 (info->id_for_uuid, 0);
  sqlite3_reset (info->id_for_uuid);
  return id;
}

/* What is derived from a row that was written: an activity's dates and
 * search text, the search text of the activities a venue, room or contact
 * names, the dates of an activity a row of another table belongs to (a
 * series' overrides), and the dates a closure cancels. Noted only, so that
 * each is rebuilt once however many of its rows a file brings. */
static gboolean
note_derived (BuurtStore        *self,
              TableInfo         *info,
              gint64             id,
              GVariant          *fields,
              BuurtDeskDerived  *derived,
              GError           **error)
{
  g_autoptr(GArray) named = NULL;
  const char *activity_uuid = NULL;

  if (g_str_equal (info->table, "activity"))
    {
      buurt_store_desk_derived_add (derived, BUURT_DESK_DERIVED_REBUILD, id);
      return TRUE;
    }
  if (g_str_equal (info->table, "closure"))
    {
      buurt_store_desk_derived_add (derived, BUURT_DESK_DERIVED_CLOSURE, id);
      return TRUE;
    }

  named = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!buurt_store_activities_named_by (self, info->table, id, named, error))
    return FALSE;
  for (guint i = 0; i < named->len; i++)
    buurt_store_desk_derived_add (derived, BUURT_DESK_DERIVED_INDEX, g_array_index (named, gint64, i));

  for (guint i = 0; i < info->columns->len; i++)
    if (g_strcmp0 (g_ptr_array_index (info->references, i), "activity") == 0)
      g_variant_lookup (fields, g_ptr_array_index (info->columns, i), "&s", &activity_uuid);
  if (activity_uuid != NULL)
    {
      gint64 activity_id = lookup_id (g_hash_table_lookup (get_cache (self)->tables, "activity"),
                                      activity_uuid);

      if (activity_id != 0)
        buurt_store_desk_derived_add (derived, BUURT_DESK_DERIVED_REBUILD, activity_id);
    }

  return TRUE;
}

/**
 * buurt_store_desk_write_later:
 * @fields: the row as it travels; columns it lacks keep their value
 * @derived: where what is derived from the row is noted, to be rebuilt by
 *   buurt_store_desk_refresh_derived() before the transaction ends
 *
 * Inserts or updates the row @uuid of @table, references resolved to this
 * desk's ids. Call it in a transaction.
 *
 * Returns: %FALSE with @error set (naming a reference that is not here) when
 *   it could not be written
 */
gboolean
buurt_store_desk_write_later (BuurtStore        *self,
                              const char        *table,
                              const char        *uuid,
                              GVariant          *fields,
                              BuurtDeskDerived  *derived,
                              GError           **error)
{
  TableInfo *info = get_table (self, table, error);
  sqlite3_stmt *stmt;
  gint64 id;

  if (info == NULL)
    return FALSE;

  stmt = info->write;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < info->columns->len; i++)
    {
      const char *column = g_ptr_array_index (info->columns, i);
      const char *target = g_ptr_array_index (info->references, i);
      g_autoptr(GVariant) value = g_variant_lookup_value (fields, column, NULL);
      int has = 2 + 2 * i, at = 3 + 2 * i;

      sqlite3_bind_int (stmt, has, value != NULL);
      if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
        sqlite3_bind_null (stmt, at);
      else if (target != NULL)
        {
          TableInfo *target_info = g_hash_table_lookup (get_cache (self)->tables, target);
          const char *ref = g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
                              ? g_variant_get_string (value, NULL) : "";
          gint64 ref_id = target_info != NULL ? lookup_id (target_info, ref) : 0;

          if (ref_id == 0)
            {
              g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           /* Translators: “%s” are a column, a table and a record id */
                           _("its “%s” refers to a record of “%s” (%s) that is neither in the file nor in this agenda"),
                           column, target, ref);
              sqlite3_reset (stmt);
              return FALSE;
            }
          sqlite3_bind_int64 (stmt, at, ref_id);
        }
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        sqlite3_bind_int64 (stmt, at, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        sqlite3_bind_double (stmt, at, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        sqlite3_bind_text (stmt, at, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        sqlite3_bind_int (stmt, at, g_variant_get_boolean (value));
      else
        sqlite3_bind_null (stmt, at);
    }

  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  id = lookup_id (info, uuid);
  buurt_store_emit_changed (self, table);
  return note_derived (self, info, id, fields, derived, error);
}

/**
 * buurt_store_desk_write:
 *
 * buurt_store_desk_write_later() with what is derived from the row rebuilt
 * at once. Call it in a transaction.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_write (BuurtStore  *self,
                        const char  *table,
                        const char  *uuid,
                        GVariant    *fields,
                        GError     **error)
{
  g_autoptr(BuurtDeskDerived) derived = buurt_store_desk_derived_new ();

  return buurt_store_desk_write_later (self, table, uuid, fields, derived, error) &&
         buurt_store_desk_refresh_derived (self, derived, NULL, error);
}

/**
 * buurt_store_desk_set_record:
 * @fields: the row's content at @version, as it is now, for its checksum
 *
 * Notes the version of a row and the desk that made it.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_store_desk_set_record (BuurtStore  *self,
                             const char  *table,
                             const char  *uuid,
                             const char  *version,
                             const char  *changed_by,
                             GVariant    *fields,
                             GError     **error)
{
  g_autofree char *checksum = buurt_store_desk_checksum_fields (fields);
  TableInfo *info;
  sqlite3_stmt *stmt;

  stmt = buurt_store_prepare (self,
                              "INSERT OR REPLACE INTO desk_record "
                              "(table_name, uuid, version, changed_by, checksum) "
                              "VALUES (:table, :uuid, :version, :changed_by, :checksum)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, version, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, changed_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, checksum, -1, SQLITE_TRANSIENT);
  if (!buurt_store_step_done (self, stmt, error) ||
      !buurt_store_desk_note_version_parts (self, table, uuid, version, error))
    return FALSE;

  /* @fields with every column is the row as it is now: the next stamp need
   * not read it again (a row written later is noted again). */
  info = get_table (self, table, NULL);
  if (info == NULL || g_variant_n_children (fields) != info->columns->len)
    return TRUE;
  stmt = buurt_store_prepare (self,
                              "DELETE FROM desk_dirty WHERE table_name = :table AND uuid = :uuid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  return buurt_store_step_done (self, stmt, error);
}

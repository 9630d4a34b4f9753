/* buurt-desk-file.c: the exchange file between desks, in JSON
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "buurt-desk-private.h"
#include "buurt-exchange-error.h"

/*
 * The file, one record per line so a message can name the line:
 *
 *   {"format": "buurtagenda-desks", "format_version": 1, "schema_version": 4,
 *    "desk": {"id": "…", "name": "Balie MFC"}, "knowledge": {"desk-id": 12, …},
 *    "records": [
 *   {"table": "activity", "uuid": "…", "version": {"desk-id": 12}, "changed_by": "desk-id",
 *    "fields": {"title": "Koffieochtend", "room_id": "uuid of the room", "deleted_at": null, …}},
 *   …
 *   ]}
 *
 * "version" is the record's version vector, "knowledge" the highest change
 * counter of each desk the writing desk has seen; references are uuids.
 */

#define FORMAT_NAME "buurtagenda-desks"

void
buurt_desk_change_free (BuurtDeskChange *change)
{
  g_free (change->table);
  g_free (change->uuid);
  g_clear_pointer (&change->mine, g_variant_unref);
  g_clear_pointer (&change->theirs, g_variant_unref);
  g_free (change->version);
  g_free (change->changed_by);
  g_free (change);
}

void
buurt_desk_file_free (BuurtDeskFile *desk_file)
{
  g_clear_object (&desk_file->file);
  g_free (desk_file->desk_id);
  g_free (desk_file->desk_name);
  g_free (desk_file->knowledge);
  g_clear_pointer (&desk_file->records, g_ptr_array_unref);
  g_free (desk_file);
}

static JsonNode *
version_to_json (const char *version)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_auto(GStrv) desks = buurt_desk_version_desks (version);

  json_builder_begin_object (builder);
  for (guint i = 0; desks[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, desks[i]);
      json_builder_add_int_value (builder, buurt_desk_version_get (version, desks[i]));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
version_from_json (JsonNode *node)
{
  g_autofree char *version = g_strdup ("");
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      char *next;

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64 ||
          json_node_get_int (value) < 1 || strchr (l->data, ':') != NULL || strchr (l->data, ';') != NULL)
        return NULL;
      next = buurt_desk_version_set (version, l->data, json_node_get_int (value));
      g_free (version);
      version = next;
    }

  return g_steal_pointer (&version);
}

static JsonNode *
fields_to_json (GVariant *fields)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GVariantIter iter;
  const char *name;
  GVariant *value;

  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &value))
    {
      json_builder_set_member_name (builder, name);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        json_builder_add_int_value (builder, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        json_builder_add_double_value (builder, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The fields of a record, sorted as the store reads them; NULL when a value
 * is not a number, a string or null. */
static GVariant *
fields_from_json (JsonNode *node)
{
  GVariantBuilder builder;
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  members = g_list_sort (json_object_get_members (object), (GCompareFunc) strcmp);
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      GVariant *variant = NULL;

      if (JSON_NODE_HOLDS_NULL (value))
        variant = g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL);
      else if (JSON_NODE_HOLDS_VALUE (value))
        switch (json_node_get_value_type (value))
          {
          case G_TYPE_INT64:
            variant = g_variant_new_int64 (json_node_get_int (value));
            break;
          case G_TYPE_DOUBLE:
            variant = g_variant_new_double (json_node_get_double (value));
            break;
          case G_TYPE_BOOLEAN:
            variant = g_variant_new_int64 (json_node_get_boolean (value));
            break;
          case G_TYPE_STRING:
            variant = g_variant_new_string (json_node_get_string (value));
            break;
          default:
            break;
          }
      if (variant == NULL)
        {
          g_variant_builder_clear (&builder);
          return NULL;
        }
      g_variant_builder_add (&builder, "{sv}", l->data, variant);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

typedef struct
{
  GString    *out;
  const char *since;
  guint       n_records;
} Writer;

static gboolean
write_row (const char  *table,
           const char  *uuid,
           GVariant    *fields,
           const char  *version,
           const char  *changed_by,
           gpointer     user_data,
           GError     **error)
{
  Writer *writer = user_data;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  /* Stamped before writing, so every row has a version. */
  if (version == NULL || (writer->since != NULL && buurt_desk_version_covered (version, writer->since)))
    return TRUE;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "table");
  json_builder_add_string_value (builder, table);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, uuid);
  json_builder_set_member_name (builder, "version");
  json_builder_add_value (builder, version_to_json (version));
  json_builder_set_member_name (builder, "changed_by");
  json_builder_add_string_value (builder, changed_by);
  json_builder_set_member_name (builder, "fields");
  json_builder_add_value (builder, fields_to_json (fields));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);
  g_string_append (writer->out, writer->n_records > 0 ? ",\n" : "\n");
  g_string_append (writer->out, text);
  writer->n_records++;
  return TRUE;
}

/**
 * buurt_desk_file_write:
 * @since: (nullable): a desk's knowledge: only what it has not seen is
 *   written; %NULL for everything
 * @n_records: (out) (optional): how many records were written
 *
 * Writes the exchange file of @store's stamped rows (see
 * buurt_store_desk_stamp()); the file is replaced only once it is complete.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_desk_file_write_store (BuurtStore  *store,
                       GFile       *file,
                       const char  *since,
                       guint       *n_records,
                       GError     **error)
{
  const char *const *tables = buurt_store_desk_tables (store);
  g_autofree char *desk_id = NULL;
  g_autofree char *desk_name = NULL;
  g_autofree char *knowledge = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) header = NULL;
  g_autofree char *header_text = NULL;
  g_autoptr(GError) local_error = NULL;
  Writer writer = { NULL, since, 0 };

  if ((desk_id = buurt_store_desk_get_id (store, error)) == NULL ||
      (desk_name = buurt_store_desk_get_name (store, error)) == NULL ||
      (knowledge = buurt_store_desk_get_knowledge (store, error)) == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "format_version");
  json_builder_add_int_value (builder, BUURT_DESK_FILE_VERSION);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, buurt_store_get_schema_version (store));
  json_builder_set_member_name (builder, "desk");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, desk_id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, desk_name);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "knowledge");
  json_builder_add_value (builder, version_to_json (knowledge));
  json_builder_end_object (builder);
  header = json_builder_get_root (builder);
  header_text = json_to_string (header, FALSE);

  /* The header without its closing brace, then the records. */
  writer.out = g_string_new (NULL);
  g_string_append_len (writer.out, header_text, strlen (header_text) - 1);
  g_string_append (writer.out, ",\"records\":[");
  /* What a desk has not seen is found through an index; everything is read
   * table by table. */
  if (since != NULL)
    {
      if (!buurt_store_desk_foreach_since (store, since, write_row, &writer, error))
        {
          g_string_free (writer.out, TRUE);
          return FALSE;
        }
    }
  else
    for (guint t = 0; tables[t] != NULL; t++)
      if (!buurt_store_desk_foreach (store, tables[t], write_row, &writer, error))
        {
          g_string_free (writer.out, TRUE);
          return FALSE;
        }
  g_string_append (writer.out, "\n]}\n");

  if (!g_file_replace_contents (file, writer.out->str, writer.out->len, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   _("It could not be written: %s"), local_error->message);
      g_string_free (writer.out, TRUE);
      return FALSE;
    }

  g_string_free (writer.out, TRUE);
  if (n_records != NULL)
    *n_records = writer.n_records;
  return TRUE;
}

/* The line each element of each array starts on, noted while parsing. */
static void
array_element_cb (JsonParser *parser,
                  JsonArray  *array,
                  int         index_,
                  GHashTable *lines)
{
  GArray *array_lines = g_hash_table_lookup (lines, array);
  guint line = json_parser_get_current_line (parser);

  if (array_lines == NULL)
    {
      array_lines = g_array_new (FALSE, TRUE, sizeof (guint));
      g_hash_table_insert (lines, array, array_lines);
    }
  g_array_set_size (array_lines, MAX ((guint) index_ + 1, array_lines->len));
  g_array_index (array_lines, guint, index_) = line;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gboolean
is_known_table (BuurtStore *store,
                const char *table)
{
  const char *const *tables = buurt_store_desk_tables (store);

  return table != NULL && g_strv_contains (tables, table);
}

/**
 * buurt_desk_file_read:
 *
 * Reads an exchange file and checks it whole: a file that is not one, is cut
 * short, comes from a newer version or holds a broken record is refused
 * with a message naming the file and the line.
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 */
BuurtDeskFile *
buurt_desk_file_read_store (BuurtStore  *store,
                      GFile       *file,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) lines = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(BuurtDeskFile) desk_file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  JsonObject *root, *desk;
  JsonArray *records;
  GArray *record_lines;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   _("It cannot be read: %s"), local_error->message);
      return NULL;
    }

  g_signal_connect (parser, "array-element", G_CALLBACK (array_element_cb), lines);
  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      const char *message = local_error->message;
      guint line = 0, column = 0;
      int consumed = 0;

      /* json-glib says "<data>:LINE:COL: Parse error: …": the line goes in front. */
      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
        message += consumed;
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, line,
                                   _("This is not a complete exchange file (%s). Nothing was changed."),
                                   message);
      return NULL;
    }

  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (g_strcmp0 (get_string (root, "format"), FORMAT_NAME) != 0)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 1,
                                   _("This is not an exchange file from another desk. Nothing was changed."));
      return NULL;
    }
  if (json_object_get_int_member_with_default (root, "format_version", G_MAXINT) > BUURT_DESK_FILE_VERSION ||
      json_object_get_int_member_with_default (root, "schema_version", G_MAXINT) > buurt_store_get_schema_version (store))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNSUPPORTED, file, 1,
                                   _("This file comes from a newer version of Buurtagenda. Update Buurtagenda on this desk first. Nothing was changed."));
      return NULL;
    }

  desk_file = g_new0 (BuurtDeskFile, 1);
  desk_file->file = g_object_ref (file);
  desk_file->schema_version = json_object_get_int_member (root, "schema_version");
  desk = json_object_has_member (root, "desk") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "desk"))
         ? json_object_get_object_member (root, "desk") : NULL;
  desk_file->desk_id = g_strdup (get_string (desk, "id"));
  desk_file->desk_name = g_strdup (get_string (desk, "name"));
  desk_file->knowledge = version_from_json (json_object_get_member (root, "knowledge"));
  records = json_object_has_member (root, "records") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "records"))
            ? json_object_get_array_member (root, "records") : NULL;
  if (desk_file->desk_id == NULL || desk_file->knowledge == NULL || records == NULL)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 1,
                                   _("The file does not say which desk wrote it and what it holds. Nothing was changed."));
      return NULL;
    }

  record_lines = g_hash_table_lookup (lines, records);
  desk_file->records = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_desk_change_free);
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonNode *node = json_array_get_element (records, i);
      JsonObject *record = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autoptr(BuurtDeskChange) change = g_new0 (BuurtDeskChange, 1);
      const char *problem = NULL;

      change->line = record_lines != NULL && i < record_lines->len
                     ? g_array_index (record_lines, guint, i) : 0;
      change->table = g_strdup (get_string (record, "table"));
      change->uuid = g_strdup (get_string (record, "uuid"));
      change->changed_by = g_strdup (get_string (record, "changed_by"));
      change->version = record != NULL ? version_from_json (json_object_get_member (record, "version")) : NULL;
      change->theirs = record != NULL ? fields_from_json (json_object_get_member (record, "fields")) : NULL;

      if (record == NULL)
        problem = _("This record is not an object.");
      else if (!is_known_table (store, change->table))
        problem = _("This record belongs to no table this agenda knows.");
      else if (change->uuid == NULL || strlen (change->uuid) != 36)
        problem = _("This record has no valid uuid.");
      else if (change->version == NULL || *change->version == '\0' || change->changed_by == NULL)
        problem = _("This record does not say which change it is.");
      else if (change->theirs == NULL)
        problem = _("This record’s fields are missing or not plain values.");

      if (problem != NULL)
        {
          buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, change->line,
                                       /* Translators: the first %s says what is wrong with the record */
                                       _("%s Nothing was changed."), problem);
          return NULL;
        }
      g_ptr_array_add (desk_file->records, g_steal_pointer (&change));
    }

  return g_steal_pointer (&desk_file);
}

/**
 * buurt_desk_file_read:
 *
 * See buurt_desk_file_read_store().
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 */
BuurtDeskFile *
buurt_desk_file_read (BuurtDatabase  *database,
                      GFile          *file,
                      GError        **error)
{
  return buurt_desk_file_read_store (buurt_database_get_store (database), file, error);
}

/**
 * buurt_desk_file_write:
 *
 * See buurt_desk_file_write_store(); the rows are stamped first.
 *
 * Returns: %FALSE with @error set when it could not be written
 */
gboolean
buurt_desk_file_write (BuurtDatabase  *database,
                       GFile          *file,
                       const char     *since,
                       guint          *n_records,
                       GError        **error)
{
  BuurtStore *store = buurt_database_get_store (database);

  return buurt_store_desk_stamp (store, NULL, error) &&
         buurt_desk_file_write_store (store, file, since, n_records, error);
}

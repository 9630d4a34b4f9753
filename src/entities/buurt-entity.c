/* buurt-entity.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-entity"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "buurt-entity.h"

typedef struct
{
  /* The common columns of every entity row */
  gint64     id;
  char      *uuid;
  GDateTime *created_at;
  GDateTime *modified_at;
  GDateTime *deleted_at;

  /* The subclass's columns: GParamSpec * → GValue *, set on first write */
  GHashTable *values;
} BuurtEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BuurtEntity, buurt_entity, G_TYPE_OBJECT)

G_DEFINE_QUARK (buurt-entity-error-quark, buurt_entity_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_MODIFIED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
value_free (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

/* The generic accessors of subclass properties: values live in the hash
 * table of the private struct, and a write notifies only on a real change. */
static void
buurt_entity_get_column (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (BUURT_ENTITY (object));
  const GValue *stored = g_hash_table_lookup (priv->values, pspec);

  if (stored != NULL)
    g_value_copy (stored, value);
  else
    g_param_value_set_default (pspec, value);
}

static void
buurt_entity_set_column (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (BUURT_ENTITY (object));
  GValue *stored = g_hash_table_lookup (priv->values, pspec);

  if (stored == NULL)
    {
      g_auto(GValue) current = G_VALUE_INIT;

      g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &current);
      if (g_param_values_cmp (pspec, &current, value) == 0)
        return;

      stored = g_new0 (GValue, 1);
      g_value_init (stored, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_hash_table_insert (priv->values, pspec, stored);
    }
  else if (g_param_values_cmp (pspec, stored, value) == 0)
    {
      return;
    }

  g_value_copy (value, stored);
  g_object_notify_by_pspec (object, pspec);
}

static gboolean
set_date_time (GDateTime  **field,
               GDateTime   *value)
{
  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = value != NULL ? g_date_time_ref (value) : NULL;
  return TRUE;
}

static gboolean
buurt_entity_real_validate (BuurtEntity  *self,
                            GError      **error)
{
  return TRUE;
}

static void
buurt_entity_finalize (GObject *object)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (BUURT_ENTITY (object));

  g_clear_pointer (&priv->uuid, g_free);
  g_clear_pointer (&priv->created_at, g_date_time_unref);
  g_clear_pointer (&priv->modified_at, g_date_time_unref);
  g_clear_pointer (&priv->deleted_at, g_date_time_unref);
  g_clear_pointer (&priv->values, g_hash_table_unref);

  G_OBJECT_CLASS (buurt_entity_parent_class)->finalize (object);
}

static void
buurt_entity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (BUURT_ENTITY (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, priv->created_at);
      break;

    case PROP_MODIFIED_AT:
      g_value_set_boxed (value, priv->modified_at);
      break;

    case PROP_DELETED_AT:
      g_value_set_boxed (value, priv->deleted_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_entity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BuurtEntity *self = BUURT_ENTITY (object);
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      buurt_entity_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      if (g_strcmp0 (priv->uuid, g_value_get_string (value)) != 0)
        {
          g_free (priv->uuid);
          priv->uuid = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CREATED_AT:
      if (set_date_time (&priv->created_at, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_MODIFIED_AT:
      if (set_date_time (&priv->modified_at, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DELETED_AT:
      if (set_date_time (&priv->deleted_at, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_entity_class_init (BuurtEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_entity_finalize;
  object_class->get_property = buurt_entity_get_property;
  object_class->set_property = buurt_entity_set_property;

  klass->validate = buurt_entity_real_validate;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MODIFIED_AT] =
    g_param_spec_boxed ("modified-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DELETED_AT] =
    g_param_spec_boxed ("deleted-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buurt_entity_init (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  priv->values = g_hash_table_new_full (NULL, NULL, NULL, value_free);
}

/**
 * buurt_entity_class_install_properties:
 * @klass: a subclass being initialised
 * @table: the store table of the subclass
 * @pspecs: (array length=n_pspecs): the columns, index 0 unused as in
 *   g_object_class_install_properties()
 * @n_pspecs: the length of @pspecs
 *
 * Installs the column properties of an entity subclass with accessors that
 * keep their values in the entity, so subclasses need no fields of their own.
 */
void
buurt_entity_class_install_properties (BuurtEntityClass  *klass,
                                       const char        *table,
                                       GParamSpec       **pspecs,
                                       guint              n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->table = table;
  object_class->get_property = buurt_entity_get_column;
  object_class->set_property = buurt_entity_set_column;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

gint64
buurt_entity_get_id (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_val_if_fail (BUURT_IS_ENTITY (self), 0);

  return priv->id;
}

void
buurt_entity_set_id (BuurtEntity *self,
                     gint64       id)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_if_fail (BUURT_IS_ENTITY (self));

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * buurt_entity_get_uuid:
 *
 * Returns: (transfer none) (nullable): the stable identity across desks, or
 *   %NULL before the entity was first saved
 */
const char *
buurt_entity_get_uuid (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_val_if_fail (BUURT_IS_ENTITY (self), NULL);

  return priv->uuid;
}

/**
 * buurt_entity_get_created_at:
 *
 * Returns: (transfer none) (nullable): when the row was created, in UTC
 */
GDateTime *
buurt_entity_get_created_at (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_val_if_fail (BUURT_IS_ENTITY (self), NULL);

  return priv->created_at;
}

/**
 * buurt_entity_get_modified_at:
 *
 * Returns: (transfer none) (nullable): when the row last changed, in UTC
 */
GDateTime *
buurt_entity_get_modified_at (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_val_if_fail (BUURT_IS_ENTITY (self), NULL);

  return priv->modified_at;
}

/**
 * buurt_entity_get_deleted_at:
 *
 * Returns: (transfer none) (nullable): when the row was deleted, or %NULL
 */
GDateTime *
buurt_entity_get_deleted_at (BuurtEntity *self)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);

  g_return_val_if_fail (BUURT_IS_ENTITY (self), NULL);

  return priv->deleted_at;
}

const char *
buurt_entity_get_table (BuurtEntity *self)
{
  g_return_val_if_fail (BUURT_IS_ENTITY (self), NULL);

  return BUURT_ENTITY_GET_CLASS (self)->table;
}

/**
 * buurt_entity_validate:
 * @error: set to a translated message naming the field that is wrong
 *
 * Returns: %TRUE when the entity may be saved
 */
gboolean
buurt_entity_validate (BuurtEntity  *self,
                       GError      **error)
{
  g_return_val_if_fail (BUURT_IS_ENTITY (self), FALSE);

  return BUURT_ENTITY_GET_CLASS (self)->validate (self, error);
}

static const GValue *
lookup_value (BuurtEntity *self,
              const char  *property,
              GType        fundamental)
{
  BuurtEntityPrivate *priv = buurt_entity_get_instance_private (self);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail (G_TYPE_FUNDAMENTAL (pspec->value_type) == fundamental, NULL);

  return g_hash_table_lookup (priv->values, pspec);
}

/**
 * buurt_entity_get_string:
 * @property: the name of a string column property
 *
 * Returns: (transfer none) (nullable): its value
 */
const char *
buurt_entity_get_string (BuurtEntity *self,
                         const char  *property)
{
  const GValue *value = lookup_value (self, property, G_TYPE_STRING);

  return value != NULL ? g_value_get_string (value) : NULL;
}

gint64
buurt_entity_get_int (BuurtEntity *self,
                      const char  *property)
{
  const GValue *value = lookup_value (self, property, G_TYPE_INT64);

  return value != NULL ? g_value_get_int64 (value) : 0;
}

gboolean
buurt_entity_get_boolean (BuurtEntity *self,
                          const char  *property)
{
  const GValue *value = lookup_value (self, property, G_TYPE_BOOLEAN);

  return value != NULL ? g_value_get_boolean (value) : FALSE;
}

/**
 * buurt_entity_get_enum:
 * @property: the name of an enum or flags column property
 *
 * Returns: its value (the default when never set)
 */
guint
buurt_entity_get_enum (BuurtEntity *self,
                       const char  *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, 0);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (self), property, &value);

  if (G_VALUE_HOLDS_ENUM (&value))
    return g_value_get_enum (&value);
  return g_value_get_flags (&value);
}

/**
 * buurt_entity_get_date_time:
 * @property: the name of a #GDateTime column property
 *
 * Returns: (transfer none) (nullable): its value
 */
GDateTime *
buurt_entity_get_date_time (BuurtEntity *self,
                            const char  *property)
{
  const GValue *value = lookup_value (self, property, G_TYPE_BOXED);

  return value != NULL ? g_value_get_boxed (value) : NULL;
}

/* Helpers for the validate vfuncs of subclasses. @field_label is the
 * translated name of the field as the editor shows it. */

gboolean
buurt_entity_require_text (BuurtEntity  *self,
                           const char   *property,
                           const char   *field_label,
                           GError      **error)
{
  const char *text = buurt_entity_get_string (self, property);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped != '\0')
    return TRUE;

  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is a field, e.g. "Title" */
               _("%s is required: please fill it in."), field_label);
  return FALSE;
}

gboolean
buurt_entity_require_not_negative (BuurtEntity  *self,
                                   const char   *property,
                                   const char   *field_label,
                                   GError      **error)
{
  if (buurt_entity_get_int (self, property) >= 0)
    return TRUE;

  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is a field, e.g. "Cost" */
               _("%s cannot be less than zero."), field_label);
  return FALSE;
}

gboolean
buurt_entity_check_date (BuurtEntity  *self,
                         const char   *property,
                         const char   *field_label,
                         GError      **error)
{
  const char *text = buurt_entity_get_string (self, property);
  guint year, month, day;

  if (text == NULL || *text == '\0')
    return TRUE;

  if (buurt_parse_date (text, &year, &month, &day))
    return TRUE;

  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is a field, e.g. "Start date" */
               _("%s is not a valid date."), field_label);
  return FALSE;
}

gboolean
buurt_entity_check_email (BuurtEntity  *self,
                          const char   *property,
                          GError      **error)
{
  const char *text = buurt_entity_get_string (self, property);
  const char *at;

  if (text == NULL || *text == '\0')
    return TRUE;

  at = strchr (text, '@');
  if (at != NULL && at != text && at[1] != '\0' && strchr (text, ' ') == NULL)
    return TRUE;

  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is what was typed as an e-mail address */
               _("“%s” is not an e-mail address: it needs an @, as in naam@voorbeeld.nl."), text);
  return FALSE;
}

/* A Dutch postcode: four digits, the first not zero, a space, two capitals. */
gboolean
buurt_entity_check_postcode (BuurtEntity  *self,
                             const char   *property,
                             GError      **error)
{
  const char *p = buurt_entity_get_string (self, property);

  if (p == NULL || *p == '\0')
    return TRUE;

  if (strlen (p) == 7 && p[0] >= '1' && p[0] <= '9' &&
      g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
      p[4] == ' ' && g_ascii_isupper (p[5]) && g_ascii_isupper (p[6]))
    return TRUE;

  g_set_error (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
               /* Translators: %s is what was typed as a postcode */
               _("“%s” is not a postcode: write it as four digits, a space and two capitals, such as 8251 AB."), p);
  return FALSE;
}

/* Two optional "YYYY-MM-DD" properties where the second may not come first. */
gboolean
buurt_entity_check_order (BuurtEntity  *self,
                          const char   *first,
                          const char   *second,
                          const char   *message,
                          GError      **error)
{
  const char *a = buurt_entity_get_string (self, first);
  const char *b = buurt_entity_get_string (self, second);

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0' || strcmp (a, b) <= 0)
    return TRUE;

  g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID, message);
  return FALSE;
}

/**
 * buurt_parse_date:
 * @text: a date as "YYYY-MM-DD"
 *
 * Returns: %TRUE when @text is exactly a valid date in that form
 */
gboolean
buurt_parse_date (const char *text,
                  guint      *year,
                  guint      *month,
                  guint      *day)
{
  char check[11];

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u", year, month, day) != 3 ||
      !g_date_valid_dmy (*day, *month, *year))
    return FALSE;

  g_snprintf (check, sizeof check, "%04u-%02u-%02u", *year, *month, *day);
  return g_str_equal (check, text);
}

/* Short constructors for the column properties of entity subclasses. */

#define COLUMN_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
buurt_column_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, COLUMN_FLAGS);
}

GParamSpec *
buurt_column_int (const char *name,
                  gint64      default_value)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, default_value, COLUMN_FLAGS);
}

/* A reference to another entity's id; 0 means none. */
GParamSpec *
buurt_column_id (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, COLUMN_FLAGS);
}

GParamSpec *
buurt_column_boolean (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, COLUMN_FLAGS);
}

GParamSpec *
buurt_column_enum (const char *name,
                   GType       enum_type,
                   int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value, COLUMN_FLAGS);
}

GParamSpec *
buurt_column_flags (const char *name,
                    GType       flags_type)
{
  return g_param_spec_flags (name, NULL, NULL, flags_type, 0, COLUMN_FLAGS);
}

GParamSpec *
buurt_column_date_time (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_DATE_TIME, COLUMN_FLAGS);
}

/**
 * buurt_entity_index_names:
 * @entities: a #GListModel of entities, which must outlive the result
 * @property: a string property, such as "name"
 *
 * Returns: (transfer full) (element-type gint64 utf8): the value of
 *   @property of each entity, by a pointer to its id (g_int64_hash)
 */
GHashTable *
buurt_entity_index_names (GListModel *entities,
                          const char *property)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (entities, i);

      g_hash_table_insert (index, g_memdup2 (&(gint64) { buurt_entity_get_id (entity) }, sizeof (gint64)),
                           (gpointer) buurt_entity_get_string (entity, property));
    }

  return index;
}

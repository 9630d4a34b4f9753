/* buurt-entity.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-enum-types.h"
#include "buurt-enums.h"

G_BEGIN_DECLS

#define BUURT_ENTITY_ERROR (buurt_entity_error_quark ())

typedef enum
{
  BUURT_ENTITY_ERROR_INVALID,
} BuurtEntityError;

GQuark buurt_entity_error_quark (void);

#define BUURT_TYPE_ENTITY (buurt_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (BuurtEntity, buurt_entity, BUURT, ENTITY, GObject)

/**
 * BuurtEntityClass:
 * @table: the store table this entity lives in
 * @validate: checks the entity before it is saved; sets a translated
 *   %BUURT_ENTITY_ERROR_INVALID naming the field when something is wrong
 *
 * Every entity of the data model: a row with id, uuid and timestamps. The
 * columns of the table are the GObject properties of the subclass (a
 * property "room-id" is the column room_id); subclasses install them with
 * buurt_entity_class_install_properties() and keep no fields of their own.
 */
struct _BuurtEntityClass
{
  GObjectClass parent_class;

  const char *table;

  gboolean (*validate) (BuurtEntity  *self,
                        GError      **error);
};

void         buurt_entity_class_install_properties (BuurtEntityClass  *klass,
                                                    const char        *table,
                                                    GParamSpec       **pspecs,
                                                    guint              n_pspecs);

gint64       buurt_entity_get_id                   (BuurtEntity       *self);
void         buurt_entity_set_id                   (BuurtEntity       *self,
                                                    gint64             id);
const char  *buurt_entity_get_uuid                 (BuurtEntity       *self);
GDateTime   *buurt_entity_get_created_at           (BuurtEntity       *self);
GDateTime   *buurt_entity_get_modified_at          (BuurtEntity       *self);
GDateTime   *buurt_entity_get_deleted_at           (BuurtEntity       *self);
const char  *buurt_entity_get_table                (BuurtEntity       *self);
gboolean     buurt_entity_validate                 (BuurtEntity       *self,
                                                    GError           **error);

const char  *buurt_entity_get_string               (BuurtEntity       *self,
                                                    const char        *property);
gint64       buurt_entity_get_int                  (BuurtEntity       *self,
                                                    const char        *property);
gboolean     buurt_entity_get_boolean              (BuurtEntity       *self,
                                                    const char        *property);
guint        buurt_entity_get_enum                 (BuurtEntity       *self,
                                                    const char        *property);
GDateTime   *buurt_entity_get_date_time            (BuurtEntity       *self,
                                                    const char        *property);

gboolean     buurt_entity_require_text             (BuurtEntity       *self,
                                                    const char        *property,
                                                    const char        *field_label,
                                                    GError           **error);
gboolean     buurt_entity_require_not_negative     (BuurtEntity       *self,
                                                    const char        *property,
                                                    const char        *field_label,
                                                    GError           **error);
gboolean     buurt_entity_check_date               (BuurtEntity       *self,
                                                    const char        *property,
                                                    const char        *field_label,
                                                    GError           **error);

gboolean     buurt_entity_check_email              (BuurtEntity       *self,
                                                    const char        *property,
                                                    GError           **error);
gboolean     buurt_entity_check_postcode           (BuurtEntity       *self,
                                                    const char        *property,
                                                    GError           **error);
gboolean     buurt_entity_check_order              (BuurtEntity       *self,
                                                    const char        *first,
                                                    const char        *second,
                                                    const char        *message,
                                                    GError           **error);

gboolean     buurt_parse_date                      (const char        *text,
                                                    guint             *year,
                                                    guint             *month,
                                                    guint             *day);

GHashTable  *buurt_entity_index_names              (GListModel        *entities,
                                                    const char        *property);

GParamSpec  *buurt_column_string                   (const char        *name);
GParamSpec  *buurt_column_int                      (const char        *name,
                                                    gint64             default_value);
GParamSpec  *buurt_column_id                       (const char        *name);
GParamSpec  *buurt_column_boolean                  (const char        *name);
GParamSpec  *buurt_column_enum                     (const char        *name,
                                                    GType              enum_type,
                                                    int                default_value);
GParamSpec  *buurt_column_flags                    (const char        *name,
                                                    GType              flags_type);
GParamSpec  *buurt_column_date_time                (const char        *name);

G_END_DECLS

/* buurt-store-desks.h: what merging the agendas of several desks needs from the store
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-desk-types.h"
#include "buurt-store.h"

G_BEGIN_DECLS

/*
 * Every table of the store's table specs travels between desks, read and
 * written generically from the schema itself: a row is its columns (all but
 * id and uuid) as a GVariant of type a{sv}, sorted by name, with references
 * (foreign keys) as the uuid of the row they point at. Values are int64 (x),
 * double (d), text (s) or NULL (the maybe-string "ms" with nothing in it).
 *
 * Versions are version vectors as text, "desk-id:counter;..." sorted by desk
 * id: the last change each desk made to a row. No clock is compared.
 */

typedef enum
{
  BUURT_DESK_ORDER_EQUAL,
  BUURT_DESK_ORDER_BEFORE,
  BUURT_DESK_ORDER_AFTER,
  BUURT_DESK_ORDER_CONCURRENT,
} BuurtDeskOrder;

BuurtDeskOrder buurt_desk_version_compare (const char *a,
                                           const char *b);
char          *buurt_desk_version_merge   (const char *a,
                                           const char *b);
char          *buurt_desk_version_set     (const char *version,
                                           const char *desk_id,
                                           gint64      counter);
gint64         buurt_desk_version_get     (const char *version,
                                           const char *desk_id);
gboolean       buurt_desk_version_covered (const char *version,
                                           const char *knowledge);
GStrv          buurt_desk_version_desks   (const char *version);

/**
 * BuurtDeskRowFunc:
 * @fields: (transfer none): the row's columns
 * @version: (nullable): its version vector; %NULL when never stamped
 * @changed_by: (nullable): the desk that made its last change
 */
typedef gboolean (*BuurtDeskRowFunc) (const char  *table,
                                      const char  *uuid,
                                      GVariant    *fields,
                                      const char  *version,
                                      const char  *changed_by,
                                      gpointer     user_data,
                                      GError     **error);

/* What rows written by an exchange need rebuilt, noted as they are written
 * and rebuilt once at the end (buurt_store_desk_refresh_derived()). */
typedef struct _BuurtDeskDerived BuurtDeskDerived;

BuurtDeskDerived *buurt_store_desk_derived_new    (void);
void              buurt_store_desk_derived_free   (BuurtDeskDerived *derived);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtDeskDerived, buurt_store_desk_derived_free)

const char *const *buurt_store_desk_tables        (BuurtStore         *self);
gboolean     buurt_store_desk_is_reference        (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *column);

char        *buurt_store_desk_get_id              (BuurtStore         *self,
                                                   GError            **error);
char        *buurt_store_desk_get_name            (BuurtStore         *self,
                                                   GError            **error);
gboolean     buurt_store_desk_set_name            (BuurtStore         *self,
                                                   const char         *name,
                                                   GError            **error);
char        *buurt_store_desk_get_knowledge       (BuurtStore         *self,
                                                   GError            **error);
gboolean     buurt_store_desk_learn               (BuurtStore         *self,
                                                   const char         *version,
                                                   GError            **error);
gint64       buurt_store_desk_next_counter        (BuurtStore         *self,
                                                   GError            **error);
gint64       buurt_store_desk_get_counter         (BuurtStore         *self,
                                                   GError            **error);
gboolean     buurt_store_desk_keep_counter        (BuurtStore         *self,
                                                   gint64              counter,
                                                   GError            **error);

gboolean     buurt_store_desk_stamp               (BuurtStore         *self,
                                                   gint64             *n_stamped,
                                                   GError            **error);
gboolean     buurt_store_desk_foreach             (BuurtStore         *self,
                                                   const char         *table,
                                                   BuurtDeskRowFunc    func,
                                                   gpointer            user_data,
                                                   GError            **error);
gboolean     buurt_store_desk_foreach_since       (BuurtStore         *self,
                                                   const char         *since,
                                                   BuurtDeskRowFunc    func,
                                                   gpointer            user_data,
                                                   GError            **error);
gboolean     buurt_store_desk_note_version_parts  (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *uuid,
                                                   const char         *version,
                                                   GError            **error);
gboolean     buurt_store_desk_lookup              (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *uuid,
                                                   GVariant          **fields,
                                                   char              **version,
                                                   GError            **error);
gboolean     buurt_store_desk_write               (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *uuid,
                                                   GVariant           *fields,
                                                   GError            **error);
gboolean     buurt_store_desk_write_later         (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *uuid,
                                                   GVariant           *fields,
                                                   BuurtDeskDerived   *derived,
                                                   GError            **error);
gboolean     buurt_store_desk_refresh_derived     (BuurtStore         *self,
                                                   BuurtDeskDerived   *derived,
                                                   GCancellable       *cancellable,
                                                   GError            **error);
gboolean     buurt_store_desk_set_record          (BuurtStore         *self,
                                                   const char         *table,
                                                   const char         *uuid,
                                                   const char         *version,
                                                   const char         *changed_by,
                                                   GVariant           *fields,
                                                   GError            **error);
char        *buurt_store_desk_checksum_fields     (GVariant           *fields);
char        *buurt_store_desk_checksum            (BuurtStore         *self,
                                                   GError            **error);

GPtrArray   *buurt_store_desk_list_peers          (BuurtStore         *self,
                                                   GError            **error);
gboolean     buurt_store_desk_update_peer         (BuurtStore         *self,
                                                   const char         *desk_id,
                                                   const char         *name,
                                                   const char         *knowledge,
                                                   GError            **error);

gboolean     buurt_store_desk_add_conflict        (BuurtStore         *self,
                                                   BuurtDeskConflict  *conflict,
                                                   GError            **error);
GPtrArray   *buurt_store_desk_list_conflicts      (BuurtStore         *self,
                                                   gboolean            pending_only,
                                                   GError            **error);
gboolean     buurt_store_desk_set_conflict_state  (BuurtStore         *self,
                                                   gint64              id,
                                                   const char         *state,
                                                   GError            **error);

G_END_DECLS

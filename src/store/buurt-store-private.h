/* buurt-store-private.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "buurt-entities.h"
#include "buurt-store.h"

G_BEGIN_DECLS

/* The columns of an agenda row, read by buurt_store_read_occurrence(). The
 * last tells whether the room is double-booked: another date that takes place
 * overlaps it (activities are shorter than a day, which bounds the index
 * range to look at). */
#define OCCURRENCE_SELECT \
  "SELECT o.id, o.activity_id, coalesce (ov.title, a.title), o.starts_at, o.ends_at, o.day, a.all_day, " \
  "       v.name, r.name, CASE WHEN ov.id IS NULL THEN a.location ELSE ov.location END, " \
  "       c.name, a.target_groups, a.cost_cents, " \
  "       a.status, o.cancelled, " \
  "       o.room_id IS NOT NULL AND o.cancelled = 0 AND a.status IN ('published', 'submitted') " \
  "       AND EXISTS (SELECT 1 FROM occurrence o2 JOIN activity a2 ON a2.id = o2.activity_id " \
  "                   WHERE o2.room_id = o.room_id AND o2.id <> o.id " \
  "                     AND o2.starts_at < o.ends_at AND o2.ends_at > o.starts_at " \
  "                     AND o2.starts_at > strftime ('%Y-%m-%dT%H:%M:%SZ', o.starts_at, '-1 day') " \
  "                     AND o2.cancelled = 0 AND a2.deleted_at IS NULL AND a2.status IN ('published', 'submitted')), " \
  "       a.tzid, o.override_id IS NOT NULL, cl.name " \
  "FROM occurrence o " \
  "JOIN activity a ON a.id = o.activity_id " \
  "LEFT JOIN room r ON r.id = o.room_id " \
  "LEFT JOIN venue v ON v.id = r.venue_id " \
  "LEFT JOIN contact c ON c.id = a.organiser_id " \
  "LEFT JOIN occurrence_override ov ON ov.id = o.override_id " \
  "LEFT JOIN closure cl ON cl.id = o.closure_id "

BuurtOccurrence *buurt_store_read_occurrence (sqlite3_stmt *stmt);

sqlite3_stmt *buurt_store_prepare         (BuurtStore    *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      buurt_store_step_done       (BuurtStore    *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
void          buurt_store_set_sqlite_error (BuurtStore   *self,
                                            int           rc,
                                            GError      **error);
void          buurt_store_set_read_error  (BuurtStore    *self,
                                           int            rc,
                                           GError       **error);
void          buurt_store_set_open_error  (GError       **error,
                                           int            code,
                                           const char    *path,
                                           const char    *reason);
gboolean      buurt_store_exec            (BuurtStore    *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      buurt_store_exec_once       (BuurtStore    *self,
                                           const char    *sql,
                                           GError       **error);
sqlite3      *buurt_store_get_db          (BuurtStore    *self);
char         *buurt_store_quote           (const char    *text,
                                           char           mark);

/* buurt-store-desk-derived.c: what a receive needs rebuilt */
typedef enum
{
  BUURT_DESK_DERIVED_REBUILD,   /* an activity's dates and search text */
  BUURT_DESK_DERIVED_INDEX,     /* an activity's search text */
  BUURT_DESK_DERIVED_CLOSURE,   /* the dates a closure cancels */
} BuurtDeskDerivedKind;

typedef struct _BuurtDeskDerived BuurtDeskDerived;
void          buurt_store_desk_derived_add (BuurtDeskDerived     *derived,
                                            BuurtDeskDerivedKind  kind,
                                            gint64                id);
char         *buurt_store_enum_word       (GType          enum_type,
                                           int            value);
char         *buurt_store_now             (void);
char         *buurt_fold_text             (const char    *text);
gboolean      buurt_store_index_activity  (BuurtStore    *self,
                                           gint64         activity_id,
                                           GError       **error);
gboolean      buurt_store_index_activity_now (BuurtStore *self,
                                              gint64      activity_id,
                                              GError    **error);
gboolean      buurt_store_index_named_by  (BuurtStore    *self,
                                           const char    *table,
                                           gint64         id,
                                           GError       **error);
gboolean      buurt_store_activities_named_by (BuurtStore *self,
                                               const char *table,
                                               gint64      id,
                                               GArray     *ids,
                                               GError    **error);
const char   *buurt_store_lookup_search   (BuurtStore    *self,
                                           const char    *search);
const char   *buurt_store_remember_search (BuurtStore    *self,
                                           const char    *search,
                                           const char    *activity_ids);
/* An activity's folded index text, for searching it in memory. */
typedef struct
{
  gint64 id;
  char   text[];
} BuurtSearchText;

GPtrArray    *buurt_store_lookup_search_texts   (BuurtStore *self);
void          buurt_store_remember_search_texts (BuurtStore *self,
                                                 GPtrArray  *texts);
void          buurt_store_remember_new    (BuurtStore    *self,
                                           BuurtEntity   *entity);

/* The statements of one entity table: buurt-store-tables.c */
typedef struct
{
  const char *table;
  GType     (*get_type) (void);
  const char *insert_sql;
  const char *update_sql;
  const char *select_sql;
  const char *list_sql;
  const char *delete_sql;
  const char *exists_sql;
  const char *count_sql;
} BuurtTableSpec;

/* A reference column, the table it points into, and how the UI names a
 * missing row. */
typedef struct
{
  const char *column;
  const char *table;
  const char *message;
} BuurtReference;

extern const BuurtTableSpec buurt_store_tables[];
extern const guint          buurt_store_n_tables;
extern const BuurtReference buurt_store_references[];
extern const guint          buurt_store_n_references;

const BuurtTableSpec *buurt_store_spec_for_type  (GType          type);
const BuurtTableSpec *buurt_store_spec_for_table (const char    *table);

/* The safety copy and the migrations of an opened file: buurt-store-migrations.c */
gboolean      buurt_store_migrate         (BuurtStore    *self,
                                           int            from_version,
                                           GError       **error);
GBytes       *buurt_store_migration_script (int           version,
                                            GError      **error);

/* The derived occurrence table: buurt-store-occurrences.c */
gboolean      buurt_store_rebuild_occurrences (BuurtStore     *self,
                                               BuurtActivity  *activity,
                                               GError        **error);

/* What an occurrence row copies from its activity. */
typedef struct
{
  gint64      activity_id;
  gint64      room_id;
  const char *status;
  const char *category;
  gint64      target_groups;
} BuurtRowCopy;

/* Where one date of a series takes place, when an override moved it. */
typedef struct
{
  gint64 room_id;
  gint64 override_id;
} BuurtSpanPlace;

sqlite3_stmt *buurt_store_occurrence_insert_statement (BuurtStore *self,
                                                       GError    **error);
gboolean      buurt_store_insert_span     (BuurtStore            *self,
                                           sqlite3_stmt          *stmt,
                                           const BuurtRowCopy    *copy,
                                           const BuurtSpan       *span,
                                           const BuurtSpanPlace  *place,
                                           GError               **error);

/* The dates of a bulk write, inserted sorted at its end: buurt-store-deferred.c */
typedef struct _BuurtDeferred BuurtDeferred;

BuurtDeferred *buurt_store_get_deferred   (BuurtStore         *self);
BuurtDeferred *buurt_deferred_new         (void);
void           buurt_deferred_free        (BuurtDeferred      *self);
void           buurt_deferred_put         (BuurtDeferred      *self,
                                           const BuurtRowCopy *copy,
                                           GArray             *spans,
                                           GArray             *places);
void           buurt_deferred_forget      (BuurtDeferred      *self,
                                           gint64              activity_id);
void           buurt_deferred_index_later (BuurtDeferred      *self,
                                           gint64              activity_id);
guint          buurt_deferred_mark        (BuurtDeferred      *self);
void           buurt_deferred_rollback    (BuurtDeferred      *self,
                                           guint               mark);
gboolean       buurt_deferred_flush       (BuurtDeferred      *self,
                                           BuurtStore         *store,
                                           GCancellable       *cancellable,
                                           GError            **error);

/* Binds @text or @value to the named parameter @name of @stmt, when it
 * has one. */
static inline void
buurt_store_bind_text (sqlite3_stmt *stmt,
                       const char   *name,
                       const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static inline void
buurt_store_bind_int (sqlite3_stmt *stmt,
                      const char   *name,
                      gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

/* A text column as a new string, and an enum column read from its word. */
static inline char *
buurt_store_column_dup (sqlite3_stmt *stmt,
                        int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static inline int
buurt_store_column_enum (sqlite3_stmt *stmt,
                         int           column,
                         GType         enum_type)
{
  const char *word = (const char *) sqlite3_column_text (stmt, column);
  int value = 0;

  if (word != NULL)
    buurt_enum_from_word (enum_type, word, &value);
  return value;
}

/* Ids a statement selects, and the entities they are: buurt-store-rows.c */
GArray       *buurt_store_select_ids      (BuurtStore    *self,
                                           const char    *sql,
                                           const char    *parameter,
                                           gint64         value,
                                           GError       **error);
GListModel   *buurt_store_load_ids        (BuurtStore    *self,
                                           GType          type,
                                           GArray        *ids,
                                           GError       **error);

/* Checkpoints off the main thread: buurt-store-checkpoint.c */
typedef struct _BuurtCheckpointer BuurtCheckpointer;

BuurtCheckpointer *buurt_checkpointer_attach  (sqlite3           *db,
                                               const char        *path);
void               buurt_checkpointer_release (BuurtCheckpointer *self);

/* Overrides and splits of series (buurt-store-series.c), closures
 * (buurt-store-closures.c) */
GArray       *buurt_store_apply_overrides    (BuurtStore     *self,
                                              BuurtActivity  *activity,
                                              GArray         *spans,
                                              GError        **error);
gboolean      buurt_store_apply_closures     (BuurtStore     *self,
                                              gint64          activity_id,
                                              const char     *from_day,
                                              GError        **error);
gboolean      buurt_store_write_closure      (BuurtStore     *self,
                                              BuurtClosure   *closure,
                                              GError        **error);
gboolean      buurt_store_write_series_entity (BuurtStore    *self,
                                               BuurtEntity   *entity,
                                               GError       **error);
/* Backups: buurt-store-backup.c; the limit is for tests of a full folder. */
void          buurt_store_test_set_copy_page_limit (int      max_pages);
void          buurt_store_test_limit_copy          (sqlite3 *copy);

G_END_DECLS

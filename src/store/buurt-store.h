/* buurt-store.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/buurt-entity.h"
#include "model/buurt-occurrence.h"

G_BEGIN_DECLS

#define BUURT_STORE_ERROR (buurt_store_error_quark ())

typedef enum
{
  BUURT_STORE_ERROR_OPEN,
  BUURT_STORE_ERROR_NOT_A_DATABASE,
  BUURT_STORE_ERROR_NEWER_VERSION,
  BUURT_STORE_ERROR_CONSTRAINT,
  BUURT_STORE_ERROR_NOT_FOUND,
  BUURT_STORE_ERROR_FAILED,
} BuurtStoreError;

GQuark buurt_store_error_quark (void);

/* The schema version this build writes; a file with a higher one is refused. */
#define BUURT_STORE_SCHEMA_VERSION 1

#define BUURT_TYPE_STORE (buurt_store_get_type ())

G_DECLARE_FINAL_TYPE (BuurtStore, buurt_store, BUURT, STORE, GObject)

/**
 * BuurtStoreFunc:
 * @store: the store, inside a transaction
 * @user_data: the data passed to buurt_store_transaction()
 * @error: set when the work fails; the transaction is then rolled back
 *
 * Returns: %TRUE when the work succeeded and may be committed
 */
typedef gboolean (*BuurtStoreFunc) (BuurtStore  *store,
                                    gpointer     user_data,
                                    GError     **error);

BuurtStore  *buurt_store_new                 (const char     *path,
                                              GError        **error);
char        *buurt_store_default_path        (void);
const char  *buurt_store_get_path            (BuurtStore     *self);
int          buurt_store_get_schema_version  (BuurtStore     *self);
gboolean     buurt_store_transaction         (BuurtStore     *self,
                                              BuurtStoreFunc  func,
                                              gpointer        user_data,
                                              GError        **error);
void         buurt_store_prepare_for_bulk    (BuurtStore     *self);
void         buurt_store_emit_changed        (BuurtStore     *self,
                                              const char     *table);

gboolean     buurt_store_save                (BuurtStore     *self,
                                              BuurtEntity    *entity,
                                              GError        **error);
gboolean     buurt_store_delete              (BuurtStore     *self,
                                              BuurtEntity    *entity,
                                              GError        **error);
gboolean     buurt_store_undelete            (BuurtStore     *self,
                                              BuurtEntity    *entity,
                                              GError        **error);
gpointer     buurt_store_load                (BuurtStore     *self,
                                              GType           entity_type,
                                              gint64          id,
                                              GError        **error);
GListModel  *buurt_store_list                (BuurtStore     *self,
                                              GType           entity_type,
                                              GError        **error);
gint64       buurt_store_count               (BuurtStore     *self,
                                              GType           entity_type);
gint64       buurt_store_count_occurrences   (BuurtStore     *self);
gboolean     buurt_store_is_empty            (BuurtStore     *self);

/**
 * BuurtAgendaQuery:
 * @from_day: the first local date shown, "YYYY-MM-DD"
 * @search: (nullable): words that must each be part of the title,
 *   description, organiser or venue; accents and case do not matter
 * @show_cancelled: whether cancelled activities and dates are shown
 * @kern_id: only activities in venues of this town, or 0 for all
 * @neighbourhood_id: only in venues of this neighbourhood, or 0
 * @venue_id: only in rooms of this venue, or 0
 * @category: only of this #BuurtCategory, or -1 for all
 * @target_groups: only for at least one of these #BuurtTargetGroup, or 0
 * @status: only with this #BuurtActivityStatus, or -1 for all but rejected
 *
 * What the agenda shows; filters combine (all must match).
 */
typedef struct
{
  const char *from_day;
  const char *search;
  gboolean    show_cancelled;
  gint64      kern_id;
  gint64      neighbourhood_id;
  gint64      venue_id;
  int         category;
  guint       target_groups;
  int         status;
} BuurtAgendaQuery;

#define BUURT_AGENDA_QUERY_INIT(day) \
  { .from_day = (day), .show_cancelled = TRUE, .category = -1, .status = -1 }

/**
 * BuurtAgendaDay:
 * @day: a local date, "YYYY-MM-DD"
 * @before: how many rows of the agenda come before this day's
 */
typedef struct
{
  char   day[11];
  gint64 before;
} BuurtAgendaDay;

gint64       buurt_store_count_agenda        (BuurtStore              *self,
                                              const BuurtAgendaQuery  *query,
                                              GError                 **error);
gint64       buurt_store_count_agenda_days   (BuurtStore              *self,
                                              const BuurtAgendaQuery  *query,
                                              GArray                 **days,
                                              GError                 **error);
BuurtOccurrence *buurt_store_load_occurrence (BuurtStore              *self,
                                              gint64                   activity_id,
                                              const char              *day);
void         buurt_store_warm_search         (BuurtStore              *self);
GPtrArray   *buurt_store_fetch_agenda        (BuurtStore              *self,
                                              const BuurtAgendaQuery  *query,
                                              guint                    offset,
                                              guint                    limit,
                                              GError                 **error);

/* The review queue of submissions: buurt-store-review.c */
gint64       buurt_store_count_submissions   (BuurtStore              *self);
GListModel  *buurt_store_list_submissions    (BuurtStore              *self,
                                              GError                 **error);
gboolean     buurt_store_review              (BuurtStore              *self,
                                              const gint64            *activity_ids,
                                              guint                    n_ids,
                                              BuurtActivityStatus      status,
                                              const char              *reason,
                                              GError                 **error);

/* Room conflicts before saving an activity: buurt-store-conflicts.c */
GPtrArray   *buurt_store_find_conflicts      (BuurtStore              *self,
                                              gint64                   room_id,
                                              GArray                  *spans,
                                              gint64                   exclude_activity_id,
                                              guint                    max_results,
                                              GError                 **error);

G_END_DECLS

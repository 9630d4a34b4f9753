/* buurt-store.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-agenda-query.h"
#include "buurt-entities.h"
#include "buurt-entity.h"
#include "buurt-initiative-query.h"
#include "buurt-occurrence.h"
#include "buurt-report-data.h"

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
  BUURT_STORE_ERROR_DAMAGED,
  BUURT_STORE_ERROR_FULL,
  BUURT_STORE_ERROR_READ_ONLY,
  BUURT_STORE_ERROR_BUSY,
} BuurtStoreError;

GQuark buurt_store_error_quark (void);

/* The schema version this build writes; a file with a higher one is refused. */
#define BUURT_STORE_SCHEMA_VERSION 9

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
gboolean     buurt_store_bulk_transaction    (BuurtStore     *self,
                                              BuurtStoreFunc  func,
                                              gpointer        user_data,
                                              GCancellable   *cancellable,
                                              GError        **error);
gint64       buurt_store_get_data_version    (BuurtStore     *self);
char        *buurt_store_get_meta            (BuurtStore     *self,
                                              const char     *key,
                                              GError        **error);
gboolean     buurt_store_set_meta            (BuurtStore     *self,
                                              const char     *key,
                                              const char     *value,
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
                                              GType           entity_type,
                                              GError        **error);
gint64       buurt_store_count_occurrences   (BuurtStore     *self,
                                              GError        **error);
gboolean     buurt_store_is_empty            (BuurtStore     *self,
                                              gboolean       *empty,
                                              GError        **error);

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
GArray      *buurt_store_list_agenda_activities (BuurtStore           *self,
                                              const BuurtAgendaQuery  *query,
                                              const char              *to_day,
                                              GError                 **error);

/* The dates of series up to the agenda's horizon: buurt-store-occurrences.c */
GDateTime   *buurt_store_get_horizon         (BuurtStore              *self,
                                              GError                 **error);
gboolean     buurt_store_extend_occurrences  (BuurtStore              *self,
                                              GDateTime               *horizon,
                                              GCancellable            *cancellable,
                                              gint64                  *n_added,
                                              GError                 **error);

/* The review queue of submissions: buurt-store-review.c */
gint64       buurt_store_count_submissions   (BuurtStore              *self,
                                              GError                 **error);
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
/* Every pair of dates that overlap in one room: buurt-store-conflicts.c */
gint64       buurt_store_count_double_bookings (BuurtStore            *self,
                                                GError               **error);
GPtrArray   *buurt_store_list_double_bookings  (BuurtStore            *self,
                                                guint                  max_pairs,
                                                GError               **error);

/* Overrides, closures and splits of series: buurt-store-series.c */
GArray      *buurt_store_preview_closure     (BuurtStore              *self,
                                              BuurtClosure            *closure,
                                              gint64                  *n_dates,
                                              GError                 **error);
BuurtOccurrenceOverride *buurt_store_find_override (BuurtStore        *self,
                                              gint64                   activity_id,
                                              const char              *day,
                                              char                   **recurrence_id,
                                              GError                 **error);
GArray      *buurt_store_closures_for_room   (BuurtStore              *self,
                                              gint64                   room_id,
                                              const char              *from_day,
                                              GError                 **error);
gint64       buurt_store_count_closed_dates  (BuurtStore              *self,
                                              gint64                   activity_id,
                                              GError                 **error);
gboolean     buurt_store_split_series        (BuurtStore              *self,
                                              BuurtActivity           *earlier,
                                              BuurtActivity           *later,
                                              GDateTime               *split_at,
                                              BuurtSeriesSplit       **split,
                                              GError                 **error);
/* Backups and the check at start: buurt-store-backup.c */

/* How long a connection waits for another desk's or process's write. */
#define BUURT_STORE_BUSY_TIMEOUT_MS 10000

typedef enum
{
  BUURT_STORE_COUNT_ACTIVITIES,
  BUURT_STORE_COUNT_VENUES,
  BUURT_STORE_COUNT_INITIATIVES,
  BUURT_STORE_N_COUNTS,
} BuurtStoreCount;

/**
 * BuurtStoreFileInfo:
 * @schema_version: the file's PRAGMA user_version
 * @counts: rows that are not deleted, by #BuurtStoreCount
 */
typedef struct
{
  int    schema_version;
  gint64 counts[BUURT_STORE_N_COUNTS];
} BuurtStoreFileInfo;

gboolean     buurt_store_inspect_file        (const char              *path,
                                              gboolean                 check,
                                              BuurtStoreFileInfo      *info,
                                              GError                 **error);
gboolean     buurt_store_check_file          (const char              *path,
                                              GError                 **error);
gboolean     buurt_store_backup_file         (const char              *source_path,
                                              const char              *dest_path,
                                              GError                 **error);
gboolean     buurt_store_restore_file        (const char              *backup_path,
                                              const char              *dest_path,
                                              GError                 **error);
guint        buurt_store_get_waited_ms       (BuurtStore              *self);
/* Initiatives: buurt-store-initiatives.c */
GPtrArray   *buurt_store_list_initiatives       (BuurtStore                  *self,
                                                 const BuurtInitiativeQuery  *query,
                                                 GError                     **error);
GPtrArray   *buurt_store_list_initiative_people (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 GError                     **error);
gboolean     buurt_store_set_initiative_people  (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 GPtrArray                   *people,
                                                 GError                     **error);
GPtrArray   *buurt_store_list_linked_activities (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 const char                  *today,
                                                 GError                     **error);
GListModel  *buurt_store_list_journal           (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 GError                     **error);
GListModel  *buurt_store_list_funding_requests  (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 GError                     **error);
GListModel  *buurt_store_list_expenses          (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 GError                     **error);
gboolean     buurt_store_initiative_money       (BuurtStore                  *self,
                                                 gint64                       initiative_id,
                                                 BuurtInitiativeMoney        *money,
                                                 GError                     **error);

/* Lessons and the accountability report: buurt-store-report.c */
GPtrArray   *buurt_store_list_lessons           (BuurtStore                  *self,
                                                 const BuurtLessonQuery      *query,
                                                 GError                     **error);
BuurtReport *buurt_store_read_report            (BuurtStore                  *self,
                                                 const BuurtReportQuery      *query,
                                                 GError                     **error);

/* The address book: buurt-store-contacts.c */

/**
 * BuurtContactMergeRecord:
 *
 * What merging @duplicate_id into @keep_id changed: the rows whose
 * reference it moved (activities, requests, funding schemes), the roles it ended because @keep_id had them already
 * (and those of @keep_id it brought back), and whether it gave @keep_id the
 * duplicate's phone or e-mail.
 */
typedef struct
{
  gint64   keep_id;
  gint64   duplicate_id;
  GArray  *activity_ids;
  GArray  *request_ids;
  GArray  *scheme_ids;
  GArray  *moved_role_ids;
  GArray  *dropped_role_ids;
  GArray  *revived_role_ids;
  gboolean filled_phone;
  gboolean filled_email;
} BuurtContactMergeRecord;

void         buurt_contact_merge_record_free    (BuurtContactMergeRecord     *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtContactMergeRecord, buurt_contact_merge_record_free)

GPtrArray   *buurt_store_list_contacts          (BuurtStore                  *self,
                                                 GError                     **error);
BuurtContactMergeRecord *
             buurt_store_merge_contacts         (BuurtStore                  *self,
                                                 gint64                       keep_id,
                                                 gint64                       duplicate_id,
                                                 GError                     **error);
gboolean     buurt_store_unmerge_contacts       (BuurtStore                  *self,
                                                 BuurtContactMergeRecord     *record,
                                                 GError                     **error);
gboolean     buurt_store_unsplit_series      (BuurtStore              *self,
                                              gint64                   earlier_id,
                                              gint64                   later_id,
                                              const char              *rrule,
                                              const char              *cancelled_dates,
                                              gint64                   dropped_override_id,
                                              GError                 **error);

/* Funders and their schemes: buurt-store-funders.c */
gboolean     buurt_store_funder_max_request     (BuurtStore                  *self,
                                                 gint64                       funder_id,
                                                 gint64                      *max_cents,
                                                 GError                     **error);
GPtrArray   *buurt_store_list_funder_years      (BuurtStore                  *self,
                                                 const char                  *this_year,
                                                 GError                     **error);

G_END_DECLS

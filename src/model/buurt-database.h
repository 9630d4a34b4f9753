/* buurt-database.h: the database context the views and the command line share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-backup.h"
#include "buurt-entities.h"
#include "buurt-horizon.h"

G_BEGIN_DECLS

#define BUURT_TYPE_DATABASE (buurt_database_get_type ())

G_DECLARE_FINAL_TYPE (BuurtDatabase, buurt_database, BUURT, DATABASE, GObject)

BuurtDatabase   *buurt_database_new                 (const char     *path,
                                                     GError        **error);
char            *buurt_database_default_path        (void);
const char      *buurt_database_get_path            (BuurtDatabase  *self);
const char      *buurt_database_get_id              (BuurtDatabase  *self);
void             buurt_database_watch               (BuurtDatabase  *self,
                                                     guint           interval_ms);
gboolean         buurt_database_check_for_changes   (BuurtDatabase  *self);
void             buurt_database_notify_changed      (BuurtDatabase  *self,
                                                     const char     *table);
void             buurt_database_notify_all_changed  (BuurtDatabase  *self);
BuurtHorizon    *buurt_database_get_horizon         (BuurtDatabase  *self);

/* Rows of the entity tables */
GListModel      *buurt_database_list                (BuurtDatabase  *self,
                                                     GType           entity_type,
                                                     GError        **error);
gpointer         buurt_database_load                (BuurtDatabase  *self,
                                                     GType           entity_type,
                                                     gint64          id,
                                                     GError        **error);
gboolean         buurt_database_save                (BuurtDatabase  *self,
                                                     BuurtEntity    *entity,
                                                     GError        **error);
gboolean         buurt_database_delete              (BuurtDatabase  *self,
                                                     BuurtEntity    *entity,
                                                     GError        **error);
gboolean         buurt_database_undelete            (BuurtDatabase  *self,
                                                     BuurtEntity    *entity,
                                                     GError        **error);
gint64           buurt_database_count               (BuurtDatabase  *self,
                                                     GType           entity_type,
                                                     GError        **error);
gint64           buurt_database_count_occurrences   (BuurtDatabase  *self,
                                                     GError        **error);
gboolean         buurt_database_is_empty            (BuurtDatabase  *self,
                                                     gboolean       *empty,
                                                     GError        **error);

/* Activities */
gboolean         buurt_database_save_activity       (BuurtDatabase  *self,
                                                     BuurtActivity  *activity,
                                                     BuurtContact   *new_organiser,
                                                     GError        **error);
BuurtOccurrence *buurt_database_load_occurrence     (BuurtDatabase  *self,
                                                     gint64          activity_id,
                                                     const char     *day);
GPtrArray       *buurt_database_find_conflicts      (BuurtDatabase  *self,
                                                     gint64          room_id,
                                                     GArray         *spans,
                                                     gint64          exclude_activity_id,
                                                     guint           max_results,
                                                     GError        **error);
void             buurt_database_warm_search         (BuurtDatabase  *self);

/* The review queue */
gint64           buurt_database_count_submissions   (BuurtDatabase  *self,
                                                     GError        **error);
GListModel      *buurt_database_list_submissions    (BuurtDatabase  *self,
                                                     GError        **error);
gboolean         buurt_database_review              (BuurtDatabase  *self,
                                                     const gint64   *activity_ids,
                                                     guint           n_ids,
                                                     BuurtActivityStatus status,
                                                     const char     *reason,
                                                     GError        **error);

/* Backups, restore and the check at start: buurt-database-backup.c */
gboolean         buurt_database_backup_before       (BuurtDatabase  *self,
                                                     const char     *reason,
                                                     GError        **error);
gboolean         buurt_database_backup_now          (BuurtDatabase  *self,
                                                     GError        **error);
gboolean         buurt_database_backup_daily        (BuurtDatabase  *self,
                                                     gboolean       *made,
                                                     GError        **error);
void             buurt_database_backup_daily_async  (BuurtDatabase       *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean         buurt_database_backup_daily_finish (BuurtDatabase  *self,
                                                     GAsyncResult   *result,
                                                     GError        **error);
gboolean         buurt_database_backup_to           (BuurtDatabase  *self,
                                                     const char     *dest_path,
                                                     GError        **error);
const char      *buurt_database_get_backup_folder   (BuurtDatabase  *self);
void             buurt_database_set_backup_folder   (BuurtDatabase  *self,
                                                     const char     *folder);
char            *buurt_database_default_backup_folder (const char   *database_path);
GListModel      *buurt_database_list_backups        (BuurtDatabase  *self);
GListModel      *buurt_database_list_backups_for    (const char     *database_path,
                                                     const char     *folder,
                                                     gboolean        read);
BuurtBackup     *buurt_database_find_good_backup    (const char     *database_path,
                                                     const char     *folder);
gboolean         buurt_database_restore             (BuurtDatabase  *self,
                                                     const char     *backup_path,
                                                     char          **undo_path,
                                                     GError        **error);
gboolean         buurt_database_restore_damaged     (const char     *database_path,
                                                     const char     *backup_path,
                                                     char          **kept_path,
                                                     GError        **error);
gboolean         buurt_database_check_file          (const char     *path,
                                                     GError        **error);
gboolean         buurt_database_error_is_damaged    (const GError   *error);

G_END_DECLS

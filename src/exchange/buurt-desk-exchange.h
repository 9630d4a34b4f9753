/* buurt-desk-exchange.h: several offline desks, one agenda, through exchange files
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"
#include "buurt-desk-types.h"

G_BEGIN_DECLS

/* The version of the exchange file this build writes; newer ones are refused. */
#define BUURT_DESK_FILE_VERSION 1

/**
 * BuurtDeskChoice:
 * @BUURT_DESK_CHOICE_ASK: keep the conflict for the user to resolve later
 * @BUURT_DESK_CHOICE_MINE: keep this desk's version
 * @BUURT_DESK_CHOICE_THEIRS: take the other desk's version
 */
typedef enum
{
  BUURT_DESK_CHOICE_ASK,
  BUURT_DESK_CHOICE_MINE,
  BUURT_DESK_CHOICE_THEIRS,
} BuurtDeskChoice;

/**
 * BuurtDeskChangeKind:
 * @BUURT_DESK_CHANGE_NEW: a record this desk does not have
 * @BUURT_DESK_CHANGE_CHANGED: changed on the other desk only
 * @BUURT_DESK_CHANGE_DELETED: deleted on the other desk only
 * @BUURT_DESK_CHANGE_CONFLICT: changed (or deleted) on both since they last exchanged
 * @BUURT_DESK_CHANGE_SAME: nothing this desk has not seen
 */
typedef enum
{
  BUURT_DESK_CHANGE_NEW,
  BUURT_DESK_CHANGE_CHANGED,
  BUURT_DESK_CHANGE_DELETED,
  BUURT_DESK_CHANGE_CONFLICT,
  BUURT_DESK_CHANGE_SAME,
  BUURT_DESK_N_CHANGE_KINDS,
} BuurtDeskChangeKind;

/* One record of a file, and what receiving it would do. */
typedef struct
{
  BuurtDeskChangeKind  kind;
  char                *table;
  char                *uuid;
  GVariant            *mine;        /* nullable */
  GVariant            *theirs;
  char                *version;     /* theirs */
  char                *changed_by;  /* theirs */
  guint                line;
} BuurtDeskChange;

/* An exchange file as read: which desk wrote it, what it holds. */
typedef struct
{
  GFile     *file;
  char      *desk_id;
  char      *desk_name;
  char      *knowledge;
  int        schema_version;
  GPtrArray *records;               /* BuurtDeskChange, kind not yet known */
} BuurtDeskFile;

/* What a receive did, per kind of change. */
typedef struct
{
  guint n[BUURT_DESK_N_CHANGE_KINDS];
  guint n_pending;                  /* conflicts left for the user */
} BuurtDeskSummary;

void           buurt_desk_change_free     (BuurtDeskChange  *change);
void           buurt_desk_file_free       (BuurtDeskFile    *desk_file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtDeskChange, buurt_desk_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtDeskFile, buurt_desk_file_free)

/* buurt-desk-file.c: the JSON file */
BuurtDeskFile *buurt_desk_file_read       (BuurtDatabase    *database,
                                           GFile            *file,
                                           GError          **error);
gboolean       buurt_desk_file_write      (BuurtDatabase    *database,
                                           GFile            *file,
                                           const char       *since,
                                           guint            *n_records,
                                           GError          **error);

/* buurt-desk-exchange.c: sending, previewing, receiving */
gboolean       buurt_desk_send            (BuurtDatabase    *database,
                                           GFile            *file,
                                           const char       *since_desk,
                                           guint            *n_records,
                                           GError          **error);
GPtrArray     *buurt_desk_preview         (BuurtDatabase    *database,
                                           BuurtDeskFile    *desk_file,
                                           GError          **error);
gboolean       buurt_desk_receive         (BuurtDatabase    *database,
                                           BuurtDeskFile    *desk_file,
                                           BuurtDeskChoice   choice,
                                           GHashTable       *choices,
                                           BuurtDeskSummary *summary,
                                           GError          **error);
gboolean       buurt_desk_resolve         (BuurtDatabase    *database,
                                           gint64            conflict_id,
                                           BuurtDeskChoice   choice,
                                           GError          **error);
gboolean       buurt_desk_exchange_folder (BuurtDatabase    *database,
                                           GFile            *folder,
                                           BuurtDeskChoice   choice,
                                           BuurtDeskSummary *summary,
                                           guint            *n_files,
                                           GError          **error);
char          *buurt_desk_choice_key      (const char       *table,
                                           const char       *uuid);
char          *buurt_desk_peer_name       (BuurtDatabase    *database,
                                           const char       *desk_id);
char          *buurt_desk_get_name        (BuurtDatabase    *database);
gboolean       buurt_desk_set_name        (BuurtDatabase    *database,
                                           const char       *name,
                                           GError          **error);
GPtrArray     *buurt_desk_list_peers      (BuurtDatabase    *database,
                                           GError          **error);
GPtrArray     *buurt_desk_list_conflicts  (BuurtDatabase    *database,
                                           gboolean          pending_only,
                                           GError          **error);

/* buurt-desk-async.c: the same off the main thread, each on its own connection */
void           buurt_desk_preview_async          (BuurtDatabase       *database,
                                                  GFile               *file,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
BuurtDeskFile *buurt_desk_preview_finish         (BuurtDatabase       *database,
                                                  GAsyncResult        *result,
                                                  GPtrArray          **changes,
                                                  gboolean            *backed_up,
                                                  GError             **error);
void           buurt_desk_receive_async          (BuurtDatabase       *database,
                                                  BuurtDeskFile       *desk_file,
                                                  BuurtDeskChoice      choice,
                                                  GHashTable          *choices,
                                                  gboolean             backed_up,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean       buurt_desk_receive_finish         (BuurtDatabase       *database,
                                                  GAsyncResult        *result,
                                                  BuurtDeskFile      **desk_file,
                                                  BuurtDeskSummary    *summary,
                                                  GError             **error);
void           buurt_desk_exchange_folder_async  (BuurtDatabase       *database,
                                                  GFile               *folder,
                                                  BuurtDeskChoice      choice,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean       buurt_desk_exchange_folder_finish (BuurtDatabase       *database,
                                                  GAsyncResult        *result,
                                                  BuurtDeskSummary    *summary,
                                                  guint               *n_files,
                                                  GError             **error);

/* buurt-desk-describe.c: words for the preview */
const char    *buurt_desk_table_title     (const char       *table);
const char    *buurt_desk_field_title     (const char       *column);
char          *buurt_desk_describe        (const char       *uuid,
                                           GVariant         *fields);
char          *buurt_desk_format_value    (BuurtDatabase    *database,
                                           const char       *table,
                                           const char       *column,
                                           GVariant         *value);

G_END_DECLS

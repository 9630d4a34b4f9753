/* buurt-ical.h: calendar files in and out (iCalendar, through libical)
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-entities.h"
#include "buurt-database.h"

G_BEGIN_DECLS

/**
 * BuurtIcalItemKind:
 * @BUURT_ICAL_ITEM_NEW: not in the agenda yet
 * @BUURT_ICAL_ITEM_CHANGED: a newer version of an imported activity
 * @BUURT_ICAL_ITEM_UNCHANGED: imported before, and not newer in the file
 * @BUURT_ICAL_ITEM_CONFLICT: newer in the file, but also changed here since
 *   its last import: the user chooses, nothing is overwritten by itself
 * @BUURT_ICAL_ITEM_GONE: imported from an earlier file of the same source,
 *   and no longer in this one
 * @BUURT_ICAL_ITEM_REFUSED: cannot be imported; see the item's problem
 */
typedef enum
{
  BUURT_ICAL_ITEM_NEW,
  BUURT_ICAL_ITEM_CHANGED,
  BUURT_ICAL_ITEM_UNCHANGED,
  BUURT_ICAL_ITEM_CONFLICT,
  BUURT_ICAL_ITEM_GONE,
  BUURT_ICAL_ITEM_REFUSED,
} BuurtIcalItemKind;

/**
 * BuurtIcalItem:
 * @kind: what importing it would do
 * @line: the line of its BEGIN:VEVENT in the file, or for a refused item
 *   the line of the problem (0 for a gone item)
 * @uid: its UID, with @recurrence_id ("" for the event itself) the key
 * @activity: (nullable): the activity as the file has it (unsaved)
 * @existing: (nullable): the activity in the agenda it would update (for a
 *   changed date of a series: the series)
 * @existing_date: (nullable): for a changed date of a series, that date as
 *   the agenda has it (its override), which the file's version is compared
 *   with and shown beside
 * @problem: (nullable): why it is refused, "FILE:LINE: what is wrong"
 * @room_conflicts: (nullable): the other activities in its room at the same
 *   time, one line each, or %NULL
 * @master_cancel_day: (nullable): for a changed or cancelled date of a
 *   series (RECURRENCE-ID), the local date of the series it replaces
 * @chosen: whether Import takes it
 *
 * One event of a calendar file, or one activity a file no longer holds.
 */
typedef struct
{
  BuurtIcalItemKind  kind;
  guint              line;
  char              *uid;
  char              *recurrence_id;
  gint64             sequence;
  GDateTime         *last_modified;
  BuurtActivity     *activity;
  BuurtActivity     *existing;
  BuurtActivity     *existing_date;
  BuurtIcalLink     *link;
  char              *organiser_name;
  char              *organiser_email;
  char              *problem;
  char              *room_conflicts;
  char              *master_cancel_day;
  gboolean           chosen;
} BuurtIcalItem;

#define BUURT_TYPE_ICAL_IMPORT (buurt_ical_import_get_type ())

G_DECLARE_FINAL_TYPE (BuurtIcalImport, buurt_ical_import, BUURT, ICAL_IMPORT, GObject)

/**
 * BuurtIcalSummary:
 *
 * What an import did, for the one-line summary.
 */
typedef struct
{
  guint created;
  guint updated;
  guint unchanged;
  guint skipped;
  guint conflicts;
  guint removed;
} BuurtIcalSummary;

BuurtIcalImport *buurt_ical_import_read        (BuurtDatabase     *database,
                                                GFile             *file,
                                                GCancellable      *cancellable,
                                                GError           **error);
BuurtIcalImport *buurt_ical_import_read_bytes  (BuurtDatabase     *database,
                                                GFile             *file,
                                                GBytes            *bytes,
                                                GCancellable      *cancellable,
                                                GError           **error);
GFile           *buurt_ical_import_get_file    (BuurtIcalImport   *self);
const char      *buurt_ical_import_get_source  (BuurtIcalImport   *self);
guint            buurt_ical_import_get_n_items (BuurtIcalImport   *self);
BuurtIcalItem   *buurt_ical_import_get_item    (BuurtIcalImport   *self,
                                                guint              position);
guint            buurt_ical_import_count       (BuurtIcalImport   *self,
                                                BuurtIcalItemKind  kind);
gboolean         buurt_ical_import_has_anything (BuurtIcalImport  *self);
char            *buurt_ical_import_list_problems (BuurtIcalImport *self);
gboolean         buurt_ical_import_apply       (BuurtIcalImport   *self,
                                                BuurtDatabase     *database,
                                                gboolean           as_submissions,
                                                GCancellable      *cancellable,
                                                BuurtIcalSummary  *summary,
                                                GError           **error);

/**
 * BuurtIcalExportFilter:
 * @from: (nullable): the first local date, "YYYY-MM-DD"
 * @to: (nullable): the last local date, "YYYY-MM-DD"
 * @town: (nullable): only activities in a venue of this town (kern)
 * @venue: (nullable): only activities in this venue
 * @initiative: (nullable): only activities of the initiative with this uuid
 * @query: (nullable): only activities with a date the agenda shows for this
 *   query (its filters and search) between @from and @to; its own
 *   @from_day does not count (without @from: from the first date on)
 *
 * Which published activities Export… writes; %NULL fields do not filter.
 */
typedef struct
{
  const char             *from;
  const char             *to;
  const char             *town;
  const char             *venue;
  const char             *initiative;
  const BuurtAgendaQuery *query;
} BuurtIcalExportFilter;

char            *buurt_ical_export_to_string   (BuurtDatabase                *database,
                                                const BuurtIcalExportFilter  *filter,
                                                guint                        *n_events,
                                                GError                      **error);
gboolean         buurt_ical_export_to_file     (BuurtDatabase                *database,
                                                GFile                        *file,
                                                const BuurtIcalExportFilter  *filter,
                                                guint                        *n_events,
                                                GCancellable                 *cancellable,
                                                GError                      **error);

/* Off the main thread, each on a connection of its own: buurt-ical-async.c */
void             buurt_ical_import_read_async   (BuurtDatabase                *database,
                                                 GFile                        *file,
                                                 GCancellable                 *cancellable,
                                                 GAsyncReadyCallback           callback,
                                                 gpointer                      user_data);
BuurtIcalImport *buurt_ical_import_read_finish  (BuurtDatabase                *database,
                                                 GAsyncResult                 *result,
                                                 GError                      **error);
void             buurt_ical_import_apply_async  (BuurtIcalImport              *self,
                                                 BuurtDatabase                *database,
                                                 gboolean                      as_submissions,
                                                 GCancellable                 *cancellable,
                                                 GAsyncReadyCallback           callback,
                                                 gpointer                      user_data);
gboolean         buurt_ical_import_apply_finish (BuurtDatabase                *database,
                                                 GAsyncResult                 *result,
                                                 BuurtIcalSummary             *summary,
                                                 GError                      **error);
void             buurt_ical_export_async        (BuurtDatabase                *database,
                                                 GFile                        *file,
                                                 const BuurtIcalExportFilter  *filter,
                                                 GCancellable                 *cancellable,
                                                 GAsyncReadyCallback           callback,
                                                 gpointer                      user_data);
gboolean         buurt_ical_export_finish       (BuurtDatabase                *database,
                                                 GAsyncResult                 *result,
                                                 guint                        *n_events,
                                                 GError                      **error);

G_END_DECLS

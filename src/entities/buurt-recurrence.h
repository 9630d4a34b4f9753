/* buurt-recurrence.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far ahead of today the occurrence table holds the dates of every
 * series: the agenda's horizon, which rolls forward day by day. */
#define BUURT_RECURRENCE_HORIZON_DAYS 730
/* How far back the editor looks for room conflicts of a series. */
#define BUURT_RECURRENCE_HISTORY_DAYS 730
/* A safety net for rules without an end: one expansion gives no more dates
 * than this (a daily series of fifty years). A series keeps its history from
 * its own start, so the net must not cut a long archive short. */
#define BUURT_RECURRENCE_MAX_OCCURRENCES 20000

/**
 * BuurtSpan:
 * @starts_at: the start, in UTC, as "YYYY-MM-DDTHH:MM:SSZ"
 * @ends_at: the end, in UTC, in the same form
 * @day: the local date of the start, "YYYY-MM-DD"
 * @cancelled: whether this single date is cancelled
 *
 * One expanded date of an activity.
 */
typedef struct
{
  char     starts_at[21];
  char     ends_at[21];
  char     day[11];
  gboolean cancelled;
} BuurtSpan;

GArray   *buurt_recurrence_expand     (GDateTime   *starts_at,
                                       GDateTime   *ends_at,
                                       const char  *tzid,
                                       const char  *rrule,
                                       const char  *cancelled_dates,
                                       GDateTime   *horizon,
                                       guint        max_count,
                                       GError     **error);
GArray   *buurt_recurrence_expand_window (GDateTime   *starts_at,
                                         GDateTime   *ends_at,
                                         const char  *tzid,
                                         const char  *rrule,
                                         const char  *cancelled_dates,
                                         GDateTime   *not_before,
                                         GDateTime   *horizon,
                                         guint        max_count,
                                         GError     **error);
gboolean  buurt_recurrence_check_rule (const char  *rrule,
                                       GError     **error);
gboolean  buurt_recurrence_may_continue (const char *rrule,
                                         guint       n_dates,
                                         GDateTime  *after);
GDateTime *buurt_recurrence_horizon_for (GDateTime  *now);
char     *buurt_format_utc            (GDateTime   *date_time);
GDateTime *buurt_parse_utc            (const char  *text);

G_END_DECLS

/* buurt-report-data.h: what the Lessons view and the accountability report read
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buurt-enums.h"

G_BEGIN_DECLS

/**
 * BuurtLessonQuery:
 * @search: (nullable): text that must be part of the entry or its initiative's
 *   title; case and accents do not matter
 * @kinds: a bit (1 << #BuurtJournalKind) per kind to show; 0 for obstacles
 *   and lessons
 * @stage: the initiatives' stage, or -1 for every stage
 * @kern_id: only initiatives in this town, or 0
 * @target_groups: only initiatives for at least one of these, or 0
 */
typedef struct
{
  const char *search;
  guint       kinds;
  int         stage;
  gint64      kern_id;
  guint       target_groups;
} BuurtLessonQuery;

#define BUURT_LESSON_QUERY_INIT { NULL, 0, -1, 0, 0 }

/**
 * BuurtLesson:
 *
 * One journal entry with its initiative, newest first in a list.
 */
typedef struct
{
  gint64            id;
  gint64            initiative_id;
  char             *initiative;
  char             *kern;
  BuurtStage        stage;
  char             *entry_date;
  BuurtJournalKind  kind;
  char             *text;
} BuurtLesson;

void buurt_lesson_free (BuurtLesson *lesson);

/**
 * BuurtReportQuery:
 * @initiative_id: one initiative, or 0 for all
 * @from: (nullable): the first day "YYYY-MM-DD"
 * @to: (nullable): the last day "YYYY-MM-DD"
 * @kern_id: only initiatives in this town, or 0
 * @today: (nullable): "YYYY-MM-DD"; dates after it were not held yet and
 *   are left out, or %NULL to count every date of the period
 */
typedef struct
{
  gint64      initiative_id;
  const char *from;
  const char *to;
  gint64      kern_id;
  const char *today;
} BuurtReportQuery;

/**
 * BuurtReportFunder:
 *
 * Money per funder: @granted_cents of requests granted, paid or accounted
 * for, @spent_cents of the expenses against those grants (up to the end of
 * the period). @name is %NULL for expenses not paid from a grant.
 */
typedef struct
{
  char   *name;
  gint64  granted_cents;
  gint64  spent_cents;
} BuurtReportFunder;

/**
 * BuurtReportActivity:
 *
 * An activity of the initiative with the days it was held in the period
 * (not cancelled), as "YYYY-MM-DD".
 */
typedef struct
{
  char       *title;
  GPtrArray  *days;
} BuurtReportActivity;

typedef struct
{
  gint64      id;
  char       *title;
  char       *summary;
  char       *neighbourhood;
  char       *kern;
  BuurtStage  stage;
  guint       target_groups;
  guint       volunteers;
  guint       participants;
  GPtrArray  *funders;     /* BuurtReportFunder */
  GPtrArray  *activities;  /* BuurtReportActivity */
  GPtrArray  *journal;     /* BuurtLesson, oldest first */
} BuurtReportInitiative;

/**
 * BuurtReport:
 *
 * The accountability report: the initiatives and their totals.
 */
typedef struct
{
  char      *from;
  char      *to;
  char      *town;
  GPtrArray *initiatives;  /* BuurtReportInitiative */
} BuurtReport;

void    buurt_report_free                 (BuurtReport           *report);
void    buurt_report_initiative_free      (BuurtReportInitiative *initiative);
void    buurt_report_funder_free          (BuurtReportFunder     *funder);
void    buurt_report_activity_free        (BuurtReportActivity   *activity);
void    buurt_report_initiative_totals    (BuurtReportInitiative *initiative,
                                           gint64                *granted_cents,
                                           gint64                *spent_cents,
                                           guint                 *n_dates);
void    buurt_report_totals               (BuurtReport           *report,
                                           gint64                *granted_cents,
                                           gint64                *spent_cents,
                                           guint                 *n_dates,
                                           guint                 *participants);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtLesson, buurt_lesson_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtReport, buurt_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtReportInitiative, buurt_report_initiative_free)

G_END_DECLS

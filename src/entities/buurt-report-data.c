/* buurt-report-data.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-report-data.h"

void
buurt_lesson_free (BuurtLesson *lesson)
{
  if (lesson == NULL)
    return;

  g_free (lesson->initiative);
  g_free (lesson->kern);
  g_free (lesson->entry_date);
  g_free (lesson->text);
  g_free (lesson);
}

void
buurt_report_funder_free (BuurtReportFunder *funder)
{
  if (funder == NULL)
    return;

  g_free (funder->name);
  g_free (funder);
}

void
buurt_report_activity_free (BuurtReportActivity *activity)
{
  if (activity == NULL)
    return;

  g_free (activity->title);
  g_clear_pointer (&activity->days, g_ptr_array_unref);
  g_free (activity);
}

void
buurt_report_initiative_free (BuurtReportInitiative *initiative)
{
  if (initiative == NULL)
    return;

  g_free (initiative->title);
  g_free (initiative->summary);
  g_free (initiative->neighbourhood);
  g_free (initiative->kern);
  g_clear_pointer (&initiative->funders, g_ptr_array_unref);
  g_clear_pointer (&initiative->activities, g_ptr_array_unref);
  g_clear_pointer (&initiative->journal, g_ptr_array_unref);
  g_free (initiative);
}

void
buurt_report_free (BuurtReport *report)
{
  if (report == NULL)
    return;

  g_free (report->from);
  g_free (report->to);
  g_free (report->town);
  g_clear_pointer (&report->initiatives, g_ptr_array_unref);
  g_free (report);
}

/**
 * buurt_report_initiative_totals:
 *
 * Adds up the money of all funders and the dates held of all activities.
 */
void
buurt_report_initiative_totals (BuurtReportInitiative *initiative,
                                gint64                *granted_cents,
                                gint64                *spent_cents,
                                guint                 *n_dates)
{
  gint64 granted = 0, spent = 0;
  guint dates = 0;

  for (guint i = 0; i < initiative->funders->len; i++)
    {
      BuurtReportFunder *funder = g_ptr_array_index (initiative->funders, i);

      granted += funder->granted_cents;
      spent += funder->spent_cents;
    }
  for (guint i = 0; i < initiative->activities->len; i++)
    dates += ((BuurtReportActivity *) g_ptr_array_index (initiative->activities, i))->days->len;

  if (granted_cents != NULL)
    *granted_cents = granted;
  if (spent_cents != NULL)
    *spent_cents = spent;
  if (n_dates != NULL)
    *n_dates = dates;
}

/**
 * buurt_report_totals:
 *
 * The totals over every initiative of @report.
 */
void
buurt_report_totals (BuurtReport *report,
                     gint64      *granted_cents,
                     gint64      *spent_cents,
                     guint       *n_dates,
                     guint       *participants)
{
  gint64 granted = 0, spent = 0;
  guint dates = 0, people = 0;

  for (guint i = 0; i < report->initiatives->len; i++)
    {
      BuurtReportInitiative *initiative = g_ptr_array_index (report->initiatives, i);
      gint64 g, s;
      guint d;

      buurt_report_initiative_totals (initiative, &g, &s, &d);
      granted += g;
      spent += s;
      dates += d;
      people += initiative->participants;
    }

  if (granted_cents != NULL)
    *granted_cents = granted;
  if (spent_cents != NULL)
    *spent_cents = spent;
  if (n_dates != NULL)
    *n_dates = dates;
  if (participants != NULL)
    *participants = people;
}

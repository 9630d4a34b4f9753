/* buurt-agenda-query.h: what the agenda shows
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS

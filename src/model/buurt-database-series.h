/* buurt-database-series.h: one date, the rest or every date of a series;
 * closures
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"
#include "buurt-entities.h"

G_BEGIN_DECLS

/**
 * BuurtSeriesScope:
 * @BUURT_SERIES_SCOPE_THIS_DATE: only this date (an override)
 * @BUURT_SERIES_SCOPE_THIS_AND_LATER: this and all later dates (a split)
 * @BUURT_SERIES_SCOPE_EVERY_DATE: every date (the series itself)
 *
 * Which dates of a series a change to one of its dates is for.
 */
typedef enum
{
  BUURT_SERIES_SCOPE_THIS_DATE,
  BUURT_SERIES_SCOPE_THIS_AND_LATER,
  BUURT_SERIES_SCOPE_EVERY_DATE,
} BuurtSeriesScope;

gboolean     buurt_database_change_date        (BuurtDatabase     *self,
                                                gint64             activity_id,
                                                const char        *day,
                                                BuurtActivity     *changed,
                                                BuurtSeriesScope   scope,
                                                gint64            *new_activity_id,
                                                GError           **error);
BuurtOccurrenceOverride *buurt_database_find_override (BuurtDatabase *self,
                                                gint64             activity_id,
                                                const char        *day,
                                                GError           **error);
gboolean     buurt_database_restore_to_series  (BuurtDatabase     *self,
                                                gint64             activity_id,
                                                const char        *day,
                                                GError           **error);
gint64       buurt_database_count_closed_dates (BuurtDatabase     *self,
                                                gint64             activity_id,
                                                GError           **error);
GArray      *buurt_database_closures_reaching  (BuurtDatabase     *self,
                                                GDateTime         *starts_at,
                                                GDateTime         *ends_at,
                                                const char        *tzid,
                                                const char        *rrule,
                                                gint64             room_id,
                                                gint64            *n_dates,
                                                GError           **error);
GArray      *buurt_database_preview_closure    (BuurtDatabase     *self,
                                                BuurtClosure      *closure,
                                                gint64            *n_dates,
                                                GError           **error);

G_END_DECLS

/* buurt-ical-export-select.c: which activities a calendar export takes
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include <string.h>

#include "buurt-ical-private.h"

/**
 * buurt_ical_export_in_range:
 *
 * Returns: whether the activity (@rrule a series) has a date between the
 *   filter's first and last day; %TRUE when the filter has neither
 */
gboolean
buurt_ical_export_in_range (GDateTime                   *starts_at,
                            GDateTime                   *ends_at,
                            GTimeZone                   *tz,
                            const char                  *tzid,
                            const char                  *rrule,
                            const BuurtIcalExportFilter *filter)
{
  g_autoptr(GDateTime) not_before = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GArray) spans = NULL;
  guint y, m, d;

  if (filter->from == NULL && filter->to == NULL)
    return TRUE;

  if (filter->from != NULL && buurt_parse_date (filter->from, &y, &m, &d))
    not_before = g_date_time_new (tz, y, m, d, 0, 0, 0);
  else
    not_before = g_date_time_add_years (starts_at, -1);

  if (filter->to != NULL && buurt_parse_date (filter->to, &y, &m, &d))
    {
      g_autoptr(GDateTime) day = g_date_time_new (tz, y, m, d, 0, 0, 0);

      horizon = g_date_time_add_days (day, 1);
    }
  else
    horizon = g_date_time_add_years (not_before, 100);

  spans = buurt_recurrence_expand_window (starts_at, ends_at,
                                          tzid, rrule,
                                          NULL, not_before, horizon, 16, NULL);
  if (spans == NULL)
    return FALSE;

  /* A single date is given whatever the window: compare it too. */
  {
    g_autofree char *first = buurt_format_utc (not_before);
    g_autofree char *last = buurt_format_utc (horizon);

    for (guint i = 0; i < spans->len; i++)
      {
        BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

        if (strcmp (span->ends_at, first) > 0 && strcmp (span->starts_at, last) < 0)
          return TRUE;
      }
  }
  return FALSE;
}

/**
 * buurt_ical_export_agenda_activities:
 *
 * Returns: (transfer full) (nullable): the ids (gint64*) of the activities
 *   with a date the agenda shows for the filter's query in its range, or
 *   %NULL with @error set
 */
GHashTable *
buurt_ical_export_agenda_activities (BuurtStore                   *store,
                                     const BuurtIcalExportFilter  *filter,
                                     GError                      **error)
{
  BuurtAgendaQuery query = *filter->query;
  g_autoptr(GArray) ids = NULL;
  GHashTable *only;

  /* The export's range, not the agenda's first day: all dates without one. */
  query.from_day = filter->from != NULL ? filter->from : "0000-01-01";
  ids = buurt_store_list_agenda_activities (store, &query, filter->to, error);
  if (ids == NULL)
    return NULL;

  only = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (only, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  return only;
}

/**
 * buurt_ical_export_overrides:
 *
 * Returns: (transfer full): each activity's id (gint64*) to a GPtrArray of
 *   its changed and cancelled dates (BuurtOccurrenceOverride)
 */
GHashTable *
buurt_ical_export_overrides (BuurtStore *store)
{
  g_autoptr(GListModel) all = buurt_store_list (store, BUURT_TYPE_OCCURRENCE_OVERRIDE, NULL);
  GHashTable *overrides = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      BuurtEntity *override = g_list_model_get_item (all, i);
      gint64 id = buurt_entity_get_int (override, "activity-id");
      GPtrArray *list = g_hash_table_lookup (overrides, &id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (overrides, g_memdup2 (&id, sizeof id), list);
        }
      g_ptr_array_add (list, override);
    }

  return overrides;
}

/* buurt-agenda-filters.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

/**
 * BuurtAgendaFilter:
 *
 * The agenda's filters, in the order the Filters popover shows them.
 */
typedef enum
{
  BUURT_AGENDA_FILTER_KERN,
  BUURT_AGENDA_FILTER_NEIGHBOURHOOD,
  BUURT_AGENDA_FILTER_VENUE,
  BUURT_AGENDA_FILTER_CATEGORY,
  BUURT_AGENDA_FILTER_TARGET_GROUP,
  BUURT_AGENDA_FILTER_STATUS,
  BUURT_AGENDA_N_FILTERS
} BuurtAgendaFilter;

#define BUURT_TYPE_AGENDA_FILTERS (buurt_agenda_filters_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaFilters, buurt_agenda_filters, BUURT, AGENDA_FILTERS, GtkWidget)

void        buurt_agenda_filters_set_database (BuurtAgendaFilters *self,
                                               BuurtDatabase      *database,
                                               GSettings          *settings);
GtkPopover *buurt_agenda_filters_get_popover  (BuurtAgendaFilters *self);
void        buurt_agenda_filters_get_query    (BuurtAgendaFilters *self,
                                               BuurtAgendaQuery   *query);
guint       buurt_agenda_filters_get_n_active (BuurtAgendaFilters *self);
void        buurt_agenda_filters_clear        (BuurtAgendaFilters *self);
gboolean    buurt_agenda_filters_select       (BuurtAgendaFilters *self,
                                               BuurtAgendaFilter   filter,
                                               gint64              value);
gint64      buurt_agenda_filters_get_value    (BuurtAgendaFilters *self,
                                               BuurtAgendaFilter   filter);

G_END_DECLS

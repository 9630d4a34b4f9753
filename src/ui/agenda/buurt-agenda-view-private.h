/* buurt-agenda-view-private.h: what the view shares with its actions, and
 * accessors for tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-activity-detail.h"
#include "buurt-agenda-filters.h"
#include "buurt-agenda-view.h"

G_BEGIN_DECLS

struct _BuurtAgendaView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkStack            *stack;
  GtkGridView         *agenda_list;
  GtkMenuButton       *date_button;
  GtkLabel            *date_label;
  GtkCalendar         *calendar;
  GtkButton           *review_button;
  GtkMenuButton       *filter_button;
  BuurtAgendaFilters  *filters;
  BuurtActivityDetail *detail;

  /* Owned state */
  BuurtDatabase       *database;
  BuurtAgendaModel    *model;
  GtkSingleSelection  *selection;
  gboolean             show_cancelled;
  guint                warm_search_id;
  gint64               n_submissions;   /* waiting for review, as last counted */
  BuurtOccurrence     *current;         /* the date the detail shows */
  BuurtActivity       *current_activity;
};

/* buurt-agenda-view.c */
void              buurt_agenda_view_go_to_day            (BuurtAgendaView *self,
                                                          const char      *day);

/* buurt-agenda-view-actions.c: the actions (agenda.*) and their shortcuts */
void              buurt_agenda_view_class_install_actions (GtkWidgetClass *widget_class);
void              buurt_agenda_view_update_actions       (BuurtAgendaView *self);
void              buurt_agenda_view_update_review        (BuurtAgendaView *self);

/* For tests */
BuurtAgendaModel *buurt_agenda_view_get_model            (BuurtAgendaView *self);
const char       *buurt_agenda_view_get_page             (BuurtAgendaView *self);
BuurtActivity    *buurt_agenda_view_get_current_activity (BuurtAgendaView *self);
void              buurt_agenda_view_open                 (BuurtAgendaView *self,
                                                          guint            position);
const char       *buurt_agenda_view_get_detail_title     (BuurtAgendaView *self);
gboolean          buurt_agenda_view_set_filter           (BuurtAgendaView *self,
                                                          guint            kind,
                                                          gint64           value);
gint64            buurt_agenda_view_get_filter_value     (BuurtAgendaView *self,
                                                          guint            kind);
guint             buurt_agenda_view_get_n_chips          (BuurtAgendaView *self);

G_END_DECLS

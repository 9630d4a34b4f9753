/* buurt-venues-view-private.h: what the view's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database-venues.h"
#include "buurt-room-week.h"
#include "buurt-venue-detail.h"
#include "buurt-venues-view.h"
#include "buurt-view-reloader.h"

G_BEGIN_DECLS

struct _BuurtVenuesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkMenuButton    *filter_button;
  GtkBox           *filter_box;
  GtkStack         *list_stack;
  GtkListBox       *list_box;
  BuurtVenueDetail *detail;
  BuurtRoomWeek    *week;
  GtkButton        *conflicts_button;
  GtkLabel         *conflicts_label;

  /* Filter widgets, made in code */
  GtkDropDown      *kind_dropdown;
  GtkDropDown      *commercial_dropdown;
  GtkCheckButton   *access_checks[3];       /* BuurtVenueNeeds by bit */
  GtkCheckButton   *facility_checks[16];    /* BuurtFacility by bit */

  /* Owned state */
  BuurtDatabase     *database;
  BuurtViewReloader *reloader;  /* reads the list when shown, after a change */
  GListModel        *venues;    /* BuurtVenueSummary, as listed */
  guint              n_rows;
  guint              n_venues;  /* without filters: 0 shows the empty page */
  GObject           *last_removal;  /* BuurtPlaceRemoval or BuurtPlaceMerge: what Ctrl+Z undoes */
  GCancellable      *conflicts_cancellable;
  gint64             n_conflicts;   /* double bookings, as last counted */
};

void buurt_venues_view_class_install_actions (GtkWidgetClass  *widget_class);
void buurt_venues_view_reload                (BuurtVenuesView *self);
void buurt_venues_view_show_venue            (BuurtVenuesView *self,
                                              gint64           venue_id);
void buurt_venues_view_show_room             (BuurtVenuesView *self,
                                              gint64           room_id);
void buurt_venues_view_clear_filters         (BuurtVenuesView *self);
void buurt_venues_view_offer_undo            (BuurtVenuesView *self,
                                              GObject         *change,
                                              const char      *message);

/* buurt-venues-view-merge.c */
void buurt_venues_view_ask_merge             (BuurtVenuesView *self,
                                              gboolean         rooms,
                                              gint64           id);
void buurt_venues_view_count_conflicts       (BuurtVenuesView *self);
void buurt_venues_view_show_conflicts        (BuurtVenuesView *self);

G_END_DECLS

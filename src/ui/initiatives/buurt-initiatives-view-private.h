/* buurt-initiatives-view-private.h: shared by the view's files
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-initiative-detail.h"
#include "buurt-initiatives-view.h"
#include "buurt-lessons-window.h"
#include "buurt-report-window.h"
#include "buurt-stage-dialog.h"
#include "buurt-view-reloader.h"

G_BEGIN_DECLS

/* Resident initiatives by stage, a pane with the one chosen beside them. */
struct _BuurtInitiativesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  AdwLeaflet            *leaflet;
  GtkWidget             *list_pane;
  GtkWidget             *detail_pane;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *kern_dropdown;
  GtkDropDown           *neighbourhood_dropdown;
  GtkDropDown           *group_dropdown;
  GtkListBox            *list_box;
  GtkLabel              *no_match_label;
  BuurtInitiativeDetail *detail;

  /* Owned state */
  BuurtDatabase     *database;
  BuurtViewReloader *reloader;        /* reads the list when shown, after a change */
  guint              n_rows;
  gint64             selected_id;     /* the initiative the detail shows, or 0 */
  GArray            *kern_ids;        /* per position of kern_dropdown; 0 = all */
  GArray            *neighbourhood_ids;
  gint64             shown_kern_id;   /* the town whose neighbourhoods the filter lists */
  gboolean           filling;         /* the filters are being filled, not chosen */
  BuurtStageDialog  *stage_dialog;    /* while one is open */
  BuurtEntity       *last_deleted;    /* the initiative Ctrl+Z brings back, or NULL */
};

void buurt_initiatives_view_class_add_actions (GtkWidgetClass       *widget_class);
void buurt_initiatives_view_update_actions    (BuurtInitiativesView *self);
void buurt_initiatives_view_show_toast        (BuurtInitiativesView *self,
                                               const char           *text);

G_END_DECLS

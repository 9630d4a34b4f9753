/* buurt-initiatives-view.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_INITIATIVES_VIEW (buurt_initiatives_view_get_type ())

G_DECLARE_FINAL_TYPE (BuurtInitiativesView, buurt_initiatives_view, BUURT, INITIATIVES_VIEW, GtkWidget)

void        buurt_initiatives_view_set_database (BuurtInitiativesView *self,
                                                 BuurtDatabase        *database);
const char *buurt_initiatives_view_get_page     (BuurtInitiativesView *self);
guint       buurt_initiatives_view_get_n_rows   (BuurtInitiativesView *self);
gboolean    buurt_initiatives_view_select       (BuurtInitiativesView *self,
                                                 gint64                initiative_id);
gint64      buurt_initiatives_view_get_selected (BuurtInitiativesView *self);
GtkWidget  *buurt_initiatives_view_get_detail   (BuurtInitiativesView *self);
void        buurt_initiatives_view_set_search   (BuurtInitiativesView *self,
                                                 const char           *search);
void        buurt_initiatives_view_set_filters  (BuurtInitiativesView *self,
                                                 gint64                kern_id,
                                                 gint64                neighbourhood_id,
                                                 guint                 target_group);
guint       buurt_initiatives_view_count_overdue (BuurtInitiativesView *self);

G_END_DECLS

/* buurt-venues-view.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VENUES_VIEW (buurt_venues_view_get_type ())

G_DECLARE_FINAL_TYPE (BuurtVenuesView, buurt_venues_view, BUURT, VENUES_VIEW, GtkWidget)

void        buurt_venues_view_set_database (BuurtVenuesView *self,
                                        BuurtDatabase *database);
const char *buurt_venues_view_get_page  (BuurtVenuesView *self);
guint       buurt_venues_view_get_n_rows (BuurtVenuesView *self);

G_END_DECLS

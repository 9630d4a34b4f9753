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
                                        BuurtDatabase *database);
const char *buurt_initiatives_view_get_page  (BuurtInitiativesView *self);
guint       buurt_initiatives_view_get_n_rows (BuurtInitiativesView *self);

G_END_DECLS

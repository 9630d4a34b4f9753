/* buurt-view-reloader.h: reads a view's list again when the view is shown
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VIEW_RELOADER (buurt_view_reloader_get_type ())

G_DECLARE_FINAL_TYPE (BuurtViewReloader, buurt_view_reloader, BUURT, VIEW_RELOADER, GObject)

typedef void (*BuurtViewReloadFunc) (GtkWidget *view);

BuurtViewReloader *buurt_view_reloader_new   (GtkWidget           *view,
                                              BuurtViewReloadFunc  reload);
void               buurt_view_reloader_watch (BuurtViewReloader   *self,
                                              BuurtDatabase       *database,
                                              const char * const  *tables);
void               buurt_view_reloader_queue (BuurtViewReloader   *self);

G_END_DECLS

/* buurt-window.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-application.h"
#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_WINDOW (buurt_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtWindow, buurt_window, BUURT, WINDOW, AdwApplicationWindow)

BuurtWindow *buurt_window_new               (BuurtApplication *application,
                                             BuurtDatabase       *database);
BuurtDatabase  *buurt_window_get_database         (BuurtWindow      *self);
const char  *buurt_window_get_visible_view  (BuurtWindow      *self);
GtkWidget   *buurt_window_get_view          (BuurtWindow      *self,
                                             const char       *name);
gboolean     buurt_window_get_loading       (BuurtWindow      *self);
void         buurt_window_import_file       (BuurtWindow      *self,
                                             GFile            *file);
void         buurt_window_show_message      (BuurtWindow      *self,
                                             const char       *message);

G_END_DECLS

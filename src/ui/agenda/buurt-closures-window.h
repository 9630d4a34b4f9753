/* buurt-closures-window.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CLOSURES_WINDOW (buurt_closures_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtClosuresWindow, buurt_closures_window, BUURT, CLOSURES_WINDOW, AdwWindow)

BuurtClosuresWindow *buurt_closures_window_new (GtkWindow     *parent,
                                                BuurtDatabase *database);

G_END_DECLS

/* buurt-funders-window.h: the funders overview
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_FUNDERS_WINDOW (buurt_funders_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtFundersWindow, buurt_funders_window, BUURT, FUNDERS_WINDOW, AdwWindow)

BuurtFundersWindow *buurt_funders_window_new        (GtkWindow          *parent,
                                                     BuurtDatabase      *database);
guint               buurt_funders_window_get_n_lines (BuurtFundersWindow *self);
const char         *buurt_funders_window_get_figure (BuurtFundersWindow *self,
                                                     gint64              funder_id,
                                                     const char         *year,
                                                     const char         *figure);

G_END_DECLS

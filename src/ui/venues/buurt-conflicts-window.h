/* buurt-conflicts-window.h: the double bookings, to fix them
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CONFLICTS_WINDOW (buurt_conflicts_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtConflictsWindow, buurt_conflicts_window, BUURT, CONFLICTS_WINDOW, AdwWindow)

BuurtConflictsWindow *buurt_conflicts_window_new     (GtkWindow            *parent,
                                                      BuurtDatabase        *database);
void                  buurt_conflicts_window_reload  (BuurtConflictsWindow *self);
guint                 buurt_conflicts_window_get_n_shown (BuurtConflictsWindow *self);

G_END_DECLS

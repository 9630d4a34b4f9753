/* buurt-desk-conflicts-window.h: records changed on two desks, waiting or settled
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_DESK_CONFLICTS_WINDOW (buurt_desk_conflicts_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtDeskConflictsWindow, buurt_desk_conflicts_window, BUURT, DESK_CONFLICTS_WINDOW, AdwWindow)

BuurtDeskConflictsWindow *buurt_desk_conflicts_window_new (GtkWindow     *parent,
                                                           BuurtDatabase *database);

G_END_DECLS

/* buurt-accessible.h: names for the parts of GTK's widgets that take the focus
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void buurt_accessible_name_parts    (GtkWidget *root);
void buurt_accessible_watch_windows (void);

G_END_DECLS

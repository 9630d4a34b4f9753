/* buurt-progress.h: a progress bar that shows after a second of work
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void buurt_progress_show_later (GtkProgressBar *bar,
                                guint          *source_id);

G_END_DECLS

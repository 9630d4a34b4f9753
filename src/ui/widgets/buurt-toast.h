/* buurt-toast.h: showing a toast from any widget
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean buurt_toast_show           (GtkWidget *widget,
                                     AdwToast  *toast);
gboolean buurt_toast_show_in_window (GtkWindow *window,
                                     AdwToast  *toast);

G_END_DECLS

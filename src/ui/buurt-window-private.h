/* buurt-window-private.h: what the window's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-window.h"

G_BEGIN_DECLS

void buurt_window_init_import (BuurtWindow *self);

/* Calendar files: ical/buurt-window-ical.c */
void buurt_window_init_ical   (BuurtWindow   *self);
void buurt_window_import_ical (BuurtWindow   *window,
                               BuurtDatabase *database,
                               GFile         *file);

G_END_DECLS

/* buurt-window-private.h: what the window's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-window.h"

G_BEGIN_DECLS

void buurt_window_init_import (BuurtWindow *self);

G_END_DECLS

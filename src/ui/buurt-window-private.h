/* buurt-window-private.h: what the window's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-window.h"

G_BEGIN_DECLS

void buurt_window_init_import (BuurtWindow *self);

/* buurt-window-desks.c */
void buurt_window_init_desks        (BuurtWindow   *self);
void buurt_window_receive_desk_file (BuurtWindow   *self,
                                     BuurtDatabase *database,
                                     GFile         *file);
void buurt_window_exchange_folder   (BuurtWindow   *self,
                                     GFile         *folder);

G_END_DECLS

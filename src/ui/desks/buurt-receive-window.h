/* buurt-receive-window.h: the preview of another desk's exchange file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"
#include "buurt-desk-exchange.h"

G_BEGIN_DECLS

#define BUURT_TYPE_RECEIVE_WINDOW (buurt_receive_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtReceiveWindow, buurt_receive_window, BUURT, RECEIVE_WINDOW, AdwWindow)

BuurtReceiveWindow *buurt_receive_window_new (GtkWindow     *parent,
                                              BuurtDatabase *database,
                                              GFile         *file);

G_END_DECLS

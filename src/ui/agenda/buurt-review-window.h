/* buurt-review-window.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_REVIEW_WINDOW (buurt_review_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtReviewWindow, buurt_review_window, BUURT, REVIEW_WINDOW, AdwWindow)

BuurtReviewWindow *buurt_review_window_new (GtkWindow     *parent,
                                            BuurtDatabase *database);

G_END_DECLS

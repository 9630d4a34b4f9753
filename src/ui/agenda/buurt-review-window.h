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

BuurtReviewWindow *buurt_review_window_new              (GtkWindow         *parent,
                                                         BuurtDatabase        *database);

/* Test hooks: what the buttons and the reject dialog do, without them. */
guint              buurt_review_window_get_n_rows       (BuurtReviewWindow *self);
void               buurt_review_window_select           (BuurtReviewWindow *self,
                                                         guint              index,
                                                         gboolean           selected);
gboolean           buurt_review_window_approve_selected (BuurtReviewWindow *self);
gboolean           buurt_review_window_reject_selected  (BuurtReviewWindow *self,
                                                         const char        *reason);
void               buurt_review_window_undo             (BuurtReviewWindow *self);

G_END_DECLS

/* buurt-lessons-window.h: the obstacles and lessons of all initiatives
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_LESSONS_WINDOW (buurt_lessons_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtLessonsWindow, buurt_lessons_window, BUURT, LESSONS_WINDOW, AdwWindow)

BuurtLessonsWindow *buurt_lessons_window_new        (GtkWindow          *parent,
                                                     BuurtDatabase      *database);
guint               buurt_lessons_window_get_n_rows (BuurtLessonsWindow *self);

G_END_DECLS

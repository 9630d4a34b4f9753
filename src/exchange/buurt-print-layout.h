/* buurt-print-layout.h: a week or a month of the agenda on paper
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "buurt-paper.h"

G_BEGIN_DECLS

#define BUURT_TYPE_PRINT_LAYOUT (buurt_print_layout_get_type ())

G_DECLARE_FINAL_TYPE (BuurtPrintLayout, buurt_print_layout, BUURT, PRINT_LAYOUT, GObject)

BuurtPrintLayout *buurt_print_layout_new           (GPtrArray         *occurrences,
                                                    const char        *title);
guint             buurt_print_layout_paginate      (BuurtPrintLayout  *self,
                                                    cairo_t           *cr,
                                                    double             width,
                                                    double             height);
guint             buurt_print_layout_get_n_pages   (BuurtPrintLayout  *self);
void              buurt_print_layout_draw_page     (BuurtPrintLayout  *self,
                                                    cairo_t           *cr,
                                                    guint              page);
gboolean          buurt_print_layout_write_pdf     (BuurtPrintLayout  *self,
                                                    GFile             *file,
                                                    BuurtPaper         paper,
                                                    GError           **error);

G_END_DECLS

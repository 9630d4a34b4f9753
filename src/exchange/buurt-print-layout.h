/* buurt-print-layout.h: a week or a month of the agenda on paper
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BuurtPaper:
 * @BUURT_PAPER_A4: A4 portrait, 210 × 297 mm
 * @BUURT_PAPER_A3: A3 portrait, 297 × 420 mm; everything larger
 */
typedef enum
{
  BUURT_PAPER_A4,
  BUURT_PAPER_A3,
} BuurtPaper;

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
void              buurt_paper_get_size             (BuurtPaper         paper,
                                                    double            *width,
                                                    double            *height);

G_END_DECLS

/* buurt-paper.h: paper sizes, and a paged layout written as a PDF
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

/* The width of A4 portrait, in points. */
#define BUURT_PAPER_A4_WIDTH 595.276

/* A layout's pagination and drawing of one page (the print layout's and the
 * accountability report's). */
typedef guint (*BuurtPaginateFunc) (gpointer  layout,
                                    cairo_t  *cr,
                                    double    width,
                                    double    height);
typedef void  (*BuurtDrawPageFunc) (gpointer  layout,
                                    cairo_t  *cr,
                                    guint     page);

void     buurt_paper_get_size  (BuurtPaper          paper,
                                double             *width,
                                double             *height);
gboolean buurt_paper_write_pdf (GFile              *file,
                                BuurtPaper          paper,
                                const char         *title,
                                BuurtPaginateFunc   paginate,
                                BuurtDrawPageFunc   draw_page,
                                gpointer            layout,
                                GError            **error);

G_END_DECLS

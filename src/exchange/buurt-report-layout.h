/* buurt-report-layout.h: the accountability report on paper
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "buurt-print-layout.h"
#include "buurt-report-data.h"

G_BEGIN_DECLS

#define BUURT_TYPE_REPORT_LAYOUT (buurt_report_layout_get_type ())

G_DECLARE_FINAL_TYPE (BuurtReportLayout, buurt_report_layout, BUURT, REPORT_LAYOUT, GObject)

BuurtReportLayout *buurt_report_layout_new          (BuurtReport        *report);
const char        *buurt_report_layout_get_title    (BuurtReportLayout  *self);
guint              buurt_report_layout_paginate     (BuurtReportLayout  *self,
                                                     cairo_t            *cr,
                                                     double              width,
                                                     double              height);
guint              buurt_report_layout_get_n_pages  (BuurtReportLayout  *self);
void               buurt_report_layout_draw_page    (BuurtReportLayout  *self,
                                                     cairo_t            *cr,
                                                     guint               page);
gboolean           buurt_report_layout_write_pdf    (BuurtReportLayout  *self,
                                                     GFile              *file,
                                                     BuurtPaper          paper,
                                                     GError            **error);

G_END_DECLS

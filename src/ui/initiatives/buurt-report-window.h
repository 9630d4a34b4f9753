/* buurt-report-window.h: the accountability report, previewed and printed
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_REPORT_WINDOW (buurt_report_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtReportWindow, buurt_report_window, BUURT, REPORT_WINDOW, AdwWindow)

BuurtReportWindow *buurt_report_window_new         (GtkWindow         *parent,
                                                    BuurtDatabase     *database,
                                                    gint64             initiative_id);
guint              buurt_report_window_get_n_pages (BuurtReportWindow *self);
const char        *buurt_report_window_get_message (BuurtReportWindow *self);
void               buurt_report_window_set_period  (BuurtReportWindow *self,
                                                    const char        *from,
                                                    const char        *to);

G_END_DECLS

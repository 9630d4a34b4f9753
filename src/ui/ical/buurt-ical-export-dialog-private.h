/* buurt-ical-export-dialog-private.h: what the tests reach of the dialog
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-ical-export-dialog.h"

G_BEGIN_DECLS

/* The calendars of First day and Last day, in their popovers. */
GtkCalendar *buurt_ical_export_dialog_get_first_calendar (BuurtIcalExportDialog *self);
GtkCalendar *buurt_ical_export_dialog_get_last_calendar  (BuurtIcalExportDialog *self);
/* The progress bar of a running export, shown after a second. */
GtkWidget   *buurt_ical_export_dialog_get_progress_bar   (BuurtIcalExportDialog *self);

G_END_DECLS

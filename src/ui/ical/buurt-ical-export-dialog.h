/* buurt-ical-export-dialog.h: which activities and dates go into a
 * calendar file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ICAL_EXPORT_DIALOG (buurt_ical_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuurtIcalExportDialog, buurt_ical_export_dialog, BUURT, ICAL_EXPORT_DIALOG, AdwWindow)

/**
 * BuurtIcalExportScope:
 * @BUURT_ICAL_EXPORT_EVERYTHING: every published activity
 * @BUURT_ICAL_EXPORT_AGENDA: what the agenda shows: its filters and search
 * @BUURT_ICAL_EXPORT_VENUE: the activities in one venue
 * @BUURT_ICAL_EXPORT_TOWN: the activities in the venues of one town (kern)
 * @BUURT_ICAL_EXPORT_INITIATIVE: the activities of one initiative
 *
 * The choices of "Which activities", in their order.
 */
typedef enum
{
  BUURT_ICAL_EXPORT_EVERYTHING,
  BUURT_ICAL_EXPORT_AGENDA,
  BUURT_ICAL_EXPORT_VENUE,
  BUURT_ICAL_EXPORT_TOWN,
  BUURT_ICAL_EXPORT_INITIATIVE,
} BuurtIcalExportScope;

BuurtIcalExportDialog *buurt_ical_export_dialog_new       (GtkWindow              *parent,
                                                           BuurtDatabase          *database,
                                                           const BuurtAgendaQuery *agenda);
void                   buurt_ical_export_dialog_export_to (BuurtIcalExportDialog  *self,
                                                           GFile                  *file);

G_END_DECLS

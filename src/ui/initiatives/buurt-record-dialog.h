/* buurt-record-dialog.h: adding a funding request, an expense or a journal entry
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_RECORD_DIALOG (buurt_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRecordDialog, buurt_record_dialog, BUURT, RECORD_DIALOG, AdwMessageDialog)

/**
 * BuurtRecordKind:
 * @BUURT_RECORD_REQUEST: a funding request
 * @BUURT_RECORD_EXPENSE: an expense
 * @BUURT_RECORD_JOURNAL: a journal entry
 */
typedef enum
{
  BUURT_RECORD_REQUEST,
  BUURT_RECORD_EXPENSE,
  BUURT_RECORD_JOURNAL,
} BuurtRecordKind;

BuurtRecordDialog *buurt_record_dialog_new         (GtkWindow         *parent,
                                                    BuurtDatabase     *database,
                                                    BuurtRecordKind    kind,
                                                    gint64             initiative_id);
BuurtRecordDialog *buurt_record_dialog_new_edit    (GtkWindow         *parent,
                                                    BuurtDatabase     *database,
                                                    BuurtEntity       *record,
                                                    gint64             initiative_id);
void               buurt_record_dialog_set_field   (BuurtRecordDialog *self,
                                                    const char        *field,
                                                    const char        *text);
void               buurt_record_dialog_set_choice  (BuurtRecordDialog *self,
                                                    const char        *field,
                                                    guint              position);
gboolean           buurt_record_dialog_can_save    (BuurtRecordDialog *self);
const char        *buurt_record_dialog_get_problem (BuurtRecordDialog *self);
const char        *buurt_record_dialog_get_warning (BuurtRecordDialog *self);
gboolean           buurt_record_dialog_save        (BuurtRecordDialog *self,
                                                    GError           **error);

G_END_DECLS

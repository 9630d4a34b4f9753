/* buurt-stage-dialog.h: asks what moving an initiative to a stage needs
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-entities.h"

G_BEGIN_DECLS

#define BUURT_TYPE_STAGE_DIALOG (buurt_stage_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuurtStageDialog, buurt_stage_dialog, BUURT, STAGE_DIALOG, AdwMessageDialog)

BuurtStageDialog *buurt_stage_dialog_new                 (GtkWindow        *parent,
                                                          const char       *title,
                                                          BuurtStage        stage,
                                                          const char       *today);
BuurtStage        buurt_stage_dialog_get_stage           (BuurtStageDialog *self);
const char       *buurt_stage_dialog_get_note            (BuurtStageDialog *self);
char             *buurt_stage_dialog_get_next_evaluation (BuurtStageDialog *self);
void              buurt_stage_dialog_set_note            (BuurtStageDialog *self,
                                                          const char       *note);
void              buurt_stage_dialog_set_next_evaluation (BuurtStageDialog *self,
                                                          const char       *text);
gboolean          buurt_stage_dialog_can_move            (BuurtStageDialog *self);
const char       *buurt_stage_dialog_get_problem         (BuurtStageDialog *self);

G_END_DECLS

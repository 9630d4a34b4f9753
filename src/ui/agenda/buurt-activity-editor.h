/* buurt-activity-editor.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-activity.h"
#include "buurt-command.h"
#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ACTIVITY_EDITOR (buurt_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtActivityEditor, buurt_activity_editor, BUURT, ACTIVITY_EDITOR, AdwWindow)

BuurtActivityEditor *buurt_activity_editor_new  (GtkWindow           *parent,
                                                 BuurtDatabase       *database,
                                                 BuurtActivity       *activity,
                                                 gboolean             duplicate);
gboolean             buurt_activity_editor_save (BuurtActivityEditor *self);
void                 buurt_activity_editor_set_date (BuurtActivityEditor *self,
                                                     BuurtOccurrence     *occurrence);
void                 buurt_activity_editor_set_initiative (BuurtActivityEditor *self,
                                                           gint64               initiative_id);
BuurtCommand        *buurt_activity_editor_get_command (BuurtActivityEditor *self);

G_END_DECLS

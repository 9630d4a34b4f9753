/* buurt-initiative-editor.h: adding or changing an initiative
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_INITIATIVE_EDITOR (buurt_initiative_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtInitiativeEditor, buurt_initiative_editor, BUURT, INITIATIVE_EDITOR, AdwWindow)

BuurtInitiativeEditor *buurt_initiative_editor_new        (GtkWindow             *parent,
                                                           BuurtDatabase         *database,
                                                           gint64                 initiative_id);
gboolean               buurt_initiative_editor_save       (BuurtInitiativeEditor *self);
const char            *buurt_initiative_editor_get_error  (BuurtInitiativeEditor *self);
void                   buurt_initiative_editor_add_person (BuurtInitiativeEditor *self,
                                                           gint64                 contact_id,
                                                           BuurtPartnerRole       role);
guint                  buurt_initiative_editor_get_n_people (BuurtInitiativeEditor *self);

G_END_DECLS

/* buurt-desk-conflict-row.h: one record changed on two desks, side by side
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"
#include "buurt-desk-exchange.h"

G_BEGIN_DECLS

#define BUURT_TYPE_DESK_CONFLICT_ROW (buurt_desk_conflict_row_get_type ())

G_DECLARE_FINAL_TYPE (BuurtDeskConflictRow, buurt_desk_conflict_row, BUURT, DESK_CONFLICT_ROW, AdwExpanderRow)

GtkWidget       *buurt_desk_conflict_row_new        (BuurtDatabase        *database,
                                                     const char           *table,
                                                     const char           *uuid,
                                                     GVariant             *mine,
                                                     GVariant             *theirs,
                                                     const char           *their_desk);
const char      *buurt_desk_conflict_row_get_table  (BuurtDeskConflictRow *self);
const char      *buurt_desk_conflict_row_get_uuid   (BuurtDeskConflictRow *self);
BuurtDeskChoice  buurt_desk_conflict_row_get_choice (BuurtDeskConflictRow *self);
void             buurt_desk_conflict_row_set_choice (BuurtDeskConflictRow *self,
                                                     BuurtDeskChoice       choice);
void             buurt_desk_conflict_row_set_choosable (BuurtDeskConflictRow *self,
                                                        gboolean              choosable);

G_END_DECLS

/* buurt-room-editor.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ROOM_EDITOR (buurt_room_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRoomEditor, buurt_room_editor, BUURT, ROOM_EDITOR, AdwWindow)

BuurtRoomEditor *buurt_room_editor_new       (GtkWindow       *parent,
                                              BuurtDatabase   *database,
                                              gint64           venue_id,
                                              gint64           room_id);
gboolean         buurt_room_editor_save      (BuurtRoomEditor *self);
const char      *buurt_room_editor_get_error (BuurtRoomEditor *self);

G_END_DECLS

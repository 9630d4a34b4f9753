/* buurt-venue-editor.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VENUE_EDITOR (buurt_venue_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtVenueEditor, buurt_venue_editor, BUURT, VENUE_EDITOR, AdwWindow)

BuurtVenueEditor *buurt_venue_editor_new   (GtkWindow        *parent,
                                            BuurtDatabase    *database,
                                            gint64            venue_id);
gboolean          buurt_venue_editor_save  (BuurtVenueEditor *self);
const char       *buurt_venue_editor_get_error (BuurtVenueEditor *self);

G_END_DECLS

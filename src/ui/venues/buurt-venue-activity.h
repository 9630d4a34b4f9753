/* buurt-venue-activity.h: opening the activity editor from the Venues view
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-database.h"

G_BEGIN_DECLS

void buurt_venues_new_activity  (GtkWidget     *from,
                                 BuurtDatabase *database,
                                 gint64         room_id,
                                 GDateTime     *starts_at,
                                 GDateTime     *ends_at,
                                 gboolean       weekly);
void buurt_venues_edit_activity (GtkWidget     *from,
                                 BuurtDatabase *database,
                                 gint64         activity_id);

G_END_DECLS

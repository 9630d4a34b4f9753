/* buurt-ical-preview.h: what importing a calendar file would change
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ICAL_PREVIEW (buurt_ical_preview_get_type ())

G_DECLARE_FINAL_TYPE (BuurtIcalPreview, buurt_ical_preview, BUURT, ICAL_PREVIEW, AdwWindow)

BuurtIcalPreview *buurt_ical_preview_new (GtkWindow     *parent,
                                          BuurtDatabase *database,
                                          GFile         *file);

G_END_DECLS

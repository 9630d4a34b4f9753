/* buurt-ical-preview-private.h: what the preview's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-ical.h"
#include "buurt-ical-preview.h"

G_BEGIN_DECLS

/* buurt-ical-preview-rows.c: one group of rows per kind of item; @toggled
 * is called when the user ticks or unticks an item. */
GtkWidget *buurt_ical_preview_rows_new_group (BuurtDatabase     *database,
                                              BuurtIcalImport   *import,
                                              BuurtIcalItemKind  kind,
                                              GCallback          toggled,
                                              gpointer           user_data);

G_END_DECLS

/* buurt-section-header.h: a heading above the first row of each section of a list box
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void buurt_section_header_update (GtkListBoxRow *row,
                                  gboolean       first_of_section,
                                  const char    *title);

G_END_DECLS

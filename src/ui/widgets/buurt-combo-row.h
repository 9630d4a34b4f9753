/* buurt-combo-row.h: list items of an AdwComboRow that screen readers name
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void buurt_combo_row_name_items (AdwComboRow *row);

G_END_DECLS

/* buurt-csv-preview.h: what importing a spreadsheet would do
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-csv-import.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CSV_PREVIEW (buurt_csv_preview_get_type ())

G_DECLARE_FINAL_TYPE (BuurtCsvPreview, buurt_csv_preview, BUURT, CSV_PREVIEW, AdwWindow)

BuurtCsvPreview *buurt_csv_preview_new        (GtkWindow       *parent,
                                               BuurtCsvImport  *import);
BuurtCsvImport  *buurt_csv_preview_get_import (BuurtCsvPreview *self);

G_END_DECLS

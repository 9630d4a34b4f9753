/* buurt-initiative-row.h: one initiative in the Initiatives list
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-entities.h"

G_BEGIN_DECLS

GtkWidget *buurt_initiative_row_new        (const BuurtInitiativeSummary *summary,
                                            const char                   *today);
gint64     buurt_initiative_row_get_id     (GtkListBoxRow                *row);
BuurtStage buurt_initiative_row_get_stage  (GtkListBoxRow                *row);
gboolean   buurt_initiative_row_is_overdue (GtkListBoxRow                *row);
char      *buurt_initiative_format_date    (const char                   *day);
gboolean   buurt_initiative_parse_date     (const char                   *text,
                                            char                        **day);

G_END_DECLS

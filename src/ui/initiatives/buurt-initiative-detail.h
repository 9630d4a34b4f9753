/* buurt-initiative-detail.h: one initiative with its people, activities and journal
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_INITIATIVE_DETAIL (buurt_initiative_detail_get_type ())

G_DECLARE_FINAL_TYPE (BuurtInitiativeDetail, buurt_initiative_detail, BUURT, INITIATIVE_DETAIL, GtkWidget)

void             buurt_initiative_detail_set_database (BuurtInitiativeDetail *self,
                                                       BuurtDatabase         *database);
void             buurt_initiative_detail_show         (BuurtInitiativeDetail *self,
                                                       gint64                 initiative_id);
void             buurt_initiative_detail_reload       (BuurtInitiativeDetail *self);
BuurtInitiative *buurt_initiative_detail_get_initiative (BuurtInitiativeDetail *self);
guint            buurt_initiative_detail_count_rows   (BuurtInitiativeDetail *self,
                                                       const char            *section);

const char      *buurt_initiative_detail_get_balance  (BuurtInitiativeDetail *self);

G_END_DECLS

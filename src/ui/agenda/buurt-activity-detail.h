/* buurt-activity-detail.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-activity.h"
#include "buurt-occurrence.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ACTIVITY_DETAIL (buurt_activity_detail_get_type ())

G_DECLARE_FINAL_TYPE (BuurtActivityDetail, buurt_activity_detail, BUURT, ACTIVITY_DETAIL, GtkWidget)

void        buurt_activity_detail_show       (BuurtActivityDetail *self,
                                              BuurtOccurrence     *occurrence,
                                              BuurtActivity       *activity);
const char *buurt_activity_detail_get_title  (BuurtActivityDetail *self);

G_END_DECLS

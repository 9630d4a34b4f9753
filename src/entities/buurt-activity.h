/* buurt-activity.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ACTIVITY (buurt_activity_get_type ())

G_DECLARE_FINAL_TYPE (BuurtActivity, buurt_activity, BUURT, ACTIVITY, BuurtEntity)

BuurtActivity *buurt_activity_new    (void);
GArray        *buurt_activity_expand (BuurtActivity  *self,
                                      GDateTime      *horizon,
                                      GError        **error);
GArray        *buurt_activity_expand_all (BuurtActivity  *self,
                                          GDateTime      *horizon,
                                          GError        **error);

G_END_DECLS

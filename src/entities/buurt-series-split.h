/* buurt-series-split.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_SERIES_SPLIT (buurt_series_split_get_type ())

G_DECLARE_FINAL_TYPE (BuurtSeriesSplit, buurt_series_split, BUURT, SERIES_SPLIT, BuurtEntity)

BuurtSeriesSplit *buurt_series_split_new (void);
char             *buurt_series_split_rule_until (const char *rrule,
                                                GDateTime  *until);
char             *buurt_series_split_rule_count (const char *rrule,
                                                int         count);

G_END_DECLS

/* buurt-occurrence-override.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_OCCURRENCE_OVERRIDE (buurt_occurrence_override_get_type ())

G_DECLARE_FINAL_TYPE (BuurtOccurrenceOverride, buurt_occurrence_override, BUURT, OCCURRENCE_OVERRIDE, BuurtEntity)

BuurtOccurrenceOverride *buurt_occurrence_override_new (void);
char          *buurt_occurrence_override_dup_day (BuurtOccurrenceOverride *self,
                                                  const char              *tzid,
                                                  const char              *property);

G_END_DECLS

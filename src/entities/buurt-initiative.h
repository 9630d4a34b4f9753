/* buurt-initiative.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_INITIATIVE (buurt_initiative_get_type ())

G_DECLARE_FINAL_TYPE (BuurtInitiative, buurt_initiative, BUURT, INITIATIVE, BuurtEntity)

BuurtInitiative *buurt_initiative_new (void);

G_END_DECLS

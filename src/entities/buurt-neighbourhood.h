/* buurt-neighbourhood.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_NEIGHBOURHOOD (buurt_neighbourhood_get_type ())

G_DECLARE_FINAL_TYPE (BuurtNeighbourhood, buurt_neighbourhood, BUURT, NEIGHBOURHOOD, BuurtEntity)

BuurtNeighbourhood *buurt_neighbourhood_new (void);

G_END_DECLS

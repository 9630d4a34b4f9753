/* buurt-venue.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_VENUE (buurt_venue_get_type ())

G_DECLARE_FINAL_TYPE (BuurtVenue, buurt_venue, BUURT, VENUE, BuurtEntity)

BuurtVenue *buurt_venue_new (void);

G_END_DECLS

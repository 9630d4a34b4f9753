/* buurt-ical-link.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_ICAL_LINK (buurt_ical_link_get_type ())

G_DECLARE_FINAL_TYPE (BuurtIcalLink, buurt_ical_link, BUURT, ICAL_LINK, BuurtEntity)

BuurtIcalLink *buurt_ical_link_new (void);

G_END_DECLS

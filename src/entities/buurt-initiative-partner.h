/* buurt-initiative-partner.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_INITIATIVE_PARTNER (buurt_initiative_partner_get_type ())

G_DECLARE_FINAL_TYPE (BuurtInitiativePartner, buurt_initiative_partner, BUURT, INITIATIVE_PARTNER, BuurtEntity)

BuurtInitiativePartner *buurt_initiative_partner_new (void);

G_END_DECLS

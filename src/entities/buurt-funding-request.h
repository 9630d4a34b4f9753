/* buurt-funding-request.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_FUNDING_REQUEST (buurt_funding_request_get_type ())

G_DECLARE_FINAL_TYPE (BuurtFundingRequest, buurt_funding_request, BUURT, FUNDING_REQUEST, BuurtEntity)

BuurtFundingRequest *buurt_funding_request_new (void);

G_END_DECLS

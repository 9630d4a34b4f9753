/* buurt-kern.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_KERN (buurt_kern_get_type ())

G_DECLARE_FINAL_TYPE (BuurtKern, buurt_kern, BUURT, KERN, BuurtEntity)

BuurtKern *buurt_kern_new (void);

G_END_DECLS

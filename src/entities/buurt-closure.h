/* buurt-closure.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CLOSURE (buurt_closure_get_type ())

G_DECLARE_FINAL_TYPE (BuurtClosure, buurt_closure, BUURT, CLOSURE, BuurtEntity)

BuurtClosure *buurt_closure_new (void);
gboolean       buurt_closure_covers_day (BuurtClosure *self,
                                         const char   *day);

G_END_DECLS

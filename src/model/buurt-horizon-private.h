/* buurt-horizon-private.h: for the database context and for tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"
#include "buurt-horizon.h"

G_BEGIN_DECLS

/**
 * BuurtClockFunc:
 * @user_data: the data given with the clock
 *
 * Returns: (transfer full): the current instant
 */
typedef GDateTime *(*BuurtClockFunc) (gpointer user_data);

BuurtHorizon *buurt_horizon_new       (BuurtDatabase  *database);
void          buurt_horizon_set_clock (BuurtHorizon   *self,
                                       BuurtClockFunc  clock,
                                       gpointer        user_data);

G_END_DECLS

/* buurt-agenda-model-private.h: for the model itself and for tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-agenda-model.h"

G_BEGIN_DECLS

/* After a change the model reads this many rows at once and tells the list
 * of them; the rest are counted in a thread and added after. */
#define BUURT_AGENDA_MODEL_FIRST_ROWS 40

G_END_DECLS

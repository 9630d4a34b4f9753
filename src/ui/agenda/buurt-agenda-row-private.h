/* buurt-agenda-row-private.h: what the tests ask an agenda row
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-agenda-row.h"

G_BEGIN_DECLS

const char *buurt_agenda_row_get_sentence (BuurtAgendaRow *self);

G_END_DECLS

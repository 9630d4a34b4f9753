/* buurt-expense.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_EXPENSE (buurt_expense_get_type ())

G_DECLARE_FINAL_TYPE (BuurtExpense, buurt_expense, BUURT, EXPENSE, BuurtEntity)

BuurtExpense *buurt_expense_new (void);

G_END_DECLS

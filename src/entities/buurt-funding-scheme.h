/* buurt-funding-scheme.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_FUNDING_SCHEME (buurt_funding_scheme_get_type ())

G_DECLARE_FINAL_TYPE (BuurtFundingScheme, buurt_funding_scheme, BUURT, FUNDING_SCHEME, BuurtEntity)

BuurtFundingScheme *buurt_funding_scheme_new (void);

/**
 * BuurtFunderYear:
 * @funder_id: the funder (a contact)
 * @funder: its name
 * @year: the year the requests were made in, such as "2026"
 * @budget_cents: the yearly budgets of its schemes together
 * @requested_cents: what was asked (all but drafts)
 * @granted_cents: what was granted (granted, paid or accounted for)
 * @paid_cents: what was paid (paid or accounted for)
 * @rejected_cents: what was asked in the requests turned down
 * @n_decided: the requests decided (granted, paid, accounted for or rejected)
 * @n_rejected: of those, turned down
 * @reasons: (nullable): the reasons given for turning them down, one a line
 *
 * One line of the funders overview.
 */
typedef struct
{
  gint64  funder_id;
  char   *funder;
  char   *year;
  gint64  budget_cents;
  gint64  requested_cents;
  gint64  granted_cents;
  gint64  paid_cents;
  gint64  rejected_cents;
  guint   n_decided;
  guint   n_rejected;
  char   *reasons;
} BuurtFunderYear;

void    buurt_funder_year_free           (BuurtFunderYear       *year);
double  buurt_funder_year_rejection_rate (const BuurtFunderYear *year);
gint64  buurt_funder_year_unused_cents   (const BuurtFunderYear *year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtFunderYear, buurt_funder_year_free)

G_END_DECLS

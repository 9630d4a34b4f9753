/* buurt-funding-scheme.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-funding-scheme"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-funding-scheme.h"

/*
 * A row of the funding_scheme table: what a funder usually gives per request
 * (0: no usual maximum) and the budget it has for a year (0: not known).
 */
struct _BuurtFundingScheme
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtFundingScheme, buurt_funding_scheme, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_FUNDER_ID,
  PROP_NAME,
  PROP_MAX_REQUEST_CENTS,
  PROP_YEARLY_BUDGET_CENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_funding_scheme_validate (BuurtEntity  *entity,
                               GError      **error)
{
  if (buurt_entity_get_int (entity, "funder-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the funder this scheme belongs to."));
      return FALSE;
    }
  if (!buurt_entity_require_text (entity, "name", _("Scheme"), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "max-request-cents", _("Usual maximum per request"), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "yearly-budget-cents", _("Budget per year"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_funding_scheme_class_init (BuurtFundingSchemeClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_funding_scheme_validate;

  properties[PROP_FUNDER_ID] = buurt_column_id ("funder-id");
  properties[PROP_NAME] = buurt_column_string ("name");
  properties[PROP_MAX_REQUEST_CENTS] = buurt_column_int ("max-request-cents", 0);
  properties[PROP_YEARLY_BUDGET_CENTS] = buurt_column_int ("yearly-budget-cents", 0);

  buurt_entity_class_install_properties (entity_class, "funding_scheme", properties, N_PROPS);
}

static void
buurt_funding_scheme_init (BuurtFundingScheme *self)
{
}

/**
 * buurt_funding_scheme_new:
 *
 * Returns: (transfer full): a new, unsaved scheme
 */
BuurtFundingScheme *
buurt_funding_scheme_new (void)
{
  return g_object_new (BUURT_TYPE_FUNDING_SCHEME, NULL);
}

void
buurt_funder_year_free (BuurtFunderYear *year)
{
  if (year == NULL)
    return;

  g_free (year->funder);
  g_free (year->year);
  g_free (year->reasons);
  g_free (year);
}

/**
 * buurt_funder_year_rejection_rate:
 *
 * Returns: the share of the decided requests that were turned down, 0 to 1
 *   (0 when none was decided)
 */
double
buurt_funder_year_rejection_rate (const BuurtFunderYear *year)
{
  g_return_val_if_fail (year != NULL, 0);

  return year->n_decided > 0 ? (double) year->n_rejected / year->n_decided : 0;
}

/**
 * buurt_funder_year_unused_cents:
 *
 * Returns: the budget left when what was granted is taken off (never below 0)
 */
gint64
buurt_funder_year_unused_cents (const BuurtFunderYear *year)
{
  g_return_val_if_fail (year != NULL, 0);

  return MAX (year->budget_cents - year->granted_cents, 0);
}

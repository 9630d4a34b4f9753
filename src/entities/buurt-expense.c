/* buurt-expense.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-expense"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-expense.h"

/* A row of the expense table; its columns are properties of BuurtEntity. */
struct _BuurtExpense
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtExpense, buurt_expense, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_INITIATIVE_ID,
  PROP_FUNDING_REQUEST_ID,
  PROP_SPENT_ON,
  PROP_DESCRIPTION,
  PROP_AMOUNT_CENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_expense_validate (BuurtEntity  *entity,
                        GError      **error)
{
  if (buurt_entity_get_int (entity, "initiative-id") == 0 &&
      buurt_entity_get_int (entity, "funding-request-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the initiative or funding request this expense belongs to."));
      return FALSE;
    }
  if (!buurt_entity_require_text (entity, "spent-on", _("Date"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "spent-on", _("Date"), error))
    return FALSE;
  if (!buurt_entity_require_text (entity, "description", _("Description"), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "amount-cents", _("Amount"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_expense_class_init (BuurtExpenseClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_expense_validate;

  properties[PROP_INITIATIVE_ID] = buurt_column_id ("initiative-id");
  properties[PROP_FUNDING_REQUEST_ID] = buurt_column_id ("funding-request-id");
  properties[PROP_SPENT_ON] = buurt_column_string ("spent-on");
  properties[PROP_DESCRIPTION] = buurt_column_string ("description");
  properties[PROP_AMOUNT_CENTS] = buurt_column_int ("amount-cents", 0);

  buurt_entity_class_install_properties (entity_class, "expense", properties, N_PROPS);
}

static void
buurt_expense_init (BuurtExpense *self)
{
}

/**
 * buurt_expense_new:
 *
 * Returns: (transfer full): a new, unsaved expense
 */
BuurtExpense *
buurt_expense_new (void)
{
  return g_object_new (BUURT_TYPE_EXPENSE, NULL);
}

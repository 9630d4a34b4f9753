/* buurt-funding-request.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-funding-request"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-funding-request.h"

/* A row of the funding_request table; its columns are properties of BuurtEntity. */
struct _BuurtFundingRequest
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtFundingRequest, buurt_funding_request, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_INITIATIVE_ID,
  PROP_FUNDER_ID,
  PROP_AMOUNT_REQUESTED_CENTS,
  PROP_AMOUNT_GRANTED_CENTS,
  PROP_STATUS,
  PROP_REQUESTED_ON,
  PROP_DECIDED_ON,
  PROP_CONDITIONS,
  PROP_REJECTION_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_funding_request_validate (BuurtEntity  *entity,
                                GError      **error)
{
  if (buurt_entity_get_int (entity, "initiative-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the initiative this request is for."));
      return FALSE;
    }
  if (!buurt_entity_require_not_negative (entity, "amount-requested-cents", _("Amount requested"), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "amount-granted-cents", _("Amount granted"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "requested-on", _("Requested on"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "decided-on", _("Decided on"), error))
    return FALSE;
  if (!buurt_entity_check_order (entity, "requested-on", "decided-on",
                                  _("The decision date cannot be before the request date."), error))
    return FALSE;
  if (buurt_entity_get_enum (entity, "status") == BUURT_FUNDING_STATUS_REJECTED &&
      !buurt_entity_require_text (entity, "rejection-reason", _("Reason for turning it down"), error))
    return FALSE;
  if (buurt_entity_get_enum (entity, "status") == BUURT_FUNDING_STATUS_REJECTED &&
      buurt_entity_get_int (entity, "amount-granted-cents") > 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Amount granted: a request that was turned down has no granted amount."));
      return FALSE;
    }

  return TRUE;
}

static void
buurt_funding_request_class_init (BuurtFundingRequestClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_funding_request_validate;

  properties[PROP_INITIATIVE_ID] = buurt_column_id ("initiative-id");
  properties[PROP_FUNDER_ID] = buurt_column_id ("funder-id");
  properties[PROP_AMOUNT_REQUESTED_CENTS] = buurt_column_int ("amount-requested-cents", 0);
  properties[PROP_AMOUNT_GRANTED_CENTS] = buurt_column_int ("amount-granted-cents", 0);
  properties[PROP_STATUS] = buurt_column_enum ("status", BUURT_TYPE_FUNDING_STATUS, BUURT_FUNDING_STATUS_DRAFT);
  properties[PROP_REQUESTED_ON] = buurt_column_string ("requested-on");
  properties[PROP_DECIDED_ON] = buurt_column_string ("decided-on");
  properties[PROP_CONDITIONS] = buurt_column_string ("conditions");
  properties[PROP_REJECTION_REASON] = buurt_column_string ("rejection-reason");

  buurt_entity_class_install_properties (entity_class, "funding_request", properties, N_PROPS);
}

static void
buurt_funding_request_init (BuurtFundingRequest *self)
{
}

/**
 * buurt_funding_request_new:
 *
 * Returns: (transfer full): a new, unsaved funding request
 */
BuurtFundingRequest *
buurt_funding_request_new (void)
{
  return g_object_new (BUURT_TYPE_FUNDING_REQUEST, NULL);
}

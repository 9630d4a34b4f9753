/* buurt-database-funders.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include "buurt-database-funders.h"
#include "buurt-database-private.h"

/**
 * buurt_database_funder_max_request:
 *
 * See buurt_store_funder_max_request().
 */
gboolean
buurt_database_funder_max_request (BuurtDatabase  *self,
                                   gint64          funder_id,
                                   gint64         *max_cents,
                                   GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_funder_max_request (buurt_database_get_store (self), funder_id, max_cents, error);
}

/**
 * buurt_database_list_funder_years:
 *
 * See buurt_store_list_funder_years().
 */
GPtrArray *
buurt_database_list_funder_years (BuurtDatabase  *self,
                                  const char     *this_year,
                                  GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_funder_years (buurt_database_get_store (self), this_year, error);
}

/**
 * buurt_database_list_schemes:
 * @funder_id: a contact
 *
 * Returns: (transfer container) (element-type BuurtFundingScheme) (nullable):
 *   the schemes of @funder_id by name, or %NULL on an error
 */
GPtrArray *
buurt_database_list_schemes (BuurtDatabase  *self,
                             gint64          funder_id,
                             GError        **error)
{
  g_autoptr(GListModel) all = NULL;
  GPtrArray *schemes;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  all = buurt_database_list (self, BUURT_TYPE_FUNDING_SCHEME, error);
  if (all == NULL)
    return NULL;

  schemes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(BuurtEntity) scheme = g_list_model_get_item (all, i);

      if (buurt_entity_get_int (scheme, "funder-id") == funder_id)
        g_ptr_array_add (schemes, g_steal_pointer (&scheme));
    }
  return schemes;
}

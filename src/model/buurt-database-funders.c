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

typedef struct
{
  BuurtEntity *contact;
  BuurtEntity *scheme;
  BuurtEntity *drop;
} SaveFunder;

static gboolean
save_funder_in_transaction (BuurtStore  *store,
                            gpointer     user_data,
                            GError     **error)
{
  SaveFunder *data = user_data;

  if (!buurt_store_save (store, data->contact, error))
    return FALSE;
  if (data->scheme != NULL)
    {
      g_object_set (data->scheme, "funder-id", buurt_entity_get_id (data->contact), NULL);
      if (!buurt_store_save (store, data->scheme, error))
        return FALSE;
    }
  if (data->drop != NULL && !buurt_store_delete (store, data->drop, error))
    return FALSE;
  return TRUE;
}

/**
 * buurt_database_save_funder:
 * @contact: a contact, new or changed
 * @scheme: (nullable): a scheme of it to save (its funder is set to @contact)
 * @drop: (nullable): a scheme of it to delete
 *
 * Saves a contact and its scheme in one transaction: all or nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_database_save_funder (BuurtDatabase  *self,
                            BuurtEntity    *contact,
                            BuurtEntity    *scheme,
                            BuurtEntity    *drop,
                            GError        **error)
{
  SaveFunder data = { contact, scheme, drop };

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_CONTACT (contact), FALSE);

  if (scheme != NULL)
    {
      /* Checked before anything is written, with a stand-in funder. */
      g_autoptr(BuurtEntity) check = BUURT_ENTITY (buurt_funding_scheme_new ());

      g_object_set (check,
                    "funder-id", (gint64) 1,
                    "name", buurt_entity_get_string (scheme, "name"),
                    "max-request-cents", buurt_entity_get_int (scheme, "max-request-cents"),
                    "yearly-budget-cents", buurt_entity_get_int (scheme, "yearly-budget-cents"),
                    NULL);
      if (!buurt_entity_validate (check, error))
        return FALSE;
    }
  return buurt_store_transaction (buurt_database_get_store (self), save_funder_in_transaction, &data, error);
}

/* buurt-database-report.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-model"

#include "config.h"

#include "buurt-database-private.h"
#include "buurt-database-report.h"
#include "buurt-store.h"

/**
 * buurt_database_list_lessons:
 *
 * Returns: (transfer full) (element-type BuurtLesson) (nullable): see
 *   buurt_store_list_lessons()
 */
GPtrArray *
buurt_database_list_lessons (BuurtDatabase           *self,
                             const BuurtLessonQuery  *query,
                             GError                 **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_lessons (buurt_database_get_store (self), query, error);
}

/**
 * buurt_database_read_report:
 *
 * Returns: (transfer full) (nullable): see buurt_store_read_report()
 */
BuurtReport *
buurt_database_read_report (BuurtDatabase           *self,
                            const BuurtReportQuery  *query,
                            GError                 **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_read_report (buurt_database_get_store (self), query, error);
}

/**
 * buurt_database_find_uuid:
 *
 * Returns: the id of the row of @type with @uuid, or 0 when there is none
 */
gint64
buurt_database_find_uuid (BuurtDatabase *self,
                          GType          type,
                          const char    *uuid)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), 0);

  list = buurt_database_list (self, type, NULL);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);

      if (g_ascii_strcasecmp (buurt_entity_get_uuid (entity), uuid) == 0)
        return buurt_entity_get_id (entity);
    }
  return 0;
}

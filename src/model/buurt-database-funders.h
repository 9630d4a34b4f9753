/* buurt-database-funders.h: funders' schemes and the funders overview
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"

G_BEGIN_DECLS

gboolean    buurt_database_funder_max_request (BuurtDatabase  *self,
                                               gint64          funder_id,
                                               gint64         *max_cents,
                                               GError        **error);
GPtrArray  *buurt_database_list_funder_years  (BuurtDatabase  *self,
                                               const char     *this_year,
                                               GError        **error);
GPtrArray  *buurt_database_list_schemes       (BuurtDatabase  *self,
                                               gint64          funder_id,
                                               GError        **error);
gboolean    buurt_database_save_funder        (BuurtDatabase  *self,
                                               BuurtEntity    *contact,
                                               BuurtEntity    *scheme,
                                               BuurtEntity    *drop,
                                               GError        **error);

G_END_DECLS

/* buurt-double-bookings.h: every pair of dates that overlap in one room
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

void       buurt_database_read_double_bookings_async  (BuurtDatabase        *self,
                                                       guint                 max_pairs,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray *buurt_database_read_double_bookings_finish (BuurtDatabase        *self,
                                                       GAsyncResult         *result,
                                                       gint64               *n_total,
                                                       GError              **error);

G_END_DECLS

/* buurt-desk-private.h: the desk exchange's own work on the store
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database-private.h"
#include "buurt-desk-exchange.h"
#include "buurt-store-desks.h"

G_BEGIN_DECLS

BuurtDeskFile *buurt_desk_file_read_store  (BuurtStore       *store,
                                            GFile            *file,
                                            GError          **error);
gboolean       buurt_desk_file_write_store (BuurtStore       *store,
                                            GFile            *file,
                                            const char       *since,
                                            guint            *n_records,
                                            GError          **error);
gboolean       buurt_desk_receive_store    (BuurtStore       *store,
                                            BuurtDeskFile    *desk_file,
                                            BuurtDeskChoice   choice,
                                            GHashTable       *choices,
                                            GCancellable     *cancellable,
                                            BuurtDeskSummary *summary,
                                            GError          **error);

gboolean       buurt_desk_changes_anything (BuurtStore       *store,
                                            BuurtDeskFile    *desk_file,
                                            gboolean         *changes,
                                            GError          **error);
gboolean       buurt_desk_receive_backed_up (BuurtDatabase    *database,
                                             BuurtDeskFile    *desk_file,
                                             BuurtDeskChoice   choice,
                                             GHashTable       *choices,
                                             GCancellable     *cancellable,
                                             gboolean         *backed_up,
                                             BuurtDeskSummary *summary,
                                             GError          **error);
gboolean       buurt_desk_exchange_folder_cancellable (BuurtDatabase    *database,
                                                       GFile            *folder,
                                                       BuurtDeskChoice   choice,
                                                       GCancellable     *cancellable,
                                                       BuurtDeskSummary *summary,
                                                       guint            *n_files,
                                                       GError          **error);

G_END_DECLS

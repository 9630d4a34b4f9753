/* buurt-database-private.h: for the model's own services and for tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"
#include "buurt-store.h"

G_BEGIN_DECLS

BuurtDatabase *buurt_database_new_for_store (BuurtStore    *store);
BuurtStore    *buurt_database_get_store     (BuurtDatabase *self);

/* Backups at a given moment, and retention, for tests: buurt-database-backup.c */
gboolean       buurt_database_backup_at       (BuurtDatabase  *self,
                                               const char     *reason,
                                               GDateTime      *now,
                                               char          **path,
                                               GError        **error);
guint          buurt_database_apply_retention (BuurtDatabase  *self,
                                               GDateTime      *now);

G_END_DECLS

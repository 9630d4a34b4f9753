/* buurt-backup.h: one backup of an agenda, as Preferences lists it
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BUURT_TYPE_BACKUP (buurt_backup_get_type ())

G_DECLARE_FINAL_TYPE (BuurtBackup, buurt_backup, BUURT, BACKUP, GObject)

BuurtBackup *buurt_backup_new                (const char  *path,
                                              const char  *reason,
                                              GDateTime   *made_at,
                                              gint64       size);
const char  *buurt_backup_get_path           (BuurtBackup *self);
const char  *buurt_backup_get_reason         (BuurtBackup *self);
GDateTime   *buurt_backup_get_made_at        (BuurtBackup *self);
gint64       buurt_backup_get_size           (BuurtBackup *self);
gint64       buurt_backup_get_n_activities   (BuurtBackup *self);
gint64       buurt_backup_get_n_venues       (BuurtBackup *self);
gint64       buurt_backup_get_n_initiatives  (BuurtBackup *self);
const char  *buurt_backup_get_problem        (BuurtBackup *self);
gboolean     buurt_backup_read               (BuurtBackup *self,
                                              gboolean     check,
                                              GError     **error);

G_END_DECLS

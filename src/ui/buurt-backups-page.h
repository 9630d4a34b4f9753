/* buurt-backups-page.h: the Backups page of Preferences
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_BACKUPS_PAGE (buurt_backups_page_get_type ())

G_DECLARE_FINAL_TYPE (BuurtBackupsPage, buurt_backups_page, BUURT, BACKUPS_PAGE, AdwPreferencesPage)

void     buurt_backups_page_set_database (BuurtBackupsPage *self,
                                          BuurtDatabase    *database,
                                          GSettings        *settings);
void     buurt_backups_page_reload       (BuurtBackupsPage *self);
guint    buurt_backups_page_get_n_rows   (BuurtBackupsPage *self);
char    *buurt_backup_describe_reason    (const char       *reason);
char    *buurt_backup_describe_contents  (BuurtBackup      *backup);

G_END_DECLS

/* buurt-cli-backup.h: --backup, --restore and --check
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int buurt_cli_backup  (const char *database_path,
                       const char *dest_path);
int buurt_cli_restore (const char *database_path,
                       const char *backup_path);
int buurt_cli_check   (const char *database_path);

G_END_DECLS

/* buurt-recovery-window.h: what the app shows when the agenda is damaged
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BUURT_TYPE_RECOVERY_WINDOW (buurt_recovery_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRecoveryWindow, buurt_recovery_window, BUURT, RECOVERY_WINDOW, AdwApplicationWindow)

BuurtRecoveryWindow *buurt_recovery_window_new            (GtkApplication      *application,
                                                           const char          *database_path,
                                                           const char          *backup_folder,
                                                           const GError        *damage);
gboolean             buurt_recovery_window_has_backup     (BuurtRecoveryWindow *self);
gboolean             buurt_recovery_window_restore        (BuurtRecoveryWindow *self);

G_END_DECLS

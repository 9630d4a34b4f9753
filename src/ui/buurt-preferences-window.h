/* buurt-preferences-window.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-backups-page.h"
#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_PREFERENCES_WINDOW (buurt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtPreferencesWindow, buurt_preferences_window, BUURT, PREFERENCES_WINDOW, AdwPreferencesWindow)

BuurtPreferencesWindow *buurt_preferences_window_new          (GSettings              *settings);
void                    buurt_preferences_window_set_database (BuurtPreferencesWindow *self,
                                                               BuurtDatabase          *database);
BuurtBackupsPage       *buurt_preferences_window_get_backups_page (BuurtPreferencesWindow *self);

G_END_DECLS

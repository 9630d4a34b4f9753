/* buurt-application.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/buurt-store.h"

G_BEGIN_DECLS

#define BUURT_TYPE_APPLICATION (buurt_application_get_type ())

G_DECLARE_FINAL_TYPE (BuurtApplication, buurt_application, BUURT, APPLICATION, AdwApplication)

BuurtApplication *buurt_application_new           (void);
BuurtStore       *buurt_application_get_store     (BuurtApplication *self);
GSettings        *buurt_application_get_settings  (BuurtApplication *self);
const char       *buurt_application_get_database  (BuurtApplication *self);
void              buurt_application_set_database  (BuurtApplication *self,
                                                   const char       *path);
int               buurt_application_get_exit_status (BuurtApplication *self);

G_END_DECLS

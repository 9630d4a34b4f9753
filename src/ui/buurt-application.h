/* buurt-application.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_APPLICATION (buurt_application_get_type ())

G_DECLARE_FINAL_TYPE (BuurtApplication, buurt_application, BUURT, APPLICATION, AdwApplication)

void              buurt_application_register_resources (void);
BuurtApplication *buurt_application_new               (void);
BuurtDatabase    *buurt_application_get_database      (BuurtApplication *self);
GSettings        *buurt_application_get_settings      (BuurtApplication *self);
const char       *buurt_application_get_database_path (BuurtApplication *self);
void              buurt_application_set_database_path (BuurtApplication *self,
                                                       const char       *path);
int               buurt_application_get_exit_status   (BuurtApplication *self);

G_END_DECLS

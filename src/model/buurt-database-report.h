/* buurt-database-report.h: lessons of all initiatives and the accountability report
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"
#include "buurt-report-data.h"

G_BEGIN_DECLS

GPtrArray   *buurt_database_list_lessons (BuurtDatabase           *self,
                                          const BuurtLessonQuery  *query,
                                          GError                 **error);
BuurtReport *buurt_database_read_report  (BuurtDatabase           *self,
                                          const BuurtReportQuery  *query,
                                          GError                 **error);
gint64       buurt_database_find_uuid    (BuurtDatabase           *self,
                                          GType                    type,
                                          const char              *uuid);

G_END_DECLS

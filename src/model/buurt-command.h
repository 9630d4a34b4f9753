/* buurt-command.h: a change to the agenda that can be undone
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"
#include "buurt-database-series.h"

G_BEGIN_DECLS

#define BUURT_COMMAND_ERROR (buurt_command_error_quark ())

/**
 * BuurtCommandError:
 * @BUURT_COMMAND_ERROR_GONE: the activity was deleted since
 * @BUURT_COMMAND_ERROR_NOT_IN_SERIES: the date is no longer one of the series
 * @BUURT_COMMAND_ERROR_CHANGED: someone changed what the command changed
 */
typedef enum
{
  BUURT_COMMAND_ERROR_GONE,
  BUURT_COMMAND_ERROR_NOT_IN_SERIES,
  BUURT_COMMAND_ERROR_CHANGED,
} BuurtCommandError;

GQuark buurt_command_error_quark (void);

#define BUURT_TYPE_COMMAND (buurt_command_get_type ())

G_DECLARE_FINAL_TYPE (BuurtCommand, buurt_command, BUURT, COMMAND, GObject)

BuurtCommand *buurt_command_new_cancel_date     (BuurtDatabase  *database,
                                                 gint64          activity_id,
                                                 const char     *day);
BuurtCommand *buurt_command_new_restore_date    (BuurtDatabase  *database,
                                                 gint64          activity_id,
                                                 const char     *day);
BuurtCommand *buurt_command_new_cancel_activity (BuurtDatabase  *database,
                                                 gint64          activity_id);
BuurtCommand *buurt_command_new_delete_activity (BuurtDatabase  *database,
                                                 gint64          activity_id);
BuurtCommand *buurt_command_new_change_date     (BuurtDatabase  *database,
                                                 gint64          activity_id,
                                                 const char     *day,
                                                 BuurtActivity  *change,
                                                 BuurtSeriesScope scope);

gint64        buurt_command_get_later_id        (BuurtCommand   *self);
const char   *buurt_command_get_day             (BuurtCommand   *self);
const char   *buurt_command_get_title           (BuurtCommand   *self);
gboolean      buurt_command_run                 (BuurtCommand   *self,
                                                 GError        **error);
gboolean      buurt_command_undo                (BuurtCommand   *self,
                                                 GError        **error);

G_END_DECLS

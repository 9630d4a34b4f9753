/* buurt-exchange-error.h: what can go wrong reading or writing a file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BUURT_EXCHANGE_ERROR (buurt_exchange_error_quark ())

/**
 * BuurtExchangeError:
 * @BUURT_EXCHANGE_ERROR_UNREADABLE: the file cannot be opened or read
 * @BUURT_EXCHANGE_ERROR_UNSUPPORTED: not a kind of file the app reads or writes
 * @BUURT_EXCHANGE_ERROR_INVALID: the file is broken; the message names the line
 * @BUURT_EXCHANGE_ERROR_NOTHING: the file holds nothing the app can take
 * @BUURT_EXCHANGE_ERROR_CONFLICTS: everything else was applied, but some
 *   records were changed on both sides and wait for the user to choose
 */
typedef enum
{
  BUURT_EXCHANGE_ERROR_UNREADABLE,
  BUURT_EXCHANGE_ERROR_UNSUPPORTED,
  BUURT_EXCHANGE_ERROR_INVALID,
  BUURT_EXCHANGE_ERROR_NOTHING,
  BUURT_EXCHANGE_ERROR_CONFLICTS,
} BuurtExchangeError;

GQuark buurt_exchange_error_quark (void);

void   buurt_exchange_set_error_at (GError     **error,
                                    gint         code,
                                    GFile       *file,
                                    guint        line,
                                    const char  *format,
                                    ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS

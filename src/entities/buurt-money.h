/* buurt-money.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  buurt_money_parse         (const char  *text,
                                     const char  *field,
                                     gint64      *cents,
                                     GError     **error);
char     *buurt_money_format        (gint64       cents);
char     *buurt_money_format_amount (gint64       cents);
char     *buurt_money_format_sum    (gint64       cents);

G_END_DECLS

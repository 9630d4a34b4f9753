/* buurt-venue-fields.h: a venue's postcode and opening hours as text
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a venue without hours of its own is: open 08:00-23:00 every day. */
#define BUURT_OPENING_HOURS_DEFAULT \
  "08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00"

char     *buurt_postcode_normalise      (const char *text);
gboolean  buurt_opening_hours_get_day   (const char *hours,
                                         guint       weekday,
                                         int        *opens,
                                         int        *closes);
char     *buurt_opening_hours_build     (const int   opens[7],
                                         const int   closes[7]);
gboolean  buurt_opening_hours_is_valid  (const char *hours);
gboolean  buurt_parse_clock             (const char *text,
                                         int        *minutes);

G_END_DECLS

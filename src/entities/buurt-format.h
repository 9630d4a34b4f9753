/* buurt-format.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buurt-occurrence.h"

G_BEGIN_DECLS

/* The zone of an activity that names none. */
#define BUURT_DEFAULT_TZID "Europe/Amsterdam"

char       *buurt_today             (void);
GTimeZone  *buurt_time_zone_new     (const char      *tzid);
GTimeZone  *buurt_time_zone_lookup  (const char      *tzid);
GDateTime  *buurt_in_zone           (GDateTime       *instant,
                                     const char      *tzid);
char       *buurt_format_time       (GDateTime       *instant,
                                     const char      *tzid);
char       *buurt_format_times      (GDateTime       *starts_at,
                                     GDateTime       *ends_at,
                                     gboolean         all_day,
                                     const char      *tzid);
char       *buurt_format_time_range (BuurtOccurrence *occurrence);
char       *buurt_format_date       (GDateTime       *date);
char       *buurt_format_day        (const char      *day);
char       *buurt_format_day_in_sentence (const char *day);
char       *buurt_format_short_day  (const char      *day);

G_END_DECLS

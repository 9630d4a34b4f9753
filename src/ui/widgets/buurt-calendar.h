/* buurt-calendar.h: dates in a GtkCalendar, whatever the computer's zone
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       buurt_calendar_get_date (GtkCalendar *calendar,
                                    GDate       *date);
void       buurt_calendar_set_date (GtkCalendar *calendar,
                                    int          year,
                                    int          month,
                                    int          day);
GDateTime *buurt_calendar_get_noon (GtkCalendar *calendar,
                                    const char  *tzid);

G_END_DECLS

/* buurt-calendar.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-calendar"

#include "config.h"

#include "buurt-calendar.h"
#include "buurt-format.h"

/*
 * A GtkCalendar shows a day of the computer's zone. The editor means a day of
 * the activity's zone: these helpers move a date in and out as year, month
 * and day, so no zone is crossed on the way.
 */

/**
 * buurt_calendar_get_date:
 * @date: (out caller-allocates): the chosen day
 */
void
buurt_calendar_get_date (GtkCalendar *calendar,
                         GDate       *date)
{
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (chosen),
                  g_date_time_get_month (chosen),
                  g_date_time_get_year (chosen));
}

/**
 * buurt_calendar_set_date:
 *
 * Chooses a day in @calendar.
 */
void
buurt_calendar_set_date (GtkCalendar *calendar,
                         int          year,
                         int          month,
                         int          day)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (calendar, noon);
}

/**
 * buurt_calendar_get_noon:
 * @tzid: (nullable): the activity's zone
 *
 * Returns: (transfer full): the chosen day at noon in @tzid: for its
 *   weekday and for labels
 */
GDateTime *
buurt_calendar_get_noon (GtkCalendar *calendar,
                         const char  *tzid)
{
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (tzid);
  GDate date;

  buurt_calendar_get_date (calendar, &date);
  return g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 12, 0, 0);
}

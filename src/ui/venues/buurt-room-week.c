/* buurt-room-week.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-room-week"

#include "config.h"

#include <stdio.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-calendar.h"
#include "buurt-database-venues.h"
#include "buurt-room-week.h"
#include "buurt-toast.h"
#include "buurt-venue-activity.h"

/* One room's week: the timeline of its dates, and moving through weeks. */
struct _BuurtRoomWeek
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  BuurtRoomTimeline *timeline;

  /* Owned state */
  BuurtDatabase *database;
  gint64         room_id;
  char          *monday;         /* the week shown, "YYYY-MM-DD" */
  char          *opening_hours;  /* the venue's */
  gboolean       setting_calendar;
};

G_DEFINE_FINAL_TYPE (BuurtRoomWeek, buurt_room_week, GTK_TYPE_WIDGET)

/* The Monday of the week of @day ("YYYY-MM-DD"; NULL for today). */
static char *
monday_of (const char *day)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) monday = NULL;
  int year, month, mday;

  if (day != NULL && sscanf (day, "%d-%d-%d", &year, &month, &mday) == 3)
    date = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  else
    {
      g_autofree char *today = buurt_today ();

      sscanf (today, "%d-%d-%d", &year, &month, &mday);
      date = g_date_time_new_utc (year, month, mday, 12, 0, 0);
    }

  monday = g_date_time_add_days (date, 1 - g_date_time_get_day_of_week (date));
  return g_date_time_format (monday, "%Y-%m-%d");
}

static char *
add_days (const char *day,
          int         days)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) later = NULL;
  int year, month, mday;

  sscanf (day, "%d-%d-%d", &year, &month, &mday);
  date = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  later = g_date_time_add_days (date, days);
  return g_date_time_format (later, "%Y-%m-%d");
}

/**
 * buurt_room_week_reload:
 *
 * Reads the room and its dates of the shown week again.
 */
void
buurt_room_week_reload (BuurtRoomWeek *self)
{
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *week = NULL;
  g_autofree char *summary = NULL;
  guint n_cancelled = 0;
  int year, month, mday;

  g_return_if_fail (BUURT_IS_ROOM_WEEK (self));

  if (self->database == NULL || self->room_id == 0)
    return;

  room = buurt_database_load (self->database, BUURT_TYPE_ROOM, self->room_id, &error);
  if (room != NULL)
    venue = buurt_database_load (self->database, BUURT_TYPE_VENUE, buurt_entity_get_int (room, "venue-id"), &error);
  if (venue != NULL)
    dates = buurt_database_fetch_room_week (self->database, self->room_id, self->monday, &error);
  if (dates == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      buurt_room_timeline_set_week (self->timeline, self->monday, NULL, NULL);
      return;
    }

  g_free (self->opening_hours);
  self->opening_hours = g_strdup (buurt_entity_get_string (venue, "opening-hours"));

  /* Translators: the heading of a room's week: venue and room */
  title = g_strdup_printf (_("%s: %s"), buurt_entity_get_string (venue, "name"),
                           buurt_entity_get_string (room, "name"));
  gtk_label_set_text (self->title_label, title);

  for (guint i = 0; i < dates->len; i++)
    if (buurt_occurrence_get_cancelled (g_ptr_array_index (dates, i)) ||
        buurt_occurrence_get_status (g_ptr_array_index (dates, i)) == BUURT_ACTIVITY_STATUS_CANCELLED)
      n_cancelled++;

  from = buurt_format_short_day (self->monday);
  week = add_days (self->monday, 6);
  to = buurt_format_short_day (week);
  summary = g_strdup_printf (ngettext ("%s to %s: %u date, %u cancelled. Click free time to start an activity there.",
                                       "%s to %s: %u dates, %u cancelled. Click free time to start an activity there.",
                                       dates->len),
                             from, to, dates->len, n_cancelled);
  gtk_label_set_text (self->summary_label, summary);
  gtk_menu_button_set_label (self->date_button, from);

  self->setting_calendar = TRUE;
  sscanf (self->monday, "%d-%d-%d", &year, &month, &mday);
  buurt_calendar_set_date (self->calendar, year, month, mday);
  self->setting_calendar = FALSE;

  buurt_room_timeline_set_week (self->timeline, self->monday, dates, self->opening_hours);
}

static void
go_to (BuurtRoomWeek *self,
       char          *monday)
{
  g_free (self->monday);
  self->monday = monday;
  buurt_room_week_reload (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BuurtRoomWeek *self = BUURT_ROOM_WEEK (widget);

  go_to (self, add_days (self->monday, -7));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtRoomWeek *self = BUURT_ROOM_WEEK (widget);

  go_to (self, add_days (self->monday, 7));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  go_to (BUURT_ROOM_WEEK (widget), monday_of (NULL));
}

/* The keyboard's way to free time: the first free half hour of the week
 * from now on, for an hour. */
static void
new_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BuurtRoomWeek *self = BUURT_ROOM_WEEK (widget);
  g_autofree char *today = buurt_today ();

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *day = add_days (self->monday, weekday - 1);

      if (g_strcmp0 (day, today) < 0)
        continue;
      for (int minutes = 0; minutes < 24 * 60; minutes += 30)
        if (buurt_room_timeline_is_free (self->timeline, weekday, minutes) &&
            buurt_room_timeline_is_free (self->timeline, weekday, minutes + 30))
          {
            buurt_room_timeline_click_free (self->timeline, weekday, minutes);
            return;
          }
    }

  buurt_toast_show (widget, adw_toast_new (_("This room has no free hour left this week: try the next week.")));
}

static void
activity_activated_cb (BuurtRoomWeek *self,
                       gint64         activity_id)
{
  buurt_venues_edit_activity (GTK_WIDGET (self), self->database, activity_id);
}

static void
new_activity_cb (BuurtRoomWeek *self,
                 const char    *day,
                 int            minutes)
{
  g_autoptr(GTimeZone) zone = buurt_time_zone_new (BUURT_DEFAULT_TZID);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  int year, month, mday;

  if (sscanf (day, "%d-%d-%d", &year, &month, &mday) != 3)
    return;
  starts = g_date_time_new (zone, year, month, mday, minutes / 60, minutes % 60, 0);
  ends = g_date_time_add_hours (starts, 1);
  buurt_venues_new_activity (GTK_WIDGET (self), self->database, self->room_id, starts, ends, FALSE);
}

static void
day_selected_cb (BuurtRoomWeek *self)
{
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *day = NULL;

  if (self->setting_calendar)
    return;
  chosen = gtk_calendar_get_date (self->calendar);
  day = g_date_time_format (chosen, "%Y-%m-%d");
  gtk_menu_button_popdown (self->date_button);
  go_to (self, monday_of (day));
}

static void
buurt_room_week_dispose (GObject *object)
{
  BuurtRoomWeek *self = (BuurtRoomWeek *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_ROOM_WEEK);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_room_week_parent_class)->dispose (object);
}

static void
buurt_room_week_finalize (GObject *object)
{
  BuurtRoomWeek *self = (BuurtRoomWeek *) object;

  g_clear_pointer (&self->monday, g_free);
  g_clear_pointer (&self->opening_hours, g_free);

  G_OBJECT_CLASS (buurt_room_week_parent_class)->finalize (object);
}

static void
buurt_room_week_class_init (BuurtRoomWeekClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_room_week_dispose;
  object_class->finalize = buurt_room_week_finalize;

  g_type_ensure (BUURT_TYPE_ROOM_TIMELINE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-room-week.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomWeek, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomWeek, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomWeek, date_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomWeek, calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomWeek, timeline);
  gtk_widget_class_bind_template_callback (widget_class, activity_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_activity_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);

  gtk_widget_class_install_action (widget_class, "week.previous", NULL, previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "week.previous", NULL);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "week.next", NULL);
  gtk_widget_class_install_action (widget_class, "week.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "week.new-activity", NULL, new_activity_action);
}

static void
buurt_room_week_init (BuurtRoomWeek *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->monday = monday_of (NULL);
}

void
buurt_room_week_set_database (BuurtRoomWeek *self,
                              BuurtDatabase *database)
{
  g_return_if_fail (BUURT_IS_ROOM_WEEK (self));

  g_set_object (&self->database, database);
}

/**
 * buurt_room_week_show_room:
 * @day: (nullable): a date in the week to show; %NULL for this week
 */
void
buurt_room_week_show_room (BuurtRoomWeek *self,
                           gint64         room_id,
                           const char    *day)
{
  g_return_if_fail (BUURT_IS_ROOM_WEEK (self));

  self->room_id = room_id;
  go_to (self, monday_of (day));
}

gint64
buurt_room_week_get_room_id (BuurtRoomWeek *self)
{
  g_return_val_if_fail (BUURT_IS_ROOM_WEEK (self), 0);
  return self->room_id;
}

/** buurt_room_week_get_monday: Returns: (transfer none): the week shown */
const char *
buurt_room_week_get_monday (BuurtRoomWeek *self)
{
  g_return_val_if_fail (BUURT_IS_ROOM_WEEK (self), NULL);
  return self->monday;
}

/** buurt_room_week_get_timeline: Returns: (transfer none) */
BuurtRoomTimeline *
buurt_room_week_get_timeline (BuurtRoomWeek *self)
{
  g_return_val_if_fail (BUURT_IS_ROOM_WEEK (self), NULL);
  return self->timeline;
}

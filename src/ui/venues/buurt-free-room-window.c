/* buurt-free-room-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-free-room-window"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "buurt-calendar.h"
#include "buurt-combo-row.h"
#include "buurt-database-venues.h"
#include "buurt-free-room-window-private.h"
#include "buurt-venue-activity.h"

/*
 * "Where can we meet on Tuesday evening with 25 people, step-free?": a date
 * (or every week on its weekday), start, duration, people, needs and a town
 * or neighbourhood give the rooms that are open and free then, best fit
 * first, each with a line saying why it fits. Any answer starts a new
 * activity in that room at that time.
 */
struct _BuurtFreeRoomWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkSwitch      *weekly_switch;
  AdwEntryRow    *start_row;
  AdwEntryRow    *duration_row;
  AdwEntryRow    *people_row;
  AdwPreferencesGroup *needs_group;
  AdwComboRow    *place_row;
  GtkLabel       *status_label;
  GtkListBox     *results_box;

  /* Owned state */
  BuurtDatabase  *database;
  GtkCheckButton *need_checks[3];       /* BuurtVenueNeeds by bit */
  GtkCheckButton *facility_checks[16];  /* BuurtFacility by bit */
  GArray         *place_ids;            /* pairs: kern id, neighbourhood id */
  GListModel     *results;              /* BuurtFreeRoom */
  gboolean        last_weekly;
};

G_DEFINE_FINAL_TYPE (BuurtFreeRoomWindow, buurt_free_room_window, ADW_TYPE_WINDOW)

static GtkCheckButton *
add_check (BuurtFreeRoomWindow *self,
           const char          *label)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->needs_group, row);
  return GTK_CHECK_BUTTON (check);
}

static void
update_date_label (BuurtFreeRoomWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *label = buurt_format_day (day);

  gtk_menu_button_set_label (self->date_button, label);
}

static void
day_selected_cb (BuurtFreeRoomWindow *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
fill_places (BuurtFreeRoomWindow *self)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) kernen = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  g_autoptr(GListModel) neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  gint64 anywhere[2] = { 0, 0 };

  gtk_string_list_append (labels, _("Anywhere"));
  g_array_append_vals (self->place_ids, anywhere, 2);

  for (guint k = 0; kernen != NULL && k < g_list_model_get_n_items (kernen); k++)
    {
      g_autoptr(BuurtEntity) kern = g_list_model_get_item (kernen, k);
      gint64 town[2] = { buurt_entity_get_id (kern), 0 };

      gtk_string_list_append (labels, buurt_entity_get_string (kern, "name"));
      g_array_append_vals (self->place_ids, town, 2);

      for (guint n = 0; neighbourhoods != NULL && n < g_list_model_get_n_items (neighbourhoods); n++)
        {
          g_autoptr(BuurtEntity) neighbourhood = g_list_model_get_item (neighbourhoods, n);
          gint64 place[2] = { town[0], buurt_entity_get_id (neighbourhood) };
          g_autofree char *label = NULL;

          if (buurt_entity_get_int (neighbourhood, "kern-id") != town[0])
            continue;
          /* Translators: a neighbourhood and its town in a list, e.g. "De Gilden (Dronten)" */
          label = g_strdup_printf (_("%s (%s)"), buurt_entity_get_string (neighbourhood, "name"),
                                   buurt_entity_get_string (kern, "name"));
          gtk_string_list_append (labels, label);
          g_array_append_vals (self->place_ids, place, 2);
        }
    }

  adw_combo_row_set_model (self->place_row, G_LIST_MODEL (labels));
  g_object_unref (labels);
  buurt_combo_row_name_items (self->place_row);
}

static void
start_clicked_cb (GtkButton           *button,
                  BuurtFreeRoomWindow *self)
{
  buurt_free_room_window_start (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position")));
}

static GtkWidget *
result_row (BuurtFreeRoomWindow *self,
            BuurtFreeRoom       *room,
            guint                position)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start Activity"));
  g_autofree char *subtitle = NULL;
  /* Translators: the button of a free room; %s is "venue: room" */
  g_autofree char *name = g_strdup_printf (_("Start an activity in %s"), buurt_free_room_get_title (room));

  if (buurt_free_room_get_n_slots (room) > 1)
    {
      g_autofree char *weeks = NULL;

      /* Translators: a weekly slot; e.g. "Free 10 of the next 12 weeks" */
      weeks = g_strdup_printf (ngettext ("Free %u of the next %u weeks", "Free %u of the next %u weeks",
                                         buurt_free_room_get_n_free (room)),
                               buurt_free_room_get_n_free (room), buurt_free_room_get_n_slots (room));
      if (buurt_free_room_get_busy_days (room) != NULL)
        /* Translators: a weekly slot and the dates the room is taken: "Free 10 of the next 12 weeks; not on Tue 3 Mar, Tue 17 Mar" */
        subtitle = g_strdup_printf (_("%s\n%s; not on %s"), buurt_free_room_get_why (room), weeks,
                                    buurt_free_room_get_busy_days (room));
      else
        subtitle = g_strdup_printf ("%s\n%s", buurt_free_room_get_why (room), weeks);
    }
  else
    subtitle = g_strdup (buurt_free_room_get_why (room));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_free_room_get_title (room));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", G_CALLBACK (start_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* "2:00", "1:30", "90" (minutes), "1,5" (hours). */
static gboolean
parse_duration (const char *text,
                int        *minutes)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 number;

  if (buurt_parse_clock (copy, minutes))
    return *minutes > 0;
  if (g_ascii_string_to_unsigned (copy, 10, 1, 24 * 60, &number, NULL))
    {
      *minutes = number;
      return TRUE;
    }
  g_strdelimit (copy, ",", '.');
  {
    char *end = NULL;
    double hours = g_ascii_strtod (copy, &end);

    if (end != copy && *end == '\0' && hours > 0 && hours <= 24)
      {
        *minutes = (int) (hours * 60 + 0.5);
        return TRUE;
      }
  }
  return FALSE;
}

static void
show_status (BuurtFreeRoomWindow *self,
             const char          *text)
{
  gtk_label_set_text (self->status_label, text);
}

/**
 * buurt_free_room_window_find:
 *
 * Runs the search with what the form says, and shows the answer.
 *
 * Returns: %TRUE when the form could be read and the search ran
 */
gboolean
buurt_free_room_window_find (BuurtFreeRoomWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  BuurtFreeRoomRequest request = { 0 };
  guint64 people;
  guint place = adw_combo_row_get_selected (self->place_row);
  GtkWidget *child;
  guint n;

  g_return_val_if_fail (BUURT_IS_FREE_ROOM_WINDOW (self), FALSE);

  request.day = day;
  request.weekly = gtk_switch_get_active (self->weekly_switch);
  if (!buurt_parse_clock (g_strstrip ((char *) gtk_editable_get_text (GTK_EDITABLE (self->start_row))), &request.start))
    {
      show_status (self, _("Start time: write it as 19:00."));
      gtk_widget_grab_focus (GTK_WIDGET (self->start_row));
      return FALSE;
    }
  if (!parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), &request.duration))
    {
      show_status (self, _("Duration: write it as hours and minutes, such as 1:30."));
      gtk_widget_grab_focus (GTK_WIDGET (self->duration_row));
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (gtk_editable_get_text (GTK_EDITABLE (self->people_row)), 10, 1, 100000, &people, NULL))
    {
      show_status (self, _("Number of people: write a whole number above 0, such as 25."));
      gtk_widget_grab_focus (GTK_WIDGET (self->people_row));
      return FALSE;
    }
  request.people = people;
  for (guint bit = 0; bit < G_N_ELEMENTS (self->need_checks); bit++)
    if (gtk_check_button_get_active (self->need_checks[bit]))
      request.needs |= 1u << bit;
  for (guint bit = 0; bit < G_N_ELEMENTS (self->facility_checks); bit++)
    if (self->facility_checks[bit] != NULL && gtk_check_button_get_active (self->facility_checks[bit]))
      request.facilities |= 1u << bit;
  if (place != GTK_INVALID_LIST_POSITION && 2 * place + 1 < self->place_ids->len)
    {
      request.kern_id = g_array_index (self->place_ids, gint64, 2 * place);
      request.neighbourhood_id = g_array_index (self->place_ids, gint64, 2 * place + 1);
    }

  g_clear_object (&self->results);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_box))) != NULL)
    gtk_list_box_remove (self->results_box, child);

  self->results = buurt_database_find_free_rooms (self->database, &request, &error);
  if (self->results == NULL)
    {
      show_status (self, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->results_box), FALSE);
      return FALSE;
    }
  self->last_weekly = request.weekly;

  n = g_list_model_get_n_items (self->results);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BuurtFreeRoom) room = g_list_model_get_item (self->results, i);

      gtk_list_box_append (self->results_box, result_row (self, room, i));
    }

  if (n == 0)
    show_status (self, _("No room is open and free then. Try another time, fewer needs or anywhere."));
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u free room, best fit first",
                                                         "%u free rooms, best fit first", n), n);

      show_status (self, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results_box), n > 0);
  return TRUE;
}

static void
find_cb (BuurtFreeRoomWindow *self)
{
  buurt_free_room_window_find (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_free_room_window_find (BUURT_FREE_ROOM_WINDOW (widget));
}

static void
buurt_free_room_window_dispose (GObject *object)
{
  BuurtFreeRoomWindow *self = (BuurtFreeRoomWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_FREE_ROOM_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->results);
  g_clear_pointer (&self->place_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_free_room_window_parent_class)->dispose (object);
}

static void
buurt_free_room_window_class_init (BuurtFreeRoomWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_free_room_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-free-room-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, weekly_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, duration_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, people_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, needs_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtFreeRoomWindow, results_box);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_cb);

  gtk_widget_class_install_action (widget_class, "free.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_free_room_window_init (BuurtFreeRoomWindow *self)
{
  g_autoptr(GFlagsClass) flags = g_type_class_ref (BUURT_TYPE_FACILITY);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->place_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->need_checks[0] = add_check (self, _("Step-free access"));
  self->need_checks[1] = add_check (self, _("Accessible toilet"));
  self->need_checks[2] = add_check (self, _("Hearing loop"));
  for (guint i = 0; i < flags->n_values; i++)
    {
      guint value = flags->values[i].value;
      guint bit = g_bit_nth_lsf (value, -1);

      if (value != 0 && bit < G_N_ELEMENTS (self->facility_checks))
        self->facility_checks[bit] = add_check (self, buurt_enum_to_label (BUURT_TYPE_FACILITY, value));
    }
  update_date_label (self);
}

/**
 * buurt_free_room_window_new:
 *
 * Returns: (transfer none): the window, not yet shown
 */
BuurtFreeRoomWindow *
buurt_free_room_window_new (GtkWindow     *parent,
                            BuurtDatabase *database)
{
  BuurtFreeRoomWindow *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_FREE_ROOM_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  fill_places (self);
  return self;
}

/**
 * buurt_free_room_window_set_date:
 * @day: a local date, "YYYY-MM-DD"
 */
void
buurt_free_room_window_set_date (BuurtFreeRoomWindow *self,
                                 const char          *day)
{
  int year, month, mday;

  g_return_if_fail (BUURT_IS_FREE_ROOM_WINDOW (self));

  if (sscanf (day, "%d-%d-%d", &year, &month, &mday) == 3)
    buurt_calendar_set_date (self->calendar, year, month, mday);
  update_date_label (self);
}

/** buurt_free_room_window_get_results: Returns: (transfer none) (nullable): the last answer */
GListModel *
buurt_free_room_window_get_results (BuurtFreeRoomWindow *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM_WINDOW (self), NULL);
  return self->results;
}

/** buurt_free_room_window_get_status: Returns: (transfer none): the line above the answer */
const char *
buurt_free_room_window_get_status (BuurtFreeRoomWindow *self)
{
  g_return_val_if_fail (BUURT_IS_FREE_ROOM_WINDOW (self), NULL);
  return gtk_label_get_text (self->status_label);
}

/**
 * buurt_free_room_window_start:
 * @position: an answer of the last search
 *
 * Opens the editor for a new activity in that room at the (first free) slot.
 */
void
buurt_free_room_window_start (BuurtFreeRoomWindow *self,
                              guint                position)
{
  g_autoptr(BuurtFreeRoom) room = NULL;

  g_return_if_fail (BUURT_IS_FREE_ROOM_WINDOW (self));
  g_return_if_fail (self->results != NULL);

  room = g_list_model_get_item (self->results, position);
  g_return_if_fail (room != NULL);
  buurt_venues_new_activity (GTK_WIDGET (self), self->database, buurt_free_room_get_room_id (room),
                             buurt_free_room_get_starts_at (room), buurt_free_room_get_ends_at (room),
                             self->last_weekly);
}

/* buurt-review-window-rows.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-review-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-row.h"
#include "buurt-entities.h"
#include "buurt-review-window-private.h"

/*
 * What a row of the review queue shows: the title, when (the first date,
 * and whether it repeats), where, and who organises it, with a check button
 * that selects the row.
 */

/* Looks up the name of a contact, room or venue, once per reload. */
static const char *
lookup_name (BuurtReviewWindow *self,
             GHashTable        *cache,
             GType              type,
             gint64             id)
{
  g_autoptr(BuurtEntity) entity = NULL;
  char *name;

  if (id == 0)
    return NULL;

  if (g_hash_table_lookup_extended (cache, &id, NULL, (gpointer *) &name))
    return name;

  entity = buurt_database_load (self->database, type, id, NULL);
  name = entity != NULL ? g_strdup (buurt_entity_get_string (entity, "name")) : NULL;
  g_hash_table_insert (cache, g_memdup2 (&id, sizeof id), name);

  return name;
}
static char *
format_place (BuurtReviewWindow *self,
              GHashTable        *cache,
              BuurtActivity     *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  gint64 room_id = buurt_entity_get_int (entity, "room-id");
  const char *location = buurt_entity_get_string (entity, "location");

  if (room_id != 0)
    {
      g_autoptr(BuurtRoom) room = buurt_database_load (self->database, BUURT_TYPE_ROOM, room_id, NULL);
      const char *venue = NULL;

      if (room != NULL)
        venue = lookup_name (self, cache, BUURT_TYPE_VENUE,
                             buurt_entity_get_int (BUURT_ENTITY (room), "venue-id"));
      if (room != NULL && venue != NULL)
        /* Translators: a venue and a room in it, e.g. "De Schouw, Grote zaal" */
        return g_strdup_printf (_("%s, %s"), venue, buurt_entity_get_string (BUURT_ENTITY (room), "name"));
      if (room != NULL)
        return g_strdup (buurt_entity_get_string (BUURT_ENTITY (room), "name"));
    }

  return g_strdup (location);
}

/* The first date and time of an activity, in the user's language and time
 * zone, such as "Thursday 26 November, 19:30 – 21:00". */
static char *
format_when (BuurtActivity *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  const char *tzid = buurt_entity_get_string (entity, "tzid");
  g_autoptr(GDateTime) start = buurt_in_zone (buurt_entity_get_date_time (entity, "starts-at"), tzid);
  g_autoptr(GDateTime) end = buurt_in_zone (buurt_entity_get_date_time (entity, "ends-at"), tzid);
  g_autofree char *start_day = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *end_day = g_date_time_format (end, "%Y-%m-%d");
  g_autofree char *day = buurt_format_day (start_day);
  g_autofree char *start_clock = buurt_format_time (start, tzid);
  g_autofree char *end_clock = buurt_format_time (end, tzid);
  g_autofree char *end_text = NULL;
  g_autofree char *times = NULL;
  g_autofree char *when = NULL;
  const char *rrule = buurt_entity_get_string (entity, "rrule");

  if (buurt_entity_get_boolean (entity, "all-day") || g_str_equal (start_day, end_day))
    times = buurt_format_times (start, end, buurt_entity_get_boolean (entity, "all-day"), tzid);
  else
    {
      g_autofree char *other_day = buurt_format_day (end_day);

      /* Translators: a day and a time, e.g. "Friday 27 November, 01:00" */
      end_text = g_strdup_printf (C_("day and time", "%s, %s"), other_day, end_clock);
      times = g_strdup_printf (_("%s – %s"), start_clock, end_text);
    }

  /* Translators: a day and a time, e.g. "Thursday 26 November, 19:30 – 21:00" */
  when = g_strdup_printf (C_("day and time", "%s, %s"), day, times);

  if (rrule != NULL && *rrule != '\0')
    /* Translators: the first date of a repeating activity, e.g.
     * "Thursday 26 November, 19:30 – 21:00, repeats" */
    return g_strdup_printf (_("%s, repeats"), when);

  return g_steal_pointer (&when);
}
static void
check_toggled_cb (BuurtReviewWindow *self)
{
  if (!self->updating)
    buurt_review_window_update_state (self);
}
GtkWidget *
buurt_review_window_create_row (BuurtReviewWindow *self,
                                GHashTable        *contacts,
                                GHashTable        *places,
                                BuurtActivity     *activity,
                                GtkCheckButton   **check_out)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  const char *title = buurt_entity_get_string (entity, "title");
  const char *organiser = lookup_name (self, contacts, BUURT_TYPE_CONTACT,
                                       buurt_entity_get_int (entity, "organiser-id"));
  g_autofree char *when = format_when (activity);
  g_autofree char *place = format_place (self, places, activity);
  g_autofree char *check_label = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *details = NULL;
  g_autofree char *sentence = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GtkWidget *row;
  GtkWidget *check;

  g_ptr_array_add (lines, when);
  if (place != NULL && *place != '\0')
    g_ptr_array_add (lines, place);
  if (organiser != NULL && *organiser != '\0')
    g_ptr_array_add (lines, (gpointer) organiser);
  g_ptr_array_add (lines, NULL);
  subtitle = g_strjoinv ("\n", (char **) lines->pdata);

  /* The row itself takes the focus and toggles the check on Enter or
   * Space, so the check needs no tab stop of its own. */
  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_focusable (check, FALSE);
  /* Translators: the accessible name of a row's check button; %s is a title */
  check_label = g_strdup_printf (_("Select “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_label,
                                  -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled_cb), self);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* Screen readers read the row as one sentence, as it shows: the title,
   * when, where and who. */
  details = g_strjoinv (", ", (char **) lines->pdata);
  sentence = g_strdup_printf ("%s, %s", title, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sentence,
                                  -1);

  *check_out = GTK_CHECK_BUTTON (check);
  return row;
}

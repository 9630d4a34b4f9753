/* buurt-activity-editor-validation.c: checking the form, and the messages
 * under its fields
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "buurt-activity-editor-private.h"
#include "buurt-calendar.h"

/*
 * Save checks every field at once: each mistake is shown in red under its
 * own field (and its row is marked invalid for screen readers), focus goes
 * to the first, and nothing is written until all is right.
 */

/* The fields with a message label, in the order of the form. */
static const char *fields[] = { "title", "time", "repeat", "count", "place", "organiser", "cost" };

/**
 * buurt_activity_editor_error_label:
 * @field: one of the fields above, or "general"
 *
 * Returns: (transfer none) (nullable): the label under @field
 */
GtkLabel *
buurt_activity_editor_error_label (BuurtActivityEditor *self,
                                   const char          *field)
{
  if (g_str_equal (field, "title"))
    return self->title_error;
  if (g_str_equal (field, "time"))
    return self->time_error;
  if (g_str_equal (field, "repeat") || g_str_equal (field, "count"))
    return buurt_repeat_section_get_error_label (self->repeat_section, field);
  if (g_str_equal (field, "place"))
    return self->place_error;
  if (g_str_equal (field, "organiser"))
    return self->organiser_error;
  if (g_str_equal (field, "cost"))
    return self->cost_error;
  if (g_str_equal (field, "general"))
    return self->general_error;
  return NULL;
}

void
buurt_activity_editor_clear_errors (BuurtActivityEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkLabel *label = buurt_activity_editor_error_label (self, fields[i]);

      gtk_label_set_label (label, "");
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), FALSE);
    }
  gtk_label_set_label (self->general_error, "");
  gtk_widget_set_visible (self->general_error_group, FALSE);

  for (guint i = 0; i < self->error_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->error_widgets, i);

      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
    }
  g_ptr_array_set_size (self->error_widgets, 0);
  self->first_error = NULL;
}

/**
 * buurt_activity_editor_set_error:
 * @row: (nullable): the row to mark
 * @focus: (nullable): where focus goes when it is the first mistake;
 *   @row when %NULL
 *
 * Shows @message under the row of @field.
 */
void
buurt_activity_editor_set_error (BuurtActivityEditor *self,
                                 const char          *field,
                                 GtkWidget           *row,
                                 GtkWidget           *focus,
                                 const char          *message)
{
  GtkLabel *label = buurt_activity_editor_error_label (self, field);

  /* One message per field: the first is what to fix first. */
  if (*gtk_label_get_label (label) == '\0')
    {
      gtk_label_set_label (label, message);
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), TRUE);
    }

  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      g_ptr_array_add (self->error_widgets, row);
    }

  if (self->first_error == NULL)
    self->first_error = focus != NULL ? focus : row;
}

void
buurt_activity_editor_set_general_error (BuurtActivityEditor *self,
                                         const char          *message)
{
  gtk_label_set_label (self->general_error, message);
  gtk_widget_set_visible (self->general_error_group, TRUE);
}

gboolean
buurt_activity_editor_has_error (BuurtActivityEditor *self,
                                 const char          *field)
{
  return *gtk_label_get_label (buurt_activity_editor_error_label (self, field)) != '\0';
}

/* Checking the fields */

typedef struct
{
  GDateTime *starts_at;
  GDateTime *ends_at;
  char      *rrule;
  gint64     room_id;
  char      *location;
  gint64     cost_cents;
} Collected;

static void
collected_clear (Collected *collected)
{
  g_clear_pointer (&collected->starts_at, g_date_time_unref);
  g_clear_pointer (&collected->ends_at, g_date_time_unref);
  g_clear_pointer (&collected->rrule, g_free);
  g_clear_pointer (&collected->location, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collected, collected_clear)

/* "10:00", "9:30" or "9.30": hours 0–23, a colon or point, two-digit minutes. */
static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *sep;
  gsize hours_len;

  sep = strpbrk (copy, ":.");
  if (sep == NULL)
    return FALSE;

  hours_len = sep - copy;
  if (hours_len < 1 || hours_len > 2 || strlen (sep + 1) != 2)
    return FALSE;
  for (const char *p = copy; *p != '\0'; p++)
    if (p != sep && !g_ascii_isdigit (*p))
      return FALSE;

  *hour = atoi (copy);
  *minute = atoi (sep + 1);
  return *hour <= 23 && *minute <= 59;
}

static void
collect_times (BuurtActivityEditor *self,
               Collected           *out)
{
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (self->tzid);
  int start_hour, start_minute, end_hour, end_minute;
  gboolean start_ok, end_ok;
  GDate date;

  buurt_calendar_get_date (self->date_calendar, &date);

  if (gtk_switch_get_active (self->all_day_switch))
    {
      /* Local midnight to the next midnight, whatever the clocks do. */
      out->starts_at = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                                        g_date_get_day (&date), 0, 0, 0);
      out->ends_at = g_date_time_add_days (out->starts_at, 1);
      return;
    }

  start_ok = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_entry)),
                         &start_hour, &start_minute);
  end_ok = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_entry)),
                       &end_hour, &end_minute);

  if (!start_ok)
    buurt_activity_editor_set_error (self, "time", GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_entry),
                                     _("Write the start time as hours and minutes, such as 09:30."));
  if (!end_ok)
    buurt_activity_editor_set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
                                     _("Write the end time as hours and minutes, such as 11:00."));
  if (!start_ok || !end_ok)
    return;

  out->starts_at = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), start_hour, start_minute, 0);
  out->ends_at = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), end_hour, end_minute, 0);

  if (g_date_time_compare (out->ends_at, out->starts_at) < 0)
    buurt_activity_editor_set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
                                     _("The end time is before the start time."));
  else if (g_date_time_compare (out->ends_at, out->starts_at) == 0)
    buurt_activity_editor_set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
                                     _("The end time is the same as the start time: the activity must end after it starts."));
}

static void
collect_rrule (BuurtActivityEditor *self,
               Collected           *out)
{
  g_autoptr(GError) error = NULL;

  out->rrule = buurt_repeat_section_build_rrule (self->repeat_section, self->tzid, &error);
  if (error != NULL)
    {
      const char *field;
      GtkWidget *row, *focus;

      buurt_repeat_section_locate_error (self->repeat_section, error, &field, &row, &focus);
      buurt_activity_editor_set_error (self, field, row, focus, error->message);
      return;
    }

  /* A rule that is complete but gives no date at all. */
  if (out->starts_at != NULL && out->ends_at != NULL && out->rrule != NULL &&
      !buurt_activity_editor_has_error (self, "time"))
    {
      g_autoptr(GDateTime) far_future = g_date_time_add_years (out->starts_at, 100);
      g_autoptr(GArray) spans = buurt_recurrence_expand (out->starts_at, out->ends_at,
                                                         self->tzid, out->rrule, NULL,
                                                         far_future, 1, &error);

      if (spans == NULL)
        buurt_activity_editor_set_error (self, "repeat",
                                         GTK_WIDGET (buurt_repeat_section_get_repeat_row (self->repeat_section)),
                                         NULL, error->message);
    }
}

static void
collect_place (BuurtActivityEditor *self,
               Collected           *out)
{
  if (buurt_activity_editor_is_elsewhere (self))
    {
      g_autofree char *location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));

      if (*location == '\0')
        buurt_activity_editor_set_error (self, "place", GTK_WIDGET (self->location_row), NULL,
                                         _("Fill in where the activity takes place."));
      else
        out->location = g_steal_pointer (&location);
      return;
    }

  if (adw_combo_row_get_selected (self->venue_row) == 0)
    {
      buurt_activity_editor_set_error (self, "place", GTK_WIDGET (self->venue_row), NULL,
                                       _("Choose the venue, or “Elsewhere” to fill in a place."));
      return;
    }

  out->room_id = buurt_activity_editor_id_at (self->room_ids, adw_combo_row_get_selected (self->room_row));
  if (out->room_id == 0)
    buurt_activity_editor_set_error (self, "place", GTK_WIDGET (self->room_row), NULL,
                                     _("Choose a room, or choose “Elsewhere” as the venue."));
}

static void
collect_cost (BuurtActivityEditor *self,
              Collected           *out)
{
  g_autoptr(GError) error = NULL;

  if (!buurt_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->cost_row)),
                          _("Cost"),
                          &out->cost_cents, &error))
    buurt_activity_editor_set_error (self, "cost", GTK_WIDGET (self->cost_row), NULL, error->message);
}

/* The activity to write: a fresh copy from the database when editing, so a
 * failed save never leaves a half-changed object behind. */
static BuurtActivity *
working_copy (BuurtActivityEditor  *self,
              GError              **error)
{
  BuurtActivity *copy;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (self->original == NULL)
    return buurt_activity_new ();

  if (!self->duplicate)
    return buurt_database_load (self->database, BUURT_TYPE_ACTIVITY,
                                buurt_entity_get_id (BUURT_ENTITY (self->original)), error);

  /* A copy gets every column except identity, timestamps and the dates
   * cancelled in the original series. */
  copy = buurt_activity_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self->original), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != BUURT_TYPE_ACTIVITY ||
          g_str_equal (pspecs[i]->name, "cancelled-dates"))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self->original), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }
  g_object_set (copy, "source", BUURT_SOURCE_APP, NULL);

  return copy;
}

static guint
target_groups (BuurtActivityEditor *self)
{
  guint groups = 0;

  for (guint bit = 0; bit < G_N_ELEMENTS (self->target_checks); bit++)
    if (self->target_checks[bit] != NULL && gtk_check_button_get_active (self->target_checks[bit]))
      groups |= 1u << bit;

  return groups;
}

static char *
stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/**
 * buurt_activity_editor_build:
 * @new_organiser: (out) (transfer full): a new contact to save with it, or
 *   left alone
 *
 * Checks every field and builds the activity, or shows what is wrong.
 *
 * Returns: (transfer full) (nullable): the activity to save
 */
BuurtActivity *
buurt_activity_editor_build (BuurtActivityEditor  *self,
                             BuurtContact        **new_organiser)
{
  g_auto(Collected) collected = { 0 };
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organiser_name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *registration_info = NULL;
  g_autofree char *url = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  guint registration = adw_combo_row_get_selected (self->registration_row);
  guint status_position = adw_combo_row_get_selected (self->status_row);
  GtkTextIter start, end;

  buurt_activity_editor_clear_errors (self);

  /* In the order of the form, so focus goes to the first mistake. */
  title = stripped_text (self->title_row);
  if (*title == '\0')
    buurt_activity_editor_set_error (self, "title", GTK_WIDGET (self->title_row), NULL, _("Fill in a title."));

  collect_times (self, &collected);
  collect_rrule (self, &collected);
  collect_place (self, &collected);

  if (buurt_activity_editor_is_new_organiser (self))
    {
      organiser_name = stripped_text (self->new_organiser_row);
      if (*organiser_name == '\0')
        buurt_activity_editor_set_error (self, "organiser", GTK_WIDGET (self->new_organiser_row), NULL,
                                         _("Fill in the name of the new organiser."));
    }

  collect_cost (self, &collected);

  if (self->first_error != NULL)
    {
      gtk_widget_grab_focus (self->first_error);
      return NULL;
    }

  activity = working_copy (self, &error);
  if (activity == NULL)
    {
      buurt_activity_editor_set_general_error (self, error->message);
      return NULL;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  registration_info = stripped_text (self->registration_info_row);
  url = stripped_text (self->url_row);

  g_object_set (activity,
                "title", title,
                "description", *description != '\0' ? description : NULL,
                "category", (int) adw_combo_row_get_selected (self->category_row),
                "target-groups", target_groups (self),
                "room-id", collected.room_id,
                "location", collected.location,
                "organiser-id", buurt_activity_editor_id_at (self->organiser_ids,
                                                             adw_combo_row_get_selected (self->organiser_row)),
                "initiative-id", buurt_activity_editor_id_at (self->initiative_ids,
                                                              adw_combo_row_get_selected (self->initiative_row)),
                "starts-at", collected.starts_at,
                "ends-at", collected.ends_at,
                "all-day", gtk_switch_get_active (self->all_day_switch),
                "tzid", self->tzid,
                "rrule", collected.rrule,
                "cost-cents", collected.cost_cents,
                "registration", (int) registration,
                "registration-info", registration != BUURT_REGISTRATION_NONE ? registration_info : "",
                "status", status_position < self->status_values->len
                            ? g_array_index (self->status_values, BuurtActivityStatus, status_position)
                            : BUURT_ACTIVITY_STATUS_PUBLISHED,
                "url", *url != '\0' ? url : NULL,
                NULL);

  if (organiser_name != NULL)
    {
      *new_organiser = buurt_contact_new ();
      g_object_set (*new_organiser,
                    "name", organiser_name,
                    "kind", (int) adw_combo_row_get_selected (self->new_kind_row),
                    NULL);
    }

  return g_steal_pointer (&activity);
}

/* buurt-agenda-row.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-row.h"
#include "model/buurt-enum-types.h"
#include "model/buurt-enums.h"

/* One row of the agenda: a date of an activity, under a day header when it
 * is the first of its day. */
struct _BuurtAgendaRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *day_header;
  GtkLabel *time_label;
  GtkLabel *title_label;
  GtkLabel *place_label;
  GtkLabel *details_label;
  GtkLabel *price_label;
  GtkLabel *status_label;
};

G_DEFINE_FINAL_TYPE (BuurtAgendaRow, buurt_agenda_row, GTK_TYPE_WIDGET)

/* A heading starts with a capital, also where the language writes weekdays
 * in lower case ("woensdag 2 december"). Takes ownership of @text. */
static char *
capitalise (char *text)
{
  g_autofree char *owned = text;
  char first[7] = { 0 };

  if (owned == NULL || *owned == '\0')
    return g_steal_pointer (&owned);

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (owned)), first);
  return g_strconcat (first, g_utf8_next_char (owned), NULL);
}

/**
 * buurt_format_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): "Today", "Tomorrow", or the weekday and date in
 *   the user's language, such as "Thursday 26 November"
 */
char *
buurt_format_day (const char *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *iso = g_strconcat (day, "T12:00:00", NULL);

  if (g_str_equal (day, today_text))
    return g_strdup (_("Today"));
  if (g_str_equal (day, tomorrow_text))
    return g_strdup (_("Tomorrow"));

  date = g_date_time_new_from_iso8601 (iso, local);
  if (date == NULL)
    return g_strdup (day);

  if (g_date_time_get_year (date) != g_date_time_get_year (now))
    /* Translators: a day header in the agenda, see strftime(3); e.g. "Thursday 26 November 2026" */
    return capitalise (g_date_time_format (date, _("%A %-d %B %Y")));

  /* Translators: a day header in the agenda, see strftime(3); e.g. "Thursday 26 November" */
  return capitalise (g_date_time_format (date, _("%A %-d %B")));
}

/**
 * buurt_format_short_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the weekday and date in short, in the user's
 *   language, such as "Thu 26 Nov"
 */
char *
buurt_format_short_day (const char *day)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *iso = g_strconcat (day, "T12:00:00", NULL);
  g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, local);

  if (date == NULL)
    return g_strdup (day);

  /* Translators: a short date on a button, see strftime(3); e.g. "Thu 26 Nov" */
  return g_date_time_format (date, _("%a %-d %b"));
}

/**
 * buurt_format_time_range:
 *
 * Returns: (transfer full): "09:30 – 11:00" in local time, or "All day"
 */
char *
buurt_format_time_range (BuurtOccurrence *occurrence)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (buurt_occurrence_get_all_day (occurrence))
    return g_strdup (_("All day"));

  start = g_date_time_to_local (buurt_occurrence_get_starts_at (occurrence));
  end = g_date_time_to_local (buurt_occurrence_get_ends_at (occurrence));
  /* Translators: a time of day, see strftime(3); e.g. "09:30" */
  start_text = g_date_time_format (start, _("%H:%M"));
  end_text = g_date_time_format (end, _("%H:%M"));

  /* Translators: a start and an end time, e.g. "09:30 – 11:00" */
  return g_strdup_printf (_("%s – %s"), start_text, end_text);
}

/**
 * buurt_format_price:
 * @cents: an amount in euro cents
 *
 * Returns: (transfer full): "Free", or the amount in euros in the user's locale
 */
char *
buurt_format_price (gint64 cents)
{
  if (cents == 0)
    return g_strdup (_("Free"));

  /* Translators: a price in euros, e.g. "€2.50"; the number follows your locale */
  return g_strdup_printf (_("€%.2f"), cents / 100.0);
}

static void
buurt_agenda_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_AGENDA_ROW);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (buurt_agenda_row_parent_class)->dispose (object);
}

static void
buurt_agenda_row_class_init (BuurtAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_agenda_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, day_header);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, price_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaRow, status_label);
}

static void
buurt_agenda_row_init (BuurtAgendaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
buurt_agenda_row_new (void)
{
  return g_object_new (BUURT_TYPE_AGENDA_ROW, NULL);
}

/**
 * buurt_agenda_row_set_occurrence:
 * @occurrence: what the row shows
 * @first_of_day: whether to show the day header above it
 */
void
buurt_agenda_row_set_occurrence (BuurtAgendaRow  *self,
                                 BuurtOccurrence *occurrence,
                                 gboolean         first_of_day)
{
  g_autofree char *day = NULL;
  g_autofree char *time = buurt_format_time_range (occurrence);
  g_autofree char *place = buurt_occurrence_dup_place (occurrence);
  g_autofree char *groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP,
                                                  buurt_occurrence_get_target_groups (occurrence));
  g_autofree char *price = buurt_format_price (buurt_occurrence_get_cost_cents (occurrence));
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  const char *organiser = buurt_occurrence_get_organiser (occurrence);
  BuurtActivityStatus status = buurt_occurrence_get_status (occurrence);
  gboolean cancelled = buurt_occurrence_get_cancelled (occurrence) ||
                       status == BUURT_ACTIVITY_STATUS_CANCELLED;
  const char *status_text = NULL;

  g_return_if_fail (BUURT_IS_AGENDA_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->day_header), first_of_day);
  if (first_of_day)
    {
      day = buurt_format_day (buurt_occurrence_get_day (occurrence));
      gtk_label_set_label (self->day_header, day);
    }

  gtk_label_set_label (self->time_label, time);
  gtk_label_set_label (self->title_label, buurt_occurrence_get_title (occurrence));
  gtk_label_set_label (self->place_label, place);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), *place != '\0');

  if (organiser != NULL && *groups != '\0')
    /* Translators: an organiser and the target groups, e.g. "Welzijn Dronten · Seniors, Adults" */
    details = g_strdup_printf (_("%s · %s"), organiser, groups);
  else
    details = g_strdup (organiser != NULL ? organiser : groups);
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), *details != '\0');

  gtk_label_set_label (self->price_label, price);

  if (cancelled)
    status_text = _("Cancelled");
  else if (buurt_occurrence_get_conflict (occurrence))
    status_text = _("Room double-booked");
  else if (status == BUURT_ACTIVITY_STATUS_SUBMITTED)
    status_text = _("To review");

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status_text != NULL);
  gtk_label_set_label (self->status_label, status_text != NULL ? status_text : "");

  if (cancelled)
    gtk_widget_add_css_class (GTK_WIDGET (self), "status-cancelled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "status-cancelled");
  if (status_text != NULL && !cancelled && !buurt_occurrence_get_conflict (occurrence))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "status-submitted");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "status-submitted");
  if (!cancelled && buurt_occurrence_get_conflict (occurrence))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "conflict");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "conflict");

  /* Screen readers read the row as one sentence. */
  accessible = g_strjoin (", ", time, buurt_occurrence_get_title (occurrence), place, price,
                          status_text != NULL ? status_text : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/**
 * buurt_agenda_row_get_title:
 *
 * Returns: (transfer none): the title the row shows
 */
const char *
buurt_agenda_row_get_title (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

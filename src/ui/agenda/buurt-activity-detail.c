/* buurt-activity-detail.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-detail"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-activity-detail.h"
#include "buurt-agenda-row.h"
#include "buurt-enum-types.h"
#include "buurt-enums.h"
#include "buurt-money.h"

/* Everything about one date of an activity; its buttons are agenda.* actions. */
struct _BuurtActivityDetail
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  GtkLabel     *title_label;
  GtkLabel     *status_label;
  AdwActionRow *when_row;
  AdwActionRow *where_row;
  AdwActionRow *organiser_row;
  AdwActionRow *for_row;
  AdwActionRow *cost_row;
  AdwActionRow *registration_row;
  AdwActionRow *website_row;
  GtkLabel     *description_label;
  GtkButton    *cancel_date_button;
};

G_DEFINE_FINAL_TYPE (BuurtActivityDetail, buurt_activity_detail, GTK_TYPE_WIDGET)

static void
set_fact (AdwActionRow *row,
          const char   *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), has_text);
  adw_action_row_set_subtitle (row, has_text ? text : "");
}

static void
buurt_activity_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_ACTIVITY_DETAIL);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (buurt_activity_detail_parent_class)->dispose (object);
}

static void
buurt_activity_detail_class_init (BuurtActivityDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_activity_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-activity-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, when_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, where_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, organiser_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, for_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, cost_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, registration_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, website_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, description_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityDetail, cancel_date_button);
}

static void
buurt_activity_detail_init (BuurtActivityDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buurt_activity_detail_show:
 * @occurrence: (nullable): the date to show, or %NULL for none
 * @activity: (nullable): its activity
 */
void
buurt_activity_detail_show (BuurtActivityDetail *self,
                            BuurtOccurrence     *occurrence,
                            BuurtActivity       *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *when = NULL;
  g_autofree char *place = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *price = NULL;
  g_autofree char *registration = NULL;
  const char *info;
  const char *description;
  g_autofree char *reason = NULL;
  gboolean cancelled;
  BuurtActivityStatus status;

  g_return_if_fail (BUURT_IS_ACTIVITY_DETAIL (self));

  if (occurrence == NULL || activity == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "activity");
  gtk_label_set_label (self->title_label, buurt_occurrence_get_title (occurrence));
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), TRUE);

  day = buurt_format_day (buurt_occurrence_get_day (occurrence));
  time = buurt_format_time_range (occurrence);
  /* Translators: a day and a time, e.g. "Thursday 26 November, 09:30 – 11:00" */
  when = g_strdup_printf (_("%s, %s"), day, time);
  if (buurt_entity_get_string (entity, "rrule") != NULL)
    {
      g_autofree char *series = g_strdup_printf (_("%s (one date of a series)"), when);

      g_free (when);
      when = g_steal_pointer (&series);
    }
  set_fact (self->when_row, when);

  place = buurt_occurrence_dup_place (occurrence);
  set_fact (self->where_row, place);
  set_fact (self->organiser_row, buurt_occurrence_get_organiser (occurrence));

  groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP, buurt_occurrence_get_target_groups (occurrence));
  set_fact (self->for_row, groups);

  price = buurt_money_format (buurt_occurrence_get_cost_cents (occurrence));
  set_fact (self->cost_row, price);

  info = buurt_entity_get_string (entity, "registration-info");
  if (info != NULL && *info != '\0')
    /* Translators: whether registration is needed, and how, e.g. "Registration required: call Ans" */
    registration = g_strdup_printf (_("%s: %s"),
                                    buurt_enum_to_label (BUURT_TYPE_REGISTRATION,
                                                         buurt_entity_get_enum (entity, "registration")),
                                    info);
  else
    registration = g_strdup (buurt_enum_to_label (BUURT_TYPE_REGISTRATION,
                                                  buurt_entity_get_enum (entity, "registration")));
  set_fact (self->registration_row, registration);
  set_fact (self->website_row, buurt_entity_get_string (entity, "url"));

  description = buurt_entity_get_string (entity, "description");
  gtk_label_set_label (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');

  status = buurt_occurrence_get_status (occurrence);
  cancelled = buurt_occurrence_get_cancelled (occurrence);
  reason = buurt_occurrence_dup_cancel_reason (occurrence);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label),
                          cancelled || status != BUURT_ACTIVITY_STATUS_PUBLISHED ||
                          buurt_occurrence_get_conflict (occurrence) ||
                          buurt_occurrence_get_overridden (occurrence));
  /* Why a date does not take place: by hand, a closure, the whole activity. */
  if (reason != NULL)
    gtk_label_set_label (self->status_label, reason);
  else if (buurt_occurrence_get_conflict (occurrence))
    gtk_label_set_label (self->status_label,
                         _("Another activity uses this room at the same time. Edit one of them to choose another room or time."));
  else if (status == BUURT_ACTIVITY_STATUS_SUBMITTED)
    gtk_label_set_label (self->status_label, _("Submitted by the organiser and not yet reviewed."));
  else if (buurt_occurrence_get_overridden (occurrence))
    gtk_label_set_label (self->status_label,
                         _("This date differs from the rest of the series. Put it back to the series with the menu."));

  gtk_button_set_label (self->cancel_date_button,
                        cancelled ? _("_Restore This Date") : _("_Cancel This Date"));
}

/**
 * buurt_activity_detail_get_title:
 *
 * Returns: (transfer none): the title shown
 */
const char *
buurt_activity_detail_get_title (BuurtActivityDetail *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_DETAIL (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/* buurt-occurrence.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-occurrence"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-occurrence.h"
#include "buurt-recurrence.h"

/* One date of an activity, as a row of the agenda shows it. Immutable: when
 * the activity changes, the agenda model reads new occurrences. */
struct _BuurtOccurrence
{
  GObject parent_instance;

  gint64               id;
  gint64               activity_id;
  char                *title;
  GDateTime           *starts_at;
  GDateTime           *ends_at;
  char                *day;
  gboolean             all_day;
  const char          *tzid;         /* interned */
  char                *venue;
  char                *room;
  char                *location;
  char                *organiser;
  guint                target_groups;
  gint64               cost_cents;
  BuurtActivityStatus  status;
  gboolean             cancelled;
  gboolean             conflict;
  gboolean             overridden;   /* differs from its series */
  char                *closure;      /* the closure that cancelled it */
};

G_DEFINE_FINAL_TYPE (BuurtOccurrence, buurt_occurrence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buurt_occurrence_finalize (GObject *object)
{
  BuurtOccurrence *self = (BuurtOccurrence *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->room, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->organiser, g_free);
  g_clear_pointer (&self->closure, g_free);

  G_OBJECT_CLASS (buurt_occurrence_parent_class)->finalize (object);
}

static void
buurt_occurrence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BuurtOccurrence *self = BUURT_OCCURRENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_occurrence_class_init (BuurtOccurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_occurrence_finalize;
  object_class->get_property = buurt_occurrence_get_property;

  /* For accessibility and for GtkStringFilter-style expressions. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buurt_occurrence_init (BuurtOccurrence *self)
{
}

/**
 * buurt_occurrence_new:
 * @data: the row; its strings are copied
 *
 * Returns: (transfer full): a new occurrence
 */
BuurtOccurrence *
buurt_occurrence_new (const BuurtOccurrenceData *data)
{
  BuurtOccurrence *self = g_object_new (BUURT_TYPE_OCCURRENCE, NULL);

  self->id = data->id;
  self->activity_id = data->activity_id;
  self->title = g_strdup (data->title);
  self->starts_at = buurt_parse_utc (data->starts_at);
  self->ends_at = buurt_parse_utc (data->ends_at);
  self->day = g_strdup (data->day);
  self->all_day = data->all_day;
  self->tzid = g_intern_string (data->tzid);
  self->venue = g_strdup (data->venue);
  self->room = g_strdup (data->room);
  self->location = g_strdup (data->location);
  self->organiser = g_strdup (data->organiser);
  self->target_groups = data->target_groups;
  self->cost_cents = data->cost_cents;
  self->status = data->status;
  self->cancelled = data->cancelled;
  self->overridden = data->overridden;
  self->closure = g_strdup (data->closure);
  self->conflict = data->conflict;

  return self;
}

gint64
buurt_occurrence_get_id (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), 0);
  return self->id;
}

gint64
buurt_occurrence_get_activity_id (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), 0);
  return self->activity_id;
}

const char *
buurt_occurrence_get_title (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->title;
}

/**
 * buurt_occurrence_get_starts_at:
 *
 * Returns: (transfer none): the start, in UTC
 */
GDateTime *
buurt_occurrence_get_starts_at (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->starts_at;
}

/**
 * buurt_occurrence_get_ends_at:
 *
 * Returns: (transfer none): the end, in UTC
 */
GDateTime *
buurt_occurrence_get_ends_at (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->ends_at;
}

/**
 * buurt_occurrence_get_day:
 *
 * Returns: (transfer none): the local date of the start, "YYYY-MM-DD"
 */
const char *
buurt_occurrence_get_day (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->day;
}

/**
 * buurt_occurrence_get_tzid:
 *
 * Returns: (transfer none) (nullable): the activity's time zone, such as
 *   "Europe/Amsterdam", in which its times are shown
 */
const char *
buurt_occurrence_get_tzid (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->tzid;
}

gboolean
buurt_occurrence_get_all_day (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), FALSE);
  return self->all_day;
}

/**
 * buurt_occurrence_dup_place:
 *
 * Returns: (transfer full): where it is: "Venue, room", the free-text
 *   location, or an empty string
 */
char *
buurt_occurrence_dup_place (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);

  if (self->venue != NULL && self->room != NULL)
    /* Translators: a venue and a room in it, e.g. "De Schouw, Grote zaal" */
    return g_strdup_printf (_("%s, %s"), self->venue, self->room);
  if (self->location != NULL)
    return g_strdup (self->location);
  return g_strdup ("");
}

/**
 * buurt_occurrence_get_organiser:
 *
 * Returns: (transfer none) (nullable): the organiser's name
 */
const char *
buurt_occurrence_get_organiser (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);
  return self->organiser;
}

guint
buurt_occurrence_get_target_groups (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), 0);
  return self->target_groups;
}

gint64
buurt_occurrence_get_cost_cents (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), 0);
  return self->cost_cents;
}

BuurtActivityStatus
buurt_occurrence_get_status (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), 0);
  return self->status;
}

gboolean
buurt_occurrence_get_cancelled (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), FALSE);
  return self->cancelled;
}

/**
 * buurt_occurrence_get_conflict:
 *
 * Returns: whether another activity that takes place uses the same room at
 *   an overlapping time
 */
gboolean
buurt_occurrence_get_conflict (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), FALSE);
  return self->conflict;
}

/**
 * buurt_occurrence_get_overridden:
 *
 * Returns: whether this date of a series differs from the series
 */
gboolean
buurt_occurrence_get_overridden (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), FALSE);

  return self->overridden;
}

/**
 * buurt_occurrence_get_closure:
 *
 * Returns: (nullable): the name of the closure that cancelled this date
 */
const char *
buurt_occurrence_get_closure (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);

  return self->closure;
}

/**
 * buurt_occurrence_dup_cancel_reason:
 *
 * Why this date does not take place, in a sentence: the whole activity is
 * cancelled, a closure cancelled it, or it was cancelled by hand.
 *
 * Returns: (transfer full) (nullable): the reason, or %NULL when the date
 *   takes place
 */
char *
buurt_occurrence_dup_cancel_reason (BuurtOccurrence *self)
{
  g_return_val_if_fail (BUURT_IS_OCCURRENCE (self), NULL);

  if (self->status == BUURT_ACTIVITY_STATUS_CANCELLED)
    return g_strdup (_("The whole activity is cancelled."));
  if (!self->cancelled)
    return NULL;
  if (self->closure != NULL)
    /* Translators: %s is the name of a closure, e.g. "Christmas holidays 2026" */
    return g_strdup_printf (_("Cancelled by the closure “%s”."), self->closure);

  return g_strdup (_("This date was cancelled by hand."));
}

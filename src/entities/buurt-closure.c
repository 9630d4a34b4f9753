/* buurt-closure.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-closure"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-enum-types.h"
#include "buurt-closure.h"

/* A row of the closure table: a named period in which everything, a town,
 * a neighbourhood, a venue or one room is closed. While it is not deleted
 * (lifted), the store cancels every date in its scope and period. */
struct _BuurtClosure
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtClosure, buurt_closure, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_SCOPE,
  PROP_KERN_ID,
  PROP_NEIGHBOURHOOD_ID,
  PROP_VENUE_ID,
  PROP_ROOM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
require_target (BuurtEntity  *entity,
                const char   *property,
                const char   *message,
                GError      **error)
{
  if (buurt_entity_get_int (entity, property) != 0)
    return TRUE;

  g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
buurt_closure_validate (BuurtEntity  *entity,
                        GError      **error)
{
  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;
  if (!buurt_entity_require_text (entity, "first-day", _("First day"), error) ||
      !buurt_entity_check_date (entity, "first-day", _("First day"), error))
    return FALSE;
  if (!buurt_entity_require_text (entity, "last-day", _("Last day"), error) ||
      !buurt_entity_check_date (entity, "last-day", _("Last day"), error))
    return FALSE;
  if (!buurt_entity_check_order (entity, "first-day", "last-day",
                                 _("The last day is before the first day: a closure must end on or after the day it starts."),
                                 error))
    return FALSE;

  switch ((BuurtClosureScope) buurt_entity_get_enum (entity, "scope"))
    {
    case BUURT_CLOSURE_SCOPE_EVERYTHING:
      return TRUE;
    case BUURT_CLOSURE_SCOPE_KERN:
      return require_target (entity, "kern-id", _("Choose the town or village that is closed."), error);
    case BUURT_CLOSURE_SCOPE_NEIGHBOURHOOD:
      return require_target (entity, "neighbourhood-id", _("Choose the neighbourhood that is closed."), error);
    case BUURT_CLOSURE_SCOPE_VENUE:
      return require_target (entity, "venue-id", _("Choose the venue that is closed."), error);
    case BUURT_CLOSURE_SCOPE_ROOM:
      return require_target (entity, "room-id", _("Choose the room that is closed."), error);
    default:
      g_assert_not_reached ();
    }
}

static void
buurt_closure_class_init (BuurtClosureClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_closure_validate;

  properties[PROP_NAME] = buurt_column_string ("name");
  properties[PROP_FIRST_DAY] = buurt_column_string ("first-day");
  properties[PROP_LAST_DAY] = buurt_column_string ("last-day");
  properties[PROP_SCOPE] = buurt_column_enum ("scope", BUURT_TYPE_CLOSURE_SCOPE, BUURT_CLOSURE_SCOPE_EVERYTHING);
  properties[PROP_KERN_ID] = buurt_column_id ("kern-id");
  properties[PROP_NEIGHBOURHOOD_ID] = buurt_column_id ("neighbourhood-id");
  properties[PROP_VENUE_ID] = buurt_column_id ("venue-id");
  properties[PROP_ROOM_ID] = buurt_column_id ("room-id");

  buurt_entity_class_install_properties (entity_class, "closure", properties, N_PROPS);
}

static void
buurt_closure_init (BuurtClosure *self)
{
}

/**
 * buurt_closure_new:
 *
 * Returns: (transfer full): a new, unsaved closure of everything
 */
BuurtClosure *
buurt_closure_new (void)
{
  return g_object_new (BUURT_TYPE_CLOSURE, NULL);
}

/**
 * buurt_closure_covers_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: whether @day falls in the closure's period
 */
gboolean
buurt_closure_covers_day (BuurtClosure *self,
                          const char   *day)
{
  BuurtEntity *entity = BUURT_ENTITY (self);
  const char *first = buurt_entity_get_string (entity, "first-day");
  const char *last = buurt_entity_get_string (entity, "last-day");

  g_return_val_if_fail (BUURT_IS_CLOSURE (self), FALSE);

  return first != NULL && last != NULL && day != NULL &&
         strcmp (first, day) <= 0 && strcmp (day, last) <= 0;
}

/**
 * buurt_closure_dates_clear:
 *
 * Frees what a #BuurtClosureDates holds.
 */
void
buurt_closure_dates_clear (gpointer data)
{
  BuurtClosureDates *item = data;

  g_clear_pointer (&item->title, g_free);
}

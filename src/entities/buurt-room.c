/* buurt-room.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-room"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-room.h"

/* A row of the room table; its columns are properties of BuurtEntity. */
struct _BuurtRoom
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtRoom, buurt_room, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_VENUE_ID,
  PROP_NAME,
  PROP_CAPACITY,
  PROP_FACILITIES,
  PROP_RATE_CENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_room_validate (BuurtEntity  *entity,
                     GError      **error)
{
  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;
  if (buurt_entity_get_int (entity, "venue-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the venue this room is in."));
      return FALSE;
    }
  if (buurt_entity_get_int (entity, "capacity") < 1)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Capacity must be at least 1 person."));
      return FALSE;
    }
  if (!buurt_entity_require_not_negative (entity, "rate-cents", _("Rate"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_room_class_init (BuurtRoomClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_room_validate;

  properties[PROP_VENUE_ID] = buurt_column_id ("venue-id");
  properties[PROP_NAME] = buurt_column_string ("name");
  properties[PROP_CAPACITY] = buurt_column_int ("capacity", 1);
  properties[PROP_FACILITIES] = buurt_column_flags ("facilities", BUURT_TYPE_FACILITY);
  properties[PROP_RATE_CENTS] = buurt_column_int ("rate-cents", 0);

  buurt_entity_class_install_properties (entity_class, "room", properties, N_PROPS);
}

static void
buurt_room_init (BuurtRoom *self)
{
}

/**
 * buurt_room_new:
 *
 * Returns: (transfer full): a new, unsaved room
 */
BuurtRoom *
buurt_room_new (void)
{
  return g_object_new (BUURT_TYPE_ROOM, NULL);
}

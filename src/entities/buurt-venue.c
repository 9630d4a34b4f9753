/* buurt-venue.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venue"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-venue.h"
#include "buurt-venue-fields.h"

/* A row of the venue table; its columns are properties of BuurtEntity. */
struct _BuurtVenue
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtVenue, buurt_venue, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_NEIGHBOURHOOD_ID,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_WEBSITE,
  PROP_STEP_FREE,
  PROP_ACCESSIBLE_TOILET,
  PROP_HEARING_LOOP,
  PROP_COMMERCIAL,
  PROP_NOTES,
  PROP_OPENING_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_venue_validate (BuurtEntity  *entity,
                      GError      **error)
{
  const char *postcode = buurt_entity_get_string (entity, "postcode");
  const char *hours = buurt_entity_get_string (entity, "opening-hours");
  g_autofree char *normal = buurt_postcode_normalise (postcode);

  if (!buurt_entity_require_text (entity, "name", _("Name"), error))
    return FALSE;
  /* "1234ab" and "1234 ab" are the postcode "1234 AB"; store it so. */
  if (normal != NULL && g_strcmp0 (normal, postcode) != 0)
    g_object_set (entity, "postcode", normal, NULL);
  if (hours != NULL && *hours != '\0' && !buurt_opening_hours_is_valid (hours))
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Opening hours: each day needs a closing time after its opening time."));
      return FALSE;
    }
  if (!buurt_entity_check_postcode (entity, "postcode", error))
    return FALSE;
  if (!buurt_entity_check_email (entity, "email", error))
    return FALSE;

  return TRUE;
}

static void
buurt_venue_class_init (BuurtVenueClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_venue_validate;

  properties[PROP_NAME] = buurt_column_string ("name");
  properties[PROP_KIND] = buurt_column_enum ("kind", BUURT_TYPE_VENUE_KIND, BUURT_VENUE_KIND_COMMUNITY_CENTRE);
  properties[PROP_ADDRESS] = buurt_column_string ("address");
  properties[PROP_POSTCODE] = buurt_column_string ("postcode");
  properties[PROP_NEIGHBOURHOOD_ID] = buurt_column_id ("neighbourhood-id");
  properties[PROP_PHONE] = buurt_column_string ("phone");
  properties[PROP_EMAIL] = buurt_column_string ("email");
  properties[PROP_WEBSITE] = buurt_column_string ("website");
  properties[PROP_STEP_FREE] = buurt_column_boolean ("step-free");
  properties[PROP_ACCESSIBLE_TOILET] = buurt_column_boolean ("accessible-toilet");
  properties[PROP_HEARING_LOOP] = buurt_column_boolean ("hearing-loop");
  properties[PROP_COMMERCIAL] = buurt_column_boolean ("commercial");
  properties[PROP_NOTES] = buurt_column_string ("notes");
  /* Seven "HH:MM-HH:MM", Monday first: see buurt-venue-fields.h */
  properties[PROP_OPENING_HOURS] = buurt_column_string ("opening-hours");

  buurt_entity_class_install_properties (entity_class, "venue", properties, N_PROPS);
}

static void
buurt_venue_init (BuurtVenue *self)
{
  /* What the store gives a venue without hours of its own. */
  g_object_set (self, "opening-hours", BUURT_OPENING_HOURS_DEFAULT, NULL);
}

/**
 * buurt_venue_new:
 *
 * Returns: (transfer full): a new, unsaved venue
 */
BuurtVenue *
buurt_venue_new (void)
{
  return g_object_new (BUURT_TYPE_VENUE, NULL);
}

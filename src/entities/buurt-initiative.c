/* buurt-initiative.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-initiative.h"

/* A row of the initiative table; its columns are properties of BuurtEntity. */
struct _BuurtInitiative
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtInitiative, buurt_initiative, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_NEIGHBOURHOOD_ID,
  PROP_STAGE,
  PROP_START_DATE,
  PROP_NEXT_EVALUATION,
  PROP_TARGET_GROUPS,
  PROP_VOLUNTEERS,
  PROP_PARTICIPANTS,
  PROP_SUPPORT_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_initiative_validate (BuurtEntity  *entity,
                           GError      **error)
{
  if (!buurt_entity_require_text (entity, "title", _("Title"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "start-date", _("Start date"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "next-evaluation", _("Next evaluation"), error))
    return FALSE;
  if (!buurt_entity_check_order (entity, "start-date", "next-evaluation",
                                  _("The next evaluation cannot be before the start date."), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "volunteers", _("Volunteers"), error))
    return FALSE;
  if (!buurt_entity_require_not_negative (entity, "participants", _("Participants reached"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_initiative_class_init (BuurtInitiativeClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_initiative_validate;

  properties[PROP_TITLE] = buurt_column_string ("title");
  properties[PROP_SUMMARY] = buurt_column_string ("summary");
  properties[PROP_NEIGHBOURHOOD_ID] = buurt_column_id ("neighbourhood-id");
  properties[PROP_STAGE] = buurt_column_enum ("stage", BUURT_TYPE_STAGE, BUURT_STAGE_IDEA);
  properties[PROP_START_DATE] = buurt_column_string ("start-date");
  properties[PROP_NEXT_EVALUATION] = buurt_column_string ("next-evaluation");
  properties[PROP_TARGET_GROUPS] = buurt_column_flags ("target-groups", BUURT_TYPE_TARGET_GROUP);
  properties[PROP_VOLUNTEERS] = buurt_column_int ("volunteers", 0);
  properties[PROP_PARTICIPANTS] = buurt_column_int ("participants", 0);
  properties[PROP_SUPPORT_EVIDENCE] = buurt_column_string ("support-evidence");

  buurt_entity_class_install_properties (entity_class, "initiative", properties, N_PROPS);
}

static void
buurt_initiative_init (BuurtInitiative *self)
{
}

/**
 * buurt_initiative_new:
 *
 * Returns: (transfer full): a new, unsaved initiative
 */
BuurtInitiative *
buurt_initiative_new (void)
{
  return g_object_new (BUURT_TYPE_INITIATIVE, NULL);
}

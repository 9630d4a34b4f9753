/* buurt-enums.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enums.h"
#include "buurt-enum-types.h"

typedef struct
{
  GType (*get_type) (void);
  guint value;
  const char *label;
} EnumLabel;

/* What the UI says for each stored word. */
static const EnumLabel labels[] = {
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_COMMUNITY_CENTRE, N_("Community centre") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_MFC, N_("Multifunctional centre") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_CHURCH, N_("Church") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_SCHOOL, N_("School") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_LIBRARY, N_("Library") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_SPORTS, N_("Sports venue") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_OUTDOOR, N_("Outdoors") },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_OTHER, N_("Other venue") },

  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_RESIDENT, N_("Resident") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_CLUB, N_("Club") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_FOUNDATION, N_("Foundation") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_WELFARE_ORGANISATION, N_("Welfare organisation") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_MUNICIPALITY, N_("Municipality") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_HOUSING_CORPORATION, N_("Housing corporation") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_SCHOOL, N_("School") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_CHURCH, N_("Church") },
  { buurt_contact_kind_get_type, BUURT_CONTACT_KIND_BUSINESS, N_("Business") },

  { buurt_category_get_type, BUURT_CATEGORY_MEETING, N_("Meeting people") },
  { buurt_category_get_type, BUURT_CATEGORY_SPORTS, N_("Sports and exercise") },
  { buurt_category_get_type, BUURT_CATEGORY_CULTURE, N_("Culture and creativity") },
  { buurt_category_get_type, BUURT_CATEGORY_LEARNING, N_("Learning and language") },
  { buurt_category_get_type, BUURT_CATEGORY_CARE, N_("Care and wellbeing") },
  { buurt_category_get_type, BUURT_CATEGORY_NATURE, N_("Nature and green") },
  { buurt_category_get_type, BUURT_CATEGORY_FOOD, N_("Food and drink") },
  { buurt_category_get_type, BUURT_CATEGORY_CHILDREN, N_("Children's activities") },
  { buurt_category_get_type, BUURT_CATEGORY_OTHER, N_("Other") },

  { buurt_activity_status_get_type, BUURT_ACTIVITY_STATUS_SUBMITTED, N_("Submitted") },
  { buurt_activity_status_get_type, BUURT_ACTIVITY_STATUS_PUBLISHED, N_("Published") },
  { buurt_activity_status_get_type, BUURT_ACTIVITY_STATUS_CANCELLED, N_("Cancelled") },
  { buurt_activity_status_get_type, BUURT_ACTIVITY_STATUS_REJECTED, N_("Rejected") },

  { buurt_registration_get_type, BUURT_REGISTRATION_NONE, N_("No registration") },
  { buurt_registration_get_type, BUURT_REGISTRATION_OPTIONAL, N_("Registration welcome") },
  { buurt_registration_get_type, BUURT_REGISTRATION_REQUIRED, N_("Registration required") },

  { buurt_source_get_type, BUURT_SOURCE_APP, N_("Entered here") },
  { buurt_source_get_type, BUURT_SOURCE_SUBMISSION, N_("Submitted by organiser") },
  { buurt_source_get_type, BUURT_SOURCE_ICAL, N_("Calendar file") },
  { buurt_source_get_type, BUURT_SOURCE_JSON, N_("Exchange file") },
  { buurt_source_get_type, BUURT_SOURCE_CSV, N_("Spreadsheet") },
  { buurt_source_get_type, BUURT_SOURCE_EXAMPLE, N_("Example data") },

  { buurt_stage_get_type, BUURT_STAGE_IDEA, N_("Idea") },
  { buurt_stage_get_type, BUURT_STAGE_EXPLORING, N_("Exploring") },
  { buurt_stage_get_type, BUURT_STAGE_PILOT, N_("Pilot") },
  { buurt_stage_get_type, BUURT_STAGE_EVALUATING, N_("Evaluating") },
  { buurt_stage_get_type, BUURT_STAGE_RUNNING, N_("Running") },
  { buurt_stage_get_type, BUURT_STAGE_PAUSED, N_("Paused") },
  { buurt_stage_get_type, BUURT_STAGE_STOPPED, N_("Stopped") },

  { buurt_partner_role_get_type, BUURT_PARTNER_ROLE_LEAD, N_("Lead") },
  { buurt_partner_role_get_type, BUURT_PARTNER_ROLE_VOLUNTEER, N_("Volunteer") },
  { buurt_partner_role_get_type, BUURT_PARTNER_ROLE_PARTNER, N_("Partner") },
  { buurt_partner_role_get_type, BUURT_PARTNER_ROLE_FUNDER, N_("Funder") },

  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_DRAFT, N_("Draft") },
  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_SUBMITTED, N_("Requested") },
  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_GRANTED, N_("Granted") },
  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_REJECTED, N_("Turned down") },
  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_PAID, N_("Paid") },
  { buurt_funding_status_get_type, BUURT_FUNDING_STATUS_ACCOUNTED, N_("Accounted for") },

  { buurt_journal_kind_get_type, BUURT_JOURNAL_KIND_MILESTONE, N_("Milestone") },
  { buurt_journal_kind_get_type, BUURT_JOURNAL_KIND_OBSTACLE, N_("Obstacle") },
  { buurt_journal_kind_get_type, BUURT_JOURNAL_KIND_LESSON, N_("Lesson learned") },
  { buurt_journal_kind_get_type, BUURT_JOURNAL_KIND_EVALUATION, N_("Evaluation") },

  { buurt_closure_scope_get_type, BUURT_CLOSURE_SCOPE_EVERYTHING, N_("Everything") },
  { buurt_closure_scope_get_type, BUURT_CLOSURE_SCOPE_KERN, N_("A town or village") },
  { buurt_closure_scope_get_type, BUURT_CLOSURE_SCOPE_NEIGHBOURHOOD, N_("A neighbourhood") },
  { buurt_closure_scope_get_type, BUURT_CLOSURE_SCOPE_VENUE, N_("A venue") },
  { buurt_closure_scope_get_type, BUURT_CLOSURE_SCOPE_ROOM, N_("One room") },

  { buurt_target_group_get_type, BUURT_TARGET_GROUP_CHILDREN, N_("Children") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_YOUTH, N_("Young people") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_ADULTS, N_("Adults") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_SENIORS, N_("Seniors") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_FAMILIES, N_("Families") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_EVERYONE, N_("Everyone") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_NEWCOMERS, N_("Newcomers") },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_DISABILITY, N_("People with a disability") },

  { buurt_facility_get_type, BUURT_FACILITY_KITCHEN, N_("Kitchen") },
  { buurt_facility_get_type, BUURT_FACILITY_PROJECTOR, N_("Projector") },
  { buurt_facility_get_type, BUURT_FACILITY_PIANO, N_("Piano") },
  { buurt_facility_get_type, BUURT_FACILITY_SPORTS_FLOOR, N_("Sports floor") },
  { buurt_facility_get_type, BUURT_FACILITY_STAGE, N_("Stage") },
  { buurt_facility_get_type, BUURT_FACILITY_SOUND_SYSTEM, N_("Sound system") },
  { buurt_facility_get_type, BUURT_FACILITY_WIFI, N_("Wi-Fi") },
  { buurt_facility_get_type, BUURT_FACILITY_GARDEN, N_("Garden") },
};

/**
 * buurt_enum_to_label:
 * @enum_or_flags_type: one of the types of buurt-enums.h
 * @value: an enumeration value, or a single flag
 *
 * Returns: (transfer none): the translated label the UI shows for @value
 */
const char *
buurt_enum_to_label (GType enum_or_flags_type,
                     guint value)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i].get_type () == enum_or_flags_type && labels[i].value == value)
      return _(labels[i].label);

  g_return_val_if_reached ("");
}

/**
 * buurt_flags_to_label:
 * @flags_type: %BUURT_TYPE_TARGET_GROUP or %BUURT_TYPE_FACILITY
 * @value: a set of flags
 *
 * Returns: (transfer full): the translated labels of the flags in @value,
 *   joined by commas as in a sentence, or an empty string
 */
char *
buurt_flags_to_label (GType flags_type,
                      guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint flag = klass->values[i].value;

      if (flag == 0 || (value & flag) != flag)
        continue;
      if (str->len > 0)
        /* Translators: separates target groups or facilities in a list */
        g_string_append (str, _(", "));
      g_string_append (str, buurt_enum_to_label (flags_type, flag));
    }

  return g_string_free (str, FALSE);
}

/**
 * buurt_enum_from_word:
 * @enum_type: one of the enumerations of buurt-enums.h
 * @word: (nullable): the value as the store and exchange files keep it:
 *   the lowercase English word, with "_" between words ("sports_floor")
 * @value: (out): the value
 *
 * Returns: %TRUE when @word names a value of @enum_type; @value is left
 *   alone otherwise
 */
gboolean
buurt_enum_from_word (GType       enum_type,
                      const char *word,
                      int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autofree char *nick = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (word == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  nick = g_strdelimit (g_strdup (word), "_", '-');
  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

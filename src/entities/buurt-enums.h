/* buurt-enums.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The enumerations of the data model. Their GEnum nicks, with "-" read as
 * "_", are the lowercase English words the database stores; the UI shows
 * buurt_enum_to_label(). Keep the order: it is the order of menus. */

typedef enum
{
  BUURT_VENUE_KIND_COMMUNITY_CENTRE,
  BUURT_VENUE_KIND_MFC,
  BUURT_VENUE_KIND_CHURCH,
  BUURT_VENUE_KIND_SCHOOL,
  BUURT_VENUE_KIND_LIBRARY,
  BUURT_VENUE_KIND_SPORTS,
  BUURT_VENUE_KIND_OUTDOOR,
  BUURT_VENUE_KIND_OTHER,
} BuurtVenueKind;

typedef enum
{
  BUURT_CONTACT_KIND_RESIDENT,
  BUURT_CONTACT_KIND_CLUB,
  BUURT_CONTACT_KIND_FOUNDATION,
  BUURT_CONTACT_KIND_WELFARE_ORGANISATION,
  BUURT_CONTACT_KIND_MUNICIPALITY,
  BUURT_CONTACT_KIND_HOUSING_CORPORATION,
  BUURT_CONTACT_KIND_SCHOOL,
  BUURT_CONTACT_KIND_CHURCH,
  BUURT_CONTACT_KIND_BUSINESS,
} BuurtContactKind;

typedef enum
{
  BUURT_CATEGORY_MEETING,
  BUURT_CATEGORY_SPORTS,
  BUURT_CATEGORY_CULTURE,
  BUURT_CATEGORY_LEARNING,
  BUURT_CATEGORY_CARE,
  BUURT_CATEGORY_NATURE,
  BUURT_CATEGORY_FOOD,
  BUURT_CATEGORY_CHILDREN,
  BUURT_CATEGORY_OTHER,
} BuurtCategory;

typedef enum
{
  BUURT_ACTIVITY_STATUS_SUBMITTED,
  BUURT_ACTIVITY_STATUS_PUBLISHED,
  BUURT_ACTIVITY_STATUS_CANCELLED,
  BUURT_ACTIVITY_STATUS_REJECTED,
} BuurtActivityStatus;

typedef enum
{
  BUURT_REGISTRATION_NONE,
  BUURT_REGISTRATION_OPTIONAL,
  BUURT_REGISTRATION_REQUIRED,
} BuurtRegistration;

typedef enum
{
  BUURT_SOURCE_APP,
  BUURT_SOURCE_SUBMISSION,
  BUURT_SOURCE_ICAL,
  BUURT_SOURCE_JSON,
  BUURT_SOURCE_CSV,
  BUURT_SOURCE_EXAMPLE,
} BuurtSource;

typedef enum
{
  BUURT_STAGE_IDEA,
  BUURT_STAGE_EXPLORING,
  BUURT_STAGE_PILOT,
  BUURT_STAGE_EVALUATING,
  BUURT_STAGE_RUNNING,
  BUURT_STAGE_PAUSED,
  BUURT_STAGE_STOPPED,
} BuurtStage;

typedef enum
{
  BUURT_PARTNER_ROLE_LEAD,
  BUURT_PARTNER_ROLE_VOLUNTEER,
  BUURT_PARTNER_ROLE_PARTNER,
  BUURT_PARTNER_ROLE_FUNDER,
} BuurtPartnerRole;

typedef enum
{
  BUURT_FUNDING_STATUS_DRAFT,
  BUURT_FUNDING_STATUS_SUBMITTED,
  BUURT_FUNDING_STATUS_GRANTED,
  BUURT_FUNDING_STATUS_REJECTED,
  BUURT_FUNDING_STATUS_PAID,
  BUURT_FUNDING_STATUS_ACCOUNTED,
} BuurtFundingStatus;

typedef enum
{
  BUURT_JOURNAL_KIND_MILESTONE,
  BUURT_JOURNAL_KIND_OBSTACLE,
  BUURT_JOURNAL_KIND_LESSON,
  BUURT_JOURNAL_KIND_EVALUATION,
} BuurtJournalKind;

/* What a closure closes: everything, or one town, neighbourhood, venue or room. */
typedef enum
{
  BUURT_CLOSURE_SCOPE_EVERYTHING,
  BUURT_CLOSURE_SCOPE_KERN,
  BUURT_CLOSURE_SCOPE_NEIGHBOURHOOD,
  BUURT_CLOSURE_SCOPE_VENUE,
  BUURT_CLOSURE_SCOPE_ROOM,
} BuurtClosureScope;

typedef enum /*< flags >*/
{
  BUURT_TARGET_GROUP_NONE       = 0,
  BUURT_TARGET_GROUP_CHILDREN   = 1 << 0,
  BUURT_TARGET_GROUP_YOUTH      = 1 << 1,
  BUURT_TARGET_GROUP_ADULTS     = 1 << 2,
  BUURT_TARGET_GROUP_SENIORS    = 1 << 3,
  BUURT_TARGET_GROUP_FAMILIES   = 1 << 4,
  BUURT_TARGET_GROUP_EVERYONE   = 1 << 5,
  BUURT_TARGET_GROUP_NEWCOMERS  = 1 << 6,
  BUURT_TARGET_GROUP_DISABILITY = 1 << 7,
} BuurtTargetGroup;

typedef enum /*< flags >*/
{
  BUURT_FACILITY_NONE         = 0,
  BUURT_FACILITY_KITCHEN      = 1 << 0,
  BUURT_FACILITY_PROJECTOR    = 1 << 1,
  BUURT_FACILITY_PIANO        = 1 << 2,
  BUURT_FACILITY_SPORTS_FLOOR = 1 << 3,
  BUURT_FACILITY_STAGE        = 1 << 4,
  BUURT_FACILITY_SOUND_SYSTEM = 1 << 5,
  BUURT_FACILITY_WIFI         = 1 << 6,
  BUURT_FACILITY_GARDEN       = 1 << 7,
} BuurtFacility;

const char *buurt_enum_to_label  (GType  enum_or_flags_type,
                                  guint  value);
char       *buurt_flags_to_label (GType  flags_type,
                                  guint  value);
gboolean    buurt_enum_from_word (GType       enum_type,
                                  const char *word,
                                  int        *value);

G_END_DECLS

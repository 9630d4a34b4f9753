/* buurt-initiative-query.h: what the Initiatives view and the address book show
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buurt-enums.h"

G_BEGIN_DECLS

/**
 * BuurtInitiativeQuery:
 * @search: (nullable): text that must be part of the title or summary;
 *   case does not matter
 * @kern_id: only initiatives in neighbourhoods of this town, or 0 for all
 * @neighbourhood_id: only in this neighbourhood, or 0
 * @target_groups: only for at least one of these #BuurtTargetGroup, or 0
 *
 * Which initiatives the list shows; filters combine (all must match).
 */
typedef struct
{
  const char *search;
  gint64      kern_id;
  gint64      neighbourhood_id;
  guint       target_groups;
} BuurtInitiativeQuery;

/**
 * BuurtInitiativeSummary:
 *
 * One initiative as the list shows it. @leads are the names of its leads,
 * joined by ", " (empty when it has none); @next_evaluation is
 * "YYYY-MM-DD" or %NULL; @granted_cents counts requests that were granted,
 * paid or accounted for.
 */
typedef struct
{
  gint64      id;
  char       *title;
  char       *summary;
  char       *neighbourhood;
  char       *kern;
  char       *leads;
  BuurtStage  stage;
  char       *next_evaluation;
  guint       target_groups;
  gint64      granted_cents;
} BuurtInitiativeSummary;

void buurt_initiative_summary_free (BuurtInitiativeSummary *summary);

/**
 * BuurtInitiativePerson:
 *
 * A contact and the role they have in one initiative.
 */
typedef struct
{
  gint64           contact_id;
  char            *name;
  BuurtContactKind kind;
  BuurtPartnerRole role;
} BuurtInitiativePerson;

BuurtInitiativePerson *buurt_initiative_person_new  (gint64                 contact_id,
                                                     const char            *name,
                                                     BuurtContactKind       kind,
                                                     BuurtPartnerRole       role);
void                   buurt_initiative_person_free (BuurtInitiativePerson *person);

/**
 * BuurtLinkedActivity:
 *
 * An activity of the agenda that belongs to an initiative: @next_day is its
 * next date from today ("YYYY-MM-DD"), or its last one when none is ahead,
 * or %NULL.
 */
typedef struct
{
  gint64  id;
  char   *title;
  char   *next_day;
  gint64  n_dates;
} BuurtLinkedActivity;

void buurt_linked_activity_free (BuurtLinkedActivity *activity);

/**
 * BuurtContactSummary:
 *
 * A contact of the address book with what refers to it: the initiatives it
 * has a role in (@initiatives, their titles joined by ", "), the activities
 * it organises and the funding requests it is the funder of.
 */
typedef struct
{
  gint64           id;
  char            *name;
  BuurtContactKind kind;
  char            *phone;
  char            *email;
  char            *initiatives;
  gint64           n_initiatives;
  gint64           n_activities;
  gint64           n_grants;
} BuurtContactSummary;

void buurt_contact_summary_free (BuurtContactSummary *summary);

/**
 * BuurtInitiativeMoney:
 *
 * An initiative's money: requested (all but drafts), granted (granted,
 * paid or accounted for), spent (its expenses and those of its requests),
 * and the balance, granted minus spent.
 */
typedef struct
{
  gint64 requested_cents;
  gint64 granted_cents;
  gint64 spent_cents;
  gint64 balance_cents;
} BuurtInitiativeMoney;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtInitiativeSummary, buurt_initiative_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtInitiativePerson, buurt_initiative_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtLinkedActivity, buurt_linked_activity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtContactSummary, buurt_contact_summary_free)

G_END_DECLS

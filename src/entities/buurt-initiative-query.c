/* buurt-initiative-query.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative-query"

#include "config.h"

#include "buurt-initiative-query.h"

/* The rows the store reads for the Initiatives view and the address book:
 * plain structures, freed with the functions below. */

void
buurt_initiative_summary_free (BuurtInitiativeSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->title);
  g_free (summary->summary);
  g_free (summary->neighbourhood);
  g_free (summary->kern);
  g_free (summary->leads);
  g_free (summary->next_evaluation);
  g_free (summary);
}

/**
 * buurt_initiative_person_new:
 *
 * Returns: (transfer full): a person with a role; free with
 *   buurt_initiative_person_free()
 */
BuurtInitiativePerson *
buurt_initiative_person_new (gint64            contact_id,
                             const char       *name,
                             BuurtContactKind  kind,
                             BuurtPartnerRole  role)
{
  BuurtInitiativePerson *person = g_new0 (BuurtInitiativePerson, 1);

  person->contact_id = contact_id;
  person->name = g_strdup (name);
  person->kind = kind;
  person->role = role;

  return person;
}

void
buurt_initiative_person_free (BuurtInitiativePerson *person)
{
  if (person == NULL)
    return;

  g_free (person->name);
  g_free (person);
}

void
buurt_linked_activity_free (BuurtLinkedActivity *activity)
{
  if (activity == NULL)
    return;

  g_free (activity->title);
  g_free (activity->next_day);
  g_free (activity);
}

void
buurt_contact_summary_free (BuurtContactSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->name);
  g_free (summary->phone);
  g_free (summary->email);
  g_free (summary->initiatives);
  g_free (summary);
}

/* buurt-example-initiatives.c: initiatives with their partners, grants,
 * expenses and journals
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include "buurt-example-generator.h"

typedef struct
{
  guint            contact;
  BuurtPartnerRole role;
} PartnerKey;

static gboolean
add_partner (BuurtExampleGenerator  *self,
             gint64                  initiative_id,
             GArray                 *added,
             guint                   contact,
             BuurtPartnerRole        role,
             GError                **error)
{
  g_autoptr(BuurtInitiativePartner) partner = NULL;
  PartnerKey key = { contact, role };

  /* A contact has each role in an initiative once (a unique key). */
  for (guint i = 0; i < added->len; i++)
    {
      const PartnerKey *other = &g_array_index (added, PartnerKey, i);

      if (other->contact == contact && (other->role == role || role == BUURT_PARTNER_ROLE_VOLUNTEER))
        return TRUE;
    }

  partner = buurt_initiative_partner_new ();
  g_object_set (partner,
                "initiative-id", initiative_id,
                "contact-id", g_array_index (self->contacts, BuurtExampleContact, contact).id,
                "role", role,
                NULL);
  if (!buurt_example_save (self, partner, error))
    return FALSE;

  g_array_append_val (added, key);
  return TRUE;
}

static gboolean
add_journal_entry (BuurtExampleGenerator  *self,
                   gint64                  initiative_id,
                   guint32                 day,
                   BuurtJournalKind        kind,
                   GError                **error)
{
  g_autoptr(BuurtJournalEntry) entry = buurt_journal_entry_new ();

  g_object_set (entry,
                "initiative-id", initiative_id,
                "entry-date", buurt_example_date_text (self, day),
                "kind", kind,
                "text", buurt_example_pick_string (self, self->community->journal[kind]),
                NULL);

  return buurt_example_save (self, entry, error);
}

static gboolean
add_expense (BuurtExampleGenerator  *self,
             gint64                  initiative_id,
             gint64                  request_id,
             guint32                 day,
             guint                   cents,
             GError                **error)
{
  g_autoptr(BuurtExpense) expense = buurt_expense_new ();

  g_object_set (expense,
                "initiative-id", initiative_id,
                "funding-request-id", request_id,
                "spent-on", buurt_example_date_text (self, day),
                "description", buurt_example_pick_string (self, self->community->expense_descriptions),
                "amount-cents", (gint64) cents,
                NULL);

  return buurt_example_save (self, expense, error);
}

static gboolean
add_request (BuurtExampleGenerator      *self,
             gint64                      initiative_id,
             guint32                     started,
             const BuurtExampleRequest  *info,
             guint                       funder_contact,
             GError                    **error)
{
  const BuurtExampleFunder *funder = &g_array_index (self->community->funders, BuurtExampleFunder, info->funder);
  g_autoptr(BuurtFundingRequest) request = buurt_funding_request_new ();
  BuurtFundingStatus status = info->status;
  guint euros, granted = 0;
  guint32 requested = 0, decided = 0;
  gint64 request_id;

  /* Each funder has its own limits: the municipality gives up to about
   * EUR 500, the tenants' fund of the housing corporation up to EUR 1,000. */
  euros = funder->euros_step * buurt_example_between (self, funder->steps_min, funder->steps_max);

  /* Asked for in the last year, possibly just before the start; decided
   * within weeks. */
  if (status != BUURT_FUNDING_STATUS_DRAFT)
    {
      guint32 earliest = MAX (started - 45, self->today - 365);
      guint32 latest = self->today - (status == BUURT_FUNDING_STATUS_SUBMITTED ? 3 : 45);

      requested = buurt_example_between (self, MIN (earliest, latest - 10), latest);
    }
  if (status != BUURT_FUNDING_STATUS_DRAFT && status != BUURT_FUNDING_STATUS_SUBMITTED)
    decided = MIN (requested + buurt_example_between (self, 14, 42), self->today);
  if (status == BUURT_FUNDING_STATUS_GRANTED || status == BUURT_FUNDING_STATUS_PAID ||
      status == BUURT_FUNDING_STATUS_ACCOUNTED)
    granted = buurt_example_chance (self, 0.7) ? euros : euros * 4 / 5;

  g_object_set (request,
                "initiative-id", initiative_id,
                "funder-id", g_array_index (self->contacts, BuurtExampleContact, funder_contact).id,
                "amount-requested-cents", (gint64) euros * 100,
                "amount-granted-cents", (gint64) granted * 100,
                "status", status,
                "requested-on", requested != 0 ? buurt_example_date_text (self, requested) : NULL,
                "decided-on", decided != 0 ? buurt_example_date_text (self, decided) : NULL,
                "conditions", granted > 0 ? funder->conditions : NULL,
                "rejection-reason", info->reason,
                NULL);
  if (!buurt_example_save (self, request, error))
    return FALSE;
  request_id = buurt_entity_get_id (BUURT_ENTITY (request));

  /* Spending: all of it once accounted for, part of it once paid. */
  if (status == BUURT_FUNDING_STATUS_PAID || status == BUURT_FUNDING_STATUS_ACCOUNTED)
    {
      guint left = status == BUURT_FUNDING_STATUS_ACCOUNTED ? granted * 100
                                                            : granted * 100 * buurt_example_between (self, 4, 8) / 10;
      guint n = buurt_example_between (self, 1, 4);

      for (guint i = 0; i < n && left > 0; i++)
        {
          guint cents = i == n - 1 ? left : left / (n - i) + buurt_example_pick (self, left / (2 * (n - i)) + 1);
          guint32 day = buurt_example_between (self, decided, MAX (decided, self->today - 1));

          if (!add_expense (self, initiative_id, request_id, day, cents, error))
            return FALSE;
          left -= cents;
        }
    }

  return TRUE;
}

/* When an initiative in @stage started, when it is evaluated next, how
 * many help and take part, and how many journal entries it has. */
static void
stage_figures (BuurtExampleGenerator *self,
               BuurtStage             stage,
               guint32               *started,
               guint32               *next_evaluation,
               guint                 *volunteers,
               guint                 *participants,
               guint                 *n_entries)
{
  guint32 today = self->today;

  switch (stage)
    {
    case BUURT_STAGE_IDEA:
      *n_entries = 1;
      break;
    case BUURT_STAGE_EXPLORING:
      *started = today - buurt_example_between (self, 10, 60);
      *next_evaluation = today + buurt_example_between (self, 30, 60);
      *volunteers = buurt_example_between (self, 1, 4);
      *n_entries = 2;
      break;
    case BUURT_STAGE_PILOT:
      /* A pilot of a few months, then an evaluation. */
      *started = today - buurt_example_between (self, 20, 60);
      *next_evaluation = *started + buurt_example_between (self, 90, 120);
      *volunteers = buurt_example_between (self, 3, 8);
      *participants = buurt_example_between (self, 8, 30);
      *n_entries = 3;
      break;
    case BUURT_STAGE_EVALUATING:
      *started = today - buurt_example_between (self, 100, 200);
      *next_evaluation = today + buurt_example_between (self, 3, 20);
      *volunteers = buurt_example_between (self, 4, 10);
      *participants = buurt_example_between (self, 10, 40);
      *n_entries = 4;
      break;
    case BUURT_STAGE_RUNNING:
      *started = today - buurt_example_between (self, 400, 1200);
      *next_evaluation = today + buurt_example_between (self, 60, 300);
      *volunteers = buurt_example_between (self, 5, 20);
      *participants = buurt_example_between (self, 20, 150);
      *n_entries = buurt_example_between (self, 4, 6);
      break;
    case BUURT_STAGE_PAUSED:
      *started = today - buurt_example_between (self, 200, 600);
      *next_evaluation = today + buurt_example_between (self, 30, 90);
      *volunteers = buurt_example_between (self, 1, 4);
      *participants = buurt_example_between (self, 5, 30);
      *n_entries = 3;
      break;
    case BUURT_STAGE_STOPPED:
    default:
      *started = today - buurt_example_between (self, 500, 1500);
      *volunteers = 0;
      *participants = buurt_example_between (self, 10, 60);
      *n_entries = 4;
      break;
    }
}

static gboolean
add_people (BuurtExampleGenerator  *self,
            gint64                  id,
            BuurtStage              stage,
            guint                   volunteers,
            int                     kern,
            GArray                 *partners,
            GError                **error)
{
  static const BuurtContactKind kinds[] = {
    BUURT_CONTACT_KIND_WELFARE_ORGANISATION, BUURT_CONTACT_KIND_SCHOOL,
    BUURT_CONTACT_KIND_CHURCH, BUURT_CONTACT_KIND_CLUB, BUURT_CONTACT_KIND_HOUSING_CORPORATION,
    BUURT_CONTACT_KIND_MUNICIPALITY, BUURT_CONTACT_KIND_BUSINESS,
  };

  /* Residents lead (kartrekkers), neighbourhood partners help. */
  for (guint j = 0, n_leads = buurt_example_between (self, 1, 2); j < n_leads; j++)
    if (!add_partner (self, id, partners, buurt_example_pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern),
                      BUURT_PARTNER_ROLE_LEAD, error))
      return FALSE;
  for (guint j = 0; j < MIN (volunteers, 5); j++)
    if (!add_partner (self, id, partners, buurt_example_pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern),
                      BUURT_PARTNER_ROLE_VOLUNTEER, error))
      return FALSE;
  for (guint j = 0, n = stage == BUURT_STAGE_IDEA ? 0 : buurt_example_between (self, 1, 3); j < n; j++)
    if (!add_partner (self, id, partners,
                      buurt_example_pick_contact (self, kinds[buurt_example_pick (self, G_N_ELEMENTS (kinds))], kern),
                      BUURT_PARTNER_ROLE_PARTNER, error))
      return FALSE;

  return TRUE;
}

/* Each funder's scheme: the most it usually gives per request (its largest
 * step: the municipality EUR 500, the housing corporation EUR 1,000) and a
 * budget for the year of ten such requests. */
static gboolean
add_schemes (BuurtExampleGenerator  *self,
             GError                **error)
{
  const BuurtExampleCommunity *community = self->community;

  for (guint i = 0; i < community->funders->len; i++)
    {
      const BuurtExampleFunder *funder = &g_array_index (community->funders, BuurtExampleFunder, i);
      g_autoptr(BuurtFundingScheme) scheme = buurt_funding_scheme_new ();
      guint contact = buurt_example_find_contact (self, funder->organisation);
      gint64 max_cents = (gint64) funder->euros_step * funder->steps_max * 100;

      g_object_set (scheme,
                    "funder-id", g_array_index (self->contacts, BuurtExampleContact, contact).id,
                    "name", g_str_equal (funder->key, "housing") ? "Huurdersfonds"
                          : g_str_equal (funder->key, "municipality") ? "Buurtinitiatieven"
                          : "Buurtfonds",
                    "max-request-cents", max_cents,
                    "yearly-budget-cents", 10 * max_cents,
                    NULL);
      if (!buurt_example_save (self, scheme, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * buurt_example_add_initiatives:
 *
 * Saves the initiatives of the community, each with its leads, volunteers
 * and partners, its funding requests and what was spent, and a journal.
 */
gboolean
buurt_example_add_initiatives (BuurtExampleGenerator  *self,
                               GError                **error)
{
  const BuurtExampleCommunity *community = self->community;

  g_array_set_size (self->initiatives, community->initiatives->len);
  if (!add_schemes (self, error))
    return FALSE;

  for (guint i = 0; i < community->initiatives->len; i++)
    {
      const BuurtExampleInitiative *info = &g_array_index (community->initiatives, BuurtExampleInitiative, i);
      const BuurtExampleNeighbourhood *n = &g_array_index (self->neighbourhoods, BuurtExampleNeighbourhood,
                                                           info->neighbourhood);
      BuurtExampleInitiativeRow *row = &g_array_index (self->initiatives, BuurtExampleInitiativeRow, i);
      g_autoptr(BuurtInitiative) initiative = buurt_initiative_new ();
      g_autoptr(GArray) partners = g_array_new (FALSE, FALSE, sizeof (PartnerKey));
      guint32 started = 0, next_evaluation = 0;
      guint volunteers = 0, participants = 0, n_entries = 0;
      gint64 id;

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      stage_figures (self, info->stage, &started, &next_evaluation, &volunteers, &participants, &n_entries);

      g_object_set (initiative,
                    "title", info->title,
                    "summary", info->summary,
                    "neighbourhood-id", n->id,
                    "stage", info->stage,
                    "start-date", started != 0 ? buurt_example_date_text (self, started) : NULL,
                    "next-evaluation", next_evaluation != 0 ? buurt_example_date_text (self, next_evaluation) : NULL,
                    "target-groups", info->target_groups,
                    "volunteers", (gint64) volunteers,
                    "participants", (gint64) participants,
                    "support-evidence", info->support,
                    NULL);
      if (!buurt_example_save (self, initiative, error))
        return FALSE;
      id = buurt_entity_get_id (BUURT_ENTITY (initiative));
      row->id = id;
      row->stage = info->stage;

      if (!add_people (self, id, info->stage, volunteers, (int) n->kern, partners, error))
        return FALSE;

      for (guint j = 0; j < info->requests->len; j++)
        {
          const BuurtExampleRequest *request = &g_array_index (info->requests, BuurtExampleRequest, j);
          const BuurtExampleFunder *funder = &g_array_index (community->funders, BuurtExampleFunder, request->funder);
          guint contact = buurt_example_find_contact (self, funder->organisation);

          if (!add_request (self, id, started != 0 ? started : self->today - 30, request, contact, error))
            return FALSE;
          if (request->status != BUURT_FUNDING_STATUS_DRAFT &&
              !add_partner (self, id, partners, contact, BUURT_PARTNER_ROLE_FUNDER, error))
            return FALSE;
        }

      /* Small costs paid by the group itself, without a grant. */
      if (started != 0 && buurt_example_chance (self, 0.3) &&
          !add_expense (self, id, 0, buurt_example_between (self, started, self->today - 1),
                        100 * buurt_example_between (self, 5, 40), error))
        return FALSE;

      /* The journal: how it started, what got in the way, what was learnt. */
      for (guint j = 0; j < n_entries; j++)
        {
          guint32 from = started != 0 ? started : self->today - 40;
          guint32 day = from + (self->today - from) * j / n_entries + buurt_example_pick (self, 7);
          BuurtJournalKind kind;

          /* It starts with a milestone; an evaluation comes only after a
           * pilot; a pause follows an obstacle. */
          if (j == 0)
            kind = BUURT_JOURNAL_KIND_MILESTONE;
          else if (j == n_entries - 1 && (info->stage == BUURT_STAGE_EVALUATING || info->stage == BUURT_STAGE_STOPPED))
            kind = BUURT_JOURNAL_KIND_EVALUATION;
          else if (j == n_entries - 1 && info->stage == BUURT_STAGE_PAUSED)
            kind = BUURT_JOURNAL_KIND_OBSTACLE;
          else if (info->stage <= BUURT_STAGE_PILOT)
            kind = (i + j) % 2 ? BUURT_JOURNAL_KIND_LESSON : BUURT_JOURNAL_KIND_OBSTACLE;
          else
            kind = (BuurtJournalKind) ((i + j) % 4);

          if (!add_journal_entry (self, id, MIN (day, self->today), kind, error))
            return FALSE;
        }
    }

  return TRUE;
}

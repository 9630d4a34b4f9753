/* buurt-database-initiatives.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-database"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-database-initiatives.h"
#include "buurt-database-private.h"

/*
 * The services of the Initiatives view: reading initiatives with what the
 * list shows, saving one with its people in one transaction, and moving it
 * to another stage. A move to evaluating, paused or stopped needs a short
 * note, which goes into the initiative's journal as an evaluation entry in
 * the same transaction; a move to pilot sets the next evaluation date.
 */

/**
 * buurt_database_list_initiatives:
 *
 * Returns: (transfer full) (element-type BuurtInitiativeSummary) (nullable):
 *   see buurt_store_list_initiatives()
 */
GPtrArray *
buurt_database_list_initiatives (BuurtDatabase               *self,
                                 const BuurtInitiativeQuery  *query,
                                 GError                     **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_initiatives (buurt_database_get_store (self), query, error);
}

/**
 * buurt_database_list_initiative_people:
 *
 * Returns: (transfer full) (element-type BuurtInitiativePerson) (nullable):
 *   the leads, volunteers, partners and funders of an initiative
 */
GPtrArray *
buurt_database_list_initiative_people (BuurtDatabase  *self,
                                       gint64          initiative_id,
                                       GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_initiative_people (buurt_database_get_store (self), initiative_id, error);
}

/**
 * buurt_database_list_linked_activities:
 * @today: "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type BuurtLinkedActivity) (nullable):
 *   the agenda's activities of an initiative
 */
GPtrArray *
buurt_database_list_linked_activities (BuurtDatabase  *self,
                                       gint64          initiative_id,
                                       const char     *today,
                                       GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_linked_activities (buurt_database_get_store (self), initiative_id, today, error);
}

/**
 * buurt_database_list_journal:
 *
 * Returns: (transfer full) (nullable): the #BuurtJournalEntry objects of an
 *   initiative, newest first
 */
GListModel *
buurt_database_list_journal (BuurtDatabase  *self,
                             gint64          initiative_id,
                             GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_journal (buurt_database_get_store (self), initiative_id, error);
}

/**
 * buurt_database_list_funding_requests:
 *
 * Returns: (transfer full) (nullable): the #BuurtFundingRequest objects of
 *   an initiative
 */
GListModel *
buurt_database_list_funding_requests (BuurtDatabase  *self,
                                      gint64          initiative_id,
                                      GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_funding_requests (buurt_database_get_store (self), initiative_id, error);
}

/**
 * buurt_database_list_expenses:
 *
 * Returns: (transfer full) (nullable): the #BuurtExpense objects of an
 *   initiative and of its requests
 */
GListModel *
buurt_database_list_expenses (BuurtDatabase  *self,
                              gint64          initiative_id,
                              GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_expenses (buurt_database_get_store (self), initiative_id, error);
}

/**
 * buurt_database_initiative_money:
 *
 * See buurt_store_initiative_money().
 */
gboolean
buurt_database_initiative_money (BuurtDatabase         *self,
                                 gint64                 initiative_id,
                                 BuurtInitiativeMoney  *money,
                                 GError               **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);

  return buurt_store_initiative_money (buurt_database_get_store (self), initiative_id, money, error);
}

typedef struct
{
  BuurtInitiative *initiative;
  GPtrArray       *people;
} SaveInitiative;

static gboolean
save_with_people (BuurtStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  SaveInitiative *data = user_data;

  return buurt_store_save (store, BUURT_ENTITY (data->initiative), error) &&
         buurt_store_set_initiative_people (store, buurt_entity_get_id (BUURT_ENTITY (data->initiative)),
                                            data->people, error);
}

/**
 * buurt_database_save_initiative:
 * @people: (nullable) (element-type BuurtInitiativePerson): who has which
 *   role; %NULL leaves the people as they are
 *
 * Saves @initiative and its people in one transaction: all or nothing.
 *
 * Returns: %TRUE on success; otherwise @error names the field
 */
gboolean
buurt_database_save_initiative (BuurtDatabase    *self,
                                BuurtInitiative  *initiative,
                                GPtrArray        *people,
                                GError          **error)
{
  SaveInitiative data = { initiative, people };

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_INITIATIVE (initiative), FALSE);

  if (people == NULL)
    return buurt_store_save (buurt_database_get_store (self), BUURT_ENTITY (initiative), error);

  return buurt_store_transaction (buurt_database_get_store (self), save_with_people, &data, error);
}

/**
 * buurt_stage_needs_note:
 *
 * Returns: whether moving to @stage asks for a note for the journal
 */
gboolean
buurt_stage_needs_note (BuurtStage stage)
{
  return stage == BUURT_STAGE_EVALUATING || stage == BUURT_STAGE_PAUSED || stage == BUURT_STAGE_STOPPED;
}

/**
 * buurt_stage_default_next_evaluation:
 * @today: "YYYY-MM-DD"
 *
 * A pilot runs a few months before it is looked at again.
 *
 * Returns: (transfer full) (nullable): the date three months after @today
 *   (the last day of the month when that month is shorter)
 */
char *
buurt_stage_default_next_evaluation (const char *today)
{
  guint year, month, day;
  g_autoptr(GDate) date = NULL;
  char text[11];

  if (!buurt_parse_date (today, &year, &month, &day))
    return NULL;

  date = g_date_new_dmy (day, month, year);
  g_date_add_months (date, 3);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);

  return g_strdup (text);
}

typedef struct
{
  gint64      initiative_id;
  BuurtStage  stage;
  const char *note;
  const char *next_evaluation;
  const char *today;
} MoveInitiative;

static gboolean
move_in_transaction (BuurtStore  *store,
                     gpointer     user_data,
                     GError     **error)
{
  MoveInitiative *move = user_data;
  g_autoptr(BuurtEntity) initiative = NULL;
  g_autofree char *note = g_strstrip (g_strdup (move->note ?: ""));

  initiative = buurt_store_load (store, BUURT_TYPE_INITIATIVE, move->initiative_id, error);
  if (initiative == NULL)
    return FALSE;
  if (buurt_entity_get_deleted_at (initiative) != NULL)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This initiative was deleted in the meantime."));
      return FALSE;
    }

  g_object_set (initiative, "stage", move->stage, NULL);
  if (move->stage == BUURT_STAGE_PILOT)
    g_object_set (initiative, "next-evaluation", move->next_evaluation, NULL);
  if (!buurt_store_save (store, initiative, error))
    return FALSE;

  if (*note != '\0')
    {
      g_autoptr(BuurtJournalEntry) entry = buurt_journal_entry_new ();

      g_object_set (entry,
                    "initiative-id", move->initiative_id,
                    "entry-date", move->today,
                    "kind", BUURT_JOURNAL_KIND_EVALUATION,
                    "text", note,
                    NULL);
      if (!buurt_store_save (store, BUURT_ENTITY (entry), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * buurt_database_move_initiative:
 * @stage: the stage to move to
 * @note: (nullable): why; needed for evaluating, paused and stopped, where
 *   it becomes an evaluation entry of the journal dated @today
 * @next_evaluation: (nullable): "YYYY-MM-DD"; needed for pilot
 * @today: the user's local date, "YYYY-MM-DD"
 *
 * Moves an initiative to @stage, with its journal entry, in one transaction.
 *
 * Returns: %TRUE on success; otherwise @error says what is missing and
 *   nothing changed
 */
gboolean
buurt_database_move_initiative (BuurtDatabase  *self,
                                gint64          initiative_id,
                                BuurtStage      stage,
                                const char     *note,
                                const char     *next_evaluation,
                                const char     *today,
                                GError        **error)
{
  MoveInitiative move = { initiative_id, stage, note, next_evaluation, today };
  g_autofree char *stripped = g_strstrip (g_strdup (note ?: ""));
  guint y, m, d;

  g_return_val_if_fail (BUURT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (buurt_stage_needs_note (stage) && *stripped == '\0')
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Note: write in a few words how it went and why it moves on."));
      return FALSE;
    }
  if (stage == BUURT_STAGE_PILOT &&
      (next_evaluation == NULL || !buurt_parse_date (next_evaluation, &y, &m, &d)))
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Next evaluation: a pilot needs the date it will be evaluated."));
      return FALSE;
    }
  if (stage == BUURT_STAGE_PILOT && g_strcmp0 (next_evaluation, today) < 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Next evaluation: choose a date from today on."));
      return FALSE;
    }

  return buurt_store_transaction (buurt_database_get_store (self), move_in_transaction, &move, error);
}

/**
 * buurt_database_list_contacts:
 *
 * Returns: (transfer full) (element-type BuurtContactSummary) (nullable):
 *   the address book, by name, with what refers to each contact
 */
GPtrArray *
buurt_database_list_contacts (BuurtDatabase  *self,
                              GError        **error)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (self), NULL);

  return buurt_store_list_contacts (buurt_database_get_store (self), error);
}

/* buurt-example-data.c: the example community, the public entry point
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-example-data.h"
#include "buurt-example-data-private.h"
#include "buurt-example-generator.h"
#include "buurt-database-private.h"

/*
 * Example data: a Dronten-like community with its towns, neighbourhoods,
 * venues and rooms, the people and organisations that run things, resident
 * initiatives in every stage with their grants, and a year of activities.
 *
 * It serves demos, screenshots and benchmarks, so it must be
 *  - believable: Dutch names, addresses and texts, taken from the research
 *    in which the app was grown (Dronten, Biddinghuizen, Swifterbant),
 *    kept in example-community.json;
 *  - reproducible: every choice comes from one GRand seeded by the caller,
 *    so the same seed gives the same agenda (only uuids, timestamps and the
 *    dates, which follow "today", differ), and the same numbers of
 *    everything on any day;
 *  - exactly as big as asked: the dates of each series are counted as the
 *    app's recurrence code expands them, so the store ends up with the
 *    requested number of dates;
 *  - free of double bookings: a room is booked by date (see
 *    buurt-example-rooms.c).
 *
 * The texts are data, not user interface, and therefore not translated.
 */

G_DEFINE_QUARK (buurt-example-error-quark, buurt_example_error)

typedef struct
{
  BuurtExampleGenerator *generator;
  guint                  n_events;
} Work;

static gboolean
generate (BuurtStore  *store,
          gpointer     user_data,
          GError     **error)
{
  Work *work = user_data;
  BuurtExampleGenerator *self = work->generator;
  gboolean empty;

  /* Checked inside the transaction, so no other desk can slip data in
   * between the check and the writing. */
  if (!buurt_store_is_empty (store, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                           _("The agenda already holds data: example data can only be loaded into an empty agenda."));
      return FALSE;
    }

  return buurt_example_add_places (self, work->n_events, error) &&
         buurt_example_add_contacts (self, error) &&
         buurt_example_add_initiatives (self, error) &&
         buurt_example_plan_activities (self, work->n_events, error) &&
         buurt_example_save_plans (self, error);
}

/**
 * buurt_example_data_generate_full:
 * @community: the names and places to use
 * @today: (nullable): the day the agenda starts from, or %NULL for today
 *
 * Like buurt_example_data_generate(), with a community and a day of the
 * caller's, for tests.
 */
gboolean
buurt_example_data_generate_full (BuurtDatabase               *database,
                                  const BuurtExampleCommunity *community,
                                  guint                        n_occurrences,
                                  guint32                      seed,
                                  const GDate                 *today,
                                  GCancellable                *cancellable,
                                  GError                     **error)
{
  g_autoptr(BuurtExampleGenerator) generator = NULL;
  BuurtStore *store;
  Work work;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (community != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_occurrences == 0)
    n_occurrences = BUURT_EXAMPLE_DEFAULT_OCCURRENCES;

  store = buurt_database_get_store (database);
  generator = buurt_example_generator_new (store, community, n_occurrences, seed, today, cancellable);
  /* Some one-off events, the rest in series of about a year. */
  work.generator = generator;
  work.n_events = MIN (MAX (n_occurrences / 140, 12), n_occurrences / 4);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return buurt_store_bulk_transaction (store, generate, &work, cancellable, error);
}

/**
 * buurt_example_data_generate:
 * @database: an empty agenda
 * @n_occurrences: how many dates the activities should have in all; 0 for
 *   %BUURT_EXAMPLE_DEFAULT_OCCURRENCES
 * @seed: the seed of every random choice: the same seed gives the same data
 * @cancellable: (nullable): to stop halfway; nothing is then kept
 *
 * Fills an empty agenda with a believable Dutch community: towns,
 * neighbourhoods, venues with rooms, contacts, initiatives in every stage
 * with their grants, expenses and journal, and series and events starting
 * this week whose dates number @n_occurrences. A big @n_occurrences brings
 * in towns from the rest of Flevoland, so rooms stay free of double
 * bookings. Everything is written in one transaction.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the agenda is not
 *   empty, when the example community's resource is broken, when
 *   @cancellable was cancelled, or when the store failed, and then nothing
 *   was changed
 */
gboolean
buurt_example_data_generate (BuurtDatabase *database,
                             guint          n_occurrences,
                             guint32        seed,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(BuurtExampleCommunity) community = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), FALSE);

  community = buurt_example_community_load (error);
  if (community == NULL)
    return FALSE;

  return buurt_example_data_generate_full (database, community, n_occurrences, seed, NULL,
                                           cancellable, error);
}

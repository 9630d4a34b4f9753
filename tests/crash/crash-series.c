/* crash-series.c: the series edit of the crash harness (tests/crash/run)
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * crash-series create DB    makes an empty agenda
 * crash-series prepare DB   adds a daily series of 4,000 dates (from 2018)
 * crash-series edit DB      moves that series an hour later: every one of
 *                           its dates is rewritten, in one save
 */

#include "config.h"

#include <stdlib.h>

#include "buurt-database.h"

#define TITLE "Crash harness: daily coffee morning"

static int
fail (const GError *error)
{
  g_printerr ("crash-series: %s\n", error->message);
  return EXIT_FAILURE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BuurtDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) activities = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: crash-series create|prepare|edit|close DB\n");
      return 2;
    }

  if ((database = buurt_database_new (argv[2], &error)) == NULL)
    return fail (error);

  if (g_str_equal (argv[1], "create"))
    return EXIT_SUCCESS;

  if (g_str_equal (argv[1], "prepare"))
    {
      g_autoptr(GDateTime) starts_at = g_date_time_new_utc (2018, 1, 1, 9, 0, 0);
      g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);
      g_autoptr(BuurtEntity) activity = g_object_new (BUURT_TYPE_ACTIVITY,
                                                      "title", TITLE,
                                                      "starts-at", starts_at,
                                                      "ends-at", ends_at,
                                                      "rrule", "FREQ=DAILY;COUNT=4000",
                                                      "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                                                      NULL);

      if (!buurt_database_save (database, activity, &error))
        return fail (error);
      g_print ("%" G_GINT64_FORMAT " dates\n", buurt_database_count_occurrences (database, NULL));
      return EXIT_SUCCESS;
    }

  /* Everything closed for the first three weeks of 2027: some thousands of
   * the example data's dates cancelled in one transaction. */
  if (g_str_equal (argv[1], "close"))
    {
      g_autoptr(BuurtClosure) closure = buurt_closure_new ();

      g_object_set (closure, "name", "Kerstvakantie", "first-day", "2027-01-01",
                    "last-day", "2027-01-21", "scope", BUURT_CLOSURE_SCOPE_EVERYTHING, NULL);
      if (!buurt_database_save (database, BUURT_ENTITY (closure), &error))
        return fail (error);
      return EXIT_SUCCESS;
    }

  if (!g_str_equal (argv[1], "edit"))
    {
      g_printerr ("usage: crash-series create|prepare|edit|close DB\n");
      return 2;
    }

  if ((activities = buurt_database_list (database, BUURT_TYPE_ACTIVITY, &error)) == NULL)
    return fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtEntity) activity = g_list_model_get_item (activities, i);
      g_autofree char *title = NULL;
      g_autoptr(GDateTime) starts_at = NULL;
      g_autoptr(GDateTime) ends_at = NULL;
      g_autoptr(GDateTime) new_start = NULL;
      g_autoptr(GDateTime) new_end = NULL;

      g_object_get (activity, "title", &title, "starts-at", &starts_at, "ends-at", &ends_at, NULL);
      if (g_strcmp0 (title, TITLE) != 0)
        continue;

      new_start = g_date_time_add_hours (starts_at, 1);
      new_end = g_date_time_add_hours (ends_at, 1);
      g_object_set (activity, "starts-at", new_start, "ends-at", new_end, NULL);
      if (!buurt_database_save (database, activity, &error))
        return fail (error);
      return EXIT_SUCCESS;
    }

  g_printerr ("crash-series: no series to edit in %s; run prepare first\n", argv[2]);
  return EXIT_FAILURE;
}

/* test-commands.c: changes that can be undone, without a display
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "buurt-command.h"
#include "buurt-database.h"
#include "buurt-entities.h"

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS), so a fresh
 * database, with one weekly series of five dates from next week on. */
typedef struct
{
  BuurtDatabase *database;
  gint64         activity_id;
  char          *days[5];        /* the dates of the series */
  guint          n_changed;      /* "changed::activity" signals seen */
} Fixture;

static void
changed_cb (BuurtDatabase *database,
            const char    *table,
            Fixture       *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "commands-test", NULL);
  g_autofree char *path = g_build_filename (folder, "buurtagenda.db", NULL);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  f->database = buurt_database_new (path, &error);
  g_assert_no_error (error);

  starts = g_date_time_new (zone, g_date_time_get_year (next_week), g_date_time_get_month (next_week),
                            g_date_time_get_day_of_month (next_week), 10, 0, 0);
  ends = g_date_time_add_hours (starts, 2);
  for (guint i = 0; i < G_N_ELEMENTS (f->days); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_weeks (starts, i);

      f->days[i] = g_date_time_format (day, "%Y-%m-%d");
    }

  activity = g_object_new (BUURT_TYPE_ACTIVITY,
                           "title", "Koffieochtend",
                           "description", "Koffie en een praatje",
                           "category", BUURT_CATEGORY_MEETING,
                           "location", "Buurthuis De Schakel",
                           "starts-at", starts,
                           "ends-at", ends,
                           "tzid", "Europe/Amsterdam",
                           "rrule", "FREQ=WEEKLY;COUNT=5",
                           "cancelled-dates", f->days[4],
                           "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                           NULL);
  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);
  f->activity_id = buurt_entity_get_id (BUURT_ENTITY (activity));

  g_signal_connect (f->database, "changed::activity", G_CALLBACK (changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->days); i++)
    g_clear_pointer (&f->days[i], g_free);
  g_clear_object (&f->database);
}

static BuurtActivity *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BuurtActivity *activity = buurt_database_load (f->database, BUURT_TYPE_ACTIVITY, f->activity_id, &error);

  g_assert_no_error (error);
  return activity;
}

/* Changes a column as the editor would: the whole activity, saved. */
static void
edit (Fixture    *f,
      const char *property,
      ...)
{
  g_autoptr(BuurtActivity) activity = load (f);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, property);
  g_object_set_valist (G_OBJECT (activity), property, args);
  va_end (args);
  g_assert_true (buurt_database_save (f->database, BUURT_ENTITY (activity), &error));
  g_assert_no_error (error);
}

static gboolean
is_cancelled (Fixture *f,
              guint    i)
{
  g_autoptr(BuurtOccurrence) occurrence = buurt_database_load_occurrence (f->database, f->activity_id,
                                                                          f->days[i]);

  g_assert_nonnull (occurrence);
  return buurt_occurrence_get_cancelled (occurrence);
}

static const char *
title (BuurtActivity *activity)
{
  return buurt_entity_get_string (BUURT_ENTITY (activity), "title");
}

/* The bug: undo saved the whole activity as it was, so a rename made after
 * cancelling a date was lost again. */
static void
test_cancel_date_undo_keeps_rename (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[1]);
  g_autoptr(BuurtActivity) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_command_run (command, &error));
  g_assert_no_error (error);
  g_assert_true (is_cancelled (f, 1));
  g_assert_false (is_cancelled (f, 2));
  g_assert_cmpstr (buurt_command_get_title (command), ==, "Koffieochtend");
  g_assert_cmpuint (f->n_changed, ==, 1);

  edit (f, "title", "Koffie-inloop", NULL);

  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);
  after = load (f);
  g_assert_cmpstr (title (after), ==, "Koffie-inloop");
  g_assert_false (is_cancelled (f, 1));
  /* The date that was cancelled before stays cancelled. */
  g_assert_true (is_cancelled (f, 4));
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (after), "cancelled-dates"), ==, f->days[4]);
}

/* Bringing a date back, and undoing that, leaves the other dates alone. */
static void
test_restore_date_undo (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BuurtCommand) cancel = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[0]);
  g_autoptr(BuurtCommand) restore = buurt_command_new_restore_date (f->database, f->activity_id, f->days[4]);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_command_run (cancel, &error));
  g_assert_true (buurt_command_run (restore, &error));
  g_assert_no_error (error);
  g_assert_true (is_cancelled (f, 0));
  g_assert_false (is_cancelled (f, 4));

  edit (f, "location", "Kerkzaal", NULL);

  /* Undone in the other order than done: each takes back only its own date. */
  g_assert_true (buurt_command_undo (cancel, &error));
  g_assert_no_error (error);
  g_assert_false (is_cancelled (f, 0));
  g_assert_false (is_cancelled (f, 4));
  g_assert_true (buurt_command_undo (restore, &error));
  g_assert_no_error (error);
  g_assert_false (is_cancelled (f, 0));
  g_assert_true (is_cancelled (f, 4));

  {
    g_autoptr(BuurtActivity) after = load (f);

    g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (after), "location"), ==, "Kerkzaal");
  }
}

/* A date that someone else restored already: undoing finds nothing to do. */
static void
test_cancel_date_undo_already_restored (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[2]);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_command_run (command, &error));
  edit (f, "cancelled-dates", f->days[4], NULL);
  g_assert_false (is_cancelled (f, 2));

  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_assert_false (is_cancelled (f, 2));
  g_assert_true (is_cancelled (f, 4));
}

/* The activity was deleted since: undo says so and changes nothing. */
static void
test_cancel_date_undo_deleted (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[1]);
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtActivity) after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed;

  g_assert_true (buurt_command_run (command, &error));
  activity = load (f);
  g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (activity), &error));
  n_changed = f->n_changed;

  g_assert_false (buurt_command_undo (command, &error));
  g_assert_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_GONE);
  g_assert_nonnull (strstr (error->message, "Koffieochtend"));
  g_assert_cmpuint (f->n_changed, ==, n_changed);

  after = load (f);
  g_assert_nonnull (buurt_entity_get_deleted_at (BUURT_ENTITY (after)));
  g_assert_nonnull (strstr (buurt_entity_get_string (BUURT_ENTITY (after), "cancelled-dates"), f->days[1]));
}

/* The series was shortened so that the date is no longer one of it. */
static void
test_cancel_date_undo_not_in_series (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[3]);
  g_autoptr(BuurtActivity) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_command_run (command, &error));
  edit (f, "rrule", "FREQ=WEEKLY;COUNT=2", NULL);

  g_assert_false (buurt_command_undo (command, &error));
  g_assert_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_NOT_IN_SERIES);
  g_clear_error (&error);

  after = load (f);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (after), "rrule"), ==, "FREQ=WEEKLY;COUNT=2");
  g_assert_nonnull (strstr (buurt_entity_get_string (BUURT_ENTITY (after), "cancelled-dates"), f->days[3]));

  /* Cancelling a date that is not one of the series is refused too. */
  {
    g_autoptr(BuurtCommand) other = buurt_command_new_cancel_date (f->database, f->activity_id, f->days[2]);

    g_assert_false (buurt_command_run (other, &error));
    g_assert_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_NOT_IN_SERIES);
  }
}

static void
test_cancel_activity_undo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_cancel_activity (f->database, f->activity_id);
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_command_run (command, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BuurtActivity) cancelled = load (f);

    g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (cancelled), "status"), ==,
                     BUURT_ACTIVITY_STATUS_CANCELLED);
  }

  edit (f, "title", "Koffie-inloop", NULL);
  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BuurtActivity) after = load (f);

    g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (after), "status"), ==,
                     BUURT_ACTIVITY_STATUS_PUBLISHED);
    g_assert_cmpstr (title (after), ==, "Koffie-inloop");
  }

  /* Once someone gave it another status, undoing would overwrite that. */
  g_assert_true (buurt_command_run (command, &error));
  edit (f, "status", BUURT_ACTIVITY_STATUS_SUBMITTED, NULL);
  g_assert_false (buurt_command_undo (command, &error));
  g_assert_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_CHANGED);
  {
    g_autoptr(BuurtActivity) after = load (f);

    g_assert_cmpint (buurt_entity_get_enum (BUURT_ENTITY (after), "status"), ==,
                     BUURT_ACTIVITY_STATUS_SUBMITTED);
  }
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BuurtCommand) command = buurt_command_new_delete_activity (f->database, f->activity_id);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);
  g_assert_true (buurt_command_run (command, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);
  g_assert_cmpstr (buurt_command_get_title (command), ==, "Koffieochtend");

  g_assert_true (buurt_command_undo (command, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, NULL), ==, 1);
  g_assert_true (is_cancelled (f, 4));
  g_assert_false (is_cancelled (f, 0));

  /* Deleting what is already deleted is refused, with a reason. */
  {
    g_autoptr(BuurtActivity) activity = load (f);
    g_autoptr(BuurtCommand) again = buurt_command_new_delete_activity (f->database, f->activity_id);

    g_assert_true (buurt_database_delete (f->database, BUURT_ENTITY (activity), &error));
    g_assert_false (buurt_command_run (again, &error));
    g_assert_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_GONE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/commands/cancel-date/undo-keeps-rename", test_cancel_date_undo_keeps_rename);
  ADD ("/commands/cancel-date/undo-already-restored", test_cancel_date_undo_already_restored);
  ADD ("/commands/cancel-date/undo-deleted", test_cancel_date_undo_deleted);
  ADD ("/commands/cancel-date/undo-not-in-series", test_cancel_date_undo_not_in_series);
  ADD ("/commands/restore-date/undo", test_restore_date_undo);
  ADD ("/commands/cancel-activity/undo", test_cancel_activity_undo);
  ADD ("/commands/delete/undo", test_delete_undo);

  return g_test_run ();
}

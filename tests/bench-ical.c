/* bench-ical.c: importing and exporting calendar files, against libical
 * alone on the same files
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C _build --benchmark --suite bench bench-ical`.
 * Prints each phase's time, events per second and the ratio to libical
 * parsing (import) or writing (export) the same calendar; it fails only on a
 * functional error, never on a time.
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "buurt-database.h"
#include "buurt-ical.h"

static char *
make_file (guint    n_events,
           gboolean series)
{
  GString *text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Buurtagenda//bench//NL\r\n");

  for (guint i = 0; i < n_events; i++)
    {
      guint day = 1 + i % 28;
      guint month = 1 + (i / 28) % 12;

      g_string_append_printf (text,
                              "BEGIN:VEVENT\r\nUID:bench-%u@buurtagenda\r\nDTSTAMP:20261201T120000Z\r\n"
                              "DTSTART;TZID=Europe/Amsterdam:2027%02u%02uT%02u%02u00\r\n"
                              "DTEND;TZID=Europe/Amsterdam:2027%02u%02uT%02u%02u00\r\n"
                              "SUMMARY:Activiteit %u\r\nLOCATION:Zaal %u\r\n%s"
                              "END:VEVENT\r\n",
                              i, month, day, 8 + i % 12, (i % 4) * 15,
                              month, day, 9 + i % 12, (i % 4) * 15,
                              i, i % 50, series ? "RRULE:FREQ=WEEKLY;COUNT=33\r\n" : "");
    }
  g_string_append (text, "END:VCALENDAR\r\n");
  return g_string_free (text, FALSE);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
libical_parse (const char *text,
               guint      *n_events)
{
  gint64 start = g_get_monotonic_time ();
  icalcomponent *root = icalparser_parse_string (text);
  double took;

  *n_events = 0;
  for (icalcomponent *event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype t = icalcomponent_get_dtstart (event);

      *n_events += t.year > 0;
    }
  took = seconds_since (start);
  icalcomponent_free (root);
  return took;
}

/* libical parsing the file and walking every date of its rules: what any
 * calendar program must do at least to show the file's dates. */
static double
libical_parse_expand (const char *text,
                      guint      *n_dates)
{
  gint64 start = g_get_monotonic_time ();
  icalcomponent *root = icalparser_parse_string (text);
  double took;

  *n_dates = 0;
  for (icalcomponent *event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype dtstart = icalcomponent_get_dtstart (event);
      icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
      icalrecur_iterator *iter;

      if (rrule == NULL)
        {
          *n_dates += dtstart.year > 0;
          continue;
        }

      iter = icalrecur_iterator_new (icalproperty_get_rrule (rrule), dtstart);
      for (struct icaltimetype t = icalrecur_iterator_next (iter);
           !icaltime_is_null_time (t);
           t = icalrecur_iterator_next (iter))
        {
          /* Each date as an instant, as a calendar shows it. */
          (void) icaltime_as_timet_with_zone (t, dtstart.zone);
          (*n_dates)++;
        }
      icalrecur_iterator_free (iter);
    }
  took = seconds_since (start);
  icalcomponent_free (root);
  return took;
}

static void
bench_import (const char *label,
              guint       n_events,
              gboolean    series,
              char      **db_path)
{
  g_autofree char *folder = g_dir_make_tmp ("bench-ical-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "agenda.db", NULL);
  g_autofree char *text = make_file (n_events, series);
  g_autoptr(BuurtDatabase) database = buurt_database_new (path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path ("bench.ics");
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(BuurtIcalImport) import = NULL;
  g_autoptr(GError) error = NULL;
  BuurtIcalSummary summary;
  guint n_parsed;
  guint n_dates;
  double baseline, expanded, read, apply;
  gint64 start;

  baseline = libical_parse (text, &n_parsed);
  g_assert_cmpuint (n_parsed, ==, n_events);
  expanded = libical_parse_expand (text, &n_dates);

  start = g_get_monotonic_time ();
  import = buurt_ical_import_read_bytes (database, file, bytes, NULL, &error);
  g_assert_no_error (error);
  read = seconds_since (start);

  start = g_get_monotonic_time ();
  g_assert_true (buurt_ical_import_apply (import, database, FALSE, NULL, &summary, &error));
  g_assert_no_error (error);
  apply = seconds_since (start);
  g_assert_cmpuint (summary.created, ==, n_events);

  g_print ("# %s: %u events, %" G_GINT64_FORMAT " dates\n", label, n_events,
           buurt_database_count_occurrences (database, NULL));
  g_print ("#   libical parse alone   %7.3f s  (%8.0f events/s)\n", baseline, n_events / baseline);
  g_print ("#   libical parse + dates %7.3f s  (%8.0f events/s)  %u dates\n", expanded, n_events / expanded, n_dates);
  g_print ("#   read + preview        %7.3f s  (%8.0f events/s)  %.1fx libical\n", read, n_events / read, read / baseline);
  g_print ("#   write in one commit   %7.3f s  (%8.0f events/s)\n", apply, n_events / apply);
  g_print ("#   import in all         %7.3f s  (%8.0f events/s)  %.1fx libical, %.1fx libical with dates\n",
           read + apply, n_events / (read + apply), (read + apply) / baseline, (read + apply) / expanded);

  if (db_path != NULL)
    {
      g_clear_object (&database);
      *db_path = g_steal_pointer (&path);
    }
}

/* Each side three times, the quickest counted: on a machine shared with
 * other work, one slow run says more about the machine than the code. */
#define EXPORT_RUNS 3

static void
bench_export (const char *path)
{
  g_autoptr(BuurtDatabase) database = buurt_database_new (path, NULL);
  g_autoptr(GError) error = NULL;
  icalcomponent *root = NULL;
  guint n_events = 0;
  double ours = G_MAXDOUBLE, baseline = G_MAXDOUBLE;

  for (guint run = 0; run < EXPORT_RUNS; run++)
    {
      g_autofree char *text = NULL;
      g_autofree char *again = NULL;
      gint64 start = g_get_monotonic_time ();

      text = buurt_ical_export_to_string (database, NULL, &n_events, &error);
      g_assert_no_error (error);
      ours = MIN (ours, seconds_since (start));

      /* libical writing the same calendar it has parsed. */
      if (root == NULL)
        root = icalparser_parse_string (text);
      start = g_get_monotonic_time ();
      again = icalcomponent_as_ical_string_r (root);
      baseline = MIN (baseline, seconds_since (start));
    }
  icalcomponent_free (root);

  g_print ("# export: %u events, %" G_GINT64_FORMAT " dates (quickest of %d runs each)\n", n_events,
           buurt_database_count_occurrences (database, NULL), EXPORT_RUNS);
  g_print ("#   libical write alone   %7.3f s  (%8.0f events/s)\n", baseline, n_events / baseline);
  g_print ("#   export                %7.3f s  (%8.0f events/s)  %.1fx libical\n", ours, n_events / ours, ours / baseline);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *series_db = NULL;

  g_test_init (&argc, &argv, NULL);

  bench_import ("series", 10000, TRUE, &series_db);
  bench_import ("single events", 55000, FALSE, NULL);
  bench_export (series_db);

  g_print ("1..1\nok 1 /bench/ical\n");
  return 0;
}

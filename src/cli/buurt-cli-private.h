/* buurt-cli-private.h: what the command-line operations share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the one option parser read. An operation gets all of it and takes
 * what it needs (--prefer for an exchange file, say). */
typedef struct
{
  char     *database;
  gboolean  example_data;
  guint     n_occurrences;
  gboolean  version;
  char     *import_file;
  char     *export_file;
  char     *backup;
  char     *restore;
  gboolean  check;
  char     *since_desk;
  char     *prefer;
  /* What to import or export: buurt-cli-csv.c, buurt-cli-ical.c */
  gboolean  as_submissions;
  char     *from;
  char     *to;
  char     *town;
  char     *venue;
  char     *week;
  gboolean  skip_bad_lines;
  char     *initiative;
  /* The accountability report: buurt-cli-report.c */
  char     *report;
} BuurtCliOptions;

static inline void
buurt_cli_options_clear (BuurtCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->import_file, g_free);
  g_clear_pointer (&options->export_file, g_free);
  g_clear_pointer (&options->backup, g_free);
  g_clear_pointer (&options->restore, g_free);
  g_clear_pointer (&options->since_desk, g_free);
  g_clear_pointer (&options->prefer, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->town, g_free);
  g_clear_pointer (&options->venue, g_free);
  g_clear_pointer (&options->week, g_free);
  g_clear_pointer (&options->initiative, g_free);
  g_clear_pointer (&options->report, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BuurtCliOptions, buurt_cli_options_clear)

/* Each runs one operation on the agenda in @path and returns the exit
 * status: 0 after a one-line summary on stdout, non-zero after messages on
 * stderr that name the file and line. */
typedef int (*BuurtCliFileFunc) (const char            *path,
                                 GFile                 *file,
                                 const BuurtCliOptions *options);

int buurt_cli_import (const char            *path,
                      const BuurtCliOptions *options);
int buurt_cli_export (const char            *path,
                      const BuurtCliOptions *options);

/* An exchange file between desks: buurt-cli-desks.c */
int buurt_cli_desks_import (const char            *path,
                            GFile                 *file,
                            const BuurtCliOptions *options);
int buurt_cli_desks_export (const char            *path,
                            GFile                 *file,
                            const BuurtCliOptions *options);

void buurt_cli_print_error (const GError *error);

/* Spreadsheets, paper and newsletters: buurt-cli-csv.c */
int buurt_cli_csv_import  (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);
int buurt_cli_csv_export  (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);
int buurt_cli_pdf_export  (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);
int buurt_cli_html_export (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);

/* buurt-cli-ical.c */
int buurt_cli_ical_import (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);
int buurt_cli_ical_export (const char            *path,
                           GFile                 *file,
                           const BuurtCliOptions *options);

/* buurt-cli-report.c */
int buurt_cli_report (const char            *path,
                      const BuurtCliOptions *options);

G_END_DECLS

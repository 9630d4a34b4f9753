/* bench-agenda.h: shared by the files of the agenda benchmark
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-agenda-view-private.h"
#include "buurt-application.h"
#include "buurt-database.h"
#include "buurt-window.h"

G_BEGIN_DECLS

#define LARGE_OCCURRENCES 330000
#define FIRST_FRAME_RUNS 9
#define N_VISIBLE_ROWS 30
#define PAGE_ROWS 100
#define N_JUMPS 30
#define N_SCROLLS 50
#define BENCH_SEED 4242
#define DEFAULT_BUDGET_S 90
#define WAIT_TIMEOUT_MS 600000

/* The typing run: this word, a key every TYPING_INTERVAL_MS, at 330,000 dates. */
#define TYPING_WORD "koffieochtend"
#define TYPING_INTERVAL_MS 150

/* bench-agenda-common.c: what both sides agree on */
extern const char *present_words[];
extern const guint n_present_words;
extern const char *absent_words[];
extern const guint n_absent_words;

double     ms_between         (gint64              start,
                               gint64              end);
char      *day_after_today    (guint               days);
GPtrArray *search_keystrokes  (void);
GStrv      jump_days          (void);
GArray    *scroll_positions   (guint               n_items);
gboolean   strv_contains_word (const char * const *words,
                               guint               n_words,
                               const char         *word);

/* bench-agenda-probe.c: the measuring side's window and its frames */

/* One application per process, as in the real program. */
extern BuurtApplication *bench_app;

/* Frames of one window: counts its paints and notes the first paint that
 * showed the agenda ready, and when the agenda's model last changed. */
typedef struct
{
  BuurtWindow     *window;
  BuurtAgendaView *agenda;
  GtkWidget       *list_view;
  GtkEditable     *search_entry;
  GdkFrameClock   *clock;
  gulong           paint_id;
  gboolean         want_rows;
  guint            n_paints;
  gint64           last_paint;
  gint64           built_at;        /* when buurt_window_new() returned */
  gint64           ready_at;
  gint64           counted_at;      /* when the model last finished counting */
  gint64           search_set_at;   /* when the model last got a new search */
  char            *search_set;      /* what that search was ("" for none) */
  guint            n_searches_set;
} FrameWatch;

void           begin_sample       (const char    *metrics);
void           end_sample         (const char    *metric,
                                   double         ms);
void           report_value       (const char    *name,
                                   double         value);
void           log_line           (const char    *format,
                                   ...) G_GNUC_PRINTF (1, 2);
gint64         read_status_kb     (const char    *field);
BuurtDatabase *open_store         (const char    *path);
double         open_window        (FrameWatch    *watch,
                                   BuurtDatabase *database,
                                   gboolean       want_rows,
                                   gint64         start);
void           close_window       (FrameWatch    *watch);
gint64         wait_for_paint     (FrameWatch    *watch);
gint64         wait_for_paint_after (FrameWatch  *watch,
                                   gint64         after);
guint          fetch_visible_rows (GListModel    *model);
gint64         wait_counted       (FrameWatch    *watch,
                                   gint64         since,
                                   gint64         otherwise);
void           settle             (FrameWatch    *watch);
void           show_search_entry  (FrameWatch    *watch);
gint64         type_key           (FrameWatch    *watch,
                                   const char    *text);
gint64         wait_for_search    (FrameWatch    *watch,
                                   const char    *text);

/* bench-agenda-phases.c: one phase, in a child process */
int            bench_phase_main   (const char    *phase,
                                   const char    *path,
                                   const char    *label);

G_END_DECLS

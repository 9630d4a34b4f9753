/* buurt-closures-window-private.h: the window's parts, and its test hooks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-closures-window.h"
#include "buurt-entities.h"

G_BEGIN_DECLS

struct _BuurtClosuresWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *back_button;
  GtkButton       *add_button;
  GtkStack        *stack;
  GtkListBox      *list_box;
  AdwEntryRow     *name_row;
  GtkMenuButton   *first_button;
  GtkCalendar     *first_calendar;
  GtkMenuButton   *last_button;
  GtkCalendar     *last_calendar;
  AdwComboRow     *scope_row;
  AdwComboRow     *target_row;
  GtkLabel        *form_error;
  GtkLabel        *preview_label;
  GtkListBox      *preview_list;
  GtkButton       *apply_button;

  /* Owned state */
  BuurtDatabase   *database;
  GListModel      *closures;        /* the closures listed */
  BuurtClosure    *editing;         /* the closure the form edits, as saved; NULL for a new one */
  BuurtClosure    *pending;         /* what the preview shows, to apply */
  gint64           n_preview_dates;
  GArray          *target_ids;      /* gint64 per item of target_row */
};

/* Test hooks */
GtkEditable     *buurt_closures_window_get_name_entry     (BuurtClosuresWindow *self);
void             buurt_closures_window_set_days           (BuurtClosuresWindow *self,
                                                           const char          *first,
                                                           const char          *last);
void             buurt_closures_window_set_scope          (BuurtClosuresWindow *self,
                                                           BuurtClosureScope    scope,
                                                           gint64               target_id);
const char      *buurt_closures_window_get_page           (BuurtClosuresWindow *self);
const char      *buurt_closures_window_get_preview_text   (BuurtClosuresWindow *self);
const char      *buurt_closures_window_get_form_error     (BuurtClosuresWindow *self);
guint            buurt_closures_window_get_n_preview_rows (BuurtClosuresWindow *self);
AdwToastOverlay *buurt_closures_window_get_toast_overlay  (BuurtClosuresWindow *self);

G_END_DECLS

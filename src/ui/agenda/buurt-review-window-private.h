/* buurt-review-window-private.h: shared by the window's files, and test hooks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-review-window.h"

G_BEGIN_DECLS

/* One submission in the list */
typedef struct
{
  gint64          id;
  char           *title;
  GtkListBoxRow  *row;
  GtkCheckButton *check;
} ReviewItem;

struct _BuurtReviewWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkCheckButton  *select_all_check;
  GtkListBox      *list_box;
  GtkActionBar    *action_bar;
  GtkLabel        *selection_label;

  /* Owned state */
  BuurtDatabase   *database;
  gulong           changed_id;
  GArray          *items;        /* ReviewItem, in the order of the rows */
  GArray          *undo_ids;     /* gint64: what the last decision changed */
  AdwToast        *undo_toast;   /* the toast offering to undo it, if shown */
  gboolean         updating;     /* set while the window changes the checks itself */
};

/* buurt-review-window.c: the rows and their checks */
guint       buurt_review_window_count_checked      (BuurtReviewWindow *self);
ReviewItem *buurt_review_window_current_item       (BuurtReviewWindow *self);
void        buurt_review_window_update_state       (BuurtReviewWindow *self);
void        buurt_review_window_set_all_checked    (BuurtReviewWindow *self,
                                                    gboolean           checked);
GArray     *buurt_review_window_dup_targets        (BuurtReviewWindow *self);
const char *buurt_review_window_title_for_id       (BuurtReviewWindow *self,
                                                    gint64             id);
void        buurt_review_window_show_message       (BuurtReviewWindow *self,
                                                    const char        *message);

/* buurt-review-window-rows.c: what a row shows */
GtkWidget  *buurt_review_window_create_row         (BuurtReviewWindow *self,
                                                    GHashTable        *contacts,
                                                    GHashTable        *places,
                                                    BuurtActivity     *activity,
                                                    GtkCheckButton   **check_out);

/* buurt-review-window-actions.c: approve, reject, select all and undo */
void        buurt_review_window_class_add_actions  (GtkWidgetClass    *widget_class);
void        buurt_review_window_dismiss_undo_toast (BuurtReviewWindow *self);

/* Test hooks: what the buttons and the reject dialog do, without them. */
guint       buurt_review_window_get_n_rows         (BuurtReviewWindow *self);
void        buurt_review_window_select             (BuurtReviewWindow *self,
                                                    guint              index,
                                                    gboolean           selected);
gboolean    buurt_review_window_approve_selected   (BuurtReviewWindow *self);
gboolean    buurt_review_window_reject_selected    (BuurtReviewWindow *self,
                                                    const char        *reason);
void        buurt_review_window_undo               (BuurtReviewWindow *self);

G_END_DECLS

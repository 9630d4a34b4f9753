/* buurt-progress.c: a progress bar that shows after a second of work
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-progress.h"

/*
 * Work that may take long (an import, an export, receiving another desk's
 * changes) shows nothing for its first second, so quick work does not
 * flicker; after that a pulsing bar says that it works, beside its Cancel.
 */

typedef struct
{
  GtkProgressBar *bar;
  guint          *source_id;
} Later;

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

static gboolean
show_cb (gpointer user_data)
{
  Later *later = user_data;

  gtk_widget_set_visible (GTK_WIDGET (later->bar), TRUE);
  gtk_progress_bar_pulse (later->bar);
  *later->source_id = g_timeout_add (100, pulse_cb, later->bar);
  return G_SOURCE_REMOVE;
}

/**
 * buurt_progress_show_later:
 * @bar: the work's progress bar
 * @source_id: (inout): where its owner keeps the timeout, to stop it with
 *   g_clear_handle_id() when the work ends and when the owner goes away
 *
 * Hides @bar, and shows it pulsing once the work has taken a second.
 */
void
buurt_progress_show_later (GtkProgressBar *bar,
                           guint          *source_id)
{
  Later *later = g_new (Later, 1);

  g_return_if_fail (GTK_IS_PROGRESS_BAR (bar));
  g_return_if_fail (source_id != NULL);

  g_clear_handle_id (source_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
  later->bar = bar;
  later->source_id = source_id;
  *source_id = g_timeout_add_full (G_PRIORITY_DEFAULT, 1000, show_cb, later, g_free);
}

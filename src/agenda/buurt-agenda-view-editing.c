/* buurt-agenda-view-editing.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-view.h"

/*
 * The agenda's actions that open other windows: the activity editor
 * (agenda.new, agenda.edit, agenda.duplicate) and the review queue
 * (agenda.review). Work in progress: the editor and the review queue are
 * being written; until they land these actions are not installed and the
 * review button stays hidden.
 */

void
buurt_agenda_view_install_editing_actions (GtkWidgetClass *widget_class)
{
}

void
buurt_agenda_view_update_review (BuurtAgendaView *self,
                                 GtkButton       *review_button)
{
  gtk_widget_set_visible (GTK_WIDGET (review_button), FALSE);
}

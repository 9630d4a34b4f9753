/* buurt-agenda-view.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-agenda-model.h"
#include "buurt-activity.h"
#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_AGENDA_VIEW (buurt_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaView, buurt_agenda_view, BUURT, AGENDA_VIEW, GtkWidget)

void              buurt_agenda_view_set_database  (BuurtAgendaView *self,
                                                BuurtDatabase      *database,
                                                GSettings       *settings);
BuurtDatabase       *buurt_agenda_view_get_database  (BuurtAgendaView *self);
BuurtActivity    *buurt_agenda_view_get_current_activity (BuurtAgendaView *self);
void              buurt_agenda_view_open       (BuurtAgendaView *self,
                                                guint            position);
const char       *buurt_agenda_view_get_detail_title (BuurtAgendaView *self);
gboolean          buurt_agenda_view_set_filter (BuurtAgendaView *self,
                                                guint            kind,
                                                gint64           value);
guint             buurt_agenda_view_get_n_chips (BuurtAgendaView *self);
gint64            buurt_agenda_view_get_filter_value (BuurtAgendaView *self,
                                                      guint            kind);
void              buurt_agenda_view_set_search (BuurtAgendaView *self,
                                                const char      *search);
BuurtAgendaModel *buurt_agenda_view_get_model  (BuurtAgendaView *self);
const char       *buurt_agenda_view_get_page   (BuurtAgendaView *self);

/* In buurt-agenda-view-editing.c: agenda.new, agenda.edit, agenda.duplicate
 * and agenda.review, which open the editor and the review queue. */
void              buurt_agenda_view_install_editing_actions (GtkWidgetClass *widget_class);
void              buurt_agenda_view_update_review           (BuurtAgendaView *self,
                                                             GtkButton       *review_button);

G_END_DECLS

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
                                                   BuurtDatabase   *database,
                                                   GSettings       *settings);
void              buurt_agenda_view_set_search    (BuurtAgendaView *self,
                                                   const char      *search);

G_END_DECLS

/* buurt-agenda-view.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/buurt-agenda-model.h"
#include "store/buurt-store.h"

G_BEGIN_DECLS

#define BUURT_TYPE_AGENDA_VIEW (buurt_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaView, buurt_agenda_view, BUURT, AGENDA_VIEW, GtkWidget)

void              buurt_agenda_view_set_store  (BuurtAgendaView *self,
                                                BuurtStore      *store);
void              buurt_agenda_view_set_search (BuurtAgendaView *self,
                                                const char      *search);
BuurtAgendaModel *buurt_agenda_view_get_model  (BuurtAgendaView *self);
const char       *buurt_agenda_view_get_page   (BuurtAgendaView *self);

G_END_DECLS

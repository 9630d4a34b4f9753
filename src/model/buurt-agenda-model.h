/* buurt-agenda-model.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_AGENDA_MODEL (buurt_agenda_model_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaModel, buurt_agenda_model, BUURT, AGENDA_MODEL, GObject)

BuurtAgendaModel *buurt_agenda_model_new          (BuurtDatabase    *database);
BuurtDatabase    *buurt_agenda_model_get_database (BuurtAgendaModel *self);
const char       *buurt_agenda_model_get_from_day (BuurtAgendaModel *self);
void              buurt_agenda_model_set_from_day (BuurtAgendaModel *self,
                                                   const char       *from_day);
const char       *buurt_agenda_model_get_search   (BuurtAgendaModel *self);
void              buurt_agenda_model_set_search   (BuurtAgendaModel *self,
                                                   const char       *search);
gboolean          buurt_agenda_model_get_show_cancelled (BuurtAgendaModel *self);
void              buurt_agenda_model_set_show_cancelled (BuurtAgendaModel *self,
                                                         gboolean          show_cancelled);
void              buurt_agenda_model_set_filter   (BuurtAgendaModel       *self,
                                                   const BuurtAgendaQuery *filter);
const BuurtAgendaQuery *buurt_agenda_model_get_filter (BuurtAgendaModel *self);
guint             buurt_agenda_model_find_day     (BuurtAgendaModel *self,
                                                   const char       *day);
gboolean          buurt_agenda_model_get_counting (BuurtAgendaModel *self);
void              buurt_agenda_model_refresh      (BuurtAgendaModel *self);

G_END_DECLS

/* buurt-exchange-agenda.h: the dates the agenda shows, for files and paper
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

GPtrArray *buurt_exchange_collect_agenda  (BuurtDatabase          *database,
                                           const BuurtAgendaQuery *query,
                                           const char             *to_day,
                                           GError                **error);
char      *buurt_exchange_occurrence_key  (const char             *title,
                                           GDateTime              *starts_at,
                                           const char             *place);
gboolean   buurt_exchange_word_to_value   (GType                   type,
                                           const char             *word,
                                           guint                  *value);
char      *buurt_exchange_free_or_cost    (gint64                  cost_cents);
char      *buurt_exchange_format_day      (const char             *day);
char      *buurt_exchange_period_title    (const char             *first,
                                           const char             *last);
char      *buurt_exchange_agenda_title    (BuurtDatabase          *database,
                                           const BuurtAgendaQuery *query,
                                           const char             *first,
                                           const char             *last);

G_END_DECLS

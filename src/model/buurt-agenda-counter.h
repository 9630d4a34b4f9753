/* buurt-agenda-counter.h: the agenda model's counting thread (model-internal)
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-store.h"

G_BEGIN_DECLS

/**
 * BuurtAgendaCount:
 * @n_rows: how many rows the query has
 * @pages: (element-type GPtrArray): the first pages of rows, read ahead
 * @days: (element-type BuurtAgendaDay): the rows before each day
 *
 * What a count found; free it with buurt_agenda_count_free().
 */
typedef struct
{
  guint      n_rows;
  GPtrArray *pages;
  GArray    *days;
} BuurtAgendaCount;

void buurt_agenda_count_free (BuurtAgendaCount *count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtAgendaCount, buurt_agenda_count_free)

#define BUURT_TYPE_AGENDA_COUNTER (buurt_agenda_counter_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaCounter, buurt_agenda_counter, BUURT, AGENDA_COUNTER, GObject)

BuurtAgendaCounter *buurt_agenda_counter_new          (const char              *path,
                                                       guint                    page_size,
                                                       guint                    read_ahead_pages);
void                buurt_agenda_counter_count_async  (BuurtAgendaCounter      *self,
                                                       const BuurtAgendaQuery  *query,
                                                       GCancellable            *cancellable,
                                                       GAsyncReadyCallback      callback,
                                                       gpointer                 user_data);
BuurtAgendaCount   *buurt_agenda_counter_count_finish (BuurtAgendaCounter      *self,
                                                       GAsyncResult            *result,
                                                       GError                 **error);
guint               buurt_agenda_counter_get_n_running (void);

G_END_DECLS

/* buurt-agenda-row.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-occurrence.h"

G_BEGIN_DECLS

#define BUURT_TYPE_AGENDA_ROW (buurt_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (BuurtAgendaRow, buurt_agenda_row, BUURT, AGENDA_ROW, GtkWidget)

GtkWidget  *buurt_agenda_row_new            (void);
void        buurt_agenda_row_set_occurrence (BuurtAgendaRow  *self,
                                             BuurtOccurrence *occurrence,
                                             gboolean         first_of_day);
const char *buurt_agenda_row_get_title      (BuurtAgendaRow  *self);
const char *buurt_agenda_row_get_day_header (BuurtAgendaRow  *self);
const char *buurt_agenda_row_get_status     (BuurtAgendaRow  *self);
char       *buurt_format_day                (const char      *day);
char       *buurt_format_short_day          (const char      *day);
char       *buurt_format_time_range         (BuurtOccurrence *occurrence);
char       *buurt_format_price              (gint64           cents);

G_END_DECLS

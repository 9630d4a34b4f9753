/* buurt-window-private.h: what the window's files share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-print-layout.h"
#include "buurt-window.h"

G_BEGIN_DECLS

void buurt_window_init_import (BuurtWindow *self);

/* buurt-window-desks.c */
void buurt_window_init_desks        (BuurtWindow   *self);
void buurt_window_receive_desk_file (BuurtWindow   *self,
                                     BuurtDatabase *database,
                                     GFile         *file);
void buurt_window_exchange_folder   (BuurtWindow   *self,
                                     GFile         *folder);
/* Spreadsheets, paper and newsletters: buurt-window-sheets.c */
void               buurt_window_init_sheets       (BuurtWindow    *self);
void               buurt_window_import_csv        (BuurtWindow    *self,
                                                   BuurtDatabase  *database,
                                                   GFile          *file);
BuurtPrintLayout  *buurt_window_make_print_layout (BuurtWindow    *self,
                                                   gboolean        month,
                                                   GError        **error);
GtkWidget         *buurt_window_show_newsletter   (BuurtWindow    *self);
gboolean           buurt_window_get_agenda_query  (BuurtWindow      *self,
                                                   BuurtAgendaQuery *query);
/* Calendar files: ical/buurt-window-ical.c */
void buurt_window_init_ical   (BuurtWindow   *self);
void buurt_window_import_ical (BuurtWindow   *window,
                               BuurtDatabase *database,
                               GFile         *file);

G_END_DECLS

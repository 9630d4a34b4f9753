/* buurt-test-utils.h: shared helpers of the UI tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-agenda-model.h"

G_BEGIN_DECLS

typedef gboolean (*BuurtTestCondition) (gpointer user_data);

char      *buurt_test_temp_database  (void);
gboolean   buurt_test_wait_until     (BuurtTestCondition  condition,
                                      gpointer            user_data,
                                      guint               timeout_ms);
void       buurt_test_wait_ms        (guint               ms);
void       buurt_test_screenshot     (GtkWidget          *widget,
                                      const char         *name);
gboolean   buurt_test_is_dutch       (void);
GtkWidget *buurt_test_find_widget    (GtkWidget          *root,
                                      GType               type,
                                      guint               nth);
guint      buurt_test_count_widgets  (GtkWidget          *root,
                                      GType               type);

void       buurt_test_init_ui        (int                *argc,
                                      char             ***argv);
guint      buurt_test_rows           (BuurtAgendaModel   *model);

G_END_DECLS

/* buurt-test-utils.h: shared helpers of the UI tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buurt-agenda-model.h"
#include "buurt-application.h"
#include "buurt-database.h"
#include "buurt-window.h"

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

/* The fixture the UI tests share: a fresh temporary database, a window
 * shown on it, and both taken down again. */
typedef enum
{
  BUURT_TEST_EMPTY,
  BUURT_TEST_EXAMPLE_DATA,
} BuurtTestData;

BuurtApplication *buurt_test_application   (void);
BuurtDatabase    *buurt_test_open_database (BuurtTestData       data);
void              buurt_test_show_window   (gpointer            window,
                                            int                 width,
                                            int                 height);
BuurtWindow      *buurt_test_open_window   (BuurtDatabase      *database,
                                            int                 width,
                                            int                 height);
void              buurt_test_close         (gpointer            window,
                                            BuurtDatabase     **database);

void              buurt_test_save          (BuurtDatabase      *database,
                                            gpointer            entity);
GtkWindow        *buurt_test_find_window   (GType               type);
GtkWindow        *buurt_test_wait_for_window (GType             type);
GtkWidget        *buurt_test_find_menu_button (GtkWidget       *root,
                                               const char      *label);

G_END_DECLS

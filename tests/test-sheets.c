/* test-sheets.c: the spreadsheet preview, the printed week and the
 * newsletter section in the real window
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "buurt-application.h"
#include "buurt-csv-preview.h"
#include "buurt-test-utils.h"
#include "buurt-window-private.h"
#include "buurt-window.h"

static BuurtApplication *app;

typedef struct
{
  BuurtApplication *app;
  BuurtDatabase    *database;
  BuurtWindow      *window;
  char             *csv;
} Fixture;

/* Excel with a Dutch locale: Windows-1252, ";", a quoted line break, two bad lines */
static const char spreadsheet[] =
  "Titel;Datum;Begin;Eind;Locatie;Kosten\r\n"
  "Koffie-inloop;8-3-2027;10:00;12:00;Buurthuis De Ree\xEBn;\r\n"
  "\"<b>Quiz</b> & \"\"borrel\"\"\";9-3-2027;19.30;22u00;\"Caf\xE9\r\nDe Hoek\";\x80 2,50\r\n"
  "Onmogelijk;31-02-2027;10:00;11:00;Buurthuis;\r\n"
  "Halfacht;10-3-2027;half acht;21:00;Buurthuis;\r\n";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("buurt-sheets-XXXXXX", &error);

  g_assert_no_error (error);
  fixture->app = g_object_ref (app);
  fixture->database = buurt_test_open_database (GPOINTER_TO_INT (data));
  fixture->window = buurt_test_open_window (fixture->database, 1000, 720);
  fixture->csv = g_build_filename (dir, "agenda.csv", NULL);
  g_assert_true (g_file_set_contents (fixture->csv, spreadsheet, sizeof spreadsheet - 1, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->csv);

  buurt_test_close (fixture->window, &fixture->database);
  g_clear_object (&fixture->app);
  g_unlink (fixture->csv);
  g_rmdir (dir);
  g_clear_pointer (&fixture->csv, g_free);
}

static gboolean
no_preview (gpointer user_data)
{
  return buurt_test_find_window (BUURT_TYPE_CSV_PREVIEW) == NULL;
}

static gboolean
has_row_titled (GtkWidget  *root,
                const char *title)
{
  guint n = buurt_test_count_widgets (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = buurt_test_find_widget (root, ADW_TYPE_ACTION_ROW, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A dropped or chosen spreadsheet opens its preview; nothing is written
 * until Import, which adds the good lines only. */
static void
test_sheets_csv_preview (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->csv);
  GtkWindow *preview;
  BuurtCsvImport *import;
  AdwComboRow *date_row;
  gboolean dutch = buurt_test_is_dutch ();

  buurt_window_import_file (fixture->window, file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_CSV_PREVIEW);
  gtk_window_set_default_size (preview, 640, 820);
  import = buurt_csv_preview_get_import (BUURT_CSV_PREVIEW (preview));

  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 2);
  g_assert_cmpuint (buurt_csv_import_get_problems (import)->len, ==, 2);
  /* One row per column, one per bad line, named by its line */
  g_assert_true (has_row_titled (GTK_WIDGET (preview), dutch ? "Regel 5" : "Line 5"));
  g_assert_true (has_row_titled (GTK_WIDGET (preview), dutch ? "Regel 6" : "Line 6"));
  g_assert_cmpuint (buurt_test_count_widgets (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW), ==, 1 + 6);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);

  buurt_test_screenshot (GTK_WIDGET (preview), "csv-preview");

  /* The date column read as nothing: no line can be imported */
  date_row = ADW_COMBO_ROW (buurt_test_find_widget (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date_row)), ==, "Datum");
  adw_combo_row_set_selected (date_row, 0);
  g_assert_cmpint (buurt_csv_import_get_column_field (import, 1), ==, BUURT_CSV_FIELD_IGNORE);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL);
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 0);
  adw_combo_row_set_selected (date_row, BUURT_CSV_FIELD_DATE);
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL));
  g_assert_true (buurt_test_wait_until (no_preview, NULL, 5000));
  g_assert_cmpint (buurt_database_count (fixture->database, BUURT_TYPE_ACTIVITY, NULL), ==, 2);

  /* The same file again adds nothing */
  buurt_window_import_file (fixture->window, file);
  preview = buurt_test_wait_for_window (BUURT_TYPE_CSV_PREVIEW);
  import = buurt_csv_preview_get_import (BUURT_CSV_PREVIEW (preview));
  g_assert_cmpuint (buurt_csv_import_get_n_good (import), ==, 0);
  g_assert_cmpuint (buurt_csv_import_get_n_already (import), ==, 2);
  gtk_window_close (preview);
  g_assert_true (buurt_test_wait_until (no_preview, NULL, 5000));
}

/* The printed week: the page the print preview shows, rendered to PNG. */
static void
test_sheets_print_page (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtPrintLayout) layout = buurt_window_make_print_layout (fixture->window, FALSE, &error);
  const char *dir = g_getenv ("BUURT_SCREENSHOT_DIR");
  g_autofree char *name = g_strdup_printf ("print-week-%s.png", buurt_test_is_dutch () ? "nl" : "en");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_assert_no_error (error);
  g_assert_nonnull (layout);
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "print"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "print-month"));

  buurt_paper_get_size (BUURT_PAPER_A4, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  n_pages = buurt_print_layout_paginate (layout, cr, width, height);
  g_assert_cmpuint (n_pages, >=, 1);
  buurt_print_layout_draw_page (layout, cr, 0);
  g_mkdir_with_parents (dir != NULL ? dir : ".", 0755);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static gboolean
no_dialog (gpointer user_data)
{
  return buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static void
test_sheets_newsletter (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *dialog = buurt_window_show_newsletter (fixture->window);
  GtkWidget *view;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  GtkTextBuffer *buffer;

  g_assert_nonnull (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  view = buurt_test_find_widget (dialog, GTK_TYPE_TEXT_VIEW, 0);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (text, "Agenda "));
  buurt_test_screenshot (dialog, "newsletter");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "copy-text");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (buurt_test_wait_until (no_dialog, NULL, 5000));
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

  app = buurt_test_application ();

  g_test_add ("/sheets/csv-preview", Fixture, GINT_TO_POINTER (BUURT_TEST_EMPTY),
              fixture_set_up, test_sheets_csv_preview, fixture_tear_down);
  g_test_add ("/sheets/print-page", Fixture, GINT_TO_POINTER (BUURT_TEST_EXAMPLE_DATA),
              fixture_set_up, test_sheets_print_page, fixture_tear_down);
  g_test_add ("/sheets/newsletter", Fixture, GINT_TO_POINTER (BUURT_TEST_EXAMPLE_DATA),
              fixture_set_up, test_sheets_newsletter, fixture_tear_down);

  return g_test_run ();
}

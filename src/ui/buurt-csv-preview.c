/* buurt-csv-preview.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-csv-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-combo-row.h"
#include "buurt-csv-preview.h"
#include "buurt-toast.h"

/*
 * The preview of a spreadsheet: what each column holds (guessed from the
 * headers, changeable per column), how many lines will be added and how many
 * are already in the agenda, and every line that cannot be read with its
 * number and why. Nothing is written until the user presses Import, which
 * adds the good lines in one transaction.
 */

/* A file with thousands of bad lines is the wrong file; the first ones say so. */
#define MAX_PROBLEM_ROWS 200

struct _BuurtCsvPreview
{
  AdwWindow             parent_instance;

  /* Template children */
  GtkWidget            *content;
  GtkLabel             *file_label;
  GtkLabel             *summary_label;
  GtkButton            *import_button;
  AdwComboRow          *kind_row;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *problems_group;

  /* Owned state */
  BuurtCsvImport       *import;
  GPtrArray            *column_rows;   /* AdwComboRow, one per column */
  GPtrArray            *problem_rows;  /* GtkWidget */
  GArray               *fields;        /* BuurtCsvField offered, in combo order */
  gboolean              updating;
  gboolean              importing;
};

G_DEFINE_FINAL_TYPE (BuurtCsvPreview, buurt_csv_preview, ADW_TYPE_WINDOW)

static guint
position_of (BuurtCsvPreview *self,
             BuurtCsvField    field)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, BuurtCsvField, i) == field)
      return i;
  return 0;
}

static void
update_summary (BuurtCsvPreview *self)
{
  guint n_good = buurt_csv_import_get_n_good (self->import);
  guint n_already = buurt_csv_import_get_n_already (self->import);
  guint n_bad = buurt_csv_import_get_problems (self->import)->len;
  gboolean venues = buurt_csv_import_get_kind (self->import) == BUURT_CSV_KIND_VENUES;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = NULL;

  if (venues)
    g_string_append_printf (text, ngettext ("%u line with a venue or a room can be imported.",
                                            "%u lines with venues or rooms can be imported.", n_good),
                            n_good);
  else
    g_string_append_printf (text, ngettext ("%u activity can be imported.",
                                            "%u activities can be imported.", n_good),
                            n_good);
  if (n_already > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("%u line is already in the agenda and is skipped.",
                                              "%u lines are already in the agenda and are skipped.",
                                              n_already),
                              n_already);
    }
  if (n_bad > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("%u line cannot be read; it is listed below.",
                                              "%u lines cannot be read; they are listed below.", n_bad),
                              n_bad);
    }
  gtk_label_set_text (self->summary_label, text->str);

  label = g_strdup_printf (ngettext ("_Import %u Line", "_Import %u Lines", n_good), n_good);
  gtk_button_set_label (self->import_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.import", n_good > 0);
}

static void
update_problems (BuurtCsvPreview *self)
{
  GPtrArray *problems = buurt_csv_import_get_problems (self->import);

  for (guint i = 0; i < self->problem_rows->len; i++)
    adw_preferences_group_remove (self->problems_group, g_ptr_array_index (self->problem_rows, i));
  g_ptr_array_set_size (self->problem_rows, 0);

  for (guint i = 0; i < problems->len && i < MAX_PROBLEM_ROWS; i++)
    {
      BuurtCsvProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = adw_action_row_new ();
      /* Translators: %u is a line of the spreadsheet */
      g_autofree char *title = g_strdup_printf (_("Line %u"), problem->line);
      g_autofree char *escaped = g_markup_escape_text (problem->message, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (self->problems_group, row);
      g_ptr_array_add (self->problem_rows, row);
    }

  if (problems->len > MAX_PROBLEM_ROWS)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (ngettext ("And %u more line",
                                                          "And %u more lines",
                                                          problems->len - MAX_PROBLEM_ROWS),
                                                problems->len - MAX_PROBLEM_ROWS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_group_add (self->problems_group, row);
      g_ptr_array_add (self->problem_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

static void
changed_cb (BuurtCsvImport  *import,
            BuurtCsvPreview *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, i),
                                position_of (self, buurt_csv_import_get_column_field (import, i)));
  self->updating = FALSE;

  update_summary (self);
  update_problems (self);
}

static void
column_selected_cb (AdwComboRow     *row,
                    GParamSpec      *pspec,
                    BuurtCsvPreview *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint position = adw_combo_row_get_selected (row);

  if (self->updating || position >= self->fields->len)
    return;

  buurt_csv_import_set_column_field (self->import, column,
                                     g_array_index (self->fields, BuurtCsvField, position));
}

static void
build_columns (BuurtCsvPreview *self)
{
  BuurtCsvKind kind = buurt_csv_import_get_kind (self->import);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  g_array_set_size (self->fields, 0);
  for (BuurtCsvField field = BUURT_CSV_FIELD_IGNORE; field < BUURT_CSV_N_FIELDS; field++)
    if (buurt_csv_field_is_for (field, kind))
      {
        g_array_append_val (self->fields, field);
        gtk_string_list_append (labels, buurt_csv_field_label (field));
      }

  self->updating = TRUE;
  for (guint i = 0; i < buurt_csv_import_get_n_columns (self->import); i++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      const char *header = buurt_csv_import_get_header (self->import, i);
      /* Translators: %u counts the columns of a spreadsheet from 1 */
      g_autofree char *unnamed = g_strdup_printf (_("Column %u"), i + 1);
      g_autofree char *title = g_markup_escape_text (*header != '\0' ? header : unnamed, -1);
      g_autofree char *example = g_markup_escape_text (buurt_csv_import_get_example (self->import, i), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), example);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      adw_combo_row_set_selected (row, position_of (self, buurt_csv_import_get_column_field (self->import, i)));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (i));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_selected_cb), self);
      buurt_combo_row_name_items (row);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
  self->updating = FALSE;

  adw_combo_row_set_selected (self->kind_row, kind == BUURT_CSV_KIND_VENUES ? 1 : 0);
}

static void
kind_selected_cb (AdwComboRow     *row,
                  GParamSpec      *pspec,
                  BuurtCsvPreview *self)
{
  BuurtCsvKind kind = adw_combo_row_get_selected (row) == 1 ? BUURT_CSV_KIND_VENUES
                                                            : BUURT_CSV_KIND_ACTIVITIES;

  if (self->updating || self->import == NULL || kind == buurt_csv_import_get_kind (self->import))
    return;

  self->updating = TRUE;
  buurt_csv_import_set_kind (self->import, kind);
  self->updating = FALSE;
  build_columns (self);
  changed_cb (self->import, self);
}

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BuurtCsvPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint n_added = 0;
  gboolean ok = buurt_csv_import_apply_finish (BUURT_CSV_IMPORT (object), result, &n_added, &error);

  self->importing = FALSE;
  /* Closed while the lines were written: they were, and the views know. */
  if (self->import == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->content), TRUE);

  if (!ok)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      update_summary (self);
      return;
    }

  if (buurt_csv_import_get_kind (self->import) == BUURT_CSV_KIND_VENUES)
    message = g_strdup_printf (ngettext ("%u venue or room imported", "%u venues and rooms imported",
                                         n_added), n_added);
  else
    message = g_strdup_printf (ngettext ("%u activity imported", "%u activities imported", n_added),
                               n_added);
  if (parent != NULL)
    buurt_toast_show (GTK_WIDGET (parent), adw_toast_new (message));
  gtk_window_close (GTK_WINDOW (self));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtCsvPreview *self = BUURT_CSV_PREVIEW (widget);

  if (self->importing)
    return;

  /* The lines are written in a thread; meanwhile nothing here changes them. */
  self->importing = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->content), FALSE);
  gtk_widget_action_set_enabled (widget, "preview.import", FALSE);
  gtk_button_set_label (self->import_button, _("Importing…"));
  buurt_csv_import_apply_async (self->import, NULL, applied_cb, g_object_ref (self));
}

static void
buurt_csv_preview_dispose (GObject *object)
{
  BuurtCsvPreview *self = (BuurtCsvPreview *) object;

  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  g_clear_object (&self->import);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_CSV_PREVIEW);

  G_OBJECT_CLASS (buurt_csv_preview_parent_class)->dispose (object);
}

static void
buurt_csv_preview_finalize (GObject *object)
{
  BuurtCsvPreview *self = (BuurtCsvPreview *) object;

  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);

  G_OBJECT_CLASS (buurt_csv_preview_parent_class)->finalize (object);
}

static void
buurt_csv_preview_class_init (BuurtCsvPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_csv_preview_dispose;
  object_class->finalize = buurt_csv_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/buurtagenda/Buurtagenda/buurt-csv-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, content);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, file_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, import_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, columns_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtCsvPreview, problems_group);

  gtk_widget_class_install_action (widget_class, "preview.import", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_csv_preview_init (BuurtCsvPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();
  self->fields = g_array_new (FALSE, FALSE, sizeof (BuurtCsvField));
  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb), self);
  buurt_combo_row_name_items (self->kind_row);
}

/**
 * buurt_csv_preview_new:
 * @parent: the window the preview belongs to; its toast says what was imported
 * @import: the spreadsheet, read and checked
 *
 * Returns: (transfer none): the preview, not yet shown
 */
BuurtCsvPreview *
buurt_csv_preview_new (GtkWindow      *parent,
                       BuurtCsvImport *import)
{
  BuurtCsvPreview *self;
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (BUURT_IS_CSV_IMPORT (import), NULL);

  self = g_object_new (BUURT_TYPE_CSV_PREVIEW, "transient-for", parent, NULL);
  self->import = g_object_ref (import);

  name = g_file_get_basename (buurt_csv_import_get_file (import));
  /* Translators: a file's name, the characters' encoding and the separator */
  where = g_strdup_printf (_("%s · %s · separated by “%c”"), name,
                           buurt_csv_import_get_encoding (import),
                           buurt_csv_import_get_separator (import));
  gtk_label_set_text (self->file_label, where);

  build_columns (self);
  g_signal_connect (import, "changed", G_CALLBACK (changed_cb), self);
  changed_cb (import, self);
  return self;
}

/**
 * buurt_csv_preview_get_import:
 *
 * Returns: (transfer none): the spreadsheet shown, for tests
 */
BuurtCsvImport *
buurt_csv_preview_get_import (BuurtCsvPreview *self)
{
  g_return_val_if_fail (BUURT_IS_CSV_PREVIEW (self), NULL);
  return self->import;
}

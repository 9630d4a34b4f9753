/* buurt-report-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "buurt-accessible.h"
#include "buurt-database-report.h"
#include "buurt-entities.h"
#include "buurt-format.h"
#include "buurt-report-layout.h"
#include "buurt-report-window.h"

/*
 * The accountability report the municipality asks for, for the initiative
 * chosen in the Initiatives view or for all of them, in a period and town.
 * The pages are drawn here as they will be printed (the layout is
 * buurt-report-layout.c in the exchange layer, the same one the command line
 * writes a PDF with); Ctrl+P opens the print dialog, which can also save a
 * PDF. A period that is not a date says so under the fields and the preview
 * keeps the last good report.
 */

#define PAGE_GAP 16.0

struct _BuurtReportWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkDropDown       *scope_dropdown;
  GtkEntry          *from_entry;
  GtkEntry          *to_entry;
  GtkDropDown       *kern_dropdown;
  GtkLabel          *message_label;
  GtkDrawingArea    *preview;

  /* Owned state */
  BuurtDatabase     *database;
  gint64             initiative_id;
  GArray            *kern_ids;
  BuurtReportLayout *layout;
  double             page_width;
  double             page_height;
};

G_DEFINE_FINAL_TYPE (BuurtReportWindow, buurt_report_window, ADW_TYPE_WINDOW)

/* "" -> NULL; "YYYY-MM-DD" -> itself; otherwise a message naming @field */
static gboolean
read_day (GtkEntry    *entry,
          const char  *field,
          const char **day,
          char       **message)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  int y = 0, m = 0, d = 0, end = 0;

  *day = NULL;
  if (*text == '\0')
    return TRUE;
  if (sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &end) != 3 || text[end] != '\0' ||
      strlen (text) != 10 || !g_date_valid_dmy (d, m, y))
    {
      /* Translators: %s is a field ("From", "To"), then what was typed */
      *message = g_strdup_printf (_("%s: “%s” is not a day such as 2027-03-01."), field, text);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return FALSE;
    }
  *day = text;
  return TRUE;
}

static void
set_message (BuurtReportWindow *self,
             const char        *message,
             gboolean           error)
{
  gtk_label_set_text (self->message_label, message);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
reload (BuurtReportWindow *self)
{
  g_autoptr(BuurtReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint kern_position = gtk_drop_down_get_selected (self->kern_dropdown);
  gboolean one = self->initiative_id != 0 && gtk_drop_down_get_selected (self->scope_dropdown) == 0;
  g_autofree char *today = buurt_today ();
  BuurtReportQuery query = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  if (!read_day (self->from_entry, _("From"), &query.from, &message) ||
      !read_day (self->to_entry, _("To"), &query.to, &message))
    {
      set_message (self, message, TRUE);
      return;
    }
  if (query.from != NULL && query.to != NULL && strcmp (query.from, query.to) > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
      set_message (self, _("To: the last day comes before the first."), TRUE);
      return;
    }

  query.initiative_id = one ? self->initiative_id : 0;
  query.today = today;
  query.kern_id = !one && kern_position < self->kern_ids->len
                    ? g_array_index (self->kern_ids, gint64, kern_position) : 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->kern_dropdown), !one);

  report = buurt_database_read_report (self->database, &query, &error);
  if (report == NULL)
    {
      set_message (self, error->message, TRUE);
      return;
    }
  if (query.kern_id != 0)
    {
      GObject *item = gtk_drop_down_get_selected_item (self->kern_dropdown);

      report->town = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
    }

  g_clear_object (&self->layout);
  self->layout = buurt_report_layout_new (report);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  buurt_paper_get_size (BUURT_PAPER_A4, &self->page_width, &self->page_height);
  n_pages = buurt_report_layout_paginate (self->layout, cr, self->page_width, self->page_height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  {
    /* Translators: under the report's fields; %u counts pages */
    g_autofree char *pages = g_strdup_printf (ngettext ("%u page", "%u pages", n_pages), n_pages);
    set_message (self, pages, FALSE);
  }
  gtk_drawing_area_set_content_height (self->preview,
                                       (int) (n_pages * (self->page_height + PAGE_GAP) + PAGE_GAP));
  gtk_drawing_area_set_content_width (self->preview, (int) (self->page_width + 2 * PAGE_GAP));
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  BuurtReportWindow *self = user_data;
  guint n_pages;
  double x;

  if (self->layout == NULL)
    return;

  n_pages = buurt_report_layout_get_n_pages (self->layout);
  x = MAX ((width - self->page_width) / 2, PAGE_GAP);
  for (guint i = 0; i < n_pages; i++)
    {
      double y = PAGE_GAP + i * (self->page_height + PAGE_GAP);

      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
      cairo_rectangle (cr, 2, 2, self->page_width, self->page_height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
      cairo_fill (cr);
      buurt_report_layout_draw_page (self->layout, cr, i);
      cairo_restore (cr);
    }
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  BuurtReportWindow *self = user_data;
  guint n_pages;

  n_pages = buurt_report_layout_paginate (self->layout, gtk_print_context_get_cairo_context (context),
                                          gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  BuurtReportWindow *self = user_data;

  if ((guint) page < buurt_report_layout_get_n_pages (self->layout))
    buurt_report_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              gpointer           user_data)
{
  /* The preview goes back to A4 */
  reload (user_data);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BuurtReportWindow *self = BUURT_REPORT_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  if (self->layout == NULL)
    return;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, buurt_report_layout_get_title (self->layout));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), self);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    set_message (self, error->message, TRUE);
}

static void
fill_filters (BuurtReportWindow *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) towns = gtk_string_list_new (NULL);
  g_autoptr(GListModel) kerns = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  gint64 none = 0;

  if (self->initiative_id != 0)
    {
      g_autoptr(BuurtEntity) initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE,
                                                               self->initiative_id, NULL);
      /* Translators: %s is an initiative's title */
      g_autofree char *label = g_strdup_printf (_("Only “%s”"),
                                                initiative != NULL ? buurt_entity_get_string (initiative, "title") : "");

      gtk_string_list_append (scopes, label);
    }
  gtk_string_list_append (scopes, _("All initiatives"));
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (scopes));

  gtk_string_list_append (towns, _("Every town"));
  g_array_append_val (self->kern_ids, none);
  for (guint i = 0; kerns != NULL && i < g_list_model_get_n_items (kerns); i++)
    {
      g_autoptr(BuurtEntity) kern = g_list_model_get_item (kerns, i);
      gint64 id = buurt_entity_get_id (kern);

      gtk_string_list_append (towns, buurt_entity_get_string (kern, "name"));
      g_array_append_val (self->kern_ids, id);
    }
  gtk_drop_down_set_model (self->kern_dropdown, G_LIST_MODEL (towns));
  buurt_accessible_name_parts (GTK_WIDGET (self));
}

static void
buurt_report_window_dispose (GObject *object)
{
  BuurtReportWindow *self = BUURT_REPORT_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->kern_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_report_window_parent_class)->dispose (object);
}

static void
buurt_report_window_class_init (BuurtReportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_report_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, kern_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtReportWindow, preview);

  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_report_window_init (BuurtReportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kern_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gtk_drawing_area_set_draw_func (self->preview, draw_cb, self, NULL);
}

/**
 * buurt_report_window_new:
 * @parent: the main window
 * @database: the agenda
 * @initiative_id: the initiative chosen, or 0 for all
 *
 * Returns: (transfer floating): the report's preview, not yet shown
 */
BuurtReportWindow *
buurt_report_window_new (GtkWindow     *parent,
                         BuurtDatabase *database,
                         gint64         initiative_id)
{
  BuurtReportWindow *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_REPORT_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->initiative_id = initiative_id;
  fill_filters (self);
  reload (self);

  g_signal_connect_swapped (self->scope_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->kern_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->from_entry, "changed", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (reload), self);
  g_signal_connect_object (database, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  return self;
}

guint
buurt_report_window_get_n_pages (BuurtReportWindow *self)
{
  g_return_val_if_fail (BUURT_IS_REPORT_WINDOW (self), 0);
  return self->layout != NULL ? buurt_report_layout_get_n_pages (self->layout) : 0;
}

const char *
buurt_report_window_get_message (BuurtReportWindow *self)
{
  g_return_val_if_fail (BUURT_IS_REPORT_WINDOW (self), NULL);
  return gtk_label_get_text (self->message_label);
}

void
buurt_report_window_set_period (BuurtReportWindow *self,
                                const char        *from,
                                const char        *to)
{
  g_return_if_fail (BUURT_IS_REPORT_WINDOW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to ?: "");
}

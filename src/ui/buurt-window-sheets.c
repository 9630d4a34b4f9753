/* buurt-window-sheets.c: a spreadsheet in, the agenda out as a spreadsheet,
 * on paper and as a newsletter section
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-view-private.h"
#include "buurt-csv-export.h"
#include "buurt-csv-import.h"
#include "buurt-csv-preview.h"
#include "buurt-exchange-agenda.h"
#include "buurt-format.h"
#include "buurt-newsletter.h"
#include "buurt-print-layout.h"
#include "buurt-toast.h"
#include "buurt-window-private.h"

/*
 * Export…, Print… and the newsletter section all take what the agenda
 * shows: its first day, its filters (town, neighbourhood, venue, category,
 * target group, status) and its search. The layout and the text are made
 * in the exchange layer, so the command line makes the same files; here is
 * only the glue to the file chooser, the print dialog and the clipboard.
 */

static void
show_error (BuurtWindow  *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (BuurtWindow *self,
       const char  *message)
{
  buurt_toast_show (GTK_WIDGET (self), adw_toast_new (message));
}

/**
 * buurt_window_import_csv:
 *
 * Opens the preview of a spreadsheet: Import…, a dropped file and a file
 * opened from the file manager end here for a .csv.
 */
void
buurt_window_import_csv (BuurtWindow   *self,
                         BuurtDatabase *database,
                         GFile         *file)
{
  g_autoptr(BuurtCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = buurt_csv_import_new (database, file, &error);
  if (import == NULL)
    {
      show_error (self, _("This File Cannot Be Imported"), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (buurt_csv_preview_new (GTK_WINDOW (self), import)));
}

static BuurtAgendaModel *
agenda_model (BuurtWindow *self)
{
  GtkWidget *view = buurt_window_get_view (self, "agenda");

  return BUURT_IS_AGENDA_VIEW (view) ? buurt_agenda_view_get_model (BUURT_AGENDA_VIEW (view)) : NULL;
}

/**
 * buurt_window_get_agenda_query:
 * @query: (out caller-allocates): what the agenda shows, from its first day
 *   on; the strings live as long as the agenda's model
 *
 * Returns: %FALSE when the agenda is not open
 */
gboolean
buurt_window_get_agenda_query (BuurtWindow      *self,
                               BuurtAgendaQuery *query)
{
  BuurtAgendaModel *model = agenda_model (self);

  if (model == NULL)
    return FALSE;

  *query = *buurt_agenda_model_get_filter (model);
  query->from_day = buurt_agenda_model_get_from_day (model);
  query->search = buurt_agenda_model_get_search (model);
  query->show_cancelled = buurt_agenda_model_get_show_cancelled (model);
  return query->from_day != NULL;
}

static char *
day_of (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The week (Monday to Sunday) or the month around the agenda's first day. */
static void
period_around (const char  *day,
               gboolean     month,
               char       **first,
               char       **last)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  if (!g_date_valid (&date))
    {
      *first = g_strdup (day);
      *last = g_strdup (day);
      return;
    }

  if (month)
    {
      g_date_set_day (&date, 1);
      *first = day_of (&date);
      g_date_set_day (&date, g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date)));
    }
  else
    {
      g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
      *first = day_of (&date);
      g_date_add_days (&date, 6);
    }
  *last = day_of (&date);
}


/**
 * buurt_window_make_print_layout:
 * @month: the month of the agenda's first day instead of its week
 *
 * Returns: (transfer full) (nullable): the pages Print… prints, with the
 *   agenda's filters and search, or %NULL with @error
 */
BuurtPrintLayout *
buurt_window_make_print_layout (BuurtWindow  *self,
                                gboolean      month,
                                GError      **error)
{
  BuurtAgendaQuery query;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;

  if (!buurt_window_get_agenda_query (self, &query))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The agenda is not open yet."));
      return NULL;
    }

  period_around (query.from_day, month, &first, &last);
  query.from_day = first;
  occurrences = buurt_exchange_collect_agenda (buurt_window_get_database (self), &query, last, error);
  if (occurrences == NULL)
    return NULL;

  title = buurt_exchange_agenda_title (buurt_window_get_database (self), &query, first, last);
  return buurt_print_layout_new (occurrences, title);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BuurtPrintLayout  *layout)
{
  guint n_pages = buurt_print_layout_paginate (layout, gtk_print_context_get_cairo_context (context),
                                               gtk_print_context_get_width (context),
                                               gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              BuurtPrintLayout  *layout)
{
  if ((guint) page < buurt_print_layout_get_n_pages (layout))
    buurt_print_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print (BuurtWindow *self,
       gboolean     month)
{
  g_autoptr(BuurtPrintLayout) layout = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  layout = buurt_window_make_print_layout (self, month, &error);
  if (layout == NULL)
    {
      show_error (self, _("The Agenda Cannot Be Printed"), error);
      return;
    }

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Agenda"));
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), layout, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), layout, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("The Agenda Cannot Be Printed"), error);
}

static void
print_week_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  print (BUURT_WINDOW (user_data), FALSE);
}

static void
print_month_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  print (BUURT_WINDOW (user_data), TRUE);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    BuurtWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  BuurtAgendaQuery query;
  guint n_rows = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || !buurt_window_get_agenda_query (self, &query))
    return;

  if (!buurt_csv_export_agenda (buurt_window_get_database (self), &query, NULL, file, &n_rows, &error))
    show_error (self, _("The Agenda Cannot Be Exported"), error);
  else
    {
      g_autofree char *message = g_strdup_printf (ngettext ("%u date exported", "%u dates exported",
                                                            n_rows), n_rows);

      toast (self, message);
    }
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BuurtWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export the Agenda"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the name offered for an exported spreadsheet */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("agenda.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The newsletter section: the coming two weeks from the agenda's first day. */
typedef struct
{
  char *html;
  char *text;
} Newsletter;

static void
newsletter_free (Newsletter *newsletter)
{
  g_free (newsletter->html);
  g_free (newsletter->text);
  g_free (newsletter);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  BuurtWindow     *self)
{
  Newsletter *newsletter = g_object_get_data (G_OBJECT (chooser), "newsletter");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL &&
      !g_file_replace_contents (file, newsletter->html, strlen (newsletter->html), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    show_error (self, _("The Newsletter Section Cannot Be Saved"), error);
  else if (file != NULL)
    toast (self, _("Newsletter section saved"));
  g_object_unref (chooser);
}

static void
newsletter_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        BuurtWindow      *self)
{
  Newsletter *newsletter = g_object_get_data (G_OBJECT (dialog), "newsletter");
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  if (g_str_equal (response, "copy-html"))
    {
      g_autoptr(GBytes) html = g_bytes_new (newsletter->html, strlen (newsletter->html));
      g_autoptr(GBytes) text = g_bytes_new (newsletter->text, strlen (newsletter->text));
      GdkContentProvider *providers[] = {
        gdk_content_provider_new_for_bytes ("text/html", html),
        gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text),
      };
      g_autoptr(GdkContentProvider) both = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

      gdk_clipboard_set_content (clipboard, both);
      toast (self, _("Newsletter section copied"));
    }
  else if (g_str_equal (response, "copy-text"))
    {
      gdk_clipboard_set_text (clipboard, newsletter->text);
      toast (self, _("Newsletter text copied"));
    }
  else if (g_str_equal (response, "save"))
    {
      GtkFileChooserNative *chooser;
      Newsletter *copy = g_new0 (Newsletter, 1);

      copy->html = g_strdup (newsletter->html);
      copy->text = g_strdup (newsletter->text);
      chooser = gtk_file_chooser_native_new (_("Save the Newsletter Section"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      /* Translators: the name offered for a saved newsletter section */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("agenda.html"));
      g_object_set_data_full (G_OBJECT (chooser), "newsletter", copy, (GDestroyNotify) newsletter_free);
      g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
}

/**
 * buurt_window_show_newsletter:
 *
 * Shows the coming two weeks as a newsletter section, to copy or save.
 *
 * Returns: (transfer none) (nullable): the dialog, for tests
 */
GtkWidget *
buurt_window_show_newsletter (BuurtWindow *self)
{
  BuurtAgendaQuery query;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  Newsletter *newsletter;
  GtkWidget *dialog, *scrolled, *view;
  GDate date;

  if (!buurt_window_get_agenda_query (self, &query))
    return NULL;

  first = g_strdup (query.from_day);
  g_date_clear (&date, 1);
  g_date_set_parse (&date, first);
  if (g_date_valid (&date))
    g_date_add_days (&date, 13);
  last = g_date_valid (&date) ? day_of (&date) : g_strdup (first);

  occurrences = buurt_exchange_collect_agenda (buurt_window_get_database (self), &query, last, &error);
  if (occurrences == NULL)
    {
      show_error (self, _("The Newsletter Section Cannot Be Made"), error);
      return NULL;
    }

  title = buurt_exchange_agenda_title (buurt_window_get_database (self), &query, first, last);
  newsletter = g_new0 (Newsletter, 1);
  newsletter->html = buurt_newsletter_html (occurrences, title);
  newsletter->text = buurt_newsletter_text (occurrences, title);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Newsletter Section"),
                                   _("The coming two weeks as the agenda shows them, with its "
                                     "filters and search. Copy it into a newsletter or a web "
                                     "page, or save it as a web page."));
  view = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), newsletter->text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Newsletter section"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "save", _("_Save…"),
                                    "copy-text", _("Copy _Text"),
                                    "copy-html", _("_Copy"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy-html",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy-html");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_object_set_data_full (G_OBJECT (dialog), "newsletter", newsletter, (GDestroyNotify) newsletter_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (newsletter_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
newsletter_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  buurt_window_show_newsletter (BUURT_WINDOW (user_data));
}

static const GActionEntry sheet_actions[] = {
  { "export", export_activated },
  { "print", print_week_activated },
  { "print-month", print_month_activated },
  { "newsletter", newsletter_activated },
};

void
buurt_window_init_sheets (BuurtWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), sheet_actions,
                                   G_N_ELEMENTS (sheet_actions), self);
}

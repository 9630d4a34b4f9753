/* buurt-ical-export-dialog.c: which activities and dates go into a
 * calendar file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical-export"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-progress.h"
#include "buurt-calendar.h"
#include "buurt-combo-row.h"
#include "buurt-ical.h"
#include "buurt-ical-export-dialog-private.h"
#include "buurt-window.h"

/*
 * The user chooses which published activities (all, exactly what the agenda
 * shows now, or those of one venue, town or initiative) and which dates,
 * then a file. The export runs on a thread of its own with its own
 * connection; a progress bar shows when it takes longer than a second, and
 * Cancel stops it without a file: the export replaces the file whole or not
 * at all. The window's toast then says how many activities went in.
 */

struct _BuurtIcalExportDialog
{
  AdwWindow         parent_instance;

  /* template children */
  GtkStack         *stack;
  AdwPreferencesGroup *activities_group;
  AdwComboRow      *scope_row;
  AdwComboRow      *venue_row;
  AdwComboRow      *town_row;
  AdwComboRow      *initiative_row;
  GtkSwitch        *all_dates_switch;
  AdwActionRow     *first_row;
  AdwActionRow     *last_row;
  GtkMenuButton    *first_button;
  GtkMenuButton    *last_button;
  GtkCalendar      *first_calendar;
  GtkCalendar      *last_calendar;
  GtkLabel         *form_error;
  GtkLabel         *busy_label;
  GtkProgressBar   *progress_bar;

  /* owned state */
  BuurtDatabase    *database;
  BuurtAgendaQuery  agenda;         /* what the agenda shows, its strings below */
  char             *agenda_from_day;
  char             *agenda_search;
  gboolean          has_agenda;
  GPtrArray        *venue_keys;     /* the venues' uuids, in the row's order */
  GPtrArray        *town_keys;      /* the towns' names */
  GPtrArray        *initiative_keys; /* the initiatives' uuids */
  GCancellable     *cancellable;    /* of the running export, or NULL */
  guint             progress_id;    /* shows and pulses the progress bar */
};

G_DEFINE_FINAL_TYPE (BuurtIcalExportDialog, buurt_ical_export_dialog, ADW_TYPE_WINDOW)

static char *
calendar_day (GtkCalendar *calendar)
{
  GDate date;
  char text[11];

  buurt_calendar_get_date (calendar, &date);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* The names of @type's rows in @row, and in @keys what the filter takes for
 * each: its uuid, or with @by_name its name. */
static void
fill_row (BuurtIcalExportDialog *self,
          AdwComboRow           *row,
          GType                  type,
          const char            *name_property,
          gboolean               by_name,
          GPtrArray             *keys)
{
  g_autoptr(GListModel) rows = buurt_database_list (self->database, type, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (keys, 0);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (rows, i);
      const char *name = buurt_entity_get_string (entity, name_property);

      if (name == NULL || *name == '\0')
        continue;
      gtk_string_list_append (names, name);
      g_ptr_array_add (keys, g_strdup (by_name ? name : buurt_entity_get_uuid (entity)));
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  buurt_combo_row_name_items (row);
}

static const char *
selected_key (AdwComboRow *row,
              GPtrArray   *keys)
{
  guint i = adw_combo_row_get_selected (row);

  return i < keys->len ? g_ptr_array_index (keys, i) : NULL;
}

/* Why the form cannot be exported as it is, or %NULL. */
static char *
form_problem (BuurtIcalExportDialog *self)
{
  BuurtIcalExportScope scope = adw_combo_row_get_selected (self->scope_row);

  if (scope == BUURT_ICAL_EXPORT_AGENDA && !self->has_agenda)
    return g_strdup (_("The agenda is not open, so there is nothing it shows. Choose other activities."));
  if (scope == BUURT_ICAL_EXPORT_VENUE && selected_key (self->venue_row, self->venue_keys) == NULL)
    return g_strdup (_("There are no venues yet. Choose other activities."));
  if (scope == BUURT_ICAL_EXPORT_TOWN && selected_key (self->town_row, self->town_keys) == NULL)
    return g_strdup (_("There are no towns yet. Choose other activities."));
  if (scope == BUURT_ICAL_EXPORT_INITIATIVE &&
      selected_key (self->initiative_row, self->initiative_keys) == NULL)
    return g_strdup (_("There are no initiatives yet. Choose other activities."));

  if (!gtk_switch_get_active (self->all_dates_switch))
    {
      g_autofree char *first = calendar_day (self->first_calendar);
      g_autofree char *last = calendar_day (self->last_calendar);

      if (g_strcmp0 (last, first) < 0)
        return g_strdup (_("The last day is before the first day. Choose a last day on or after the first day."));
    }

  return NULL;
}

static void
update_form (BuurtIcalExportDialog *self)
{
  BuurtIcalExportScope scope = adw_combo_row_get_selected (self->scope_row);
  gboolean all_dates = gtk_switch_get_active (self->all_dates_switch);
  g_autofree char *first = calendar_day (self->first_calendar);
  g_autofree char *last = calendar_day (self->last_calendar);
  g_autofree char *first_text = buurt_format_day (first);
  g_autofree char *last_text = buurt_format_day (last);
  g_autofree char *problem = form_problem (self);
  g_autofree char *search = g_strstrip (g_strdup (self->agenda_search != NULL ? self->agenda_search : ""));

  gtk_widget_set_visible (GTK_WIDGET (self->venue_row), scope == BUURT_ICAL_EXPORT_VENUE);
  gtk_widget_set_visible (GTK_WIDGET (self->town_row), scope == BUURT_ICAL_EXPORT_TOWN);
  gtk_widget_set_visible (GTK_WIDGET (self->initiative_row), scope == BUURT_ICAL_EXPORT_INITIATIVE);

  {
    const char *about = _("Published activities go into the file, a series once with its repeat rule, so calendar programs show every date.");
    g_autofree char *description = NULL;

    if (scope != BUURT_ICAL_EXPORT_AGENDA)
      description = g_strdup (about);
    else if (*search != '\0')
      /* Translators: the first %s is a sentence about what goes into the
       * file, the second what was typed in the agenda's search */
      description = g_strdup_printf (_("%s The agenda’s filters count, and its search for “%s”."), about, search);
    else
      /* Translators: %s is a sentence about what goes into the file */
      description = g_strdup_printf (_("%s The agenda’s filters count."), about);
    adw_preferences_group_set_description (self->activities_group, description);
  }

  gtk_menu_button_set_label (self->first_button, first_text);
  gtk_menu_button_set_label (self->last_button, last_text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->first_row), !all_dates);
  gtk_widget_set_sensitive (GTK_WIDGET (self->last_row), !all_dates);

  gtk_label_set_label (self->form_error, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), problem != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file",
                                 self->cancellable == NULL && problem == NULL);
}

static void
form_changed_cb (BuurtIcalExportDialog *self)
{
  update_form (self);
}

static void
scope_changed_cb (BuurtIcalExportDialog *self)
{
  update_form (self);
}

static void
end_job (BuurtIcalExportDialog *self,
         const char            *problem)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_stack_set_visible_child_name (self->stack, "form");
  update_form (self);
  if (problem != NULL)
    {
      gtk_label_set_label (self->form_error, problem);
      gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
    }
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BuurtIcalExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;
  guint n_events = 0;

  if (!buurt_ical_export_finish (BUURT_DATABASE (source), result, &n_events, &error))
    {
      /* Closed while it ran: its widgets are gone. */
      if (self->stack == NULL)
        return;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        end_job (self, _("The export was cancelled. No file was written."));
      else
        end_job (self, error->message);
      return;
    }

  message = g_strdup_printf (ngettext ("Exported %u activity", "Exported %u activities", n_events), n_events);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (BUURT_IS_WINDOW (parent))
    buurt_window_show_message (BUURT_WINDOW (parent), message);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
suggested_name (BuurtIcalExportDialog *self)
{
  BuurtIcalExportScope scope = adw_combo_row_get_selected (self->scope_row);
  AdwComboRow *row = scope == BUURT_ICAL_EXPORT_VENUE ? self->venue_row :
                     scope == BUURT_ICAL_EXPORT_TOWN ? self->town_row :
                     scope == BUURT_ICAL_EXPORT_INITIATIVE ? self->initiative_row : NULL;
  GObject *item = row != NULL ? adw_combo_row_get_selected_item (row) : NULL;
  g_autofree char *name = NULL;

  if (item == NULL)
    /* Translators: the suggested name of an exported calendar file */
    return g_strdup (_("agenda.ics"));

  name = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, ".ics", NULL);
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     BuurtIcalExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        buurt_ical_export_dialog_export_to (self, file);
    }

  g_object_unref (chooser);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BuurtIcalExportDialog *self = BUURT_ICAL_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Calendar File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtIcalExportDialog *self = BUURT_ICAL_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
buurt_ical_export_dialog_dispose (GObject *object)
{
  BuurtIcalExportDialog *self = BUURT_ICAL_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_ICAL_EXPORT_DIALOG);

  G_OBJECT_CLASS (buurt_ical_export_dialog_parent_class)->dispose (object);
}

static void
buurt_ical_export_dialog_finalize (GObject *object)
{
  BuurtIcalExportDialog *self = BUURT_ICAL_EXPORT_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->agenda_from_day, g_free);
  g_clear_pointer (&self->agenda_search, g_free);
  g_clear_pointer (&self->venue_keys, g_ptr_array_unref);
  g_clear_pointer (&self->town_keys, g_ptr_array_unref);
  g_clear_pointer (&self->initiative_keys, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_ical_export_dialog_parent_class)->finalize (object);
}

static void
buurt_ical_export_dialog_class_init (BuurtIcalExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_ical_export_dialog_dispose;
  object_class->finalize = buurt_ical_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/buurtagenda/Buurtagenda/ical/buurt-ical-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, activities_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, town_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, all_dates_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, first_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, last_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, first_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, last_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, first_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, last_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, form_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "export.choose-file", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
buurt_ical_export_dialog_init (BuurtIcalExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_year = g_date_time_add_years (now, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->venue_keys = g_ptr_array_new_with_free_func (g_free);
  self->town_keys = g_ptr_array_new_with_free_func (g_free);
  self->initiative_keys = g_ptr_array_new_with_free_func (g_free);
  buurt_combo_row_name_items (self->scope_row);

  /* From today, a year ahead: what a website or a calendar app wants. */
  buurt_calendar_set_date (self->first_calendar, g_date_time_get_year (now),
                           g_date_time_get_month (now), g_date_time_get_day_of_month (now));
  buurt_calendar_set_date (self->last_calendar, g_date_time_get_year (next_year),
                           g_date_time_get_month (next_year), g_date_time_get_day_of_month (next_year));
}

/**
 * buurt_ical_export_dialog_new:
 * @parent: the window; its toast says what was exported
 * @agenda: (nullable): what the agenda shows now, copied; %NULL when the
 *   agenda is not open
 *
 * Returns: (transfer none): a new dialog; present it
 */
BuurtIcalExportDialog *
buurt_ical_export_dialog_new (GtkWindow              *parent,
                              BuurtDatabase          *database,
                              const BuurtAgendaQuery *agenda)
{
  BuurtIcalExportDialog *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_ICAL_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);

  if (agenda != NULL)
    {
      self->agenda = *agenda;
      self->agenda.from_day = self->agenda_from_day = g_strdup (agenda->from_day);
      self->agenda.search = self->agenda_search = g_strdup (agenda->search);
      self->has_agenda = TRUE;
    }

  fill_row (self, self->venue_row, BUURT_TYPE_VENUE, "name", FALSE, self->venue_keys);
  fill_row (self, self->town_row, BUURT_TYPE_KERN, "name", TRUE, self->town_keys);
  fill_row (self, self->initiative_row, BUURT_TYPE_INITIATIVE, "title", FALSE, self->initiative_keys);
  update_form (self);
  return self;
}

/**
 * buurt_ical_export_dialog_export_to:
 * @file: where to write; replaced whole, or not at all
 *
 * Exports what the form says to @file, as choosing @file in the file
 * chooser does.
 */
void
buurt_ical_export_dialog_export_to (BuurtIcalExportDialog *self,
                                    GFile                 *file)
{
  BuurtIcalExportScope scope;
  BuurtIcalExportFilter filter = { NULL };
  BuurtAgendaQuery agenda;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *problem = NULL;

  g_return_if_fail (BUURT_IS_ICAL_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL || (problem = form_problem (self)) != NULL)
    return;

  scope = adw_combo_row_get_selected (self->scope_row);
  if (!gtk_switch_get_active (self->all_dates_switch))
    {
      filter.from = first = calendar_day (self->first_calendar);
      filter.to = last = calendar_day (self->last_calendar);
    }
  switch (scope)
    {
    case BUURT_ICAL_EXPORT_AGENDA:
      agenda = self->agenda;
      filter.query = &agenda;
      break;
    case BUURT_ICAL_EXPORT_VENUE:
      filter.venue = selected_key (self->venue_row, self->venue_keys);
      break;
    case BUURT_ICAL_EXPORT_TOWN:
      filter.town = selected_key (self->town_row, self->town_keys);
      break;
    case BUURT_ICAL_EXPORT_INITIATIVE:
      filter.initiative = selected_key (self->initiative_row, self->initiative_keys);
      break;
    case BUURT_ICAL_EXPORT_EVERYTHING:
    default:
      break;
    }

  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "busy");
  buurt_progress_show_later (self->progress_bar, &self->progress_id);
  update_form (self);

  buurt_ical_export_async (self->database, file, &filter, self->cancellable,
                           export_done_cb, g_object_ref (self));
}

GtkCalendar *
buurt_ical_export_dialog_get_first_calendar (BuurtIcalExportDialog *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_EXPORT_DIALOG (self), NULL);

  return self->first_calendar;
}

GtkCalendar *
buurt_ical_export_dialog_get_last_calendar (BuurtIcalExportDialog *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_EXPORT_DIALOG (self), NULL);

  return self->last_calendar;
}

GtkWidget *
buurt_ical_export_dialog_get_progress_bar (BuurtIcalExportDialog *self)
{
  g_return_val_if_fail (BUURT_IS_ICAL_EXPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->progress_bar);
}

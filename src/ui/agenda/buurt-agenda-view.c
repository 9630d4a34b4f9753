/* buurt-agenda-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-activity-detail.h"
#include "buurt-agenda-row.h"
#include "buurt-agenda-view.h"
#include "buurt-toast.h"
#include "buurt-entities.h"

/*
 * The agenda: every date of every activity from a chosen day on, by day, with
 * filters, a detail pane beside the list (or a page of its own when narrow)
 * and the actions on the chosen date.
 */

/* One filter dropdown: which query field it sets, and what its items mean. */
typedef enum
{
  FILTER_KERN,
  FILTER_NEIGHBOURHOOD,
  FILTER_VENUE,
  FILTER_CATEGORY,
  FILTER_TARGET_GROUP,
  FILTER_STATUS,
  N_FILTERS
} FilterKind;

/* A filter's choices live here; its dropdown gets them only when the
 * Filters popover first opens: a dropdown of 250 venues builds a list row
 * for each of them, which would slow down opening the window. */
typedef struct
{
  GtkDropDown   *dropdown;
  GtkStringList *names;         /* item 0 is "any" */
  GArray        *values;        /* gint64 per item */
  guint          selected;
  GtkLabel      *label;
} Filter;

struct _BuurtAgendaView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkStack            *stack;
  GtkGridView         *agenda_list;
  GtkMenuButton       *date_button;
  GtkLabel            *date_label;
  GtkCalendar         *calendar;
  GtkButton           *review_button;
  GtkGrid             *filter_grid;
  GtkBox              *chips;
  GtkWidget           *chips_scroller;
  BuurtActivityDetail *detail;

  /* Owned state */
  BuurtDatabase          *database;
  GSettings           *settings;
  BuurtAgendaModel    *model;
  GtkSingleSelection  *selection;
  gboolean             show_cancelled;
  Filter               filters[N_FILTERS];
  gboolean             filling_filters;
  gboolean             filter_choices_shown;
  gboolean             places_read;
  guint                warm_search_id;
  BuurtOccurrence     *current;         /* the date the detail shows */
  BuurtActivity       *current_activity;
};

G_DEFINE_FINAL_TYPE (BuurtAgendaView, buurt_agenda_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_CANCELLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *filter_keys[N_FILTERS] = {
  "filter-kern", "filter-neighbourhood", "filter-venue",
  "filter-category", "filter-target-groups", "filter-status",
};

static void
toast (BuurtAgendaView *self,
       AdwToast        *new_toast)
{
  buurt_toast_show (GTK_WIDGET (self), new_toast);
}

static void
show_error (BuurtAgendaView *self,
            const GError    *error)
{
  toast (self, adw_toast_new (error->message));
}

static gint64
filter_value (BuurtAgendaView *self,
              FilterKind       kind)
{
  Filter *filter = &self->filters[kind];

  if (filter->values == NULL || filter->values->len == 0)
    return 0;
  if (filter->selected >= filter->values->len)
    return g_array_index (filter->values, gint64, 0);

  return g_array_index (filter->values, gint64, filter->selected);
}

static gboolean
filter_active (BuurtAgendaView *self,
               FilterKind       kind)
{
  return self->filters[kind].selected > 0;
}

/* Hands the dropdowns their choices, from when the popover first opens. */
static void
show_filter_choices (BuurtAgendaView *self,
                     FilterKind       kind)
{
  Filter *filter = &self->filters[kind];
  gboolean filling = self->filling_filters;

  if (!self->filter_choices_shown)
    return;

  self->filling_filters = TRUE;
  if (gtk_drop_down_get_model (filter->dropdown) != G_LIST_MODEL (filter->names))
    gtk_drop_down_set_model (filter->dropdown, G_LIST_MODEL (filter->names));
  gtk_drop_down_set_selected (filter->dropdown, filter->selected);
  self->filling_filters = filling;
}

static void fill_place_filters (BuurtAgendaView *self,
                                gboolean         remembered);

/* Reads every place into the filters, once. */
static void
read_places (BuurtAgendaView *self)
{
  if (self->places_read)
    return;

  self->places_read = TRUE;
  fill_place_filters (self, FALSE);
}

static void
filter_popover_map_cb (BuurtAgendaView *self)
{
  gboolean filling = self->filling_filters;

  if (self->filter_choices_shown)
    return;

  self->filter_choices_shown = TRUE;
  self->filling_filters = TRUE;
  read_places (self);
  self->filling_filters = filling;
  for (guint i = 0; i < N_FILTERS; i++)
    show_filter_choices (self, i);
}

/* Chooses item @position of a filter, without applying it yet. */
static void
select_filter (BuurtAgendaView *self,
               FilterKind       kind,
               guint            position)
{
  self->filters[kind].selected = position;
  show_filter_choices (self, kind);
}

static void
update_page (BuurtAgendaView *self)
{
  const char *page = "list";

  if (self->model == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    {
      gboolean narrowed = FALSE;

      for (guint i = 0; i < N_FILTERS; i++)
        narrowed |= filter_active (self, i);
      narrowed |= self->model != NULL && buurt_agenda_model_get_search (self->model) != NULL;
      if (self->database != NULL)
        {
          g_autoptr(GError) error = NULL;
          gboolean empty = FALSE;

          /* An agenda that could not be read is not shown as empty. */
          narrowed |= !buurt_database_is_empty (self->database, &empty, &error) || !empty;
        }

      page = narrowed ? "no-results" : "empty";
    }

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
update_date_button (BuurtAgendaView *self)
{
  g_autofree char *day = NULL;
  g_autofree char *label = NULL;
  g_autofree char *today = NULL;

  if (self->model == NULL)
    return;

  today = buurt_today ();
  if (g_str_equal (buurt_agenda_model_get_from_day (self->model), today))
    {
      gtk_label_set_label (self->date_label, _("From today"));
      return;
    }

  day = buurt_format_short_day (buurt_agenda_model_get_from_day (self->model));
  /* Translators: the first day the agenda shows, e.g. "From Thu 26 Nov" */
  label = g_strdup_printf (_("From %s"), day);
  gtk_label_set_label (self->date_label, label);
}

static void
update_actions (BuurtAgendaView *self)
{
  gboolean has_current = self->current_activity != NULL;
  gboolean is_series = has_current &&
                       buurt_entity_get_string (BUURT_ENTITY (self->current_activity), "rrule") != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.edit", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.duplicate", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.cancel-date", is_series);
}

static void
show_current (BuurtAgendaView *self,
              BuurtOccurrence *occurrence)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->current_activity);
  g_set_object (&self->current, occurrence);

  if (occurrence != NULL)
    {
      self->current_activity = buurt_database_load (self->database, BUURT_TYPE_ACTIVITY,
                                                 buurt_occurrence_get_activity_id (occurrence),
                                                 &error);
      if (self->current_activity == NULL)
        g_clear_object (&self->current);
    }

  buurt_activity_detail_show (self->detail, self->current, self->current_activity);
  update_actions (self);
}

static void
selection_changed_cb (BuurtAgendaView *self)
{
  BuurtOccurrence *selected = gtk_single_selection_get_selected_item (self->selection);

  /* A reload of the list drops the selection; the detail stays. */
  if (selected != NULL)
    show_current (self, selected);
}

static void
activate_cb (BuurtAgendaView *self,
             guint            position)
{
  g_autoptr(BuurtOccurrence) occurrence = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  gtk_single_selection_set_selected (self->selection, position);
  show_current (self, occurrence);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
model_changed_cb (BuurtAgendaView *self)
{
  update_page (self);
  update_date_button (self);

  /* The detail follows its date, which may have changed or gone. */
  if (self->current != NULL)
    {
      g_autoptr(BuurtOccurrence) occurrence =
        buurt_database_load_occurrence (self->database,
                                     buurt_occurrence_get_activity_id (self->current),
                                     buurt_occurrence_get_day (self->current));

      show_current (self, occurrence);
    }
}

/* Once the agenda is shown, the first search keystroke is prepared for. */
static gboolean
warm_search_cb (gpointer user_data)
{
  BuurtAgendaView *self = user_data;

  self->warm_search_id = 0;
  buurt_database_warm_search (self->database);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (BuurtAgendaView *self,
                  const char      *table,
                  BuurtDatabase      *database)
{
  if (g_str_equal (table, "activity"))
    buurt_agenda_view_update_review (self, self->review_button);

  /* A change drops what the database had read for short searches. */
  if (self->warm_search_id == 0)
    self->warm_search_id = g_idle_add_full (G_PRIORITY_LOW, warm_search_cb, self, NULL);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BuurtAgendaView          *self)
{
  gtk_list_item_set_child (item, buurt_agenda_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BuurtAgendaView          *self)
{
  BuurtOccurrence *occurrence = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean first_of_day = TRUE;

  /* A row shows the day header when it is the first of its day. */
  if (position > 0)
    {
      g_autoptr(BuurtOccurrence) previous = g_list_model_get_item (G_LIST_MODEL (self->model),
                                                                   position - 1);

      first_of_day = previous == NULL ||
                     g_strcmp0 (buurt_occurrence_get_day (previous),
                                buurt_occurrence_get_day (occurrence)) != 0;
    }

  buurt_agenda_row_set_occurrence (BUURT_AGENDA_ROW (gtk_list_item_get_child (item)),
                                   occurrence, first_of_day);
}

/* Filters */

static void
save_filters (BuurtAgendaView *self)
{
  if (self->settings == NULL)
    return;

  g_settings_delay (self->settings);
  g_settings_set_int64 (self->settings, filter_keys[FILTER_KERN], filter_value (self, FILTER_KERN));
  g_settings_set_int64 (self->settings, filter_keys[FILTER_NEIGHBOURHOOD],
                        filter_value (self, FILTER_NEIGHBOURHOOD));
  g_settings_set_int64 (self->settings, filter_keys[FILTER_VENUE], filter_value (self, FILTER_VENUE));
  g_settings_set_int (self->settings, filter_keys[FILTER_CATEGORY],
                      (int) filter_value (self, FILTER_CATEGORY));
  g_settings_set_uint (self->settings, filter_keys[FILTER_TARGET_GROUP],
                       (guint) filter_value (self, FILTER_TARGET_GROUP));
  g_settings_set_int (self->settings, filter_keys[FILTER_STATUS],
                      (int) filter_value (self, FILTER_STATUS));
  g_settings_apply (self->settings);
}

static void apply_filters (BuurtAgendaView *self);

static void
remove_chip_cb (BuurtAgendaView *self,
                GtkButton       *button)
{
  FilterKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "filter"));

  select_filter (self, kind, 0);
  apply_filters (self);
}

static void
update_chips (BuurtAgendaView *self)
{
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_box_remove (self->chips, child);

  for (guint i = 0; i < N_FILTERS; i++)
    {
      GtkWidget *button;
      GtkWidget *box;
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;

      if (!filter_active (self, i))
        continue;

      /* Translators: a filter in use, e.g. "Town: Dronten" */
      text = g_strdup_printf (_("%s: %s"), gtk_label_get_label (self->filters[i].label),
                              gtk_string_list_get_string (self->filters[i].names,
                                                          self->filters[i].selected));
      /* Translators: the accessible name of the button that removes a filter */
      accessible = g_strdup_printf (_("Remove filter %s"), text);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (box), gtk_label_new (text));
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "chip");
      gtk_widget_set_tooltip_text (button, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (button), "filter", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_chip_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->chips, button);
      any = TRUE;
    }

  gtk_widget_set_visible (self->chips_scroller, any);
}

static void
apply_filters (BuurtAgendaView *self)
{
  BuurtAgendaQuery filter = BUURT_AGENDA_QUERY_INIT (NULL);

  if (self->filling_filters || self->model == NULL)
    return;

  filter.kern_id = filter_value (self, FILTER_KERN);
  filter.neighbourhood_id = filter_value (self, FILTER_NEIGHBOURHOOD);
  filter.venue_id = filter_value (self, FILTER_VENUE);
  filter.category = (int) filter_value (self, FILTER_CATEGORY);
  filter.target_groups = (guint) filter_value (self, FILTER_TARGET_GROUP);
  filter.status = (int) filter_value (self, FILTER_STATUS);

  buurt_agenda_model_set_filter (self->model, &filter);
  update_chips (self);
  update_page (self);
  save_filters (self);
}

/* A choice in a dropdown of the popover. */
static void
filter_selected_cb (BuurtAgendaView *self)
{
  if (self->filling_filters)
    return;

  for (guint i = 0; i < N_FILTERS; i++)
    if (gtk_drop_down_get_model (self->filters[i].dropdown) != NULL)
      self->filters[i].selected = gtk_drop_down_get_selected (self->filters[i].dropdown);
  apply_filters (self);
}

/* Fills one dropdown: "any" first, then each item with its value. */
static void
fill_filter (BuurtAgendaView  *self,
             FilterKind        kind,
             const char       *any,
             const char      **names,
             const gint64     *values,
             guint             n,
             gint64            any_value,
             gint64            selected_value)
{
  Filter *filter = &self->filters[kind];
  guint selected = 0;

  g_clear_object (&filter->names);
  filter->names = gtk_string_list_new (NULL);
  g_array_set_size (filter->values, 0);
  gtk_string_list_append (filter->names, any);
  g_array_append_val (filter->values, any_value);

  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (filter->names, names[i]);
      g_array_append_val (filter->values, values[i]);
      if (values[i] == selected_value)
        selected = i + 1;
    }

  select_filter (self, kind, selected);
}

static void
fill_entity_filter (BuurtAgendaView *self,
                    FilterKind       kind,
                    GType            type,
                    const char      *any,
                    gint64           selected_value)
{
  g_autoptr(GListModel) entities = NULL;
  g_autofree const char **names = NULL;
  g_autofree gint64 *values = NULL;
  guint n;

  /* The places are read when the popover first opens, or at once for a
   * filter in use, whose chip names its place: opening the window at 250
   * venues should not wait for them. */
  if (!self->places_read && selected_value == 0)
    {
      fill_filter (self, kind, any, NULL, NULL, 0, 0, 0);
      return;
    }

  entities = buurt_database_list (self->database, type, NULL);
  n = entities != NULL ? g_list_model_get_n_items (entities) : 0;
  names = g_new0 (const char *, n + 1);
  values = g_new0 (gint64, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (entities, i);

      names[i] = buurt_entity_get_string (entity, "name");
      values[i] = buurt_entity_get_id (entity);
    }

  fill_filter (self, kind, any, names, values, n, 0, selected_value);
}

static void
fill_enum_filter (BuurtAgendaView *self,
                  FilterKind       kind,
                  GType            type,
                  const char      *any,
                  gint64           any_value,
                  gint64           selected_value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const char *names[16];
  gint64 values[16];
  guint n = 0;

  if (G_IS_ENUM_CLASS (klass))
    for (guint i = 0; i < G_ENUM_CLASS (klass)->n_values && n < G_N_ELEMENTS (names); i++, n++)
      {
        values[n] = G_ENUM_CLASS (klass)->values[i].value;
        names[n] = buurt_enum_to_label (type, values[n]);
      }
  else
    for (guint i = 0; i < G_FLAGS_CLASS (klass)->n_values && n < G_N_ELEMENTS (names); i++)
      if (G_FLAGS_CLASS (klass)->values[i].value != 0)
        {
          values[n] = G_FLAGS_CLASS (klass)->values[i].value;
          names[n] = buurt_enum_to_label (type, values[n]);
          n++;
        }

  fill_filter (self, kind, any, names, values, n, any_value, selected_value);
}

/* What a place filter shows: what was remembered between runs, or what is
 * chosen now. */
static gint64
place_filter_value (BuurtAgendaView *self,
                    FilterKind       kind,
                    gboolean         remembered)
{
  if (!remembered)
    return filter_value (self, kind);

  return self->settings != NULL ? g_settings_get_int64 (self->settings, filter_keys[kind]) : 0;
}

static void
fill_place_filters (BuurtAgendaView *self,
                    gboolean         remembered)
{
  fill_entity_filter (self, FILTER_KERN, BUURT_TYPE_KERN, _("Every town"),
                      place_filter_value (self, FILTER_KERN, remembered));
  fill_entity_filter (self, FILTER_NEIGHBOURHOOD, BUURT_TYPE_NEIGHBOURHOOD, _("Every neighbourhood"),
                      place_filter_value (self, FILTER_NEIGHBOURHOOD, remembered));
  fill_entity_filter (self, FILTER_VENUE, BUURT_TYPE_VENUE, _("Every venue"),
                      place_filter_value (self, FILTER_VENUE, remembered));
}

/* (Re)reads the places from the database, keeping what was chosen. */
static void
fill_filters (BuurtAgendaView *self)
{
  gboolean have_settings = self->settings != NULL;

  self->filling_filters = TRUE;

  fill_place_filters (self, TRUE);
  fill_enum_filter (self, FILTER_CATEGORY, BUURT_TYPE_CATEGORY, _("Every category"), -1,
                    have_settings ? g_settings_get_int (self->settings, filter_keys[FILTER_CATEGORY]) : -1);
  fill_enum_filter (self, FILTER_TARGET_GROUP, BUURT_TYPE_TARGET_GROUP, _("Everybody"), 0,
                    have_settings ? g_settings_get_uint (self->settings, filter_keys[FILTER_TARGET_GROUP]) : 0);
  fill_enum_filter (self, FILTER_STATUS, BUURT_TYPE_ACTIVITY_STATUS, _("Any status but rejected"), -1,
                    have_settings ? g_settings_get_int (self->settings, filter_keys[FILTER_STATUS]) : -1);

  self->filling_filters = FALSE;
  apply_filters (self);
}

static void
places_changed_cb (BuurtAgendaView *self,
                   const char      *table,
                   BuurtDatabase      *database)
{
  if (g_str_equal (table, "kern") || g_str_equal (table, "neighbourhood") ||
      g_str_equal (table, "venue"))
    fill_filters (self);
}

static void
build_filter_widgets (BuurtAgendaView *self)
{
  static const char *labels[N_FILTERS] = {
    N_("_Town"), N_("_Neighbourhood"), N_("_Venue"),
    N_("_Category"), N_("_For"), N_("_Status"),
  };

  for (guint i = 0; i < N_FILTERS; i++)
    {
      Filter *filter = &self->filters[i];
      GtkWidget *label = gtk_label_new_with_mnemonic (_(labels[i]));
      GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
      gtk_widget_set_hexpand (dropdown, TRUE);
      gtk_grid_attach (self->filter_grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->filter_grid, dropdown, 1, i, 1, 1);

      filter->dropdown = GTK_DROP_DOWN (dropdown);
      filter->label = GTK_LABEL (gtk_label_new (NULL));
      g_object_ref_sink (filter->label);
      /* The chip shows the label without its mnemonic underscore. */
      gtk_label_set_label (filter->label, gtk_label_get_text (GTK_LABEL (label)));
      filter->values = g_array_new (FALSE, FALSE, sizeof (gint64));

      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (filter_selected_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (self->filter_grid, "map", G_CALLBACK (filter_popover_map_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Actions */

static void
go_to_day (BuurtAgendaView *self,
           const char      *day)
{
  if (self->model == NULL)
    return;

  buurt_agenda_model_set_from_day (self->model, day);
  update_date_button (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->agenda_list), "list.scroll-to-item", "u", 0);
}

static void
move_days (BuurtAgendaView *self,
           int              days)
{
  g_autofree char *iso = g_strconcat (buurt_agenda_model_get_from_day (self->model), "T12:00:00Z", NULL);
  g_autoptr(GDateTime) from = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) moved = g_date_time_add_days (from, days);
  g_autofree char *day = g_date_time_format (moved, "%Y-%m-%d");

  go_to_day (self, day);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autofree char *day = buurt_today ();

  go_to_day (BUURT_AGENDA_VIEW (widget), day);
}

static void
previous_week_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_days (BUURT_AGENDA_VIEW (widget), -7);
}

static void
next_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_days (BUURT_AGENDA_VIEW (widget), 7);
}

static void
choose_date_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_menu_button_popup (BUURT_AGENDA_VIEW (widget)->date_button);
}

static void
day_selected_cb (BuurtAgendaView *self,
                 GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  gtk_menu_button_popdown (self->date_button);
  go_to_day (self, day);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->agenda_list));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);

  for (guint i = 0; i < N_FILTERS; i++)
    select_filter (self, i, 0);
  apply_filters (self);

  /* The search is a filter too; the window that holds it clears it. */
  gtk_widget_activate_action (widget, "win.clear-search", NULL);
}

typedef struct
{
  BuurtDatabase    *database;
  BuurtActivity *activity;
  char          *cancelled_dates;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->database);
  g_clear_object (&undo->activity);
  g_clear_pointer (&undo->cancelled_dates, g_free);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast *undo_toast,
                Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!buurt_database_undelete (undo->database, BUURT_ENTITY (undo->activity), &error))
    g_warning ("Could not undo the deletion: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  g_autofree char *message = NULL;
  AdwToast *deleted;
  Undo *undo;

  if (self->current_activity == NULL)
    return;

  activity = g_object_ref (self->current_activity);
  if (!buurt_database_delete (self->database, BUURT_ENTITY (activity), &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: %s is the title of the activity that was deleted */
  message = g_strdup_printf (_("“%s” deleted"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"));
  deleted = adw_toast_new (message);
  adw_toast_set_button_label (deleted, _("_Undo"));
  adw_toast_set_priority (deleted, ADW_TOAST_PRIORITY_HIGH);
  /* Long enough to read, find the button and press it. */
  adw_toast_set_timeout (deleted, 12);
  undo = g_new0 (Undo, 1);
  undo->database = g_object_ref (self->database);
  undo->activity = g_steal_pointer (&activity);
  g_signal_connect_data (deleted, "button-clicked", G_CALLBACK (undo_delete_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  toast (self, deleted);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static char *
toggle_date (const char *dates,
             const char *day,
             gboolean   *now_cancelled)
{
  g_auto(GStrv) days = g_strsplit (dates != NULL ? dates : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  *now_cancelled = TRUE;
  for (guint i = 0; days[i] != NULL; i++)
    {
      if (*days[i] == '\0')
        continue;
      if (g_str_equal (days[i], day))
        *now_cancelled = FALSE;
      else
        g_strv_builder_add (builder, days[i]);
    }

  if (*now_cancelled)
    g_strv_builder_add (builder, day);

  result = g_strv_builder_end (builder);
  return g_strjoinv (",", result);
}

static void
undo_cancel_cb (AdwToast *undo_toast,
                Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  g_object_set (undo->activity, "cancelled-dates", undo->cancelled_dates, NULL);
  if (!buurt_database_save (undo->database, BUURT_ENTITY (undo->activity), &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
cancel_date_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtActivity) activity = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;
  gboolean cancelled;
  AdwToast *done;
  Undo *undo;

  if (self->current_activity == NULL || self->current == NULL)
    return;

  activity = g_object_ref (self->current_activity);
  day = buurt_format_day (buurt_occurrence_get_day (self->current));
  before = g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "cancelled-dates"));
  after = toggle_date (before, buurt_occurrence_get_day (self->current), &cancelled);

  g_object_set (activity, "cancelled-dates", after, NULL);
  if (!buurt_database_save (self->database, BUURT_ENTITY (activity), &error))
    {
      g_object_set (activity, "cancelled-dates", before, NULL);
      show_error (self, error);
      return;
    }

  message = cancelled
    /* Translators: e.g. "Koffieochtend on Thursday 26 November is cancelled" */
    ? g_strdup_printf (_("%s on %s is cancelled"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"), day)
    : g_strdup_printf (_("%s on %s takes place again"), buurt_entity_get_string (BUURT_ENTITY (activity), "title"), day);
  done = adw_toast_new (message);
  adw_toast_set_button_label (done, _("_Undo"));
  adw_toast_set_timeout (done, 12);
  undo = g_new0 (Undo, 1);
  undo->database = g_object_ref (self->database);
  undo->activity = g_steal_pointer (&activity);
  undo->cancelled_dates = g_steal_pointer (&before);
  g_signal_connect_data (done, "button-clicked", G_CALLBACK (undo_cancel_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  toast (self, done);
}

/* GObject */

static void
buurt_agenda_view_dispose (GObject *object)
{
  BuurtAgendaView *self = (BuurtAgendaView *) object;

  g_clear_handle_id (&self->warm_search_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_AGENDA_VIEW);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  for (guint i = 0; i < N_FILTERS; i++)
    {
      g_clear_pointer (&self->filters[i].values, g_array_unref);
      g_clear_object (&self->filters[i].names);
      g_clear_object (&self->filters[i].label);
    }

  g_clear_object (&self->current);
  g_clear_object (&self->current_activity);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_agenda_view_parent_class)->dispose (object);
}

static void
buurt_agenda_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_CANCELLED:
      g_value_set_boolean (value, self->show_cancelled);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_CANCELLED:
      if (self->show_cancelled != g_value_get_boolean (value))
        {
          self->show_cancelled = g_value_get_boolean (value);
          if (self->model != NULL)
            buurt_agenda_model_set_show_cancelled (self->model, self->show_cancelled);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_view_class_init (BuurtAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_agenda_view_dispose;
  object_class->get_property = buurt_agenda_view_get_property;
  object_class->set_property = buurt_agenda_view_set_property;

  properties[PROP_SHOW_CANCELLED] =
    g_param_spec_boolean ("show-cancelled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUURT_TYPE_ACTIVITY_DETAIL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, date_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, date_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, review_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, chips);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, chips_scroller);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, detail);

  gtk_widget_class_install_action (widget_class, "agenda.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "agenda.previous-week", NULL, previous_week_action);
  gtk_widget_class_install_action (widget_class, "agenda.next-week", NULL, next_week_action);
  gtk_widget_class_install_action (widget_class, "agenda.choose-date", NULL, choose_date_action);
  gtk_widget_class_install_action (widget_class, "agenda.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "agenda.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.cancel-date", NULL, cancel_date_action);
  buurt_agenda_view_install_editing_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "agenda.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "agenda.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "agenda.next-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.choose-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "agenda.edit", NULL);
}

static void
buurt_agenda_view_init (BuurtAgendaView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->show_cancelled = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  build_filter_widgets (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->agenda_list, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->agenda_list, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
}

/**
 * buurt_agenda_view_set_database:
 * @database: the agenda to show
 * @settings: (nullable): where the filters are remembered
 */
void
buurt_agenda_view_set_database (BuurtAgendaView *self,
                             BuurtDatabase      *database,
                             GSettings       *settings)
{
  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  g_set_object (&self->settings, settings);
  self->model = buurt_agenda_model_new (database);
  buurt_agenda_model_set_show_cancelled (self->model, self->show_cancelled);

  /* Without autoselect from the start: a selected first row would make the
   * selection look for it in every reloaded list. */
  self->selection = g_object_new (GTK_TYPE_SINGLE_SELECTION,
                                  "autoselect", FALSE,
                                  "can-unselect", TRUE,
                                  "model", self->model,
                                  NULL);
  gtk_grid_view_set_model (self->agenda_list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed", G_CALLBACK (places_changed_cb), self,
                           G_CONNECT_SWAPPED);

  fill_filters (self);
  buurt_agenda_view_update_review (self, self->review_button);
  update_date_button (self);
  update_page (self);

  self->warm_search_id = g_idle_add_full (G_PRIORITY_LOW, warm_search_cb, self, NULL);
}

/**
 * buurt_agenda_view_get_database:
 *
 * Returns: (transfer none) (nullable): the agenda shown
 */
BuurtDatabase *
buurt_agenda_view_get_database (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return self->database;
}

/**
 * buurt_agenda_view_get_current_activity:
 *
 * Returns: (transfer none) (nullable): the activity of the chosen date
 */
BuurtActivity *
buurt_agenda_view_get_current_activity (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return self->current_activity;
}

/**
 * buurt_agenda_view_set_search:
 * @search: (nullable): the words to look for
 */
void
buurt_agenda_view_set_search (BuurtAgendaView *self,
                              const char      *search)
{
  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));

  if (self->model == NULL)
    return;

  buurt_agenda_model_set_search (self->model, search);
  update_page (self);
}

/**
 * buurt_agenda_view_get_model:
 *
 * Returns: (transfer none) (nullable): the agenda model the list shows
 */
BuurtAgendaModel *
buurt_agenda_view_get_model (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return self->model;
}

/**
 * buurt_agenda_view_get_page:
 *
 * Returns: (transfer none): what the view shows: "empty", "no-results" or "list"
 */
const char *
buurt_agenda_view_get_page (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * buurt_agenda_view_open:
 * @position: a row of the agenda model
 *
 * Chooses the date at @position and shows its detail, as activating the row
 * does.
 */
void
buurt_agenda_view_open (BuurtAgendaView *self,
                        guint            position)
{
  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));

  activate_cb (self, position);
}

/**
 * buurt_agenda_view_get_detail_title:
 *
 * Returns: (transfer none): the title the detail pane shows
 */
const char *
buurt_agenda_view_get_detail_title (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return buurt_activity_detail_get_title (self->detail);
}

/**
 * buurt_agenda_view_set_filter:
 * @kind: 0 town, 1 neighbourhood, 2 venue, 3 category, 4 target group, 5 status
 * @value: the id or enumeration value to show only, as the dropdown offers it
 *
 * Chooses @value in the filter dropdown of @kind, as a user would.
 *
 * Returns: whether the dropdown offers @value
 */
gboolean
buurt_agenda_view_set_filter (BuurtAgendaView *self,
                              guint            kind,
                              gint64           value)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), FALSE);
  g_return_val_if_fail (kind < N_FILTERS, FALSE);

  self->filling_filters = TRUE;
  read_places (self);
  self->filling_filters = FALSE;

  for (guint i = 0; i < self->filters[kind].values->len; i++)
    if (g_array_index (self->filters[kind].values, gint64, i) == value)
      {
        select_filter (self, kind, i);
        apply_filters (self);
        return TRUE;
      }

  return FALSE;
}

/**
 * buurt_agenda_view_get_n_chips:
 *
 * Returns: how many filters in use the view shows as removable chips
 */
guint
buurt_agenda_view_get_n_chips (BuurtAgendaView *self)
{
  guint n = 0;

  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->chips));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/**
 * buurt_agenda_view_get_filter_value:
 * @kind: as for buurt_agenda_view_set_filter()
 *
 * Returns: the id or enumeration value the filter of @kind shows only, or
 *   its "any" value
 */
gint64
buurt_agenda_view_get_filter_value (BuurtAgendaView *self,
                                    guint            kind)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), 0);
  g_return_val_if_fail (kind < N_FILTERS, 0);

  return filter_value (self, kind);
}

/* buurt-agenda-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-agenda-row.h"
#include "buurt-agenda-view-private.h"
#include "buurt-entities.h"

/*
 * The agenda: every date of every activity from a chosen day on, by day, with
 * filters (buurt-agenda-filters.c), a detail pane beside the list (or a page
 * of its own when narrow) and the actions on the chosen date
 * (buurt-agenda-view-actions.c).
 */

G_DEFINE_FINAL_TYPE (BuurtAgendaView, buurt_agenda_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_CANCELLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_page (BuurtAgendaView *self)
{
  const char *page = "list";

  if (self->model == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    {
      gboolean narrowed = buurt_agenda_filters_get_n_active (self->filters) > 0;

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
  buurt_agenda_view_update_actions (self);
}

/* Callbacks */

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

static void
filters_changed_cb (BuurtAgendaView *self)
{
  BuurtAgendaQuery filter = BUURT_AGENDA_QUERY_INIT (NULL);

  if (self->model == NULL)
    return;

  buurt_agenda_filters_get_query (self->filters, &filter);
  buurt_agenda_model_set_filter (self->model, &filter);
  update_page (self);
}

static void
day_selected_cb (BuurtAgendaView *self,
                 GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  gtk_menu_button_popdown (self->date_button);
  buurt_agenda_view_go_to_day (self, day);
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
                     BuurtDatabase   *database)
{
  if (g_str_equal (table, "activity"))
    buurt_agenda_view_update_review (self);

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

  g_clear_object (&self->current);
  g_clear_object (&self->current_activity);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
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
  g_type_ensure (BUURT_TYPE_AGENDA_FILTERS);

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
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, filters);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, detail);

  buurt_agenda_view_class_install_actions (widget_class);
}

static void
buurt_agenda_view_init (BuurtAgendaView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->show_cancelled = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_popover (self->filter_button,
                               GTK_WIDGET (buurt_agenda_filters_get_popover (self->filters)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->agenda_list, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->agenda_list, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filters, "changed", G_CALLBACK (filters_changed_cb), self,
                           G_CONNECT_SWAPPED);

  buurt_agenda_view_update_actions (self);
}

/**
 * buurt_agenda_view_set_database:
 * @database: the agenda to show
 * @settings: (nullable): where the filters are remembered, per database
 */
void
buurt_agenda_view_set_database (BuurtAgendaView *self,
                                BuurtDatabase   *database,
                                GSettings       *settings)
{
  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
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

  /* The remembered filters apply before the first rows are read. */
  buurt_agenda_filters_set_database (self->filters, database, settings);
  buurt_agenda_view_update_review (self);
  update_date_button (self);
  update_page (self);

  self->warm_search_id = g_idle_add_full (G_PRIORITY_LOW, warm_search_cb, self, NULL);
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
 * buurt_agenda_view_go_to_day:
 * @day: (nullable): a local date, "YYYY-MM-DD", or %NULL for today
 *
 * Shows the agenda from @day on, from its first row.
 */
void
buurt_agenda_view_go_to_day (BuurtAgendaView *self,
                             const char      *day)
{
  g_autofree char *today = NULL;

  if (self->model == NULL)
    return;

  if (day == NULL)
    day = today = buurt_today ();

  buurt_agenda_model_set_from_day (self->model, day);
  update_date_button (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->agenda_list), "list.scroll-to-item", "u", 0);
}

/* For tests */

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
 * @kind: a #BuurtAgendaFilter
 * @value: the id or enumeration value to show only, as the popover offers it
 *
 * Returns: whether the popover offers @value
 */
gboolean
buurt_agenda_view_set_filter (BuurtAgendaView *self,
                              guint            kind,
                              gint64           value)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), FALSE);

  return buurt_agenda_filters_select (self->filters, kind, value);
}

/**
 * buurt_agenda_view_get_filter_value:
 * @kind: a #BuurtAgendaFilter
 *
 * Returns: the id or enumeration value the filter of @kind shows only, or
 *   its "any" value
 */
gint64
buurt_agenda_view_get_filter_value (BuurtAgendaView *self,
                                    guint            kind)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), 0);

  return buurt_agenda_filters_get_value (self->filters, kind);
}

static guint
count_chips (GtkWidget *widget)
{
  guint n = gtk_widget_has_css_class (widget, "chip") ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_chips (child);

  return n;
}

/**
 * buurt_agenda_view_get_n_chips:
 *
 * Returns: how many filters in use the view shows as removable chips
 */
guint
buurt_agenda_view_get_n_chips (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), 0);

  return count_chips (GTK_WIDGET (self->filters));
}

/* buurt-agenda-filters.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-filters"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-filters.h"

/*
 * The agenda's filters: town, neighbourhood, venue, category, target group
 * and status. A popover chooses them (the agenda view puts it on its Filters
 * button); this widget shows those in use as chips that remove them. They
 * are remembered per agenda file: a dictionary in the settings from the
 * database id to the filters in use there, so another --database starts
 * without them. "changed" tells the view to show what they let through.
 */

/* A filter's choices live here; its dropdown gets them only when the
 * popover first opens: a dropdown of 250 venues builds a list row for each
 * of them, which would slow down opening the window. */
typedef struct
{
  GtkDropDown   *dropdown;      /* template widgets */
  GtkLabel      *label;
  GtkStringList *names;         /* item 0 is "any" */
  GArray        *values;        /* gint64 per item */
  guint          selected;
} Filter;

struct _BuurtAgendaFilters
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget     *chips_scroller;
  GtkBox        *chips;
  GtkPopover    *popover;

  /* Owned state */
  BuurtDatabase *database;
  GSettings     *settings;
  Filter         filters[BUURT_AGENDA_N_FILTERS]; /* their dropdown and label are in the template */
  gulong         places_changed_id;
  gboolean       filling;         /* the dropdowns change, not the user */
  gboolean       choices_shown;   /* the popover has opened once */
  gboolean       places_read;
};

G_DEFINE_FINAL_TYPE (BuurtAgendaFilters, buurt_agenda_filters, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The settings key, and each filter's name and "any" value in it. */
#define SETTINGS_KEY "agenda-filters"

static const char *filter_keys[BUURT_AGENDA_N_FILTERS] = {
  "kern", "neighbourhood", "venue", "category", "target-groups", "status",
};

static const gint64 any_values[BUURT_AGENDA_N_FILTERS] = { 0, 0, 0, -1, 0, -1 };

static gint64
filter_value (BuurtAgendaFilters *self,
              BuurtAgendaFilter   kind)
{
  Filter *filter = &self->filters[kind];

  if (filter->values->len == 0)
    return any_values[kind];
  if (filter->selected >= filter->values->len)
    return g_array_index (filter->values, gint64, 0);

  return g_array_index (filter->values, gint64, filter->selected);
}

static gboolean
filter_active (BuurtAgendaFilters *self,
               BuurtAgendaFilter   kind)
{
  return self->filters[kind].selected > 0;
}

/* Remembering, per database */

static const char *
database_id (BuurtAgendaFilters *self)
{
  if (self->settings == NULL || self->database == NULL)
    return NULL;

  return buurt_database_get_id (self->database);
}

/* What was remembered for this agenda file between runs. */
static gint64
remembered_value (BuurtAgendaFilters *self,
                  BuurtAgendaFilter   kind)
{
  const char *id = database_id (self);
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GVariant) mine = NULL;
  gint64 value;

  if (id == NULL)
    return any_values[kind];

  all = g_settings_get_value (self->settings, SETTINGS_KEY);
  mine = g_variant_lookup_value (all, id, G_VARIANT_TYPE ("a{sx}"));
  if (mine == NULL || !g_variant_lookup (mine, filter_keys[kind], "x", &value))
    return any_values[kind];

  return value;
}

/* Keeps the filters in use under this file's id, and forgets the file when
 * none are, so the dictionary holds only the files with filters. */
static void
remember (BuurtAgendaFilters *self)
{
  const char *id = database_id (self);
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GVariant) changed = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (id == NULL)
    return;

  all = g_settings_get_value (self->settings, SETTINGS_KEY);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sa{sx}}"));

  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "{&s@a{sx}}", &key, &value))
    {
      if (!g_str_equal (key, id))
        g_variant_builder_add (&builder, "{s@a{sx}}", key, value);
      g_variant_unref (value);
    }

  if (buurt_agenda_filters_get_n_active (self) > 0)
    {
      g_variant_builder_open (&builder, G_VARIANT_TYPE ("{sa{sx}}"));
      g_variant_builder_add (&builder, "s", id);
      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sx}"));
      for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
        if (filter_active (self, i))
          g_variant_builder_add (&builder, "{sx}", filter_keys[i], filter_value (self, i));
      g_variant_builder_close (&builder);
      g_variant_builder_close (&builder);
    }

  changed = g_variant_ref_sink (g_variant_builder_end (&builder));
  if (!g_variant_equal (changed, all))
    g_settings_set_value (self->settings, SETTINGS_KEY, changed);
}

/* Choices */

/* Hands a dropdown its choices, from when the popover first opens. */
static void
show_choices (BuurtAgendaFilters *self,
              BuurtAgendaFilter   kind)
{
  Filter *filter = &self->filters[kind];
  gboolean filling = self->filling;

  if (!self->choices_shown)
    return;

  self->filling = TRUE;
  if (gtk_drop_down_get_model (filter->dropdown) != G_LIST_MODEL (filter->names))
    gtk_drop_down_set_model (filter->dropdown, G_LIST_MODEL (filter->names));
  gtk_drop_down_set_selected (filter->dropdown, filter->selected);
  self->filling = filling;
}

/* Chooses item @position of a filter, without applying it yet. */
static void
select_item (BuurtAgendaFilters *self,
             BuurtAgendaFilter   kind,
             guint               position)
{
  self->filters[kind].selected = position;
  show_choices (self, kind);
}

/* Fills one filter: "any" first, then each item with its value. */
static void
fill_filter (BuurtAgendaFilters  *self,
             BuurtAgendaFilter    kind,
             const char          *any,
             const char         **names,
             const gint64        *values,
             guint                n,
             gint64               selected_value)
{
  Filter *filter = &self->filters[kind];
  guint selected = 0;

  g_clear_object (&filter->names);
  filter->names = gtk_string_list_new (NULL);
  g_array_set_size (filter->values, 0);
  gtk_string_list_append (filter->names, any);
  g_array_append_val (filter->values, any_values[kind]);

  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (filter->names, names[i]);
      g_array_append_val (filter->values, values[i]);
      if (values[i] == selected_value)
        selected = i + 1;
    }

  select_item (self, kind, selected);
}

static void
fill_entity_filter (BuurtAgendaFilters *self,
                    BuurtAgendaFilter   kind,
                    GType               type,
                    const char         *any,
                    gint64              selected_value)
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
      fill_filter (self, kind, any, NULL, NULL, 0, 0);
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

  fill_filter (self, kind, any, names, values, n, selected_value);
}

static void
fill_enum_filter (BuurtAgendaFilters *self,
                  BuurtAgendaFilter   kind,
                  GType               type,
                  const char         *any,
                  gint64              selected_value)
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

  fill_filter (self, kind, any, names, values, n, selected_value);
}

typedef gint64 (*ValueFunc) (BuurtAgendaFilters *self,
                             BuurtAgendaFilter   kind);

static void
fill_place_filters (BuurtAgendaFilters *self,
                    ValueFunc           value)
{
  fill_entity_filter (self, BUURT_AGENDA_FILTER_KERN, BUURT_TYPE_KERN, _("Every town"),
                      value (self, BUURT_AGENDA_FILTER_KERN));
  fill_entity_filter (self, BUURT_AGENDA_FILTER_NEIGHBOURHOOD, BUURT_TYPE_NEIGHBOURHOOD,
                      _("Every neighbourhood"), value (self, BUURT_AGENDA_FILTER_NEIGHBOURHOOD));
  fill_entity_filter (self, BUURT_AGENDA_FILTER_VENUE, BUURT_TYPE_VENUE, _("Every venue"),
                      value (self, BUURT_AGENDA_FILTER_VENUE));
}

/* Reads every place into the filters, once. */
static void
read_places (BuurtAgendaFilters *self)
{
  gboolean filling = self->filling;

  if (self->places_read || self->database == NULL)
    return;

  self->places_read = TRUE;
  self->filling = TRUE;
  fill_place_filters (self, filter_value);
  self->filling = filling;
}

/* Chips */

static void apply (BuurtAgendaFilters *self);

static void
remove_chip_cb (BuurtAgendaFilters *self,
                GtkButton          *button)
{
  BuurtAgendaFilter kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "filter"));

  select_item (self, kind, 0);
  apply (self);
}

static void
update_chips (BuurtAgendaFilters *self)
{
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_box_remove (self->chips, child);

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    {
      GtkWidget *button;
      GtkWidget *box;
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;

      if (!filter_active (self, i))
        continue;

      /* Translators: a filter in use, e.g. "Town: Dronten"; the chip shows
       * the label without its mnemonic underscore */
      text = g_strdup_printf (_("%s: %s"), gtk_label_get_text (self->filters[i].label),
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

/* What is chosen now takes effect: chips, settings, and the agenda. */
static void
apply (BuurtAgendaFilters *self)
{
  if (self->filling || self->database == NULL)
    return;

  update_chips (self);
  remember (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* (Re)reads every filter's choices, choosing the values @value gives. */
static void
fill_filters (BuurtAgendaFilters *self,
              ValueFunc           value)
{
  self->filling = TRUE;

  fill_place_filters (self, value);
  fill_enum_filter (self, BUURT_AGENDA_FILTER_CATEGORY, BUURT_TYPE_CATEGORY, _("Every category"),
                    value (self, BUURT_AGENDA_FILTER_CATEGORY));
  fill_enum_filter (self, BUURT_AGENDA_FILTER_TARGET_GROUP, BUURT_TYPE_TARGET_GROUP, _("Everybody"),
                    value (self, BUURT_AGENDA_FILTER_TARGET_GROUP));
  fill_enum_filter (self, BUURT_AGENDA_FILTER_STATUS, BUURT_TYPE_ACTIVITY_STATUS,
                    _("Any status but rejected"), value (self, BUURT_AGENDA_FILTER_STATUS));

  self->filling = FALSE;
  apply (self);
}

/* Callbacks */

static void
grid_map_cb (BuurtAgendaFilters *self)
{
  if (self->choices_shown)
    return;

  read_places (self);
  self->choices_shown = TRUE;
  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    show_choices (self, i);
}

/* A choice in a dropdown of the popover. */
static void
dropdown_selected_cb (BuurtAgendaFilters *self)
{
  if (self->filling)
    return;

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    if (gtk_drop_down_get_model (self->filters[i].dropdown) != NULL)
      self->filters[i].selected = gtk_drop_down_get_selected (self->filters[i].dropdown);
  apply (self);
}

static void
places_changed_cb (BuurtAgendaFilters *self,
                   const char         *table,
                   BuurtDatabase      *database)
{
  if (g_str_equal (table, "kern") || g_str_equal (table, "neighbourhood") ||
      g_str_equal (table, "venue"))
    fill_filters (self, filter_value);
}

/* GObject */

/* A filter's label and dropdown in the template are "<name>_label" and
 * "<name>_dropdown". */
static void
bind_filter (GtkWidgetClass    *widget_class,
             const char        *name,
             BuurtAgendaFilter  kind)
{
  g_autofree char *label = g_strconcat (name, "_label", NULL);
  g_autofree char *dropdown = g_strconcat (name, "_dropdown", NULL);
  gssize filter = G_STRUCT_OFFSET (BuurtAgendaFilters, filters) + kind * sizeof (Filter);

  gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (label), FALSE,
                                             filter + G_STRUCT_OFFSET (Filter, label));
  gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (dropdown), FALSE,
                                             filter + G_STRUCT_OFFSET (Filter, dropdown));
}

static void
buurt_agenda_filters_dispose (GObject *object)
{
  BuurtAgendaFilters *self = (BuurtAgendaFilters *) object;

  if (self->database != NULL)
    g_clear_signal_handler (&self->places_changed_id, self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_AGENDA_FILTERS);

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    {
      g_clear_pointer (&self->filters[i].values, g_array_unref);
      g_clear_object (&self->filters[i].names);
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_agenda_filters_parent_class)->dispose (object);
}

static void
buurt_agenda_filters_class_init (BuurtAgendaFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_agenda_filters_dispose;

  /**
   * BuurtAgendaFilters::changed:
   *
   * Emitted when other filters are in use: the agenda shows what they let
   * through.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-agenda-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaFilters, chips_scroller);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaFilters, chips);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaFilters, popover);
  bind_filter (widget_class, "kern", BUURT_AGENDA_FILTER_KERN);
  bind_filter (widget_class, "neighbourhood", BUURT_AGENDA_FILTER_NEIGHBOURHOOD);
  bind_filter (widget_class, "venue", BUURT_AGENDA_FILTER_VENUE);
  bind_filter (widget_class, "category", BUURT_AGENDA_FILTER_CATEGORY);
  bind_filter (widget_class, "target_group", BUURT_AGENDA_FILTER_TARGET_GROUP);
  bind_filter (widget_class, "status", BUURT_AGENDA_FILTER_STATUS);
  gtk_widget_class_bind_template_callback (widget_class, grid_map_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_selected_cb);
}

static void
buurt_agenda_filters_init (BuurtAgendaFilters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    {
      self->filters[i].names = gtk_string_list_new (NULL);
      self->filters[i].values = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
}

/**
 * buurt_agenda_filters_set_database:
 * @database: the agenda to filter
 * @settings: (nullable): where the filters in use are remembered, per
 *   database
 *
 * Reads the filters remembered for @database and applies them.
 */
void
buurt_agenda_filters_set_database (BuurtAgendaFilters *self,
                                   BuurtDatabase      *database,
                                   GSettings          *settings)
{
  g_return_if_fail (BUURT_IS_AGENDA_FILTERS (self));
  g_return_if_fail (BUURT_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  g_set_object (&self->settings, settings);
  self->places_changed_id = g_signal_connect_swapped (database, "changed",
                                                      G_CALLBACK (places_changed_cb), self);

  fill_filters (self, remembered_value);
}

/**
 * buurt_agenda_filters_get_popover:
 *
 * Returns: (transfer none): the popover that chooses the filters, for the
 *   view's Filters button
 */
GtkPopover *
buurt_agenda_filters_get_popover (BuurtAgendaFilters *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_FILTERS (self), NULL);

  return self->popover;
}

/**
 * buurt_agenda_filters_get_query:
 * @query: (out caller-allocates): an agenda query whose place, category,
 *   target group and status fields are set; its other fields are left alone
 */
void
buurt_agenda_filters_get_query (BuurtAgendaFilters *self,
                                BuurtAgendaQuery   *query)
{
  g_return_if_fail (BUURT_IS_AGENDA_FILTERS (self));
  g_return_if_fail (query != NULL);

  query->kern_id = filter_value (self, BUURT_AGENDA_FILTER_KERN);
  query->neighbourhood_id = filter_value (self, BUURT_AGENDA_FILTER_NEIGHBOURHOOD);
  query->venue_id = filter_value (self, BUURT_AGENDA_FILTER_VENUE);
  query->category = (int) filter_value (self, BUURT_AGENDA_FILTER_CATEGORY);
  query->target_groups = (guint) filter_value (self, BUURT_AGENDA_FILTER_TARGET_GROUP);
  query->status = (int) filter_value (self, BUURT_AGENDA_FILTER_STATUS);
}

/**
 * buurt_agenda_filters_get_n_active:
 *
 * Returns: how many filters are in use (each shown as a chip)
 */
guint
buurt_agenda_filters_get_n_active (BuurtAgendaFilters *self)
{
  guint n = 0;

  g_return_val_if_fail (BUURT_IS_AGENDA_FILTERS (self), 0);

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    n += filter_active (self, i) ? 1 : 0;

  return n;
}

/**
 * buurt_agenda_filters_clear:
 *
 * Stops using every filter.
 */
void
buurt_agenda_filters_clear (BuurtAgendaFilters *self)
{
  g_return_if_fail (BUURT_IS_AGENDA_FILTERS (self));

  for (guint i = 0; i < BUURT_AGENDA_N_FILTERS; i++)
    select_item (self, i, 0);
  apply (self);
}

/**
 * buurt_agenda_filters_select:
 * @filter: which filter
 * @value: the id or enumeration value to show only, as the popover offers it
 *
 * Chooses @value in the dropdown of @filter, as a user would.
 *
 * Returns: whether the dropdown offers @value
 */
gboolean
buurt_agenda_filters_select (BuurtAgendaFilters *self,
                             BuurtAgendaFilter   filter,
                             gint64              value)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_FILTERS (self), FALSE);
  g_return_val_if_fail (filter < BUURT_AGENDA_N_FILTERS, FALSE);

  read_places (self);

  for (guint i = 0; i < self->filters[filter].values->len; i++)
    if (g_array_index (self->filters[filter].values, gint64, i) == value)
      {
        select_item (self, filter, i);
        apply (self);
        return TRUE;
      }

  return FALSE;
}

/**
 * buurt_agenda_filters_get_value:
 * @filter: which filter
 *
 * Returns: the id or enumeration value @filter shows only, or its "any" value
 */
gint64
buurt_agenda_filters_get_value (BuurtAgendaFilters *self,
                                BuurtAgendaFilter   filter)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_FILTERS (self), 0);
  g_return_val_if_fail (filter < BUURT_AGENDA_N_FILTERS, 0);

  return filter_value (self, filter);
}

/* buurt-venues-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venues-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-section-header.h"
#include "buurt-venues-view-private.h"

/*
 * The inventory of meeting places: venues by town, searched as you type and
 * filtered by kind, accessibility, facility and commercial or not. A venue
 * opens its page with its rooms; a room opens its week. The actions (add,
 * edit, delete with undo, find a free room) are in buurt-venues-view-actions.c.
 */

G_DEFINE_FINAL_TYPE (BuurtVenuesView, buurt_venues_view, GTK_TYPE_WIDGET)

static const char *
row_town (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "town");
}

/* A town header above the first venue of each town. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *town = row_town (row);

  buurt_section_header_update (row, before == NULL || g_strcmp0 (row_town (before), town) != 0,
                               town != NULL ? town : _("Elsewhere"));
}

/* "MFC · De Gilden · 3 rooms · up to 120 people" */
static char *
describe_venue (BuurtVenueSummary *summary)
{
  BuurtEntity *venue = BUURT_ENTITY (buurt_venue_summary_get_venue (summary));
  guint n_rooms = buurt_venue_summary_get_n_rooms (summary);
  guint capacity = buurt_venue_summary_get_max_capacity (summary);
  const char *neighbourhood = buurt_venue_summary_get_neighbourhood (summary);
  g_autoptr(GString) text = g_string_new (buurt_enum_to_label (BUURT_TYPE_VENUE_KIND,
                                                                buurt_entity_get_enum (venue, "kind")));

  if (neighbourhood != NULL)
    g_string_append_printf (text, " · %s", neighbourhood);
  g_string_append (text, " · ");
  g_string_append_printf (text, ngettext ("%u room", "%u rooms", n_rooms), n_rooms);
  if (capacity > 0)
    {
      g_string_append (text, " · ");
      /* Translators: the largest room of a venue holds this many people */
      g_string_append_printf (text, ngettext ("up to %u person", "up to %u people", capacity), capacity);
    }
  if (buurt_entity_get_boolean (venue, "commercial"))
    g_string_append_printf (text, " · %s", _("commercial"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_access_icon (GtkWidget  *row,
                 const char *icon_name,
                 const char *label)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (icon, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
}

static void
read_filter (BuurtVenuesView  *self,
             BuurtVenueFilter *filter)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint commercial = gtk_drop_down_get_selected (self->commercial_dropdown);

  filter->search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter->kind = kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1;
  filter->commercial = commercial == 1 ? 0 : commercial == 2 ? 1 : -1;
  filter->access = 0;
  filter->facilities = 0;
  for (guint bit = 0; bit < G_N_ELEMENTS (self->access_checks); bit++)
    if (gtk_check_button_get_active (self->access_checks[bit]))
      filter->access |= 1u << bit;
  for (guint bit = 0; bit < G_N_ELEMENTS (self->facility_checks); bit++)
    if (self->facility_checks[bit] != NULL && gtk_check_button_get_active (self->facility_checks[bit]))
      filter->facilities |= 1u << bit;
}

static gboolean
filtered (const BuurtVenueFilter *filter)
{
  return (filter->search != NULL && *filter->search != '\0') || filter->kind >= 0 ||
         filter->commercial >= 0 || filter->access != 0 || filter->facilities != 0;
}

static void
update_filter_label (BuurtVenuesView        *self,
                     const BuurtVenueFilter *filter)
{
  g_autofree char *label = NULL;
  guint n = (filter->kind >= 0) + (filter->commercial >= 0);

  for (guint bit = 0; bit < 32; bit++)
    n += ((filter->access >> bit) & 1) + ((filter->facilities >> bit) & 1);
  if (n == 0)
    label = g_strdup (_("_Filters"));
  else
    /* Translators: the filter button when filters are on; %u counts them */
    label = g_strdup_printf (ngettext ("_Filters (%u)", "_Filters (%u)", n), n);
  gtk_menu_button_set_label (self->filter_button, label);
  gtk_menu_button_set_use_underline (self->filter_button, TRUE);
}

/**
 * buurt_venues_view_reload:
 *
 * Reads the list anew with the search and filters, and the venue or room
 * page that is open.
 */
void
buurt_venues_view_reload (BuurtVenuesView *self)
{
  g_autoptr(GError) error = NULL;
  BuurtVenueFilter filter;
  BuurtVenueFilter everything = { .kind = -1, .commercial = -1 };
  const char *page;
  GtkWidget *child;

  if (self->database == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_clear_object (&self->venues);

  read_filter (self, &filter);
  update_filter_label (self, &filter);
  self->venues = buurt_database_list_venue_summaries (self->database, &filter, &error);
  if (self->venues == NULL)
    {
      g_warning ("Could not read the venues: %s", error->message);
      return;
    }

  self->n_rows = g_list_model_get_n_items (self->venues);
  if (!filtered (&filter))
    self->n_venues = self->n_rows;
  else
    {
      g_autoptr(GListModel) all = buurt_database_list_venue_summaries (self->database, &everything, NULL);

      self->n_venues = all != NULL ? g_list_model_get_n_items (all) : 0;
    }

  for (guint i = 0; i < self->n_rows; i++)
    {
      g_autoptr(BuurtVenueSummary) summary = g_list_model_get_item (self->venues, i);
      BuurtEntity *venue = BUURT_ENTITY (buurt_venue_summary_get_venue (summary));
      g_autofree char *subtitle = describe_venue (summary);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_entity_get_string (venue, "name"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* Accessibility in icons with names, never colour alone. */
      if (buurt_entity_get_boolean (venue, "step-free"))
        add_access_icon (row, "preferences-desktop-accessibility-symbolic", _("Step-free access"));
      if (buurt_entity_get_boolean (venue, "hearing-loop"))
        add_access_icon (row, "audio-volume-high-symbolic", _("Hearing loop"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "town", g_strdup (buurt_venue_summary_get_town (summary)), g_free);
      g_object_set_data_full (G_OBJECT (row), "venue-id",
                              g_memdup2 (&(gint64) { buurt_entity_get_id (venue) }, sizeof (gint64)), g_free);
      gtk_list_box_append (self->list_box, row);
    }

  buurt_venues_view_count_conflicts (self);
  gtk_stack_set_visible_child_name (self->stack, self->n_venues > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, self->n_rows > 0 ? "list" : "no-results");

  page = adw_leaflet_get_visible_child_name (self->leaflet);
  if (g_strcmp0 (page, "venue") == 0)
    buurt_venue_detail_show (self->detail, self->database, buurt_venue_detail_get_venue_id (self->detail));
  else if (g_strcmp0 (page, "room") == 0)
    buurt_room_week_reload (self->week);
}

static void
reload (GtkWidget *view)
{
  buurt_venues_view_reload (BUURT_VENUES_VIEW (view));
}

static void
activity_changed_cb (BuurtVenuesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self->week)))
    buurt_room_week_reload (self->week);
}

static void
search_changed_cb (BuurtVenuesView *self)
{
  buurt_venues_view_reload (self);
}

static void
filter_changed_cb (BuurtVenuesView *self)
{
  buurt_venues_view_reload (self);
}

static void
row_activated_cb (BuurtVenuesView *self,
                  GtkListBoxRow   *row)
{
  gint64 *venue_id = g_object_get_data (G_OBJECT (row), "venue-id");

  if (venue_id != NULL)
    buurt_venues_view_show_venue (self, *venue_id);
}

static GtkCheckButton *
add_filter_check (BuurtVenuesView *self,
                  const char      *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_signal_connect_object (check, "toggled", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->filter_box, check);
  return GTK_CHECK_BUTTON (check);
}

static GtkWidget *
add_filter_heading (BuurtVenuesView *self,
                    const char      *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->filter_box, label);
  return label;
}

static GtkDropDown *
add_filter_dropdown (BuurtVenuesView    *self,
                     const char         *label,
                     const char * const *items)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  /* The heading names the dropdown and its parts (buurt-accessible.c). */
  gtk_label_set_mnemonic_widget (GTK_LABEL (add_filter_heading (self, label)), dropdown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->filter_box, dropdown);
  return GTK_DROP_DOWN (dropdown);
}

static void
build_filters (BuurtVenuesView *self)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (BUURT_TYPE_VENUE_KIND);
  g_autoptr(GFlagsClass) facilities = g_type_class_ref (BUURT_TYPE_FACILITY);
  g_autoptr(GPtrArray) kind_labels = g_ptr_array_new ();
  const char *commercial[] = { _("Commercial or not"), _("Non-commercial only"), _("Commercial only"), NULL };
  GtkWidget *clear;

  g_ptr_array_add (kind_labels, (gpointer) _("Any kind"));
  for (guint i = 0; i < kinds->n_values; i++)
    g_ptr_array_add (kind_labels, (gpointer) buurt_enum_to_label (BUURT_TYPE_VENUE_KIND, kinds->values[i].value));
  g_ptr_array_add (kind_labels, NULL);

  self->kind_dropdown = add_filter_dropdown (self, _("Kind"), (const char * const *) kind_labels->pdata);
  self->commercial_dropdown = add_filter_dropdown (self, _("Commercial"), commercial);

  add_filter_heading (self, _("Accessibility"));
  self->access_checks[0] = add_filter_check (self, _("Step-free access"));
  self->access_checks[1] = add_filter_check (self, _("Accessible toilet"));
  self->access_checks[2] = add_filter_check (self, _("Hearing loop"));

  add_filter_heading (self, _("A room with"));
  for (guint i = 0; i < facilities->n_values; i++)
    {
      guint value = facilities->values[i].value;
      guint bit = g_bit_nth_lsf (value, -1);

      if (value != 0 && bit < G_N_ELEMENTS (self->facility_checks))
        self->facility_checks[bit] = add_filter_check (self, buurt_enum_to_label (BUURT_TYPE_FACILITY, value));
    }

  clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "venues.clear-filters");
  gtk_widget_set_margin_top (clear, 6);
  gtk_box_append (self->filter_box, clear);
}

/**
 * buurt_venues_view_clear_filters:
 *
 * Shows every venue again: no search, no filters.
 */
void
buurt_venues_view_clear_filters (BuurtVenuesView *self)
{
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);

  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->commercial_dropdown, 0);
  for (guint bit = 0; bit < G_N_ELEMENTS (self->access_checks); bit++)
    gtk_check_button_set_active (self->access_checks[bit], FALSE);
  for (guint bit = 0; bit < G_N_ELEMENTS (self->facility_checks); bit++)
    if (self->facility_checks[bit] != NULL)
      gtk_check_button_set_active (self->facility_checks[bit], FALSE);
  buurt_venues_view_reload (self);
}

/**
 * buurt_venues_view_show_venue:
 *
 * Opens the page of @venue_id.
 */
void
buurt_venues_view_show_venue (BuurtVenuesView *self,
                              gint64           venue_id)
{
  g_return_if_fail (BUURT_IS_VENUES_VIEW (self));

  buurt_venue_detail_show (self->detail, self->database, venue_id);
  adw_leaflet_set_visible_child_name (self->leaflet, "venue");
}

/**
 * buurt_venues_view_show_room:
 *
 * Opens the week of @room_id, this week.
 */
void
buurt_venues_view_show_room (BuurtVenuesView *self,
                             gint64           room_id)
{
  g_return_if_fail (BUURT_IS_VENUES_VIEW (self));

  buurt_room_week_show_room (self->week, room_id, NULL);
  adw_leaflet_set_visible_child_name (self->leaflet, "room");
}

static void
buurt_venues_view_dispose (GObject *object)
{
  BuurtVenuesView *self = (BuurtVenuesView *) object;

  g_cancellable_cancel (self->conflicts_cancellable);
  g_clear_object (&self->conflicts_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_VENUES_VIEW);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->reloader);
  g_clear_object (&self->database);
  g_clear_object (&self->venues);
  g_clear_object (&self->last_removal);

  G_OBJECT_CLASS (buurt_venues_view_parent_class)->dispose (object);
}

static void
buurt_venues_view_class_init (BuurtVenuesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_venues_view_dispose;

  g_type_ensure (BUURT_TYPE_VENUE_DETAIL);
  g_type_ensure (BUURT_TYPE_ROOM_WEEK);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-venues-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, list_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, detail);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, week);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, conflicts_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, conflicts_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  buurt_venues_view_class_install_actions (widget_class);
}

static void
buurt_venues_view_init (BuurtVenuesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reloader = buurt_view_reloader_new (GTK_WIDGET (self), reload);
  gtk_list_box_set_header_func (self->list_box, header_func, NULL, NULL);
  build_filters (self);
}

/**
 * buurt_venues_view_set_database:
 * @database: the agenda whose venues to show
 */
void
buurt_venues_view_set_database (BuurtVenuesView *self,
                                BuurtDatabase   *database)
{
  g_return_if_fail (BUURT_IS_VENUES_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  buurt_room_week_set_database (self->week, database);
  /* The venues, their rooms and the towns they are grouped by; an activity
   * changes only the room's week, when it is open. */
  buurt_view_reloader_watch (self->reloader, database,
                             (const char *[]) { "venue", "room", "neighbourhood", "kern", NULL });
  g_signal_connect_object (database, "changed::activity", G_CALLBACK (activity_changed_cb), self,
                           G_CONNECT_SWAPPED);
  buurt_view_reloader_queue (self->reloader);
}

/**
 * buurt_venues_view_get_page:
 *
 * Returns: (transfer none): what the view shows: "empty", "list",
 *   "no-results", "venue" or "room"
 */
const char *
buurt_venues_view_get_page (BuurtVenuesView *self)
{
  const char *page;

  g_return_val_if_fail (BUURT_IS_VENUES_VIEW (self), NULL);

  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "list") != 0)
    return page;
  page = adw_leaflet_get_visible_child_name (self->leaflet);
  if (g_strcmp0 (page, "venues") != 0)
    return page;
  return gtk_stack_get_visible_child_name (self->list_stack);
}

guint
buurt_venues_view_get_n_rows (BuurtVenuesView *self)
{
  g_return_val_if_fail (BUURT_IS_VENUES_VIEW (self), 0);

  return self->n_rows;
}

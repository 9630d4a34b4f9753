/* buurt-venue-detail.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venue-detail"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-database-venues.h"
#include "buurt-venue-detail.h"

/* One venue: its rooms first (what people come for), then address and
 * contact as links, accessibility in words, and its opening hours. */
struct _BuurtVenueDetail
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkButton            *back_button;
  AdwPreferencesGroup  *rooms_group;
  AdwPreferencesGroup  *contact_group;
  AdwPreferencesGroup  *access_group;
  AdwPreferencesGroup  *hours_group;

  /* Owned state */
  GPtrArray *rows;      /* (element-type GtkWidget): rows to remove on reload */
  gint64     venue_id;
  guint      n_rooms;
};

G_DEFINE_FINAL_TYPE (BuurtVenueDetail, buurt_venue_detail, GTK_TYPE_WIDGET)

/**
 * buurt_venue_weekday_name:
 * @weekday: 1 (Monday) to 7
 *
 * Returns: (transfer full): the weekday's name in the user's language
 */
char *
buurt_venue_weekday_name (guint weekday)
{
  /* 1 January 2024 was a Monday. */
  g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, weekday, 12, 0, 0);
  g_autofree char *name = g_date_time_format (day, "%A");
  g_autofree char *first = g_utf8_strup (name, g_utf8_next_char (name) - name);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

static GtkWidget *
add_row (BuurtVenueDetail    *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* A long value (notes) reads below its title, a short one beside it. */
  if (value != NULL && g_utf8_strlen (value, -1) > 40)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  else if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* Phone, e-mail and website open in the desktop's own program. */
static void
add_link_row (BuurtVenueDetail *self,
              const char       *title,
              const char       *scheme,
              const char       *value)
{
  g_autofree char *uri = NULL;
  g_autofree char *stripped = NULL;
  GtkWidget *row;
  GtkWidget *link;

  if (value == NULL || *value == '\0')
    return;

  if (g_str_equal (scheme, "tel:"))
    {
      GString *digits = g_string_new (NULL);

      for (const char *p = value; *p != '\0'; p++)
        if (g_ascii_isdigit (*p) || *p == '+')
          g_string_append_c (digits, *p);
      stripped = g_string_free (digits, FALSE);
      uri = g_strconcat (scheme, stripped, NULL);
    }
  else if (*scheme != '\0')
    uri = g_strconcat (scheme, value, NULL);
  else
    uri = g_str_has_prefix (value, "http") ? g_strdup (value) : g_strconcat ("https://", value, NULL);

  row = add_row (self, self->contact_group, title, NULL);
  link = gtk_link_button_new_with_label (uri, value);
  gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
}

static char *
describe_room (BuurtEntity *room)
{
  guint facilities = buurt_entity_get_enum (room, "facilities");
  gint64 rate = buurt_entity_get_int (room, "rate-cents");
  gint64 capacity = buurt_entity_get_int (room, "capacity");
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("Up to %u person", "Up to %u people", (guint) capacity),
                          (guint) capacity);
  if (facilities != 0)
    {
      g_autofree char *names = buurt_flags_to_label (BUURT_TYPE_FACILITY, facilities);

      g_string_append_printf (text, " · %s", names);
    }
  if (rate > 0)
    {
      g_autofree char *money = buurt_money_format (rate);

      /* Translators: the rate of a room for resident initiatives, e.g. "€ 12,50 for initiatives" */
      g_string_append_printf (text, _(" · %s for initiatives"), money);
    }
  else
    g_string_append (text, _(" · free for initiatives"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
room_button (const char *icon,
             const char *action,
             gint64      room_id,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", room_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static void
fill_rooms (BuurtVenueDetail *self,
            BuurtDatabase    *database)
{
  g_autoptr(GListModel) rooms = buurt_database_list_rooms_of_venue (database, self->venue_id, NULL);

  self->n_rooms = rooms != NULL ? g_list_model_get_n_items (rooms) : 0;
  if (self->n_rooms == 0)
    add_row (self, self->rooms_group, _("No rooms yet: add the rooms people can book."), NULL);

  for (guint i = 0; i < self->n_rooms; i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);
      const char *name = buurt_entity_get_string (room, "name");
      gint64 id = buurt_entity_get_id (room);
      g_autofree char *subtitle = describe_room (room);
      /* Translators: buttons of a room in a venue; %s is the room's name */
      g_autofree char *week = g_strdup_printf (_("Week of %s"), name);
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), name);
      g_autofree char *delete = g_strdup_printf (_("Delete %s"), name);
      g_autofree char *merge = g_strdup_printf (_("Merge %s with another room"), name);
      GtkWidget *row = add_row (self, self->rooms_group, name, NULL);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), room_button ("x-office-calendar-symbolic", "venues.open-room", id, week));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), room_button ("document-edit-symbolic", "venues.edit-room", id, edit));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), room_button ("edit-copy-symbolic", "venues.merge-room", id, merge));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), room_button ("user-trash-symbolic", "venues.delete-room", id, delete));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "venues.open-room");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
}

static void
fill_hours (BuurtVenueDetail *self,
            const char       *hours)
{
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *name = buurt_venue_weekday_name (weekday);
      g_autofree char *span = NULL;
      int opens, closes;

      if (buurt_opening_hours_get_day (hours, weekday, &opens, &closes))
        span = g_strdup_printf ("%02d:%02d–%02d:%02d", opens / 60, opens % 60, closes / 60, closes % 60);
      else
        span = g_strdup (_("Closed"));
      add_row (self, self->hours_group, name, span);
    }
}

static void
buurt_venue_detail_dispose (GObject *object)
{
  BuurtVenueDetail *self = (BuurtVenueDetail *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_VENUE_DETAIL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_venue_detail_parent_class)->dispose (object);
}

static void
buurt_venue_detail_class_init (BuurtVenueDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_venue_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-venue-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, back_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, rooms_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, contact_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, access_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueDetail, hours_group);
}

static void
buurt_venue_detail_init (BuurtVenueDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * buurt_venue_detail_show:
 *
 * Shows the venue @venue_id as it is in @database now.
 */
void
buurt_venue_detail_show (BuurtVenueDetail *self,
                         BuurtDatabase    *database,
                         gint64            venue_id)
{
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(BuurtEntity) neighbourhood = NULL;
  g_autoptr(BuurtEntity) kern = NULL;
  g_autofree char *address = NULL;
  g_autofree char *place = NULL;
  const char *postcode;
  const char *notes;
  gint64 neighbourhood_id;

  g_return_if_fail (BUURT_IS_VENUE_DETAIL (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  self->venue_id = venue_id;
  venue = buurt_database_load (database, BUURT_TYPE_VENUE, venue_id, NULL);
  if (venue == NULL)
    {
      gtk_label_set_text (self->title_label, _("This venue is no longer in the agenda."));
      self->n_rooms = 0;
      return;
    }

  gtk_label_set_text (self->title_label, buurt_entity_get_string (venue, "name"));
  fill_rooms (self, database);

  neighbourhood_id = buurt_entity_get_int (venue, "neighbourhood-id");
  if (neighbourhood_id != 0)
    neighbourhood = buurt_database_load (database, BUURT_TYPE_NEIGHBOURHOOD, neighbourhood_id, NULL);
  if (neighbourhood != NULL)
    kern = buurt_database_load (database, BUURT_TYPE_KERN, buurt_entity_get_int (neighbourhood, "kern-id"), NULL);

  add_row (self, self->contact_group, _("Kind"),
           buurt_enum_to_label (BUURT_TYPE_VENUE_KIND, buurt_entity_get_enum (venue, "kind")));
  postcode = buurt_entity_get_string (venue, "postcode");
  address = g_strdup (buurt_entity_get_string (venue, "address"));
  if (address != NULL && postcode != NULL)
    {
      g_autofree char *street = g_steal_pointer (&address);

      address = g_strdup_printf ("%s, %s", street, postcode);
    }
  else if (postcode != NULL)
    address = g_strdup (postcode);
  if (address != NULL)
    add_row (self, self->contact_group, _("Address"), address);
  if (neighbourhood != NULL)
    {
      /* Translators: neighbourhood and town, e.g. "De Gilden, Dronten" */
      place = g_strdup_printf (_("%s, %s"), buurt_entity_get_string (neighbourhood, "name"),
                               kern != NULL ? buurt_entity_get_string (kern, "name") : "");
      add_row (self, self->contact_group, _("Neighbourhood"), place);
    }
  add_link_row (self, _("Phone"), "tel:", buurt_entity_get_string (venue, "phone"));
  add_link_row (self, _("E-mail"), "mailto:", buurt_entity_get_string (venue, "email"));
  add_link_row (self, _("Website"), "", buurt_entity_get_string (venue, "website"));
  add_row (self, self->contact_group, _("Commercial"),
           buurt_entity_get_boolean (venue, "commercial") ? _("Yes, a business") : _("No, non-commercial"));
  notes = buurt_entity_get_string (venue, "notes");
  if (notes != NULL && *notes != '\0')
    add_row (self, self->contact_group, _("Notes"), notes);

  add_row (self, self->access_group, _("Step-free access"),
           buurt_entity_get_boolean (venue, "step-free") ? _("Yes") : _("No"));
  add_row (self, self->access_group, _("Accessible toilet"),
           buurt_entity_get_boolean (venue, "accessible-toilet") ? _("Yes") : _("No"));
  add_row (self, self->access_group, _("Hearing loop"),
           buurt_entity_get_boolean (venue, "hearing-loop") ? _("Yes") : _("No"));

  fill_hours (self, buurt_entity_get_string (venue, "opening-hours"));
}

gint64
buurt_venue_detail_get_venue_id (BuurtVenueDetail *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_DETAIL (self), 0);
  return self->venue_id;
}

guint
buurt_venue_detail_get_n_rooms (BuurtVenueDetail *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_DETAIL (self), 0);
  return self->n_rooms;
}

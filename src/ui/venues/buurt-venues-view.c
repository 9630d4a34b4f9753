/* buurt-venues-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venues-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-venues-view.h"
#include "buurt-entities.h"
#include "buurt-section-header.h"
#include "buurt-view-reloader.h"

/* The meeting places of the community, by town, with their rooms. */
struct _BuurtVenuesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack   *stack;
  GtkListBox *list_box;

  /* Owned state */
  BuurtDatabase     *database;
  BuurtViewReloader *reloader;  /* reads the list when shown, after a change */
  guint              n_rows;
};

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

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  int by_town = g_utf8_collate (row_town (a) ? row_town (a) : "\xff", row_town (b) ? row_town (b) : "\xff");

  if (by_town != 0)
    return by_town;
  return g_utf8_collate (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (a)),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (b)));
}

static char *
describe_venue (BuurtEntity *venue,
                guint        n_rooms)
{
  const char *kind = buurt_enum_to_label (BUURT_TYPE_VENUE_KIND, buurt_entity_get_enum (venue, "kind"));
  const char *address = buurt_entity_get_string (venue, "address");
  g_autofree char *rooms = g_strdup_printf (ngettext ("%u room", "%u rooms", n_rooms), n_rooms);

  if (address != NULL)
    /* Translators: kind of venue, address and number of rooms, e.g. "Church · Kerkstraat 1 · 2 rooms" */
    return g_strdup_printf (_("%s · %s · %s"), kind, address, rooms);

  /* Translators: kind of venue and number of rooms, e.g. "Church · 2 rooms" */
  return g_strdup_printf (_("%s · %s"), kind, rooms);
}

/* Reads the list anew; the reloader calls it while the view is on screen. */
static void
reload (GtkWidget *view)
{
  BuurtVenuesView *self = BUURT_VENUES_VIEW (view);
  g_autoptr(GListModel) venues = NULL;
  g_autoptr(GListModel) rooms = NULL;
  g_autoptr(GListModel) neighbourhoods = NULL;
  g_autoptr(GListModel) kernen = NULL;
  g_autoptr(GHashTable) kern_names = NULL;
  g_autoptr(GHashTable) rooms_per_venue = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) kern_of_neighbourhood = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if ((venues = buurt_database_list (self->database, BUURT_TYPE_VENUE, &error)) == NULL ||
      (rooms = buurt_database_list (self->database, BUURT_TYPE_ROOM, &error)) == NULL ||
      (neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, &error)) == NULL ||
      (kernen = buurt_database_list (self->database, BUURT_TYPE_KERN, &error)) == NULL)
    {
      g_warning ("Could not read the venues: %s", error->message);
      return;
    }

  kern_names = buurt_entity_index_names (kernen, "name");

  for (guint i = 0; i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BuurtEntity) n = g_list_model_get_item (neighbourhoods, i);

      g_hash_table_insert (kern_of_neighbourhood,
                           g_memdup2 (&(gint64) { buurt_entity_get_id (n) }, sizeof (gint64)),
                           g_memdup2 (&(gint64) { buurt_entity_get_int (n, "kern-id") }, sizeof (gint64)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (rooms, i);
      gint64 venue_id = buurt_entity_get_int (room, "venue-id");
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (rooms_per_venue, &venue_id));

      g_hash_table_insert (rooms_per_venue, g_memdup2 (&venue_id, sizeof venue_id),
                           GUINT_TO_POINTER (n + 1));
    }

  self->n_rows = g_list_model_get_n_items (venues);
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_autoptr(BuurtEntity) venue = g_list_model_get_item (venues, i);
      gint64 venue_id = buurt_entity_get_id (venue);
      gint64 neighbourhood_id = buurt_entity_get_int (venue, "neighbourhood-id");
      gint64 *kern_id = g_hash_table_lookup (kern_of_neighbourhood, &neighbourhood_id);
      const char *town = kern_id != NULL ? g_hash_table_lookup (kern_names, kern_id) : NULL;
      guint n_rooms = GPOINTER_TO_UINT (g_hash_table_lookup (rooms_per_venue, &venue_id));
      g_autofree char *subtitle = describe_venue (venue, n_rooms);
      GtkWidget *row = adw_action_row_new ();

      /* There is no page of its own to open yet: the row is read, not pressed. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_entity_get_string (venue, "name"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (buurt_entity_get_boolean (venue, "step-free"))
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("preferences-desktop-accessibility-symbolic");

          gtk_widget_set_tooltip_text (icon, _("Step-free access"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Step-free access"),
                                          -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      g_object_set_data_full (G_OBJECT (row), "town", g_strdup (town), g_free);
      gtk_list_box_append (self->list_box, row);
    }

  gtk_list_box_invalidate_sort (self->list_box);
  gtk_stack_set_visible_child_name (self->stack, self->n_rows > 0 ? "list" : "empty");
}

static void
buurt_venues_view_dispose (GObject *object)
{
  BuurtVenuesView *self = (BuurtVenuesView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_VENUES_VIEW);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->reloader);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_venues_view_parent_class)->dispose (object);
}

static void
buurt_venues_view_class_init (BuurtVenuesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_venues_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-venues-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenuesView, list_box);
}

static void
buurt_venues_view_init (BuurtVenuesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reloader = buurt_view_reloader_new (GTK_WIDGET (self), reload);
  gtk_list_box_set_header_func (self->list_box, header_func, NULL, NULL);
  gtk_list_box_set_sort_func (self->list_box, sort_rows, NULL, NULL);
}

/**
 * buurt_venues_view_set_database:
 * @database: the agenda whose venues to show
 */
void
buurt_venues_view_set_database (BuurtVenuesView *self,
                             BuurtDatabase      *database)
{
  g_return_if_fail (BUURT_IS_VENUES_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  /* The venues, their rooms, and the towns they are grouped by. */
  buurt_view_reloader_watch (self->reloader, database,
                             (const char *[]) { "venue", "room", "neighbourhood", "kern", NULL });
  buurt_view_reloader_queue (self->reloader);
}

/**
 * buurt_venues_view_get_page:
 *
 * Returns: (transfer none): what the view shows: "empty" or "list"
 */
const char *
buurt_venues_view_get_page (BuurtVenuesView *self)
{
  g_return_val_if_fail (BUURT_IS_VENUES_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

guint
buurt_venues_view_get_n_rows (BuurtVenuesView *self)
{
  g_return_val_if_fail (BUURT_IS_VENUES_VIEW (self), 0);

  return self->n_rows;
}

/* buurt-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-window-private.h"
#include "buurt-agenda-view.h"
#include "buurt-closures-window.h"
#include "buurt-contacts-window.h"
#include "buurt-funders-window.h"
#include "buurt-initiatives-view.h"
#include "buurt-example-data.h"
#include "buurt-entities.h"
#include "buurt-venues-view.h"

struct _BuurtWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwViewStack         *view_stack;
  AdwToastOverlay      *toast_overlay;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  BuurtAgendaView      *agenda_view;
  BuurtInitiativesView *initiatives_view;
  BuurtVenuesView      *venues_view;

  /* Owned state */
  BuurtDatabase           *database;
  GSettings            *settings;
  GCancellable         *loading;  /* set while example data is being loaded */
};

G_DEFINE_FINAL_TYPE (BuurtWindow, buurt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (BuurtWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "load-example-data");
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  /* Example data goes only into an agenda known to be empty. */
  if (!buurt_database_is_empty (self->database, &empty, &error))
    g_warning ("Could not read the agenda: %s", error->message);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->loading == NULL && empty);
}

static void
load_example_data_done (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(BuurtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 n;

  g_clear_object (&self->loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  n = buurt_example_data_load_finish (BUURT_DATABASE (source_object), result, &error);
  if (n < 0)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup (error->message);
    }
  else
    {
      message = g_strdup_printf (ngettext ("Example data loaded: %'zd activity date",
                                           "Example data loaded: %'zd activity dates", n),
                                 (gssize) n);
    }

  update_actions (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
load_example_data_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  BuurtWindow *self = user_data;

  if (self->loading != NULL)
    return;

  self->loading = g_cancellable_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  update_actions (self);

  buurt_example_data_load_async (self->database, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                                 self->loading, load_example_data_done, g_object_ref (self));
}

/* The agenda's closures: holidays, renovations. */
static void
closures_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  BuurtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (buurt_closures_window_new (GTK_WINDOW (self), self->database)));
}

static void
view_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BuurtWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BuurtWindow *self = user_data;

  const char *view = buurt_window_get_visible_view (self);
  g_autofree char *view_action = g_strdup_printf ("%s.search", view);

  /* A view with a search of its own (the Initiatives) searches there. */
  if (!g_str_equal (view, "agenda") &&
      gtk_widget_activate_action (buurt_window_get_view (self, view), view_action, NULL))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "agenda");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  BuurtWindow *self = user_data;
  const char *view = buurt_window_get_visible_view (self);
  g_autofree char *view_action = g_strdup_printf ("%s.new", view);

  /* Each view knows what "new" means for it; where a view has nothing to
   * add yet, a new activity is what is asked for most. */
  if (!gtk_widget_activate_action (buurt_window_get_view (self, view), view_action, NULL))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "agenda");
      gtk_widget_activate_action (GTK_WIDGET (self->agenda_view), "agenda.new", NULL);
    }
}

static void
clear_search_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  BuurtWindow *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
contacts_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  BuurtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (buurt_contacts_window_new (GTK_WINDOW (self), self->database)));
}

static void
funders_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  BuurtWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (buurt_funders_window_new (GTK_WINDOW (self), self->database)));
}

static const GActionEntry win_actions[] = {
  { "contacts", contacts_activated },
  { "funders", funders_activated },
  { "clear-search", clear_search_activated },
  { "load-example-data", load_example_data_activated },
  { "closures", closures_activated },
  { "view", view_activated, "s" },
  { "search", search_activated },
  { "new", new_activated },
};

static void
search_changed_cb (BuurtWindow    *self,
                   GtkSearchEntry *entry)
{
  buurt_agenda_view_set_search (self->agenda_view, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_mode_cb (BuurtWindow  *self,
                GParamSpec   *pspec,
                GtkSearchBar *bar)
{
  if (!gtk_search_bar_get_search_mode (bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
database_changed_cb (BuurtWindow *self,
                  const char  *table,
                  BuurtDatabase  *database)
{
  update_actions (self);
}

static gboolean
buurt_window_close_request (GtkWindow *window)
{
  BuurtWindow *self = BUURT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-view", buurt_window_get_visible_view (self));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);

  return GTK_WINDOW_CLASS (buurt_window_parent_class)->close_request (window);
}

static void
buurt_window_constructed (GObject *object)
{
  BuurtWindow *self = BUURT_WINDOW (object);
  g_autofree char *last_view = NULL;

  G_OBJECT_CLASS (buurt_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_view = g_settings_get_string (self->settings, "last-view");
  adw_view_stack_set_visible_child_name (self->view_stack, last_view);

  buurt_agenda_view_set_database (self->agenda_view, self->database, self->settings);
  buurt_initiatives_view_set_database (self->initiatives_view, self->database);
  buurt_venues_view_set_database (self->venues_view, self->database);
  g_settings_bind (self->settings, "show-cancelled", self->agenda_view, "show-cancelled",
                   G_SETTINGS_BIND_GET);

  g_signal_connect_object (self->database, "changed", G_CALLBACK (database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
buurt_window_dispose (GObject *object)
{
  BuurtWindow *self = (BuurtWindow *) object;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_WINDOW);

  g_clear_object (&self->loading);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_window_parent_class)->dispose (object);
}

static void
buurt_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BuurtWindow *self = BUURT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BuurtWindow *self = BUURT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_window_class_init (BuurtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = buurt_window_constructed;
  object_class->dispose = buurt_window_dispose;
  object_class->get_property = buurt_window_get_property;
  object_class->set_property = buurt_window_set_property;

  window_class->close_request = buurt_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         BUURT_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUURT_TYPE_AGENDA_VIEW);
  g_type_ensure (BUURT_TYPE_INITIATIVES_VIEW);
  g_type_ensure (BUURT_TYPE_VENUES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/buurt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, initiatives_view);
  gtk_widget_class_bind_template_child (widget_class, BuurtWindow, venues_view);
}

static void
buurt_window_init (BuurtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  buurt_window_init_import (self);
  buurt_window_init_desks (self);
  buurt_window_init_sheets (self);
  buurt_window_init_ical (self);

  /* The entry sits in a clamp, so the bar must be told which it is: then
   * typing in the window starts a search and Escape ends it. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
}

/**
 * buurt_window_new:
 * @application: the application
 * @database: the open agenda the window shows
 *
 * Returns: (transfer full): a new main window
 */
BuurtWindow *
buurt_window_new (BuurtApplication *application,
                  BuurtDatabase       *database)
{
  return g_object_new (BUURT_TYPE_WINDOW,
                       "application", application,
                       "settings", buurt_application_get_settings (application),
                       "database", database,
                       NULL);
}

/**
 * buurt_window_get_database:
 *
 * Returns: (transfer none): the agenda the window shows
 */
BuurtDatabase *
buurt_window_get_database (BuurtWindow *self)
{
  g_return_val_if_fail (BUURT_IS_WINDOW (self), NULL);

  return self->database;
}

/**
 * buurt_window_get_visible_view:
 *
 * Returns: (transfer none): "agenda", "initiatives" or "venues"
 */
const char *
buurt_window_get_visible_view (BuurtWindow *self)
{
  g_return_val_if_fail (BUURT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * buurt_window_get_view:
 * @name: "agenda", "initiatives" or "venues"
 *
 * Returns: (transfer none): the view of that name
 */
GtkWidget *
buurt_window_get_view (BuurtWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (BUURT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

/**
 * buurt_window_get_loading:
 *
 * Returns: whether example data is being loaded
 */
gboolean
buurt_window_get_loading (BuurtWindow *self)
{
  g_return_val_if_fail (BUURT_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

/**
 * buurt_window_show_message:
 * @message: something the user should know, such as a backup that failed
 *
 * Shows @message in a toast that stays a while.
 */
void
buurt_window_show_message (BuurtWindow *self,
                           const char  *message)
{
  AdwToast *toast;

  g_return_if_fail (BUURT_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

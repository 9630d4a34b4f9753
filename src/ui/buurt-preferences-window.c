/* buurt-preferences-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-backups-page.h"
#include "buurt-desk-exchange.h"
#include "buurt-preferences-window.h"

/* The preferences, each bound straight to its GSettings key. */
struct _BuurtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkSwitch           *show_cancelled_switch;
  BuurtBackupsPage    *backups_page;
  AdwPreferencesGroup *desk_group;
  AdwEntryRow         *desk_name_row;

  /* Owned state */
  GSettings           *settings;
  BuurtDatabase       *database;  /* whose desk name is shown, if any */
};

G_DEFINE_FINAL_TYPE (BuurtPreferencesWindow, buurt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The lists inside the groups and the (unused) search entry of
 * AdwPreferencesWindow have no names of their own: a screen reader reads
 * each list by its group's title. */
static void
name_parts (GtkWidget  *widget,
            const char *group_title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget))
    group_title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  if (ADW_IS_PREFERENCES_PAGE (widget))
    {
      group_title = adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (widget));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, group_title, -1);
    }
  if ((GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_VIEWPORT (widget)) && group_title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, group_title, -1);

  if (GTK_IS_LIST_BOX (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    group_title != NULL && *group_title != '\0' ? group_title
                                                                               : _("Search results"),
                                    -1);
  else if (ADW_IS_VIEW_SWITCHER (widget) || ADW_IS_VIEW_SWITCHER_TITLE (widget) ||
           ADW_IS_SQUEEZER (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"), -1);
  else if (GTK_IS_SEARCH_ENTRY (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search preferences"), -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_parts (child, group_title);
}

static void
desk_name_apply_cb (BuurtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;
  if (!buurt_desk_set_name (self->database, gtk_editable_get_text (GTK_EDITABLE (self->desk_name_row)), &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (_("Desk name saved")));
}

static void
buurt_preferences_window_dispose (GObject *object)
{
  BuurtPreferencesWindow *self = BUURT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_preferences_window_parent_class)->dispose (object);
}

static void
buurt_preferences_window_class_init (BuurtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buurt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, show_cancelled_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, backups_page);
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, desk_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, desk_name_row);
  gtk_widget_class_bind_template_callback (widget_class, desk_name_apply_cb);
}

static void
buurt_preferences_window_init (BuurtPreferencesWindow *self)
{
  g_type_ensure (BUURT_TYPE_BACKUPS_PAGE);
  g_signal_connect (self, "map", G_CALLBACK (name_parts), NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->desk_group), FALSE);
}

/**
 * buurt_preferences_window_new:
 * @settings: the application's settings
 *
 * Returns: (transfer full): a new preferences window
 */
BuurtPreferencesWindow *
buurt_preferences_window_new (GSettings *settings)
{
  BuurtPreferencesWindow *self = g_object_new (BUURT_TYPE_PREFERENCES_WINDOW, NULL);

  g_settings_bind (settings, "show-cancelled", self->show_cancelled_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  self->settings = g_object_ref (settings);

  return self;
}

/**
 * buurt_preferences_window_set_database:
 * @database: the open agenda, whose backups the Backups page lists and
 *   whose desk name can be changed
 */
void
buurt_preferences_window_set_database (BuurtPreferencesWindow *self,
                                       BuurtDatabase          *database)
{
  g_autofree char *name = NULL;

  g_return_if_fail (BUURT_IS_PREFERENCES_WINDOW (self));

  buurt_backups_page_set_database (self->backups_page, database, self->settings);

  g_set_object (&self->database, database);
  gtk_widget_set_visible (GTK_WIDGET (self->desk_group), database != NULL);
  if (database != NULL)
    {
      name = buurt_desk_get_name (database);
      gtk_editable_set_text (GTK_EDITABLE (self->desk_name_row), name);
    }
}

/**
 * buurt_preferences_window_get_backups_page:
 *
 * Returns: (transfer none): the Backups page
 */
BuurtBackupsPage *
buurt_preferences_window_get_backups_page (BuurtPreferencesWindow *self)
{
  g_return_val_if_fail (BUURT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->backups_page;
}

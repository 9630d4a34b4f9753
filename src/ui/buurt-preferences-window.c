/* buurt-preferences-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-exchange.h"
#include "buurt-preferences-window.h"

/* The preferences, each bound straight to its GSettings key. */
struct _BuurtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkSwitch           *show_cancelled_switch;
  AdwPreferencesGroup *desk_group;
  AdwEntryRow         *desk_name_row;

  /* The agenda whose desk name is shown, if any */
  BuurtDatabase       *database;
};

G_DEFINE_FINAL_TYPE (BuurtPreferencesWindow, buurt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

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
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, desk_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtPreferencesWindow, desk_name_row);
  gtk_widget_class_bind_template_callback (widget_class, desk_name_apply_cb);
}

static void
buurt_preferences_window_init (BuurtPreferencesWindow *self)
{
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

  return self;
}

/**
 * buurt_preferences_window_set_database:
 * @database: the agenda of the window the preferences were opened from
 *
 * Shows the name of @database's desk, to change it.
 */
void
buurt_preferences_window_set_database (BuurtPreferencesWindow *self,
                                       BuurtDatabase          *database)
{
  g_autofree char *name = NULL;

  g_return_if_fail (BUURT_IS_PREFERENCES_WINDOW (self));

  g_set_object (&self->database, database);
  gtk_widget_set_visible (GTK_WIDGET (self->desk_group), database != NULL);
  if (database != NULL)
    {
      name = buurt_desk_get_name (database);
      gtk_editable_set_text (GTK_EDITABLE (self->desk_name_row), name);
    }
}

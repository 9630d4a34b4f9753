/* buurt-preferences-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-preferences-window"

#include "config.h"

#include "buurt-preferences-window.h"

/* The preferences, each bound straight to its GSettings key. */
struct _BuurtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkSwitch *show_cancelled_switch;
};

G_DEFINE_FINAL_TYPE (BuurtPreferencesWindow, buurt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
buurt_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_PREFERENCES_WINDOW);

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
}

static void
buurt_preferences_window_init (BuurtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

/* buurt-toast.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-toast.h"

/**
 * buurt_toast_show:
 * @widget: a widget inside an #AdwToastOverlay
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the overlay @widget lives in, whatever window that is: a
 * view never needs to know its window's type.
 *
 * Returns: %FALSE when @widget is in no overlay (not shown yet, or being
 *   taken out); the toast is then dropped
 */
gboolean
buurt_toast_show (GtkWidget *widget,
                  AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return FALSE;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * buurt_toast_show_in_window:
 * @window: a window with an #AdwToastOverlay somewhere in it
 * @toast: (transfer full): the toast
 *
 * Shows @toast in @window, such as the main window after a dialog that
 * belonged to it closed.
 *
 * Returns: %FALSE when @window has no overlay; the toast is then dropped
 */
gboolean
buurt_toast_show_in_window (GtkWindow *window,
                            AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  overlay = find_toast_overlay (GTK_WIDGET (window));
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return FALSE;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

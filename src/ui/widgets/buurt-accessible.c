/* buurt-accessible.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-accessible.h"

/* Some widgets of GTK 4.8 and libadwaita 1.2 are built from parts that take
 * the keyboard focus or offer actions themselves, and those parts have no
 * name of their own: a screen reader reads out their type name
 * ("GtkToggleButton"). Each part here gets the name of the widget it belongs
 * to. GTK 4.8 does not follow a "labelled-by" relation further than one
 * step, so the parts get the text itself. */

static void
label (GtkWidget  *part,
       const char *text)
{
  if (text == NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (part),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}

static void
status_page_title_cb (AdwStatusPage *page,
                      GParamSpec    *pspec,
                      GtkWidget     *scroller)
{
  label (scroller, adw_status_page_get_title (page));
}

/* The cell that shows a dropdown's chosen item is a GtkListItemWidget, a
 * type GTK does not export: it is known by its name. */
static void
label_item_cells (GtkWidget  *widget,
                  const char *text)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget"))
    label (widget, text);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    label_item_cells (child, text);
}

/* A label without its mnemonic underline: "_Filters" reads "Filters". */
static char *
without_underline (const char *text,
                   gboolean    use_underline)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL || !use_underline)
    return g_strdup (text);

  parts = g_strsplit (text, "_", -1);
  return g_strjoinv ("", parts);
}

static void
label_list_views (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LIST_VIEW (widget))
    {
      label (widget, text);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    label_list_views (child, text);
}

/* What the label that points to @widget says, without its underline. */
static char *
mnemonic_label_text (GtkWidget *widget)
{
  GList *labels = gtk_widget_list_mnemonic_labels (widget);
  char *text = NULL;

  if (labels != NULL && GTK_IS_LABEL (labels->data))
    text = g_strdup (gtk_label_get_text (labels->data));
  g_list_free (labels);

  return text;
}

static void
name_parts_of (GtkWidget *widget)
{
  /* A status page scrolls its text in a scrolled window that takes the
   * focus when there is nothing else to focus: it reads as the page. */
  if (ADW_IS_STATUS_PAGE (widget))
    {
      GtkWidget *scroller = gtk_widget_get_first_child (widget);

      if (GTK_IS_SCROLLED_WINDOW (scroller))
        {
          status_page_title_cb (ADW_STATUS_PAGE (widget), NULL, scroller);
          g_signal_connect_object (widget, "notify::title", G_CALLBACK (status_page_title_cb),
                                   scroller, 0);
        }
    }

  /* A scrolled window takes the focus too (to scroll by the keyboard):
   * around a list, it reads as the list. */
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));

      if (GTK_IS_LIST_VIEW (child) || GTK_IS_GRID_VIEW (child) || GTK_IS_COLUMN_VIEW (child) ||
          GTK_IS_TEXT_VIEW (child))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL,
                                        -1);
    }

  /* A combo row shows its chosen item in a list of its own, which offers
   * actions: it reads as the row ("Category"). */
  if (ADW_IS_COMBO_ROW (widget))
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (widget);
      g_autofree char *title = without_underline (adw_preferences_row_get_title (row),
                                                  adw_preferences_row_get_use_underline (row));

      label_list_views (widget, title);
    }

  /* A preferences page scrolls the whole form: it reads as its window
   * ("Edit Activity"), whose name is its title. */
  if (ADW_IS_PREFERENCES_PAGE (widget))
    {
      GtkWidget *scroller = gtk_widget_get_first_child (widget);
      GtkRoot *root = gtk_widget_get_root (widget);

      if (GTK_IS_SCROLLED_WINDOW (scroller) && root != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (scroller),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, root, NULL,
                                        -1);
    }

  /* A dropdown's button, and the item it shows, read as the label that
   * names the dropdown: "Town", not "GtkToggleButton". */
  if (GTK_IS_DROP_DOWN (widget))
    {
      GtkWidget *button = gtk_widget_get_first_child (widget);
      g_autofree char *text = mnemonic_label_text (widget);

      if (GTK_IS_TOGGLE_BUTTON (button) && text != NULL)
        {
          label (button, text);
          label_item_cells (button, text);
        }
    }

  /* A menu button's popover reads as the button: "Filters". */
  if (GTK_IS_MENU_BUTTON (widget))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));
      const char *text = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));

      if (popover != NULL && text != NULL)
        {
          g_autofree char *plain = without_underline (text,
                                                      gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)));

          label (GTK_WIDGET (popover), plain);
        }
    }
}

static void
window_realize_cb (GtkWidget *window)
{
  /* Once: the status pages' handlers stay connected. */
  if (g_object_get_data (G_OBJECT (window), "buurt-accessible-named") != NULL)
    return;

  g_object_set_data (G_OBJECT (window), "buurt-accessible-named", GINT_TO_POINTER (TRUE));
  buurt_accessible_name_parts (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
    }
}

/**
 * buurt_accessible_watch_windows:
 *
 * Names the parts of every window the program opens from now on (see
 * buurt_accessible_name_parts()), when the window is first realized: its
 * template is built and its title set by then.
 */
void
buurt_accessible_watch_windows (void)
{
  static gboolean watching = FALSE;

  if (watching)
    return;

  watching = TRUE;
  g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                    G_CALLBACK (toplevels_changed_cb), NULL);
}

/**
 * buurt_accessible_name_parts:
 * @root: a widget, usually a window, after its template is built
 *
 * Names the parts of GTK's widgets under @root that take the focus or offer
 * actions without a name of their own, after the widget they belong to.
 */
void
buurt_accessible_name_parts (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  name_parts_of (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    buurt_accessible_name_parts (child);
}

/* buurt-combo-row.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-combo-row"

#include "config.h"

#include "buurt-combo-row.h"

/*
 * AdwComboRow 1.2 shows its choice, and the choices of its popover, in list
 * items that GTK 4.8 makes focusable but gives no accessible name, so a screen
 * reader says "list item" for them. This factory looks like libadwaita's own
 * (a label, and a check mark for the chosen item in the popover) and names
 * each list item after the text it shows. It reads GtkStringObject items.
 */

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
selected_item_changed_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          GtkListItem *list_item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));
  gboolean chosen = adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item);

  gtk_widget_set_opacity (check, chosen ? 1.0 : 0.0);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_last_child (box);
  GtkWidget *item_widget = gtk_widget_get_parent (box);
  gpointer item = gtk_list_item_get_item (list_item);
  const char *text = GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (item) : "";

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), text);

  /* The list item widget is what takes focus: it carries the name. */
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);

  if (gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL)
    {
      gtk_widget_set_visible (check, TRUE);
      g_signal_connect (row, "notify::selected-item", G_CALLBACK (selected_item_changed_cb), list_item);
      selected_item_changed_cb (row, NULL, list_item);
    }
  else
    gtk_widget_set_visible (check, FALSE);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, selected_item_changed_cb, list_item);
}

/**
 * buurt_combo_row_name_items:
 * @row: a combo row of #GtkStringObject items
 *
 * Gives @row list items that screen readers announce by their text.
 */
void
buurt_combo_row_name_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  /* The row outlives its factory's signals: the factory is its own. */
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_item_cb), row, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_item_cb), row, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_item_cb), row, 0);
  adw_combo_row_set_factory (row, factory);
}

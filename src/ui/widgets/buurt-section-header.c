/* buurt-section-header.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-section-header.h"

/**
 * buurt_section_header_update:
 * @row: a row of a list box, from its header function
 * @first_of_section: whether @row starts a section (a stage, a town)
 * @title: the section's title, shown above @row when it starts the section
 *
 * Gives @row the heading of its section when it is the first of it, in the
 * style of the agenda's day headers, and takes it away otherwise.
 */
void
buurt_section_header_update (GtkListBoxRow *row,
                             gboolean       first_of_section,
                             const char    *title)
{
  GtkWidget *header;

  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  if (!first_of_section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (GTK_IS_LABEL (header))
    {
      gtk_label_set_label (GTK_LABEL (header), title);
      return;
    }

  header = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "day-header");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

/* buurt-initiative-row.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "buurt-initiative-row.h"

/*
 * A row of the Initiatives list: the title; its neighbourhood, leads and
 * stage below it; the next evaluation and the grant total at the end. An
 * evaluation date that has passed says "Overdue" in words and with a
 * warning icon, not by colour alone, and the row's accessible description
 * says it too.
 */

/**
 * buurt_initiative_format_date:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full): the date in the user's language, such as
 *   "1 Dec 2026"
 */
char *
buurt_initiative_format_date (const char *day)
{
  guint year, month, date;
  g_autoptr(GDateTime) noon = NULL;

  if (day == NULL || !buurt_parse_date (day, &year, &month, &date))
    return g_strdup (day ?: "");

  noon = g_date_time_new_local (year, month, date, 12, 0, 0);
  /* Translators: a date in the Initiatives view, see strftime(3); e.g. "1 Dec 2026" */
  return g_date_time_format (noon, _("%-d %b %Y"));
}

/**
 * buurt_initiative_parse_date:
 * @text: what was typed: "YYYY-MM-DD" or "D-M-YYYY" (also with "/" or ".")
 * @day: (out) (transfer full): "YYYY-MM-DD", or %NULL when @text is empty
 *
 * Returns: %TRUE when @text is empty or a valid date
 */
gboolean
buurt_initiative_parse_date (const char  *text,
                             char       **day)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ?: ""));
  guint a, b, c;
  char sep1, sep2, rest;
  char iso[16];
  guint y, m, d;

  *day = NULL;
  if (*stripped == '\0')
    return TRUE;

  if (sscanf (stripped, "%u%c%u%c%u%c", &a, &sep1, &b, &sep2, &c, &rest) != 5 ||
      sep1 != sep2 || (sep1 != '-' && sep1 != '/' && sep1 != '.'))
    return FALSE;

  if (a >= 1000)
    g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", a, b, c);
  else if (c >= 1000)
    g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", c, b, a);
  else
    return FALSE;

  if (!buurt_parse_date (iso, &y, &m, &d))
    return FALSE;

  *day = g_strdup (iso);
  return TRUE;
}

/**
 * buurt_initiative_row_new:
 * @today: the user's date, "YYYY-MM-DD": an evaluation before it is overdue
 *
 * Returns: (transfer floating): a row for the list box
 */
GtkWidget *
buurt_initiative_row_new (const BuurtInitiativeSummary *summary,
                          const char                   *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *end = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  g_autofree char *money = NULL;
  gboolean overdue;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (summary->neighbourhood != NULL)
    g_ptr_array_add (parts, g_strdup (summary->neighbourhood));
  if (summary->leads != NULL && *summary->leads != '\0')
    /* Translators: %s are the names of an initiative's leads */
    g_ptr_array_add (parts, g_strdup_printf (_("Leads: %s"), summary->leads));
  g_ptr_array_add (parts, g_strdup (buurt_enum_to_label (BUURT_TYPE_STAGE, summary->stage)));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_string_append (description, subtitle);

  gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
  overdue = summary->next_evaluation != NULL && today != NULL &&
            strcmp (summary->next_evaluation, today) < 0 &&
            summary->stage != BUURT_STAGE_STOPPED;
  if (summary->next_evaluation != NULL && summary->stage != BUURT_STAGE_STOPPED)
    {
      g_autofree char *date = buurt_initiative_format_date (summary->next_evaluation);
      g_autofree char *text = NULL;
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label;

      gtk_widget_set_halign (line, GTK_ALIGN_END);
      if (overdue)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_box_append (GTK_BOX (line), icon);
          /* Translators: %s is a date, such as "1 Dec 2026" */
          text = g_strdup_printf (_("Evaluation overdue since %s"), date);
        }
      else
        /* Translators: %s is a date, such as "1 Dec 2026" */
        text = g_strdup_printf (_("Evaluate on %s"), date);

      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, overdue ? "warning" : "dim-label");
      if (overdue)
        gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (GTK_BOX (end), line);
      g_string_append_printf (description, ". %s", text);
    }

  if (summary->granted_cents > 0)
    {
      g_autofree char *text = NULL;
      GtkWidget *label;

      money = buurt_money_format (summary->granted_cents);
      /* Translators: %s is an amount of money, such as "€ 750,00" */
      text = g_strdup_printf (_("Granted %s"), money);
      label = gtk_label_new (text);
      gtk_widget_set_halign (label, GTK_ALIGN_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (end), label);
      g_string_append_printf (description, ". %s", text);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), end);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  g_object_set_data_full (G_OBJECT (row), "initiative-id",
                          g_memdup2 (&summary->id, sizeof (gint64)), g_free);
  g_object_set_data (G_OBJECT (row), "stage", GUINT_TO_POINTER (summary->stage));
  g_object_set_data (G_OBJECT (row), "overdue", GUINT_TO_POINTER (overdue));

  return row;
}

gint64
buurt_initiative_row_get_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "initiative-id");

  return id != NULL ? *id : 0;
}

BuurtStage
buurt_initiative_row_get_stage (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "stage"));
}

gboolean
buurt_initiative_row_is_overdue (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "overdue"));
}

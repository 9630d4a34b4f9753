/* buurt-funders-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-funders-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-database-funders.h"
#include "buurt-funders-window.h"

/*
 * The funders overview: per funder and year a group with the budget of its
 * schemes, what was requested, granted, turned down (how many of the
 * decided requests, the share, and the reasons given), paid, and what is
 * left unused of the budget. It follows the database: a request or scheme
 * changed elsewhere shows at once.
 */

struct _BuurtFundersWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkBox         *content_box;
  AdwStatusPage  *empty_page;

  /* Owned state */
  BuurtDatabase  *database;
  GPtrArray      *groups;   /* the groups shown, one per funder and year */
  GHashTable     *figures;  /* "funder_id/year/figure" -> the label shown */
  GHashTable     *rejections; /* "funder_id/year" -> the share turned down and the reasons */
  guint           n_lines;
};

G_DEFINE_FINAL_TYPE (BuurtFundersWindow, buurt_funders_window, ADW_TYPE_WINDOW)

/* An amount in the overview: also 0 as money, not as "Free". */
static char *
amount_text (gint64 cents)
{
  if (cents == 0)
    /* Translators: a price in euros, e.g. "€2.50"; the number follows your locale */
    return g_strdup_printf (_("€%.2f"), 0.0);
  return buurt_money_format (cents);
}

static void
add_figure (BuurtFundersWindow    *self,
            AdwPreferencesGroup   *group,
            const BuurtFunderYear *line,
            const char            *figure,
            const char            *title,
            const char            *subtitle,
            gint64                 cents)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *money = amount_text (cents);
  GtkWidget *label = gtk_label_new (money);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, money, -1);
  adw_preferences_group_add (group, row);

  g_hash_table_insert (self->figures,
                       g_strdup_printf ("%" G_GINT64_FORMAT "/%s/%s", line->funder_id, line->year, figure),
                       label);
}

static void
add_line (BuurtFundersWindow    *self,
          const BuurtFunderYear *line)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Translators: a funder and a year, such as "Gemeente Dronten, 2026" */
  g_autofree char *title = g_strdup_printf (_("%s, %s"), line->funder, line->year);
  g_autofree char *rejected = NULL;
  g_autofree char *rejected_all = NULL;

  adw_preferences_group_set_title (group, title);
  if (line->budget_cents == 0)
    adw_preferences_group_set_description (group, _("No budget known: give the funder a scheme in its contact."));

  if (line->n_rejected > 0)
    {
      /* Translators: requests turned down of those decided, and the share, such as "1 of 3 decided (33 %)" */
      rejected = g_strdup_printf (ngettext ("%u of %u decided (%.0f %%)", "%u of %u decided (%.0f %%)", line->n_decided),
                                  line->n_rejected, line->n_decided,
                                  100 * buurt_funder_year_rejection_rate (line));
      rejected_all = line->reasons != NULL
        /* Translators: the share turned down, then the reasons given, one a line */
        ? g_strdup_printf (_("%s. Reasons:\n%s"), rejected, line->reasons)
        : g_strdup (rejected);
    }
  else if (line->n_decided > 0)
    rejected_all = g_strdup_printf (ngettext ("None of %u decided", "None of %u decided", line->n_decided), line->n_decided);

  add_figure (self, group, line, "budget", _("Budget"), NULL, line->budget_cents);
  add_figure (self, group, line, "requested", _("Requested"), NULL, line->requested_cents);
  add_figure (self, group, line, "granted", _("Granted"), NULL, line->granted_cents);
  add_figure (self, group, line, "rejected", _("Turned down"), rejected_all, line->rejected_cents);
  add_figure (self, group, line, "paid", _("Paid"), NULL, line->paid_cents);
  add_figure (self, group, line, "unused", _("Left unused"), NULL, buurt_funder_year_unused_cents (line));
  g_hash_table_insert (self->rejections,
                       g_strdup_printf ("%" G_GINT64_FORMAT "/%s", line->funder_id, line->year),
                       g_strdup (rejected_all ?: ""));

  gtk_box_append (self->content_box, GTK_WIDGET (group));
  g_ptr_array_add (self->groups, group);
}

static void
reload (BuurtFundersWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *this_year = g_date_time_format (now, "%Y");
  g_autoptr(GPtrArray) lines = buurt_database_list_funder_years (self->database, this_year, NULL);

  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->content_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->figures);
  g_hash_table_remove_all (self->rejections);

  self->n_lines = lines != NULL ? lines->len : 0;
  for (guint i = 0; i < self->n_lines; i++)
    add_line (self, g_ptr_array_index (lines, i));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), self->n_lines == 0);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
buurt_funders_window_dispose (GObject *object)
{
  BuurtFundersWindow *self = BUURT_FUNDERS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_FUNDERS_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_funders_window_parent_class)->dispose (object);
}

static void
buurt_funders_window_finalize (GObject *object)
{
  BuurtFundersWindow *self = BUURT_FUNDERS_WINDOW (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_hash_table_unref);
  g_clear_pointer (&self->rejections, g_hash_table_unref);

  G_OBJECT_CLASS (buurt_funders_window_parent_class)->finalize (object);
}

static void
buurt_funders_window_class_init (BuurtFundersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_funders_window_dispose;
  object_class->finalize = buurt_funders_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-funders-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtFundersWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtFundersWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "funders.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "funders.close", NULL);
}

static void
buurt_funders_window_init (BuurtFundersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rejections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * buurt_funders_window_new:
 *
 * Returns: (transfer floating): the funders overview, not yet shown
 */
BuurtFundersWindow *
buurt_funders_window_new (GtkWindow     *parent,
                          BuurtDatabase *database)
{
  static const char *tables[] = { "funding_request", "funding_scheme", "contact" };
  BuurtFundersWindow *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_FUNDERS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *detailed = g_strconcat ("changed::", tables[i], NULL);

      g_signal_connect_object (database, detailed, G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
    }
  reload (self);

  return self;
}

/**
 * buurt_funders_window_get_n_lines:
 *
 * Returns: how many funder-and-year groups are shown
 */
guint
buurt_funders_window_get_n_lines (BuurtFundersWindow *self)
{
  g_return_val_if_fail (BUURT_IS_FUNDERS_WINDOW (self), 0);

  return self->n_lines;
}

/**
 * buurt_funders_window_get_figure:
 * @figure: "budget", "requested", "granted", "rejected", "paid", "unused",
 *   or "rejection" (the share turned down and the reasons)
 *
 * Returns: (transfer none) (nullable): the text shown for @figure of
 *   @funder_id in @year, or %NULL when it is not shown
 */
const char *
buurt_funders_window_get_figure (BuurtFundersWindow *self,
                                 gint64              funder_id,
                                 const char         *year,
                                 const char         *figure)
{
  g_autofree char *key = NULL;
  gpointer value;

  g_return_val_if_fail (BUURT_IS_FUNDERS_WINDOW (self), NULL);

  if (g_str_equal (figure, "rejection"))
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", funder_id, year);
      return g_hash_table_lookup (self->rejections, key);
    }
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s/%s", funder_id, year, figure);
  value = g_hash_table_lookup (self->figures, key);
  return value != NULL ? gtk_label_get_text (GTK_LABEL (value)) : NULL;
}

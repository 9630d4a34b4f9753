/* buurt-initiatives-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiatives-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-initiatives-view.h"
#include "buurt-entities.h"
#include "buurt-section-header.h"
#include "buurt-view-reloader.h"

/* Resident initiatives, grouped by stage from idea to stopped. */
struct _BuurtInitiativesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack   *stack;
  GtkListBox *list_box;

  /* Owned state */
  BuurtDatabase     *database;
  BuurtViewReloader *reloader;  /* reads the list when shown, after a change */
  guint              n_rows;
};

G_DEFINE_FINAL_TYPE (BuurtInitiativesView, buurt_initiatives_view, GTK_TYPE_WIDGET)

static guint
row_stage (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "stage"));
}

/* A stage header above the first initiative of each stage. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  guint stage = row_stage (row);

  buurt_section_header_update (row, before == NULL || row_stage (before) != stage,
                               buurt_enum_to_label (BUURT_TYPE_STAGE, stage));
}

static int
sort_by_stage (gconstpointer a,
               gconstpointer b)
{
  BuurtEntity *ea = *(BuurtEntity **) a;
  BuurtEntity *eb = *(BuurtEntity **) b;
  int by_stage = (int) buurt_entity_get_enum (ea, "stage") - (int) buurt_entity_get_enum (eb, "stage");

  if (by_stage != 0)
    return by_stage;
  return g_utf8_collate (buurt_entity_get_string (ea, "title"), buurt_entity_get_string (eb, "title"));
}

/* Reads the list anew; the reloader calls it while the view is on screen. */
static void
reload (GtkWidget *view)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (view);
  g_autoptr(GListModel) initiatives = NULL;
  g_autoptr(GListModel) neighbourhoods = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  initiatives = buurt_database_list (self->database, BUURT_TYPE_INITIATIVE, &error);
  neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, &error);
  if (initiatives == NULL || neighbourhoods == NULL)
    {
      g_warning ("Could not read the initiatives: %s", error->message);
      return;
    }

  names = buurt_entity_index_names (neighbourhoods, "name");

  for (guint i = 0; i < g_list_model_get_n_items (initiatives); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (initiatives, i));
  g_ptr_array_sort (sorted, sort_by_stage);

  for (guint i = 0; i < sorted->len; i++)
    {
      BuurtEntity *initiative = g_ptr_array_index (sorted, i);
      gint64 neighbourhood_id = buurt_entity_get_int (initiative, "neighbourhood-id");
      const char *neighbourhood = g_hash_table_lookup (names, &neighbourhood_id);
      GtkWidget *row = adw_action_row_new ();

      /* There is no page of its own to open yet: the row is read, not pressed. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     buurt_entity_get_string (initiative, "title"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   buurt_entity_get_string (initiative, "summary"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (neighbourhood != NULL)
        {
          GtkWidget *label = gtk_label_new (neighbourhood);

          gtk_widget_add_css_class (label, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      g_object_set_data (G_OBJECT (row), "stage",
                         GUINT_TO_POINTER (buurt_entity_get_enum (initiative, "stage")));
      gtk_list_box_append (self->list_box, row);
    }

  self->n_rows = sorted->len;
  gtk_stack_set_visible_child_name (self->stack, self->n_rows > 0 ? "list" : "empty");
}

static void
buurt_initiatives_view_dispose (GObject *object)
{
  BuurtInitiativesView *self = (BuurtInitiativesView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_INITIATIVES_VIEW);
  /* The template's unnamed root is our child too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->reloader);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_initiatives_view_parent_class)->dispose (object);
}

static void
buurt_initiatives_view_class_init (BuurtInitiativesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_initiatives_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-initiatives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, list_box);
}

static void
buurt_initiatives_view_init (BuurtInitiativesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reloader = buurt_view_reloader_new (GTK_WIDGET (self), reload);
  gtk_list_box_set_header_func (self->list_box, header_func, NULL, NULL);
}

/**
 * buurt_initiatives_view_set_database:
 * @database: the agenda whose initiatives to show
 */
void
buurt_initiatives_view_set_database (BuurtInitiativesView *self,
                                  BuurtDatabase           *database)
{
  g_return_if_fail (BUURT_IS_INITIATIVES_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  /* The initiatives, and the names of their neighbourhoods. */
  buurt_view_reloader_watch (self->reloader, database,
                             (const char *[]) { "initiative", "neighbourhood", NULL });
  buurt_view_reloader_queue (self->reloader);
}

/**
 * buurt_initiatives_view_get_page:
 *
 * Returns: (transfer none): what the view shows: "empty" or "list"
 */
const char *
buurt_initiatives_view_get_page (BuurtInitiativesView *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

guint
buurt_initiatives_view_get_n_rows (BuurtInitiativesView *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), 0);

  return self->n_rows;
}

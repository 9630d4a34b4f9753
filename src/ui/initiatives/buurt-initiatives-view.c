/* buurt-initiatives-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiatives-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buurt-accessible.h"
#include "buurt-database-initiatives.h"
#include "buurt-entities.h"
#include "buurt-initiative-row.h"
#include "buurt-initiatives-view-private.h"
#include "buurt-section-header.h"

/*
 * Resident initiatives, grouped by stage from idea to stopped, with a search
 * and filters by town, neighbourhood and target group above the list, and
 * the chosen initiative in a pane beside it (below it, when the window is
 * narrow). The actions (new, edit, move, delete, add an activity) are in
 * buurt-initiatives-view-actions.c.
 */

G_DEFINE_FINAL_TYPE (BuurtInitiativesView, buurt_initiatives_view, GTK_TYPE_WIDGET)

/* A stage header above the first initiative of each stage. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  BuurtStage stage = buurt_initiative_row_get_stage (row);

  buurt_section_header_update (row, before == NULL || buurt_initiative_row_get_stage (before) != stage,
                               buurt_enum_to_label (BUURT_TYPE_STAGE, stage));
}

static gint64
id_at (GArray *ids,
       guint   position)
{
  return ids != NULL && position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
set_strings (GtkDropDown *drop_down,
             GPtrArray   *labels,
             guint        selected)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (drop_down, selected);
  /* Its new items read as the filter: "Town". */
  buurt_accessible_name_parts (GTK_WIDGET (drop_down));
}

/* The towns (when @towns), the neighbourhoods (of the town chosen) and the
 * target groups; what was chosen stays chosen while it is there. A drop-down
 * is never given a new list while it says its choice changed. */
static void
fill_filters (BuurtInitiativesView *self,
              gboolean              towns)
{
  gint64 kern_id = id_at (self->kern_ids, gtk_drop_down_get_selected (self->kern_dropdown));
  gint64 neighbourhood_id = id_at (self->neighbourhood_ids,
                                   gtk_drop_down_get_selected (self->neighbourhood_dropdown));
  g_autoptr(GListModel) kernen = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  g_autoptr(GListModel) neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gint64 all = 0;

  self->filling = TRUE;

  if (towns)
    {
      g_array_set_size (self->kern_ids, 0);
      g_array_append_val (self->kern_ids, all);
      g_ptr_array_add (labels, (gpointer) _("All towns"));
      for (guint i = 0; kernen != NULL && i < g_list_model_get_n_items (kernen); i++)
        {
          g_autoptr(BuurtEntity) kern = g_list_model_get_item (kernen, i);
          gint64 id = buurt_entity_get_id (kern);

          g_array_append_val (self->kern_ids, id);
          g_ptr_array_add (labels, (gpointer) buurt_entity_get_string (kern, "name"));
        }
      set_strings (self->kern_dropdown, labels, position_of (self->kern_ids, kern_id));
      kern_id = id_at (self->kern_ids, gtk_drop_down_get_selected (self->kern_dropdown));
    }
  self->shown_kern_id = kern_id;

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->neighbourhood_ids, 0);
  g_array_append_val (self->neighbourhood_ids, all);
  g_ptr_array_add (labels, (gpointer) _("All neighbourhoods"));
  for (guint i = 0; neighbourhoods != NULL && i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BuurtEntity) neighbourhood = g_list_model_get_item (neighbourhoods, i);
      gint64 id = buurt_entity_get_id (neighbourhood);

      if (kern_id != 0 && buurt_entity_get_int (neighbourhood, "kern-id") != kern_id)
        continue;
      g_array_append_val (self->neighbourhood_ids, id);
      g_ptr_array_add (labels, (gpointer) buurt_entity_get_string (neighbourhood, "name"));
    }
  set_strings (self->neighbourhood_dropdown, labels, position_of (self->neighbourhood_ids, neighbourhood_id));

  self->filling = FALSE;
}

/* What the filters show before the view is first read: all, and the target
 * groups, which do not change. */
static void
init_filters (BuurtInitiativesView *self)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BUURT_TYPE_TARGET_GROUP);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gint64 all = 0;

  self->filling = TRUE;

  g_array_append_val (self->kern_ids, all);
  g_ptr_array_add (labels, (gpointer) _("All towns"));
  set_strings (self->kern_dropdown, labels, 0);

  g_ptr_array_set_size (labels, 0);
  g_array_append_val (self->neighbourhood_ids, all);
  g_ptr_array_add (labels, (gpointer) _("All neighbourhoods"));
  set_strings (self->neighbourhood_dropdown, labels, 0);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, (gpointer) _("All target groups"));
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0)
      g_ptr_array_add (labels, (gpointer) buurt_enum_to_label (BUURT_TYPE_TARGET_GROUP, klass->values[i].value));
  set_strings (self->group_dropdown, labels, 0);

  self->filling = FALSE;
}

static void
fill_list (BuurtInitiativesView *self)
{
  g_autofree char *today = buurt_today ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  BuurtInitiativeQuery query = {
    .search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .kern_id = id_at (self->kern_ids, gtk_drop_down_get_selected (self->kern_dropdown)),
    .neighbourhood_id = id_at (self->neighbourhood_ids, gtk_drop_down_get_selected (self->neighbourhood_dropdown)),
    .target_groups = group > 0 && group != GTK_INVALID_LIST_POSITION ? 1u << (group - 1) : 0,
  };
  GtkListBoxRow *selected = NULL;
  GtkWidget *child;

  rows = buurt_database_list_initiatives (self->database, &query, &error);
  if (rows == NULL)
    {
      g_warning ("Could not read the initiatives: %s", error->message);
      return;
    }

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < rows->len; i++)
    {
      BuurtInitiativeSummary *summary = g_ptr_array_index (rows, i);
      GtkWidget *row = buurt_initiative_row_new (summary, today);

      gtk_list_box_append (self->list_box, row);
      if (summary->id == self->selected_id)
        selected = GTK_LIST_BOX_ROW (row);
    }

  self->n_rows = rows->len;
  if (selected != NULL)
    gtk_list_box_select_row (self->list_box, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_label), rows->len == 0);
}

/* Reads the list anew; the reloader calls it while the view is on screen. */
static void
reload (GtkWidget *view)
{
  BuurtInitiativesView *self = BUURT_INITIATIVES_VIEW (view);
  gint64 n_all = buurt_database_count (self->database, BUURT_TYPE_INITIATIVE, NULL);

  fill_filters (self, TRUE);
  fill_list (self);
  buurt_initiative_detail_reload (self->detail);

  gtk_stack_set_visible_child_name (self->stack, n_all > 0 ? "list" : "empty");
  buurt_initiatives_view_update_actions (self);
}

static void
filter_changed_cb (BuurtInitiativesView *self)
{
  if (self->filling || self->database == NULL)
    return;

  /* Another town has other neighbourhoods. */
  if (id_at (self->kern_ids, gtk_drop_down_get_selected (self->kern_dropdown)) != self->shown_kern_id)
    fill_filters (self, FALSE);
  fill_list (self);
}

static void
activity_changed_cb (BuurtInitiativesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    buurt_initiative_detail_reload (self->detail);
  else
    buurt_view_reloader_queue (self->reloader);
}

static void
search_changed_cb (BuurtInitiativesView *self)
{
  if (self->database != NULL)
    fill_list (self);
}

static void
row_selected_cb (BuurtInitiativesView *self,
                 GtkListBoxRow        *row)
{
  gint64 id = row != NULL ? buurt_initiative_row_get_id (row) : 0;

  if (row == NULL || id == self->selected_id)
    return;

  self->selected_id = id;
  buurt_initiative_detail_show (self->detail, id);
  buurt_initiatives_view_update_actions (self);
}

static void
row_activated_cb (BuurtInitiativesView *self,
                  GtkListBoxRow        *row)
{
  row_selected_cb (self, row);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
buurt_initiatives_view_dispose (GObject *object)
{
  BuurtInitiativesView *self = (BuurtInitiativesView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_INITIATIVES_VIEW);
  g_clear_object (&self->reloader);
  g_clear_object (&self->last_deleted);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_initiatives_view_parent_class)->dispose (object);
}

static void
buurt_initiatives_view_finalize (GObject *object)
{
  BuurtInitiativesView *self = (BuurtInitiativesView *) object;

  g_clear_pointer (&self->kern_ids, g_array_unref);
  g_clear_pointer (&self->neighbourhood_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_initiatives_view_parent_class)->finalize (object);
}

static void
buurt_initiatives_view_class_init (BuurtInitiativesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_initiatives_view_dispose;
  object_class->finalize = buurt_initiatives_view_finalize;

  g_type_ensure (BUURT_TYPE_INITIATIVE_DETAIL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-initiatives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, kern_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, neighbourhood_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, list_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativesView, detail);

  buurt_initiatives_view_class_add_actions (widget_class);
}

static void
buurt_initiatives_view_init (BuurtInitiativesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kern_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->neighbourhood_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  init_filters (self);
  self->reloader = buurt_view_reloader_new (GTK_WIDGET (self), reload);
  gtk_list_box_set_header_func (self->list_box, header_func, NULL, NULL);

  g_signal_connect_swapped (self->list_box, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->kern_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->neighbourhood_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
}

/**
 * buurt_initiatives_view_set_database:
 * @database: the agenda whose initiatives to show
 */
void
buurt_initiatives_view_set_database (BuurtInitiativesView *self,
                                     BuurtDatabase        *database)
{
  g_return_if_fail (BUURT_IS_INITIATIVES_VIEW (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  buurt_initiative_detail_set_database (self->detail, database);
  /* The initiatives, what the list and the detail show of them. */
  buurt_view_reloader_watch (self->reloader, database,
                             (const char *[]) { "initiative", "neighbourhood", "kern", "contact",
                                                "initiative_partner", "funding_request", "expense", "journal_entry",
                                                NULL });
  /* An activity shows only in the detail, so the list stays as it is. */
  g_signal_connect_object (database, "changed::activity", G_CALLBACK (activity_changed_cb), self,
                           G_CONNECT_SWAPPED);
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

/**
 * buurt_initiatives_view_get_n_rows:
 *
 * Returns: how many initiatives the list shows, after search and filters
 */
guint
buurt_initiatives_view_get_n_rows (BuurtInitiativesView *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), 0);

  return self->n_rows;
}

/**
 * buurt_initiatives_view_select:
 *
 * Chooses an initiative of the list and shows it in the detail pane.
 *
 * Returns: whether it is in the list
 */
gboolean
buurt_initiatives_view_select (BuurtInitiativesView *self,
                               gint64                initiative_id)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        buurt_initiative_row_get_id (GTK_LIST_BOX_ROW (child)) == initiative_id)
      {
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (child));
        return TRUE;
      }
  return FALSE;
}

gint64
buurt_initiatives_view_get_selected (BuurtInitiativesView *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), 0);

  return self->selected_id;
}

/**
 * buurt_initiatives_view_get_detail:
 *
 * Returns: (transfer none): the #BuurtInitiativeDetail pane
 */
GtkWidget *
buurt_initiatives_view_get_detail (BuurtInitiativesView *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), NULL);

  return GTK_WIDGET (self->detail);
}

void
buurt_initiatives_view_set_search (BuurtInitiativesView *self,
                                   const char           *search)
{
  g_return_if_fail (BUURT_IS_INITIATIVES_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  fill_list (self);
}

/**
 * buurt_initiatives_view_set_filters:
 * @kern_id: a town, or 0 for all
 * @neighbourhood_id: a neighbourhood, or 0 for all
 * @target_group: one #BuurtTargetGroup, or 0 for all
 *
 * Chooses in the filters above the list, as a person would.
 */
void
buurt_initiatives_view_set_filters (BuurtInitiativesView *self,
                                    gint64                kern_id,
                                    gint64                neighbourhood_id,
                                    guint                 target_group)
{
  g_return_if_fail (BUURT_IS_INITIATIVES_VIEW (self));

  gtk_drop_down_set_selected (self->kern_dropdown, position_of (self->kern_ids, kern_id));
  gtk_drop_down_set_selected (self->neighbourhood_dropdown, position_of (self->neighbourhood_ids, neighbourhood_id));
  gtk_drop_down_set_selected (self->group_dropdown, target_group != 0 ? (guint) g_bit_nth_lsf (target_group, -1) + 1 : 0);
}

/**
 * buurt_initiatives_view_count_overdue:
 *
 * Returns: how many rows say their evaluation is overdue
 */
guint
buurt_initiatives_view_count_overdue (BuurtInitiativesView *self)
{
  guint n = 0;

  g_return_val_if_fail (BUURT_IS_INITIATIVES_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n += buurt_initiative_row_is_overdue (GTK_LIST_BOX_ROW (child));
  return n;
}

/* buurt-agenda-view.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-row.h"
#include "buurt-agenda-view.h"

/* The agenda: every date of every activity from today on, by day. */
struct _BuurtAgendaView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack    *stack;
  GtkListView *list_view;

  /* Owned state */
  BuurtStore       *store;
  BuurtAgendaModel *model;
  gboolean          show_cancelled;
};

G_DEFINE_FINAL_TYPE (BuurtAgendaView, buurt_agenda_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_CANCELLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_page (BuurtAgendaView *self)
{
  const char *page = "list";

  if (self->model == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    page = self->model != NULL && buurt_agenda_model_get_search (self->model) != NULL
           ? "no-results" : "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BuurtAgendaView          *self)
{
  gtk_list_item_set_child (item, buurt_agenda_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BuurtAgendaView          *self)
{
  BuurtOccurrence *occurrence = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean first_of_day = TRUE;

  /* A row shows the day header when it is the first of its day. */
  if (position > 0)
    {
      g_autoptr(BuurtOccurrence) previous = g_list_model_get_item (G_LIST_MODEL (self->model),
                                                                   position - 1);

      first_of_day = previous == NULL ||
                     g_strcmp0 (buurt_occurrence_get_day (previous),
                                buurt_occurrence_get_day (occurrence)) != 0;
    }

  buurt_agenda_row_set_occurrence (BUURT_AGENDA_ROW (gtk_list_item_get_child (item)),
                                   occurrence, first_of_day);
}

static void
buurt_agenda_view_dispose (GObject *object)
{
  BuurtAgendaView *self = (BuurtAgendaView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_AGENDA_VIEW);

  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (buurt_agenda_view_parent_class)->dispose (object);
}

static void
buurt_agenda_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_CANCELLED:
      g_value_set_boolean (value, self->show_cancelled);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuurtAgendaView *self = BUURT_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_CANCELLED:
      if (self->show_cancelled != g_value_get_boolean (value))
        {
          self->show_cancelled = g_value_get_boolean (value);
          if (self->model != NULL)
            buurt_agenda_model_set_show_cancelled (self->model, self->show_cancelled);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_view_class_init (BuurtAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_agenda_view_dispose;
  object_class->get_property = buurt_agenda_view_get_property;
  object_class->set_property = buurt_agenda_view_set_property;

  properties[PROP_SHOW_CANCELLED] =
    g_param_spec_boolean ("show-cancelled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtAgendaView, list_view);
}

static void
buurt_agenda_view_init (BuurtAgendaView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->show_cancelled = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * buurt_agenda_view_set_store:
 * @store: the agenda to show
 */
void
buurt_agenda_view_set_store (BuurtAgendaView *self,
                             BuurtStore      *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->model = buurt_agenda_model_new (store);
  buurt_agenda_model_set_show_cancelled (self->model, self->show_cancelled);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_page), self,
                           G_CONNECT_SWAPPED);
  update_page (self);
}

/**
 * buurt_agenda_view_set_search:
 * @search: (nullable): the words to look for
 */
void
buurt_agenda_view_set_search (BuurtAgendaView *self,
                              const char      *search)
{
  g_return_if_fail (BUURT_IS_AGENDA_VIEW (self));

  if (self->model == NULL)
    return;

  buurt_agenda_model_set_search (self->model, search);
  update_page (self);
}

/**
 * buurt_agenda_view_get_model:
 *
 * Returns: (transfer none) (nullable): the agenda model the list shows
 */
BuurtAgendaModel *
buurt_agenda_view_get_model (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return self->model;
}

/**
 * buurt_agenda_view_get_page:
 *
 * Returns: (transfer none): what the view shows: "empty", "no-results" or "list"
 */
const char *
buurt_agenda_view_get_page (BuurtAgendaView *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* buurt-desk-conflicts-window.c: records changed on two desks, waiting or settled
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-desk-conflicts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-conflict-row.h"
#include "buurt-desk-conflicts-window.h"
#include "buurt-desk-exchange.h"

/* Every conflict a receive noticed: those left for later with a choice of
 * version, and those settled with the version not chosen, which a button
 * brings back (as a new change on this desk, so it travels). */
struct _BuurtDeskConflictsWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwPreferencesGroup *pending_group;
  AdwPreferencesGroup *settled_group;

  /* Owned state */
  BuurtDatabase       *database;
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (BuurtDeskConflictsWindow, buurt_desk_conflicts_window, ADW_TYPE_WINDOW)

static void reload (BuurtDeskConflictsWindow *self);

static void
resolve_clicked_cb (GtkButton                *button,
                    BuurtDeskConflictsWindow *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "conflict-id");
  BuurtDeskChoice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));
  g_autoptr(GError) error = NULL;

  if (!buurt_desk_resolve (self->database, id, choice, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (choice == BUURT_DESK_CHOICE_MINE
                                                ? _("This desk’s version is kept")
                                                : _("The other desk’s version is taken")));
  reload (self);
}

static GtkWidget *
resolve_button (BuurtDeskConflictsWindow *self,
                gint64                    id,
                BuurtDeskChoice           choice,
                const char               *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  gint64 *boxed = g_new (gint64, 1);

  *boxed = id;
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "conflict-id", boxed, g_free);
  g_object_set_data (G_OBJECT (button), "choice", GINT_TO_POINTER (choice));
  g_signal_connect (button, "clicked", G_CALLBACK (resolve_clicked_cb), self);
  return button;
}

static void
reload (BuurtDeskConflictsWindow *self)
{
  g_autoptr(GPtrArray) conflicts = buurt_desk_list_conflicts (self->database, FALSE, NULL);
  guint n_pending = 0, n_settled = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP));

      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      BuurtDeskConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *their_desk = buurt_desk_peer_name (self->database, conflict->their_desk);
      gboolean pending = g_str_equal (conflict->state, "pending");
      GtkWidget *row = buurt_desk_conflict_row_new (self->database, conflict->table, conflict->uuid,
                                                    conflict->mine, conflict->theirs, their_desk);

      buurt_desk_conflict_row_set_choosable (BUURT_DESK_CONFLICT_ROW (row), FALSE);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), pending);
      if (pending)
        {
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                       resolve_button (self, conflict->id, BUURT_DESK_CHOICE_MINE, _("Keep _Mine")));
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                       resolve_button (self, conflict->id, BUURT_DESK_CHOICE_THEIRS, _("Take _Theirs")));
          adw_preferences_group_add (self->pending_group, row);
          n_pending++;
        }
      else
        {
          gboolean kept_mine = g_str_equal (conflict->state, "kept_mine");

          adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                       resolve_button (self, conflict->id,
                                                       kept_mine ? BUURT_DESK_CHOICE_THEIRS : BUURT_DESK_CHOICE_MINE,
                                                       kept_mine ? _("Bring Back _Theirs") : _("Bring Back _Mine")));
          adw_preferences_group_add (self->settled_group, row);
          n_settled++;
        }
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pending_group), n_pending > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->settled_group), n_settled > 0);
  gtk_stack_set_visible_child_name (self->stack, n_pending + n_settled > 0 ? "list" : "empty");
}

static void
buurt_desk_conflicts_window_dispose (GObject *object)
{
  BuurtDeskConflictsWindow *self = BUURT_DESK_CONFLICTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_DESK_CONFLICTS_WINDOW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_desk_conflicts_window_parent_class)->dispose (object);
}

static void
buurt_desk_conflicts_window_class_init (BuurtDeskConflictsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_desk_conflicts_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/desks/buurt-desk-conflicts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictsWindow, pending_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictsWindow, settled_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_desk_conflicts_window_init (BuurtDeskConflictsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * buurt_desk_conflicts_window_new:
 *
 * Returns: (transfer full): the conflicts list of @database
 */
BuurtDeskConflictsWindow *
buurt_desk_conflicts_window_new (GtkWindow     *parent,
                                 BuurtDatabase *database)
{
  BuurtDeskConflictsWindow *self = g_object_new (BUURT_TYPE_DESK_CONFLICTS_WINDOW,
                                                 "transient-for", parent, NULL);

  self->database = g_object_ref (database);
  reload (self);
  return self;
}

/* buurt-receive-window.c: the preview of another desk's exchange file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-receive-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-conflict-row.h"
#include "buurt-receive-window.h"
#include "buurt-toast.h"

/* Before anything is written: per kind of record what is new, changed and
 * deleted, and every conflict side by side with a choice. Receive writes it
 * all in one transaction; a conflict left for later waits in the conflicts
 * list. */
struct _BuurtReceiveWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *summary_group;
  AdwPreferencesGroup  *conflicts_group;

  /* What it previews */
  BuurtDatabase        *database;
  BuurtDeskFile        *desk_file;
  GPtrArray            *conflict_rows;
  GtkWindow            *parent;
};

G_DEFINE_FINAL_TYPE (BuurtReceiveWindow, buurt_receive_window, ADW_TYPE_WINDOW)

/* "3 new, 2 changed, 1 deleted" */
static char *
describe_counts (const guint *n)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n[BUURT_DESK_CHANGE_NEW] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u new", "%u new", n[BUURT_DESK_CHANGE_NEW]),
                                             n[BUURT_DESK_CHANGE_NEW]));
  if (n[BUURT_DESK_CHANGE_CHANGED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u changed", "%u changed", n[BUURT_DESK_CHANGE_CHANGED]),
                                             n[BUURT_DESK_CHANGE_CHANGED]));
  if (n[BUURT_DESK_CHANGE_DELETED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u deleted", "%u deleted", n[BUURT_DESK_CHANGE_DELETED]),
                                             n[BUURT_DESK_CHANGE_DELETED]));
  if (n[BUURT_DESK_CHANGE_CONFLICT] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u changed on both desks", "%u changed on both desks",
                                                       n[BUURT_DESK_CHANGE_CONFLICT]),
                                             n[BUURT_DESK_CHANGE_CONFLICT]));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
fill (BuurtReceiveWindow *self,
      GPtrArray          *changes)
{
  const char *their_desk = self->desk_file->desk_name != NULL && *self->desk_file->desk_name != '\0'
                           ? self->desk_file->desk_name : _("another desk");
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  /* Translators: %s is the name of the desk that wrote the file */
  subtitle = g_strdup_printf (_("From desk “%s”"), their_desk);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint i = 0; i < changes->len; i++)
    {
      BuurtDeskChange *change = g_ptr_array_index (changes, i);
      guint *n = g_hash_table_lookup (counts, change->table);

      if (n == NULL)
        {
          n = g_new0 (guint, BUURT_DESK_N_CHANGE_KINDS);
          g_hash_table_insert (counts, change->table, n);
          g_ptr_array_add (tables, change->table);
        }
      n[change->kind]++;

      if (change->kind == BUURT_DESK_CHANGE_CONFLICT)
        {
          GtkWidget *row = buurt_desk_conflict_row_new (self->database, change->table, change->uuid,
                                                        change->mine, change->theirs, their_desk);

          adw_preferences_group_add (self->conflicts_group, row);
          g_ptr_array_add (self->conflict_rows, row);
        }
    }

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *counts_text = describe_counts (g_hash_table_lookup (counts, table));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_desk_table_title (table));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts_text);
      adw_preferences_group_add (self->summary_group, row);
    }

  if (tables->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nothing new: this desk has seen everything in this file"));
      adw_preferences_group_add (self->summary_group, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), self->conflict_rows->len > 0);
}

static void
show_error (BuurtReceiveWindow *self,
            const GError       *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Changes Could Not Be Received"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (widget);
  g_autoptr(GHashTable) choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *counts = NULL;
  BuurtDeskSummary summary;

  for (guint i = 0; i < self->conflict_rows->len; i++)
    {
      BuurtDeskConflictRow *row = g_ptr_array_index (self->conflict_rows, i);

      g_hash_table_insert (choices,
                           buurt_desk_choice_key (buurt_desk_conflict_row_get_table (row),
                                                  buurt_desk_conflict_row_get_uuid (row)),
                           GINT_TO_POINTER (buurt_desk_conflict_row_get_choice (row)));
    }

  if (!buurt_desk_receive (self->database, self->desk_file, BUURT_DESK_CHOICE_ASK, choices,
                           &summary, &error))
    {
      show_error (self, error);
      return;
    }

  counts = describe_counts (summary.n);
  if (summary.n_pending > 0)
    /* Translators: %s lists the counts, such as “3 new, 1 changed” */
    message = g_strdup_printf (ngettext ("Changes received (%s); %u conflict waits in the conflicts list",
                                         "Changes received (%s); %u conflicts wait in the conflicts list",
                                         summary.n_pending), *counts != '\0' ? counts : _("nothing new"),
                               summary.n_pending);
  else
    message = g_strdup_printf (_("Changes received (%s)"), *counts != '\0' ? counts : _("nothing new"));

  if (self->parent != NULL)
    {
      GtkWidget *child = gtk_window_get_child (self->parent);

      while (child != NULL && !ADW_IS_TOAST_OVERLAY (child))
        child = gtk_widget_get_first_child (child);
      if (child != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (child), adw_toast_new (message));
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
choose_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (widget);
  BuurtDeskChoice choice = g_str_equal (g_variant_get_string (parameter, NULL), "mine")
                           ? BUURT_DESK_CHOICE_MINE : BUURT_DESK_CHOICE_THEIRS;

  for (guint i = 0; i < self->conflict_rows->len; i++)
    buurt_desk_conflict_row_set_choice (g_ptr_array_index (self->conflict_rows, i), choice);
}

static void
buurt_receive_window_dispose (GObject *object)
{
  BuurtReceiveWindow *self = BUURT_RECEIVE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_RECEIVE_WINDOW);
  g_clear_object (&self->database);
  g_clear_pointer (&self->desk_file, buurt_desk_file_free);
  g_clear_pointer (&self->conflict_rows, g_ptr_array_unref);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (buurt_receive_window_parent_class)->dispose (object);
}

static void
buurt_receive_window_class_init (BuurtReceiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_receive_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/desks/buurt-receive-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, summary_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtReceiveWindow, conflicts_group);

  gtk_widget_class_install_action (widget_class, "receive.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "receive.choose-all", "s", choose_all_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_receive_window_init (BuurtReceiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->conflict_rows = g_ptr_array_new ();
}

/**
 * buurt_receive_window_new:
 * @parent: (nullable): the window it belongs to, where the summary is shown
 * @desk_file: (transfer full): the file to receive
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL with @error set
 *   when what the file would do cannot be worked out
 */
BuurtReceiveWindow *
buurt_receive_window_new (GtkWindow      *parent,
                          BuurtDatabase  *database,
                          BuurtDeskFile  *desk_file,
                          GError        **error)
{
  g_autoptr(GPtrArray) changes = buurt_desk_preview (database, desk_file, error);
  BuurtReceiveWindow *self;

  if (changes == NULL)
    {
      buurt_desk_file_free (desk_file);
      return NULL;
    }

  self = g_object_new (BUURT_TYPE_RECEIVE_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->desk_file = desk_file;
  g_set_weak_pointer (&self->parent, parent);
  fill (self, changes);
  return self;
}

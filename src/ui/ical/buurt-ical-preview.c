/* buurt-ical-preview.c: what importing a calendar file would change
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-progress.h"
#include "buurt-toast.h"
#include "buurt-ical-preview-private.h"

/*
 * The file is read on a thread of its own and nothing is written until the
 * user presses Import: new and changed events are ticked, a conflict (changed
 * here and in the file) and what the file no longer holds are not. The
 * import runs on its own thread in one transaction; a progress bar shows
 * when it takes longer than a second, and Cancel leaves the agenda exactly as
 * it was.
 */

struct _BuurtIcalPreview
{
  AdwWindow        parent_instance;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkLabel        *busy_label;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *nothing_page;
  GtkBox          *groups_box;
  GtkLabel        *summary_label;
  GtkSwitch       *submissions_switch;

  /* owned state */
  BuurtDatabase   *database;
  GFile           *file;
  BuurtIcalImport *import;
  GPtrArray       *groups;        /* the rows' groups, to replace them */
  GCancellable    *cancellable;   /* of the running job, or NULL */
  guint            progress_id;   /* pulses the progress bar */
};

G_DEFINE_FINAL_TYPE (BuurtIcalPreview, buurt_ical_preview, ADW_TYPE_WINDOW)

static const BuurtIcalItemKind group_order[] = {
  BUURT_ICAL_ITEM_CONFLICT,
  BUURT_ICAL_ITEM_NEW,
  BUURT_ICAL_ITEM_CHANGED,
  BUURT_ICAL_ITEM_GONE,
  BUURT_ICAL_ITEM_REFUSED,
  BUURT_ICAL_ITEM_UNCHANGED,
};

static guint
count_chosen (BuurtIcalPreview *self)
{
  guint n = 0;

  for (guint i = 0; self->import != NULL && i < buurt_ical_import_get_n_items (self->import); i++)
    {
      BuurtIcalItem *item = buurt_ical_import_get_item (self->import, i);

      n += item->chosen && item->kind != BUURT_ICAL_ITEM_UNCHANGED && item->kind != BUURT_ICAL_ITEM_REFUSED;
    }

  return n;
}

static void
update_actions (BuurtIcalPreview *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.import",
                                 self->cancellable == NULL && count_chosen (self) > 0);
}

static void
start_job (BuurtIcalPreview *self,
           const char       *message)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->busy_label, message);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  buurt_progress_show_later (self->progress_bar, &self->progress_id);
  update_actions (self);
}

static void
end_job (BuurtIcalPreview *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  update_actions (self);
}

static void
item_toggled_cb (gpointer user_data)
{
  update_actions (BUURT_ICAL_PREVIEW (user_data));
}

static char *
count_text (BuurtIcalItemKind kind,
            guint             n)
{
  switch (kind)
    {
    case BUURT_ICAL_ITEM_NEW:
      return g_strdup_printf (ngettext ("%u new", "%u new", n), n);
    case BUURT_ICAL_ITEM_CHANGED:
      return g_strdup_printf (ngettext ("%u changed", "%u changed", n), n);
    case BUURT_ICAL_ITEM_CONFLICT:
      return g_strdup_printf (ngettext ("%u changed here and in the file", "%u changed here and in the file", n), n);
    case BUURT_ICAL_ITEM_UNCHANGED:
      return g_strdup_printf (ngettext ("%u unchanged", "%u unchanged", n), n);
    case BUURT_ICAL_ITEM_GONE:
      return g_strdup_printf (ngettext ("%u no longer in the file", "%u no longer in the file", n), n);
    case BUURT_ICAL_ITEM_REFUSED:
    default:
      return g_strdup_printf (ngettext ("%u cannot be imported", "%u cannot be imported", n), n);
    }
}

static void
show_summary (BuurtIcalPreview *self,
              const char       *before)
{
  g_autoptr(GString) text = g_string_new (before);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  static const BuurtIcalItemKind kinds[] = {
    BUURT_ICAL_ITEM_NEW, BUURT_ICAL_ITEM_CHANGED, BUURT_ICAL_ITEM_CONFLICT,
    BUURT_ICAL_ITEM_UNCHANGED, BUURT_ICAL_ITEM_GONE, BUURT_ICAL_ITEM_REFUSED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      guint n = buurt_ical_import_count (self->import, kinds[i]);

      if (n > 0)
        g_ptr_array_add (parts, count_text (kinds[i], n));
    }
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);

  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* Translators: %s lists what a calendar file holds, such as "5 new, 2 unchanged" */
  g_string_append_printf (text, _("The file holds: %s."), joined);
  gtk_label_set_text (self->summary_label, text->str);
}

static void
show_import (BuurtIcalPreview *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->groups_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (!buurt_ical_import_has_anything (self->import))
    {
      g_autofree char *problems = buurt_ical_import_list_problems (self->import);
      g_autofree char *description = NULL;

      description = problems != NULL
                      ? g_strconcat (_("The file holds no event that can be imported. Nothing was changed."), "\n\n", problems, NULL)
                      : g_strdup (_("The file holds no events. Nothing was changed."));
      adw_status_page_set_description (self->nothing_page, description);
      gtk_stack_set_visible_child_name (self->stack, "nothing");
      update_actions (self);
      return;
    }

  show_summary (self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      GtkWidget *group = buurt_ical_preview_rows_new_group (self->database, self->import, group_order[i],
                                                            G_CALLBACK (item_toggled_cb), self);

      if (group != NULL)
        {
          gtk_box_append (self->groups_box, group);
          g_ptr_array_add (self->groups, group);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, "list");
  update_actions (self);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BuurtIcalPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtIcalImport) import = buurt_ical_import_read_finish (BUURT_DATABASE (source), result, &error);

  end_job (self);

  if (import == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      adw_status_page_set_title (self->nothing_page, _("This File Cannot Be Imported"));
      adw_status_page_set_description (self->nothing_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "nothing");
      return;
    }

  g_set_object (&self->import, import);
  show_import (self);
}

static void
apply_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BuurtIcalPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  BuurtIcalSummary summary;
  GtkWindow *parent;
  g_autofree char *message = NULL;

  end_job (self);

  if (!buurt_ical_import_apply_finish (BUURT_DATABASE (source), result, &summary, &error))
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      show_summary (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                            ? _("The import was cancelled. Nothing was changed.")
                            : error->message);
      return;
    }

  /* Translators: after an import; the numbers count activities */
  message = g_strdup_printf (_("Imported: %u new, %u updated, %u removed"),
                             summary.created, summary.updated, summary.removed);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    buurt_toast_show_in_window (parent, adw_toast_new (message));

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtIcalPreview *self = BUURT_ICAL_PREVIEW (widget);

  if (self->import == NULL || self->cancellable != NULL || count_chosen (self) == 0)
    return;

  start_job (self, _("Importing…"));
  /* buurt_ical_import_apply() backs the agenda up first, on the worker thread. */
  buurt_ical_import_apply_async (self->import, self->database,
                                 gtk_switch_get_active (self->submissions_switch),
                                 self->cancellable, apply_done_cb, g_object_ref (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BuurtIcalPreview *self = BUURT_ICAL_PREVIEW (widget);

  /* While a job runs, Cancel stops it (an import then writes nothing);
   * otherwise it closes the preview. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
buurt_ical_preview_dispose (GObject *object)
{
  BuurtIcalPreview *self = BUURT_ICAL_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_ICAL_PREVIEW);

  G_OBJECT_CLASS (buurt_ical_preview_parent_class)->dispose (object);
}

static void
buurt_ical_preview_finalize (GObject *object)
{
  BuurtIcalPreview *self = BUURT_ICAL_PREVIEW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->import);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_ical_preview_parent_class)->finalize (object);
}

static void
buurt_ical_preview_class_init (BuurtIcalPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_ical_preview_dispose;
  object_class->finalize = buurt_ical_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/buurtagenda/Buurtagenda/ical/buurt-ical-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, busy_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, nothing_page);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, groups_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtIcalPreview, submissions_switch);

  gtk_widget_class_install_action (widget_class, "preview.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "preview.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "preview.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "preview.cancel", NULL);
}

static void
buurt_ical_preview_init (BuurtIcalPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new ();
}

/**
 * buurt_ical_preview_new:
 * @parent: the window the preview belongs to; its toast says what was done
 * @file: a calendar file
 *
 * Returns: (transfer none): a new preview that reads @file; present it
 */
BuurtIcalPreview *
buurt_ical_preview_new (GtkWindow     *parent,
                        BuurtDatabase *database,
                        GFile         *file)
{
  BuurtIcalPreview *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (BUURT_TYPE_ICAL_PREVIEW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);

  start_job (self, _("Reading the calendar file…"));
  buurt_ical_import_read_async (database, file, self->cancellable, read_done_cb, g_object_ref (self));
  return self;
}

/* buurt-lessons-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-accessible.h"
#include "buurt-database-report.h"
#include "buurt-entities.h"
#include "buurt-lessons-window.h"

/*
 * "Lessons": the journal entries of every initiative together, so a new
 * initiative can read what others ran into and how they dealt with it.
 * Obstacles and lessons by default; a filter by kind, by the initiative's
 * stage, town and target group, and a search that narrows the list as one
 * types. Each entry names its initiative, date and kind. The list is read
 * again when a journal or an initiative changes.
 */

struct _BuurtLessonsWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *stage_dropdown;
  GtkDropDown    *kern_dropdown;
  GtkDropDown    *group_dropdown;
  GtkLabel       *count_label;
  GtkStack       *stack;
  GtkListBox     *list_box;

  /* Owned state */
  BuurtDatabase  *database;
  GArray         *kern_ids;   /* per position of kern_dropdown; 0 = all */
  guint           n_rows;
};

G_DEFINE_FINAL_TYPE (BuurtLessonsWindow, buurt_lessons_window, ADW_TYPE_WINDOW)

/* The kinds per position of kind_dropdown, as bits (1 << kind) */
static const guint kind_choices[] = {
  (1 << BUURT_JOURNAL_KIND_OBSTACLE) | (1 << BUURT_JOURNAL_KIND_LESSON),
  1 << BUURT_JOURNAL_KIND_OBSTACLE,
  1 << BUURT_JOURNAL_KIND_LESSON,
  1 << BUURT_JOURNAL_KIND_EVALUATION,
  1 << BUURT_JOURNAL_KIND_MILESTONE,
  0xf,
};

static void
set_strings (GtkDropDown *drop_down,
             GPtrArray   *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (drop_down, 0);
}

static GtkWidget *
lesson_row (BuurtLesson *lesson)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  const char *kind = buurt_enum_to_label (BUURT_TYPE_JOURNAL_KIND, lesson->kind);
  GtkWidget *row, *box, *label;
  int y = 0, m = 0, d = 0;

  if (sscanf (lesson->entry_date, "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);
  /* Translators: the date of a journal entry, see strftime(3); e.g. "1 Mar 2027" */
  day = date != NULL ? g_date_time_format (date, _("%-d %b %Y")) : g_strdup (lesson->entry_date);
  /* Translators: above a journal entry: its kind, initiative and date */
  heading = g_strdup_printf (_("%s · %s · %s"), kind, lesson->initiative, day);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (lesson->text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  name = g_strdup_printf ("%s: %s", heading, lesson->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

static void
reload (BuurtLessonsWindow *self)
{
  g_autoptr(GPtrArray) lessons = NULL;
  g_autoptr(GError) error = NULL;
  guint kind_position = gtk_drop_down_get_selected (self->kind_dropdown);
  guint stage_position = gtk_drop_down_get_selected (self->stage_dropdown);
  guint kern_position = gtk_drop_down_get_selected (self->kern_dropdown);
  guint group_position = gtk_drop_down_get_selected (self->group_dropdown);
  BuurtLessonQuery query = BUURT_LESSON_QUERY_INIT;
  GtkWidget *child;

  query.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  query.kinds = kind_position < G_N_ELEMENTS (kind_choices) ? kind_choices[kind_position] : 0;
  query.stage = stage_position > 0 && stage_position != GTK_INVALID_LIST_POSITION
                  ? (int) stage_position - 1 : -1;
  query.kern_id = self->kern_ids != NULL && kern_position < self->kern_ids->len
                    ? g_array_index (self->kern_ids, gint64, kern_position) : 0;
  query.target_groups = group_position > 0 && group_position != GTK_INVALID_LIST_POSITION
                          ? 1u << (group_position - 1) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  lessons = buurt_database_list_lessons (self->database, &query, &error);
  if (lessons == NULL)
    {
      g_warning ("Could not read the lessons: %s", error->message);
      self->n_rows = 0;
    }
  else
    {
      for (guint i = 0; i < lessons->len; i++)
        gtk_list_box_append (self->list_box, lesson_row (g_ptr_array_index (lessons, i)));
      self->n_rows = lessons->len;
    }

  {
    /* Translators: %u counts journal entries shown */
    g_autofree char *count = g_strdup_printf (ngettext ("%u entry", "%u entries", self->n_rows),
                                              self->n_rows);
    gtk_label_set_text (self->count_label, count);
  }
  gtk_stack_set_visible_child_name (self->stack, self->n_rows > 0 ? "list" : "empty");
}

static void
fill_filters (BuurtLessonsWindow *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) kerns = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  gint64 none = 0;

  g_ptr_array_add (labels, g_strdup (_("Obstacles and lessons")));
  g_ptr_array_add (labels, g_strdup (_("Obstacles")));
  g_ptr_array_add (labels, g_strdup (_("Lessons")));
  g_ptr_array_add (labels, g_strdup (_("Evaluations")));
  g_ptr_array_add (labels, g_strdup (_("Milestones")));
  g_ptr_array_add (labels, g_strdup (_("Every kind")));
  set_strings (self->kind_dropdown, labels);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, g_strdup (_("Every stage")));
  for (guint i = BUURT_STAGE_IDEA; i <= BUURT_STAGE_STOPPED; i++)
    g_ptr_array_add (labels, g_strdup (buurt_enum_to_label (BUURT_TYPE_STAGE, i)));
  set_strings (self->stage_dropdown, labels);

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->kern_ids, 0);
  g_ptr_array_add (labels, g_strdup (_("Every town")));
  g_array_append_val (self->kern_ids, none);
  for (guint i = 0; kerns != NULL && i < g_list_model_get_n_items (kerns); i++)
    {
      g_autoptr(BuurtEntity) kern = g_list_model_get_item (kerns, i);
      gint64 id = buurt_entity_get_id (kern);

      g_ptr_array_add (labels, g_strdup (buurt_entity_get_string (kern, "name")));
      g_array_append_val (self->kern_ids, id);
    }
  set_strings (self->kern_dropdown, labels);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (labels, g_strdup (_("Every target group")));
  for (guint bit = 0; bit < 8; bit++)
    g_ptr_array_add (labels, g_strdup (buurt_enum_to_label (BUURT_TYPE_TARGET_GROUP, 1u << bit)));
  set_strings (self->group_dropdown, labels);

  buurt_accessible_name_parts (GTK_WIDGET (self));
}

static void
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (BUURT_LESSONS_WINDOW (widget)->search_entry));
}

static gboolean
focus_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  focus_search_cb (widget, args, user_data);
  return TRUE;
}

static void
buurt_lessons_window_dispose (GObject *object)
{
  BuurtLessonsWindow *self = BUURT_LESSONS_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->kern_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_lessons_window_parent_class)->dispose (object);
}

static void
buurt_lessons_window_class_init (BuurtLessonsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_lessons_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-lessons-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, kern_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtLessonsWindow, list_box);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_lessons_window_init (BuurtLessonsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kern_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
}

/**
 * buurt_lessons_window_new:
 * @parent: the main window
 * @database: the agenda
 *
 * Returns: (transfer floating): the lessons of all initiatives, not yet shown
 */
BuurtLessonsWindow *
buurt_lessons_window_new (GtkWindow     *parent,
                          BuurtDatabase *database)
{
  BuurtLessonsWindow *self;
  const char *tables[] = { "journal_entry", "initiative", "kern", "neighbourhood" };

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_LESSONS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  fill_filters (self);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->stage_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->kern_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (reload), self);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *detailed = g_strconcat ("changed::", tables[i], NULL);

      g_signal_connect_object (database, detailed, G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
    }
  reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

guint
buurt_lessons_window_get_n_rows (BuurtLessonsWindow *self)
{
  g_return_val_if_fail (BUURT_IS_LESSONS_WINDOW (self), 0);
  return self->n_rows;
}

/* buurt-desk-conflict-row.c: one record changed on two desks, side by side
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-desk-conflict-row"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-conflict-row.h"

/* The record's title, its kind, and a grid of its fields: the name, this
 * desk's value, the other desk's value; the fields that differ first and in
 * bold. The buttons choose which version stays. */
struct _BuurtDeskConflictRow
{
  AdwExpanderRow   parent_instance;

  /* Template widgets */
  GtkWidget       *choice_box;
  GtkToggleButton *mine_button;
  GtkToggleButton *theirs_button;
  GtkToggleButton *later_button;
  GtkGrid         *fields_grid;

  /* The record */
  char            *table;
  char            *uuid;
};

G_DEFINE_FINAL_TYPE (BuurtDeskConflictRow, buurt_desk_conflict_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_CHOICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
cell (const char *text,
      gboolean    emphasis,
      gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  if (emphasis)
    gtk_widget_add_css_class (label, "heading");
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static gboolean
values_equal (GVariant *a,
              GVariant *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_variant_equal (a, b);
}

static void
fill_grid (BuurtDeskConflictRow *self,
           BuurtDatabase        *database,
           GVariant             *mine,
           GVariant             *theirs,
           const char           *their_desk)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *their_heading = NULL;
  GVariantIter iter;
  const char *key;
  int row = 1;

  for (GVariant *fields = mine; fields != NULL; fields = fields == mine ? theirs : NULL)
    {
      g_variant_iter_init (&iter, fields);
      while (g_variant_iter_next (&iter, "{&sv}", &key, NULL))
        if (!g_ptr_array_find_with_equal_func (columns, key, g_str_equal, NULL))
          g_ptr_array_add (columns, g_strdup (key));
      if (mine == theirs)
        break;
    }
  g_ptr_array_sort (columns, (GCompareFunc) g_strcmp0);

  /* Translators: the heading of the other desk's column, %s is its name */
  their_heading = g_strdup_printf (_("From “%s”"), their_desk);
  gtk_grid_attach (self->fields_grid, cell (_("Field"), TRUE, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (self->fields_grid, cell (_("On This Desk"), TRUE, TRUE), 1, 0, 1, 1);
  gtk_grid_attach (self->fields_grid, cell (their_heading, TRUE, TRUE), 2, 0, 1, 1);

  /* The fields that differ, then the others, dimmed. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < columns->len; i++)
      {
        const char *column = g_ptr_array_index (columns, i);
        g_autoptr(GVariant) a = mine != NULL ? g_variant_lookup_value (mine, column, NULL) : NULL;
        g_autoptr(GVariant) b = theirs != NULL ? g_variant_lookup_value (theirs, column, NULL) : NULL;
        gboolean differs = !values_equal (a, b);
        g_autofree char *text_a = NULL;
        g_autofree char *text_b = NULL;

        if (differs != (pass == 0))
          continue;

        text_a = buurt_desk_format_value (database, self->table, column, a);
        text_b = buurt_desk_format_value (database, self->table, column, b);
        gtk_grid_attach (self->fields_grid, cell (buurt_desk_field_title (column), differs, !differs), 0, row, 1, 1);
        gtk_grid_attach (self->fields_grid, cell (text_a, differs, !differs), 1, row, 1, 1);
        gtk_grid_attach (self->fields_grid, cell (text_b, differs, !differs), 2, row, 1, 1);
        row++;
      }
}

/* The expander row is built from lists and rows of its own that have no
 * name: each gets the record's title, the list of fields says what it is. */
static void
name_parts (GtkWidget  *widget,
            const char *title,
            gboolean    inside_fields)
{
  if ((GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_BOX_ROW (widget)))
    {
      g_autofree char *text = inside_fields
                              ? g_strdup_printf (_("Both versions of “%s”, field by field"), title)
                              : g_strdup (title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_parts (child, title, inside_fields || GTK_IS_REVEALER (widget));
}

static void
choice_toggled_cb (BuurtDeskConflictRow *self,
                   GtkToggleButton      *button)
{
  if (gtk_toggle_button_get_active (button))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
}

static void
buurt_desk_conflict_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_DESK_CONFLICT_ROW);

  G_OBJECT_CLASS (buurt_desk_conflict_row_parent_class)->dispose (object);
}

static void
buurt_desk_conflict_row_finalize (GObject *object)
{
  BuurtDeskConflictRow *self = BUURT_DESK_CONFLICT_ROW (object);

  g_free (self->table);
  g_free (self->uuid);

  G_OBJECT_CLASS (buurt_desk_conflict_row_parent_class)->finalize (object);
}

static void
buurt_desk_conflict_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  BuurtDeskConflictRow *self = BUURT_DESK_CONFLICT_ROW (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      g_value_set_int (value, buurt_desk_conflict_row_get_choice (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_desk_conflict_row_class_init (BuurtDeskConflictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_desk_conflict_row_dispose;
  object_class->finalize = buurt_desk_conflict_row_finalize;
  object_class->get_property = buurt_desk_conflict_row_get_property;

  properties[PROP_CHOICE] =
    g_param_spec_int ("choice", NULL, NULL,
                      BUURT_DESK_CHOICE_ASK, BUURT_DESK_CHOICE_THEIRS, BUURT_DESK_CHOICE_ASK,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/desks/buurt-desk-conflict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictRow, choice_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictRow, mine_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictRow, theirs_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictRow, later_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtDeskConflictRow, fields_grid);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);
}

static void
buurt_desk_conflict_row_init (BuurtDeskConflictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buurt_desk_conflict_row_new:
 * @mine: (nullable): this desk's version
 * @theirs: (nullable): the other desk's version
 * @their_desk: the other desk's name
 *
 * Returns: (transfer floating): a row showing both versions field by field
 */
GtkWidget *
buurt_desk_conflict_row_new (BuurtDatabase *database,
                             const char    *table,
                             const char    *uuid,
                             GVariant      *mine,
                             GVariant      *theirs,
                             const char    *their_desk)
{
  BuurtDeskConflictRow *self = g_object_new (BUURT_TYPE_DESK_CONFLICT_ROW, NULL);
  g_autofree char *title = buurt_desk_describe (uuid, mine != NULL ? mine : theirs);
  g_autofree char *subtitle = NULL;
  const char *deleted = NULL;

  self->table = g_strdup (table);
  self->uuid = g_strdup (uuid);

  if (mine != NULL && g_variant_lookup (mine, "deleted_at", "&s", &deleted))
    /* Translators: %s is a kind of record, such as “Activities” */
    subtitle = g_strdup_printf (_("%s · deleted on this desk, changed on the other"), buurt_desk_table_title (table));
  else if (theirs != NULL && g_variant_lookup (theirs, "deleted_at", "&s", &deleted))
    subtitle = g_strdup_printf (_("%s · changed on this desk, deleted on the other"), buurt_desk_table_title (table));
  else
    subtitle = g_strdup_printf (_("%s · changed on both desks"), buurt_desk_table_title (table));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  fill_grid (self, database, mine, theirs, their_desk);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_parts (child, title, FALSE);
  {
    g_autofree char *name = g_strdup_printf ("%s, %s", title, subtitle);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mine_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Keep the version on this desk"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->theirs_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Take the other desk’s version"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->later_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decide later, in the conflicts list"), -1);
  return GTK_WIDGET (self);
}

const char *
buurt_desk_conflict_row_get_table (BuurtDeskConflictRow *self)
{
  g_return_val_if_fail (BUURT_IS_DESK_CONFLICT_ROW (self), NULL);
  return self->table;
}

const char *
buurt_desk_conflict_row_get_uuid (BuurtDeskConflictRow *self)
{
  g_return_val_if_fail (BUURT_IS_DESK_CONFLICT_ROW (self), NULL);
  return self->uuid;
}

/**
 * buurt_desk_conflict_row_get_choice:
 *
 * Returns: which version the user chose, or %BUURT_DESK_CHOICE_ASK for later
 */
BuurtDeskChoice
buurt_desk_conflict_row_get_choice (BuurtDeskConflictRow *self)
{
  g_return_val_if_fail (BUURT_IS_DESK_CONFLICT_ROW (self), BUURT_DESK_CHOICE_ASK);

  if (gtk_toggle_button_get_active (self->mine_button))
    return BUURT_DESK_CHOICE_MINE;
  if (gtk_toggle_button_get_active (self->theirs_button))
    return BUURT_DESK_CHOICE_THEIRS;
  return BUURT_DESK_CHOICE_ASK;
}

void
buurt_desk_conflict_row_set_choice (BuurtDeskConflictRow *self,
                                    BuurtDeskChoice       choice)
{
  g_return_if_fail (BUURT_IS_DESK_CONFLICT_ROW (self));

  gtk_toggle_button_set_active (choice == BUURT_DESK_CHOICE_MINE ? self->mine_button :
                                choice == BUURT_DESK_CHOICE_THEIRS ? self->theirs_button :
                                self->later_button, TRUE);
}

/**
 * buurt_desk_conflict_row_set_choosable:
 *
 * Shows or hides the buttons that choose a version (the conflicts list has
 * buttons of its own).
 */
void
buurt_desk_conflict_row_set_choosable (BuurtDeskConflictRow *self,
                                       gboolean              choosable)
{
  g_return_if_fail (BUURT_IS_DESK_CONFLICT_ROW (self));
  gtk_widget_set_visible (self->choice_box, choosable);
}

/* buurt-initiative-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-combo-row.h"
#include "buurt-database-initiatives.h"
#include "buurt-initiative-editor.h"
#include "buurt-initiative-row.h"

/*
 * The editor of one initiative: what it is, where and for whom, its dates
 * and numbers, and the people with their role. Saving writes the initiative
 * and its people in one transaction. Bad input (no title, a date that is no
 * date, an evaluation before the start) is named above the form and marked
 * at its field, and nothing is saved. The stage is chosen here only for a
 * new initiative; later moves go through "Move to Stage", which asks what a
 * move needs.
 */

struct _BuurtInitiativeEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel             *error_label;
  AdwEntryRow          *title_row;
  AdwComboRow          *stage_row;
  AdwComboRow          *neighbourhood_row;
  GtkTextView          *summary_view;
  AdwPreferencesGroup  *groups_group;
  AdwEntryRow          *start_row;
  AdwEntryRow          *next_row;
  GtkSpinButton        *volunteers_spin;
  GtkSpinButton        *participants_spin;
  AdwEntryRow          *support_row;
  GtkListBox           *people_list;
  AdwComboRow          *contact_row;
  AdwComboRow          *role_row;

  /* Owned state */
  BuurtDatabase        *database;
  gint64                initiative_id;     /* 0 for a new one */
  GArray               *neighbourhood_ids; /* per position of neighbourhood_row; 0 = none */
  GPtrArray            *contacts;          /* BuurtContact per position of contact_row */
  GPtrArray            *people;            /* BuurtInitiativePerson, as the form shows them */
  GtkCheckButton       *group_checks[8];   /* per bit of BuurtTargetGroup */
  char                 *error;             /* the last message shown, or NULL */
};

G_DEFINE_FINAL_TYPE (BuurtInitiativeEditor, buurt_initiative_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_strings (AdwComboRow *row,
             GPtrArray   *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  buurt_combo_row_name_items (row);
}

static void
fill_enum (AdwComboRow *row,
           GType        enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    g_ptr_array_add (labels, (gpointer) buurt_enum_to_label (enum_type, klass->values[i].value));
  set_strings (row, labels);
}

static void
fill_lists (BuurtInitiativeEditor *self)
{
  g_autoptr(GListModel) neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  g_autoptr(GListModel) kernen = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  g_autoptr(GListModel) contacts = buurt_database_list (self->database, BUURT_TYPE_CONTACT, NULL);
  g_autoptr(GHashTable) kern_names = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contact_labels = g_ptr_array_new_with_free_func (g_free);
  gint64 none = 0;

  fill_enum (self->stage_row, BUURT_TYPE_STAGE);
  fill_enum (self->role_row, BUURT_TYPE_PARTNER_ROLE);

  kern_names = kernen != NULL ? buurt_entity_index_names (kernen, "name") : NULL;
  g_array_append_val (self->neighbourhood_ids, none);
  g_ptr_array_add (labels, g_strdup (_("None")));
  for (guint i = 0; neighbourhoods != NULL && i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BuurtEntity) neighbourhood = g_list_model_get_item (neighbourhoods, i);
      gint64 id = buurt_entity_get_id (neighbourhood);
      gint64 kern_id = buurt_entity_get_int (neighbourhood, "kern-id");
      const char *kern = kern_names != NULL ? g_hash_table_lookup (kern_names, &kern_id) : NULL;

      g_array_append_val (self->neighbourhood_ids, id);
      g_ptr_array_add (labels, kern != NULL
                       /* Translators: a neighbourhood and its town, such as "De Gilden, Dronten" */
                       ? g_strdup_printf (_("%s, %s"), buurt_entity_get_string (neighbourhood, "name"), kern)
                       : g_strdup (buurt_entity_get_string (neighbourhood, "name")));
    }
  set_strings (self->neighbourhood_row, labels);

  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      BuurtEntity *contact = g_list_model_get_item (contacts, i);

      g_ptr_array_add (self->contacts, contact);
      g_ptr_array_add (contact_labels,
                       g_strdup_printf ("%s (%s)", buurt_entity_get_string (contact, "name"),
                                        buurt_enum_to_label (BUURT_TYPE_CONTACT_KIND,
                                                             buurt_entity_get_enum (contact, "kind"))));
    }
  set_strings (self->contact_row, contact_labels);
  gtk_widget_set_sensitive (GTK_WIDGET (self->contact_row), self->contacts->len > 0);
}

static void
add_group_checks (BuurtInitiativeEditor *self)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BUURT_TYPE_TARGET_GROUP);

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint bit = klass->values[i].value;
      GtkWidget *row;
      GtkWidget *check;

      if (bit == 0)
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_enum_to_label (BUURT_TYPE_TARGET_GROUP, bit));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      buurt_enum_to_label (BUURT_TYPE_TARGET_GROUP, bit), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->groups_group, row);
      self->group_checks[g_bit_nth_lsf (bit, -1)] = GTK_CHECK_BUTTON (check);
    }
}

static void remove_person_cb (GtkButton *button, BuurtInitiativeEditor *self);

static void
show_people (BuurtInitiativeEditor *self)
{
  GtkWidget *child;

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->people_list, 0))) != NULL)
    gtk_list_box_remove (self->people_list, child);

  for (guint i = 0; i < self->people->len; i++)
    {
      BuurtInitiativePerson *person = g_ptr_array_index (self->people, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *label = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), buurt_enum_to_label (BUURT_TYPE_PARTNER_ROLE, person->role));
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      /* Translators: %s is a person's name; a button takes them off the initiative */
      label = g_strdup_printf (_("Remove %s"), person->name);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "person", person);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_person_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->people_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->people_list), self->people->len > 0);
}

static void
remove_person_cb (GtkButton             *button,
                  BuurtInitiativeEditor *self)
{
  g_ptr_array_remove (self->people, g_object_get_data (G_OBJECT (button), "person"));
  show_people (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->contact_row));
}

static void
load (BuurtInitiativeEditor *self)
{
  g_autoptr(BuurtEntity) initiative = NULL;
  g_autoptr(GPtrArray) people = NULL;
  guint groups;

  initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE, self->initiative_id, NULL);
  if (initiative == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), buurt_entity_get_string (initiative, "title"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view),
                            buurt_entity_get_string (initiative, "summary") ?: "", -1);
  adw_combo_row_set_selected (self->stage_row, buurt_entity_get_enum (initiative, "stage"));
  for (guint i = 0; i < self->neighbourhood_ids->len; i++)
    if (g_array_index (self->neighbourhood_ids, gint64, i) == buurt_entity_get_int (initiative, "neighbourhood-id"))
      adw_combo_row_set_selected (self->neighbourhood_row, i);

  groups = buurt_entity_get_enum (initiative, "target-groups");
  for (guint bit = 0; bit < G_N_ELEMENTS (self->group_checks); bit++)
    if (self->group_checks[bit] != NULL)
      gtk_check_button_set_active (self->group_checks[bit], (groups & (1u << bit)) != 0);

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), buurt_entity_get_string (initiative, "start-date") ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_row), buurt_entity_get_string (initiative, "next-evaluation") ?: "");
  gtk_spin_button_set_value (self->volunteers_spin, buurt_entity_get_int (initiative, "volunteers"));
  gtk_spin_button_set_value (self->participants_spin, buurt_entity_get_int (initiative, "participants"));
  gtk_editable_set_text (GTK_EDITABLE (self->support_row),
                         buurt_entity_get_string (initiative, "support-evidence") ?: "");

  people = buurt_database_list_initiative_people (self->database, self->initiative_id, NULL);
  for (guint i = 0; people != NULL && i < people->len; i++)
    g_ptr_array_add (self->people, g_ptr_array_steal_index (people, i--));
}

static void
clear_errors (BuurtInitiativeEditor *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->start_row), GTK_WIDGET (self->next_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_clear_pointer (&self->error, g_free);
}

/* Shows @message above the form and marks @field, which takes the focus. */
static gboolean
fail (BuurtInitiativeEditor *self,
      GtkWidget             *field,
      const char            *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_widget_grab_focus (field);
    }
  return FALSE;
}

/* Actions */

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BuurtInitiativeEditor *self = BUURT_INITIATIVE_EDITOR (widget);
  guint position = adw_combo_row_get_selected (self->contact_row);
  BuurtEntity *contact;

  if (position >= self->contacts->len)
    return;
  contact = g_ptr_array_index (self->contacts, position);
  buurt_initiative_editor_add_person (self, buurt_entity_get_id (contact),
                                      adw_combo_row_get_selected (self->role_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_initiative_editor_save (BUURT_INITIATIVE_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
buurt_initiative_editor_dispose (GObject *object)
{
  BuurtInitiativeEditor *self = BUURT_INITIATIVE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_INITIATIVE_EDITOR);
  g_clear_object (&self->database);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_initiative_editor_parent_class)->dispose (object);
}

static void
buurt_initiative_editor_finalize (GObject *object)
{
  BuurtInitiativeEditor *self = BUURT_INITIATIVE_EDITOR (object);

  g_clear_pointer (&self->neighbourhood_ids, g_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (buurt_initiative_editor_parent_class)->finalize (object);
}

static void
buurt_initiative_editor_class_init (BuurtInitiativeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_initiative_editor_dispose;
  object_class->finalize = buurt_initiative_editor_finalize;

  /**
   * BuurtInitiativeEditor::saved:
   * @initiative_id: the initiative as it was written
   *
   * Emitted after a successful save, just before the editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-initiative-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, stage_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, neighbourhood_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, groups_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, next_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, volunteers_spin);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, participants_spin);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, support_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, people_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeEditor, role_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-person", NULL, add_person_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
buurt_initiative_editor_init (BuurtInitiativeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->neighbourhood_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_person_free);
  add_group_checks (self);
}

/**
 * buurt_initiative_editor_new:
 * @initiative_id: the initiative to change, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, not yet shown
 */
BuurtInitiativeEditor *
buurt_initiative_editor_new (GtkWindow     *parent,
                             BuurtDatabase *database,
                             gint64         initiative_id)
{
  BuurtInitiativeEditor *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_INITIATIVE_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->initiative_id = initiative_id;

  fill_lists (self);
  if (initiative_id != 0)
    load (self);
  show_people (self);

  gtk_window_set_title (GTK_WINDOW (self), initiative_id != 0 ? _("Edit Initiative") : _("New Initiative"));
  gtk_widget_set_visible (GTK_WIDGET (self->stage_row), initiative_id == 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

/**
 * buurt_initiative_editor_save:
 *
 * Checks the form and saves it; on success the editor closes.
 *
 * Returns: %TRUE when saved; otherwise the form says what is wrong
 */
gboolean
buurt_initiative_editor_save (BuurtInitiativeEditor *self)
{
  g_autoptr(BuurtEntity) initiative = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *next = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *support = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  GtkTextIter begin, end;
  guint groups = 0;

  g_return_val_if_fail (BUURT_IS_INITIATIVE_EDITOR (self), FALSE);

  clear_errors (self);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (*title == '\0')
    return fail (self, GTK_WIDGET (self->title_row), _("Title: give the initiative a name."));
  if (!buurt_initiative_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), &start))
    return fail (self, GTK_WIDGET (self->start_row),
                 _("Start date: type a date such as 2026-12-01 or 1-12-2026."));
  if (!buurt_initiative_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->next_row)), &next))
    return fail (self, GTK_WIDGET (self->next_row),
                 _("Next evaluation: type a date such as 2027-03-01 or 1-3-2027."));
  if (start != NULL && next != NULL && g_strcmp0 (next, start) < 0)
    return fail (self, GTK_WIDGET (self->next_row),
                 _("Next evaluation: this date is before the start date."));

  for (guint bit = 0; bit < G_N_ELEMENTS (self->group_checks); bit++)
    if (self->group_checks[bit] != NULL && gtk_check_button_get_active (self->group_checks[bit]))
      groups |= 1u << bit;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  summary = g_strstrip (gtk_text_buffer_get_text (buffer, &begin, &end, FALSE));
  support = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->support_row))));

  if (self->initiative_id != 0)
    initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE, self->initiative_id, &error);
  else
    initiative = g_object_new (BUURT_TYPE_INITIATIVE,
                               "stage", adw_combo_row_get_selected (self->stage_row),
                               NULL);
  if (initiative == NULL)
    return fail (self, NULL, error->message);

  g_object_set (initiative,
                "title", title,
                "summary", summary,
                "neighbourhood-id", g_array_index (self->neighbourhood_ids, gint64,
                                                   MIN (adw_combo_row_get_selected (self->neighbourhood_row),
                                                        self->neighbourhood_ids->len - 1)),
                "target-groups", groups,
                "start-date", start,
                "next-evaluation", next,
                "volunteers", (gint64) gtk_spin_button_get_value_as_int (self->volunteers_spin),
                "participants", (gint64) gtk_spin_button_get_value_as_int (self->participants_spin),
                "support-evidence", support,
                NULL);

  if (!buurt_database_save_initiative (self->database, BUURT_INITIATIVE (initiative), self->people, &error))
    return fail (self, NULL, error->message);

  g_signal_emit (self, signals[SAVED], 0, buurt_entity_get_id (initiative));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * buurt_initiative_editor_get_error:
 *
 * Returns: (transfer none) (nullable): what the form says is wrong
 */
const char *
buurt_initiative_editor_get_error (BuurtInitiativeEditor *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVE_EDITOR (self), NULL);

  return self->error;
}

/**
 * buurt_initiative_editor_add_person:
 *
 * Adds a contact of the address book in @role (once).
 */
void
buurt_initiative_editor_add_person (BuurtInitiativeEditor *self,
                                    gint64                 contact_id,
                                    BuurtPartnerRole       role)
{
  BuurtEntity *contact = NULL;

  g_return_if_fail (BUURT_IS_INITIATIVE_EDITOR (self));

  for (guint i = 0; i < self->people->len; i++)
    {
      BuurtInitiativePerson *person = g_ptr_array_index (self->people, i);

      if (person->contact_id == contact_id && person->role == role)
        return;
    }
  for (guint i = 0; i < self->contacts->len && contact == NULL; i++)
    if (buurt_entity_get_id (g_ptr_array_index (self->contacts, i)) == contact_id)
      contact = g_ptr_array_index (self->contacts, i);
  if (contact == NULL)
    return;

  g_ptr_array_add (self->people,
                   buurt_initiative_person_new (contact_id, buurt_entity_get_string (contact, "name"),
                                                buurt_entity_get_enum (contact, "kind"), role));
  show_people (self);
}

guint
buurt_initiative_editor_get_n_people (BuurtInitiativeEditor *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVE_EDITOR (self), 0);

  return self->people->len;
}

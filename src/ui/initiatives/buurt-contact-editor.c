/* buurt-contact-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-contact-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-combo-row.h"
#include "buurt-contact-editor.h"
#include "buurt-database-funders.h"

/*
 * One contact of the address book: name, kind, phone and e-mail, and for a
 * funder its scheme: the usual maximum per request and the budget for a
 * year (a contact with more schemes shows its first here). A missing name,
 * an e-mail address that is none or an amount that is not money is named
 * above the form, marked at its field, and nothing is saved.
 */

struct _BuurtContactEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel    *error_label;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;
  AdwEntryRow *scheme_name_row;
  AdwEntryRow *scheme_max_row;
  AdwEntryRow *scheme_budget_row;

  /* Owned state */
  BuurtDatabase *database;
  gint64         contact_id;  /* 0 for a new one */
  BuurtEntity   *scheme;      /* the scheme shown, if it has one */
  char          *error;
};

G_DEFINE_FINAL_TYPE (BuurtContactEditor, buurt_contact_editor, ADW_TYPE_WINDOW)

static char *
field_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
fail (BuurtContactEditor *self,
      AdwEntryRow        *field,
      const char         *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (field != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field), "error");
      gtk_widget_grab_focus (GTK_WIDGET (field));
    }
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_contact_editor_save (BUURT_CONTACT_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
buurt_contact_editor_dispose (GObject *object)
{
  BuurtContactEditor *self = BUURT_CONTACT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_CONTACT_EDITOR);
  g_clear_object (&self->database);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (buurt_contact_editor_parent_class)->dispose (object);
}

static void
buurt_contact_editor_finalize (GObject *object)
{
  BuurtContactEditor *self = BUURT_CONTACT_EDITOR (object);

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (buurt_contact_editor_parent_class)->finalize (object);
}

static void
buurt_contact_editor_class_init (BuurtContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_contact_editor_dispose;
  object_class->finalize = buurt_contact_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, scheme_name_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, scheme_max_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactEditor, scheme_budget_row);

  gtk_widget_class_install_action (widget_class, "contact.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "contact.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "contact.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "contact.cancel", NULL);
}

static void
buurt_contact_editor_init (BuurtContactEditor *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BUURT_TYPE_CONTACT_KIND);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (kinds, buurt_enum_to_label (BUURT_TYPE_CONTACT_KIND, klass->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  buurt_combo_row_name_items (self->kind_row);
}

static void
set_money (AdwEntryRow *row,
           gint64       cents)
{
  g_autofree char *text = cents > 0 ? buurt_money_format_amount (cents) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text ?: "");
}

static void
load_scheme (BuurtContactEditor *self)
{
  g_autoptr(GPtrArray) schemes = buurt_database_list_schemes (self->database, self->contact_id, NULL);

  if (schemes == NULL || schemes->len == 0)
    return;

  self->scheme = g_object_ref (g_ptr_array_index (schemes, 0));
  gtk_editable_set_text (GTK_EDITABLE (self->scheme_name_row), buurt_entity_get_string (self->scheme, "name"));
  set_money (self->scheme_max_row, buurt_entity_get_int (self->scheme, "max-request-cents"));
  set_money (self->scheme_budget_row, buurt_entity_get_int (self->scheme, "yearly-budget-cents"));
}

/**
 * buurt_contact_editor_new:
 * @contact_id: the contact to change, or 0 for a new one
 *
 * Returns: (transfer floating): the editor, not yet shown
 */
BuurtContactEditor *
buurt_contact_editor_new (GtkWindow     *parent,
                          BuurtDatabase *database,
                          gint64         contact_id)
{
  BuurtContactEditor *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_CONTACT_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->contact_id = contact_id;
  gtk_window_set_title (GTK_WINDOW (self), contact_id != 0 ? _("Edit Contact") : _("New Contact"));

  if (contact_id != 0)
    {
      g_autoptr(BuurtEntity) contact = buurt_database_load (database, BUURT_TYPE_CONTACT, contact_id, NULL);

      if (contact != NULL)
        buurt_contact_editor_fill (self,
                                   buurt_entity_get_string (contact, "name"),
                                   buurt_entity_get_enum (contact, "kind"),
                                   buurt_entity_get_string (contact, "phone"),
                                   buurt_entity_get_string (contact, "email"));
      load_scheme (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

/**
 * buurt_contact_editor_fill:
 *
 * Puts values in the form, as a person would type them.
 */
void
buurt_contact_editor_fill (BuurtContactEditor *self,
                           const char         *name,
                           BuurtContactKind    kind,
                           const char         *phone,
                           const char         *email)
{
  g_return_if_fail (BUURT_IS_CONTACT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ?: "");
  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), phone ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email ?: "");
}

/**
 * buurt_contact_editor_fill_scheme:
 *
 * Puts a funder's scheme in the form, as a person would type it.
 */
void
buurt_contact_editor_fill_scheme (BuurtContactEditor *self,
                                  const char         *name,
                                  const char         *max_request,
                                  const char         *yearly_budget)
{
  g_return_if_fail (BUURT_IS_CONTACT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->scheme_name_row), name ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->scheme_max_row), max_request ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->scheme_budget_row), yearly_budget ?: "");
}

/**
 * buurt_contact_editor_save:
 *
 * Returns: %TRUE when saved (the editor closes); otherwise the form says
 *   what is wrong and nothing was saved
 */
gboolean
buurt_contact_editor_save (BuurtContactEditor *self)
{
  g_autoptr(BuurtEntity) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = field_text (self->name_row);
  g_autofree char *phone = field_text (self->phone_row);
  g_autofree char *email = field_text (self->email_row);
  g_autofree char *scheme_name = field_text (self->scheme_name_row);
  g_autofree char *max_text = field_text (self->scheme_max_row);
  g_autofree char *budget_text = field_text (self->scheme_budget_row);
  g_autoptr(BuurtEntity) scheme = NULL;
  gint64 max_cents = 0, budget_cents = 0;

  g_return_val_if_fail (BUURT_IS_CONTACT_EDITOR (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->scheme_name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->scheme_max_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->scheme_budget_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_clear_pointer (&self->error, g_free);

  if (name == NULL)
    return fail (self, self->name_row, _("Name: fill in the name of the person or organisation."));
  if (email != NULL && (strchr (email, '@') == NULL || email[0] == '@' || g_str_has_suffix (email, "@")))
    return fail (self, self->email_row, _("E-mail: this is not an e-mail address, such as naam@voorbeeld.nl."));

  if (!buurt_money_parse (max_text, _("Usual maximum per request"), &max_cents, &error))
    return fail (self, self->scheme_max_row, error->message);
  if (!buurt_money_parse (budget_text, _("Budget per year"), &budget_cents, &error))
    return fail (self, self->scheme_budget_row, error->message);
  if (scheme_name == NULL && (max_cents > 0 || budget_cents > 0))
    return fail (self, self->scheme_name_row, _("Scheme: give the scheme a name, such as “Buurtbudget”."));
  if (scheme_name != NULL)
    {
      scheme = self->scheme != NULL ? g_object_ref (self->scheme) : BUURT_ENTITY (buurt_funding_scheme_new ());
      g_object_set (scheme,
                    "name", scheme_name,
                    "max-request-cents", max_cents,
                    "yearly-budget-cents", budget_cents,
                    NULL);
    }

  if (self->contact_id != 0)
    contact = buurt_database_load (self->database, BUURT_TYPE_CONTACT, self->contact_id, &error);
  else
    contact = BUURT_ENTITY (buurt_contact_new ());
  if (contact == NULL)
    return fail (self, NULL, error->message);

  g_object_set (contact,
                "name", name,
                "kind", adw_combo_row_get_selected (self->kind_row),
                "phone", phone,
                "email", email,
                NULL);
  if (!buurt_database_save_funder (self->database, contact, scheme,
                                   scheme == NULL ? self->scheme : NULL, &error))
    return fail (self, NULL, error->message);

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * buurt_contact_editor_get_error:
 *
 * Returns: (transfer none) (nullable): what the form says is wrong
 */
const char *
buurt_contact_editor_get_error (BuurtContactEditor *self)
{
  g_return_val_if_fail (BUURT_IS_CONTACT_EDITOR (self), NULL);

  return self->error;
}

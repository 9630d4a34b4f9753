/* buurt-contacts-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-contacts-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-contact-editor.h"
#include "buurt-contact-merge.h"
#include "buurt-contacts-window.h"
#include "buurt-database-funders.h"
#include "buurt-database-initiatives.h"

/*
 * The address book: residents, clubs, foundations, welfare organisations,
 * the municipality, housing corporations, schools, churches and businesses,
 * each with what refers to it (the initiatives it has a role in, the
 * activities it organises, the grants it funds). Contacts are added and
 * changed in BuurtContactEditor; two that are the same person are merged,
 * and the toast (or Ctrl+Z) undoes the merge. A contact that nothing refers
 * to can be deleted (Delete; Undo in the toast); one that is referred to is
 * refused with a message that points to merging.
 */

struct _BuurtContactsWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkSearchEntry  *search_entry;
  GtkListBox      *list_box;

  /* Owned state */
  BuurtDatabase     *database;
  GPtrArray         *contacts;    /* BuurtContactSummary per row */
  BuurtContactMerge *last_merge;  /* the merge Ctrl+Z undoes, or NULL */
  BuurtEntity       *last_deleted; /* the contact Ctrl+Z brings back, or NULL */
  AdwMessageDialog  *merge_dialog;
  GtkDropDown       *merge_target;
  GArray            *merge_ids;   /* contact ids per position of merge_target */
};

G_DEFINE_FINAL_TYPE (BuurtContactsWindow, buurt_contacts_window, ADW_TYPE_WINDOW)

static BuurtContactSummary *
row_contact (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "contact") : NULL;
}

static BuurtContactSummary *
selected_contact (BuurtContactsWindow *self)
{
  /* Nothing is chosen once the window is taken down. */
  if (self->list_box == NULL)
    return NULL;
  return row_contact (gtk_list_box_get_selected_row (self->list_box));
}

static char *
describe_links (const BuurtContactSummary *contact)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (contact->n_initiatives > 0)
    /* Translators: %s are the titles of initiatives */
    g_ptr_array_add (parts, g_strdup_printf (_("Initiatives: %s"), contact->initiatives));
  if (contact->n_activities > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("organises %'d activity",
                                                       "organises %'d activities",
                                                       contact->n_activities),
                                             (int) contact->n_activities));
  if (contact->n_grants > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("funder of %'d grant request",
                                                       "funder of %'d grant requests",
                                                       contact->n_grants),
                                             (int) contact->n_grants));
  if (parts->len == 0)
    return g_strdup (_("Not linked to anything yet"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_actions (BuurtContactsWindow *self)
{
  gboolean chosen = selected_contact (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.edit", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.merge", chosen && self->contacts->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.delete", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.undo",
                                 self->last_merge != NULL || self->last_deleted != NULL);
}

static void
reload (BuurtContactsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  BuurtContactSummary *selected = selected_contact (self);
  gint64 selected_id = selected != NULL ? selected->id : 0;
  GtkWidget *child;

  if (self->list_box == NULL)
    return;

  contacts = buurt_database_list_contacts (self->database, &error);
  if (contacts == NULL)
    {
      g_warning ("Could not read the address book: %s", error->message);
      return;
    }

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  self->contacts = g_steal_pointer (&contacts);

  for (guint i = 0; i < self->contacts->len; i++)
    {
      BuurtContactSummary *contact = g_ptr_array_index (self->contacts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      g_autofree char *first = NULL;
      g_autofree char *links = describe_links (contact);
      g_autofree char *subtitle = NULL;

      g_ptr_array_add (parts, (gpointer) buurt_enum_to_label (BUURT_TYPE_CONTACT_KIND, contact->kind));
      if (contact->phone != NULL)
        g_ptr_array_add (parts, contact->phone);
      if (contact->email != NULL)
        g_ptr_array_add (parts, contact->email);
      g_ptr_array_add (parts, NULL);
      first = g_strjoinv (" · ", (char **) parts->pdata);
      subtitle = g_strdup_printf ("%s\n%s", first, links);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), contact->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "contact", contact);
      g_object_set_data_full (G_OBJECT (row), "subtitle", g_steal_pointer (&subtitle), g_free);
      gtk_list_box_append (self->list_box, row);

      if (contact->id == selected_id)
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
    }

  gtk_list_box_invalidate_filter (self->list_box);
  update_actions (self);
}

static void
database_changed_cb (BuurtContactsWindow *self)
{
  reload (self);
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  BuurtContactsWindow *self = user_data;
  BuurtContactSummary *contact = row_contact (row);
  g_autofree char *search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  if (*search == '\0')
    return TRUE;

  text = g_strjoin (" ", contact->name, contact->email ?: "", contact->phone ?: "",
                    contact->initiatives ?: "", NULL);
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, g_strstrip (search)) != NULL;
}

static void
open_editor (BuurtContactsWindow *self,
             gint64               contact_id)
{
  BuurtContactEditor *editor = buurt_contact_editor_new (GTK_WINDOW (self), self->database, contact_id);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
row_activated_cb (BuurtContactsWindow *self,
                  GtkListBoxRow       *row)
{
  open_editor (self, row_contact (row)->id);
}

static void
undo_toast_cb (AdwToast            *toast,
               BuurtContactsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.undo", NULL);
}

static void
merge_response_cb (BuurtContactsWindow *self,
                   const char          *response,
                   AdwMessageDialog    *dialog)
{
  guint position = gtk_drop_down_get_selected (self->merge_target);
  gint64 duplicate_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "duplicate-id"));

  if (g_str_equal (response, "merge") && position < self->merge_ids->len)
    buurt_contacts_window_merge (self, g_array_index (self->merge_ids, gint64, position), duplicate_id);

  self->merge_dialog = NULL;
  self->merge_target = NULL;
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (BUURT_CONTACTS_WINDOW (widget), 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (widget);
  BuurtContactSummary *contact = selected_contact (self);

  if (contact != NULL)
    open_editor (self, contact->id);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (widget);
  BuurtContactSummary *duplicate = selected_contact (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *drop_down;

  if (duplicate == NULL)
    return;

  g_array_set_size (self->merge_ids, 0);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      BuurtContactSummary *contact = g_ptr_array_index (self->contacts, i);
      g_autofree char *label = NULL;

      if (contact->id == duplicate->id)
        continue;
      label = g_strdup_printf ("%s (%s)", contact->name, buurt_enum_to_label (BUURT_TYPE_CONTACT_KIND, contact->kind));
      gtk_string_list_append (names, label);
      g_array_append_val (self->merge_ids, contact->id);
    }

  /* Translators: %s is the name of a contact */
  heading = g_strdup_printf (_("Merge “%s” Into…"), duplicate->name);
  /* Translators: %s is the name of a contact */
  body = g_strdup_printf (_("Choose the contact that is the same person or organisation. Everything "
                            "that refers to “%s” moves to it: activities, grant requests and roles "
                            "in initiatives. Then “%s” leaves the address book. You can undo this."),
                          duplicate->name, duplicate->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Merge into"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "duplicate-id", GSIZE_TO_POINTER ((gsize) duplicate->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, G_CONNECT_SWAPPED);

  self->merge_dialog = ADW_MESSAGE_DIALOG (dialog);
  self->merge_target = GTK_DROP_DOWN (drop_down);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (widget);
  g_autoptr(BuurtContactMerge) merge = g_steal_pointer (&self->last_merge);
  g_autoptr(BuurtEntity) deleted = g_steal_pointer (&self->last_deleted);
  g_autoptr(GError) error = NULL;

  if (deleted != NULL)
    {
      if (!buurt_database_undelete (self->database, deleted, &error))
        {
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
        }
      update_actions (self);
      return;
    }
  if (merge == NULL)
    return;

  if (!buurt_contact_merge_undo (merge, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
    }
  update_actions (self);
}

static void
show_message (BuurtContactsWindow *self,
              const char          *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_clicked_cb (AdwToast            *toast,
                 BuurtContactsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.undo", NULL);
}

static void
merge_instead_cb (BuurtContactsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.merge", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (widget);
  BuurtContactSummary *chosen = selected_contact (self);
  g_autoptr(GPtrArray) schemes = NULL;
  g_autoptr(BuurtEntity) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (chosen == NULL)
    return;

  schemes = buurt_database_list_schemes (self->database, chosen->id, NULL);
  if (chosen->n_initiatives + chosen->n_activities + chosen->n_grants > 0 ||
      (schemes != NULL && schemes->len > 0))
    {
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;
      AdwMessageDialog *dialog;

      /* Translators: %s is the name of a contact */
      heading = g_strdup_printf (_("“%s” Is Still in Use"), chosen->name);
      if (chosen->n_initiatives + chosen->n_activities + chosen->n_grants > 0)
        {
          g_autofree char *links = describe_links (chosen);

          /* Translators: %s says what refers to the contact, such as "Initiatives: Moestuin" */
          body = g_strdup_printf (_("It is not deleted, because these refer to it: %s. If it is a duplicate, "
                                    "merge it into the other contact."), links);
        }
      else
        body = g_strdup (_("It is not deleted, because it has a funding scheme. Empty the scheme in the contact first."));

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
      adw_message_dialog_add_responses (dialog, "close", _("_Close"), "merge", _("_Merge…"), NULL);
      adw_message_dialog_set_close_response (dialog, "close");
      g_signal_connect_object (dialog, "response::merge", G_CALLBACK (merge_instead_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  contact = buurt_database_load (self->database, BUURT_TYPE_CONTACT, chosen->id, &error);
  if (contact == NULL || !buurt_database_delete (self->database, contact, &error))
    {
      show_message (self, error->message);
      return;
    }

  g_clear_object (&self->last_merge);
  g_set_object (&self->last_deleted, contact);
  update_actions (self);
  /* Translators: %s is the name of a contact */
  message = g_strdup_printf (_("“%s” deleted"), buurt_entity_get_string (contact, "name"));
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 12);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (BUURT_CONTACTS_WINDOW (widget)->search_entry));
}

static void
search_changed_cb (BuurtContactsWindow *self)
{
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
buurt_contacts_window_dispose (GObject *object)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_CONTACTS_WINDOW);
  g_clear_object (&self->last_merge);
  g_clear_object (&self->last_deleted);
  g_clear_object (&self->database);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_contacts_window_parent_class)->dispose (object);
}

static void
buurt_contacts_window_finalize (GObject *object)
{
  BuurtContactsWindow *self = BUURT_CONTACTS_WINDOW (object);

  g_clear_pointer (&self->merge_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_contacts_window_parent_class)->finalize (object);
}

static void
buurt_contacts_window_class_init (BuurtContactsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_contacts_window_dispose;
  object_class->finalize = buurt_contacts_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-contacts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtContactsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtContactsWindow, list_box);

  gtk_widget_class_install_action (widget_class, "contacts.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "contacts.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "contacts.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "contacts.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "contacts.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "contacts.delete", NULL);
  gtk_widget_class_install_action (widget_class, "contacts.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "contacts.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "contacts.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "contacts.merge", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "contacts.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "contacts.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_contacts_window_init (BuurtContactsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_contact_summary_free);
  self->merge_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->list_box, "row-selected", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
}

/**
 * buurt_contacts_window_new:
 *
 * Returns: (transfer floating): the address book of @database, not yet shown
 */
BuurtContactsWindow *
buurt_contacts_window_new (GtkWindow     *parent,
                           BuurtDatabase *database)
{
  BuurtContactsWindow *self;
  const char *tables[] = { "contact", "initiative", "initiative_partner", "activity", "funding_request" };

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_CONTACTS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *detailed = g_strconcat ("changed::", tables[i], NULL);

      g_signal_connect_object (database, detailed, G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
    }
  reload (self);

  return self;
}

guint
buurt_contacts_window_get_n_rows (BuurtContactsWindow *self)
{
  g_return_val_if_fail (BUURT_IS_CONTACTS_WINDOW (self), 0);

  return self->contacts->len;
}

/**
 * buurt_contacts_window_select:
 *
 * Returns: whether the contact is in the list (it is then chosen)
 */
gboolean
buurt_contacts_window_select (BuurtContactsWindow *self,
                              gint64               contact_id)
{
  g_return_val_if_fail (BUURT_IS_CONTACTS_WINDOW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        row_contact (GTK_LIST_BOX_ROW (child))->id == contact_id)
      {
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (child));
        gtk_widget_grab_focus (child);
        return TRUE;
      }
  return FALSE;
}

/**
 * buurt_contacts_window_get_subtitle:
 *
 * Returns: (transfer none) (nullable): what the contact's row says below
 *   its name, or %NULL when it is not in the list
 */
const char *
buurt_contacts_window_get_subtitle (BuurtContactsWindow *self,
                                    gint64               contact_id)
{
  g_return_val_if_fail (BUURT_IS_CONTACTS_WINDOW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        row_contact (GTK_LIST_BOX_ROW (child))->id == contact_id)
      return g_object_get_data (G_OBJECT (child), "subtitle");
  return NULL;
}

/**
 * buurt_contacts_window_merge:
 *
 * Merges @duplicate_id into @keep_id and offers to undo it in a toast.
 *
 * Returns: whether it was merged; when not, a toast says why
 */
gboolean
buurt_contacts_window_merge (BuurtContactsWindow *self,
                             gint64               keep_id,
                             gint64               duplicate_id)
{
  g_autoptr(BuurtContactMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) keep = NULL;
  g_autoptr(BuurtEntity) duplicate = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BUURT_IS_CONTACTS_WINDOW (self), FALSE);

  keep = buurt_database_load (self->database, BUURT_TYPE_CONTACT, keep_id, NULL);
  duplicate = buurt_database_load (self->database, BUURT_TYPE_CONTACT, duplicate_id, NULL);
  merge = buurt_contact_merge_new (self->database, keep_id, duplicate_id);
  if (keep == NULL || duplicate == NULL || !buurt_contact_merge_run (merge, &error))
    {
      escaped = g_markup_escape_text (error != NULL ? error->message
                                      : _("One of these contacts is no longer in the address book."), -1);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
      return FALSE;
    }

  g_clear_object (&self->last_deleted);
  g_set_object (&self->last_merge, merge);
  buurt_contacts_window_select (self, keep_id);
  update_actions (self);

  /* Translators: both %s are names of contacts */
  message = g_strdup_printf (_("“%s” merged into “%s”"),
                             buurt_entity_get_string (duplicate, "name"), buurt_entity_get_string (keep, "name"));
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 12);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return TRUE;
}

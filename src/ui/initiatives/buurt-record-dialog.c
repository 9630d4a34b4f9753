/* buurt-record-dialog.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-combo-row.h"
#include "buurt-database-funders.h"
#include "buurt-database-initiatives.h"
#include "buurt-initiative-row.h"
#include "buurt-record-dialog.h"

/*
 * A short form in a dialog for what an initiative keeps: a funding request
 * (funder, amounts, status, dates, conditions, the reason when turned down),
 * an expense (date, description, amount, against the initiative or one of
 * its requests), or a journal entry (date, kind, text). The form is checked
 * as it is typed: an amount that is not money ("veel", "-5", "1.000,555"), a
 * granted amount on a request that was turned down, an expense without a
 * description or a decision before the request is named under the fields,
 * and Save stays off, so nothing wrong is saved. A request over the usual
 * maximum of the funder's schemes is allowed, with a warning at the amount.
 */

struct _BuurtRecordDialog
{
  AdwMessageDialog parent_instance;

  /* Widgets, by field name ("amount-requested", "status", ...) */
  GHashTable      *fields;
  GtkLabel        *problem_label;
  GtkLabel        *warning_label;

  /* Owned state */
  BuurtDatabase   *database;
  BuurtRecordKind  kind;
  gint64           initiative_id;
  GArray          *contact_ids;   /* per position of the funder row; 0 = none */
  GArray          *request_ids;   /* per position of the "against" row; 0 = the initiative */
  BuurtEntity     *record;        /* what the form says, when it is right */
  BuurtEntity     *existing;      /* the record changed, or NULL for a new one */
  char            *problem;
  char            *warning;
};

G_DEFINE_FINAL_TYPE (BuurtRecordDialog, buurt_record_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (BuurtRecordDialog *self,
         const char        *field)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, field);

  return row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : "";
}

static guint
choice_of (BuurtRecordDialog *self,
           const char        *field)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, field);

  return row != NULL ? adw_combo_row_get_selected (ADW_COMBO_ROW (row)) : 0;
}

static char *
stripped (const char *text)
{
  char *copy = g_strstrip (g_strdup (text));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* Reads a date field; on a bad date sets @problem. */
static gboolean
read_date (BuurtRecordDialog  *self,
           const char         *field,
           const char         *label,
           char              **day,
           char              **problem)
{
  if (buurt_initiative_parse_date (text_of (self, field), day))
    return TRUE;

  /* Translators: %s is the name of a date field, such as "Requested on" */
  *problem = g_strdup_printf (_("%s: type a date such as 2026-12-01 or 1-12-2026."), label);
  return FALSE;
}

static gboolean
read_money (BuurtRecordDialog  *self,
            const char         *field,
            const char         *label,
            gint64             *cents,
            char              **problem)
{
  g_autoptr(GError) error = NULL;

  if (buurt_money_parse (text_of (self, field), label, cents, &error))
    return TRUE;

  *problem = g_strdup (error->message);
  return FALSE;
}

static BuurtEntity *
read_request (BuurtRecordDialog  *self,
              char              **problem)
{
  g_autoptr(BuurtEntity) request = BUURT_ENTITY (buurt_funding_request_new ());
  g_autofree char *requested_on = NULL;
  g_autofree char *decided_on = NULL;
  g_autofree char *conditions = stripped (text_of (self, "conditions"));
  g_autofree char *reason = stripped (text_of (self, "rejection-reason"));
  gint64 requested = 0, granted = 0;
  guint funder = choice_of (self, "funder");

  if (!read_money (self, "amount-requested", _("Amount requested"), &requested, problem) ||
      !read_money (self, "amount-granted", _("Amount granted"), &granted, problem) ||
      !read_date (self, "requested-on", _("Requested on"), &requested_on, problem) ||
      !read_date (self, "decided-on", _("Decided on"), &decided_on, problem))
    return NULL;

  g_object_set (request,
                "initiative-id", self->initiative_id,
                "funder-id", funder < self->contact_ids->len ? g_array_index (self->contact_ids, gint64, funder) : 0,
                "amount-requested-cents", requested,
                "amount-granted-cents", granted,
                "status", choice_of (self, "status"),
                "requested-on", requested_on,
                "decided-on", decided_on,
                "conditions", conditions ?: "",
                "rejection-reason", reason ?: "",
                NULL);
  return g_steal_pointer (&request);
}

static BuurtEntity *
read_expense (BuurtRecordDialog  *self,
              char              **problem)
{
  g_autoptr(BuurtEntity) expense = BUURT_ENTITY (buurt_expense_new ());
  g_autofree char *day = NULL;
  g_autofree char *description = stripped (text_of (self, "description"));
  guint against = choice_of (self, "against");
  gint64 request_id = against < self->request_ids->len ? g_array_index (self->request_ids, gint64, against) : 0;
  gint64 amount = 0;

  if (description == NULL)
    {
      *problem = g_strdup (_("Description: say what the money was spent on."));
      return NULL;
    }
  if (!read_money (self, "amount", _("Amount"), &amount, problem) ||
      !read_date (self, "date", _("Date"), &day, problem))
    return NULL;
  if (day == NULL)
    {
      *problem = g_strdup (_("Date: fill in when the money was spent."));
      return NULL;
    }

  g_object_set (expense,
                "initiative-id", request_id == 0 ? self->initiative_id : 0,
                "funding-request-id", request_id,
                "spent-on", day,
                "description", description,
                "amount-cents", amount,
                NULL);
  return g_steal_pointer (&expense);
}

static BuurtEntity *
read_journal (BuurtRecordDialog  *self,
              char              **problem)
{
  g_autoptr(BuurtEntity) entry = BUURT_ENTITY (buurt_journal_entry_new ());
  g_autofree char *day = NULL;
  g_autofree char *text = stripped (text_of (self, "text"));

  if (!read_date (self, "date", _("Date"), &day, problem))
    return NULL;

  g_object_set (entry,
                "initiative-id", self->initiative_id,
                "entry-date", day,
                "kind", choice_of (self, "kind"),
                "text", text,
                NULL);
  return g_steal_pointer (&entry);
}

/* A request over the funder's usual maximum: a warning, not a refusal. */
static char *
check_maximum (BuurtRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint funder = choice_of (self, "funder");
  gint64 funder_id = funder < self->contact_ids->len ? g_array_index (self->contact_ids, gint64, funder) : 0;
  gint64 requested = 0, max_cents = 0;
  g_autofree char *max_text = NULL;

  if (self->kind != BUURT_RECORD_REQUEST || funder_id == 0 ||
      !buurt_money_parse (text_of (self, "amount-requested"), "", &requested, NULL) ||
      !buurt_database_funder_max_request (self->database, funder_id, &max_cents, &error) ||
      max_cents == 0 || requested <= max_cents)
    return NULL;

  max_text = buurt_money_format (max_cents);
  /* Translators: %s is an amount of money, such as "€ 500,00" */
  return g_strdup_printf (_("Amount requested: more than this funder usually gives (up to %s). You can still save it."),
                          max_text);
}

static void
validate (BuurtRecordDialog *self)
{
  GtkWidget *amount_row = g_hash_table_lookup (self->fields, "amount-requested");
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtEntity) record = NULL;
  char *problem = NULL;

  switch (self->kind)
    {
    case BUURT_RECORD_REQUEST:
      record = read_request (self, &problem);
      break;
    case BUURT_RECORD_EXPENSE:
      record = read_expense (self, &problem);
      break;
    case BUURT_RECORD_JOURNAL:
    default:
      record = read_journal (self, &problem);
      break;
    }

  if (record != NULL && !buurt_entity_validate (record, &error))
    problem = g_strdup (error->message);

  g_free (self->problem);
  self->problem = problem;
  g_clear_object (&self->record);
  if (problem == NULL)
    self->record = g_steal_pointer (&record);

  gtk_label_set_text (self->problem_label, self->problem ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", self->problem == NULL);

  g_free (self->warning);
  self->warning = check_maximum (self);
  if (self->warning_label != NULL)
    {
      gtk_label_set_text (self->warning_label, self->warning ?: "");
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->warning_label)), self->warning != NULL);
    }
  if (amount_row != NULL && self->warning != NULL)
    gtk_widget_add_css_class (amount_row, "warning");
  else if (amount_row != NULL)
    gtk_widget_remove_css_class (amount_row, "warning");
}

static GtkWidget *
add_entry (BuurtRecordDialog *self,
           GtkListBox        *list,
           const char        *field,
           const char        *title,
           const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ?: "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (validate), self);
  gtk_list_box_append (list, row);
  g_hash_table_insert (self->fields, (gpointer) field, row);
  return row;
}

static GtkWidget *
add_choice (BuurtRecordDialog *self,
            GtkListBox        *list,
            const char        *field,
            const char        *title,
            GPtrArray         *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  buurt_combo_row_name_items (ADW_COMBO_ROW (row));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (validate), self);
  gtk_list_box_append (list, row);
  g_hash_table_insert (self->fields, (gpointer) field, row);
  return row;
}

/* The warning under the amount requested, shown only when it applies. */
static void
add_warning (BuurtRecordDialog *self,
             GtkListBox        *list)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "warning");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_visible (row, FALSE);
  gtk_list_box_append (list, row);
  self->warning_label = GTK_LABEL (label);
}

static GPtrArray *
enum_labels (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GPtrArray *labels = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    g_ptr_array_add (labels, (gpointer) buurt_enum_to_label (enum_type, klass->values[i].value));
  return labels;
}

static void
build_request (BuurtRecordDialog *self,
               GtkListBox        *list)
{
  g_autoptr(GListModel) contacts = buurt_database_list (self->database, BUURT_TYPE_CONTACT, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) statuses = enum_labels (BUURT_TYPE_FUNDING_STATUS);
  g_autofree char *today = buurt_today ();
  gint64 none = 0;

  g_array_append_val (self->contact_ids, none);
  g_ptr_array_add (labels, g_strdup (_("None")));
  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BuurtEntity) contact = g_list_model_get_item (contacts, i);
      gint64 id = buurt_entity_get_id (contact);

      g_array_append_val (self->contact_ids, id);
      g_ptr_array_add (labels, g_strdup (buurt_entity_get_string (contact, "name")));
    }

  add_choice (self, list, "funder", _("Funder"), labels);
  add_entry (self, list, "amount-requested", _("Amount requested"), NULL);
  add_warning (self, list);
  add_choice (self, list, "status", _("Status"), statuses);
  add_entry (self, list, "amount-granted", _("Amount granted"), NULL);
  add_entry (self, list, "requested-on", _("Requested on"), today);
  add_entry (self, list, "decided-on", _("Decided on"), NULL);
  add_entry (self, list, "conditions", _("Conditions"), NULL);
  add_entry (self, list, "rejection-reason", _("Reason for turning it down"), NULL);
}

static void
build_expense (BuurtRecordDialog *self,
               GtkListBox        *list)
{
  g_autoptr(GListModel) requests = buurt_database_list_funding_requests (self->database, self->initiative_id, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *today = buurt_today ();
  gint64 none = 0;

  g_array_append_val (self->request_ids, none);
  g_ptr_array_add (labels, g_strdup (_("The initiative")));
  for (guint i = 0; requests != NULL && i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(BuurtEntity) request = g_list_model_get_item (requests, i);
      g_autoptr(BuurtEntity) funder = NULL;
      g_autofree char *money = buurt_money_format (buurt_entity_get_int (request, "amount-granted-cents"));
      gint64 id = buurt_entity_get_id (request);

      if (buurt_entity_get_int (request, "funder-id") != 0)
        funder = buurt_database_load (self->database, BUURT_TYPE_CONTACT, buurt_entity_get_int (request, "funder-id"), NULL);
      g_array_append_val (self->request_ids, id);
      /* Translators: a grant an expense is kept against: a funder and the amount granted */
      g_ptr_array_add (labels, g_strdup_printf (_("Grant of %s (%s)"),
                                                funder != NULL ? buurt_entity_get_string (funder, "name") : "—",
                                                money));
    }

  add_entry (self, list, "date", _("Date"), today);
  add_entry (self, list, "description", _("Description"), NULL);
  add_entry (self, list, "amount", _("Amount"), NULL);
  add_choice (self, list, "against", _("Paid from"), labels);
}

static void
build_journal (BuurtRecordDialog *self,
               GtkListBox        *list)
{
  g_autoptr(GPtrArray) kinds = enum_labels (BUURT_TYPE_JOURNAL_KIND);
  g_autofree char *today = buurt_today ();

  add_entry (self, list, "date", _("Date"), today);
  add_choice (self, list, "kind", _("Kind"), kinds);
  add_entry (self, list, "text", _("What happened"), NULL);
}

static void
buurt_record_dialog_dispose (GObject *object)
{
  BuurtRecordDialog *self = BUURT_RECORD_DIALOG (object);

  g_clear_object (&self->record);
  g_clear_object (&self->existing);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_record_dialog_parent_class)->dispose (object);
}

static void
buurt_record_dialog_finalize (GObject *object)
{
  BuurtRecordDialog *self = BUURT_RECORD_DIALOG (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->request_ids, g_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->warning, g_free);

  G_OBJECT_CLASS (buurt_record_dialog_parent_class)->finalize (object);
}

static void
buurt_record_dialog_class_init (BuurtRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buurt_record_dialog_dispose;
  object_class->finalize = buurt_record_dialog_finalize;
}

static void
buurt_record_dialog_init (BuurtRecordDialog *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->request_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * buurt_record_dialog_new:
 * @kind: what to add
 * @initiative_id: the initiative it belongs to
 *
 * Returns: (transfer floating): the dialog, not yet shown; on the response
 *   "save" call buurt_record_dialog_save()
 */
BuurtRecordDialog *
buurt_record_dialog_new (GtkWindow       *parent,
                         BuurtDatabase   *database,
                         BuurtRecordKind  kind,
                         gint64           initiative_id)
{
  BuurtRecordDialog *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  const char *heading;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_RECORD_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->database = g_object_ref (database);
  self->kind = kind;
  self->initiative_id = initiative_id;

  heading = kind == BUURT_RECORD_REQUEST ? _("New Funding Request")
          : kind == BUURT_RECORD_EXPENSE ? _("New Expense")
          : _("New Journal Entry");
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_window_set_title (GTK_WINDOW (self), heading);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  if (kind == BUURT_RECORD_REQUEST)
    build_request (self, GTK_LIST_BOX (list));
  else if (kind == BUURT_RECORD_EXPENSE)
    build_expense (self, GTK_LIST_BOX (list));
  else
    build_journal (self, GTK_LIST_BOX (list));

  validate (self);
  return self;
}

/**
 * buurt_record_dialog_set_field:
 * @field: "amount-requested", "description", ...
 *
 * Types @text in a field, as a person would.
 */
void
buurt_record_dialog_set_field (BuurtRecordDialog *self,
                               const char        *field,
                               const char        *text)
{
  GtkWidget *row;

  g_return_if_fail (BUURT_IS_RECORD_DIALOG (self));

  row = g_hash_table_lookup (self->fields, field);
  g_return_if_fail (GTK_IS_EDITABLE (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * buurt_record_dialog_set_choice:
 * @field: "funder", "status", "against" or "kind"
 */
void
buurt_record_dialog_set_choice (BuurtRecordDialog *self,
                                const char        *field,
                                guint              position)
{
  GtkWidget *row;

  g_return_if_fail (BUURT_IS_RECORD_DIALOG (self));

  row = g_hash_table_lookup (self->fields, field);
  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
}

gboolean
buurt_record_dialog_can_save (BuurtRecordDialog *self)
{
  g_return_val_if_fail (BUURT_IS_RECORD_DIALOG (self), FALSE);

  return self->record != NULL;
}

/**
 * buurt_record_dialog_get_problem:
 *
 * Returns: (transfer none) (nullable): what is wrong, as the form says it
 */
const char *
buurt_record_dialog_get_problem (BuurtRecordDialog *self)
{
  g_return_val_if_fail (BUURT_IS_RECORD_DIALOG (self), NULL);

  return self->problem;
}

/**
 * buurt_record_dialog_get_warning:
 *
 * Returns: (transfer none) (nullable): the warning the form shows (a request
 *   over the funder's usual maximum), which does not stop saving
 */
const char *
buurt_record_dialog_get_warning (BuurtRecordDialog *self)
{
  g_return_val_if_fail (BUURT_IS_RECORD_DIALOG (self), NULL);

  return self->warning;
}

/**
 * buurt_record_dialog_save:
 *
 * Returns: %TRUE when what the form says was saved
 */
gboolean
buurt_record_dialog_save (BuurtRecordDialog  *self,
                          GError            **error)
{
  g_return_val_if_fail (BUURT_IS_RECORD_DIALOG (self), FALSE);

  if (self->record == NULL)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID, self->problem ?: "");
      return FALSE;
    }
  if (self->existing != NULL)
    {
      g_autoptr(BuurtEntity) changed = g_object_ref (self->existing);
      guint n_props;
      g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (self->record), &n_props);

      /* The columns of this kind of record (not the id, uuid or dates). */
      for (guint i = 0; i < n_props; i++)
        if (props[i]->owner_type == G_OBJECT_TYPE (self->record))
          {
            g_auto(GValue) value = G_VALUE_INIT;

            g_value_init (&value, props[i]->value_type);
            g_object_get_property (G_OBJECT (self->record), props[i]->name, &value);
            g_object_set_property (G_OBJECT (changed), props[i]->name, &value);
          }
      return buurt_database_save (self->database, changed, error);
    }
  return buurt_database_save (self->database, self->record, error);
}

static void
select_id (BuurtRecordDialog *self,
           const char        *field,
           GArray            *ids,
           gint64             id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      buurt_record_dialog_set_choice (self, field, i);
}

static void
set_amount (BuurtRecordDialog *self,
            const char        *field,
            gint64             cents)
{
  g_autofree char *text = buurt_money_format_amount (cents);

  buurt_record_dialog_set_field (self, field, text);
}

/**
 * buurt_record_dialog_new_edit:
 * @record: a funding request, expense or journal entry of @initiative_id
 *
 * Returns: (transfer floating): the form filled with @record; on the
 *   response "save" buurt_record_dialog_save() changes @record
 */
BuurtRecordDialog *
buurt_record_dialog_new_edit (GtkWindow     *parent,
                              BuurtDatabase *database,
                              BuurtEntity   *record,
                              gint64         initiative_id)
{
  BuurtRecordKind kind = BUURT_IS_FUNDING_REQUEST (record) ? BUURT_RECORD_REQUEST
                       : BUURT_IS_EXPENSE (record) ? BUURT_RECORD_EXPENSE
                       : BUURT_RECORD_JOURNAL;
  BuurtRecordDialog *self = buurt_record_dialog_new (parent, database, kind, initiative_id);
  const char *heading = kind == BUURT_RECORD_REQUEST ? _("Edit Funding Request")
                      : kind == BUURT_RECORD_EXPENSE ? _("Edit Expense")
                      : _("Edit Journal Entry");

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_window_set_title (GTK_WINDOW (self), heading);
  self->existing = g_object_ref (record);

  if (kind == BUURT_RECORD_REQUEST)
    {
      select_id (self, "funder", self->contact_ids, buurt_entity_get_int (record, "funder-id"));
      set_amount (self, "amount-requested", buurt_entity_get_int (record, "amount-requested-cents"));
      buurt_record_dialog_set_choice (self, "status", buurt_entity_get_enum (record, "status"));
      set_amount (self, "amount-granted", buurt_entity_get_int (record, "amount-granted-cents"));
      buurt_record_dialog_set_field (self, "requested-on", buurt_entity_get_string (record, "requested-on") ?: "");
      buurt_record_dialog_set_field (self, "decided-on", buurt_entity_get_string (record, "decided-on") ?: "");
      buurt_record_dialog_set_field (self, "conditions", buurt_entity_get_string (record, "conditions") ?: "");
      buurt_record_dialog_set_field (self, "rejection-reason", buurt_entity_get_string (record, "rejection-reason") ?: "");
    }
  else if (kind == BUURT_RECORD_EXPENSE)
    {
      buurt_record_dialog_set_field (self, "date", buurt_entity_get_string (record, "spent-on") ?: "");
      buurt_record_dialog_set_field (self, "description", buurt_entity_get_string (record, "description") ?: "");
      set_amount (self, "amount", buurt_entity_get_int (record, "amount-cents"));
      select_id (self, "against", self->request_ids, buurt_entity_get_int (record, "funding-request-id"));
    }
  else
    {
      buurt_record_dialog_set_field (self, "date", buurt_entity_get_string (record, "entry-date") ?: "");
      buurt_record_dialog_set_choice (self, "kind", buurt_entity_get_enum (record, "kind"));
      buurt_record_dialog_set_field (self, "text", buurt_entity_get_string (record, "text") ?: "");
    }
  return self;
}

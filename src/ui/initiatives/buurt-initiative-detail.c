/* buurt-initiative-detail.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-initiative-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-database-initiatives.h"
#include "buurt-initiative-detail.h"
#include "buurt-initiative-row.h"

/*
 * The right-hand pane of the Initiatives view: what one initiative is, where,
 * for whom, who carries it, its activities in the agenda and its journal.
 * Its buttons activate the view's actions (initiatives.edit, .move, .delete,
 * .add-activity), so the keyboard shortcuts and the buttons do the same.
 */

struct _BuurtInitiativeDetail
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  GtkLabel      *title_label;
  GtkLabel      *stage_label;
  GtkMenuButton *stage_button;
  GtkLabel      *summary_label;
  GtkListBox    *facts_list;
  GtkListBox    *people_list;
  GtkListBox    *activities_list;
  GtkListBox    *money_list;
  GtkListBox    *journal_list;

  /* Owned state */
  BuurtDatabase   *database;
  BuurtInitiative *initiative;  /* the one shown, or NULL */
  char            *balance_text; /* what the balance row says */
};

G_DEFINE_FINAL_TYPE (BuurtInitiativeDetail, buurt_initiative_detail, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row that is read, not pressed. */
static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_append (list, row);

  return row;
}

static void
add_fact (BuurtInitiativeDetail *self,
          const char            *title,
          const char            *value)
{
  if (value != NULL && *value != '\0')
    add_row (self->facts_list, title, value);
}

static void
fill_facts (BuurtInitiativeDetail *self,
            const char            *today)
{
  BuurtEntity *entity = BUURT_ENTITY (self->initiative);
  gint64 neighbourhood_id = buurt_entity_get_int (entity, "neighbourhood-id");
  const char *next = buurt_entity_get_string (entity, "next-evaluation");
  g_autofree char *groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP,
                                                  buurt_entity_get_enum (entity, "target-groups"));
  g_autofree char *start = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *volunteers = NULL;
  g_autofree char *participants = NULL;

  if (neighbourhood_id != 0)
    {
      g_autoptr(BuurtEntity) neighbourhood = buurt_database_load (self->database, BUURT_TYPE_NEIGHBOURHOOD,
                                                                  neighbourhood_id, NULL);
      g_autoptr(BuurtEntity) kern = NULL;
      g_autofree char *place = NULL;

      if (neighbourhood != NULL)
        kern = buurt_database_load (self->database, BUURT_TYPE_KERN,
                                    buurt_entity_get_int (neighbourhood, "kern-id"), NULL);
      if (neighbourhood != NULL)
        place = kern != NULL
          /* Translators: a neighbourhood and its town, such as "De Gilden, Dronten" */
          ? g_strdup_printf (_("%s, %s"), buurt_entity_get_string (neighbourhood, "name"),
                             buurt_entity_get_string (kern, "name"))
          : g_strdup (buurt_entity_get_string (neighbourhood, "name"));
      add_fact (self, _("Neighbourhood"), place);
    }

  add_fact (self, _("Target groups"), groups);

  if (buurt_entity_get_string (entity, "start-date") != NULL)
    start = buurt_initiative_format_date (buurt_entity_get_string (entity, "start-date"));
  add_fact (self, _("Start date"), start);

  if (next != NULL)
    {
      g_autofree char *date = buurt_initiative_format_date (next);

      if (strcmp (next, today) < 0 && buurt_entity_get_enum (entity, "stage") != BUURT_STAGE_STOPPED)
        /* Translators: %s is a date; the evaluation should have happened then */
        next_text = g_strdup_printf (_("%s (overdue)"), date);
      else
        next_text = g_steal_pointer (&date);
    }
  add_fact (self, _("Next evaluation"), next_text);

  volunteers = g_strdup_printf ("%" G_GINT64_FORMAT, buurt_entity_get_int (entity, "volunteers"));
  participants = g_strdup_printf ("%" G_GINT64_FORMAT, buurt_entity_get_int (entity, "participants"));
  add_fact (self, _("Volunteers"), volunteers);
  add_fact (self, _("Participants reached"), participants);
  add_fact (self, _("Support in the neighbourhood"), buurt_entity_get_string (entity, "support-evidence"));
}

static void
fill_people (BuurtInitiativeDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;

  people = buurt_database_list_initiative_people (self->database,
                                                  buurt_entity_get_id (BUURT_ENTITY (self->initiative)),
                                                  &error);
  if (people == NULL)
    {
      g_warning ("Could not read the people of an initiative: %s", error->message);
      return;
    }

  for (guint i = 0; i < people->len; i++)
    {
      BuurtInitiativePerson *person = g_ptr_array_index (people, i);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   buurt_enum_to_label (BUURT_TYPE_PARTNER_ROLE, person->role),
                                                   buurt_enum_to_label (BUURT_TYPE_CONTACT_KIND, person->kind));

      add_row (self->people_list, person->name, subtitle);
    }
  if (people->len == 0)
    add_row (self->people_list, _("No leads, volunteers or partners yet"), _("Add them with Edit."));
}

static void
fill_activities (BuurtInitiativeDetail *self,
                 const char            *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = NULL;

  activities = buurt_database_list_linked_activities (self->database,
                                                      buurt_entity_get_id (BUURT_ENTITY (self->initiative)),
                                                      today, &error);
  if (activities == NULL)
    {
      g_warning ("Could not read the activities of an initiative: %s", error->message);
      return;
    }

  for (guint i = 0; i < activities->len; i++)
    {
      BuurtLinkedActivity *activity = g_ptr_array_index (activities, i);
      g_autofree char *subtitle = NULL;

      if (activity->next_day != NULL)
        {
          g_autofree char *day = buurt_initiative_format_date (activity->next_day);

          subtitle = strcmp (activity->next_day, today) >= 0
            /* Translators: %s is a date */
            ? g_strdup_printf (_("Next on %s"), day)
            /* Translators: %s is a date */
            : g_strdup_printf (_("Last on %s"), day);
        }
      add_row (self->activities_list, activity->title, subtitle);
    }
  if (activities->len == 0)
    add_row (self->activities_list, _("No activities in the agenda yet"), NULL);
}

/* Edit and Delete buttons at a record's row, by the view's actions; the
 * row can then be reached with Tab. */
static void
add_record_buttons (GtkWidget  *row,
                    const char *kind,
                    gint64      id,
                    const char *what)
{
  g_autofree char *target = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, id);
  /* Translators: %s is what a row of the detail is about, such as a funder or an expense's description */
  g_autofree char *edit_name = g_strdup_printf (_("Edit “%s”"), what);
  /* Translators: %s is what a row of the detail is about */
  g_autofree char *delete_name = g_strdup_printf (_("Delete “%s”"), what);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "initiatives.edit-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "s", target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "initiatives.delete-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", target);
  gtk_widget_set_tooltip_text (edit, edit_name);
  gtk_widget_set_tooltip_text (remove, delete_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_add_css_class (remove, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
}

static void
fill_journal (BuurtInitiativeDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) journal = NULL;

  journal = buurt_database_list_journal (self->database,
                                         buurt_entity_get_id (BUURT_ENTITY (self->initiative)), &error);
  if (journal == NULL)
    {
      g_warning ("Could not read the journal of an initiative: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(BuurtEntity) entry = g_list_model_get_item (journal, i);
      g_autofree char *date = buurt_initiative_format_date (buurt_entity_get_string (entry, "entry-date"));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   buurt_enum_to_label (BUURT_TYPE_JOURNAL_KIND,
                                                                        buurt_entity_get_enum (entry, "kind")));
      GtkWidget *row = add_row (self->journal_list, buurt_entity_get_string (entry, "text"), subtitle);

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      add_record_buttons (row, "journal", buurt_entity_get_id (entry), subtitle);
    }
  if (g_list_model_get_n_items (journal) == 0)
    add_row (self->journal_list, _("Nothing in the journal yet"),
             _("Notes made when the initiative moves to another stage appear here."));
}

static char *
funder_name (BuurtInitiativeDetail *self,
             gint64                 funder_id)
{
  g_autoptr(BuurtEntity) funder = NULL;

  if (funder_id != 0)
    funder = buurt_database_load (self->database, BUURT_TYPE_CONTACT, funder_id, NULL);
  return g_strdup (funder != NULL ? buurt_entity_get_string (funder, "name") : _("No funder chosen"));
}

/* The balance first (granted minus spent, always in sight), then each
 * request and each expense. */
static void
fill_money (BuurtInitiativeDetail *self)
{
  gint64 id = buurt_entity_get_id (BUURT_ENTITY (self->initiative));
  g_autoptr(GListModel) requests = buurt_database_list_funding_requests (self->database, id, NULL);
  g_autoptr(GListModel) expenses = buurt_database_list_expenses (self->database, id, NULL);
  BuurtInitiativeMoney money = { 0 };
  g_autofree char *granted = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *balance = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (!buurt_database_initiative_money (self->database, id, &money, NULL))
    return;

  granted = buurt_money_format (money.granted_cents);
  spent = buurt_money_format (money.spent_cents);
  balance = buurt_money_format (money.balance_cents);
  /* Translators: %s is an amount of money; granted minus spent */
  title = g_strdup_printf (_("Balance %s"), balance);
  /* Translators: both %s are amounts of money */
  subtitle = g_strdup_printf (_("Granted %s · spent %s"), granted, spent);
  add_row (self->money_list, title, subtitle);
  g_free (self->balance_text);
  self->balance_text = g_strdup_printf ("%s. %s", title, subtitle);

  for (guint i = 0; requests != NULL && i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(BuurtEntity) request = g_list_model_get_item (requests, i);
      g_autofree char *funder = funder_name (self, buurt_entity_get_int (request, "funder-id"));
      g_autofree char *asked = buurt_money_format (buurt_entity_get_int (request, "amount-requested-cents"));
      g_autofree char *given = buurt_money_format (buurt_entity_get_int (request, "amount-granted-cents"));
      const char *reason = buurt_entity_get_string (request, "rejection-reason");
      g_autofree char *row_title = NULL;
      g_autofree char *row_subtitle = NULL;

      /* Translators: a funding request: the funder and its status, such as "Gemeente Dronten: Granted" */
      row_title = g_strdup_printf (_("%s: %s"), funder,
                                   buurt_enum_to_label (BUURT_TYPE_FUNDING_STATUS,
                                                        buurt_entity_get_enum (request, "status")));
      if (reason != NULL && *reason != '\0')
        /* Translators: amounts requested and granted, and why it was turned down */
        row_subtitle = g_strdup_printf (_("Requested %s · granted %s · reason: %s"), asked, given, reason);
      else
        /* Translators: amounts requested and granted */
        row_subtitle = g_strdup_printf (_("Requested %s · granted %s"), asked, given);
      add_record_buttons (add_row (self->money_list, row_title, row_subtitle),
                          "request", buurt_entity_get_id (request), row_title);
    }

  for (guint i = 0; expenses != NULL && i < g_list_model_get_n_items (expenses); i++)
    {
      g_autoptr(BuurtEntity) expense = g_list_model_get_item (expenses, i);
      g_autofree char *amount = buurt_money_format (buurt_entity_get_int (expense, "amount-cents"));
      g_autofree char *day = buurt_initiative_format_date (buurt_entity_get_string (expense, "spent-on"));
      g_autofree char *row_subtitle = NULL;

      /* Translators: an expense: its date and amount */
      row_subtitle = g_strdup_printf (_("Spent on %s · %s"), day, amount);
      add_record_buttons (add_row (self->money_list, buurt_entity_get_string (expense, "description"), row_subtitle),
                          "expense", buurt_entity_get_id (expense), buurt_entity_get_string (expense, "description"));
    }
}

/* The stages it can move to, each an item of the Move to Stage menu. */
static void
fill_stage_menu (BuurtInitiativeDetail *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GEnumClass) klass = g_type_class_ref (BUURT_TYPE_STAGE);
  BuurtStage current = buurt_entity_get_enum (BUURT_ENTITY (self->initiative), "stage");

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if ((BuurtStage) klass->values[i].value == current)
        continue;
      item = g_menu_item_new (buurt_enum_to_label (BUURT_TYPE_STAGE, klass->values[i].value), NULL);
      g_menu_item_set_action_and_target (item, "initiatives.move", "s", klass->values[i].value_nick);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->stage_button, G_MENU_MODEL (menu));
}

static void
stage_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BuurtInitiativeDetail *self = BUURT_INITIATIVE_DETAIL (widget);

  if (self->initiative != NULL)
    gtk_menu_button_popup (self->stage_button);
}

static void
buurt_initiative_detail_dispose (GObject *object)
{
  BuurtInitiativeDetail *self = BUURT_INITIATIVE_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_INITIATIVE_DETAIL);
  g_clear_object (&self->initiative);
  g_clear_object (&self->database);
  g_clear_pointer (&self->balance_text, g_free);

  G_OBJECT_CLASS (buurt_initiative_detail_parent_class)->dispose (object);
}

static void
buurt_initiative_detail_class_init (BuurtInitiativeDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_initiative_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/initiatives/buurt-initiative-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, stage_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, stage_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, facts_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, people_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, activities_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, journal_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtInitiativeDetail, money_list);

  gtk_widget_class_install_action (widget_class, "detail.stage-menu", NULL, stage_menu_action);
}

static void
buurt_initiative_detail_init (BuurtInitiativeDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->title_label, _("No Initiative Chosen"));
  gtk_label_set_text (self->stage_label, _("No Initiative Chosen"));
  gtk_label_set_text (self->summary_label, _("No Initiative Chosen"));
  /* The pane reads as the initiative it shows. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->title_label, NULL, -1);
}

void
buurt_initiative_detail_set_database (BuurtInitiativeDetail *self,
                                      BuurtDatabase         *database)
{
  g_return_if_fail (BUURT_IS_INITIATIVE_DETAIL (self));

  g_set_object (&self->database, database);
}

/**
 * buurt_initiative_detail_show:
 * @initiative_id: the initiative to show, or 0 for none
 */
void
buurt_initiative_detail_show (BuurtInitiativeDetail *self,
                              gint64                 initiative_id)
{
  g_return_if_fail (BUURT_IS_INITIATIVE_DETAIL (self));

  g_clear_object (&self->initiative);
  if (initiative_id != 0)
    self->initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE, initiative_id, NULL);
  buurt_initiative_detail_reload (self);
}

/**
 * buurt_initiative_detail_reload:
 *
 * Reads the initiative shown anew, after a change.
 */
void
buurt_initiative_detail_reload (BuurtInitiativeDetail *self)
{
  g_autofree char *today = buurt_today ();
  BuurtEntity *entity;

  g_return_if_fail (BUURT_IS_INITIATIVE_DETAIL (self));

  if (self->initiative != NULL)
    {
      gint64 id = buurt_entity_get_id (BUURT_ENTITY (self->initiative));

      g_clear_object (&self->initiative);
      self->initiative = buurt_database_load (self->database, BUURT_TYPE_INITIATIVE, id, NULL);
      if (self->initiative != NULL && buurt_entity_get_deleted_at (BUURT_ENTITY (self->initiative)) != NULL)
        g_clear_object (&self->initiative);
    }

  clear_list (self->facts_list);
  clear_list (self->people_list);
  clear_list (self->activities_list);
  clear_list (self->journal_list);
  clear_list (self->money_list);

  if (self->initiative == NULL)
    {
      /* The hidden page still reads as something. */
      gtk_label_set_text (self->title_label, _("No Initiative Chosen"));
      gtk_label_set_text (self->stage_label, _("No Initiative Chosen"));
      gtk_label_set_text (self->summary_label, _("No Initiative Chosen"));
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  entity = BUURT_ENTITY (self->initiative);
  gtk_label_set_text (self->title_label, buurt_entity_get_string (entity, "title"));
  gtk_label_set_text (self->stage_label,
                      buurt_enum_to_label (BUURT_TYPE_STAGE, buurt_entity_get_enum (entity, "stage")));
  gtk_label_set_text (self->summary_label, buurt_entity_get_string (entity, "summary") ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label),
                          *(buurt_entity_get_string (entity, "summary") ?: "") != '\0');

  fill_facts (self, today);
  fill_people (self);
  fill_activities (self, today);
  fill_money (self);
  fill_journal (self);
  fill_stage_menu (self);

  gtk_stack_set_visible_child_name (self->stack, "initiative");
}

/**
 * buurt_initiative_detail_get_initiative:
 *
 * Returns: (transfer none) (nullable): the initiative shown
 */
BuurtInitiative *
buurt_initiative_detail_get_initiative (BuurtInitiativeDetail *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVE_DETAIL (self), NULL);

  return self->initiative;
}

/**
 * buurt_initiative_detail_count_rows:
 * @section: "facts", "people", "activities" or "journal"
 *
 * Returns: how many rows the section shows (for tests)
 */
guint
buurt_initiative_detail_count_rows (BuurtInitiativeDetail *self,
                                    const char            *section)
{
  GtkListBox *list = g_str_equal (section, "facts") ? self->facts_list
                   : g_str_equal (section, "people") ? self->people_list
                   : g_str_equal (section, "activities") ? self->activities_list
                   : g_str_equal (section, "money") ? self->money_list
                   : self->journal_list;
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/**
 * buurt_initiative_detail_get_balance:
 *
 * Returns: (transfer none) (nullable): what the balance row says
 */
const char *
buurt_initiative_detail_get_balance (BuurtInitiativeDetail *self)
{
  g_return_val_if_fail (BUURT_IS_INITIATIVE_DETAIL (self), NULL);

  return self->balance_text;
}

/* buurt-activity-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-activity-editor-private.h"
#include "buurt-calendar.h"
#include "buurt-combo-row.h"

/*
 * The editor of one activity: new, an existing one, or a copy. It keeps what
 * the user types in its widgets and only builds an activity when Save is
 * pressed (buurt-activity-editor-validation.c checks every field then);
 * nothing is written until all is right. Times are wall-clock times in the
 * activity's time zone (Europe/Amsterdam), so a weekly 10:00 stays at 10:00
 * across summer time. The "Repeat" part is a widget of its own
 * (buurt-repeat-section.c); the questions it asks are in
 * buurt-activity-editor-questions.c.
 */

G_DEFINE_FINAL_TYPE (BuurtActivityEditor, buurt_activity_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_visibility_cb (BuurtActivityEditor *self);

/* Helpers: lists */

/**
 * buurt_activity_editor_id_at:
 *
 * Returns: the id at @position of @ids, or 0 past its end
 */
gint64
buurt_activity_editor_id_at (GArray *ids,
                             guint   position)
{
  if (ids == NULL || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
set_strings (AdwComboRow *row,
             GPtrArray   *labels)
{
  g_autoptr(GtkStringList) list = NULL;

  g_ptr_array_add (labels, NULL);
  list = gtk_string_list_new ((const char * const *) labels->pdata);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

/* Fills @row with the labels of every value of an enumeration. */
static void
set_enum_strings (AdwComboRow *row,
                  GType        enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    g_ptr_array_add (labels, (gpointer) buurt_enum_to_label (enum_type, klass->values[i].value));
  set_strings (row, labels);
}

static guint
selected (AdwComboRow *row)
{
  return adw_combo_row_get_selected (row);
}

static guint
n_items (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static void
create_target_group_checks (BuurtActivityEditor *self)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BUURT_TYPE_TARGET_GROUP);
  guint n = 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint flag = klass->values[i].value;
      GtkWidget *check;
      guint bit;

      if (flag == 0)
        continue;

      bit = g_bit_nth_lsf (flag, -1);
      check = gtk_check_button_new_with_label (buurt_enum_to_label (BUURT_TYPE_TARGET_GROUP, flag));
      gtk_grid_attach (self->target_groups_grid, check, n % 2, n / 2, 1, 1);
      self->target_checks[bit] = GTK_CHECK_BUTTON (check);
      n++;
    }
}


/* Lists from the database */

static void
fill_rooms (BuurtActivityEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint venue_position = selected (self->venue_row);
  gint64 venue_id = buurt_activity_editor_id_at (self->venue_ids, venue_position);

  g_array_set_size (self->room_ids, 0);

  for (guint i = 0; venue_id != 0 && i < g_list_model_get_n_items (self->rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (self->rooms, i);
      gint64 id = buurt_entity_get_id (room);
      gint64 capacity = buurt_entity_get_int (room, "capacity");

      if (buurt_entity_get_int (room, "venue-id") != venue_id)
        continue;

      g_array_append_val (self->room_ids, id);
      g_ptr_array_add (labels,
                       /* Translators: a room and how many people fit, e.g. "Grote zaal (up to 40 people)" */
                       g_strdup_printf (ngettext ("%s (up to %d person)", "%s (up to %d people)", capacity),
                                        buurt_entity_get_string (room, "name"), (int) capacity));
    }

  set_strings (self->room_row, labels);
}

static void
fill_lists (BuurtActivityEditor *self)
{
  g_autoptr(GListModel) venues = buurt_database_list (self->database, BUURT_TYPE_VENUE, NULL);
  g_autoptr(GListModel) contacts = buurt_database_list (self->database, BUURT_TYPE_CONTACT, NULL);
  g_autoptr(GListModel) initiatives = buurt_database_list (self->database, BUURT_TYPE_INITIATIVE, NULL);
  g_autoptr(GPtrArray) status_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) venue_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) organiser_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) initiative_labels = g_ptr_array_new ();
  g_autoptr(GEnumClass) status_class = g_type_class_ref (BUURT_TYPE_ACTIVITY_STATUS);
  BuurtActivityStatus current_status = BUURT_ACTIVITY_STATUS_PUBLISHED;
  gint64 none = 0;

  self->rooms = buurt_database_list (self->database, BUURT_TYPE_ROOM, NULL);
  if (self->rooms == NULL)
    self->rooms = G_LIST_MODEL (g_list_store_new (BUURT_TYPE_ROOM));

  set_enum_strings (self->category_row, BUURT_TYPE_CATEGORY);
  set_enum_strings (self->registration_row, BUURT_TYPE_REGISTRATION);
  set_enum_strings (self->new_kind_row, BUURT_TYPE_CONTACT_KIND);

  /* Rejecting is done in the review queue; it is offered here only for an
   * activity that is rejected already. */
  if (self->original != NULL)
    current_status = buurt_entity_get_enum (BUURT_ENTITY (self->original), "status");
  for (guint i = 0; i < status_class->n_values; i++)
    {
      BuurtActivityStatus status = status_class->values[i].value;

      if (status == BUURT_ACTIVITY_STATUS_REJECTED && current_status != status)
        continue;
      g_array_append_val (self->status_values, status);
      g_ptr_array_add (status_labels, (gpointer) buurt_enum_to_label (BUURT_TYPE_ACTIVITY_STATUS, status));
    }
  set_strings (self->status_row, status_labels);

  /* A new activity has no venue until one is chosen: a first venue chosen
   * for the user would too easily be saved by mistake. */
  g_array_append_val (self->venue_ids, none);
  g_ptr_array_add (venue_labels, (gpointer) _("Choose…"));
  for (guint i = 0; venues != NULL && i < g_list_model_get_n_items (venues); i++)
    {
      g_autoptr(BuurtEntity) venue = g_list_model_get_item (venues, i);
      gint64 id = buurt_entity_get_id (venue);

      g_array_append_val (self->venue_ids, id);
      g_ptr_array_add (venue_labels, (gpointer) buurt_entity_get_string (venue, "name"));
    }
  g_ptr_array_add (venue_labels, (gpointer) _("Elsewhere"));
  set_strings (self->venue_row, venue_labels);

  g_array_append_val (self->organiser_ids, none);
  g_ptr_array_add (organiser_labels, (gpointer) _("Not known"));
  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(BuurtEntity) contact = g_list_model_get_item (contacts, i);
      gint64 id = buurt_entity_get_id (contact);

      g_array_append_val (self->organiser_ids, id);
      g_ptr_array_add (organiser_labels, (gpointer) buurt_entity_get_string (contact, "name"));
    }
  g_ptr_array_add (organiser_labels, (gpointer) _("New organiser…"));
  set_strings (self->organiser_row, organiser_labels);

  g_array_append_val (self->initiative_ids, none);
  g_ptr_array_add (initiative_labels, (gpointer) _("None"));
  for (guint i = 0; initiatives != NULL && i < g_list_model_get_n_items (initiatives); i++)
    {
      g_autoptr(BuurtEntity) initiative = g_list_model_get_item (initiatives, i);
      gint64 id = buurt_entity_get_id (initiative);

      g_array_append_val (self->initiative_ids, id);
      g_ptr_array_add (initiative_labels, (gpointer) buurt_entity_get_string (initiative, "title"));
    }
  set_strings (self->initiative_row, initiative_labels);

  fill_rooms (self);
}

gboolean
buurt_activity_editor_is_elsewhere (BuurtActivityEditor *self)
{
  return selected (self->venue_row) >= self->venue_ids->len;
}

gboolean
buurt_activity_editor_is_new_organiser (BuurtActivityEditor *self)
{
  return selected (self->organiser_row) + 1 == n_items (self->organiser_row);
}

/* Callbacks */

/* The date decides the weekday of a weekly series until the user picks
 * days, the n-th weekday of a monthly one, and a first last date. */
static void
date_changed_cb (BuurtActivityEditor *self)
{
  g_autoptr(GDateTime) date = buurt_calendar_get_noon (self->date_calendar, self->tzid);
  g_autofree char *text = buurt_format_date (date);

  gtk_menu_button_set_label (self->date_button, text);
  buurt_repeat_section_set_first_date (self->repeat_section, date);
  update_visibility_cb (self);
}

static void
date_day_selected_cb (BuurtActivityEditor *self)
{
  gtk_popover_popdown (self->date_popover);
}

static void
venue_selected_cb (BuurtActivityEditor *self)
{
  if (self->room_ids == NULL)
    return;

  fill_rooms (self);
  update_visibility_cb (self);
}

static void
update_visibility_cb (BuurtActivityEditor *self)
{
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);
  gboolean elsewhere;

  if (self->venue_ids == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->start_row), !all_day);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), !all_day);

  elsewhere = buurt_activity_editor_is_elsewhere (self);
  gtk_widget_set_visible (GTK_WIDGET (self->room_row), !elsewhere && selected (self->venue_row) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->location_row), elsewhere);

  gtk_widget_set_visible (GTK_WIDGET (self->new_organiser_row), buurt_activity_editor_is_new_organiser (self));
  gtk_widget_set_visible (GTK_WIDGET (self->new_kind_row), buurt_activity_editor_is_new_organiser (self));

  gtk_widget_set_visible (GTK_WIDGET (self->registration_info_row),
                          selected (self->registration_row) != BUURT_REGISTRATION_NONE);
  buurt_activity_editor_update_closure_note (self);
}

/* Reading an activity into the widgets */

void
buurt_activity_editor_select_place (BuurtActivityEditor *self,
                                    gint64               room_id,
                                    const char          *location)
{
  if (room_id != 0)
    {
      for (guint i = 0; i < g_list_model_get_n_items (self->rooms); i++)
        {
          g_autoptr(BuurtEntity) room = g_list_model_get_item (self->rooms, i);
          guint venue_position, room_position;

          if (buurt_entity_get_id (room) != room_id)
            continue;

          venue_position = position_of (self->venue_ids, buurt_entity_get_int (room, "venue-id"));
          if (venue_position == GTK_INVALID_LIST_POSITION)
            break;
          adw_combo_row_set_selected (self->venue_row, venue_position);
          fill_rooms (self);
          room_position = position_of (self->room_ids, room_id);
          if (room_position != GTK_INVALID_LIST_POSITION)
            adw_combo_row_set_selected (self->room_row, room_position);
          return;
        }
    }

  adw_combo_row_set_selected (self->venue_row, self->venue_ids->len);
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), location != NULL ? location : "");
}

static void
calendar_show (GtkCalendar *calendar,
               GDateTime   *date)
{
  buurt_calendar_set_date (calendar,
                           g_date_time_get_year (date),
                           g_date_time_get_month (date),
                           g_date_time_get_day_of_month (date));
}

static void
load_activity (BuurtActivityEditor *self,
               BuurtActivity       *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  GDateTime *starts_at = buurt_entity_get_date_time (entity, "starts-at");
  g_autofree char *cost = NULL;
  const char *tzid = buurt_entity_get_string (entity, "tzid");
  const char *description = buurt_entity_get_string (entity, "description");
  guint groups = buurt_entity_get_enum (entity, "target-groups");
  guint position;

  g_free (self->tzid);
  self->tzid = g_strdup (tzid != NULL ? tzid : BUURT_DEFAULT_TZID);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         buurt_entity_get_string (entity, "title") ?: "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            description != NULL ? description : "", -1);
  adw_combo_row_set_selected (self->category_row, buurt_entity_get_enum (entity, "category"));

  for (guint i = 0; i < self->status_values->len; i++)
    if (g_array_index (self->status_values, BuurtActivityStatus, i) == buurt_entity_get_enum (entity, "status"))
      adw_combo_row_set_selected (self->status_row, i);

  for (guint bit = 0; bit < G_N_ELEMENTS (self->target_checks); bit++)
    if (self->target_checks[bit] != NULL)
      gtk_check_button_set_active (self->target_checks[bit], (groups & (1u << bit)) != 0);

  if (starts_at != NULL)
    {
      g_autoptr(GDateTime) start = buurt_in_zone (starts_at, self->tzid);

      calendar_show (self->date_calendar, start);
      if (!buurt_entity_get_boolean (entity, "all-day"))
        {
          g_autofree char *start_text = buurt_format_time (starts_at, self->tzid);
          g_autofree char *end_text = buurt_format_time (buurt_entity_get_date_time (entity, "ends-at"),
                                                         self->tzid);

          gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start_text);
          gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end_text);
        }
    }
  gtk_switch_set_active (self->all_day_switch, buurt_entity_get_boolean (entity, "all-day"));

  buurt_repeat_section_load (self->repeat_section, buurt_entity_get_string (entity, "rrule"), self->tzid);

  buurt_activity_editor_select_place (self,
                                      buurt_entity_get_int (entity, "room-id"),
                                      buurt_entity_get_string (entity, "location"));

  position = position_of (self->organiser_ids, buurt_entity_get_int (entity, "organiser-id"));
  adw_combo_row_set_selected (self->organiser_row, position != GTK_INVALID_LIST_POSITION ? position : 0);
  position = position_of (self->initiative_ids, buurt_entity_get_int (entity, "initiative-id"));
  adw_combo_row_set_selected (self->initiative_row, position != GTK_INVALID_LIST_POSITION ? position : 0);

  cost = buurt_money_format_amount (buurt_entity_get_int (entity, "cost-cents"));
  gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost);
  adw_combo_row_set_selected (self->registration_row, buurt_entity_get_enum (entity, "registration"));
  gtk_editable_set_text (GTK_EDITABLE (self->registration_info_row),
                         buurt_entity_get_string (entity, "registration-info") ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->url_row),
                         buurt_entity_get_string (entity, "url") ?: "");
}

static void
load_defaults (BuurtActivityEditor *self)
{
  /* The user's today. */
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  self->tzid = g_strdup (BUURT_DEFAULT_TZID);
  calendar_show (self->date_calendar, today);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), "10:00");
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), "12:00");
  for (guint i = 0; i < self->status_values->len; i++)
    if (g_array_index (self->status_values, BuurtActivityStatus, i) == BUURT_ACTIVITY_STATUS_PUBLISHED)
      adw_combo_row_set_selected (self->status_row, i);
  adw_combo_row_set_selected (self->venue_row, 0);
  adw_combo_row_set_selected (self->organiser_row, 0);
  adw_combo_row_set_selected (self->initiative_row, 0);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_activity_editor_save (BUURT_ACTIVITY_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
buurt_activity_editor_dispose (GObject *object)
{
  BuurtActivityEditor *self = BUURT_ACTIVITY_EDITOR (object);

  buurt_activity_editor_close_questions (self);

  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_ACTIVITY_EDITOR);

  g_clear_object (&self->database);
  g_clear_object (&self->original);
  g_clear_object (&self->rooms);

  G_OBJECT_CLASS (buurt_activity_editor_parent_class)->dispose (object);
}

static void
buurt_activity_editor_finalize (GObject *object)
{
  BuurtActivityEditor *self = BUURT_ACTIVITY_EDITOR (object);

  g_clear_pointer (&self->tzid, g_free);
  g_clear_pointer (&self->day, g_free);
  g_clear_object (&self->command);
  g_clear_pointer (&self->venue_ids, g_array_unref);
  g_clear_pointer (&self->room_ids, g_array_unref);
  g_clear_pointer (&self->organiser_ids, g_array_unref);
  g_clear_pointer (&self->initiative_ids, g_array_unref);
  g_clear_pointer (&self->status_values, g_array_unref);
  g_clear_pointer (&self->error_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->opened_form, g_free);

  G_OBJECT_CLASS (buurt_activity_editor_parent_class)->finalize (object);
}

static void
buurt_activity_editor_class_init (BuurtActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_activity_editor_dispose;
  object_class->finalize = buurt_activity_editor_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = buurt_activity_editor_close_request;

  /**
   * BuurtActivityEditor::saved:
   * @activity: the activity as it was written
   *
   * Emitted after a successful save, just before the editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BUURT_TYPE_ACTIVITY);

  g_type_ensure (BUURT_TYPE_REPEAT_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-activity-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, page);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, activity_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, all_day_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, time_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, repeat_section);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, closure_note_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, closure_note_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, venue_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, room_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, place_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, organiser_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, new_organiser_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, organiser_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, new_kind_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, target_groups_grid);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, cost_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, cost_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, registration_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, registration_info_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, url_row);

  gtk_widget_class_bind_template_callback (widget_class, update_visibility_cb);
  gtk_widget_class_bind_template_callback (widget_class, buurt_activity_editor_update_closure_note);
  gtk_widget_class_bind_template_callback (widget_class, venue_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
buurt_activity_editor_init (BuurtActivityEditor *self)
{
  AdwComboRow *named[8];
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->venue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->room_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->organiser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->initiative_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status_values = g_array_new (FALSE, FALSE, sizeof (BuurtActivityStatus));
  self->error_widgets = g_ptr_array_new ();

  create_target_group_checks (self);

  /* Screen readers name the choices of every list. */
  named[0] = self->category_row;
  named[1] = self->status_row;
  named[2] = self->venue_row;
  named[3] = self->room_row;
  named[4] = self->organiser_row;
  named[5] = self->new_kind_row;
  named[6] = self->initiative_row;
  named[7] = self->registration_row;
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    buurt_combo_row_name_items (named[i]);

  /* Ctrl+Enter saves also from the description, which would otherwise
   * take the key first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("editor.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_swapped (self->room_row, "notify::selected",
                            G_CALLBACK (buurt_activity_editor_update_closure_note), self);
  g_signal_connect_swapped (self->date_calendar, "notify::day", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->date_calendar, "notify::month", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->date_calendar, "notify::year", G_CALLBACK (date_changed_cb), self);
}

/**
 * buurt_activity_editor_new:
 * @parent: (nullable): the window the editor belongs to; it is modal to it
 * @database: the database to read pick lists from and to save to
 * @activity: (nullable): a saved activity to edit or copy, or %NULL for a
 *   new one
 * @duplicate: whether to save @activity as a new copy instead of changing it
 *
 * Creates the editor; present it with gtk_window_present(). It closes
 * itself after saving (emitting #BuurtActivityEditor::saved) or on Cancel.
 * The editor never changes @activity itself: it saves a copy read from the
 * database, which #BuurtActivityEditor::saved passes.
 *
 * Returns: (transfer none): the editor, owned by GTK's list of windows
 */
BuurtActivityEditor *
buurt_activity_editor_new (GtkWindow     *parent,
                           BuurtDatabase    *database,
                           BuurtActivity *activity,
                           gboolean       duplicate)
{
  BuurtActivityEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (activity == NULL || BUURT_IS_ACTIVITY (activity), NULL);

  self = g_object_new (BUURT_TYPE_ACTIVITY_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->original = activity != NULL ? g_object_ref (activity) : NULL;
  self->duplicate = activity != NULL && duplicate;
  self->scope = -1;

  /* An unsaved activity is the start of a new one (a room at a time). */
  if (activity == NULL || buurt_entity_get_id (BUURT_ENTITY (activity)) == 0)
    gtk_window_set_title (GTK_WINDOW (self), _("New Activity"));
  else if (self->duplicate)
    gtk_window_set_title (GTK_WINDOW (self), _("Duplicate Activity"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Edit Activity"));

  fill_lists (self);
  if (activity != NULL)
    load_activity (self, activity);
  else
    load_defaults (self);

  /* Opened from one date, the editor still changes them all. */
  if (activity != NULL && !self->duplicate &&
      buurt_entity_get_string (BUURT_ENTITY (activity), "rrule") != NULL)
    adw_preferences_group_set_description (self->activity_group,
                                           _("You are changing every date of this series. "
                                             "To skip one date, cancel that date in the agenda."));
  buurt_activity_editor_note_closures (self);

  date_changed_cb (self);
  update_visibility_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  self->opened_form = buurt_activity_editor_form_state (self);

  return self;
}

/**
 * buurt_activity_editor_save:
 *
 * What the Save button does: checks every field and shows what is wrong
 * under it; asks first when the room is already taken; otherwise saves,
 * emits #BuurtActivityEditor::saved and closes the editor. Public as a
 * test hook.
 *
 * Returns: %TRUE when the activity was saved; %FALSE when a mistake or the
 *   room question is shown
 */
gboolean
buurt_activity_editor_save (BuurtActivityEditor *self)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtContact) organiser = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), FALSE);

  if (self->conflict_dialog != NULL || self->scope_dialog != NULL)
    return FALSE;

  activity = buurt_activity_editor_build (self, &organiser);
  if (activity == NULL)
    return FALSE;

  if (!buurt_activity_editor_check_conflicts (self, activity))
    return FALSE;

  /* A date of a series: which dates is the change for? */
  if (self->day != NULL && self->scope < 0)
    {
      buurt_activity_editor_ask_scope (self);
      return FALSE;
    }

  if (self->day != NULL
      ? !buurt_activity_editor_save_date (self, activity, organiser, &error)
      : !buurt_database_save_activity (self->database, activity, organiser, &error))
    {
      buurt_activity_editor_set_general_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, activity);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * buurt_activity_editor_set_date:
 * @occurrence: the date of the series the editor was opened from
 *
 * Shows that date (its day, times and place) instead of the series' first,
 * and makes Save ask whether the change is for only this date, this and
 * all later dates, or every date.
 */
void
buurt_activity_editor_set_date (BuurtActivityEditor *self,
                                BuurtOccurrence     *occurrence)
{
  g_return_if_fail (BUURT_IS_ACTIVITY_EDITOR (self));
  g_return_if_fail (BUURT_IS_OCCURRENCE (occurrence));
  g_return_if_fail (self->original != NULL && !self->duplicate);

  buurt_activity_editor_load_date (self, occurrence);
  date_changed_cb (self);
  update_visibility_cb (self);
  g_free (self->opened_form);
  self->opened_form = buurt_activity_editor_form_state (self);
}

/**
 * buurt_activity_editor_set_initiative:
 * @initiative_id: the initiative the activity belongs to
 *
 * Chooses the initiative, as "Add Activity" in the Initiatives view does.
 */
void
buurt_activity_editor_set_initiative (BuurtActivityEditor *self,
                                      gint64               initiative_id)
{
  guint position;

  g_return_if_fail (BUURT_IS_ACTIVITY_EDITOR (self));

  position = position_of (self->initiative_ids, initiative_id);
  adw_combo_row_set_selected (self->initiative_row, position != GTK_INVALID_LIST_POSITION ? position : 0);
  g_free (self->opened_form);
  self->opened_form = buurt_activity_editor_form_state (self);
}

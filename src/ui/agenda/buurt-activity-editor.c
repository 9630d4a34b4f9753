/* buurt-activity-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-activity-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "buurt-activity-editor.h"
#include "buurt-entities.h"

/*
 * The editor of one activity: new, an existing one, or a copy. It keeps what
 * the user types in its widgets and only builds an activity when Save is
 * pressed: then every field is checked at once, each mistake is shown in red
 * under its own field, and focus goes to the first. Nothing is written until
 * all is right. Times are wall-clock times in the activity's time zone
 * (Europe/Amsterdam), so a weekly 10:00 stays at 10:00 across summer time.
 */

/* The "Repeats" list shows a fifth item only for a rule the editor cannot
 * show in its widgets (made elsewhere); that rule is then kept as it is. */
#define REPEAT_KEPT 4

/* How many conflicting dates the question lists by name. */
#define CONFLICTS_LISTED 5
/* How many conflicting dates are counted at most. */
#define CONFLICTS_COUNTED 1000

struct _BuurtActivityEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwPreferencesPage *page;
  AdwPreferencesGroup *activity_group;
  GtkWidget          *general_error_group;
  GtkLabel           *general_error;
  AdwEntryRow        *title_row;
  GtkLabel           *title_error;
  AdwComboRow        *category_row;
  AdwComboRow        *status_row;
  GtkTextView        *description_view;
  AdwActionRow       *date_row;
  GtkMenuButton      *date_button;
  GtkPopover         *date_popover;
  GtkCalendar        *date_calendar;
  GtkSwitch          *all_day_switch;
  AdwActionRow       *start_row;
  GtkEntry           *start_entry;
  AdwActionRow       *end_row;
  GtkEntry           *end_entry;
  GtkLabel           *time_error;
  AdwComboRow        *repeat_row;
  AdwActionRow       *weekdays_row;
  GtkBox             *weekdays_box;
  AdwComboRow        *repeat_end_row;
  AdwActionRow       *until_row;
  GtkMenuButton      *until_button;
  GtkPopover         *until_popover;
  GtkCalendar        *until_calendar;
  AdwActionRow       *count_row;
  GtkSpinButton      *count_spin;
  GtkLabel           *count_error;
  GtkLabel           *repeat_error;
  AdwComboRow        *venue_row;
  AdwComboRow        *room_row;
  AdwEntryRow        *location_row;
  GtkLabel           *place_error;
  AdwComboRow        *organiser_row;
  AdwEntryRow        *new_organiser_row;
  GtkLabel           *organiser_error;
  AdwComboRow        *new_kind_row;
  AdwComboRow        *initiative_row;
  GtkGrid            *target_groups_grid;
  AdwEntryRow        *cost_row;
  GtkLabel           *cost_error;
  AdwComboRow        *registration_row;
  AdwEntryRow        *registration_info_row;
  AdwEntryRow        *url_row;

  /* Widgets made in code */
  GtkToggleButton    *weekday_buttons[7];     /* Monday first */
  GtkCheckButton     *target_checks[8];       /* by bit of BuurtTargetGroup */

  /* Owned state */
  BuurtDatabase         *database;
  BuurtActivity      *original;               /* the saved activity, or NULL */
  gboolean            duplicate;
  char               *tzid;
  GListModel         *rooms;                  /* every room, for the room list */
  GArray             *venue_ids;              /* gint64 per venue item: first 0 for "Choose…",
                                                 the last item, past them, is "Elsewhere" */
  GArray             *room_ids;               /* gint64 per room item of the chosen venue */
  GArray             *organiser_ids;          /* gint64: 0 = none, then contacts; the last item is "New" */
  GArray             *initiative_ids;         /* gint64: 0 = none, then initiatives */
  GArray             *status_values;          /* BuurtActivityStatus per status item */
  char               *kept_rrule;             /* a rule made elsewhere, kept as it is */
  gboolean            weekdays_touched;       /* the user chose the weekdays */
  gboolean            setting_weekdays;
  gboolean            until_touched;          /* the user chose the last date */
  gboolean            conflicts_accepted;     /* "Save Anyway" was chosen */

  /* Validation state of the last Save */
  GPtrArray          *error_widgets;          /* rows marked with .error, borrowed */
  GtkWidget          *first_error;            /* where focus goes, borrowed */
  AdwMessageDialog   *conflict_dialog;        /* while shown, weak */
  AdwMessageDialog   *discard_dialog;         /* while shown, weak */
  char               *opened_form;            /* what the form held when opened */
  gboolean            closing;                /* saved, or changes discarded */
};

G_DEFINE_FINAL_TYPE (BuurtActivityEditor, buurt_activity_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* RFC 5545 weekday codes, Monday first as the weekday buttons. */
static const char *weekday_codes[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static void update_visibility_cb (BuurtActivityEditor *self);

/* Helpers: lists */

static gint64
id_at (GArray *ids,
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

/* Helpers: dates and times */

static GTimeZone *
editor_time_zone (BuurtActivityEditor *self)
{
  GTimeZone *tz = g_time_zone_new_identifier (self->tzid);

  return tz != NULL ? tz : g_time_zone_new_identifier ("Europe/Amsterdam");
}

static void
calendar_get_date (GtkCalendar *calendar,
                   int         *year,
                   int         *month,
                   int         *day)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  *year = g_date_time_get_year (date);
  *month = g_date_time_get_month (date);
  *day = g_date_time_get_day_of_month (date);
}

static void
calendar_set_date (GtkCalendar *calendar,
                   GDateTime   *date)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (date),
                                                     g_date_time_get_month (date),
                                                     g_date_time_get_day_of_month (date),
                                                     12, 0, 0);

  gtk_calendar_select_day (calendar, noon);
}

/* The chosen date at noon in the activity's zone: for weekday and labels. */
static GDateTime *
calendar_noon (BuurtActivityEditor *self,
               GtkCalendar         *calendar)
{
  g_autoptr(GTimeZone) tz = editor_time_zone (self);
  int year, month, day;

  calendar_get_date (calendar, &year, &month, &day);
  return g_date_time_new (tz, year, month, day, 12, 0, 0);
}

static char *
format_date (GDateTime *date)
{
  /* Translators: a date on a button, see strftime(3); e.g. "Sunday 14 March 2027" */
  return g_date_time_format (date, _("%A %-d %B %Y"));
}

/* "10:00", "9:30" or "9.30": hours 0–23, a colon or point, two-digit minutes. */
static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *sep;
  gsize hours_len;

  sep = strpbrk (copy, ":.");
  if (sep == NULL)
    return FALSE;

  hours_len = sep - copy;
  if (hours_len < 1 || hours_len > 2 || strlen (sep + 1) != 2)
    return FALSE;
  for (const char *p = copy; *p != '\0'; p++)
    if (p != sep && !g_ascii_isdigit (*p))
      return FALSE;

  *hour = atoi (copy);
  *minute = atoi (sep + 1);
  return *hour <= 23 && *minute <= 59;
}

/* The nth weekday of its month, or -1 for a fifth one ("the last"). */
static int
nth_weekday_of_month (GDateTime *date)
{
  int nth = (g_date_time_get_day_of_month (date) - 1) / 7 + 1;

  return nth >= 5 ? -1 : nth;
}

static char *
monthly_text (GDateTime *date)
{
  const char *ordinals[] = {
    /* Translators: in "Every first Tuesday of the month" */
    C_("every nth weekday", "first"),
    /* Translators: in "Every second Tuesday of the month" */
    C_("every nth weekday", "second"),
    /* Translators: in "Every third Tuesday of the month" */
    C_("every nth weekday", "third"),
    /* Translators: in "Every fourth Tuesday of the month" */
    C_("every nth weekday", "fourth"),
    /* Translators: in "Every last Tuesday of the month" */
    C_("every nth weekday", "last"),
  };
  int nth = nth_weekday_of_month (date);
  g_autofree char *weekday = g_date_time_format (date, "%A");

  /* Translators: the first %s is "first", "second", …, "last"; the second a
   * weekday name, e.g. "Every second Tuesday of the month" */
  return g_strdup_printf (_("Every %s %s of the month"), ordinals[nth > 0 ? nth - 1 : 4], weekday);
}

/* Helpers: cost */

typedef enum
{
  COST_OK,
  COST_NOT_A_NUMBER,
  COST_NEGATIVE,
} CostResult;

/* Euros with a decimal comma or point, such as "2,50", "2.5", "€ 3" or ""
 * (free); at most two decimals. */
static CostResult
parse_cost (const char *text,
            gint64     *cents)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  gboolean negative = FALSE;
  gint64 euros = 0;
  int decimals = 0;
  int fraction = 0;
  gboolean digits = FALSE;

  *cents = 0;

  if (g_str_has_prefix (p, "€"))
    p += strlen ("€");
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (*p == '\0')
    return negative ? COST_NOT_A_NUMBER : COST_OK;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (euros > 1000000)
        return COST_NOT_A_NUMBER;
      euros = euros * 10 + (*p - '0');
      digits = TRUE;
    }

  if (*p == ',' || *p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          if (++decimals > 2)
            return COST_NOT_A_NUMBER;
          fraction = fraction * 10 + (*p - '0');
          digits = TRUE;
        }
      if (decimals == 1)
        fraction *= 10;
    }

  if (*p != '\0' || !digits)
    return COST_NOT_A_NUMBER;

  *cents = euros * 100 + fraction;
  if (negative && *cents > 0)
    return COST_NEGATIVE;
  return COST_OK;
}

static char *
format_cost (gint64 cents)
{
  if (cents <= 0)
    return g_strdup ("");
  if (cents % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);

  /* The locale's decimal sign, as the user would type it. */
  return g_strdup_printf ("%.2f", cents / 100.0);
}

/* Helpers: errors */

static GtkLabel *
error_label (BuurtActivityEditor *self,
             const char          *field)
{
  if (g_str_equal (field, "title"))
    return self->title_error;
  if (g_str_equal (field, "time"))
    return self->time_error;
  if (g_str_equal (field, "repeat"))
    return self->repeat_error;
  if (g_str_equal (field, "count"))
    return self->count_error;
  if (g_str_equal (field, "place"))
    return self->place_error;
  if (g_str_equal (field, "organiser"))
    return self->organiser_error;
  if (g_str_equal (field, "cost"))
    return self->cost_error;
  if (g_str_equal (field, "general"))
    return self->general_error;
  return NULL;
}

static void
clear_errors (BuurtActivityEditor *self)
{
  const char *fields[] = { "title", "time", "repeat", "count", "place", "organiser", "cost" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkLabel *label = error_label (self, fields[i]);

      gtk_label_set_label (label, "");
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), FALSE);
    }
  gtk_label_set_label (self->general_error, "");
  gtk_widget_set_visible (self->general_error_group, FALSE);

  for (guint i = 0; i < self->error_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->error_widgets, i);

      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
    }
  g_ptr_array_set_size (self->error_widgets, 0);
  self->first_error = NULL;
}

/* Shows @message under the row of @field, marks @row and remembers @focus
 * as where focus goes when it is the first mistake. */
static void
set_error (BuurtActivityEditor *self,
           const char          *field,
           GtkWidget           *row,
           GtkWidget           *focus,
           const char          *message)
{
  GtkLabel *label = error_label (self, field);

  /* One message per field: the first is what to fix first. */
  if (*gtk_label_get_label (label) == '\0')
    {
      gtk_label_set_label (label, message);
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), TRUE);
    }

  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      g_ptr_array_add (self->error_widgets, row);
    }

  if (self->first_error == NULL)
    self->first_error = focus != NULL ? focus : row;
}

static void
set_general_error (BuurtActivityEditor *self,
                   const char          *message)
{
  gtk_label_set_label (self->general_error, message);
  gtk_widget_set_visible (self->general_error_group, TRUE);
}

/* Weekdays */

static guint
weekday_index (GDateTime *date)
{
  return g_date_time_get_day_of_week (date) - 1;
}

static void
select_only_weekday (BuurtActivityEditor *self,
                     guint                index)
{
  self->setting_weekdays = TRUE;
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->weekday_buttons[i], i == index);
  self->setting_weekdays = FALSE;
}

static void
weekday_toggled_cb (BuurtActivityEditor *self)
{
  if (!self->setting_weekdays)
    self->weekdays_touched = TRUE;
}

static void
create_weekday_buttons (BuurtActivityEditor *self)
{
  /* 2024-01-01 was a Monday: its week gives the weekday names. */
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, i);
      g_autofree char *abbreviation = g_date_time_format (day, "%a");
      g_autofree char *name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (abbreviation);

      gtk_widget_set_tooltip_text (button, name);
      gtk_widget_set_size_request (button, 44, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (weekday_toggled_cb), self);
      gtk_box_append (self->weekdays_box, button);
      self->weekday_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
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

static guint
target_groups (BuurtActivityEditor *self)
{
  guint groups = 0;

  for (guint bit = 0; bit < G_N_ELEMENTS (self->target_checks); bit++)
    if (self->target_checks[bit] != NULL && gtk_check_button_get_active (self->target_checks[bit]))
      groups |= 1u << bit;

  return groups;
}

/* Lists from the database */

static void
fill_rooms (BuurtActivityEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint venue_position = selected (self->venue_row);
  gint64 venue_id = id_at (self->venue_ids, venue_position);

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

static gboolean
is_elsewhere (BuurtActivityEditor *self)
{
  return selected (self->venue_row) >= self->venue_ids->len;
}

static gboolean
is_new_organiser (BuurtActivityEditor *self)
{
  return selected (self->organiser_row) + 1 == n_items (self->organiser_row);
}

/* Callbacks */

static void
update_date_labels (BuurtActivityEditor *self)
{
  g_autoptr(GDateTime) date = calendar_noon (self, self->date_calendar);
  g_autoptr(GDateTime) until = calendar_noon (self, self->until_calendar);
  g_autofree char *date_text = format_date (date);
  g_autofree char *until_text = format_date (until);

  gtk_menu_button_set_label (self->date_button, date_text);
  gtk_menu_button_set_label (self->until_button, until_text);
}

/* The date decides the weekday of a weekly series until the user picks
 * days, the n-th weekday of a monthly one, and a first last date. */
static void
date_changed_cb (BuurtActivityEditor *self)
{
  g_autoptr(GDateTime) date = calendar_noon (self, self->date_calendar);

  if (!self->weekdays_touched)
    select_only_weekday (self, weekday_index (date));

  if (!self->until_touched)
    {
      g_autoptr(GDateTime) until = g_date_time_add_months (date, 3);

      calendar_set_date (self->until_calendar, until);
      self->until_touched = FALSE;
    }

  update_date_labels (self);
  update_visibility_cb (self);
}

static void
date_day_selected_cb (BuurtActivityEditor *self)
{
  gtk_popover_popdown (self->date_popover);
}

static void
until_changed_cb (BuurtActivityEditor *self)
{
  self->until_touched = TRUE;
  update_date_labels (self);
}

static void
until_day_selected_cb (BuurtActivityEditor *self)
{
  gtk_popover_popdown (self->until_popover);
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
  guint repeat = selected (self->repeat_row);
  guint repeat_end = selected (self->repeat_end_row);
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);
  gboolean repeats = repeat != BUURT_EDITOR_REPEAT_NONE && repeat != GTK_INVALID_LIST_POSITION;
  gboolean elsewhere;

  if (self->venue_ids == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->start_row), !all_day);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), !all_day);

  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_row),
                          repeat == BUURT_EDITOR_REPEAT_WEEKLY ||
                          repeat == BUURT_EDITOR_REPEAT_FORTNIGHTLY);
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_end_row), repeats && repeat != REPEAT_KEPT);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row),
                          repeats && repeat != REPEAT_KEPT && repeat_end == BUURT_EDITOR_REPEAT_END_DATE);
  gtk_widget_set_visible (GTK_WIDGET (self->count_row),
                          repeats && repeat != REPEAT_KEPT && repeat_end == BUURT_EDITOR_REPEAT_END_COUNT);

  if (repeat == BUURT_EDITOR_REPEAT_MONTHLY)
    {
      g_autoptr(GDateTime) date = calendar_noon (self, self->date_calendar);
      g_autofree char *text = monthly_text (date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), text);
    }
  else if (repeat == REPEAT_KEPT)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row),
                                 _("A pattern made in another program: it is kept as it is."));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), "");

  elsewhere = is_elsewhere (self);
  gtk_widget_set_visible (GTK_WIDGET (self->room_row), !elsewhere && selected (self->venue_row) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->location_row), elsewhere);

  gtk_widget_set_visible (GTK_WIDGET (self->new_organiser_row), is_new_organiser (self));
  gtk_widget_set_visible (GTK_WIDGET (self->new_kind_row), is_new_organiser (self));

  gtk_widget_set_visible (GTK_WIDGET (self->registration_info_row),
                          selected (self->registration_row) != BUURT_REGISTRATION_NONE);
}

/* Reading an activity into the widgets */

/* Reads back the rules this editor writes; anything else is kept as is. */
static gboolean
parse_rrule (BuurtActivityEditor *self,
             const char          *rrule,
             GTimeZone           *tz)
{
  g_auto(GStrv) parts = g_strsplit (rrule, ";", -1);
  const char *freq = NULL;
  const char *byday = NULL;
  guint interval = 1;
  guint count = 0;
  g_autoptr(GDateTime) until = NULL;
  gboolean days[7] = { FALSE };

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *value = strchr (parts[i], '=');

      if (value == NULL)
        return FALSE;
      *value++ = '\0';

      if (g_str_equal (parts[i], "FREQ"))
        freq = value;
      else if (g_str_equal (parts[i], "INTERVAL"))
        interval = (guint) g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (parts[i], "BYDAY"))
        byday = value;
      else if (g_str_equal (parts[i], "COUNT"))
        count = (guint) g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (parts[i], "UNTIL"))
        {
          g_autofree char *iso = NULL;
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

          if (strlen (value) == 8)
            iso = g_strdup_printf ("%.4s-%.2s-%.2sT23:59:59Z", value, value + 4, value + 6);
          else if (strlen (value) == 16 && value[8] == 'T' && value[15] == 'Z')
            iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ",
                                   value, value + 4, value + 6, value + 9, value + 11, value + 13);
          if (iso == NULL || (until = g_date_time_new_from_iso8601 (iso, utc)) == NULL)
            return FALSE;
        }
      else if (!g_str_equal (parts[i], "WKST"))
        return FALSE;
    }

  if (g_strcmp0 (freq, "WEEKLY") == 0 && (interval == 1 || interval == 2) && byday != NULL)
    {
      g_auto(GStrv) codes = g_strsplit (byday, ",", -1);

      for (guint i = 0; codes[i] != NULL; i++)
        {
          guint d;

          for (d = 0; d < 7; d++)
            if (g_str_equal (codes[i], weekday_codes[d]))
              break;
          if (d == 7)
            return FALSE;
          days[d] = TRUE;
        }

      adw_combo_row_set_selected (self->repeat_row,
                                  interval == 2 ? BUURT_EDITOR_REPEAT_FORTNIGHTLY : BUURT_EDITOR_REPEAT_WEEKLY);
      self->setting_weekdays = TRUE;
      for (guint d = 0; d < 7; d++)
        gtk_toggle_button_set_active (self->weekday_buttons[d], days[d]);
      self->setting_weekdays = FALSE;
      self->weekdays_touched = TRUE;
    }
  else if (g_strcmp0 (freq, "MONTHLY") == 0 && interval == 1 && byday != NULL &&
           strchr (byday, ',') == NULL && strlen (byday) >= 3)
    {
      /* The n-th weekday follows from the date, as the editor writes it. */
      adw_combo_row_set_selected (self->repeat_row, BUURT_EDITOR_REPEAT_MONTHLY);
    }
  else
    return FALSE;

  if (count > 0)
    {
      adw_combo_row_set_selected (self->repeat_end_row, BUURT_EDITOR_REPEAT_END_COUNT);
      gtk_spin_button_set_value (self->count_spin, count);
    }
  else if (until != NULL)
    {
      /* UNTIL is the end of a local day in UTC, so half a day earlier is
       * safely inside that day, also for rules that wrote 23:59:59Z. */
      g_autoptr(GDateTime) earlier = g_date_time_add_hours (until, -12);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (earlier, tz);

      adw_combo_row_set_selected (self->repeat_end_row, BUURT_EDITOR_REPEAT_END_DATE);
      calendar_set_date (self->until_calendar, local);
      self->until_touched = TRUE;
    }
  else
    adw_combo_row_set_selected (self->repeat_end_row, BUURT_EDITOR_REPEAT_END_NEVER);

  return TRUE;
}

static void
select_place (BuurtActivityEditor *self,
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
load_activity (BuurtActivityEditor *self,
               BuurtActivity       *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *cost = NULL;
  const char *rrule = buurt_entity_get_string (entity, "rrule");
  const char *description = buurt_entity_get_string (entity, "description");
  guint groups = buurt_entity_get_enum (entity, "target-groups");
  guint position;

  g_free (self->tzid);
  self->tzid = g_strdup (buurt_entity_get_string (entity, "tzid") != NULL
                         ? buurt_entity_get_string (entity, "tzid") : "Europe/Amsterdam");
  tz = editor_time_zone (self);

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

  if (buurt_entity_get_date_time (entity, "starts-at") != NULL)
    {
      start = g_date_time_to_timezone (buurt_entity_get_date_time (entity, "starts-at"), tz);
      end = g_date_time_to_timezone (buurt_entity_get_date_time (entity, "ends-at"), tz);
      calendar_set_date (self->date_calendar, start);
      if (!buurt_entity_get_boolean (entity, "all-day"))
        {
          g_autofree char *start_text = g_date_time_format (start, "%H:%M");
          g_autofree char *end_text = g_date_time_format (end, "%H:%M");

          gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start_text);
          gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end_text);
        }
    }
  gtk_switch_set_active (self->all_day_switch, buurt_entity_get_boolean (entity, "all-day"));

  if (rrule != NULL && *rrule != '\0' && !parse_rrule (self, rrule, tz))
    {
      GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (self->repeat_row));

      self->kept_rrule = g_strdup (rrule);
      gtk_string_list_append (list, _("As set in another program"));
      adw_combo_row_set_selected (self->repeat_row, REPEAT_KEPT);
    }

  select_place (self,
                buurt_entity_get_int (entity, "room-id"),
                buurt_entity_get_string (entity, "location"));

  position = position_of (self->organiser_ids, buurt_entity_get_int (entity, "organiser-id"));
  adw_combo_row_set_selected (self->organiser_row, position != GTK_INVALID_LIST_POSITION ? position : 0);
  position = position_of (self->initiative_ids, buurt_entity_get_int (entity, "initiative-id"));
  adw_combo_row_set_selected (self->initiative_row, position != GTK_INVALID_LIST_POSITION ? position : 0);

  cost = format_cost (buurt_entity_get_int (entity, "cost-cents"));
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
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  self->tzid = g_strdup ("Europe/Amsterdam");
  calendar_set_date (self->date_calendar, today);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), "10:00");
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), "12:00");
  for (guint i = 0; i < self->status_values->len; i++)
    if (g_array_index (self->status_values, BuurtActivityStatus, i) == BUURT_ACTIVITY_STATUS_PUBLISHED)
      adw_combo_row_set_selected (self->status_row, i);
  adw_combo_row_set_selected (self->venue_row, 0);
  adw_combo_row_set_selected (self->organiser_row, 0);
  adw_combo_row_set_selected (self->initiative_row, 0);
}

/* Building the activity from the widgets */

typedef struct
{
  GDateTime *starts_at;
  GDateTime *ends_at;
  char      *rrule;
  gint64     room_id;
  char      *location;
  gint64     cost_cents;
} Collected;

static void
collected_clear (Collected *collected)
{
  g_clear_pointer (&collected->starts_at, g_date_time_unref);
  g_clear_pointer (&collected->ends_at, g_date_time_unref);
  g_clear_pointer (&collected->rrule, g_free);
  g_clear_pointer (&collected->location, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collected, collected_clear)

static void
collect_times (BuurtActivityEditor *self,
               Collected           *out)
{
  g_autoptr(GTimeZone) tz = editor_time_zone (self);
  int year, month, day;
  int start_hour, start_minute, end_hour, end_minute;
  gboolean start_ok, end_ok;

  calendar_get_date (self->date_calendar, &year, &month, &day);

  if (gtk_switch_get_active (self->all_day_switch))
    {
      /* Local midnight to the next midnight, whatever the clocks do. */
      out->starts_at = g_date_time_new (tz, year, month, day, 0, 0, 0);
      out->ends_at = g_date_time_add_days (out->starts_at, 1);
      return;
    }

  start_ok = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_entry)),
                         &start_hour, &start_minute);
  end_ok = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_entry)),
                       &end_hour, &end_minute);

  if (!start_ok)
    set_error (self, "time", GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_entry),
               _("Write the start time as hours and minutes, such as 09:30."));
  if (!end_ok)
    set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
               _("Write the end time as hours and minutes, such as 11:00."));
  if (!start_ok || !end_ok)
    return;

  out->starts_at = g_date_time_new (tz, year, month, day, start_hour, start_minute, 0);
  out->ends_at = g_date_time_new (tz, year, month, day, end_hour, end_minute, 0);

  if (g_date_time_compare (out->ends_at, out->starts_at) < 0)
    set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
               _("The end time is before the start time."));
  else if (g_date_time_compare (out->ends_at, out->starts_at) == 0)
    set_error (self, "time", GTK_WIDGET (self->end_row), GTK_WIDGET (self->end_entry),
               _("The end time is the same as the start time: the activity must end after it starts."));
}

static void
collect_rrule (BuurtActivityEditor *self,
               Collected           *out)
{
  guint repeat = selected (self->repeat_row);
  g_autoptr(GDateTime) date = calendar_noon (self, self->date_calendar);
  GString *rule;

  if (repeat == REPEAT_KEPT)
    {
      out->rrule = g_strdup (self->kept_rrule);
      return;
    }
  if (repeat == BUURT_EDITOR_REPEAT_NONE || repeat == GTK_INVALID_LIST_POSITION)
    return;

  rule = g_string_new (NULL);
  if (repeat == BUURT_EDITOR_REPEAT_MONTHLY)
    {
      g_string_append_printf (rule, "FREQ=MONTHLY;BYDAY=%d%s",
                              nth_weekday_of_month (date), weekday_codes[weekday_index (date)]);
    }
  else
    {
      gboolean any = FALSE;

      g_string_append (rule, "FREQ=WEEKLY");
      if (repeat == BUURT_EDITOR_REPEAT_FORTNIGHTLY)
        g_string_append (rule, ";INTERVAL=2");
      g_string_append (rule, ";BYDAY=");
      for (guint d = 0; d < 7; d++)
        if (gtk_toggle_button_get_active (self->weekday_buttons[d]))
          {
            g_string_append_printf (rule, "%s%s", any ? "," : "", weekday_codes[d]);
            any = TRUE;
          }

      if (!any)
        set_error (self, "repeat", GTK_WIDGET (self->weekdays_row),
                   GTK_WIDGET (self->weekday_buttons[weekday_index (date)]),
                   _("Choose at least one day of the week."));
    }

  switch (selected (self->repeat_end_row))
    {
    case BUURT_EDITOR_REPEAT_END_DATE:
      {
        g_autoptr(GTimeZone) tz = editor_time_zone (self);
        g_autoptr(GDateTime) last = NULL;
        g_autoptr(GDateTime) last_utc = NULL;
        g_autofree char *until = NULL;
        int year, month, day;

        calendar_get_date (self->until_calendar, &year, &month, &day);
        /* The whole last day counts: until its end in local time, in UTC. */
        last = g_date_time_new (tz, year, month, day, 23, 59, 59);
        if (g_date_time_compare (last, date) < 0)
          {
            set_error (self, "repeat", GTK_WIDGET (self->until_row), GTK_WIDGET (self->until_button),
                       _("The last date is before the first date."));
            break;
          }
        last_utc = g_date_time_to_utc (last);
        until = g_date_time_format (last_utc, "%Y%m%dT%H%M%SZ");
        g_string_append_printf (rule, ";UNTIL=%s", until);
      }
      break;

    case BUURT_EDITOR_REPEAT_END_COUNT:
      {
        /* The text, not the value: a typed 0 must be told, not corrected. */
        g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->count_spin))));
        guint64 count = 0;

        if (!g_ascii_string_to_unsigned (text, 10, 1, 999, &count, NULL))
          {
            set_error (self, "count", GTK_WIDGET (self->count_row), GTK_WIDGET (self->count_spin),
                       _("The number of times must be at least 1."));
            break;
          }
        g_string_append_printf (rule, ";COUNT=%" G_GUINT64_FORMAT, count);
      }
      break;

    default:
      break;
    }

  out->rrule = g_string_free (rule, FALSE);
}

static void
collect_place (BuurtActivityEditor *self,
               Collected           *out)
{
  if (is_elsewhere (self))
    {
      g_autofree char *location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));

      if (*location == '\0')
        set_error (self, "place", GTK_WIDGET (self->location_row), NULL,
                   _("Fill in where the activity takes place."));
      else
        out->location = g_steal_pointer (&location);
      return;
    }

  if (selected (self->venue_row) == 0)
    {
      set_error (self, "place", GTK_WIDGET (self->venue_row), NULL,
                 _("Choose the venue, or “Elsewhere” to fill in a place."));
      return;
    }

  out->room_id = id_at (self->room_ids, selected (self->room_row));
  if (out->room_id == 0)
    set_error (self, "place", GTK_WIDGET (self->room_row), NULL,
               _("Choose a room, or choose “Elsewhere” as the venue."));
}

static void
collect_cost (BuurtActivityEditor *self,
              Collected           *out)
{
  switch (parse_cost (gtk_editable_get_text (GTK_EDITABLE (self->cost_row)), &out->cost_cents))
    {
    case COST_NOT_A_NUMBER:
      set_error (self, "cost", GTK_WIDGET (self->cost_row), NULL,
                 _("Cost must be an amount in euros, such as 2,50."));
      break;

    case COST_NEGATIVE:
      set_error (self, "cost", GTK_WIDGET (self->cost_row), NULL,
                 _("Cost cannot be less than zero: leave it empty when the activity is free."));
      break;

    case COST_OK:
    default:
      break;
    }
}

/* The activity to write: a fresh copy from the database when editing, so a
 * failed save never leaves a half-changed object behind. */
static BuurtActivity *
working_copy (BuurtActivityEditor  *self,
              GError              **error)
{
  BuurtActivity *copy;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (self->original == NULL)
    return buurt_activity_new ();

  if (!self->duplicate)
    return buurt_database_load (self->database, BUURT_TYPE_ACTIVITY,
                             buurt_entity_get_id (BUURT_ENTITY (self->original)), error);

  /* A copy gets every column except identity, timestamps and the dates
   * cancelled in the original series. */
  copy = buurt_activity_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self->original), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != BUURT_TYPE_ACTIVITY ||
          g_str_equal (pspecs[i]->name, "cancelled-dates"))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self->original), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }
  g_object_set (copy, "source", BUURT_SOURCE_APP, NULL);

  return copy;
}

/* Checks every field and builds the activity, or shows what is wrong. */
static BuurtActivity *
build_activity (BuurtActivityEditor  *self,
                BuurtContact        **new_organiser)
{
  g_auto(Collected) collected = { 0 };
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organiser_name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *registration_info = NULL;
  g_autofree char *url = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;
  guint status_position;

  clear_errors (self);

  /* In the order of the form, so focus goes to the first mistake. */
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (*title == '\0')
    set_error (self, "title", GTK_WIDGET (self->title_row), NULL, _("Fill in a title."));

  collect_times (self, &collected);
  collect_rrule (self, &collected);

  /* A rule that is complete but gives no date at all. */
  if (collected.starts_at != NULL && collected.ends_at != NULL && collected.rrule != NULL &&
      *gtk_label_get_label (self->repeat_error) == '\0' &&
      *gtk_label_get_label (self->count_error) == '\0' &&
      *gtk_label_get_label (self->time_error) == '\0')
    {
      g_autoptr(GDateTime) far_future = g_date_time_add_years (collected.starts_at, 100);
      g_autoptr(GArray) spans = buurt_recurrence_expand (collected.starts_at, collected.ends_at,
                                                         self->tzid, collected.rrule, NULL,
                                                         far_future, 1, &error);

      if (spans == NULL)
        {
          set_error (self, "repeat", GTK_WIDGET (self->repeat_row), NULL, error->message);
          g_clear_error (&error);
        }
    }

  collect_place (self, &collected);

  if (is_new_organiser (self))
    {
      organiser_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_organiser_row))));
      if (*organiser_name == '\0')
        set_error (self, "organiser", GTK_WIDGET (self->new_organiser_row), NULL,
                   _("Fill in the name of the new organiser."));
    }

  collect_cost (self, &collected);

  if (self->first_error != NULL)
    {
      gtk_widget_grab_focus (self->first_error);
      return NULL;
    }

  activity = working_copy (self, &error);
  if (activity == NULL)
    {
      set_general_error (self, error->message);
      return NULL;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  registration_info = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->registration_info_row))));
  url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  status_position = selected (self->status_row);

  g_object_set (activity,
                "title", title,
                "description", *description != '\0' ? description : NULL,
                "category", (int) selected (self->category_row),
                "target-groups", target_groups (self),
                "room-id", collected.room_id,
                "location", collected.location,
                "organiser-id", id_at (self->organiser_ids, selected (self->organiser_row)),
                "initiative-id", id_at (self->initiative_ids, selected (self->initiative_row)),
                "starts-at", collected.starts_at,
                "ends-at", collected.ends_at,
                "all-day", gtk_switch_get_active (self->all_day_switch),
                "tzid", self->tzid,
                "rrule", collected.rrule,
                "cost-cents", collected.cost_cents,
                "registration", (int) selected (self->registration_row),
                "registration-info", selected (self->registration_row) != BUURT_REGISTRATION_NONE
                                       ? registration_info : "",
                "status", status_position < self->status_values->len
                            ? g_array_index (self->status_values, BuurtActivityStatus, status_position)
                            : BUURT_ACTIVITY_STATUS_PUBLISHED,
                "url", *url != '\0' ? url : NULL,
                NULL);

  if (organiser_name != NULL)
    {
      *new_organiser = buurt_contact_new ();
      g_object_set (*new_organiser,
                    "name", organiser_name,
                    "kind", (int) selected (self->new_kind_row),
                    NULL);
    }

  return g_steal_pointer (&activity);
}

/* Questions */

/* Closes a question the editor asked, if it is still shown. */
static void
close_question (AdwMessageDialog **question)
{
  AdwMessageDialog *dialog = *question;

  if (dialog == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) question);
  *question = NULL;

  /* Let go of the editor before it may close: GTK 4.8 unlinks a transient
   * window from its parent only when it is finalized, which happens after
   * the response handler. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
ask (BuurtActivityEditor  *self,
     AdwMessageDialog    **question,
     GtkWidget            *dialog,
     GCallback             response_cb)
{
  g_signal_connect_object (dialog, "response", response_cb, self, G_CONNECT_SWAPPED);
  *question = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Everything the form holds, as text: what the user typed, chose, switched
 * on and picked in a calendar, in the order of the widgets. */
static void
append_form_state (GtkWidget *widget,
                   GString   *state)
{
  if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (state, "c%u;", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (state, "e%s;", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_SWITCH (widget))
    g_string_append_printf (state, "s%d;", gtk_switch_get_active (GTK_SWITCH (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, "k%d;", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    g_string_append_printf (state, "t%d;", gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  else if (GTK_IS_CALENDAR (widget))
    {
      g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (widget));
      g_autofree char *text = g_date_time_format (date, "%F");

      g_string_append_printf (state, "d%s;", text);
    }
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (state, "v%s;", text);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_form_state (child, state);
}

static char *
form_state (BuurtActivityEditor *self)
{
  GString *state = g_string_new (NULL);

  append_form_state (GTK_WIDGET (self), state);
  if (self->date_popover != NULL)
    append_form_state (GTK_WIDGET (self->date_popover), state);

  return g_string_free (state, FALSE);
}

static void
discard_response_cb (BuurtActivityEditor *self,
                     const char          *response,
                     AdwMessageDialog    *dialog)
{
  close_question (&self->discard_dialog);

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
let_close (GtkWindow *window)
{
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (buurt_activity_editor_parent_class);

  return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
}

/* Closing with changes that are not saved asks first. */
static gboolean
buurt_activity_editor_close_request (GtkWindow *window)
{
  BuurtActivityEditor *self = BUURT_ACTIVITY_EDITOR (window);
  g_autofree char *now = NULL;
  GtkWidget *dialog;

  if (self->closing || self->opened_form == NULL)
    return let_close (window);
  if (self->discard_dialog != NULL || self->conflict_dialog != NULL)
    return TRUE;

  now = form_state (self);
  if (g_str_equal (now, self->opened_form))
    return let_close (window);

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("What you changed in this activity has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  ask (self, &self->discard_dialog, dialog, G_CALLBACK (discard_response_cb));

  return TRUE;
}

/* Room conflicts */

static void
conflict_response_cb (BuurtActivityEditor *self,
                      const char          *response,
                      AdwMessageDialog    *dialog)
{
  close_question (&self->conflict_dialog);

  if (g_strcmp0 (response, "save") == 0)
    {
      g_autoptr(BuurtActivityEditor) keep = g_object_ref (self);

      self->conflicts_accepted = TRUE;
      buurt_activity_editor_save (self);
      self->conflicts_accepted = FALSE;
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->room_row));
}

static char *
describe_conflict (BuurtOccurrence *occurrence)
{
  g_autoptr(GDateTime) start = g_date_time_to_local (buurt_occurrence_get_starts_at (occurrence));
  g_autoptr(GDateTime) end = g_date_time_to_local (buurt_occurrence_get_ends_at (occurrence));
  g_autofree char *date = format_date (start);
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (buurt_occurrence_get_all_day (occurrence))
    /* Translators: a booking in a list: a date and an activity's title */
    return g_strdup_printf (_("%s, all day: %s"), date, buurt_occurrence_get_title (occurrence));

  /* Translators: a time of day, see strftime(3); e.g. "09:30" */
  start_text = g_date_time_format (start, _("%H:%M"));
  end_text = g_date_time_format (end, _("%H:%M"));
  /* Translators: a booking in a list: a date, a start and end time, and a title,
   * e.g. "Sunday 14 March 2027, 10:00–11:00: Coffee morning" */
  return g_strdup_printf (_("%s, %s–%s: %s"), date, start_text, end_text,
                          buurt_occurrence_get_title (occurrence));
}

static void
show_conflicts (BuurtActivityEditor *self,
                GPtrArray           *conflicts)
{
  GString *body = g_string_new (_("This room is already booked at these times:"));
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  g_string_append (body, "\n");
  for (guint i = 0; i < conflicts->len && i < CONFLICTS_LISTED; i++)
    {
      g_autofree char *line = describe_conflict (g_ptr_array_index (conflicts, i));

      g_string_append_printf (body, "\n• %s", line);
    }
  if (conflicts->len > CONFLICTS_LISTED)
    {
      guint more = conflicts->len - CONFLICTS_LISTED;

      g_string_append (body, "\n\n");
      g_string_append_printf (body,
                              /* Translators: after a list of five bookings */
                              ngettext ("And %u more date.", "And %u more dates.", more), more);
    }
  text = g_string_free (body, FALSE);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Room Already Taken"), text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "change", _("_Change Room"),
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "change");
  ask (self, &self->conflict_dialog, dialog, G_CALLBACK (conflict_response_cb));
}

/* Returns %TRUE when the room is free at every date (or none is chosen). */
static gboolean
check_conflicts (BuurtActivityEditor *self,
                 BuurtActivity       *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  gint64 room_id = buurt_entity_get_int (entity, "room-id");
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  if (room_id == 0 || self->conflicts_accepted ||
      buurt_entity_get_enum (entity, "status") == BUURT_ACTIVITY_STATUS_CANCELLED)
    return TRUE;

  now = g_date_time_new_now_utc ();
  horizon = g_date_time_add_days (now, BUURT_RECURRENCE_HORIZON_DAYS);
  spans = buurt_activity_expand (activity, horizon, &error);
  if (spans != NULL)
    conflicts = buurt_database_find_conflicts (self->database, room_id, spans,
                                            buurt_entity_get_id (entity),
                                            CONFLICTS_COUNTED, &error);
  if (error != NULL)
    {
      /* Saving reports the same problem in its own words. */
      g_debug ("No conflict check: %s", error->message);
      return TRUE;
    }

  if (conflicts->len == 0)
    return TRUE;

  show_conflicts (self, conflicts);
  return FALSE;
}

/* Saving */

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

  close_question (&self->conflict_dialog);
  close_question (&self->discard_dialog);

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
  g_clear_pointer (&self->kept_rrule, g_free);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-activity-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, page);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, general_error);
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
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, weekdays_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, repeat_end_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, until_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, until_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, until_popover);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, count_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, count_spin);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, count_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, repeat_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, venue_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtActivityEditor, activity_group);
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
  gtk_widget_class_bind_template_callback (widget_class, venue_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, until_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
buurt_activity_editor_init (BuurtActivityEditor *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->venue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->room_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->organiser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->initiative_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status_values = g_array_new (FALSE, FALSE, sizeof (BuurtActivityStatus));
  self->error_widgets = g_ptr_array_new ();

  create_weekday_buttons (self);
  create_target_group_checks (self);

  /* Ctrl+Enter saves also from the description, which would otherwise
   * take the key first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("editor.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_swapped (self->date_calendar, "notify::day", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->date_calendar, "notify::month", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->date_calendar, "notify::year", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->until_calendar, "notify::day", G_CALLBACK (until_changed_cb), self);
  g_signal_connect_swapped (self->until_calendar, "notify::month", G_CALLBACK (until_changed_cb), self);
  g_signal_connect_swapped (self->until_calendar, "notify::year", G_CALLBACK (until_changed_cb), self);
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

  if (activity == NULL)
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

  date_changed_cb (self);
  update_visibility_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  self->opened_form = form_state (self);

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

  if (self->conflict_dialog != NULL)
    return FALSE;

  activity = build_activity (self, &organiser);
  if (activity == NULL)
    return FALSE;

  if (!check_conflicts (self, activity))
    return FALSE;

  if (!buurt_database_save_activity (self->database, activity, organiser, &error))
    {
      set_general_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, activity);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

GtkEditable *
buurt_activity_editor_get_title_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->title_row);
}

GtkTextBuffer *
buurt_activity_editor_get_description_buffer (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return gtk_text_view_get_buffer (self->description_view);
}

AdwComboRow *
buurt_activity_editor_get_category_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->category_row;
}

/**
 * buurt_activity_editor_get_target_group_check:
 * @group: a single #BuurtTargetGroup flag
 *
 * Returns: (transfer none): its check button
 */
GtkCheckButton *
buurt_activity_editor_get_target_group_check (BuurtActivityEditor *self,
                                              BuurtTargetGroup     group)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  g_return_val_if_fail (group != 0 && (group & (group - 1)) == 0, NULL);
  return self->target_checks[g_bit_nth_lsf (group, -1)];
}

GtkCalendar *
buurt_activity_editor_get_date_calendar (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->date_calendar;
}

GtkSwitch *
buurt_activity_editor_get_all_day_switch (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->all_day_switch;
}

GtkEditable *
buurt_activity_editor_get_start_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->start_entry);
}

GtkEditable *
buurt_activity_editor_get_end_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->end_entry);
}

/**
 * buurt_activity_editor_get_repeat_row:
 *
 * Returns: (transfer none): the "Repeats" list; its positions are
 *   #BuurtEditorRepeat
 */
AdwComboRow *
buurt_activity_editor_get_repeat_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->repeat_row;
}

GtkToggleButton *
buurt_activity_editor_get_weekday_button (BuurtActivityEditor *self,
                                          GDateWeekday         weekday)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);
  return self->weekday_buttons[weekday - 1];
}

/**
 * buurt_activity_editor_get_repeat_end_row:
 *
 * Returns: (transfer none): the "Repeat ends" list; its positions are
 *   #BuurtEditorRepeatEnd
 */
AdwComboRow *
buurt_activity_editor_get_repeat_end_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->repeat_end_row;
}

GtkCalendar *
buurt_activity_editor_get_until_calendar (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->until_calendar;
}

GtkSpinButton *
buurt_activity_editor_get_count_spin (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->count_spin;
}

/**
 * buurt_activity_editor_get_venue_row:
 *
 * Returns: (transfer none): the venue list: the venues by name, then
 *   "Elsewhere" as the last item
 */
AdwComboRow *
buurt_activity_editor_get_venue_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->venue_row;
}

/**
 * buurt_activity_editor_get_room_row:
 *
 * Returns: (transfer none): the rooms of the chosen venue, by name
 */
AdwComboRow *
buurt_activity_editor_get_room_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->room_row;
}

GtkEditable *
buurt_activity_editor_get_location_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->location_row);
}

/**
 * buurt_activity_editor_get_organiser_row:
 *
 * Returns: (transfer none): the organiser list: "Not known", the contacts
 *   by name, then "New organiser…" as the last item
 */
AdwComboRow *
buurt_activity_editor_get_organiser_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->organiser_row;
}

GtkEditable *
buurt_activity_editor_get_new_organiser_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->new_organiser_row);
}

/**
 * buurt_activity_editor_get_initiative_row:
 *
 * Returns: (transfer none): the initiative list: "None", then the
 *   initiatives by title
 */
AdwComboRow *
buurt_activity_editor_get_initiative_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->initiative_row;
}

GtkEditable *
buurt_activity_editor_get_cost_entry (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return GTK_EDITABLE (self->cost_row);
}

AdwComboRow *
buurt_activity_editor_get_registration_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->registration_row;
}

/**
 * buurt_activity_editor_get_status_row:
 *
 * Returns: (transfer none): the status list: submitted, published,
 *   cancelled (and rejected only for an activity that is rejected)
 */
AdwComboRow *
buurt_activity_editor_get_status_row (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->status_row;
}

/**
 * buurt_activity_editor_get_error_label:
 * @field: "title", "time", "repeat", "count", "place", "organiser", "cost",
 *   or "general" (a problem of the database, shown at the top)
 *
 * Returns: (transfer none): the label that shows what is wrong with
 *   @field; it is visible only then
 */
GtkLabel *
buurt_activity_editor_get_error_label (BuurtActivityEditor *self,
                                       const char          *field)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return error_label (self, field);
}

/**
 * buurt_activity_editor_get_conflict_dialog:
 *
 * Returns: (transfer none) (nullable): the "Room Already Taken" question
 *   while it is shown
 */
AdwMessageDialog *
buurt_activity_editor_get_conflict_dialog (BuurtActivityEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);
  return self->conflict_dialog;
}

/**
 * buurt_activity_editor_get_series_note:
 *
 * Returns: (transfer none) (nullable): the note that the editor changes every
 *   date of a series, when it shows one
 */
const char *
buurt_activity_editor_get_series_note (BuurtActivityEditor *self)
{
  const char *note;

  g_return_val_if_fail (BUURT_IS_ACTIVITY_EDITOR (self), NULL);

  note = adw_preferences_group_get_description (self->activity_group);
  return note != NULL && *note != '\0' ? note : NULL;
}

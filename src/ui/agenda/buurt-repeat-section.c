/* buurt-repeat-section.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-repeat-section"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-calendar.h"
#include "buurt-combo-row.h"
#include "buurt-format.h"
#include "buurt-repeat-section.h"

/*
 * The "Repeat" part of the activity editor: does not repeat, every week or
 * every two weeks on some weekdays, or every month on the n-th weekday of the
 * first date; ending never, on a last date or after a number of times. The
 * choices turn into an RRULE through buurt-repeat-rule.h. A rule made in
 * another program, which these choices cannot show, is kept as it is.
 */

/* The "Repeats" list shows a fifth item only for a rule the section cannot
 * show in its widgets (made elsewhere); that rule is then kept as it is. */
#define REPEAT_KEPT 4

struct _BuurtRepeatSection
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  AdwComboRow     *repeat_row;
  AdwActionRow    *weekdays_row;
  GtkBox          *weekdays_box;
  AdwComboRow     *repeat_end_row;
  AdwActionRow    *until_row;
  GtkMenuButton   *until_button;
  GtkPopover      *until_popover;
  GtkCalendar     *until_calendar;
  AdwActionRow    *count_row;
  GtkSpinButton   *count_spin;
  GtkLabel        *count_error;
  GtkLabel        *repeat_error;

  /* Widgets made in code */
  GtkToggleButton *weekday_buttons[7];  /* Monday first */

  /* Owned state */
  GDateTime       *first_date;          /* the first date at noon, in the activity's zone */
  char            *kept_rrule;          /* a rule made elsewhere, kept as it is */
  gboolean         weekdays_touched;    /* the user chose the weekdays */
  gboolean         setting_weekdays;
  gboolean         until_touched;       /* the user chose the last date */
};

G_DEFINE_FINAL_TYPE (BuurtRepeatSection, buurt_repeat_section, ADW_TYPE_PREFERENCES_GROUP)

static guint
weekday_index (GDateTime *date)
{
  return g_date_time_get_day_of_week (date) - 1;
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
  int nth = buurt_repeat_nth_weekday (date);
  g_autofree char *weekday = g_date_time_format (date, "%A");

  /* Translators: the first %s is "first", "second", …, "last"; the second a
   * weekday name, e.g. "Every second Tuesday of the month" */
  return g_strdup_printf (_("Every %s %s of the month"), ordinals[nth > 0 ? nth - 1 : 4], weekday);
}

static void
set_weekdays (BuurtRepeatSection *self,
              guint               weekdays)
{
  self->setting_weekdays = TRUE;
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->weekday_buttons[i], (weekdays & (1u << i)) != 0);
  self->setting_weekdays = FALSE;
}

static guint
get_weekdays (BuurtRepeatSection *self)
{
  guint weekdays = 0;

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->weekday_buttons[i]))
      weekdays |= 1u << i;

  return weekdays;
}

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rule in the form may have changed. */
static void
emit_changed (BuurtRepeatSection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
weekday_toggled_cb (BuurtRepeatSection *self)
{
  if (!self->setting_weekdays)
    self->weekdays_touched = TRUE;
  emit_changed (self);
}

static void
create_weekday_buttons (BuurtRepeatSection *self)
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
update_until_label (BuurtRepeatSection *self)
{
  g_autoptr(GDateTime) until = buurt_calendar_get_noon (self->until_calendar, NULL);
  g_autofree char *text = buurt_format_date (until);

  gtk_menu_button_set_label (self->until_button, text);
}

static void
update_visibility_cb (BuurtRepeatSection *self)
{
  guint repeat = adw_combo_row_get_selected (self->repeat_row);
  guint repeat_end = adw_combo_row_get_selected (self->repeat_end_row);
  gboolean repeats = repeat != BUURT_REPEAT_NONE && repeat != GTK_INVALID_LIST_POSITION;
  gboolean chosen_here = repeats && repeat != REPEAT_KEPT;

  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_row),
                          repeat == BUURT_REPEAT_WEEKLY || repeat == BUURT_REPEAT_FORTNIGHTLY);
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_end_row), chosen_here);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row),
                          chosen_here && repeat_end == BUURT_REPEAT_END_DATE);
  gtk_widget_set_visible (GTK_WIDGET (self->count_row),
                          chosen_here && repeat_end == BUURT_REPEAT_END_COUNT);

  if (repeat == BUURT_REPEAT_MONTHLY && self->first_date != NULL)
    {
      g_autofree char *text = monthly_text (self->first_date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), text);
    }
  else if (repeat == REPEAT_KEPT)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row),
                                 _("A pattern made in another program: it is kept as it is."));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), "");

  emit_changed (self);
}

static void
until_changed_cb (BuurtRepeatSection *self)
{
  self->until_touched = TRUE;
  update_until_label (self);
  emit_changed (self);
}

static void
until_day_selected_cb (BuurtRepeatSection *self)
{
  gtk_popover_popdown (self->until_popover);
}

static void
buurt_repeat_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUURT_TYPE_REPEAT_SECTION);

  G_OBJECT_CLASS (buurt_repeat_section_parent_class)->dispose (object);
}

static void
buurt_repeat_section_finalize (GObject *object)
{
  BuurtRepeatSection *self = BUURT_REPEAT_SECTION (object);

  g_clear_pointer (&self->first_date, g_date_time_unref);
  g_clear_pointer (&self->kept_rrule, g_free);

  G_OBJECT_CLASS (buurt_repeat_section_parent_class)->finalize (object);
}

static void
buurt_repeat_section_class_init (BuurtRepeatSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_repeat_section_dispose;
  object_class->finalize = buurt_repeat_section_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/agenda/buurt-repeat-section.ui");

  /**
   * BuurtRepeatSection::changed:
   *
   * The rule in the form may have changed (repeat, weekdays, end).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, weekdays_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, repeat_end_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, until_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, until_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, until_popover);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, count_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, count_spin);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, count_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtRepeatSection, repeat_error);

  gtk_widget_class_bind_template_callback (widget_class, update_visibility_cb);
  gtk_widget_class_bind_template_callback (widget_class, until_day_selected_cb);
}

static void
buurt_repeat_section_init (BuurtRepeatSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  create_weekday_buttons (self);
  buurt_combo_row_name_items (self->repeat_row);
  buurt_combo_row_name_items (self->repeat_end_row);

  g_signal_connect_swapped (self->until_calendar, "notify::day", G_CALLBACK (until_changed_cb), self);
  g_signal_connect_swapped (self->until_calendar, "notify::month", G_CALLBACK (until_changed_cb), self);
  g_signal_connect_swapped (self->until_calendar, "notify::year", G_CALLBACK (until_changed_cb), self);
  g_signal_connect_swapped (self->count_spin, "changed", G_CALLBACK (emit_changed), self);

  update_visibility_cb (self);
}

/**
 * buurt_repeat_section_set_first_date:
 * @date: the first date, at noon in the activity's zone
 *
 * The first date decides the weekday of a weekly series until the user picks
 * days, the n-th weekday of a monthly one, and a first last date (three
 * months on) until the user picks one.
 */
void
buurt_repeat_section_set_first_date (BuurtRepeatSection *self,
                                     GDateTime          *date)
{
  g_return_if_fail (BUURT_IS_REPEAT_SECTION (self));
  g_return_if_fail (date != NULL);

  g_clear_pointer (&self->first_date, g_date_time_unref);
  self->first_date = g_date_time_ref (date);

  if (!self->weekdays_touched)
    set_weekdays (self, 1u << weekday_index (date));

  if (!self->until_touched)
    {
      g_autoptr(GDateTime) until = g_date_time_add_months (date, 3);

      buurt_calendar_set_date (self->until_calendar,
                               g_date_time_get_year (until),
                               g_date_time_get_month (until),
                               g_date_time_get_day_of_month (until));
      self->until_touched = FALSE;
    }

  update_until_label (self);
  update_visibility_cb (self);
}

/**
 * buurt_repeat_section_load:
 * @rrule: (nullable): the activity's rule
 * @tzid: (nullable): the activity's zone
 *
 * Shows @rrule in the widgets; a rule they cannot show is kept as it is.
 */
void
buurt_repeat_section_load (BuurtRepeatSection *self,
                           const char         *rrule,
                           const char         *tzid)
{
  BuurtRepeatRule rule;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BUURT_IS_REPEAT_SECTION (self));

  if (!buurt_repeat_rule_parse (&rule, rrule, tzid, &error))
    {
      GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (self->repeat_row));

      g_debug ("%s", error->message);
      g_free (self->kept_rrule);
      self->kept_rrule = g_strdup (rrule);
      gtk_string_list_append (list, _("As set in another program"));
      adw_combo_row_set_selected (self->repeat_row, REPEAT_KEPT);
      return;
    }

  adw_combo_row_set_selected (self->repeat_row, rule.repeat);
  if (rule.repeat == BUURT_REPEAT_WEEKLY || rule.repeat == BUURT_REPEAT_FORTNIGHTLY)
    {
      set_weekdays (self, rule.weekdays);
      self->weekdays_touched = TRUE;
    }

  adw_combo_row_set_selected (self->repeat_end_row, rule.end);
  if (rule.end == BUURT_REPEAT_END_COUNT)
    gtk_spin_button_set_value (self->count_spin, rule.count);
  else if (rule.end == BUURT_REPEAT_END_DATE)
    {
      buurt_calendar_set_date (self->until_calendar,
                               g_date_get_year (&rule.until),
                               g_date_get_month (&rule.until),
                               g_date_get_day (&rule.until));
      self->until_touched = TRUE;
    }
}

/**
 * buurt_repeat_section_build_rrule:
 * @tzid: (nullable): the activity's zone
 * @error: a translated %BUURT_REPEAT_RULE_ERROR naming the wrong choice
 *
 * Returns: (transfer full) (nullable): the rule the widgets say, or %NULL
 *   for a single date or a wrong choice (then @error is set)
 */
char *
buurt_repeat_section_build_rrule (BuurtRepeatSection  *self,
                                  const char          *tzid,
                                  GError             **error)
{
  guint repeat;
  BuurtRepeatRule rule;
  g_autofree char *count_text = NULL;
  guint64 count = 0;

  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  g_return_val_if_fail (self->first_date != NULL, NULL);

  repeat = adw_combo_row_get_selected (self->repeat_row);
  if (repeat == REPEAT_KEPT)
    return g_strdup (self->kept_rrule);
  if (repeat == GTK_INVALID_LIST_POSITION)
    return NULL;

  buurt_repeat_rule_init (&rule);
  rule.repeat = repeat;
  rule.weekdays = get_weekdays (self);
  rule.end = adw_combo_row_get_selected (self->repeat_end_row);
  buurt_calendar_get_date (self->until_calendar, &rule.until);

  /* The text, not the value: a typed 0 must be told, not corrected. */
  count_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->count_spin))));
  if (g_ascii_string_to_unsigned (count_text, 10, 0, G_MAXUINT, &count, NULL))
    rule.count = count;

  return buurt_repeat_rule_to_rrule (&rule, self->first_date, tzid, error);
}

/**
 * buurt_repeat_section_locate_error:
 * @error: what buurt_repeat_section_build_rrule() said
 * @field: (out): the name of its message label: "repeat" or "count"
 * @row: (out): the row to mark
 * @focus: (out): where focus goes to fix it
 */
void
buurt_repeat_section_locate_error (BuurtRepeatSection  *self,
                                   const GError        *error,
                                   const char         **field,
                                   GtkWidget          **row,
                                   GtkWidget          **focus)
{
  g_return_if_fail (BUURT_IS_REPEAT_SECTION (self));

  *field = "repeat";
  *row = GTK_WIDGET (self->repeat_row);
  *focus = NULL;

  if (!g_error_matches (error, BUURT_REPEAT_RULE_ERROR, error->code))
    return;

  switch ((BuurtRepeatRuleError) error->code)
    {
    case BUURT_REPEAT_RULE_ERROR_NO_WEEKDAY:
      *row = GTK_WIDGET (self->weekdays_row);
      *focus = GTK_WIDGET (self->weekday_buttons[weekday_index (self->first_date)]);
      break;

    case BUURT_REPEAT_RULE_ERROR_UNTIL:
      *row = GTK_WIDGET (self->until_row);
      *focus = GTK_WIDGET (self->until_button);
      break;

    case BUURT_REPEAT_RULE_ERROR_COUNT:
      *field = "count";
      *row = GTK_WIDGET (self->count_row);
      *focus = GTK_WIDGET (self->count_spin);
      break;

    case BUURT_REPEAT_RULE_ERROR_UNSUPPORTED:
    default:
      break;
    }
}

/**
 * buurt_repeat_section_get_repeat_row:
 *
 * Returns: (transfer none): the "Repeats" list; its positions are
 *   #BuurtRepeat
 */
AdwComboRow *
buurt_repeat_section_get_repeat_row (BuurtRepeatSection *self)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  return self->repeat_row;
}

GtkToggleButton *
buurt_repeat_section_get_weekday_button (BuurtRepeatSection *self,
                                         GDateWeekday        weekday)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);
  return self->weekday_buttons[weekday - 1];
}

/**
 * buurt_repeat_section_get_repeat_end_row:
 *
 * Returns: (transfer none): the "Repeat ends" list; its positions are
 *   #BuurtRepeatEnd
 */
AdwComboRow *
buurt_repeat_section_get_repeat_end_row (BuurtRepeatSection *self)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  return self->repeat_end_row;
}

GtkCalendar *
buurt_repeat_section_get_until_calendar (BuurtRepeatSection *self)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  return self->until_calendar;
}

GtkSpinButton *
buurt_repeat_section_get_count_spin (BuurtRepeatSection *self)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);
  return self->count_spin;
}

/**
 * buurt_repeat_section_get_error_label:
 * @field: "repeat" or "count"
 *
 * Returns: (transfer none) (nullable): the label for mistakes in @field
 */
GtkLabel *
buurt_repeat_section_get_error_label (BuurtRepeatSection *self,
                                      const char         *field)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), NULL);

  if (g_str_equal (field, "repeat"))
    return self->repeat_error;
  if (g_str_equal (field, "count"))
    return self->count_error;
  return NULL;
}

/**
 * buurt_repeat_section_has_first_date:
 *
 * Returns: whether the first date is known, so a rule can be built
 */
gboolean
buurt_repeat_section_has_first_date (BuurtRepeatSection *self)
{
  g_return_val_if_fail (BUURT_IS_REPEAT_SECTION (self), FALSE);

  return self->first_date != NULL;
}

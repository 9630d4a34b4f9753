/* buurt-closures-window.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-closures-window"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-calendar.h"
#include "buurt-closures-window-private.h"
#include "buurt-combo-row.h"
#include "buurt-database-series.h"
#include "buurt-toast.h"

/*
 * The closures of the agenda: a named period in which everything, a town, a
 * neighbourhood, a venue or one room is closed. The window lists them; adding
 * or editing one ends on a preview of every date it cancels, grouped by
 * activity, before anything changes; applying it is one transaction with one
 * Undo. Lifting a closure brings back exactly the dates it cancelled.
 */

/* At most this many activities are listed in the preview; the count says
 * how many dates there are in all. */
#define PREVIEW_ROWS 200

G_DEFINE_FINAL_TYPE (BuurtClosuresWindow, buurt_closures_window, ADW_TYPE_WINDOW)

/* What Undo in a toast does. */
typedef enum
{
  UNDO_APPLY,     /* delete the new closure */
  UNDO_EDIT,      /* save the closure as it was */
  UNDO_LIFT,      /* bring the lifted closure back */
} UndoKind;

static const char *scope_targets[] = {
  NULL, "kern-id", "neighbourhood-id", "venue-id", "room-id",
};

static void
show_page (BuurtClosuresWindow *self,
           const char          *page)
{
  gboolean list = g_str_equal (page, "list") || g_str_equal (page, "empty");

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !list);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), list);

  if (list)
    adw_window_title_set_title (self->window_title, _("Closures"));
  else if (g_str_equal (page, "preview"))
    adw_window_title_set_title (self->window_title, _("Which Dates Close"));
  else if (self->editing != NULL)
    adw_window_title_set_title (self->window_title, _("Edit Closure"));
  else
    adw_window_title_set_title (self->window_title, _("New Closure"));
}

static char *
calendar_day (GtkCalendar *calendar)
{
  GDate date;
  char text[11];

  buurt_calendar_get_date (calendar, &date);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static void
calendar_set_day (GtkCalendar *calendar,
                  const char  *day)
{
  guint year, month, mday;

  if (buurt_parse_date (day, &year, &month, &mday))
    buurt_calendar_set_date (calendar, year, month, mday);
}

/* "24 Dec – 3 Jan", or one day. */
static char *
format_period (const char *first,
               const char *last)
{
  g_autofree char *from = buurt_format_short_day (first);
  g_autofree char *to = NULL;

  if (g_strcmp0 (first, last) == 0)
    return g_steal_pointer (&from);

  to = buurt_format_short_day (last);
  /* Translators: a period of days, e.g. "Thu 24 Dec – Sun 3 Jan" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static void
dates_changed_cb (BuurtClosuresWindow *self)
{
  g_autofree char *first = calendar_day (self->first_calendar);
  g_autofree char *last = calendar_day (self->last_calendar);
  g_autofree char *first_text = buurt_format_day (first);
  g_autofree char *last_text = buurt_format_day (last);

  gtk_menu_button_set_label (self->first_button, first_text);
  gtk_menu_button_set_label (self->last_button, last_text);
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), FALSE);
}

/* The name of each row of @type, and its id in @ids. */
static GtkStringList *
names_of (BuurtClosuresWindow *self,
          GType                type,
          GArray              *ids)
{
  g_autoptr(GListModel) rows = buurt_database_list (self->database, type, NULL);
  g_autoptr(GListModel) all_venues = NULL;   /* outlives the names it lends */
  g_autoptr(GHashTable) venues = NULL;
  GtkStringList *names = gtk_string_list_new (NULL);

  if (rows == NULL)
    return names;

  if (type == BUURT_TYPE_ROOM)
    {
      all_venues = buurt_database_list (self->database, BUURT_TYPE_VENUE, NULL);
      venues = all_venues != NULL ? buurt_entity_index_names (all_venues, "name") : NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BuurtEntity) row = g_list_model_get_item (rows, i);
      gint64 id = buurt_entity_get_id (row);
      const char *name = buurt_entity_get_string (row, "name");

      if (type == BUURT_TYPE_ROOM && venues != NULL)
        {
          gint64 venue_id = buurt_entity_get_int (row, "venue-id");
          const char *venue = g_hash_table_lookup (venues, &venue_id);
          /* Translators: a venue and one of its rooms, e.g. "MFC Het Palet · Zaal 1" */
          g_autofree char *label = g_strdup_printf (_("%s · %s"), venue != NULL ? venue : "", name);

          gtk_string_list_append (names, label);
        }
      else
        gtk_string_list_append (names, name);
      g_array_append_val (ids, id);
    }

  return names;
}

static void
fill_targets (BuurtClosuresWindow *self)
{
  BuurtClosureScope scope = adw_combo_row_get_selected (self->scope_row);
  GType types[] = { G_TYPE_NONE, BUURT_TYPE_KERN, BUURT_TYPE_NEIGHBOURHOOD, BUURT_TYPE_VENUE, BUURT_TYPE_ROOM };
  g_autoptr(GtkStringList) names = NULL;

  g_array_set_size (self->target_ids, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), scope != BUURT_CLOSURE_SCOPE_EVERYTHING);
  if (scope == BUURT_CLOSURE_SCOPE_EVERYTHING || scope >= G_N_ELEMENTS (types))
    return;

  names = names_of (self, types[scope], self->target_ids);
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (names));
}

static void
scope_changed_cb (BuurtClosuresWindow *self)
{
  fill_targets (self);
}

static void
select_target (BuurtClosuresWindow *self,
               gint64               id)
{
  for (guint i = 0; i < self->target_ids->len; i++)
    if (g_array_index (self->target_ids, gint64, i) == id)
      adw_combo_row_set_selected (self->target_row, i);
}

static void
show_form_error (BuurtClosuresWindow *self,
                 const char          *message)
{
  gtk_label_set_label (self->form_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), message != NULL);
}

static void
load_form (BuurtClosuresWindow *self,
           BuurtClosure        *closure)
{
  BuurtEntity *entity = BUURT_ENTITY (closure);
  BuurtClosureScope scope = buurt_entity_get_enum (entity, "scope");

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), buurt_entity_get_string (entity, "name") ?: "");
  calendar_set_day (self->first_calendar, buurt_entity_get_string (entity, "first-day"));
  calendar_set_day (self->last_calendar, buurt_entity_get_string (entity, "last-day"));
  dates_changed_cb (self);
  adw_combo_row_set_selected (self->scope_row, scope);
  fill_targets (self);
  if (scope != BUURT_CLOSURE_SCOPE_EVERYTHING)
    select_target (self, buurt_entity_get_int (entity, scope_targets[scope]));
  show_form_error (self, NULL);
}

/* The closure the form describes: a copy of the one edited, or a new one. */
static BuurtClosure *
build_closure (BuurtClosuresWindow *self)
{
  BuurtClosure *closure;
  BuurtClosureScope scope = adw_combo_row_get_selected (self->scope_row);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *first = calendar_day (self->first_calendar);
  g_autofree char *last = calendar_day (self->last_calendar);
  guint target = adw_combo_row_get_selected (self->target_row);

  closure = self->editing != NULL
    ? buurt_database_load (self->database, BUURT_TYPE_CLOSURE,
                           buurt_entity_get_id (BUURT_ENTITY (self->editing)), NULL)
    : buurt_closure_new ();
  if (closure == NULL)
    closure = buurt_closure_new ();

  g_object_set (closure,
                "name", name,
                "first-day", first,
                "last-day", last,
                "scope", scope,
                "kern-id", (gint64) 0,
                "neighbourhood-id", (gint64) 0,
                "venue-id", (gint64) 0,
                "room-id", (gint64) 0,
                NULL);
  if (scope != BUURT_CLOSURE_SCOPE_EVERYTHING && target < self->target_ids->len)
    g_object_set (closure, scope_targets[scope], g_array_index (self->target_ids, gint64, target), NULL);

  return closure;
}

static void
clear_list_box (GtkListBox *list_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

/* "MFC Het Palet", "Everything", …: what a closure closes, in words. */
static char *
describe_scope (BuurtClosuresWindow *self,
                BuurtClosure        *closure)
{
  BuurtEntity *entity = BUURT_ENTITY (closure);
  BuurtClosureScope scope = buurt_entity_get_enum (entity, "scope");
  GType types[] = { G_TYPE_NONE, BUURT_TYPE_KERN, BUURT_TYPE_NEIGHBOURHOOD, BUURT_TYPE_VENUE, BUURT_TYPE_ROOM };
  g_autoptr(BuurtEntity) target = NULL;

  if (scope == BUURT_CLOSURE_SCOPE_EVERYTHING || scope >= G_N_ELEMENTS (types))
    return g_strdup (_("Everything"));

  target = buurt_database_load (self->database, types[scope], buurt_entity_get_int (entity, scope_targets[scope]),
                                NULL);
  return g_strdup (target != NULL ? buurt_entity_get_string (target, "name") : "");
}

static GtkWidget *
closure_row (BuurtClosuresWindow *self,
             BuurtClosure        *closure)
{
  BuurtEntity *entity = BUURT_ENTITY (closure);
  gint64 id = buurt_entity_get_id (entity);
  g_autofree char *period = format_period (buurt_entity_get_string (entity, "first-day"),
                                           buurt_entity_get_string (entity, "last-day"));
  g_autofree char *scope = describe_scope (self, closure);
  /* Translators: a closure's period and what it closes, e.g. "Thu 24 Dec – Sun 3 Jan · Everything" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), period, scope);
  g_autofree char *edit_name = NULL;
  g_autofree char *lift_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit"));
  GtkWidget *lift = gtk_button_new_with_mnemonic (_("_Lift"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_entity_get_string (entity, "name"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "closures.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (edit), g_variant_new_int64 (id));
  /* Translators: the accessible name of a button; %s is a closure's name */
  edit_name = g_strdup_printf (_("Edit “%s”"), buurt_entity_get_string (entity, "name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);

  gtk_widget_set_valign (lift, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (lift, _("Lift the closure: its dates take place again"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (lift), "closures.lift");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (lift), g_variant_new_int64 (id));
  /* Translators: the accessible name of a button; %s is a closure's name */
  lift_name = g_strdup_printf (_("Lift “%s”"), buurt_entity_get_string (entity, "name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (lift), GTK_ACCESSIBLE_PROPERTY_LABEL, lift_name, -1);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), lift);

  return row;
}

static void
reload (BuurtClosuresWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint n;

  g_clear_object (&self->closures);
  self->closures = buurt_database_list (self->database, BUURT_TYPE_CLOSURE, &error);
  if (self->closures == NULL)
    {
      g_warning ("Closures: %s", error->message);
      return;
    }

  clear_list_box (self->list_box);
  n = g_list_model_get_n_items (self->closures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BuurtClosure) closure = g_list_model_get_item (self->closures, i);

      gtk_list_box_append (self->list_box, closure_row (self, closure));
    }

  show_page (self, n > 0 ? "list" : "empty");
}

static void
undo_cb (AdwToast            *toast,
         BuurtClosuresWindow *self)
{
  BuurtClosure *closure = g_object_get_data (G_OBJECT (toast), "closure");
  UndoKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "kind"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  switch (kind)
    {
    case UNDO_APPLY:
      ok = buurt_database_delete (self->database, BUURT_ENTITY (closure), &error);
      break;
    case UNDO_EDIT:
      {
        /* The closure as it was, over the row as it is now. */
        g_autoptr(BuurtClosure) now = buurt_database_load (self->database, BUURT_TYPE_CLOSURE,
                                                           buurt_entity_get_id (BUURT_ENTITY (closure)), &error);

        ok = now != NULL;
        if (ok)
          {
            g_object_set (now,
                          "name", buurt_entity_get_string (BUURT_ENTITY (closure), "name"),
                          "first-day", buurt_entity_get_string (BUURT_ENTITY (closure), "first-day"),
                          "last-day", buurt_entity_get_string (BUURT_ENTITY (closure), "last-day"),
                          "scope", buurt_entity_get_enum (BUURT_ENTITY (closure), "scope"),
                          "kern-id", buurt_entity_get_int (BUURT_ENTITY (closure), "kern-id"),
                          "neighbourhood-id", buurt_entity_get_int (BUURT_ENTITY (closure), "neighbourhood-id"),
                          "venue-id", buurt_entity_get_int (BUURT_ENTITY (closure), "venue-id"),
                          "room-id", buurt_entity_get_int (BUURT_ENTITY (closure), "room-id"),
                          NULL);
            ok = buurt_database_save (self->database, BUURT_ENTITY (now), &error);
          }
      }
      break;
    case UNDO_LIFT:
      ok = buurt_database_undelete (self->database, BUURT_ENTITY (closure), &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    buurt_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
  reload (self);
}

static void
offer_undo (BuurtClosuresWindow *self,
            const char          *message,
            BuurtClosure        *closure,
            UndoKind             kind)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 12);
  g_object_set_data_full (G_OBJECT (toast), "closure", g_object_ref (closure), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);
  g_autoptr(BuurtClosure) closure = buurt_closure_new ();
  g_autofree char *today = buurt_today ();
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *last = NULL;
  guint year, month, day;

  /* Two weeks from today, a holiday's usual length. */
  g_clear_object (&self->editing);
  buurt_parse_date (today, &year, &month, &day);
  noon = g_date_time_new_utc (year, month, day, 12, 0, 0);
  later = g_date_time_add_days (noon, 13);
  last = g_date_time_format (later, "%Y-%m-%d");
  g_object_set (closure, "first-day", today, "last-day", last, NULL);
  load_form (self, closure);
  show_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  BuurtClosure *closure = buurt_database_load (self->database, BUURT_TYPE_CLOSURE,
                                               g_variant_get_int64 (parameter), &error);

  if (closure == NULL)
    {
      buurt_toast_show (widget, adw_toast_new (error->message));
      return;
    }

  g_clear_object (&self->editing);
  self->editing = closure;
  load_form (self, closure);
  show_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "preview"))
    show_page (self, "form");
  else
    reload (self);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gint64 n_dates = 0;

  g_clear_object (&self->pending);
  self->pending = build_closure (self);
  items = buurt_database_preview_closure (self->database, self->pending, &n_dates, &error);
  if (items == NULL)
    {
      show_form_error (self, error->message);
      return;
    }
  show_form_error (self, NULL);

  clear_list_box (self->preview_list);
  for (guint i = 0; i < items->len && i < PREVIEW_ROWS; i++)
    {
      const BuurtClosureDates *item = &g_array_index (items, BuurtClosureDates, i);
      g_autofree char *period = format_period (item->first_day, item->last_day);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: how many dates of one activity a closure cancels, and when, e.g. "3 dates, Thu 24 Dec – Thu 7 Jan" */
      subtitle = g_strdup_printf (ngettext ("%d date, %s", "%d dates, %s", item->n_dates),
                                  (int) item->n_dates, period);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->preview_list, row);
    }
  if (items->len > PREVIEW_ROWS)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more activity",
                                                            "and %u more activities",
                                                            items->len - PREVIEW_ROWS),
                                               items->len - PREVIEW_ROWS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->preview_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->preview_list), items->len > 0);

  if (n_dates == 0)
    summary = g_strdup (_("No date takes place in this period and place, so nothing is cancelled now. Dates added later are skipped while the closure lasts."));
  else
    {
      g_autofree char *dates = g_strdup_printf (ngettext ("%d date", "%d dates", n_dates),
                                                (int) n_dates);
      g_autofree char *activities = g_strdup_printf (ngettext ("%u activity",
                                                                  "%u activities", items->len),
                                                     items->len);

      /* Translators: the first %s is like "12 dates", the second like "3 activities" */
      summary = g_strdup_printf (_("This cancels %s of %s:"), dates, activities);
    }
  gtk_label_set_label (self->preview_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_label), TRUE);
  self->n_preview_dates = n_dates;

  show_page (self, "preview");
  gtk_widget_grab_focus (GTK_WIDGET (self->apply_button));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);
  g_autoptr(BuurtClosure) closure = g_steal_pointer (&self->pending);
  g_autoptr(BuurtClosure) before = self->editing != NULL ? g_object_ref (self->editing) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *dates = NULL;

  if (closure == NULL)
    return;

  /* A closure may cancel thousands of dates: keep the agenda as it was. */
  if (!buurt_database_backup_before (self->database, "closure", &error) ||
      !buurt_database_save (self->database, BUURT_ENTITY (closure), &error))
    {
      show_page (self, "form");
      show_form_error (self, error->message);
      return;
    }

  dates = g_strdup_printf (ngettext ("%d date", "%d dates", self->n_preview_dates),
                           (int) self->n_preview_dates);
  /* Translators: e.g. "“Christmas holidays 2026” cancels 12 dates" */
  message = g_strdup_printf (_("“%s” cancels %s"), buurt_entity_get_string (BUURT_ENTITY (closure), "name"), dates);
  if (before != NULL)
    offer_undo (self, message, before, UNDO_EDIT);
  else
    offer_undo (self, message, closure, UNDO_APPLY);

  g_clear_object (&self->editing);
  reload (self);
}

static void
lift_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BuurtClosuresWindow *self = BUURT_CLOSURES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BuurtClosure) closure = buurt_database_load (self->database, BUURT_TYPE_CLOSURE,
                                                         g_variant_get_int64 (parameter), &error);
  g_autofree char *message = NULL;

  if (closure == NULL || !buurt_database_delete (self->database, BUURT_ENTITY (closure), &error))
    {
      buurt_toast_show (widget, adw_toast_new (error->message));
      return;
    }

  /* Translators: %s is the name of a closure that was lifted */
  message = g_strdup_printf (_("“%s” lifted: its dates take place again"),
                             buurt_entity_get_string (BUURT_ENTITY (closure), "name"));
  offer_undo (self, message, closure, UNDO_LIFT);
  reload (self);
}

static void
buurt_closures_window_dispose (GObject *object)
{
  BuurtClosuresWindow *self = (BuurtClosuresWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_CLOSURES_WINDOW);
  g_clear_object (&self->closures);
  g_clear_object (&self->editing);
  g_clear_object (&self->pending);

  G_OBJECT_CLASS (buurt_closures_window_parent_class)->dispose (object);
}

static void
buurt_closures_window_finalize (GObject *object)
{
  BuurtClosuresWindow *self = (BuurtClosuresWindow *) object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->target_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_closures_window_parent_class)->finalize (object);
}

static void
buurt_closures_window_class_init (BuurtClosuresWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_closures_window_dispose;
  object_class->finalize = buurt_closures_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/buurtagenda/Buurtagenda/agenda/buurt-closures-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, first_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, first_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, last_button);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, last_calendar);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, scope_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, target_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, form_error);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, preview_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, preview_list);
  gtk_widget_class_bind_template_child (widget_class, BuurtClosuresWindow, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, dates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);

  gtk_widget_class_install_action (widget_class, "closures.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "closures.add", NULL);
  gtk_widget_class_install_action (widget_class, "closures.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "closures.lift", "x", lift_action);
  gtk_widget_class_install_action (widget_class, "closures.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "closures.back", NULL);
  gtk_widget_class_install_action (widget_class, "closures.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "closures.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_closures_window_init (BuurtClosuresWindow *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->target_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint scope = BUURT_CLOSURE_SCOPE_EVERYTHING; scope <= BUURT_CLOSURE_SCOPE_ROOM; scope++)
    gtk_string_list_append (scopes, buurt_enum_to_label (BUURT_TYPE_CLOSURE_SCOPE, scope));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  buurt_combo_row_name_items (self->scope_row);
  buurt_combo_row_name_items (self->target_row);
  /* The date buttons say their day from the start. */
  dates_changed_cb (self);
}

/**
 * buurt_closures_window_new:
 * @parent: (nullable): the window it belongs to; it is modal to it
 * @database: the agenda
 *
 * Returns: (transfer none): the closures window, owned by GTK's list of
 *   windows; present it with gtk_window_present()
 */
BuurtClosuresWindow *
buurt_closures_window_new (GtkWindow     *parent,
                           BuurtDatabase *database)
{
  BuurtClosuresWindow *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_CLOSURES_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  reload (self);

  return self;
}

/* Test hooks */

GtkEditable *
buurt_closures_window_get_name_entry (BuurtClosuresWindow *self)
{
  return GTK_EDITABLE (self->name_row);
}

void
buurt_closures_window_set_days (BuurtClosuresWindow *self,
                                const char          *first,
                                const char          *last)
{
  calendar_set_day (self->first_calendar, first);
  calendar_set_day (self->last_calendar, last);
  dates_changed_cb (self);
}

void
buurt_closures_window_set_scope (BuurtClosuresWindow *self,
                                 BuurtClosureScope    scope,
                                 gint64               target_id)
{
  adw_combo_row_set_selected (self->scope_row, scope);
  fill_targets (self);
  select_target (self, target_id);
}

const char *
buurt_closures_window_get_page (BuurtClosuresWindow *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
buurt_closures_window_get_preview_text (BuurtClosuresWindow *self)
{
  return gtk_label_get_label (self->preview_label);
}

const char *
buurt_closures_window_get_form_error (BuurtClosuresWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->form_error)) ? gtk_label_get_label (self->form_error) : NULL;
}

guint
buurt_closures_window_get_n_preview_rows (BuurtClosuresWindow *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

AdwToastOverlay *
buurt_closures_window_get_toast_overlay (BuurtClosuresWindow *self)
{
  return self->toast_overlay;
}

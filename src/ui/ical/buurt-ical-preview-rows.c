/* buurt-ical-preview-rows.c: the rows of the calendar import preview
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-ical-preview-private.h"

/*
 * One AdwPreferencesGroup per kind of item, the ones that need a decision
 * first. A row says what the event is, when and where, and what is in the
 * way (a room already taken); a conflict opens to both versions side by
 * side. A very long file shows its first rows of each kind and a count of
 * the rest, which are imported all the same.
 */

#define MAX_ROWS 200

static const struct
{
  BuurtIcalItemKind  kind;
  const char        *title;
  const char        *description;
} groups[] = {
  { BUURT_ICAL_ITEM_CONFLICT, N_("Changed Here and in the File"),
    N_("These were changed in this agenda after the last import, and the file has a newer version. Tick the ones where the file’s version should replace yours.") },
  { BUURT_ICAL_ITEM_NEW, N_("New"), NULL },
  { BUURT_ICAL_ITEM_CHANGED, N_("Changed"), N_("The file has a newer version of these.") },
  { BUURT_ICAL_ITEM_GONE, N_("No Longer in the File"),
    N_("An earlier file from the same calendar had these. Tick the ones to remove from the agenda.") },
  { BUURT_ICAL_ITEM_REFUSED, N_("Cannot Be Imported"), NULL },
  { BUURT_ICAL_ITEM_UNCHANGED, N_("Unchanged"), N_("Imported before; the file has no newer version.") },
};

/* When it takes place; @in_sentence after other words, such as "Changes
 * one date of the series:". */
static char *
describe_when (BuurtActivity *activity,
               gboolean       in_sentence)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  const char *tzid = buurt_entity_get_string (entity, "tzid");
  g_autoptr(GDateTime) local = buurt_in_zone (buurt_entity_get_date_time (entity, "starts-at"), tzid);
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *date = NULL;
  g_autofree char *times = buurt_format_times (buurt_entity_get_date_time (entity, "starts-at"),
                                               buurt_entity_get_date_time (entity, "ends-at"),
                                               buurt_entity_get_boolean (entity, "all-day"), tzid);
  const char *rrule = buurt_entity_get_string (entity, "rrule");

  if (rrule != NULL && *rrule != '\0')
    {
      date = buurt_format_day_in_sentence (day);
      /* Translators: a series: its first date and its times */
      return g_strdup_printf (_("From %s, %s, repeating"), date, times);
    }

  date = in_sentence ? buurt_format_day_in_sentence (day) : buurt_format_day (day);
  /* Translators: a date and its times */
  return g_strdup_printf (_("%s, %s"), date, times);
}

static char *
describe_place (BuurtDatabase *database,
                BuurtActivity *activity)
{
  gint64 room_id = buurt_entity_get_int (BUURT_ENTITY (activity), "room-id");
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) venue = NULL;

  if (room_id == 0)
    return g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "location"));

  room = buurt_database_load (database, BUURT_TYPE_ROOM, room_id, NULL);
  if (room == NULL)
    return NULL;
  venue = buurt_database_load (database, BUURT_TYPE_VENUE, buurt_entity_get_int (room, "venue-id"), NULL);
  if (venue == NULL)
    return g_strdup (buurt_entity_get_string (room, "name"));

  /* Translators: a venue and one of its rooms */
  return g_strdup_printf (_("%s, %s"), buurt_entity_get_string (venue, "name"),
                          buurt_entity_get_string (room, "name"));
}

static char *
describe (BuurtDatabase *database,
          BuurtIcalItem *item)
{
  BuurtActivity *activity = item->activity != NULL ? item->activity : item->existing;
  g_autofree char *when = describe_when (activity, item->master_cancel_day != NULL);
  g_autofree char *place = describe_place (database, activity);
  GString *text = g_string_new (NULL);

  if (item->master_cancel_day != NULL && item->activity != NULL &&
      buurt_entity_get_enum (BUURT_ENTITY (item->activity), "status") == BUURT_ACTIVITY_STATUS_CANCELLED)
    g_string_append_printf (text, "%s ", _("Cancels one date of the series:"));
  else if (item->master_cancel_day != NULL)
    g_string_append_printf (text, "%s ", _("Changes one date of the series:"));
  g_string_append (text, when);

  if (place != NULL && *place != '\0')
    g_string_append_printf (text, " · %s", place);
  if (item->room_conflicts != NULL)
    /* Translators: followed by the activities already in the room, one a line */
    g_string_append_printf (text, "\n%s\n%s", _("The room is already taken then by:"), item->room_conflicts);

  return g_string_free (text, FALSE);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  BuurtIcalItem  *item)
{
  GCallback toggled = g_object_get_data (G_OBJECT (check), "toggled");

  item->chosen = gtk_check_button_get_active (check);
  ((void (*) (gpointer)) toggled) (g_object_get_data (G_OBJECT (check), "user-data"));
}

static GtkWidget *
new_check (BuurtIcalItem *item,
           const char    *title,
           GCallback      toggled,
           gpointer       user_data)
{
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *label = NULL;

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->chosen);
  label = item->kind == BUURT_ICAL_ITEM_GONE
            /* Translators: %s is an activity's title */
            ? g_strdup_printf (_("Remove “%s”"), title)
            /* Translators: %s is an activity's title */
            : g_strdup_printf (_("Import “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (check), "toggled", toggled);
  g_object_set_data (G_OBJECT (check), "user-data", user_data);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), item);
  return check;
}

static void
add_side_by_side (GtkGrid    *grid,
                  int         row,
                  const char *field,
                  const char *here,
                  const char *file)
{
  GtkWidget *labels[3];

  labels[0] = gtk_label_new (field);
  labels[1] = gtk_label_new (here != NULL ? here : "");
  labels[2] = gtk_label_new (file != NULL ? file : "");
  for (guint i = 0; i < 3; i++)
    {
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_yalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_selectable (GTK_LABEL (labels[i]), i > 0);
      gtk_widget_set_hexpand (labels[i], i > 0);
      if (row == 0 || i == 0)
        gtk_widget_add_css_class (labels[i], row == 0 ? "heading" : "dim-label");
      gtk_grid_attach (grid, labels[i], i, row, 1, 1);
    }
}

/* Both versions of a conflict, field by field where they differ. */
static GtkWidget *
new_comparison (BuurtDatabase *database,
                BuurtIcalItem *item)
{
  GtkWidget *grid = gtk_grid_new ();
  /* A changed date of a series beside that date as the agenda has it. */
  BuurtActivity *existing = item->existing_date != NULL ? item->existing_date : item->existing;
  BuurtEntity *here = BUURT_ENTITY (existing);
  BuurtEntity *file = BUURT_ENTITY (item->activity);
  g_autofree char *here_when = describe_when (existing, FALSE);
  g_autofree char *file_when = describe_when (item->activity, FALSE);
  g_autofree char *here_place = describe_place (database, existing);
  g_autofree char *file_place = describe_place (database, item->activity);
  int row = 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  add_side_by_side (GTK_GRID (grid), 0, "", _("In this agenda"), _("In the file"));
  if (g_strcmp0 (buurt_entity_get_string (here, "title"), buurt_entity_get_string (file, "title")) != 0)
    add_side_by_side (GTK_GRID (grid), row++, _("Title"), buurt_entity_get_string (here, "title"),
                      buurt_entity_get_string (file, "title"));
  if (g_strcmp0 (here_when, file_when) != 0 ||
      g_strcmp0 (buurt_entity_get_string (here, "rrule"), buurt_entity_get_string (file, "rrule")) != 0)
    add_side_by_side (GTK_GRID (grid), row++, _("When"), here_when, file_when);
  if (g_strcmp0 (here_place, file_place) != 0)
    add_side_by_side (GTK_GRID (grid), row++, _("Where"), here_place, file_place);
  if (g_strcmp0 (buurt_entity_get_string (here, "description"), buurt_entity_get_string (file, "description")) != 0)
    add_side_by_side (GTK_GRID (grid), row++, _("Description"), buurt_entity_get_string (here, "description"),
                      buurt_entity_get_string (file, "description"));
  if (g_strcmp0 (buurt_entity_get_string (here, "cancelled-dates"), buurt_entity_get_string (file, "cancelled-dates")) != 0)
    add_side_by_side (GTK_GRID (grid), row++, _("Cancelled dates"), buurt_entity_get_string (here, "cancelled-dates"),
                      buurt_entity_get_string (file, "cancelled-dates"));
  if (row == 1)
    add_side_by_side (GTK_GRID (grid), row++, "", _("Other details differ"), _("Other details differ"));

  return grid;
}

static GtkWidget *
new_refused_row (BuurtIcalItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  g_autofree char *title = g_strdup_printf (_("Line %u"), item->line);
  /* The message after "FILE:LINE: ": the file is in the window's title. */
  const char *reason = item->problem;
  g_autofree char *prefix = g_strdup_printf (":%u: ", item->line);
  const char *after = reason != NULL ? g_strstr_len (reason, -1, prefix) : NULL;

  g_autofree char *sentence = NULL;

  if (after != NULL)
    reason = after + strlen (prefix);

  /* The message continues "FILE:LINE: ", so it starts in lower case; on
   * its own row it is a sentence. */
  if (reason != NULL && *reason != '\0')
    {
      g_autofree char *first = g_utf8_strup (reason, g_utf8_next_char (reason) - reason);

      sentence = g_strconcat (first, g_utf8_next_char (reason), NULL);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sentence != NULL ? sentence : reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cannot be imported"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static GtkWidget *
new_item_row (BuurtDatabase *database,
              BuurtIcalItem *item,
              GCallback      toggled,
              gpointer       user_data)
{
  BuurtActivity *activity = item->activity != NULL ? item->activity : item->existing;
  const char *title = buurt_entity_get_string (BUURT_ENTITY (activity), "title");
  g_autofree char *subtitle = describe (database, item);
  GtkWidget *row;

  if (item->kind == BUURT_ICAL_ITEM_CONFLICT)
    {
      GtkWidget *check = new_check (item, title, toggled, user_data);

      row = adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_comparison (database, item));
      return row;
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (item->kind != BUURT_ICAL_ITEM_UNCHANGED)
    {
      GtkWidget *check = new_check (item, title, toggled, user_data);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
    }

  if (item->room_conflicts != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The room is already taken"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }

  return row;
}

/**
 * buurt_ical_preview_rows_new_group:
 *
 * Returns: (transfer floating) (nullable): the group of @kind's items, or
 *   %NULL when the file has none
 */
GtkWidget *
buurt_ical_preview_rows_new_group (BuurtDatabase     *database,
                                   BuurtIcalImport   *import,
                                   BuurtIcalItemKind  kind,
                                   GCallback          toggled,
                                   gpointer           user_data)
{
  GtkWidget *group = NULL;
  guint n_shown = 0;
  guint n = buurt_ical_import_count (import, kind);

  if (n == 0)
    return NULL;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    if (groups[g].kind == kind)
      {
        group = adw_preferences_group_new ();
        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
        if (groups[g].description != NULL)
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(groups[g].description));
      }
  g_return_val_if_fail (group != NULL, NULL);

  for (guint i = 0; i < buurt_ical_import_get_n_items (import) && n_shown < MAX_ROWS; i++)
    {
      BuurtIcalItem *item = buurt_ical_import_get_item (import, i);

      if (item->kind != kind)
        continue;

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 kind == BUURT_ICAL_ITEM_REFUSED
                                   ? new_refused_row (item)
                                   : new_item_row (database, item, toggled, user_data));
      n_shown++;
    }

  if (n > n_shown)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (ngettext ("And %u more", "And %u more", n - n_shown),
                                                n - n_shown);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), more);
    }

  return group;
}

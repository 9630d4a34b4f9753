/* buurt-venue-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-venue-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-combo-row.h"
#include "buurt-venue-detail.h"
#include "buurt-venue-editor.h"

/* Adds or edits a venue. Bad input shows what is wrong above the form and
 * changes nothing; a postcode may be typed "8251ab" and is saved "8251 AB". */
struct _BuurtVenueEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *postcode_row;
  AdwComboRow         *neighbourhood_row;
  GtkSwitch           *commercial_switch;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *website_row;
  AdwEntryRow         *notes_row;
  GtkSwitch           *step_free_switch;
  GtkSwitch           *toilet_switch;
  GtkSwitch           *loop_switch;
  AdwPreferencesGroup *hours_group;

  /* Owned state */
  AdwEntryRow   *hours_rows[7];
  BuurtDatabase *database;
  gint64         venue_id;           /* 0: a new venue */
  GArray        *neighbourhood_ids;  /* gint64, 0 first: none */
};

G_DEFINE_FINAL_TYPE (BuurtVenueEditor, buurt_venue_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The row's text without surrounding spaces, or %NULL when empty. */
static char *
get_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
fill_lists (BuurtVenueEditor *self)
{
  GtkStringList *kinds = gtk_string_list_new (NULL);
  GtkStringList *places = gtk_string_list_new (NULL);
  g_autoptr(GListModel) neighbourhoods = buurt_database_list (self->database, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  g_autoptr(GListModel) kernen = buurt_database_list (self->database, BUURT_TYPE_KERN, NULL);
  g_autoptr(GHashTable) kern_names = kernen != NULL ? buurt_entity_index_names (kernen, "name") : NULL;
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (BUURT_TYPE_VENUE_KIND);
  gint64 none = 0;

  for (guint i = 0; i < kind_class->n_values; i++)
    gtk_string_list_append (kinds, buurt_enum_to_label (BUURT_TYPE_VENUE_KIND, kind_class->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_object_unref (kinds);

  g_array_append_val (self->neighbourhood_ids, none);
  gtk_string_list_append (places, _("None"));
  for (guint i = 0; neighbourhoods != NULL && i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr(BuurtEntity) n = g_list_model_get_item (neighbourhoods, i);
      gint64 id = buurt_entity_get_id (n);
      gint64 kern_id = buurt_entity_get_int (n, "kern-id");
      const char *town = kern_names != NULL ? g_hash_table_lookup (kern_names, &kern_id) : NULL;
      /* Translators: a neighbourhood and its town in a list, e.g. "De Gilden (Dronten)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), buurt_entity_get_string (n, "name"), town ?: "");

      g_array_append_val (self->neighbourhood_ids, id);
      gtk_string_list_append (places, label);
    }
  adw_combo_row_set_model (self->neighbourhood_row, G_LIST_MODEL (places));
  g_object_unref (places);
  buurt_combo_row_name_items (self->kind_row);
  buurt_combo_row_name_items (self->neighbourhood_row);
}

static void
load_venue (BuurtVenueEditor *self,
            BuurtEntity      *venue)
{
  const char *hours = buurt_entity_get_string (venue, "opening-hours");
  gint64 neighbourhood_id = buurt_entity_get_int (venue, "neighbourhood-id");

  set_text (self->name_row, buurt_entity_get_string (venue, "name"));
  adw_combo_row_set_selected (self->kind_row, buurt_entity_get_enum (venue, "kind"));
  set_text (self->address_row, buurt_entity_get_string (venue, "address"));
  set_text (self->postcode_row, buurt_entity_get_string (venue, "postcode"));
  for (guint i = 0; i < self->neighbourhood_ids->len; i++)
    if (g_array_index (self->neighbourhood_ids, gint64, i) == neighbourhood_id)
      adw_combo_row_set_selected (self->neighbourhood_row, i);
  gtk_switch_set_active (self->commercial_switch, buurt_entity_get_boolean (venue, "commercial"));
  set_text (self->phone_row, buurt_entity_get_string (venue, "phone"));
  set_text (self->email_row, buurt_entity_get_string (venue, "email"));
  set_text (self->website_row, buurt_entity_get_string (venue, "website"));
  set_text (self->notes_row, buurt_entity_get_string (venue, "notes"));
  gtk_switch_set_active (self->step_free_switch, buurt_entity_get_boolean (venue, "step-free"));
  gtk_switch_set_active (self->toilet_switch, buurt_entity_get_boolean (venue, "accessible-toilet"));
  gtk_switch_set_active (self->loop_switch, buurt_entity_get_boolean (venue, "hearing-loop"));

  for (guint d = 0; d < 7; d++)
    {
      int opens, closes;
      g_autofree char *span = NULL;

      if (buurt_opening_hours_get_day (hours, d + 1, &opens, &closes))
        span = g_strdup_printf ("%02d:%02d-%02d:%02d", opens / 60, opens % 60, closes / 60, closes % 60);
      set_text (self->hours_rows[d], span);
    }
}

/* "09:00-22:00", "9.00 – 22.00"; empty is closed. */
static gboolean
parse_span (const char *text,
            int        *opens,
            int        *closes)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    {
      *opens = *closes = 0;
      return TRUE;
    }

  copy = g_strdup (text);
  /* An en dash typed or pasted is a dash too. */
  parts = g_strsplit_set (g_strdelimit (copy, " ", ' '), "-\xe2\x80\x93", -1);
  if (g_strv_length (parts) == 4 && *parts[1] == '\0' && *parts[2] == '\0')
    {
      /* "09:00 – 22:00": the en dash's three bytes split twice. */
      g_free (parts[1]);
      parts[1] = g_strdup (parts[3]);
      g_free (parts[2]), parts[2] = NULL;
      g_free (parts[3]), parts[3] = NULL;
    }
  if (g_strv_length (parts) != 2)
    return FALSE;

  return buurt_parse_clock (g_strstrip (parts[0]), opens) &&
         buurt_parse_clock (g_strstrip (parts[1]), closes) &&
         *closes > *opens;
}

static void
show_error (BuurtVenueEditor *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * buurt_venue_editor_save:
 *
 * What Save does: checks every field, saves, and closes; or shows what is
 * wrong and changes nothing.
 *
 * Returns: %TRUE when the venue was saved
 */
gboolean
buurt_venue_editor_save (BuurtVenueEditor *self)
{
  g_autoptr(BuurtEntity) venue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  int opens[7], closes[7];
  guint position;

  g_return_val_if_fail (BUURT_IS_VENUE_EDITOR (self), FALSE);

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *span = get_text (self->hours_rows[d]);

      if (!parse_span (span, &opens[d], &closes[d]))
        {
          g_autofree char *day = buurt_venue_weekday_name (d + 1);
          g_autofree char *message = NULL;

          /* Translators: %s is a weekday; the opening hours typed could not be read */
          message = g_strdup_printf (_("Opening hours, %s: write them as 09:00-22:00, or leave the day empty when the venue is closed."), day);
          show_error (self, message);
          gtk_widget_grab_focus (GTK_WIDGET (self->hours_rows[d]));
          return FALSE;
        }
    }
  hours = buurt_opening_hours_build (opens, closes);

  if (self->venue_id != 0)
    venue = buurt_database_load (self->database, BUURT_TYPE_VENUE, self->venue_id, &error);
  else
    venue = BUURT_ENTITY (buurt_venue_new ());
  if (venue == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  position = adw_combo_row_get_selected (self->neighbourhood_row);
  {
    g_autofree char *name = get_text (self->name_row);
    g_autofree char *address = get_text (self->address_row);
    g_autofree char *postcode = get_text (self->postcode_row);
    g_autofree char *phone = get_text (self->phone_row);
    g_autofree char *email = get_text (self->email_row);
    g_autofree char *website = get_text (self->website_row);
    g_autofree char *notes = get_text (self->notes_row);

    g_object_set (venue,
                  "name", name,
                  "kind", adw_combo_row_get_selected (self->kind_row),
                  "address", address,
                  "postcode", postcode,
                  "neighbourhood-id", position < self->neighbourhood_ids->len
                                        ? g_array_index (self->neighbourhood_ids, gint64, position) : (gint64) 0,
                  "commercial", gtk_switch_get_active (self->commercial_switch),
                  "phone", phone,
                  "email", email,
                  "website", website,
                  "notes", notes,
                  "step-free", gtk_switch_get_active (self->step_free_switch),
                  "accessible-toilet", gtk_switch_get_active (self->toilet_switch),
                  "hearing-loop", gtk_switch_get_active (self->loop_switch),
                  "opening-hours", hours,
                  NULL);
  }

  if (!buurt_database_save (self->database, venue, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_signal_emit (self, signals[SAVED], 0, buurt_entity_get_id (venue));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_venue_editor_save (BUURT_VENUE_EDITOR (widget));
}

static void
buurt_venue_editor_dispose (GObject *object)
{
  BuurtVenueEditor *self = (BuurtVenueEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_VENUE_EDITOR);
  g_clear_object (&self->database);
  g_clear_pointer (&self->neighbourhood_ids, g_array_unref);

  G_OBJECT_CLASS (buurt_venue_editor_parent_class)->dispose (object);
}

static void
buurt_venue_editor_class_init (BuurtVenueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_venue_editor_dispose;

  /**
   * BuurtVenueEditor::saved:
   * @venue_id: the venue saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-venue-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, neighbourhood_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, commercial_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, website_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, step_free_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, toilet_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, loop_switch);
  gtk_widget_class_bind_template_child (widget_class, BuurtVenueEditor, hours_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_venue_editor_init (BuurtVenueEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->neighbourhood_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *day = buurt_venue_weekday_name (d + 1);

      self->hours_rows[d] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hours_rows[d]), day);
      adw_preferences_group_add (self->hours_group, GTK_WIDGET (self->hours_rows[d]));
    }
}

/**
 * buurt_venue_editor_new:
 * @venue_id: the venue to edit, or 0 for a new one
 *
 * Returns: (transfer none): the editor window, not yet shown
 */
BuurtVenueEditor *
buurt_venue_editor_new (GtkWindow     *parent,
                        BuurtDatabase *database,
                        gint64         venue_id)
{
  BuurtVenueEditor *self;
  g_autoptr(BuurtEntity) venue = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_VENUE_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->venue_id = venue_id;
  fill_lists (self);

  if (venue_id != 0)
    venue = buurt_database_load (database, BUURT_TYPE_VENUE, venue_id, NULL);
  if (venue == NULL)
    {
      self->venue_id = 0;
      venue = BUURT_ENTITY (buurt_venue_new ());
    }

  gtk_window_set_title (GTK_WINDOW (self), self->venue_id != 0 ? _("Edit Venue") : _("New Venue"));
  load_venue (self, venue);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * buurt_venue_editor_get_error:
 *
 * Returns: (transfer none) (nullable): what is wrong, as shown, or %NULL
 */
const char *
buurt_venue_editor_get_error (BuurtVenueEditor *self)
{
  g_return_val_if_fail (BUURT_IS_VENUE_EDITOR (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

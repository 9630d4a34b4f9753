/* buurt-room-editor.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-room-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-room-editor.h"

/* Adds or edits a room of a venue: its name, how many people it holds (a
 * whole number above 0: "veel" or 0 is refused with a message), its rate for
 * initiatives and its facilities. */
struct _BuurtRoomEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwPreferencesGroup *room_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *capacity_row;
  AdwEntryRow         *rate_row;
  AdwPreferencesGroup *facilities_group;

  /* Owned state */
  GtkCheckButton *facility_checks[16];  /* by bit; NULL where no flag */
  BuurtDatabase  *database;
  gint64          venue_id;
  gint64          room_id;              /* 0: a new room */
};

G_DEFINE_FINAL_TYPE (BuurtRoomEditor, buurt_room_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (BuurtRoomEditor *self,
            const char      *message,
            GtkWidget       *field)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

/**
 * buurt_room_editor_save:
 *
 * Returns: %TRUE when the room was saved (and the window closed)
 */
gboolean
buurt_room_editor_save (BuurtRoomEditor *self)
{
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *capacity_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->capacity_row))));
  const char *rate_text = gtk_editable_get_text (GTK_EDITABLE (self->rate_row));
  guint64 capacity = 0;
  gint64 rate = 0;
  guint facilities = 0;

  g_return_val_if_fail (BUURT_IS_ROOM_EDITOR (self), FALSE);

  if (!g_ascii_string_to_unsigned (capacity_text, 10, 1, 100000, &capacity, NULL))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is what was typed as the capacity of a room */
      message = g_strdup_printf (_("Capacity: “%s” is not a number of people. Write a whole number above 0, such as 25."),
                                 capacity_text);
      show_error (self, message, GTK_WIDGET (self->capacity_row));
      return FALSE;
    }

  if (*rate_text != '\0' && !buurt_money_parse (rate_text, _("Rate for initiatives"), &rate, &error))
    {
      show_error (self, error->message, GTK_WIDGET (self->rate_row));
      return FALSE;
    }

  for (guint bit = 0; bit < G_N_ELEMENTS (self->facility_checks); bit++)
    if (self->facility_checks[bit] != NULL && gtk_check_button_get_active (self->facility_checks[bit]))
      facilities |= 1u << bit;

  if (self->room_id != 0)
    room = buurt_database_load (self->database, BUURT_TYPE_ROOM, self->room_id, &error);
  else
    room = BUURT_ENTITY (buurt_room_new ());
  if (room == NULL)
    {
      show_error (self, error->message, NULL);
      return FALSE;
    }

  g_object_set (room,
                "venue-id", self->venue_id,
                "name", name,
                "capacity", (gint64) capacity,
                "rate-cents", rate,
                "facilities", facilities,
                NULL);
  if (!buurt_database_save (self->database, room, &error))
    {
      show_error (self, error->message, GTK_WIDGET (self->name_row));
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_signal_emit (self, signals[SAVED], 0, buurt_entity_get_id (room));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  buurt_room_editor_save (BUURT_ROOM_EDITOR (widget));
}

static void
buurt_room_editor_dispose (GObject *object)
{
  BuurtRoomEditor *self = (BuurtRoomEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUURT_TYPE_ROOM_EDITOR);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_room_editor_parent_class)->dispose (object);
}

static void
buurt_room_editor_class_init (BuurtRoomEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_room_editor_dispose;

  /**
   * BuurtRoomEditor::saved:
   * @room_id: the room saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/venues/buurt-room-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, room_group);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, rate_row);
  gtk_widget_class_bind_template_child (widget_class, BuurtRoomEditor, facilities_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buurt_room_editor_init (BuurtRoomEditor *self)
{
  g_autoptr(GFlagsClass) flags = g_type_class_ref (BUURT_TYPE_FACILITY);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < flags->n_values; i++)
    {
      guint value = flags->values[i].value;
      guint bit = g_bit_nth_lsf (value, -1);
      GtkWidget *row;
      GtkWidget *check;

      if (value == 0 || bit >= G_N_ELEMENTS (self->facility_checks))
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      buurt_enum_to_label (BUURT_TYPE_FACILITY, value), -1);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buurt_enum_to_label (BUURT_TYPE_FACILITY, value));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->facilities_group, row);
      self->facility_checks[bit] = GTK_CHECK_BUTTON (check);
    }
}

/**
 * buurt_room_editor_new:
 * @venue_id: the venue the room is in
 * @room_id: the room to edit, or 0 for a new one
 *
 * Returns: (transfer none): the editor window, not yet shown
 */
BuurtRoomEditor *
buurt_room_editor_new (GtkWindow     *parent,
                       BuurtDatabase *database,
                       gint64         venue_id,
                       gint64         room_id)
{
  BuurtRoomEditor *self;
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) venue = NULL;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_ROOM_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->venue_id = venue_id;
  self->room_id = room_id;

  if (room_id != 0)
    room = buurt_database_load (database, BUURT_TYPE_ROOM, room_id, NULL);
  if (room != NULL)
    {
      g_autofree char *capacity = g_strdup_printf ("%" G_GINT64_FORMAT, buurt_entity_get_int (room, "capacity"));
      g_autofree char *rate = buurt_money_format_amount (buurt_entity_get_int (room, "rate-cents"));
      guint facilities = buurt_entity_get_enum (room, "facilities");

      self->venue_id = buurt_entity_get_int (room, "venue-id");
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), buurt_entity_get_string (room, "name"));
      gtk_editable_set_text (GTK_EDITABLE (self->capacity_row), capacity);
      gtk_editable_set_text (GTK_EDITABLE (self->rate_row), rate);
      for (guint bit = 0; bit < G_N_ELEMENTS (self->facility_checks); bit++)
        if (self->facility_checks[bit] != NULL)
          gtk_check_button_set_active (self->facility_checks[bit], (facilities & (1u << bit)) != 0);
    }
  else
    self->room_id = 0;

  venue = buurt_database_load (database, BUURT_TYPE_VENUE, self->venue_id, NULL);
  if (venue != NULL)
    adw_preferences_group_set_title (self->room_group, buurt_entity_get_string (venue, "name"));
  gtk_window_set_title (GTK_WINDOW (self), self->room_id != 0 ? _("Edit Room") : _("New Room"));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * buurt_room_editor_get_error:
 *
 * Returns: (transfer none) (nullable): what is wrong, as shown, or %NULL
 */
const char *
buurt_room_editor_get_error (BuurtRoomEditor *self)
{
  g_return_val_if_fail (BUURT_IS_ROOM_EDITOR (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

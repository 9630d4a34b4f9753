/* test-ical-preview.c: the preview of a calendar file, and importing from it
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "buurt-database.h"
#include "buurt-entities.h"
#include "buurt-ical-preview.h"
#include "buurt-test-utils.h"
#include "buurt-window.h"

typedef struct
{
  BuurtDatabase *database;
  BuurtWindow   *window;
} Fixture;

/* An agenda with De Schakel's rooms, and the Grote zaal taken on a Tuesday
 * morning the file's coffee mornings also want. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autoptr(BuurtRoom) room = buurt_room_new ();
  g_autoptr(BuurtActivity) yoga = buurt_activity_new ();
  g_autoptr(GDateTime) start = buurt_parse_utc ("2027-01-12T09:30:00Z");
  g_autoptr(GDateTime) end = buurt_parse_utc ("2027-01-12T11:00:00Z");

  f->database = buurt_test_open_database (BUURT_TEST_EMPTY);
  g_object_set (venue, "name", "Buurthuis De Schakel", "kind", BUURT_VENUE_KIND_COMMUNITY_CENTRE, NULL);
  buurt_test_save (f->database, venue);
  g_object_set (room, "venue-id", buurt_entity_get_id (BUURT_ENTITY (venue)), "name", "Grote zaal",
                "capacity", (gint64) 60, NULL);
  buurt_test_save (f->database, room);
  g_object_set (yoga, "title", "Stoelyoga", "starts-at", start, "ends-at", end,
                "room-id", buurt_entity_get_id (BUURT_ENTITY (room)),
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED, NULL);
  buurt_test_save (f->database, yoga);

  f->window = buurt_test_open_window (f->database, 1000, 760);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *preview = buurt_test_find_window (BUURT_TYPE_ICAL_PREVIEW);

  if (preview != NULL)
    gtk_window_destroy (preview);
  buurt_test_close (f->window, &f->database);
}

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ical", name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
page_is (gpointer user_data)
{
  GtkWindow *preview = buurt_test_find_window (BUURT_TYPE_ICAL_PREVIEW);
  GtkStack *stack;

  if (preview == NULL)
    return FALSE;
  stack = GTK_STACK (buurt_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_STACK, 0));
  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), user_data) == 0 &&
         !gtk_stack_get_transition_running (stack);
}

static gboolean
no_preview (gpointer user_data)
{
  return buurt_test_find_window (BUURT_TYPE_ICAL_PREVIEW) == NULL;
}

static GtkWindow *
open_preview (Fixture    *f,
              GFile      *file,
              const char *page)
{
  buurt_window_import_file (f->window, file);
  buurt_test_wait_for_window (BUURT_TYPE_ICAL_PREVIEW);
  g_assert_true (buurt_test_wait_until (page_is, (gpointer) page, 10000));
  return buurt_test_find_window (BUURT_TYPE_ICAL_PREVIEW);
}

static gint64
count_activities (Fixture *f)
{
  return buurt_database_count (f->database, BUURT_TYPE_ACTIVITY, NULL);
}

static gboolean
label_says (GtkWidget  *root,
            const char *text)
{
  for (guint i = 0; i < buurt_test_count_widgets (root, GTK_TYPE_LABEL); i++)
    {
      GtkWidget *label = buurt_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (gtk_widget_is_drawable (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_preview_and_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("google.ics");
  GtkWindow *preview = open_preview (f, file, "list");

  /* New, and the room the coffee mornings want is taken on one of them. */
  g_assert_true (label_says (GTK_WIDGET (preview), "Koffieochtend"));
  g_assert_true (label_says (GTK_WIDGET (preview), "Stoelyoga"));
  g_assert_true (label_says (GTK_WIDGET (preview), buurt_test_is_dutch () ? "Nieuw" : "New"));
  buurt_test_screenshot (GTK_WIDGET (preview), "ical-preview");

  /* Nothing is written before Import. */
  g_assert_cmpint (count_activities (f), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL));
  g_assert_true (buurt_test_wait_until (no_preview, NULL, 10000));
  g_assert_cmpint (count_activities (f), ==, 4);

  /* The same file again: nothing new to choose. */
  preview = open_preview (f, file, "list");
  g_assert_true (label_says (GTK_WIDGET (preview), buurt_test_is_dutch () ? "Ongewijzigd" : "Unchanged"));
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.cancel", NULL);
  g_assert_true (buurt_test_wait_until (no_preview, NULL, 5000));
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("nextcloud.ics");
  GtkWindow *preview = open_preview (f, file, "list");

  buurt_test_screenshot (GTK_WIDGET (preview), "ical-preview-refused");
  g_assert_true (label_says (GTK_WIDGET (preview), buurt_test_is_dutch () ? "Regel 40" : "Line 40"));
  g_assert_true (label_says (GTK_WIDGET (preview), "DTSTART"));
}

/* A file with a few thousand events, so the import is still running when
 * the user cancels it. */
static GFile *
big_file (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Groot//NL\r\n");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "groot.ics", NULL);

  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (text,
                            "BEGIN:VEVENT\r\nUID:groot-%u\r\nDTSTART;TZID=Europe/Amsterdam:2027%02u%02uT%02u0000\r\n"
                            "DURATION:PT1H\r\nSUMMARY:Activiteit %u\r\nEND:VEVENT\r\n",
                            i, 1 + (i / 28) % 12, 1 + i % 28, 8 + i % 12, i);
  g_string_append (text, "END:VCALENDAR\r\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  return g_file_new_for_path (path);
}

static void
test_cancelled_import (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = big_file ();
  GtkWindow *preview = open_preview (f, file, "list");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL));
  g_assert_true (g_str_equal (gtk_stack_get_visible_child_name (
    GTK_STACK (buurt_test_find_widget (GTK_WIDGET (preview), GTK_TYPE_STACK, 0))), "busy"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.cancel", NULL));
  g_assert_true (buurt_test_wait_until (page_is, "list", 20000));

  /* One transaction: nothing of it was written. */
  g_assert_cmpint (count_activities (f), ==, 1);
  g_assert_true (label_says (GTK_WIDGET (preview),
                            buurt_test_is_dutch () ? "Er is niets veranderd" : "Nothing was changed"));
  buurt_test_screenshot (GTK_WIDGET (preview), "ical-preview-cancelled");
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ical-preview/preview-and-import", test_preview_and_import);
  ADD ("/ical-preview/refused", test_refused);
  ADD ("/ical-preview/cancelled-import", test_cancelled_import);

  return g_test_run ();
}

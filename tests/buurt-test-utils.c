/* buurt-test-utils.c: shared helpers of the UI tests
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "buurt-example-data.h"
#include "buurt-test-utils.h"

/**
 * buurt_test_temp_database:
 *
 * Returns: (transfer full): a path for a new database in a fresh folder
 */
char *
buurt_test_temp_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("buurt-test-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "agenda.db", NULL);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * buurt_test_wait_until:
 * @condition: checked after each main-loop iteration
 * @timeout_ms: give up after this long
 *
 * Returns: whether @condition became true in time
 */
gboolean
buurt_test_wait_until (BuurtTestCondition condition,
                       gpointer           user_data,
                       guint              timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (user_data);
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

void
buurt_test_wait_ms (guint ms)
{
  buurt_test_wait_until (never, NULL, ms);
}

gboolean
buurt_test_is_dutch (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "nl");
}

/**
 * buurt_test_screenshot:
 * @widget: a realized widget, usually a window
 * @name: the file name without language and extension
 *
 * Renders @widget as the user sees it and saves it as
 * $BUURT_SCREENSHOT_DIR/@name-LANG.png.
 */
void
buurt_test_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("BUURT_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    dir = ".";
  g_mkdir_with_parents (dir, 0755);

  /* Let pending redraws land first; a window that has not drawn its first
   * frame yet has nothing to show. */
  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      buurt_test_wait_ms (tries == 0 ? 300 : 100);
      g_clear_object (&snapshot);
      snapshot = gtk_snapshot_new ();
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  file = g_strdup_printf ("%s-%s.png", name, buurt_test_is_dutch () ? "nl" : "en");
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/**
 * buurt_test_find_widget:
 * @nth: which of the visible widgets of @type under @root, in tree order
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
buurt_test_find_widget (GtkWidget *root,
                        GType      type,
                        guint      nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  return nth < found->len ? g_ptr_array_index (found, nth) : NULL;
}

guint
buurt_test_count_widgets (GtkWidget *root,
                          GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  return found->len;
}

static gboolean
counted (gpointer user_data)
{
  return !buurt_agenda_model_get_counting (user_data);
}

/**
 * buurt_test_rows:
 * @model: an agenda model
 *
 * Returns: how many rows @model has, once it has counted them all
 */
guint
buurt_test_rows (BuurtAgendaModel *model)
{
  g_assert_true (buurt_test_wait_until (counted, model, 30000));
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/**
 * buurt_test_init_ui:
 *
 * Starts a UI test as the app starts: the translations built in this tree,
 * the resources, GTK and libadwaita, in the user's locale.
 */
void
buurt_test_init_ui (int    *argc,
                    char ***argv)
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BUURTAGENDA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  buurt_application_register_resources ();
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init() sets the C locale; the app runs in the user's, so
   * dates and amounts show as the user sees them. */
  setlocale (LC_ALL, "");
  adw_init ();
}

/**
 * buurt_test_application:
 *
 * The application of the test process, made and registered on the first
 * call: one per process, as in the real program.
 *
 * Returns: (transfer none): the application
 */
BuurtApplication *
buurt_test_application (void)
{
  static BuurtApplication *app = NULL;

  if (app == NULL)
    {
      app = buurt_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, NULL);
    }

  return app;
}

/**
 * buurt_test_open_database:
 * @data: whether the database starts empty or with the example community
 *
 * Returns: (transfer full): a database in a new file of its own
 */
BuurtDatabase *
buurt_test_open_database (BuurtTestData data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = buurt_test_temp_database ();
  g_autoptr(BuurtDatabase) database = buurt_database_new (path, &error);

  g_assert_no_error (error);
  if (data == BUURT_TEST_EXAMPLE_DATA)
    {
      g_assert_true (buurt_example_data_generate (database, BUURT_EXAMPLE_DEFAULT_OCCURRENCES,
                                                  BUURT_EXAMPLE_DEFAULT_SEED, NULL, &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&database);
}

static gboolean
mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

/**
 * buurt_test_show_window:
 * @window: a #GtkWindow
 * @width: its width, or 0 to leave it as it is
 *
 * Presents @window and waits until it is on screen.
 */
void
buurt_test_show_window (gpointer window,
                        int      width,
                        int      height)
{
  g_assert_true (GTK_IS_WINDOW (window));

  if (width > 0 && height > 0)
    gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  g_assert_true (buurt_test_wait_until (mapped, window, 10000));
}

/**
 * buurt_test_open_window:
 * @database: what the window shows
 *
 * Returns: (transfer none): the main window of the test application on
 *   @database, on screen; close it with buurt_test_close()
 */
BuurtWindow *
buurt_test_open_window (BuurtDatabase *database,
                        int            width,
                        int            height)
{
  BuurtWindow *window = buurt_window_new (buurt_test_application (), database);

  buurt_test_show_window (window, width, height);
  return window;
}

/**
 * buurt_test_close:
 * @window: (nullable): the window the test opened
 * @database: the test's database, cleared
 *
 * Takes down what the fixture set up.
 */
void
buurt_test_close (gpointer        window,
                  BuurtDatabase **database)
{
  if (window != NULL)
    gtk_window_destroy (window);
  g_clear_object (database);
}

/**
 * buurt_test_save:
 * @entity: a #BuurtEntity that must save without error
 */
void
buurt_test_save (BuurtDatabase *database,
                 gpointer       entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (buurt_database_save (database, entity, &error));
  g_assert_no_error (error);
}

/**
 * buurt_test_find_window:
 * @type: a window type, such as %BUURT_TYPE_ACTIVITY_EDITOR
 *
 * Returns: (transfer none) (nullable): the first visible window of @type
 */
GtkWindow *
buurt_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }

  return NULL;
}

static gboolean
has_window (gpointer user_data)
{
  return buurt_test_find_window (GPOINTER_TO_SIZE (user_data)) != NULL;
}

/**
 * buurt_test_wait_for_window:
 * @type: a window type
 *
 * Waits until a window of @type is shown, for five seconds at most.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
buurt_test_wait_for_window (GType type)
{
  g_assert_true (buurt_test_wait_until (has_window, GSIZE_TO_POINTER (type), 5000));
  return buurt_test_find_window (type);
}

/**
 * buurt_test_find_menu_button:
 * @label: its label as written, with the mnemonic underline ("_Filters")
 *
 * Returns: (transfer none): the visible menu button under @root with @label
 */
GtkWidget *
buurt_test_find_menu_button (GtkWidget  *root,
                             const char *label)
{
  GtkWidget *button;

  for (guint i = 0; (button = buurt_test_find_widget (root, GTK_TYPE_MENU_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), label) == 0)
      return button;

  g_assert_not_reached ();
}

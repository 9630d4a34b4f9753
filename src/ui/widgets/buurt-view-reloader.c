/* buurt-view-reloader.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-view-reloader"

#include "config.h"

#include "buurt-view-reloader.h"

/* A view that lists rows of a few tables reads them only while it is on
 * screen: a hidden page of the window would still be measured with all its
 * rows, and read again at every change. The reloader marks the list stale
 * when one of the view's tables changes, and has the view read it at once
 * when it is shown, or else the next time it is. */
struct _BuurtViewReloader
{
  GObject parent_instance;

  GtkWidget           *view;    /* not owned: the view owns the reloader */
  BuurtViewReloadFunc  reload;
  gboolean             stale;
};

G_DEFINE_FINAL_TYPE (BuurtViewReloader, buurt_view_reloader, G_TYPE_OBJECT)

static void
reload_now (BuurtViewReloader *self)
{
  self->stale = FALSE;
  self->reload (self->view);
}

static void
view_mapped_cb (BuurtViewReloader *self)
{
  if (self->stale)
    reload_now (self);
}

static void
table_changed_cb (BuurtViewReloader *self,
                  const char        *table,
                  BuurtDatabase     *database)
{
  buurt_view_reloader_queue (self);
}

static void
buurt_view_reloader_class_init (BuurtViewReloaderClass *klass)
{
}

static void
buurt_view_reloader_init (BuurtViewReloader *self)
{
}

/**
 * buurt_view_reloader_new:
 * @view: the view; it owns the reloader and drops it in its dispose
 * @reload: reads the view's list anew
 *
 * Returns: (transfer full): a reloader for @view, with nothing to read yet
 */
BuurtViewReloader *
buurt_view_reloader_new (GtkWidget           *view,
                         BuurtViewReloadFunc  reload)
{
  BuurtViewReloader *self;

  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (reload != NULL, NULL);

  self = g_object_new (BUURT_TYPE_VIEW_RELOADER, NULL);
  self->view = view;
  self->reload = reload;
  /* The "map" signal runs after the view's own map: it is on screen then. */
  g_signal_connect_object (view, "map", G_CALLBACK (view_mapped_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * buurt_view_reloader_watch:
 * @database: the database the view shows
 * @tables: (array zero-terminated=1): the tables the view shows rows of
 *
 * Reads the list again after a change to one of @tables, and only then.
 */
void
buurt_view_reloader_watch (BuurtViewReloader  *self,
                           BuurtDatabase      *database,
                           const char * const *tables)
{
  g_return_if_fail (BUURT_IS_VIEW_RELOADER (self));
  g_return_if_fail (BUURT_IS_DATABASE (database));

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *detailed = g_strconcat ("changed::", tables[i], NULL);

      g_signal_connect_object (database, detailed, G_CALLBACK (table_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * buurt_view_reloader_queue:
 *
 * Has the view read its list now when it is on screen, or else when it is
 * next shown.
 */
void
buurt_view_reloader_queue (BuurtViewReloader *self)
{
  g_return_if_fail (BUURT_IS_VIEW_RELOADER (self));

  self->stale = TRUE;
  if (gtk_widget_get_mapped (self->view))
    reload_now (self);
}

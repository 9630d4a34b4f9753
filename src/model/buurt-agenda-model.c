/* buurt-agenda-model.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-model"

#include "config.h"

#include "buurt-agenda-model-private.h"
#include "buurt-agenda-counter.h"
#include "buurt-database-private.h"
#include "buurt-format.h"
#include "buurt-occurrence.h"

/*
 * The agenda as a flat GListModel of BuurtOccurrence, one item per date of an
 * activity, from a given day on. It is lazy: it knows only the number of rows
 * and reads pages of PAGE_SIZE rows from the store when a list asks for them,
 * keeping at most MAX_PAGES pages, so 330,000 activities cost no more memory
 * than 300.
 *
 * After a change (a search, a filter, a jump) it first reads only FIRST_ROWS
 * rows, more than a screen holds, and tells the list about those: each row
 * the list is told of costs it a widget to bind, and a keystroke should
 * update the screen within a frame. The rest are counted in a thread
 * (BuurtAgendaCounter) and added when that is done. The thread never holds
 * the model: a model dropped while it counts is freed at once, on the main
 * thread, and a count that was cancelled or outrun by a newer one is never
 * applied.
 */

#define PAGE_SIZE 100
#define MAX_PAGES 16
#define FIRST_ROWS BUURT_AGENDA_MODEL_FIRST_ROWS
#define READ_AHEAD_PAGES 2

struct _BuurtAgendaModel
{
  GObject parent_instance;

  /* Owned state */
  BuurtDatabase *database;
  BuurtStore *store;            /* the database's connection */
  gulong      changed_id;
  char       *from_day;
  char       *search;
  gboolean    show_cancelled;
  BuurtAgendaQuery filter;      /* only the place, category, group and status fields */
  guint       n_items;
  GHashTable *pages;            /* page number → GPtrArray of BuurtOccurrence */

  /* Counting all rows takes tens of milliseconds at 330,000 dates, so it
   * runs in a thread while the first page is already shown. */
  BuurtAgendaCounter *counter;  /* the thread's connection, kept warm */
  GCancellable *counting;       /* the count running now, or NULL */
  guint         apply_count_id; /* the count, waiting for the frame to be drawn */
  GArray       *days;           /* BuurtAgendaDay, once counted, or NULL */
};

/* A count the model waits for. It holds the model only weakly, checked on
 * the main thread, so the model's last reference is never the thread's. */
typedef struct
{
  GWeakRef          model;
  GCancellable     *cancellable;
  BuurtAgendaCount *count;      /* what it found, once done */
} CountWait;

static void list_model_iface_init (GListModelInterface *iface);
static void forget_count          (BuurtAgendaModel    *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (BuurtAgendaModel, buurt_agenda_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FROM_DAY,
  PROP_SEARCH,
  PROP_SHOW_CANCELLED,
  PROP_N_ITEMS,
  PROP_COUNTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BuurtAgendaQuery
make_query (BuurtAgendaModel *self)
{
  BuurtAgendaQuery query = self->filter;

  query.from_day = self->from_day;
  query.search = self->search;
  query.show_cancelled = self->show_cancelled;

  return query;
}

/* The day that row @position falls on, when the rows are counted by day:
 * the last day with fewer rows before it than @position. */
static const BuurtAgendaDay *
day_at (BuurtAgendaModel *self,
        guint             position)
{
  guint low = 0, high;

  if (self->days == NULL || self->days->len == 0)
    return NULL;

  high = self->days->len;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->days, BuurtAgendaDay, middle).before <= position)
        low = middle;
      else
        high = middle;
    }

  return &g_array_index (self->days, BuurtAgendaDay, low);
}

/* Keeps @rows (transfer full) as page @page. Rows a list already has keep
 * their objects. Returns how many rows of the page the list had, when one
 * of them is now another date (another program wrote in between), else 0. */
static guint
install_page (BuurtAgendaModel *self,
              guint             page,
              GPtrArray        *rows)
{
  GPtrArray *old = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  guint had = old != NULL ? old->len : 0;
  gboolean differs = FALSE;

  for (guint i = 0; i < MIN (had, rows->len); i++)
    if (buurt_occurrence_get_id (g_ptr_array_index (old, i)) ==
        buurt_occurrence_get_id (g_ptr_array_index (rows, i)))
      {
        g_object_unref (g_ptr_array_index (rows, i));
        g_ptr_array_index (rows, i) = g_object_ref (g_ptr_array_index (old, i));
      }
    else
      differs = TRUE;

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);

  return differs ? had : 0;
}

static GPtrArray *
get_page (BuurtAgendaModel *self,
          guint             page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  BuurtAgendaQuery query = make_query (self);
  const BuurtAgendaDay *day;

  /* The first page may hold only the first rows, read at a refresh. */
  if (rows != NULL && (rows->len == PAGE_SIZE || page * PAGE_SIZE + rows->len >= self->n_items))
    return rows;

  if (rows == NULL && g_hash_table_size (self->pages) >= MAX_PAGES)
    g_hash_table_remove_all (self->pages);

  /* Far down the list, start at the page's day instead of skipping every
   * row before it. */
  day = day_at (self, page * PAGE_SIZE);
  if (day != NULL)
    query.from_day = day->day;
  rows = buurt_store_fetch_agenda (self->store, &query,
                                   page * PAGE_SIZE - (day != NULL ? day->before : 0),
                                   PAGE_SIZE, &error);
  if (rows == NULL)
    {
      g_warning ("Could not read the agenda: %s", error != NULL ? error->message : "no reason given");
      return NULL;
    }

  install_page (self, page, rows);
  return rows;
}

/* The tables a row of the agenda reads from: a journal entry or a grant
 * does not run the agenda's query again. */
static const char * const shown_tables[] = {
  "activity", "occurrence", "room", "venue", "contact", "kern", "neighbourhood",
};

static void
database_changed_cb (BuurtAgendaModel *self,
                     const char       *table,
                     BuurtDatabase    *database)
{
  if (g_strv_contains ((const char * const *) shown_tables, table))
    buurt_agenda_model_refresh (self);
}

static GType
buurt_agenda_model_get_item_type (GListModel *model)
{
  return BUURT_TYPE_OCCURRENCE;
}

static guint
buurt_agenda_model_get_n_items (GListModel *model)
{
  return BUURT_AGENDA_MODEL (model)->n_items;
}

static gpointer
buurt_agenda_model_get_item (GListModel *model,
                             guint       position)
{
  BuurtAgendaModel *self = BUURT_AGENDA_MODEL (model);
  GPtrArray *rows;
  guint index = position % PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;

  rows = get_page (self, position / PAGE_SIZE);
  if (rows == NULL || index >= rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (rows, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = buurt_agenda_model_get_item_type;
  iface->get_n_items = buurt_agenda_model_get_n_items;
  iface->get_item = buurt_agenda_model_get_item;
}

static void
buurt_agenda_model_dispose (GObject *object)
{
  BuurtAgendaModel *self = (BuurtAgendaModel *) object;

  forget_count (self);
  g_clear_object (&self->counter);
  g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->store);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_agenda_model_parent_class)->dispose (object);
}

static void
buurt_agenda_model_finalize (GObject *object)
{
  BuurtAgendaModel *self = (BuurtAgendaModel *) object;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->from_day, g_free);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (buurt_agenda_model_parent_class)->finalize (object);
}

static void
buurt_agenda_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BuurtAgendaModel *self = BUURT_AGENDA_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FROM_DAY:
      g_value_set_string (value, self->from_day);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_SHOW_CANCELLED:
      g_value_set_boolean (value, self->show_cancelled);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    case PROP_COUNTING:
      g_value_set_boolean (value, self->counting != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuurtAgendaModel *self = BUURT_AGENDA_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      self->store = g_object_ref (buurt_database_get_store (self->database));
      self->counter = buurt_agenda_counter_new (buurt_store_get_path (self->store),
                                                PAGE_SIZE, READ_AHEAD_PAGES);
      self->changed_id = g_signal_connect_object (self->database, "changed",
                                                  G_CALLBACK (database_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
      break;

    case PROP_FROM_DAY:
      buurt_agenda_model_set_from_day (self, g_value_get_string (value));
      break;

    case PROP_SEARCH:
      buurt_agenda_model_set_search (self, g_value_get_string (value));
      break;

    case PROP_SHOW_CANCELLED:
      buurt_agenda_model_set_show_cancelled (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buurt_agenda_model_constructed (GObject *object)
{
  BuurtAgendaModel *self = BUURT_AGENDA_MODEL (object);

  G_OBJECT_CLASS (buurt_agenda_model_parent_class)->constructed (object);

  buurt_agenda_model_refresh (self);
}

static void
buurt_agenda_model_class_init (BuurtAgendaModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = buurt_agenda_model_constructed;
  object_class->dispose = buurt_agenda_model_dispose;
  object_class->finalize = buurt_agenda_model_finalize;
  object_class->get_property = buurt_agenda_model_get_property;
  object_class->set_property = buurt_agenda_model_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         BUURT_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FROM_DAY] =
    g_param_spec_string ("from-day", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHOW_CANCELLED] =
    g_param_spec_boolean ("show-cancelled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COUNTING] =
    g_param_spec_boolean ("counting", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buurt_agenda_model_init (BuurtAgendaModel *self)
{
  self->from_day = buurt_today ();
  self->show_cancelled = TRUE;
  self->filter = (BuurtAgendaQuery) BUURT_AGENDA_QUERY_INIT (NULL);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * buurt_agenda_model_new:
 * @database: the database context to read from
 *
 * Returns: (transfer full): the agenda from today on
 */
BuurtAgendaModel *
buurt_agenda_model_new (BuurtDatabase *database)
{
  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  return g_object_new (BUURT_TYPE_AGENDA_MODEL, "database", database, NULL);
}

/**
 * buurt_agenda_model_get_database:
 *
 * Returns: (transfer none): the database context
 */
BuurtDatabase *
buurt_agenda_model_get_database (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), NULL);

  return self->database;
}

const char *
buurt_agenda_model_get_from_day (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), NULL);

  return self->from_day;
}

/**
 * buurt_agenda_model_set_from_day:
 * @from_day: a local date, "YYYY-MM-DD"
 *
 * Makes the agenda start at @from_day.
 */
void
buurt_agenda_model_set_from_day (BuurtAgendaModel *self,
                                 const char       *from_day)
{
  g_return_if_fail (BUURT_IS_AGENDA_MODEL (self));
  g_return_if_fail (from_day != NULL);

  if (g_strcmp0 (self->from_day, from_day) == 0)
    return;

  g_free (self->from_day);
  self->from_day = g_strdup (from_day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_DAY]);

  /* Looking near or past the horizon brings the dates of series there. */
  if (self->database != NULL)
    buurt_horizon_ensure_day (buurt_database_get_horizon (self->database), from_day);

  if (self->store != NULL)
    buurt_agenda_model_refresh (self);
}

static void
set_n_items (BuurtAgendaModel *self,
             guint             n_items)
{
  guint old_n_items = self->n_items;

  if (old_n_items == n_items)
    return;

  /* The rows already shown stay; the rest come or go at the end. */
  self->n_items = n_items;
  if (n_items > old_n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n_items, 0, n_items - old_n_items);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), n_items, old_n_items - n_items, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
forget_count (BuurtAgendaModel *self)
{
  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  g_clear_handle_id (&self->apply_count_id, g_source_remove);
  g_clear_pointer (&self->days, g_array_unref);
}

static void
count_wait_free (gpointer data)
{
  CountWait *wait = data;

  g_weak_ref_clear (&wait->model);
  g_clear_object (&wait->cancellable);
  g_clear_pointer (&wait->count, buurt_agenda_count_free);
  g_free (wait);
}

/* (transfer full): the model @wait is for, when it is still there and still
 * waits for this count; else %NULL */
static BuurtAgendaModel *
count_wait_get_model (CountWait *wait)
{
  g_autoptr(BuurtAgendaModel) self = g_weak_ref_get (&wait->model);

  if (self == NULL || g_cancellable_is_cancelled (wait->cancellable) ||
      self->counting != wait->cancellable)
    return NULL;

  return g_steal_pointer (&self);
}

static gboolean
apply_count_cb (gpointer user_data)
{
  CountWait *wait = user_data;
  g_autoptr(BuurtAgendaModel) self = count_wait_get_model (wait);
  BuurtAgendaCount *count = wait->count;
  guint changed_first = 0;

  if (self == NULL)
    return G_SOURCE_REMOVE;

  self->apply_count_id = 0;
  g_clear_object (&self->counting);
  g_clear_pointer (&self->days, g_array_unref);
  self->days = g_steal_pointer (&count->days);

  for (guint page = 0; count->pages != NULL && page < count->pages->len; page++)
    {
      GPtrArray *rows = g_ptr_array_index (count->pages, page);
      guint changed = install_page (self, page, g_ptr_array_ref (rows));

      changed_first = MAX (changed_first, changed);
    }
  set_n_items (self, count->n_rows);
  /* The counting thread read after another program changed the agenda: the
   * first rows shown are redrawn from what it read. */
  if (changed_first > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, MIN (changed_first, self->n_items),
                                MIN (changed_first, self->n_items));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING]);

  return G_SOURCE_REMOVE;
}

static void
count_done (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CountWait *wait = user_data;
  g_autoptr(BuurtAgendaModel) self = count_wait_get_model (wait);
  g_autoptr(GError) error = NULL;

  /* A cancelled count has no model waiting for it: see count_wait_get_model(). */
  wait->count = buurt_agenda_counter_count_finish (BUURT_AGENDA_COUNTER (source_object), result, &error);
  if (self != NULL && wait->count == NULL)
    {
      g_warning ("Could not count the agenda: %s", error != NULL ? error->message : "no reason given");
      g_clear_object (&self->counting);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING]);
    }
  if (self == NULL || wait->count == NULL)
    {
      count_wait_free (wait);
      return;
    }

  /* The first rows of a change are drawn before the rest are added: adding
   * them costs the list a widget each, which would delay that frame. An
   * idle source of lower priority than GTK's drawing lets it go first. */
  self->apply_count_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_count_cb,
                                          wait, count_wait_free);
}

/**
 * buurt_agenda_model_refresh:
 *
 * Reads the agenda again and drops what was cached, telling the views that
 * every row changed. The first page is there at once; when there are more
 * rows, they are counted in a thread and added when that is done (see
 * #BuurtAgendaModel:counting).
 */
void
buurt_agenda_model_refresh (BuurtAgendaModel *self)
{
  g_autoptr(GError) error = NULL;
  guint old_n_items = self->n_items;
  gboolean was_counting = self->counting != NULL;
  BuurtAgendaQuery query;
  GPtrArray *first_page;
  CountWait *wait;

  g_return_if_fail (BUURT_IS_AGENDA_MODEL (self));

  forget_count (self);
  g_hash_table_remove_all (self->pages);

  query = make_query (self);
  first_page = buurt_store_fetch_agenda (self->store, &query, 0, FIRST_ROWS, &error);
  if (first_page == NULL)
    {
      g_warning ("Could not read the agenda: %s", error != NULL ? error->message : "no reason given");
      first_page = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (0), first_page);

  self->n_items = first_page->len;
  if (old_n_items != 0 || self->n_items != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  /* Fewer rows than asked for are all there are. */
  if (first_page->len < FIRST_ROWS)
    {
      if (was_counting)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING]);
      return;
    }

  self->counting = g_cancellable_new ();
  wait = g_new0 (CountWait, 1);
  g_weak_ref_init (&wait->model, self);
  wait->cancellable = g_object_ref (self->counting);
  buurt_agenda_counter_count_async (self->counter, &query, self->counting, count_done, wait);

  if (!was_counting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING]);
}

/**
 * buurt_agenda_model_get_counting:
 *
 * Returns: whether the rows after the first page are still being counted
 */
gboolean
buurt_agenda_model_get_counting (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), FALSE);

  return self->counting != NULL;
}

const char *
buurt_agenda_model_get_search (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), NULL);

  return self->search;
}

/**
 * buurt_agenda_model_set_search:
 * @search: (nullable): the words to look for, or %NULL for everything
 */
void
buurt_agenda_model_set_search (BuurtAgendaModel *self,
                               const char       *search)
{
  g_return_if_fail (BUURT_IS_AGENDA_MODEL (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);

  if (self->store != NULL)
    buurt_agenda_model_refresh (self);
}

gboolean
buurt_agenda_model_get_show_cancelled (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), FALSE);

  return self->show_cancelled;
}

void
buurt_agenda_model_set_show_cancelled (BuurtAgendaModel *self,
                                       gboolean          show_cancelled)
{
  g_return_if_fail (BUURT_IS_AGENDA_MODEL (self));

  show_cancelled = !!show_cancelled;
  if (self->show_cancelled == show_cancelled)
    return;

  self->show_cancelled = show_cancelled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CANCELLED]);

  if (self->store != NULL)
    buurt_agenda_model_refresh (self);
}

/**
 * buurt_agenda_model_set_filter:
 * @filter: the place, category, target group and status to show; its
 *   day, search and show-cancelled fields are ignored
 */
void
buurt_agenda_model_set_filter (BuurtAgendaModel       *self,
                               const BuurtAgendaQuery *filter)
{
  g_return_if_fail (BUURT_IS_AGENDA_MODEL (self));
  g_return_if_fail (filter != NULL);

  if (self->filter.kern_id == filter->kern_id &&
      self->filter.neighbourhood_id == filter->neighbourhood_id &&
      self->filter.venue_id == filter->venue_id &&
      self->filter.category == filter->category &&
      self->filter.target_groups == filter->target_groups &&
      self->filter.status == filter->status)
    return;

  self->filter = *filter;
  self->filter.from_day = NULL;
  self->filter.search = NULL;

  if (self->store != NULL)
    buurt_agenda_model_refresh (self);
}

/**
 * buurt_agenda_model_get_filter:
 *
 * Returns: (transfer none): the filters in use
 */
const BuurtAgendaQuery *
buurt_agenda_model_get_filter (BuurtAgendaModel *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), NULL);

  return &self->filter;
}

/**
 * buurt_agenda_model_find_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: the position of the first row on or after @day, or the number
 *   of rows when there is none
 */
guint
buurt_agenda_model_find_day (BuurtAgendaModel *self,
                             const char       *day)
{
  g_autoptr(GError) error = NULL;
  BuurtAgendaQuery query;
  gint64 all, after;

  g_return_val_if_fail (BUURT_IS_AGENDA_MODEL (self), 0);

  if (g_strcmp0 (day, self->from_day) <= 0)
    return 0;

  if (self->days != NULL)
    {
      for (guint i = 0; i < self->days->len; i++)
        if (g_strcmp0 (g_array_index (self->days, BuurtAgendaDay, i).day, day) >= 0)
          return (guint) g_array_index (self->days, BuurtAgendaDay, i).before;
      return self->n_items;
    }

  /* Rows from from_day on, less rows from day on, are the rows before day. */
  query = make_query (self);
  all = buurt_store_count_agenda (self->store, &query, &error);
  query.from_day = day;
  after = all >= 0 ? buurt_store_count_agenda (self->store, &query, &error) : -1;
  if (after < 0)
    g_warning ("Could not count the agenda: %s", error != NULL ? error->message : "no reason given");

  return after < 0 ? 0 : (guint) CLAMP (all - after, 0, self->n_items);
}

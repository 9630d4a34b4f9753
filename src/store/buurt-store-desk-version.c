/* buurt-store-desk-version.c: version vectors of records that travel between desks
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <string.h>

#include "buurt-store-desks.h"

/*
 * A version vector says, for each desk that ever changed a record, the
 * counter of that desk's last change to it. One version is before another
 * when none of its counters is higher; two versions where each has a higher
 * counter somewhere were changed on both desks without one seeing the other:
 * a conflict. The text form is "desk-id:counter;..." sorted by desk id, so
 * equal versions are equal strings.
 */

typedef struct
{
  char   *desk;
  gint64  counter;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->desk);
}

static GArray *
parse (const char *text)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);

  g_array_set_clear_func (entries, entry_clear);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *colon = strrchr (parts[i], ':');
      Entry entry;

      if (colon == NULL || colon == parts[i])
        continue;
      entry.desk = g_strndup (parts[i], colon - parts[i]);
      entry.counter = g_ascii_strtoll (colon + 1, NULL, 10);
      if (entry.counter > 0)
        g_array_append_val (entries, entry);
      else
        g_free (entry.desk);
    }

  return entries;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *) a)->desk, ((const Entry *) b)->desk);
}

static char *
unparse (GArray *entries)
{
  GString *text = g_string_new (NULL);

  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (i > 0 && g_str_equal (entry->desk, g_array_index (entries, Entry, i - 1).desk))
        continue;
      g_string_append_printf (text, "%s%s:%" G_GINT64_FORMAT,
                              text->len > 0 ? ";" : "", entry->desk, entry->counter);
    }

  return g_string_free (text, FALSE);
}

static gint64
lookup (GArray     *entries,
        const char *desk)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, Entry, i).desk, desk))
      return g_array_index (entries, Entry, i).counter;

  return 0;
}

/**
 * buurt_desk_version_compare:
 *
 * Returns: how @a stands to @b: equal, before (@b saw everything @a did),
 *   after, or concurrent (each saw changes the other did not)
 */
BuurtDeskOrder
buurt_desk_version_compare (const char *a,
                            const char *b)
{
  g_autoptr(GArray) va = parse (a);
  g_autoptr(GArray) vb = parse (b);
  gboolean a_higher = FALSE;
  gboolean b_higher = FALSE;

  for (guint i = 0; i < va->len; i++)
    if (g_array_index (va, Entry, i).counter > lookup (vb, g_array_index (va, Entry, i).desk))
      a_higher = TRUE;
  for (guint i = 0; i < vb->len; i++)
    if (g_array_index (vb, Entry, i).counter > lookup (va, g_array_index (vb, Entry, i).desk))
      b_higher = TRUE;

  if (a_higher && b_higher)
    return BUURT_DESK_ORDER_CONCURRENT;
  if (a_higher)
    return BUURT_DESK_ORDER_AFTER;
  if (b_higher)
    return BUURT_DESK_ORDER_BEFORE;
  return BUURT_DESK_ORDER_EQUAL;
}

/**
 * buurt_desk_version_merge:
 *
 * Returns: (transfer full): the highest counter of each desk in @a or @b
 */
char *
buurt_desk_version_merge (const char *a,
                          const char *b)
{
  g_autoptr(GArray) va = parse (a);
  g_autoptr(GArray) vb = parse (b);

  for (guint i = 0; i < vb->len; i++)
    {
      Entry *entry = &g_array_index (vb, Entry, i);
      gboolean found = FALSE;

      for (guint j = 0; j < va->len; j++)
        if (g_str_equal (g_array_index (va, Entry, j).desk, entry->desk))
          {
            Entry *mine = &g_array_index (va, Entry, j);

            mine->counter = MAX (mine->counter, entry->counter);
            found = TRUE;
          }
      if (!found)
        {
          Entry copy = { g_strdup (entry->desk), entry->counter };

          g_array_append_val (va, copy);
        }
    }

  return unparse (va);
}

/**
 * buurt_desk_version_set:
 *
 * Returns: (transfer full): @version with @desk_id's counter set to @counter
 */
char *
buurt_desk_version_set (const char *version,
                        const char *desk_id,
                        gint64      counter)
{
  g_autoptr(GArray) entries = parse (version);
  gboolean found = FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, Entry, i).desk, desk_id))
      {
        g_array_index (entries, Entry, i).counter = counter;
        found = TRUE;
      }
  if (!found)
    {
      Entry entry = { g_strdup (desk_id), counter };

      g_array_append_val (entries, entry);
    }

  return unparse (entries);
}

/**
 * buurt_desk_version_get:
 *
 * Returns: @desk_id's counter in @version, 0 when it has none
 */
gint64
buurt_desk_version_get (const char *version,
                        const char *desk_id)
{
  g_autoptr(GArray) entries = parse (version);

  return lookup (entries, desk_id);
}

/**
 * buurt_desk_version_covered:
 * @knowledge: what a desk has seen: the highest counter of each desk
 *
 * Returns: whether a desk with @knowledge has seen @version (or a later one)
 */
gboolean
buurt_desk_version_covered (const char *version,
                            const char *knowledge)
{
  BuurtDeskOrder order = buurt_desk_version_compare (version, knowledge);

  return order == BUURT_DESK_ORDER_BEFORE || order == BUURT_DESK_ORDER_EQUAL;
}

/**
 * buurt_desk_version_desks:
 *
 * Returns: (transfer full): the desk ids in @version, sorted
 */
GStrv
buurt_desk_version_desks (const char *version)
{
  g_autoptr(GArray) entries = parse (version);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    g_strv_builder_add (builder, g_array_index (entries, Entry, i).desk);

  return g_strv_builder_end (builder);
}

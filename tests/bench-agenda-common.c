/* bench-agenda-common.c: what both sides of the agenda benchmark agree on
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bench-agenda.h"

/* Typing these words one letter at a time, then clearing the entry, gives
 * the keystrokes of the search benchmark: words the example data has and
 * words it has not, short ones that go to LIKE, an accented one and two
 * words. */
static const char *search_words[] = {
  "koffie", "taal", "wandel", "xylofoon", "brei", "senior", "dronten",
  "café", "zeppelin", "bingo", "repair cafe",
};

/* Complete words the example data has dates of, and words it has none of:
 * the functional check of the search. */
const char *present_words[] = { "koffie", "taal", "wandel", "brei", "senior", "bingo" };
const guint n_present_words = G_N_ELEMENTS (present_words);
const char *absent_words[] = { "xylofoon", "zeppelin" };
const guint n_absent_words = G_N_ELEMENTS (absent_words);

/* Helpers shared by both sides */

double
ms_between (gint64 start,
            gint64 end)
{
  return (end - start) / 1000.0;
}

char *
day_after_today (guint days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The keystrokes: every prefix of every word, then an empty entry. */
GPtrArray *
search_keystrokes (void)
{
  GPtrArray *keystrokes = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < G_N_ELEMENTS (search_words); w++)
    {
      const char *word = search_words[w];
      const char *end = word;

      do
        {
          end = g_utf8_next_char (end);
          g_ptr_array_add (keystrokes, g_strndup (word, end - word));
        }
      while (*end != '\0');

      g_ptr_array_add (keystrokes, g_strdup (""));
    }

  return keystrokes;
}

/* The days to jump to: seeded, within the coming year. */
GStrv
jump_days (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < N_JUMPS; i++)
    {
      g_autofree char *day = day_after_today (g_rand_int_range (rand, 1, 365));

      g_strv_builder_add (builder, day);
    }

  return g_strv_builder_end (builder);
}

/* The rows to scroll to: seeded, spread over @n_items. */
GArray *
scroll_positions (guint n_items)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + 1);
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < N_SCROLLS && n_items > 0; i++)
    {
      guint position = g_rand_int_range (rand, 0, n_items);

      g_array_append_val (positions, position);
    }

  return positions;
}

gboolean
strv_contains_word (const char * const *words,
                    guint               n_words,
                    const char         *word)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (words[i], word))
      return TRUE;

  return FALSE;
}

/* buurt-exchange-agenda.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-csv-values.h"
#include "buurt-database-private.h"
#include "buurt-exchange-agenda.h"
#include "buurt-format.h"
#include "buurt-money.h"

#include <stdio.h>

/* Rows read at once; the agenda of a year is a few thousand. */
#define CHUNK 500

/**
 * buurt_exchange_collect_agenda:
 * @query: what the agenda shows: its first day, filters and search
 * @to_day: (nullable): the last local day, "YYYY-MM-DD"; %NULL for all
 *   days up to the agenda's horizon
 *
 * The dates the agenda would show for @query, in its order, up to @to_day:
 * what an export, a printed week and a newsletter hold.
 *
 * Returns: (transfer full) (element-type BuurtOccurrence) (nullable): the
 *   dates, or %NULL with @error
 */
GPtrArray *
buurt_exchange_collect_agenda (BuurtDatabase          *database,
                               const BuurtAgendaQuery *query,
                               const char             *to_day,
                               GError                **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (query != NULL && query->from_day != NULL, NULL);

  for (guint offset = 0; ; offset += CHUNK)
    {
      g_autoptr(GPtrArray) chunk = buurt_store_fetch_agenda (store, query, offset, CHUNK, error);

      if (chunk == NULL)
        return NULL;

      for (guint i = 0; i < chunk->len; i++)
        {
          BuurtOccurrence *occurrence = g_ptr_array_index (chunk, i);

          if (to_day != NULL && g_strcmp0 (buurt_occurrence_get_day (occurrence), to_day) > 0)
            return g_steal_pointer (&all);
          g_ptr_array_add (all, g_object_ref (occurrence));
        }

      if (chunk->len < CHUNK)
        break;
    }

  return g_steal_pointer (&all);
}

/**
 * buurt_exchange_occurrence_key:
 *
 * @place: "Venue, room" or the free-text location, as
 *   buurt_occurrence_dup_place() gives it
 *
 * Returns: (transfer full): what makes a date the same one again: its
 *   title, start and place, folded
 */
char *
buurt_exchange_occurrence_key (const char *title,
                               GDateTime  *starts_at,
                               const char *place)
{
  g_autofree char *folded_title = buurt_csv_fold (title);
  g_autofree char *folded_place = buurt_csv_fold (place);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (starts_at);
  g_autofree char *start = g_date_time_format (utc, "%FT%H:%M");

  return g_strconcat (folded_title, "\n", start, "\n", folded_place, NULL);
}

/* Words for values as Dutch spreadsheets have them, folded. */
static const struct
{
  GType      (*get_type) (void);
  guint        value;
  const char  *word;
} aliases[] = {
  { buurt_category_get_type, BUURT_CATEGORY_MEETING, "ontmoeting" },
  { buurt_category_get_type, BUURT_CATEGORY_MEETING, "ontmoeten" },
  { buurt_category_get_type, BUURT_CATEGORY_SPORTS, "sport" },
  { buurt_category_get_type, BUURT_CATEGORY_SPORTS, "bewegen" },
  { buurt_category_get_type, BUURT_CATEGORY_CULTURE, "cultuur" },
  { buurt_category_get_type, BUURT_CATEGORY_CULTURE, "creatief" },
  { buurt_category_get_type, BUURT_CATEGORY_LEARNING, "leren" },
  { buurt_category_get_type, BUURT_CATEGORY_LEARNING, "taal" },
  { buurt_category_get_type, BUURT_CATEGORY_LEARNING, "cursus" },
  { buurt_category_get_type, BUURT_CATEGORY_CARE, "zorg" },
  { buurt_category_get_type, BUURT_CATEGORY_CARE, "welzijn" },
  { buurt_category_get_type, BUURT_CATEGORY_NATURE, "natuur" },
  { buurt_category_get_type, BUURT_CATEGORY_NATURE, "groen" },
  { buurt_category_get_type, BUURT_CATEGORY_FOOD, "eten" },
  { buurt_category_get_type, BUURT_CATEGORY_FOOD, "eten en drinken" },
  { buurt_category_get_type, BUURT_CATEGORY_CHILDREN, "kinderen" },
  { buurt_category_get_type, BUURT_CATEGORY_OTHER, "overig" },
  { buurt_category_get_type, BUURT_CATEGORY_OTHER, "anders" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_CHILDREN, "kinderen" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_YOUTH, "jongeren" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_YOUTH, "jeugd" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_ADULTS, "volwassenen" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_SENIORS, "senioren" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_SENIORS, "ouderen" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_FAMILIES, "gezinnen" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_EVERYONE, "iedereen" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_EVERYONE, "alle" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_NEWCOMERS, "nieuwkomers" },
  { buurt_target_group_get_type, BUURT_TARGET_GROUP_DISABILITY, "mensen met een beperking" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_COMMUNITY_CENTRE, "buurthuis" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_COMMUNITY_CENTRE, "wijkcentrum" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_COMMUNITY_CENTRE, "dorpshuis" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_MFC, "mfc" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_CHURCH, "kerk" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_SCHOOL, "school" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_LIBRARY, "bibliotheek" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_SPORTS, "sporthal" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_SPORTS, "sport" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_OUTDOOR, "buiten" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_OTHER, "anders" },
  { buurt_venue_kind_get_type, BUURT_VENUE_KIND_OTHER, "overig" },
};

static gboolean
matches (const char *folded,
         const char *word)
{
  g_autofree char *other = buurt_csv_fold (word);

  return g_strcmp0 (folded, other) == 0;
}

/**
 * buurt_exchange_word_to_value:
 * @type: an enumeration or a flags type of buurt-enums.h
 * @word: what a cell holds: the stored word ("sports"), the label in the
 *   user's language ("Sports and exercise") or a common Dutch word ("sport")
 * @value: (out): the value (one flag for a flags type)
 *
 * Returns: %TRUE when @word names a value of @type
 */
gboolean
buurt_exchange_word_to_value (GType       type,
                              const char *word,
                              guint      *value)
{
  g_autofree char *folded = buurt_csv_fold (word);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        if (matches (folded, klass->values[i].value_nick) ||
            matches (folded, buurt_enum_to_label (type, (guint) klass->values[i].value)))
          {
            *value = (guint) klass->values[i].value;
            return TRUE;
          }
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != 0 &&
            (matches (folded, klass->values[i].value_nick) ||
             matches (folded, buurt_enum_to_label (type, klass->values[i].value))))
          {
            *value = klass->values[i].value;
            return TRUE;
          }
    }

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (aliases[i].get_type () == type && g_strcmp0 (folded, aliases[i].word) == 0)
      {
        *value = aliases[i].value;
        return TRUE;
      }

  return FALSE;
}

/**
 * buurt_exchange_free_or_cost:
 *
 * Returns: (transfer full): "Free" in words, or the amount ("€ 3,50")
 */
char *
buurt_exchange_free_or_cost (gint64 cost_cents)
{
  if (cost_cents <= 0)
    return g_strdup (_("Free"));
  return buurt_money_format (cost_cents);
}

static GDateTime *
noon_of (const char *day)
{
  int year, month, date;

  if (day == NULL || sscanf (day, "%d-%d-%d", &year, &month, &date) != 3)
    return NULL;
  return g_date_time_new_utc (year, month, date, 12, 0, 0);
}

/**
 * buurt_exchange_format_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the day in full, with a capital, such as
 *   "Tuesday 9 March 2027": paper and newsletters are read later, so never
 *   "Today"
 */
char *
buurt_exchange_format_day (const char *day)
{
  g_autoptr(GDateTime) date = noon_of (day);
  g_autofree char *text = NULL;
  char first[7] = { 0 };

  if (date == NULL)
    return g_strdup (day != NULL ? day : "");

  text = buurt_format_date (date);
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/**
 * buurt_exchange_period_title:
 * @first: the first local day, "YYYY-MM-DD"
 * @last: (nullable): the last one
 *
 * Returns: (transfer full): a heading such as "Agenda 8 – 14 March 2027"
 */
char *
buurt_exchange_period_title (const char *first,
                             const char *last)
{
  g_autoptr(GDateTime) from = noon_of (first);
  g_autoptr(GDateTime) to = noon_of (last);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  if (from == NULL)
    return g_strdup (_("Agenda"));

  /* Translators: a day in a heading, see strftime(3); e.g. "14 March 2027" */
  to_text = g_date_time_format (to != NULL ? to : from, _("%-d %B %Y"));
  if (to == NULL)
    /* Translators: %s is a day */
    return g_strdup_printf (_("Agenda from %s"), to_text);

  if (g_date_time_get_year (from) == g_date_time_get_year (to) &&
      g_date_time_get_month (from) == g_date_time_get_month (to))
    from_text = g_date_time_format (from, "%-d");
  else if (g_date_time_get_year (from) == g_date_time_get_year (to))
    /* Translators: a day in a heading, see strftime(3); e.g. "8 March" */
    from_text = g_date_time_format (from, _("%-d %B"));
  else
    from_text = g_date_time_format (from, _("%-d %B %Y"));

  /* Translators: the first and last day of a printed agenda */
  return g_strdup_printf (_("Agenda %s – %s"), from_text, to_text);
}

/**
 * buurt_exchange_agenda_title:
 * @query: what the agenda shows
 * @first: the first local day
 * @last: (nullable): the last one
 *
 * Returns: (transfer full): buurt_exchange_period_title() with the venue or
 *   town the agenda is filtered on: "Agenda 8 – 14 March 2027 · Dronten"
 */
char *
buurt_exchange_agenda_title (BuurtDatabase          *database,
                             const BuurtAgendaQuery *query,
                             const char             *first,
                             const char             *last)
{
  g_autofree char *period = buurt_exchange_period_title (first, last);
  g_autoptr(BuurtEntity) place = NULL;

  if (query->venue_id > 0)
    place = buurt_database_load (database, BUURT_TYPE_VENUE, query->venue_id, NULL);
  else if (query->neighbourhood_id > 0)
    place = buurt_database_load (database, BUURT_TYPE_NEIGHBOURHOOD, query->neighbourhood_id, NULL);
  else if (query->kern_id > 0)
    place = buurt_database_load (database, BUURT_TYPE_KERN, query->kern_id, NULL);

  if (place == NULL)
    return g_steal_pointer (&period);
  /* Translators: a printed agenda's heading and the place it is for */
  return g_strdup_printf (_("%s · %s"), period, buurt_entity_get_string (place, "name"));
}

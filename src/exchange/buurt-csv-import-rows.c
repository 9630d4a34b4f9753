/* buurt-csv-import-rows.c: checking the lines, and writing the good ones
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-csv-import-private.h"
#include "buurt-csv-values.h"
#include "buurt-database-private.h"
#include "buurt-exchange-agenda.h"
#include "buurt-exchange-error.h"
#include "buurt-format.h"

/* An activity without an end time in the file takes this long. */
#define DEFAULT_MINUTES 120

#define KEY_KEY "buurt-csv-key"

void
buurt_csv_venue_row_clear (gpointer data)
{
  BuurtCsvVenueRow *row = data;

  g_clear_object (&row->venue);
  g_clear_object (&row->room);
}

/* Entities of @type by folded name (a room's with its venue's id). */
GHashTable *
buurt_csv_by_name (BuurtDatabase *database,
         GType          type,
         const char    *property)
{
  g_autoptr(GListModel) list = buurt_database_list (database, type, NULL);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (list, i);
      g_autofree char *key = buurt_csv_fold (buurt_entity_get_string (entity, property));

      if (g_str_equal (key, ""))
        continue;
      /* A room's name is only unique in its venue. */
      if (g_type_is_a (type, BUURT_TYPE_ROOM))
        {
          char *with_venue = g_strdup_printf ("%" G_GINT64_FORMAT "|%s",
                                              buurt_entity_get_int (entity, "venue-id"), key);
          g_free (key);
          key = with_venue;
        }
      if (!g_hash_table_contains (table, key))
        g_hash_table_insert (table, g_steal_pointer (&key), g_object_ref (entity));
    }
  return table;
}

static char *
room_key (gint64      venue_id,
          const char *room)
{
  g_autofree char *folded = buurt_csv_fold (room);

  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", venue_id, folded);
}

/* The keys of the dates the agenda has from @first to @last. */
static GHashTable *
existing_keys (BuurtDatabase *database,
               const char    *first,
               const char    *last)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  BuurtAgendaQuery query = BUURT_AGENDA_QUERY_INIT (first);
  g_autoptr(GPtrArray) dates = NULL;

  if (first == NULL)
    return keys;

  dates = buurt_exchange_collect_agenda (database, &query, last, NULL);
  for (guint i = 0; dates != NULL && i < dates->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (dates, i);
      g_autofree char *place = buurt_occurrence_dup_place (occurrence);
      GDateTime *starts_at = buurt_occurrence_get_starts_at (occurrence);

      g_hash_table_add (keys, buurt_exchange_occurrence_key (buurt_occurrence_get_title (occurrence),
                                                             starts_at, place));
    }
  return keys;
}

typedef struct
{
  GHashTable *venues;   /* folded name -> BuurtVenue */
  GHashTable *rooms;    /* "venue-id|folded name" -> BuurtRoom */
} Places;

static void
places_clear (Places *places)
{
  g_clear_pointer (&places->venues, g_hash_table_unref);
  g_clear_pointer (&places->rooms, g_hash_table_unref);
}

/* Finds the room of "Venue" + "Room", or of "Venue, Room" in one cell. */
static BuurtEntity *
find_room (Places     *places,
           const char *location,
           const char *room)
{
  g_autofree char *folded = buurt_csv_fold (location);
  BuurtEntity *venue = g_hash_table_lookup (places->venues, folded);

  if (venue != NULL && *room != '\0')
    {
      g_autofree char *key = room_key (buurt_entity_get_id (venue), room);

      return g_hash_table_lookup (places->rooms, key);
    }

  if (*room == '\0')
    for (const char *comma = strstr (location, ", "); comma != NULL; comma = strstr (comma + 1, ", "))
      {
        g_autofree char *name = g_strndup (location, (gsize) (comma - location));
        g_autofree char *folded_name = buurt_csv_fold (name);
        BuurtEntity *in = g_hash_table_lookup (places->venues, folded_name);

        if (in != NULL)
          {
            g_autofree char *key = room_key (buurt_entity_get_id (in), comma + 2);
            BuurtEntity *found = g_hash_table_lookup (places->rooms, key);

            if (found != NULL)
              return found;
          }
      }

  return NULL;
}

static GDateTime *
local_time (const GDate *date,
            int          hour,
            int          minute)
{
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (BUURT_DEFAULT_TZID);

  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

/* Reads the start column when it holds the date too ("9-3-2027 19:30"). */
static gboolean
split_date_time (const char  *text,
                 GDate       *date,
                 char       **time,
                 GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *space = strchr (copy, ' ');

  if (space == NULL)
    space = strchr (copy, 'T');
  *time = g_strdup (space != NULL ? space + 1 : "");
  if (space != NULL)
    *space = '\0';
  return buurt_csv_parse_date (copy, date, error);
}

/* Checks one line of activities; returns the activity, or NULL after
 * adding the problems. */
static BuurtActivity *
check_activity (BuurtCsvImport *self,
                BuurtCsvRecord *record,
                Places         *places,
                char          **day_out)
{
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start_time = NULL;
  g_autofree char *place = NULL;
  g_autofree char *title_copy = NULL;
  const char *title, *date_text, *start_text, *end_text, *location, *room_name, *text;
  int title_column, date_column, start_column, end_column, column;
  guint n_problems = self->problems->len;
  guint n_columns = buurt_csv_import_get_n_columns (self);
  BuurtEntity *room;
  GDate date;
  int hour = 0, minute = 0, end_hour = 0, end_minute = 0;
  gboolean all_day;
  guint category = BUURT_CATEGORY_OTHER;
  guint groups = 0;
  gint64 cost = 0;

  if (record->n_fields < n_columns)
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("this line has %u column where the first line has %u",
                                   "this line has %u columns where the first line has %u",
                                   record->n_fields),
                         record->n_fields, n_columns);

      buurt_csv_import_add_problem (self, record->line, G_MAXUINT, message);
      return NULL;
    }

  title = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_TITLE, &title_column);
  title_copy = g_strstrip (g_strdup (title));
  date_text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_DATE, &date_column);
  start_text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_START, &start_column);
  end_text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_END, &end_column);

  if (title_column < 0)
    buurt_csv_import_add_problem (self, record->line, G_MAXUINT,
                                  _("no column holds the title"));
  else if (*title_copy == '\0')
    buurt_csv_import_add_problem (self, record->line, (guint) title_column,
                                  _("the title is empty"));

  if (date_column >= 0 && *date_text != '\0')
    {
      if (!buurt_csv_parse_date (date_text, &date, &error))
        buurt_csv_import_add_problem (self, record->line, (guint) date_column, error->message);
      start_time = g_strdup (start_text);
    }
  else if (start_column >= 0 && *start_text != '\0')
    {
      if (!split_date_time (start_text, &date, &start_time, &error))
        buurt_csv_import_add_problem (self, record->line, (guint) start_column, error->message);
    }
  else
    {
      buurt_csv_import_add_problem (self, record->line, date_column >= 0 ? (guint) date_column : G_MAXUINT,
                                    _("the date is missing"));
      g_date_clear (&date, 1);
    }
  g_clear_error (&error);

  all_day = start_time == NULL || *g_strstrip (start_time) == '\0';
  if (!all_day && !buurt_csv_parse_time (start_time, &hour, &minute, &error))
    buurt_csv_import_add_problem (self, record->line, (guint) start_column, error->message);
  g_clear_error (&error);

  if (!all_day && *end_text != '\0')
    {
      g_autofree char *end_time = NULL;
      g_autofree char *end_copy = g_strstrip (g_strdup (end_text));
      GDate end_date;

      /* An end with its own date ("9-3-2027 22:00") gives the time */
      if (strchr (end_copy, ' ') != NULL)
        split_date_time (end_text, &end_date, &end_time, NULL);
      if (!buurt_csv_parse_time (end_time != NULL ? end_time : end_text, &end_hour, &end_minute, &error))
        buurt_csv_import_add_problem (self, record->line, (guint) end_column, error->message);
    }
  else if (!all_day)
    {
      end_hour = -1;
    }
  g_clear_error (&error);

  text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_CATEGORY, &column);
  if (*text != '\0' && !buurt_exchange_word_to_value (BUURT_TYPE_CATEGORY, text, &category))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a category"), text);

      buurt_csv_import_add_problem (self, record->line, (guint) column, message);
    }

  text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_TARGET_GROUPS, &column);
  if (*text != '\0')
    {
      g_auto(GStrv) words = g_strsplit_set (text, ",/+&;", -1);

      for (guint i = 0; words[i] != NULL; i++)
        {
          guint group;

          if (*g_strstrip (words[i]) == '\0')
            continue;
          if (buurt_exchange_word_to_value (BUURT_TYPE_TARGET_GROUP, words[i], &group))
            groups |= group;
          else
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not a target group"), words[i]);

              buurt_csv_import_add_problem (self, record->line, (guint) column, message);
            }
        }
    }

  text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_COST, &column);
  if (!buurt_csv_parse_money (text, &cost, &error))
    buurt_csv_import_add_problem (self, record->line, (guint) column, error->message);
  g_clear_error (&error);

  if (self->problems->len > n_problems)
    return NULL;

  if (all_day)
    {
      GDate next = date;

      g_date_add_days (&next, 1);
      starts_at = local_time (&date, 0, 0);
      ends_at = local_time (&next, 0, 0);
    }
  else
    {
      starts_at = local_time (&date, hour, minute);
      if (end_hour < 0)
        ends_at = g_date_time_add_minutes (starts_at, DEFAULT_MINUTES);
      else
        {
          ends_at = local_time (&date, end_hour, end_minute);
          /* 20:00 to 01:00 ends the next day */
          if (g_date_time_compare (ends_at, starts_at) < 0)
            {
              GDateTime *next = g_date_time_add_days (ends_at, 1);

              g_date_time_unref (ends_at);
              ends_at = next;
            }
        }
    }

  if (starts_at == NULL || ends_at == NULL || g_date_time_compare (ends_at, starts_at) <= 0)
    {
      buurt_csv_import_add_problem (self, record->line, end_column >= 0 ? (guint) end_column : G_MAXUINT,
                                    _("the end is not after the start"));
      return NULL;
    }

  location = g_strstrip (g_strdup (buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_LOCATION, NULL)));
  room_name = g_strstrip (g_strdup (buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_ROOM, NULL)));
  room = find_room (places, location, room_name);
  if (room != NULL)
    {
      gint64 venue_id = buurt_entity_get_int (room, "venue-id");
      BuurtEntity *venue = NULL;
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, places->venues);
      while (venue == NULL && g_hash_table_iter_next (&iter, NULL, &value))
        if (buurt_entity_get_id (value) == venue_id)
          venue = value;
      g_object_set (activity, "room-id", buurt_entity_get_id (room), NULL);
      /* Translators: a venue and a room in it, e.g. "De Schouw, Grote zaal" */
      place = g_strdup_printf (_("%s, %s"),
                               venue != NULL ? buurt_entity_get_string (venue, "name") : location,
                               buurt_entity_get_string (room, "name"));
    }
  else
    {
      place = *room_name != '\0' && *location != '\0'
                ? g_strdup_printf (_("%s, %s"), location, room_name)
                : g_strdup (*location != '\0' ? location : room_name);
      g_object_set (activity, "location", *place != '\0' ? place : NULL, NULL);
    }
  g_free ((char *) location);
  g_free ((char *) room_name);

  g_object_set (activity,
                "title", title_copy,
                "description", buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_DESCRIPTION, NULL),
                "category", category,
                "target-groups", groups,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "all-day", all_day,
                "cost-cents", cost,
                "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                "source", BUURT_SOURCE_CSV,
                NULL);

  if (!buurt_entity_validate (BUURT_ENTITY (activity), &error))
    {
      buurt_csv_import_add_problem (self, record->line, G_MAXUINT, error->message);
      return NULL;
    }

  text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_ORGANISER, NULL);
  g_object_set_data_full (G_OBJECT (activity), ORGANISER_KEY, g_strstrip (g_strdup (text)), g_free);
  g_object_set_data_full (G_OBJECT (activity), KEY_KEY,
                          buurt_exchange_occurrence_key (buurt_entity_get_string (BUURT_ENTITY (activity), "title"),
                                                         starts_at, place),
                          g_free);
  *day_out = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
  return g_steal_pointer (&activity);
}

static void
replace (char       **str,
         const char  *value)
{
  g_free (*str);
  *str = g_strdup (value);
}

void
buurt_csv_import_check_activities (BuurtCsvImport *self)
{
  Places places = {
    buurt_csv_by_name (self->database, BUURT_TYPE_VENUE, "name"),
    buurt_csv_by_name (self->database, BUURT_TYPE_ROOM, "name"),
  };
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) existing = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  for (guint i = 1; i < self->table->records->len; i++)
    {
      BuurtCsvRecord *record = g_ptr_array_index (self->table->records, i);
      g_autofree char *day = NULL;
      BuurtActivity *activity = check_activity (self, record, &places, &day);

      if (activity == NULL)
        continue;
      g_ptr_array_add (activities, activity);
      if (first == NULL || strcmp (day, first) < 0)
        replace (&first, day);
      if (last == NULL || strcmp (day, last) > 0)
        replace (&last, day);
    }

  /* What the agenda has on those days, and the lines before, are there. */
  existing = existing_keys (self->database, first, last);
  for (guint i = 0; i < activities->len; i++)
    {
      BuurtActivity *activity = g_ptr_array_index (activities, i);
      const char *key = g_object_get_data (G_OBJECT (activity), KEY_KEY);

      if (g_hash_table_contains (existing, key))
        {
          self->n_already++;
          continue;
        }
      g_hash_table_add (existing, g_strdup (key));
      g_ptr_array_add (self->rows, g_object_ref (activity));
    }

  places_clear (&places);
}

static BuurtEntity *
new_entity (GType type)
{
  return g_object_new (type, NULL);
}

/* Turns "1234ab" and "1234 AB" into "1234 AB"; %NULL when not a postcode. */
static char *
normal_postcode (const char *text)
{
  g_autofree char *compact = g_strdelimit (g_ascii_strup (text, -1), " ", ' ');
  GString *digits = g_string_new (NULL);

  for (const char *p = compact; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p);

  if (digits->len == 6 && g_ascii_isdigit (digits->str[0]) && digits->str[0] != '0' &&
      g_ascii_isdigit (digits->str[1]) && g_ascii_isdigit (digits->str[2]) &&
      g_ascii_isdigit (digits->str[3]) && g_ascii_isalpha (digits->str[4]) &&
      g_ascii_isalpha (digits->str[5]))
    {
      g_string_insert_c (digits, 4, ' ');
      return g_string_free (digits, FALSE);
    }

  g_string_free (digits, TRUE);
  return NULL;
}

void
buurt_csv_import_check_venues (BuurtCsvImport *self)
{
  g_autoptr(GHashTable) venues = buurt_csv_by_name (self->database, BUURT_TYPE_VENUE, "name");
  g_autoptr(GHashTable) rooms = buurt_csv_by_name (self->database, BUURT_TYPE_ROOM, "name");
  g_autoptr(GHashTable) neighbourhoods = buurt_csv_by_name (self->database, BUURT_TYPE_NEIGHBOURHOOD, "name");
  g_autoptr(GHashTable) new_venues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) new_rooms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_columns = buurt_csv_import_get_n_columns (self);

  for (guint i = 1; i < self->table->records->len; i++)
    {
      BuurtCsvRecord *record = g_ptr_array_index (self->table->records, i);
      g_autoptr(BuurtEntity) venue = NULL;
      g_autoptr(BuurtEntity) room = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *room_name = NULL;
      g_autofree char *postcode = NULL;
      g_autofree char *capacity_text = NULL;
      const char *text;
      guint n_problems = self->problems->len;
      int column;
      guint kind = BUURT_VENUE_KIND_OTHER;
      guint64 capacity = 0;
      BuurtEntity *neighbourhood = NULL;
      gboolean existing;
      gboolean seen = FALSE;

      if (record->n_fields < n_columns)
        {
          g_autofree char *message =
            g_strdup_printf (ngettext ("this line has %u column where the first line has %u",
                                       "this line has %u columns where the first line has %u",
                                       record->n_fields),
                             record->n_fields, n_columns);

          buurt_csv_import_add_problem (self, record->line, G_MAXUINT, message);
          continue;
        }

      name = g_strstrip (g_strdup (buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_NAME, &column)));
      if (*name == '\0')
        {
          buurt_csv_import_add_problem (self, record->line, column >= 0 ? (guint) column : G_MAXUINT,
                                        _("the name of the venue is empty"));
          continue;
        }
      folded = buurt_csv_fold (name);

      text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_KIND, &column);
      if (*text != '\0' && !buurt_exchange_word_to_value (BUURT_TYPE_VENUE_KIND, text, &kind))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a kind of venue"), text);

          buurt_csv_import_add_problem (self, record->line, (guint) column, message);
        }

      text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_POSTCODE, &column);
      if (*text != '\0' && (postcode = normal_postcode (text)) == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a postcode such as 8251 AB"), text);

          buurt_csv_import_add_problem (self, record->line, (guint) column, message);
        }

      text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_NEIGHBOURHOOD, &column);
      if (*text != '\0')
        {
          g_autofree char *key = buurt_csv_fold (text);

          neighbourhood = g_hash_table_lookup (neighbourhoods, key);
          if (neighbourhood == NULL)
            {
              g_autofree char *message = g_strdup_printf (_("the agenda has no neighbourhood “%s”"), text);

              buurt_csv_import_add_problem (self, record->line, (guint) column, message);
            }
        }

      room_name = g_strstrip (g_strdup (buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_ROOM, NULL)));
      text = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_CAPACITY, &column);
      capacity_text = g_strstrip (g_strdup (text));
      if (*room_name != '\0' &&
          !g_ascii_string_to_unsigned (capacity_text, 10, 1, 100000, &capacity, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a number of people"), text);

          buurt_csv_import_add_problem (self, record->line, column >= 0 ? (guint) column : G_MAXUINT,
                                        message);
        }

      if (self->problems->len > n_problems)
        continue;

      venue = g_hash_table_lookup (venues, folded);
      existing = venue != NULL;
      if (venue == NULL)
        {
          venue = g_hash_table_lookup (new_venues, folded);
          seen = venue != NULL;
        }
      if (venue != NULL)
        g_object_ref (venue);
      else
        {
          const char *phone = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_PHONE, NULL);
          const char *email = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_EMAIL, NULL);
          const char *address = buurt_csv_import_cell (self, record, BUURT_CSV_FIELD_ADDRESS, NULL);

          venue = new_entity (BUURT_TYPE_VENUE);
          g_object_set (venue,
                        "name", name,
                        "kind", kind,
                        "address", *address != '\0' ? address : NULL,
                        "postcode", postcode,
                        "neighbourhood-id", neighbourhood != NULL ? buurt_entity_get_id (neighbourhood) : 0,
                        "phone", *phone != '\0' ? phone : NULL,
                        "email", *email != '\0' ? email : NULL,
                        NULL);
          if (!buurt_entity_validate (venue, &error))
            {
              buurt_csv_import_add_problem (self, record->line, G_MAXUINT, error->message);
              continue;
            }
          g_hash_table_insert (new_venues, g_strdup (folded), g_object_ref (venue));
        }

      if (*room_name != '\0')
        {
          g_autofree char *room_folded = buurt_csv_fold (room_name);
          g_autofree char *key = g_strconcat (folded, "|", room_folded, NULL);
          g_autofree char *stored = existing ? room_key (buurt_entity_get_id (venue), room_name) : NULL;

          if ((stored != NULL && g_hash_table_contains (rooms, stored)) ||
              g_hash_table_contains (new_rooms, key))
            {
              self->n_already++;
              continue;
            }
          room = new_entity (BUURT_TYPE_ROOM);
          g_object_set (room, "name", room_name, "capacity", (gint64) capacity, NULL);
          g_hash_table_add (new_rooms, g_steal_pointer (&key));
        }
      else if (existing || seen)
        {
          self->n_already++;
          continue;
        }

      g_array_append_vals (self->venue_rows,
                           &(BuurtCsvVenueRow) { g_steal_pointer (&venue), g_steal_pointer (&room) }, 1);
    }
}

/* buurt-ical-mapping.c: a calendar file's names to the agenda's rows
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include <string.h>

#include "buurt-ical-private.h"

/*
 * A LOCATION becomes a room only when it clearly names one: a known venue's
 * name and one of its rooms (or a venue with one room), compared without
 * accents and case, so "buurthuis de schakel, grote zaal" finds "Buurthuis
 * De Schakel" and its "Grote zaal". Anything else stays free text, as the
 * organiser wrote it. CATEGORIES and ORGANIZER are matched the same way. The
 * app's own X- properties carry what calendars have no field for, so an
 * export imported back gives the same activities.
 */

/* Outlook and Exchange name zones the Windows way, often without a
 * VTIMEZONE; these are the zones of CLDR's windowsZones table that a Dutch
 * agenda meets. */
static const struct
{
  const char *windows;
  const char *olson;
} windows_zones[] = {
  { "W. Europe Standard Time", "Europe/Amsterdam" },
  { "Romance Standard Time", "Europe/Brussels" },
  { "Central Europe Standard Time", "Europe/Budapest" },
  { "Central European Standard Time", "Europe/Warsaw" },
  { "GMT Standard Time", "Europe/London" },
  { "Greenwich Standard Time", "Atlantic/Reykjavik" },
  { "E. Europe Standard Time", "Europe/Chisinau" },
  { "FLE Standard Time", "Europe/Kiev" },
  { "GTB Standard Time", "Europe/Bucharest" },
  { "Turkey Standard Time", "Europe/Istanbul" },
  { "Russian Standard Time", "Europe/Moscow" },
  { "Morocco Standard Time", "Africa/Casablanca" },
  { "Eastern Standard Time", "America/New_York" },
  { "Central Standard Time", "America/Chicago" },
  { "Mountain Standard Time", "America/Denver" },
  { "Pacific Standard Time", "America/Los_Angeles" },
  { "SA Western Standard Time", "America/La_Paz" },
  { "UTC", "UTC" },
  { "Coordinated Universal Time", "UTC" },
};

/* Words a calendar uses for a category, in English and Dutch, folded. */
static const struct
{
  const char    *word;
  BuurtCategory  category;
} category_words[] = {
  { "meeting", BUURT_CATEGORY_MEETING }, { "ontmoeting", BUURT_CATEGORY_MEETING },
  { "koffie", BUURT_CATEGORY_MEETING }, { "social", BUURT_CATEGORY_MEETING },
  { "sports", BUURT_CATEGORY_SPORTS }, { "sport", BUURT_CATEGORY_SPORTS },
  { "bewegen", BUURT_CATEGORY_SPORTS },
  { "culture", BUURT_CATEGORY_CULTURE }, { "cultuur", BUURT_CATEGORY_CULTURE },
  { "music", BUURT_CATEGORY_CULTURE }, { "muziek", BUURT_CATEGORY_CULTURE },
  { "learning", BUURT_CATEGORY_LEARNING }, { "leren", BUURT_CATEGORY_LEARNING },
  { "cursus", BUURT_CATEGORY_LEARNING }, { "education", BUURT_CATEGORY_LEARNING },
  { "care", BUURT_CATEGORY_CARE }, { "zorg", BUURT_CATEGORY_CARE },
  { "nature", BUURT_CATEGORY_NATURE }, { "natuur", BUURT_CATEGORY_NATURE },
  { "food", BUURT_CATEGORY_FOOD }, { "eten", BUURT_CATEGORY_FOOD },
  { "children", BUURT_CATEGORY_CHILDREN }, { "kinderen", BUURT_CATEGORY_CHILDREN },
  { "kids", BUURT_CATEGORY_CHILDREN },
  { "other", BUURT_CATEGORY_OTHER }, { "overig", BUURT_CATEGORY_OTHER },
};

/**
 * buurt_ical_fold:
 *
 * Returns: (transfer full): @text without accents, in lower case, with its
 *   spaces trimmed, for comparing names
 */
char *
buurt_ical_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *plain;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  plain = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (plain, c);
    }

  folded = g_utf8_casefold (plain->str, -1);
  g_string_free (plain, TRUE);
  return g_strstrip (g_steal_pointer (&folded));
}

/* An Olson, Windows or prefixed zone name as libical's built-in zone. */
static icaltimezone *
look_up_zone (const char *tzid)
{
  const char *slash;

  for (guint i = 0; i < G_N_ELEMENTS (windows_zones); i++)
    if (g_ascii_strcasecmp (tzid, windows_zones[i].windows) == 0)
      return g_str_equal (windows_zones[i].olson, "UTC")
               ? icaltimezone_get_utc_timezone ()
               : icaltimezone_get_builtin_timezone (windows_zones[i].olson);

  if (icaltimezone_get_builtin_timezone (tzid) != NULL)
    return icaltimezone_get_builtin_timezone (tzid);

  /* A prefix such as libical's: the zone's name is what follows it. */
  slash = strstr (tzid, ".org/");
  if (slash == NULL)
    slash = strstr (tzid, ".net/");
  if (slash != NULL)
    return icaltimezone_get_builtin_timezone (slash + 5);

  return NULL;
}

/**
 * buurt_ical_zone_for_tzid:
 * @tzid: a TZID the file names without a VTIMEZONE, or whose VTIMEZONE
 *   libical did not attach: an Olson name, a Windows name, or libical's own
 *   "/freeassociation.sourceforge.net/Europe/Amsterdam"
 *
 * Each name is looked up once: libical searches its list of zones by name,
 * which for a file of 55,000 events is a good part of reading it.
 *
 * Returns: (transfer none) (nullable): libical's built-in zone, or %NULL
 */
icaltimezone *
buurt_ical_zone_for_tzid (const char *tzid)
{
  static GMutex lock;
  static GHashTable *known;   /* TZID → icaltimezone*, or the table itself for none */
  gpointer zone;

  if (tzid == NULL || *tzid == '\0')
    return NULL;

  g_mutex_lock (&lock);
  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  zone = g_hash_table_lookup (known, tzid);
  if (zone == NULL)
    {
      zone = look_up_zone (tzid);
      g_hash_table_insert (known, g_strdup (tzid), zone != NULL ? zone : (gpointer) known);
    }
  g_mutex_unlock (&lock);

  return zone == (gpointer) known ? NULL : zone;
}

static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  return *needle != '\0' && strstr (haystack, needle) != NULL;
}

/**
 * buurt_ical_map_location:
 *
 * Sets @activity's room when @location clearly names a venue and one of its
 * rooms, and its free-text location otherwise.
 */
void
buurt_ical_map_location (BuurtIcalLookup *lookup,
                         BuurtActivity   *activity,
                         const char      *location)
{
  g_autofree char *folded = buurt_ical_fold (location);
  BuurtEntity *best_room = NULL;
  gsize best_length = 0;
  guint n_rooms = g_list_model_get_n_items (lookup->rooms);

  if (*folded == '\0')
    return;

  for (guint i = 0; i < n_rooms; i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (lookup->rooms, i);
      gint64 venue_id = buurt_entity_get_int (room, "venue-id");
      BuurtEntity *venue = g_hash_table_lookup (lookup->venue_by_id, &venue_id);
      g_autofree char *venue_name = NULL;
      g_autofree char *room_name = NULL;
      const char *rest;
      gsize length;

      if (venue == NULL)
        continue;

      venue_name = buurt_ical_fold (buurt_entity_get_string (venue, "name"));
      rest = strstr (folded, venue_name);
      if (*venue_name == '\0' || rest == NULL)
        continue;

      /* The room is named apart from the venue's own name ("Zaal 2" in
       * "MFC De Zaal, zaal 2" should not match "De Zaal" alone). */
      room_name = buurt_ical_fold (buurt_entity_get_string (room, "name"));
      {
        g_autofree char *before = g_strndup (folded, rest - folded);
        g_autofree char *without_venue = g_strconcat (before, rest + strlen (venue_name), NULL);

        if (!contains_word (without_venue, room_name))
          continue;
      }

      length = strlen (venue_name) + strlen (room_name);
      if (length > best_length)
        {
          best_room = room;
          best_length = length;
        }
    }

  /* A venue with one room is that room, when the location names no other. */
  if (best_room == NULL)
    {
      gint64 only_venue = 0;
      guint matches = 0;

      for (guint i = 0; i < g_list_model_get_n_items (lookup->venues); i++)
        {
          g_autoptr(BuurtEntity) venue = g_list_model_get_item (lookup->venues, i);
          g_autofree char *name = buurt_ical_fold (buurt_entity_get_string (venue, "name"));

          if (*name != '\0' && g_str_equal (name, folded))
            {
              only_venue = buurt_entity_get_id (venue);
              matches++;
            }
        }

      for (guint i = 0; matches == 1 && i < n_rooms; i++)
        {
          g_autoptr(BuurtEntity) room = g_list_model_get_item (lookup->rooms, i);

          if (buurt_entity_get_int (room, "venue-id") != only_venue)
            continue;
          if (best_room != NULL)
            {
              best_room = NULL;
              break;
            }
          best_room = room;
        }
    }

  if (best_room != NULL)
    g_object_set (activity, "room-id", buurt_entity_get_id (best_room), "location", NULL, NULL);
  else
    g_object_set (activity, "location", location, NULL);
}

/**
 * buurt_ical_map_categories:
 *
 * Takes the first of the event's CATEGORIES that names one of the app's
 * categories; other words are not a reason to refuse the event.
 */
void
buurt_ical_map_categories (BuurtActivity *activity,
                           icalcomponent *event)
{
  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      g_autofree char *folded = buurt_ical_fold (icalproperty_get_categories (prop));
      g_auto(GStrv) words = g_strsplit (folded, ",", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_strstrip (words[w]);
          for (guint i = 0; i < G_N_ELEMENTS (category_words); i++)
            if (g_str_equal (words[w], category_words[i].word))
              {
                g_object_set (activity, "category", category_words[i].category, NULL);
                return;
              }
        }
    }
}

static BuurtEntity *
find_by_uuid (GListModel *model,
              const char *uuid)
{
  if (uuid == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (model, i);

      if (g_strcmp0 (buurt_entity_get_uuid (entity), uuid) == 0)
        return entity;
    }

  return NULL;
}

/**
 * buurt_ical_map_organiser:
 *
 * Sets the activity's organiser to the contact the ORGANIZER names (by
 * e-mail address, else by name); otherwise keeps the name and address on
 * @item, so the import can add the contact.
 */
void
buurt_ical_map_organiser (BuurtIcalLookup *lookup,
                          BuurtIcalItem   *item,
                          icalcomponent   *event)
{
  icalproperty *prop = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  icalparameter *cn;
  const char *address;
  g_autofree char *email = NULL;
  g_autofree char *folded_name = NULL;

  if (prop == NULL)
    return;

  address = icalproperty_get_organizer (prop);
  if (address != NULL && g_ascii_strncasecmp (address, "mailto:", 7) == 0)
    email = g_strdup (address + 7);
  cn = icalproperty_get_first_parameter (prop, ICAL_CN_PARAMETER);
  if (cn != NULL && icalparameter_get_cn (cn) != NULL && *icalparameter_get_cn (cn) != '\0')
    item->organiser_name = g_strdup (icalparameter_get_cn (cn));
  else if (email != NULL)
    item->organiser_name = g_strndup (email, strcspn (email, "@"));
  else
    return;

  folded_name = buurt_ical_fold (item->organiser_name);
  for (guint i = 0; i < g_list_model_get_n_items (lookup->contacts); i++)
    {
      g_autoptr(BuurtEntity) contact = g_list_model_get_item (lookup->contacts, i);
      const char *contact_email = buurt_entity_get_string (contact, "email");
      g_autofree char *contact_name = buurt_ical_fold (buurt_entity_get_string (contact, "name"));

      if ((email != NULL && contact_email != NULL && g_ascii_strcasecmp (email, contact_email) == 0) ||
          g_str_equal (folded_name, contact_name))
        {
          g_object_set (item->activity, "organiser-id", buurt_entity_get_id (contact), NULL);
          g_clear_pointer (&item->organiser_name, g_free);
          return;
        }
    }

  if (email != NULL && strchr (email, '@') != NULL)
    item->organiser_email = g_steal_pointer (&email);
}

static const char *
x_value (icalcomponent *event,
         const char    *name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), name) == 0)
      return icalproperty_get_x (prop);

  return NULL;
}

static void
set_enum_from_x (BuurtActivity *activity,
                 icalcomponent *event,
                 const char    *x_name,
                 const char    *property,
                 GType          type)
{
  const char *word = x_value (event, x_name);
  int value;

  if (word != NULL && buurt_enum_from_word (type, word, &value))
    g_object_set (activity, property, value, NULL);
}

/**
 * buurt_ical_map_extensions:
 *
 * Reads the app's own X-BUURT- properties, which an export writes for what
 * calendars have no field for. A reference to a row this agenda does not
 * have is left out rather than refusing the event.
 */
void
buurt_ical_map_extensions (BuurtIcalLookup *lookup,
                           BuurtActivity   *activity,
                           icalcomponent   *event)
{
  const char *value;
  BuurtEntity *row;
  guint64 number;

  set_enum_from_x (activity, event, "X-BUURT-CATEGORY", "category", BUURT_TYPE_CATEGORY);
  set_enum_from_x (activity, event, "X-BUURT-REGISTRATION", "registration", BUURT_TYPE_REGISTRATION);
  set_enum_from_x (activity, event, "X-BUURT-STATUS", "status", BUURT_TYPE_ACTIVITY_STATUS);

  value = x_value (event, "X-BUURT-TARGET-GROUPS");
  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, 255, &number, NULL))
    g_object_set (activity, "target-groups", (guint) number, NULL);

  value = x_value (event, "X-BUURT-COST-CENTS");
  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64, &number, NULL))
    g_object_set (activity, "cost-cents", (gint64) number, NULL);

  value = x_value (event, "X-BUURT-REGISTRATION-INFO");
  if (value != NULL)
    g_object_set (activity, "registration-info", value, NULL);

  row = find_by_uuid (lookup->rooms, x_value (event, "X-BUURT-ROOM"));
  if (row != NULL)
    g_object_set (activity, "room-id", buurt_entity_get_id (row), "location", NULL, NULL);

  row = find_by_uuid (lookup->contacts, x_value (event, "X-BUURT-ORGANISER"));
  if (row != NULL)
    g_object_set (activity, "organiser-id", buurt_entity_get_id (row), NULL);

  row = find_by_uuid (lookup->initiatives, x_value (event, "X-BUURT-INITIATIVE"));
  if (row != NULL)
    g_object_set (activity, "initiative-id", buurt_entity_get_id (row), NULL);
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *prop;

  if (value == NULL || *value == '\0')
    return;

  prop = icalproperty_new_x (value);
  icalproperty_set_x_name (prop, name);
  icalcomponent_add_property (event, prop);
}

static void
add_x_uuid (icalcomponent *event,
            const char    *name,
            GListModel    *model,
            gint64         id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (model, i);

      if (buurt_entity_get_id (entity) == id)
        {
          add_x (event, name, buurt_entity_get_uuid (entity));
          return;
        }
    }
}

static char *
enum_word (GType  type,
           guint  value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? g_strdelimit (g_strdup (ev->value_nick), "-", '_') : NULL;
}

/**
 * buurt_ical_add_extensions:
 *
 * Writes what calendars have no field for as X-BUURT- properties.
 */
void
buurt_ical_add_extensions (BuurtIcalLookup *lookup,
                           BuurtActivity   *activity,
                           icalcomponent   *event)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autofree char *category = enum_word (BUURT_TYPE_CATEGORY, buurt_entity_get_enum (entity, "category"));
  g_autofree char *registration = enum_word (BUURT_TYPE_REGISTRATION, buurt_entity_get_enum (entity, "registration"));
  g_autofree char *status = enum_word (BUURT_TYPE_ACTIVITY_STATUS, buurt_entity_get_enum (entity, "status"));
  g_autofree char *groups = g_strdup_printf ("%u", buurt_entity_get_enum (entity, "target-groups"));
  g_autofree char *cost = g_strdup_printf ("%" G_GINT64_FORMAT, buurt_entity_get_int (entity, "cost-cents"));
  gint64 room_id = buurt_entity_get_int (entity, "room-id");

  add_x (event, "X-BUURT-CATEGORY", category);
  add_x (event, "X-BUURT-TARGET-GROUPS", groups);
  add_x (event, "X-BUURT-COST-CENTS", cost);
  add_x (event, "X-BUURT-REGISTRATION", registration);
  add_x (event, "X-BUURT-REGISTRATION-INFO", buurt_entity_get_string (entity, "registration-info"));
  add_x (event, "X-BUURT-STATUS", status);
  add_x_uuid (event, "X-BUURT-ROOM", lookup->rooms, room_id);
  for (guint i = 0; room_id != 0 && i < g_list_model_get_n_items (lookup->rooms); i++)
    {
      g_autoptr(BuurtEntity) room = g_list_model_get_item (lookup->rooms, i);

      if (buurt_entity_get_id (room) == room_id)
        add_x_uuid (event, "X-BUURT-VENUE", lookup->venues, buurt_entity_get_int (room, "venue-id"));
    }
  add_x_uuid (event, "X-BUURT-ORGANISER", lookup->contacts, buurt_entity_get_int (entity, "organiser-id"));
  add_x_uuid (event, "X-BUURT-INITIATIVE", lookup->initiatives, buurt_entity_get_int (entity, "initiative-id"));
}

/* The fields an import writes, compared: an equal activity is unchanged. */
static const char *compared[] = {
  "title", "description", "category", "target-groups", "room-id", "location",
  "organiser-id", "initiative-id", "starts-at", "ends-at", "all-day", "tzid", "rrule",
  "cancelled-dates", "cost-cents", "registration", "registration-info", "url",
};

gboolean
buurt_ical_same_activity (BuurtActivity *a,
                          BuurtActivity *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (a), compared[i], &va);
      g_object_get_property (G_OBJECT (b), compared[i], &vb);

      if (G_VALUE_HOLDS_STRING (&va))
        {
          const char *sa = g_value_get_string (&va);
          const char *sb = g_value_get_string (&vb);

          if (g_strcmp0 (sa != NULL ? sa : "", sb != NULL ? sb : "") != 0)
            return FALSE;
        }
      else if (G_VALUE_HOLDS (&va, G_TYPE_DATE_TIME))
        {
          GDateTime *da = g_value_get_boxed (&va);
          GDateTime *db = g_value_get_boxed (&vb);

          if ((da == NULL) != (db == NULL) || (da != NULL && !g_date_time_equal (da, db)))
            return FALSE;
        }
      else if (g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (a), compared[i]),
                                   &va, &vb) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * buurt_ical_copy_fields:
 *
 * Copies every field an import writes from @from to @to.
 */
void
buurt_ical_copy_fields (BuurtActivity *from,
                        BuurtActivity *to)
{
  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (from), compared[i], &value);
      g_object_set_property (G_OBJECT (to), compared[i], &value);
    }
}

/**
 * buurt_ical_copy_activity:
 *
 * Returns: (transfer full): a new, unsaved activity with the fields of
 *   @activity, its status and source
 */
BuurtActivity *
buurt_ical_copy_activity (BuurtActivity *activity)
{
  BuurtActivity *copy = buurt_activity_new ();

  buurt_ical_copy_fields (activity, copy);
  g_object_set (copy,
                "status", buurt_entity_get_enum (BUURT_ENTITY (activity), "status"),
                "source", buurt_entity_get_enum (BUURT_ENTITY (activity), "source"),
                NULL);
  return copy;
}

/**
 * buurt_ical_override_key:
 * @recurrence_id: the date's RECURRENCE-ID as a UTC instant
 *
 * Returns: (transfer full): the key of a series' override of one date in
 *   buurt_ical_read_overrides()
 */
char *
buurt_ical_override_key (gint64      activity_id,
                         const char *recurrence_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", activity_id, recurrence_id);
}

/**
 * buurt_ical_read_overrides:
 *
 * Returns: (transfer full): every changed date of every series, by
 *   buurt_ical_override_key(), read at once
 */
GHashTable *
buurt_ical_read_overrides (BuurtStore  *store,
                           GError     **error)
{
  g_autoptr(GListModel) all = buurt_store_list (store, BUURT_TYPE_OCCURRENCE_OVERRIDE, error);
  GHashTable *overrides;

  if (all == NULL)
    return NULL;

  overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      BuurtEntity *override = g_list_model_get_item (all, i);
      g_autofree char *rid = buurt_format_utc (buurt_entity_get_date_time (override, "recurrence-id"));

      g_hash_table_insert (overrides,
                           buurt_ical_override_key (buurt_entity_get_int (override, "activity-id"), rid),
                           override);
    }
  return overrides;
}

/**
 * buurt_ical_date_of_series:
 * @series: the series as the agenda has it
 * @override: its override of one date
 *
 * Returns: (transfer full): that one date as the agenda has it, as an
 *   unsaved activity of its own, to compare with a file's RECURRENCE-ID
 *   event and to show beside it
 */
BuurtActivity *
buurt_ical_date_of_series (BuurtActivity           *series,
                           BuurtOccurrenceOverride *override)
{
  BuurtEntity *changed = BUURT_ENTITY (override);
  BuurtActivity *date = buurt_ical_copy_activity (series);
  const char *title = buurt_entity_get_string (changed, "title");
  const char *description = buurt_entity_get_string (changed, "description");

  g_object_set (date,
                "rrule", NULL,
                "cancelled-dates", NULL,
                "starts-at", buurt_entity_get_date_time (changed, "starts-at"),
                "ends-at", buurt_entity_get_date_time (changed, "ends-at"),
                "room-id", buurt_entity_get_int (changed, "room-id"),
                "location", buurt_entity_get_string (changed, "location"),
                NULL);
  if (title != NULL)
    g_object_set (date, "title", title, NULL);
  if (description != NULL)
    g_object_set (date, "description", description, NULL);
  return date;
}

/* buurt-ical-export.c: published activities as a calendar file
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buurt-exchange-error.h"
#include "buurt-ical-private.h"

/*
 * One VEVENT per activity, written by libical: a series is one event with
 * its RRULE and an EXDATE for each cancelled date, in its own zone with that
 * zone's VTIMEZONE (libical's built-in data), so calendar programs repeat it
 * at the same local time across daylight-saving changes. The UID is the one
 * the activity was imported with, or else its uuid: stable and unique, so a
 * calendar that subscribes to the file updates instead of duplicating. What
 * calendars have no field for travels as X-BUURT- properties, so importing
 * the file back gives the same activities.
 */

#define PRODID "-//Buurtagenda//Buurtagenda//NL"

typedef struct
{
  BuurtIcalLookup *lookup;
  icalcomponent   *calendar;
  GHashTable      *zones;        /* Olson name -> icaltimezone*, those written */
  GHashTable      *uids;         /* activity id -> uid */
  GListModel      *neighbourhoods;
  GListModel      *kerns;
  GHashTable      *overrides;    /* activity id -> GPtrArray of its overrides */
} Export;

/* The built-in zone, its VTIMEZONE added to the calendar the first time,
 * with the zone's plain name as TZID (libical's own has a prefix). */
static icaltimezone *
use_zone (Export     *export,
          const char *tzid)
{
  icaltimezone *zone = g_hash_table_lookup (export->zones, tzid);
  icalcomponent *vtimezone;
  icalproperty *prop;

  if (zone != NULL)
    return zone;

  zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL)
    return NULL;

  vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  prop = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (prop != NULL)
    icalproperty_set_tzid (prop, tzid);
  icalcomponent_add_component (export->calendar, vtimezone);
  g_hash_table_insert (export->zones, g_strdup (tzid), zone);
  return zone;
}

static icalproperty *
with_tzid (icalproperty *prop,
           const char   *tzid)
{
  if (tzid != NULL)
    icalproperty_add_parameter (prop, icalparameter_new_tzid (tzid));
  return prop;
}

static struct icaltimetype
local_time (GDateTime    *instant,
            GTimeZone    *tz,
            gboolean      all_day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, tz);
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (local);
  t.month = g_date_time_get_month (local);
  t.day = g_date_time_get_day_of_month (local);
  if (all_day)
    t.is_date = 1;
  else
    {
      t.hour = g_date_time_get_hour (local);
      t.minute = g_date_time_get_minute (local);
      t.second = g_date_time_get_second (local);
    }
  return t;
}

static BuurtEntity *
find_by_id (GListModel *model,
            gint64      id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      BuurtEntity *entity = g_list_model_get_item (model, i);

      if (buurt_entity_get_id (entity) == id)
        return entity;
      g_object_unref (entity);
    }

  return NULL;
}

static char *
location_text (Export        *export,
               BuurtActivity *activity)
{
  g_autoptr(BuurtEntity) room = find_by_id (export->lookup->rooms,
                                            buurt_entity_get_int (BUURT_ENTITY (activity), "room-id"));
  BuurtEntity *venue;

  if (room == NULL)
    return g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "location"));

  venue = g_hash_table_lookup (export->lookup->venue_by_id,
                               &(gint64) { buurt_entity_get_int (room, "venue-id") });
  if (venue == NULL)
    return g_strdup (buurt_entity_get_string (room, "name"));

  return g_strdup_printf ("%s, %s", buurt_entity_get_string (venue, "name"),
                          buurt_entity_get_string (room, "name"));
}

static struct icaltimetype
time_for (GDateTime  *instant,
          GTimeZone  *tz,
          const char *zone_name,
          gboolean    all_day)
{
  if (zone_name == NULL && !all_day)
    return icaltime_from_timet_with_zone (g_date_time_to_unix (instant), 0,
                                          icaltimezone_get_utc_timezone ());
  return local_time (instant, tz, all_day);
}

/* The series' changed dates as events with its UID and a RECURRENCE-ID
 * (the date's original start), its cancelled ones as EXDATEs. */
static void
add_overrides (Export        *export,
               BuurtActivity *activity,
               icalcomponent *series,
               GTimeZone     *tz,
               const char    *zone_name,
               gboolean       all_day)
{
  GPtrArray *overrides = g_hash_table_lookup (export->overrides,
                                              &(gint64) { buurt_entity_get_id (BUURT_ENTITY (activity)) });
  BuurtEntity *entity = BUURT_ENTITY (activity);

  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      BuurtEntity *override = g_ptr_array_index (overrides, i);
      struct icaltimetype rid = time_for (buurt_entity_get_date_time (override, "recurrence-id"), tz, zone_name, all_day);
      icalcomponent *event;
      icalproperty *prop;
      const char *title = buurt_entity_get_string (override, "title");
      const char *description = buurt_entity_get_string (override, "description");
      g_autofree char *location = NULL;

      if (buurt_entity_get_boolean (override, "cancelled"))
        {
          icalcomponent_add_property (series, with_tzid (icalproperty_new_exdate (rid), zone_name));
          continue;
        }

      event = icalcomponent_new_vevent ();
      icalcomponent_set_uid (event, icalcomponent_get_uid (series));
      prop = icalproperty_new_recurrenceid (rid);
      icalcomponent_add_property (event, with_tzid (prop, zone_name));
      icalcomponent_add_property (event, icalproperty_new_clone (icalcomponent_get_first_property (series, ICAL_DTSTAMP_PROPERTY)));
      icalcomponent_add_property (event, icalproperty_new_summary (title != NULL && *title != '\0'
                                                                     ? title : buurt_entity_get_string (entity, "title")));
      if (description == NULL || *description == '\0')
        description = buurt_entity_get_string (entity, "description");
      if (description != NULL && *description != '\0')
        icalcomponent_add_property (event, icalproperty_new_description (description));
      {
        g_autoptr(BuurtActivity) place = buurt_activity_new ();

        g_object_set (place, "room-id", buurt_entity_get_int (override, "room-id"),
                      "location", buurt_entity_get_string (override, "location"), NULL);
        location = location_text (export, place);
      }
      if (location != NULL && *location != '\0')
        icalcomponent_add_property (event, icalproperty_new_location (location));
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (
        time_for (buurt_entity_get_date_time (override, "starts-at"), tz, zone_name, all_day)), zone_name));
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (
        time_for (buurt_entity_get_date_time (override, "ends-at"), tz, zone_name, all_day)), zone_name));
      icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
      icalcomponent_add_component (export->calendar, event);
    }
}

static void
add_event (Export        *export,
           BuurtActivity *activity)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  const char *tzid = buurt_entity_get_string (entity, "tzid");
  gboolean all_day = buurt_entity_get_boolean (entity, "all-day");
  const char *rrule = buurt_entity_get_string (entity, "rrule");
  const char *cancelled = buurt_entity_get_string (entity, "cancelled-dates");
  const char *uid = g_hash_table_lookup (export->uids, &(gint64) { buurt_entity_get_id (entity) });
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (tzid);
  g_autoptr(BuurtEntity) organiser = NULL;
  g_autofree char *location = location_text (export, activity);
  g_autofree char *category = NULL;
  icaltimezone *zone = all_day ? NULL : use_zone (export, tzid);
  const char *zone_name = zone != NULL ? tzid : NULL;
  icalcomponent *event = icalcomponent_new_vevent ();
  struct icaltimetype start = local_time (buurt_entity_get_date_time (entity, "starts-at"), tz, all_day);
  struct icaltimetype end = local_time (buurt_entity_get_date_time (entity, "ends-at"), tz, all_day);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (zone == NULL && !all_day)
    {
      /* A zone libical does not know: the instants in UTC. */
      start = icaltime_from_timet_with_zone (g_date_time_to_unix (buurt_entity_get_date_time (entity, "starts-at")),
                                             0, icaltimezone_get_utc_timezone ());
      end = icaltime_from_timet_with_zone (g_date_time_to_unix (buurt_entity_get_date_time (entity, "ends-at")),
                                           0, icaltimezone_get_utc_timezone ());
    }

  icalcomponent_set_uid (event, uid != NULL ? uid : buurt_entity_get_uuid (entity));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (
                                icaltime_from_timet_with_zone (g_date_time_to_unix (now), 0,
                                                               icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_lastmodified (
                                icaltime_from_timet_with_zone (g_date_time_to_unix (buurt_entity_get_modified_at (entity)), 0,
                                                               icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_summary (buurt_entity_get_string (entity, "title")));
  if (buurt_entity_get_string (entity, "description") != NULL &&
      *buurt_entity_get_string (entity, "description") != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (buurt_entity_get_string (entity, "description")));
  if (location != NULL && *location != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (location));

  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (start), zone_name));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (end), zone_name));

  if (rrule != NULL && *rrule != '\0')
    {
      struct icalrecurrencetype rule = icalrecurrencetype_from_string (rrule);

      icalcomponent_add_property (event, icalproperty_new_rrule (rule));
    }

  if (cancelled != NULL && *cancelled != '\0')
    {
      g_auto(GStrv) days = g_strsplit (cancelled, ",", -1);

      for (guint i = 0; days[i] != NULL; i++)
        {
          struct icaltimetype t = start;
          guint y, m, d;

          if (!buurt_parse_date (days[i], &y, &m, &d))
            continue;
          t.year = y;
          t.month = m;
          t.day = d;
          if (zone == NULL && !all_day)
            {
              /* The date's local start, as an instant in UTC. */
              struct icaltimetype local = local_time (buurt_entity_get_date_time (entity, "starts-at"), tz, FALSE);
              g_autoptr(GDateTime) instant = g_date_time_new (tz, y, m, d, local.hour, local.minute, local.second);

              t = icaltime_from_timet_with_zone (g_date_time_to_unix (instant), 0,
                                                 icaltimezone_get_utc_timezone ());
            }
          icalcomponent_add_property (event, with_tzid (icalproperty_new_exdate (t), zone_name));
        }
    }

  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (BUURT_TYPE_CATEGORY);
    GEnumValue *value = g_enum_get_value (klass, buurt_entity_get_enum (entity, "category"));

    if (value != NULL)
      icalcomponent_add_property (event, icalproperty_new_categories (value->value_nick));
  }

  organiser = find_by_id (export->lookup->contacts, buurt_entity_get_int (entity, "organiser-id"));
  if (organiser != NULL && buurt_entity_get_string (organiser, "email") != NULL)
    {
      g_autofree char *address = g_strconcat ("mailto:", buurt_entity_get_string (organiser, "email"), NULL);
      icalproperty *prop = icalproperty_new_organizer (address);

      icalproperty_add_parameter (prop, icalparameter_new_cn (buurt_entity_get_string (organiser, "name")));
      icalcomponent_add_property (event, prop);
    }

  if (buurt_entity_get_string (entity, "url") != NULL && *buurt_entity_get_string (entity, "url") != '\0')
    icalcomponent_add_property (event, icalproperty_new_url (buurt_entity_get_string (entity, "url")));

  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  buurt_ical_add_extensions (export->lookup, activity, event);
  icalcomponent_add_component (export->calendar, event);

  add_overrides (export, activity, event, tz, zone_name, all_day);
}

static gboolean
in_range (BuurtActivity               *activity,
          const BuurtIcalExportFilter *filter)
{
  BuurtEntity *entity = BUURT_ENTITY (activity);
  g_autoptr(GTimeZone) tz = buurt_time_zone_new (buurt_entity_get_string (entity, "tzid"));
  g_autoptr(GDateTime) not_before = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autoptr(GArray) spans = NULL;
  guint y, m, d;

  if (filter->from == NULL && filter->to == NULL)
    return TRUE;

  if (filter->from != NULL && buurt_parse_date (filter->from, &y, &m, &d))
    not_before = g_date_time_new (tz, y, m, d, 0, 0, 0);
  else
    not_before = g_date_time_add_years (buurt_entity_get_date_time (entity, "starts-at"), -1);

  if (filter->to != NULL && buurt_parse_date (filter->to, &y, &m, &d))
    {
      g_autoptr(GDateTime) day = g_date_time_new (tz, y, m, d, 0, 0, 0);

      horizon = g_date_time_add_days (day, 1);
    }
  else
    horizon = g_date_time_add_years (not_before, 100);

  spans = buurt_recurrence_expand_window (buurt_entity_get_date_time (entity, "starts-at"),
                                          buurt_entity_get_date_time (entity, "ends-at"),
                                          buurt_entity_get_string (entity, "tzid"),
                                          buurt_entity_get_string (entity, "rrule"),
                                          NULL, not_before, horizon, 16, NULL);
  if (spans == NULL)
    return FALSE;

  /* A single date is given whatever the window: compare it too. */
  {
    g_autofree char *first = buurt_format_utc (not_before);
    g_autofree char *last = buurt_format_utc (horizon);

    for (guint i = 0; i < spans->len; i++)
      {
        BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

        if (strcmp (span->ends_at, first) > 0 && strcmp (span->starts_at, last) < 0)
          return TRUE;
      }
  }
  return FALSE;
}

static gboolean
matches_place (Export                      *export,
               BuurtActivity               *activity,
               const BuurtIcalExportFilter *filter)
{
  g_autoptr(BuurtEntity) room = NULL;
  g_autoptr(BuurtEntity) neighbourhood = NULL;
  g_autoptr(BuurtEntity) kern = NULL;
  BuurtEntity *venue;

  if (filter->initiative != NULL)
    {
      g_autoptr(BuurtEntity) initiative = find_by_id (export->lookup->initiatives,
                                                      buurt_entity_get_int (BUURT_ENTITY (activity), "initiative-id"));

      if (initiative == NULL || g_strcmp0 (buurt_entity_get_uuid (initiative), filter->initiative) != 0)
        return FALSE;
    }

  if (filter->venue == NULL && filter->town == NULL)
    return TRUE;

  room = find_by_id (export->lookup->rooms, buurt_entity_get_int (BUURT_ENTITY (activity), "room-id"));
  if (room == NULL)
    return FALSE;
  venue = g_hash_table_lookup (export->lookup->venue_by_id, &(gint64) { buurt_entity_get_int (room, "venue-id") });
  if (venue == NULL)
    return FALSE;

  if (filter->venue != NULL)
    {
      g_autofree char *a = buurt_ical_fold (filter->venue);
      g_autofree char *b = buurt_ical_fold (buurt_entity_get_string (venue, "name"));

      if (!g_str_equal (a, b) && g_strcmp0 (filter->venue, buurt_entity_get_uuid (venue)) != 0)
        return FALSE;
    }

  if (filter->town != NULL)
    {
      g_autofree char *a = buurt_ical_fold (filter->town);
      g_autofree char *b = NULL;

      neighbourhood = find_by_id (export->neighbourhoods, buurt_entity_get_int (venue, "neighbourhood-id"));
      kern = neighbourhood != NULL ? find_by_id (export->kerns, buurt_entity_get_int (neighbourhood, "kern-id")) : NULL;
      if (kern == NULL)
        return FALSE;
      b = buurt_ical_fold (buurt_entity_get_string (kern, "name"));
      if (!g_str_equal (a, b))
        return FALSE;
    }

  return TRUE;
}

/**
 * buurt_ical_export_to_string:
 * @filter: (nullable): which activities; %NULL for every published one
 * @n_events: (out) (optional): how many events were written
 *
 * Returns: (transfer full) (nullable): the calendar file's text, or %NULL
 *   with @error set
 */
char *
buurt_ical_export_to_string (BuurtDatabase                *database,
                             const BuurtIcalExportFilter  *filter,
                             guint                        *n_events,
                             GError                      **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  static const BuurtIcalExportFilter everything = { NULL };
  g_autoptr(BuurtIcalLookup) lookup = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) overrides = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
  Export export = { NULL };
  char *text;
  guint n = 0;

  g_return_val_if_fail (BUURT_IS_STORE (store), NULL);

  if (filter == NULL)
    filter = &everything;

  if ((lookup = buurt_ical_lookup_new (store, error)) == NULL ||
      (activities = buurt_store_list (store, BUURT_TYPE_ACTIVITY, error)) == NULL ||
      (links = buurt_store_list (store, BUURT_TYPE_ICAL_LINK, error)) == NULL)
    return NULL;

  export.lookup = lookup;
  export.zones = zones;
  export.uids = uids;
  export.neighbourhoods = buurt_store_list (store, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  export.kerns = buurt_store_list (store, BUURT_TYPE_KERN, NULL);
  export.overrides = overrides;
  {
    g_autoptr(GListModel) all = buurt_store_list (store, BUURT_TYPE_OCCURRENCE_OVERRIDE, NULL);

    for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
      {
        BuurtEntity *override = g_list_model_get_item (all, i);
        gint64 id = buurt_entity_get_int (override, "activity-id");
        GPtrArray *list = g_hash_table_lookup (overrides, &id);

        if (list == NULL)
          {
            list = g_ptr_array_new_with_free_func (g_object_unref);
            g_hash_table_insert (overrides, g_memdup2 (&id, sizeof id), list);
          }
        g_ptr_array_add (list, override);
      }
  }

  /* The UID an activity came with, where it came as an event of its own. */
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BuurtEntity) link = g_list_model_get_item (links, i);
      gint64 *id = g_new (gint64, 1);

      if (*buurt_entity_get_string (link, "recurrence-id") != '\0')
        {
          g_free (id);
          continue;
        }
      *id = buurt_entity_get_int (link, "activity-id");
      g_hash_table_insert (uids, id, (gpointer) buurt_entity_get_string (link, "uid"));
    }

  export.calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (export.calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (export.calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (export.calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* The home zone always, so a calendar program shows local times. */
  use_zone (&export, BUURT_ICAL_HOME_ZONE);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(BuurtActivity) activity = g_list_model_get_item (activities, i);

      if (buurt_entity_get_enum (BUURT_ENTITY (activity), "status") != BUURT_ACTIVITY_STATUS_PUBLISHED ||
          !matches_place (&export, activity, filter) ||
          !in_range (activity, filter))
        continue;

      add_event (&export, activity);
      n++;
    }

  text = icalcomponent_as_ical_string_r (export.calendar);
  icalcomponent_free (export.calendar);
  g_clear_object (&export.neighbourhoods);
  g_clear_object (&export.kerns);

  if (n_events != NULL)
    *n_events = n;
  return text;
}

/**
 * buurt_ical_export_to_file:
 *
 * Writes buurt_ical_export_to_string() to @file, replacing it whole or not
 * at all.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_ical_export_to_file (BuurtDatabase                *database,
                           GFile                        *file,
                           const BuurtIcalExportFilter  *filter,
                           guint                        *n_events,
                           GCancellable                 *cancellable,
                           GError                      **error)
{
  g_autofree char *text = buurt_ical_export_to_string (database, filter, n_events, error);
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return FALSE;

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

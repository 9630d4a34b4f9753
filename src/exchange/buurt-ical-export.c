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
#include "buurt-store-ical.h"
#include <stdio.h>
#include <stdlib.h>

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

/* How many activities are read between two looks at the cancellable. */
#define CANCEL_EVERY 256

/*
 * Speed: the activities are read as plain rows (buurt-store-ical.c), every
 * name a row points to is found in a hash table built once, a repeat rule is
 * parsed once per distinct rule and its property cloned after that, and each
 * event is written out as soon as it is built and then freed, so the
 * calendar is never one tree of ten thousand events in memory. libical
 * writes every component; the events' text goes in before the calendar's
 * END line.
 */

typedef struct
{
  const BuurtIcalExportFilter *filter;
  GCancellable    *cancellable;
  BuurtIcalLookup *lookup;
  icalcomponent   *calendar;     /* its properties and VTIMEZONEs only */
  GString         *events;       /* the events' text, in order */
  icalproperty    *dtstamp;      /* the same for every event */
  GHashTable      *zones;        /* Olson name -> icaltimezone*, those written */
  GHashTable      *time_zones;   /* tzid -> GTimeZone*, as GLib reads it */
  GHashTable      *rooms;        /* id -> BuurtRoom*, borrowed */
  GHashTable      *contacts;     /* id -> BuurtContact*, borrowed */
  GHashTable      *initiatives;  /* id -> BuurtInitiative*, borrowed */
  GHashTable      *neighbourhoods; /* id -> BuurtNeighbourhood*, borrowed */
  GHashTable      *kerns;        /* id -> BuurtKern*, borrowed */
  GHashTable      *rrules;       /* rule text -> icalproperty* to clone */
  GHashTable      *overrides;    /* activity id -> GPtrArray of its overrides */
  GHashTable      *only;         /* activity ids the agenda shows, or NULL */
  guint            n_read;
  guint            n_events;
  gboolean         cancelled;
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
  /* From 1970 on: libical's zone goes back to 1835, with offsets in seconds
   * (+001932) that older Outlook refuses, in dozens of observances. */
  {
    struct icaltimetype since = icaltime_from_timet_with_zone (0, 0, icaltimezone_get_utc_timezone ());

    icaltimezone_truncate_vtimezone (vtimezone, since, icaltime_null_time (), 0);
  }
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

/* "2027-01-12T09:30:00Z", as stored, in UTC. */
static struct icaltimetype
utc_time (const char *text)
{
  struct icaltimetype t = icaltime_null_time ();

  if (text == NULL ||
      sscanf (text, "%4d-%2d-%2dT%2d:%2d:%2dZ", &t.year, &t.month, &t.day,
              &t.hour, &t.minute, &t.second) != 6)
    return icaltime_null_time ();
  t.zone = icaltimezone_get_utc_timezone ();
  return t;
}

/* The same instant as a GDateTime; the text is as the table's CHECK keeps
 * it, so no general ISO 8601 parser is needed ten thousand times. */
static GDateTime *
instant_from_text (const char *text)
{
  int year, month, day, hour, minute, second;

  if (text == NULL ||
      sscanf (text, "%4d-%2d-%2dT%2d:%2d:%2dZ", &year, &month, &day, &hour, &minute, &second) != 6)
    return NULL;
  return g_date_time_new_utc (year, month, day, hour, minute, second);
}

static GTimeZone *
zone_for (Export     *export,
          const char *tzid)
{
  const char *key = tzid != NULL ? tzid : "";
  GTimeZone *tz = g_hash_table_lookup (export->time_zones, key);

  if (tz == NULL)
    {
      tz = buurt_time_zone_new (tzid);
      g_hash_table_insert (export->time_zones, g_strdup (key), tz);
    }
  return tz;
}

static GHashTable *
index_by_id (GListModel *model)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BuurtEntity) entity = g_list_model_get_item (model, i);

      /* Borrowed: the model keeps it. */
      g_hash_table_insert (index, g_memdup2 (&(gint64) { buurt_entity_get_id (entity) }, sizeof (gint64)),
                           entity);
    }

  return index;
}

static BuurtEntity *
find (GHashTable *index,
      gint64      id)
{
  return id != 0 ? g_hash_table_lookup (index, &id) : NULL;
}

static BuurtEntity *
venue_of_room (Export      *export,
               BuurtEntity *room)
{
  return room != NULL ? g_hash_table_lookup (export->lookup->venue_by_id,
                                             &(gint64) { buurt_entity_get_int (room, "venue-id") })
                      : NULL;
}

static char *
location_text (Export     *export,
               gint64      room_id,
               const char *location)
{
  BuurtEntity *room = find (export->rooms, room_id);
  BuurtEntity *venue = venue_of_room (export, room);

  if (room == NULL)
    return g_strdup (location);
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

static void
write_component (Export        *export,
                 icalcomponent *component)
{
  char *text = icalcomponent_as_ical_string_r (component);

  g_string_append (export->events, text);
  free (text);
  icalcomponent_free (component);
}

/* A row's activity with what an override of one date leaves empty. */
typedef struct
{
  const BuurtStoreIcalRow *row;
  GDateTime               *starts_at;
  GDateTime               *ends_at;
  GTimeZone               *tz;
} Activity;

/* The series' changed dates as events with its UID and a RECURRENCE-ID
 * (the date's original start), its cancelled ones as EXDATEs; the changed
 * dates are added to @changed, to be written after the series. */
static void
add_overrides (Export        *export,
               Activity      *activity,
               icalcomponent *series,
               const char    *zone_name,
               GPtrArray     *changed)
{
  GPtrArray *overrides = g_hash_table_lookup (export->overrides, &activity->row->id);
  gboolean all_day = activity->row->all_day;

  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      BuurtEntity *override = g_ptr_array_index (overrides, i);
      struct icaltimetype rid = time_for (buurt_entity_get_date_time (override, "recurrence-id"),
                                          activity->tz, zone_name, all_day);
      icalcomponent *event;
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
      icalcomponent_add_property (event, with_tzid (icalproperty_new_recurrenceid (rid), zone_name));
      icalcomponent_add_property (event, icalproperty_new_clone (export->dtstamp));
      icalcomponent_add_property (event, icalproperty_new_summary (title != NULL && *title != '\0'
                                                                     ? title : activity->row->title));
      if (description == NULL || *description == '\0')
        description = activity->row->description;
      if (description != NULL && *description != '\0')
        icalcomponent_add_property (event, icalproperty_new_description (description));
      location = location_text (export, buurt_entity_get_int (override, "room-id"),
                                buurt_entity_get_string (override, "location"));
      if (location != NULL && *location != '\0')
        icalcomponent_add_property (event, icalproperty_new_location (location));
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (
        time_for (buurt_entity_get_date_time (override, "starts-at"), activity->tz, zone_name, all_day)), zone_name));
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (
        time_for (buurt_entity_get_date_time (override, "ends-at"), activity->tz, zone_name, all_day)), zone_name));
      icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
      g_ptr_array_add (changed, event);
    }
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
            BuurtEntity   *entity)
{
  if (entity != NULL)
    add_x (event, name, buurt_entity_get_uuid (entity));
}

/* What calendars have no field for, as X-BUURT- properties; the same as
 * buurt_ical_add_extensions() writes for an activity object. */
static void
add_extensions (Export                  *export,
                const BuurtStoreIcalRow *row,
                icalcomponent           *event)
{
  BuurtEntity *room = find (export->rooms, row->room_id);
  char number[32];

  add_x (event, "X-BUURT-CATEGORY", row->category);
  g_snprintf (number, sizeof number, "%u", (guint) row->target_groups);
  add_x (event, "X-BUURT-TARGET-GROUPS", number);
  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, row->cost_cents);
  add_x (event, "X-BUURT-COST-CENTS", number);
  add_x (event, "X-BUURT-REGISTRATION", row->registration);
  add_x (event, "X-BUURT-REGISTRATION-INFO", row->registration_info);
  add_x (event, "X-BUURT-STATUS", row->status);
  add_x_uuid (event, "X-BUURT-ROOM", room);
  add_x_uuid (event, "X-BUURT-VENUE", venue_of_room (export, room));
  add_x_uuid (event, "X-BUURT-ORGANISER", find (export->contacts, row->organiser_id));
  add_x_uuid (event, "X-BUURT-INITIATIVE", find (export->initiatives, row->initiative_id));
}

static icalproperty *
rrule_property (Export     *export,
                const char *rrule)
{
  icalproperty *prop = g_hash_table_lookup (export->rrules, rrule);

  /* A series of weekly mornings: thousands share a few rules. */
  if (prop == NULL)
    {
      prop = icalproperty_new_rrule (icalrecurrencetype_from_string (rrule));
      g_hash_table_insert (export->rrules, g_strdup (rrule), prop);
    }

  return icalproperty_new_clone (prop);
}

static void
add_event (Export   *export,
           Activity *activity)
{
  const BuurtStoreIcalRow *row = activity->row;
  gboolean all_day = row->all_day;
  const char *tzid = row->tzid != NULL ? row->tzid : BUURT_DEFAULT_TZID;
  BuurtEntity *organiser = find (export->contacts, row->organiser_id);
  g_autofree char *location = location_text (export, row->room_id, row->location);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  icaltimezone *zone = all_day ? NULL : use_zone (export, tzid);
  const char *zone_name = zone != NULL ? tzid : NULL;
  icalcomponent *event = icalcomponent_new_vevent ();
  struct icaltimetype start = time_for (activity->starts_at, activity->tz, zone_name, all_day);
  struct icaltimetype end = time_for (activity->ends_at, activity->tz, zone_name, all_day);

  icalcomponent_set_uid (event, row->uid != NULL ? row->uid : row->uuid);
  icalcomponent_add_property (event, icalproperty_new_clone (export->dtstamp));
  icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (row->modified_at)));
  icalcomponent_add_property (event, icalproperty_new_summary (row->title != NULL ? row->title : ""));
  if (row->description != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (row->description));
  if (location != NULL && *location != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (location));

  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (start), zone_name));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (end), zone_name));

  if (row->rrule != NULL)
    icalcomponent_add_property (event, rrule_property (export, row->rrule));

  if (row->cancelled_dates != NULL)
    {
      g_auto(GStrv) days = g_strsplit (row->cancelled_dates, ",", -1);

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
              struct icaltimetype local = local_time (activity->starts_at, activity->tz, FALSE);
              g_autoptr(GDateTime) instant = g_date_time_new (activity->tz, y, m, d, local.hour,
                                                              local.minute, local.second);

              t = icaltime_from_timet_with_zone (g_date_time_to_unix (instant), 0,
                                                 icaltimezone_get_utc_timezone ());
            }
          icalcomponent_add_property (event, with_tzid (icalproperty_new_exdate (t), zone_name));
        }
    }

  if (row->category != NULL)
    icalcomponent_add_property (event, icalproperty_new_categories (row->category));

  if (organiser != NULL && buurt_entity_get_string (organiser, "email") != NULL)
    {
      g_autofree char *address = g_strconcat ("mailto:", buurt_entity_get_string (organiser, "email"), NULL);
      icalproperty *prop = icalproperty_new_organizer (address);

      icalproperty_add_parameter (prop, icalparameter_new_cn (buurt_entity_get_string (organiser, "name")));
      icalcomponent_add_property (event, prop);
    }

  if (row->url != NULL)
    icalcomponent_add_property (event, icalproperty_new_url (row->url));

  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  add_extensions (export, row, event);

  /* The series gets its EXDATEs before it is written; its changed dates
   * follow it. */
  add_overrides (export, activity, event, zone_name, changed);
  write_component (export, event);
  for (guint i = 0; i < changed->len; i++)
    write_component (export, g_ptr_array_index (changed, i));
}

static gboolean
matches_place (Export                      *export,
               const BuurtStoreIcalRow     *row,
               const BuurtIcalExportFilter *filter)
{
  BuurtEntity *room;
  BuurtEntity *venue;

  if (filter->initiative != NULL)
    {
      BuurtEntity *initiative = find (export->initiatives, row->initiative_id);

      if (initiative == NULL || g_strcmp0 (buurt_entity_get_uuid (initiative), filter->initiative) != 0)
        return FALSE;
    }

  if (filter->venue == NULL && filter->town == NULL)
    return TRUE;

  room = find (export->rooms, row->room_id);
  venue = venue_of_room (export, room);
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
      BuurtEntity *neighbourhood = find (export->neighbourhoods, buurt_entity_get_int (venue, "neighbourhood-id"));
      BuurtEntity *kern = neighbourhood != NULL ? find (export->kerns, buurt_entity_get_int (neighbourhood, "kern-id")) : NULL;
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (kern == NULL)
        return FALSE;
      a = buurt_ical_fold (filter->town);
      b = buurt_ical_fold (buurt_entity_get_string (kern, "name"));
      if (!g_str_equal (a, b))
        return FALSE;
    }

  return TRUE;
}

static gboolean
export_row_cb (const BuurtStoreIcalRow *row,
               gpointer                 user_data)
{
  Export *export = user_data;
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  Activity activity;

  if (++export->n_read % CANCEL_EVERY == 0 && g_cancellable_is_cancelled (export->cancellable))
    {
      export->cancelled = TRUE;
      return FALSE;
    }

  if ((export->only != NULL && !g_hash_table_contains (export->only, &row->id)) ||
      !matches_place (export, row, export->filter))
    return TRUE;

  starts_at = instant_from_text (row->starts_at);
  ends_at = instant_from_text (row->ends_at);
  if (starts_at == NULL || ends_at == NULL)
    return TRUE;
  activity = (Activity) { row, starts_at, ends_at, zone_for (export, row->tzid) };

  /* With the agenda's query, the store has compared its dates already. */
  if (export->only == NULL && !buurt_ical_export_in_range (starts_at, ends_at, activity.tz, row->tzid, row->rrule, export->filter))
    return TRUE;

  add_event (export, &activity);
  export->n_events++;
  return TRUE;
}

static char *
export_text (BuurtDatabase                *database,
             const BuurtIcalExportFilter  *filter,
             guint                        *n_events,
             GCancellable                 *cancellable,
             GError                      **error)
{
  BuurtStore *store = buurt_database_get_store (database);
  static const BuurtIcalExportFilter everything = { NULL };
  g_autoptr(BuurtIcalLookup) lookup = NULL;
  g_autoptr(GListModel) neighbourhoods = NULL;
  g_autoptr(GListModel) kerns = NULL;
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) time_zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_time_zone_unref);
  g_autoptr(GHashTable) rooms = NULL;
  g_autoptr(GHashTable) contacts = NULL;
  g_autoptr(GHashTable) initiatives = NULL;
  g_autoptr(GHashTable) neighbourhood_index = NULL;
  g_autoptr(GHashTable) kern_index = NULL;
  g_autoptr(GHashTable) rrules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) icalproperty_free);
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GHashTable) only = NULL;
  g_autoptr(GString) events = NULL;
  Export export = { NULL };
  char *calendar_text;
  const char *end;
  GString *text;
  gboolean read;

  g_return_val_if_fail (BUURT_IS_STORE (store), NULL);

  if (filter == NULL)
    filter = &everything;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if ((lookup = buurt_ical_lookup_new (store, error)) == NULL)
    return NULL;
  if (filter->query != NULL && (only = buurt_ical_export_agenda_activities (store, filter, error)) == NULL)
    return NULL;

  neighbourhoods = buurt_store_list (store, BUURT_TYPE_NEIGHBOURHOOD, NULL);
  kerns = buurt_store_list (store, BUURT_TYPE_KERN, NULL);
  rooms = index_by_id (lookup->rooms);
  contacts = index_by_id (lookup->contacts);
  initiatives = index_by_id (lookup->initiatives);
  neighbourhood_index = index_by_id (neighbourhoods);
  kern_index = index_by_id (kerns);
  overrides = buurt_ical_export_overrides (store);
  events = g_string_sized_new (1 << 20);

  export.filter = filter;
  export.cancellable = cancellable;
  export.lookup = lookup;
  export.events = events;
  export.zones = zones;
  export.time_zones = time_zones;
  export.rooms = rooms;
  export.contacts = contacts;
  export.initiatives = initiatives;
  export.neighbourhoods = neighbourhood_index;
  export.kerns = kern_index;
  export.rrules = rrules;
  export.overrides = overrides;
  export.only = only;
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    export.dtstamp = icalproperty_new_dtstamp (icaltime_from_timet_with_zone (g_date_time_to_unix (now), 0,
                                                                              icaltimezone_get_utc_timezone ()));
  }

  export.calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (export.calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (export.calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (export.calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* The home zone always, so a calendar program shows local times. */
  use_zone (&export, BUURT_ICAL_HOME_ZONE);

  read = buurt_store_foreach_ical_row (store, export_row_cb, &export, error);

  calendar_text = icalcomponent_as_ical_string_r (export.calendar);
  icalcomponent_free (export.calendar);
  icalproperty_free (export.dtstamp);

  if (!read)
    {
      free (calendar_text);
      return NULL;
    }
  if (export.cancelled || g_cancellable_is_cancelled (cancellable))
    {
      free (calendar_text);
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }

  /* The events go in before the calendar's END line, all written by
   * libical; in place, since the events are most of the text. */
  end = g_strrstr (calendar_text, "END:VCALENDAR");
  g_assert (end != NULL);
  text = g_steal_pointer (&events);
  g_string_insert_len (text, 0, calendar_text, end - calendar_text);
  g_string_append (text, end);
  free (calendar_text);

  if (n_events != NULL)
    *n_events = export.n_events;
  return g_string_free (text, FALSE);
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
  return export_text (database, filter, n_events, NULL, error);
}

/**
 * buurt_ical_export_to_file:
 * @cancellable: (nullable): stops the export; the file is then left as it
 *   was (or not made)
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
  g_autofree char *text = export_text (database, filter, n_events, cancellable, error);
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return FALSE;

  /* Written to a temporary file beside it and renamed over it: a cancel or
   * an error leaves no half-written file. */
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

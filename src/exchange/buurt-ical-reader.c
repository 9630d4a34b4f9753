/* buurt-ical-reader.c: the events of a calendar file, each an activity or
 * refused with the file, the line and the reason
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
 * libical parses the whole file (icalparser_parse_string: unfolding, values,
 * several VCALENDARs, VTIMEZONEs). It does not say on which line a component
 * or property stood, so the reader keeps a line index beside it: the line of
 * each BEGIN:VEVENT and of the first line of each property name within it,
 * taken from the lines that start a content line (a folded line continues
 * the one before). libical keeps the file's order, so the n-th VEVENT it
 * gives is the n-th BEGIN:VEVENT of the index.
 *
 * What writers do that the standard does not say: a UTF-8 byte order mark
 * before BEGIN:VCALENDAR (Outlook), bare LF line ends and long lines left
 * unfolded (hand-made and PHP-made files), several VCALENDARs in one file
 * (files glued together), TZIDs with Windows names (Outlook, Exchange), and
 * libical's own TZID prefix (Evolution).
 */

typedef struct
{
  guint       line;
  GHashTable *properties;   /* upper-case name -> GUINT_TO_POINTER (line) */
} EventLines;

static void
event_lines_clear (gpointer data)
{
  EventLines *lines = data;

  g_clear_pointer (&lines->properties, g_hash_table_unref);
}

static GArray *
index_lines (const char *text)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (EventLines));
  EventLines *current = NULL;
  guint depth = 0;
  guint line = 0;

  g_array_set_clear_func (events, event_lines_clear);

  for (const char *start = text; *start != '\0'; )
    {
      const char *end = strchr (start, '\n');
      gsize length = end != NULL ? (gsize) (end - start) : strlen (start);
      gsize name_length;

      line++;
      if (length > 0 && *start != ' ' && *start != '\t')
        {
          name_length = strcspn (start, ";:\r\n");
          if (name_length > length)
            name_length = length;

          if (name_length == 5 && g_ascii_strncasecmp (start, "BEGIN", 5) == 0)
            {
              if (depth == 0 && length >= 12 && g_ascii_strncasecmp (start + 6, "VEVENT", 6) == 0)
                {
                  EventLines lines = { line, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

                  g_array_append_val (events, lines);
                  current = &g_array_index (events, EventLines, events->len - 1);
                  depth = 1;
                }
              else if (depth > 0)
                depth++;
            }
          else if (name_length == 3 && g_ascii_strncasecmp (start, "END", 3) == 0)
            {
              if (depth > 0 && --depth == 0)
                current = NULL;
            }
          else if (current != NULL && depth == 1)
            {
              g_autofree char *name = g_ascii_strup (start, name_length);

              if (!g_hash_table_contains (current->properties, name))
                g_hash_table_insert (current->properties, g_steal_pointer (&name),
                                     GUINT_TO_POINTER (line));
            }
        }

      if (end == NULL)
        break;
      start = end + 1;
    }

  return events;
}

typedef struct
{
  GFile           *file;
  BuurtIcalLookup *lookup;
  GPtrArray       *items;
  EventLines      *lines;
  BuurtIcalItem   *item;
} Reader;

static guint
line_of (Reader     *reader,
         const char *property)
{
  gpointer line = NULL;

  if (reader->lines == NULL)
    return 0;
  if (property != NULL && g_hash_table_lookup_extended (reader->lines->properties, property, NULL, &line))
    return GPOINTER_TO_UINT (line);

  return reader->lines->line;
}

static void
refuse (Reader     *reader,
        const char *property,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
refuse (Reader     *reader,
        const char *property,
        const char *format,
        ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (reader->item->problem != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  buurt_exchange_set_error_at (&error, BUURT_EXCHANGE_ERROR_INVALID, reader->file,
                               line_of (reader, property), "%s", message);
  reader->item->kind = BUURT_ICAL_ITEM_REFUSED;
  reader->item->line = line_of (reader, property);
  reader->item->problem = g_strdup (error->message);
  g_clear_object (&reader->item->activity);
}

static gboolean
time_is_possible (struct icaltimetype t)
{
  if (icaltime_is_null_time (t) || t.year < 1900 || t.year > 2200 ||
      t.month < 1 || t.month > 12 || t.day < 1 ||
      t.day > icaltime_days_in_month (t.month, t.year))
    return FALSE;

  return t.is_date || (t.hour < 24 && t.minute < 60 && t.second <= 60);
}

/* The zone of a date-time as the file means it: the VTIMEZONE libical
 * attached, a known name for a TZID without one, UTC, or the home zone for a
 * floating time. NULL when the TZID is unknown. */
static icaltimezone *
zone_of (icalproperty        *prop,
         struct icaltimetype  t)
{
  icalparameter *param = prop != NULL ? icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER) : NULL;

  if (icaltime_is_utc (t))
    return icaltimezone_get_utc_timezone ();
  if (t.zone != NULL)
    return (icaltimezone *) t.zone;
  if (param != NULL)
    return buurt_ical_zone_for_tzid (icalparameter_get_tzid (param));

  return buurt_ical_zone_for_tzid (BUURT_ICAL_HOME_ZONE);
}

/* The Olson name series repeat in: the event's own zone where GLib knows it
 * by a name, the home zone otherwise (a custom VTIMEZONE, UTC). */
static char *
repeat_zone_of (icaltimezone *zone)
{
  char *names[2] = { NULL, NULL };

  if (zone == NULL || zone == icaltimezone_get_utc_timezone ())
    return g_strdup (BUURT_ICAL_HOME_ZONE);

  /* Copies: libical may free a zone's strings when it loads another zone. */
  names[0] = g_strdup (icaltimezone_get_location (zone));
  names[1] = g_strdup (icaltimezone_get_tzid (zone));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      icaltimezone *builtin = names[i] != NULL ? buurt_ical_zone_for_tzid (names[i]) : NULL;
      g_autofree char *location = builtin != NULL ? g_strdup (icaltimezone_get_location (builtin)) : NULL;
      g_autoptr(GTimeZone) tz = location != NULL ? buurt_time_zone_lookup (location) : NULL;

      if (tz != NULL)
        {
          g_free (names[0]);
          g_free (names[1]);
          return g_steal_pointer (&location);
        }
    }

  g_free (names[0]);
  g_free (names[1]);
  return g_strdup (BUURT_ICAL_HOME_ZONE);
}

static GDateTime *
to_date_time (struct icaltimetype  t,
              icaltimezone        *zone,
              const char          *tzid)
{
  if (t.is_date)
    {
      g_autoptr(GTimeZone) tz = buurt_time_zone_new (tzid);

      return g_date_time_new (tz, t.year, t.month, t.day, 0, 0, 0);
    }

  return g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (t, zone));
}

/* The local date, "YYYY-MM-DD", of @t in the zone the series repeats in. */
static char *
local_day (struct icaltimetype  t,
           icaltimezone        *zone,
           const char          *tzid)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (t.is_date)
    return g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);

  utc = to_date_time (t, zone, tzid);
  tz = buurt_time_zone_new (tzid);
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, "%Y-%m-%d");
}

static void
read_exdates (Reader        *reader,
              icalcomponent *event,
              const char    *tzid)
{
  g_autoptr(GString) days = g_string_new (NULL);

  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       prop != NULL && reader->item->problem == NULL;
       prop = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype t = icalproperty_get_exdate (prop);
      icaltimezone *zone = zone_of (prop, t);
      g_autofree char *day = NULL;

      if (!time_is_possible (t) || zone == NULL)
        {
          refuse (reader, "EXDATE", _("a cancelled date (EXDATE) is not a possible date or time."));
          return;
        }

      day = local_day (t, zone, tzid);
      if (strstr (days->str, day) == NULL)
        g_string_append_printf (days, "%s%s", days->len > 0 ? "," : "", day);
    }

  if (days->len > 0)
    g_object_set (reader->item->activity, "cancelled-dates", days->str, NULL);
}

/* Each RDATE is one more date of the series: the app keeps it as an
 * activity of its own, keyed by the series' UID and the date. */
static void
read_rdates (Reader        *reader,
             icalcomponent *event,
             icaltimezone  *zone,
             const char    *tzid)
{
  BuurtIcalItem *master = reader->item;
  GDateTime *starts_at = buurt_entity_get_date_time (BUURT_ENTITY (master->activity), "starts-at");
  GDateTime *ends_at = buurt_entity_get_date_time (BUURT_ENTITY (master->activity), "ends-at");
  GTimeSpan duration = g_date_time_difference (ends_at, starts_at);

  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype rdate = icalproperty_get_rdate (prop);
      struct icaltimetype t = icaltime_is_null_time (rdate.time) ? rdate.period.start : rdate.time;
      icaltimezone *rzone = zone_of (prop, t);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autofree char *key = NULL;
      BuurtIcalItem *item;

      if (!time_is_possible (t) || rzone == NULL)
        {
          refuse (reader, "RDATE", _("an extra date (RDATE) is not a possible date or time."));
          return;
        }

      start = to_date_time (t, rzone != NULL ? rzone : zone, tzid);
      end = g_date_time_add (start, duration);
      key = buurt_format_utc (start);

      item = buurt_ical_item_new ();
      item->line = line_of (reader, "RDATE");
      item->uid = g_strdup (master->uid);
      item->recurrence_id = g_strconcat ("RDATE:", key, NULL);
      item->sequence = master->sequence;
      item->last_modified = master->last_modified ? g_date_time_ref (master->last_modified) : NULL;
      item->organiser_name = g_strdup (master->organiser_name);
      item->organiser_email = g_strdup (master->organiser_email);
      item->activity = BUURT_ACTIVITY (buurt_ical_copy_activity (master->activity));
      g_object_set (item->activity, "starts-at", start, "ends-at", end, "rrule", NULL,
                    "cancelled-dates", NULL, NULL);
      g_ptr_array_add (reader->items, item);
    }
}

static void
read_times (Reader        *reader,
            icalcomponent *event)
{
  BuurtIcalItem *item = reader->item;
  icalproperty *start_prop = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *end_prop = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *rrule_prop = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  icalproperty *rid_prop = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  struct icaltimetype start, end;
  icaltimezone *zone, *end_zone;
  g_autofree char *tzid = NULL;
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GError) error = NULL;

  if (start_prop == NULL)
    {
      refuse (reader, "DTSTART", _("the event has no start (DTSTART), or its date cannot be read."));
      return;
    }

  start = icalcomponent_get_dtstart (event);
  if (!time_is_possible (start))
    {
      refuse (reader, "DTSTART", _("the start (DTSTART) is not a possible date or time."));
      return;
    }

  zone = zone_of (start_prop, start);
  if (zone == NULL)
    {
      icalparameter *param = icalproperty_get_first_parameter (start_prop, ICAL_TZID_PARAMETER);

      refuse (reader, "DTSTART",
              /* Translators: %s is a time zone name from the file */
              _("the time zone “%s” is unknown and the file does not describe it (VTIMEZONE)."),
              icalparameter_get_tzid (param));
      return;
    }
  tzid = repeat_zone_of (zone);

  end = end_prop != NULL || icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY) != NULL
          ? icalcomponent_get_dtend (event) : icaltime_null_time ();
  if ((end_prop != NULL || !icaltime_is_null_time (end)) && !time_is_possible (end))
    {
      refuse (reader, end_prop != NULL ? "DTEND" : "DURATION",
              _("the end (DTEND or DURATION) is not a possible date or time."));
      return;
    }

  starts_at = to_date_time (start, zone, tzid);
  if (icaltime_is_null_time (end))
    {
      /* No end: a date is that one day, a time one hour (an event that
       * ends when it begins has no place in an agenda). */
      ends_at = start.is_date ? g_date_time_add_days (starts_at, 1) : g_date_time_add_hours (starts_at, 1);
    }
  else
    {
      end_zone = end_prop != NULL ? zone_of (end_prop, end) : zone;
      ends_at = to_date_time (end, end_zone != NULL ? end_zone : zone, tzid);
    }

  if (g_date_time_compare (ends_at, starts_at) <= 0)
    {
      refuse (reader, end_prop != NULL ? "DTEND" : "DURATION",
              _("the event ends before it starts."));
      return;
    }

  g_object_set (item->activity,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "all-day", start.is_date,
                "tzid", tzid,
                NULL);

  if (rid_prop != NULL)
    {
      struct icaltimetype rid = icalcomponent_get_recurrenceid (event);
      icaltimezone *rid_zone = zone_of (rid_prop, rid);
      g_autoptr(GDateTime) rid_time = NULL;

      if (!time_is_possible (rid) || rid_zone == NULL)
        {
          refuse (reader, "RECURRENCE-ID", _("the changed date (RECURRENCE-ID) is not a possible date or time."));
          return;
        }
      rid_time = to_date_time (rid, rid_zone, tzid);
      item->recurrence_id = buurt_format_utc (rid_time);
      item->master_cancel_day = local_day (rid, rid_zone, tzid);
      /* A changed date is a single date; its series keeps the rule. */
      return;
    }

  if (rrule_prop != NULL)
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (rrule_prop);
      g_autofree char *text = icalrecurrencetype_as_string_r (&rule);

      if (rule.freq == ICAL_NO_RECURRENCE || text == NULL ||
          !buurt_recurrence_check_rule (text, &error))
        {
          refuse (reader, "RRULE",
                  /* Translators: %s says why, from the app's own checks */
                  _("the repeat rule (RRULE) cannot be used: %s"),
                  error != NULL ? error->message : icalproperty_get_value_as_string (rrule_prop));
          return;
        }
      g_object_set (item->activity, "rrule", text, NULL);
    }

  read_exdates (reader, event, tzid);
  if (item->problem == NULL)
    read_rdates (reader, event, zone, tzid);
}

/* libical removes a property whose value it cannot read and leaves an
 * X-LIC-ERROR naming it ("... in RRULE property ..."). Without its start,
 * end or dates an event would be imported wrong, so it is refused; a
 * vendor's property that cannot be read does not matter. */
static void
check_parse_errors (Reader        *reader,
                    icalcomponent *event)
{
  static const char *needed[] = {
    "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID",
    "SEQUENCE", "LAST-MODIFIED", "STATUS",
  };

  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY);
       prop != NULL && reader->item->problem == NULL;
       prop = icalcomponent_get_next_property (event, ICAL_XLICERROR_PROPERTY))
    {
      const char *text = icalproperty_get_xlicerror (prop);

      for (guint i = 0; text != NULL && i < G_N_ELEMENTS (needed); i++)
        {
          g_autofree char *pattern = g_strdup_printf (" %s property", needed[i]);

          if (strstr (text, pattern) != NULL)
            {
              refuse (reader, needed[i],
                      /* Translators: %s is a property such as RRULE; the second %s libical's own words (English) */
                      _("%s cannot be read (%s)."), needed[i], text);
              break;
            }
        }
    }
}

static char *
derived_uid (icalcomponent *event)
{
  g_autofree char *text = icalcomponent_as_ical_string_r (event);

  /* An event without a UID is recognised on a second import by what it is. */
  return g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
}

static void
read_event (Reader        *reader,
            icalcomponent *event)
{
  BuurtIcalItem *item = buurt_ical_item_new ();
  icalproperty *prop;
  const char *text;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  reader->item = item;
  g_ptr_array_add (reader->items, item);
  item->line = line_of (reader, NULL);
  item->activity = buurt_activity_new ();
  item->recurrence_id = g_strdup ("");
  g_object_set (item->activity, "source", BUURT_SOURCE_ICAL, "status", BUURT_ACTIVITY_STATUS_PUBLISHED,
                "category", BUURT_CATEGORY_OTHER, NULL);

  text = icalcomponent_get_uid (event);
  item->uid = text != NULL && *text != '\0' ? g_strdup (text) : derived_uid (event);
  item->sequence = MAX (0, icalcomponent_get_sequence (event));

  prop = icalcomponent_get_first_property (event, ICAL_LASTMODIFIED_PROPERTY);
  if (prop != NULL)
    {
      struct icaltimetype t = icalproperty_get_lastmodified (prop);

      if (time_is_possible (t) && !t.is_date)
        item->last_modified = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (t, zone_of (prop, t)));
    }

  check_parse_errors (reader, event);
  if (item->problem != NULL)
    return;

  text = icalcomponent_get_summary (event);
  title = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*title == '\0')
    {
      refuse (reader, "SUMMARY", _("the event has no title (SUMMARY)."));
      return;
    }
  g_object_set (item->activity, "title", title, NULL);

  text = icalcomponent_get_description (event);
  if (text != NULL)
    g_object_set (item->activity, "description", text, NULL);

  prop = icalcomponent_get_first_property (event, ICAL_URL_PROPERTY);
  if (prop != NULL && icalproperty_get_url (prop) != NULL)
    g_object_set (item->activity, "url", icalproperty_get_url (prop), NULL);

  if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    g_object_set (item->activity, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);

  buurt_ical_map_location (reader->lookup, item->activity, icalcomponent_get_location (event));
  buurt_ical_map_categories (item->activity, event);
  buurt_ical_map_organiser (reader->lookup, item, event);
  buurt_ical_map_extensions (reader->lookup, item->activity, event);

  read_times (reader, event);
  if (item->problem != NULL)
    return;

  if (!buurt_entity_validate (BUURT_ENTITY (item->activity), &error))
    refuse (reader, NULL, "%s", error->message);
}

/* A series in the file does not hold the dates its RECURRENCE-ID events
 * cancel: the app cancels them in the series, so the series as the file
 * means it is compared and written with those dates cancelled. */
static void
cancel_changed_dates (GPtrArray *items)
{
  g_autoptr(GHashTable) masters = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (items, i);

      if (item->kind != BUURT_ICAL_ITEM_REFUSED && item->recurrence_id[0] == '\0')
        g_hash_table_insert (masters, item->uid, item);
    }

  for (guint i = 0; i < items->len; i++)
    {
      BuurtIcalItem *item = g_ptr_array_index (items, i);
      BuurtIcalItem *master;
      const char *dates;
      g_autofree char *new_dates = NULL;

      /* A changed date is the series' override; a cancelled one is a
       * cancelled date of the series. */
      if (item->kind == BUURT_ICAL_ITEM_REFUSED || item->master_cancel_day == NULL ||
          buurt_entity_get_enum (BUURT_ENTITY (item->activity), "status") != BUURT_ACTIVITY_STATUS_CANCELLED)
        continue;
      master = g_hash_table_lookup (masters, item->uid);
      if (master == NULL)
        continue;

      dates = buurt_entity_get_string (BUURT_ENTITY (master->activity), "cancelled-dates");
      if (dates != NULL && strstr (dates, item->master_cancel_day) != NULL)
        continue;
      new_dates = dates != NULL && *dates != '\0'
                    ? g_strconcat (dates, ",", item->master_cancel_day, NULL)
                    : g_strdup (item->master_cancel_day);
      g_object_set (master->activity, "cancelled-dates", new_dates, NULL);
    }
}

static const char *
calendar_text (icalcomponent *calendar,
               icalproperty_kind kind,
               const char       *x_name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (calendar, kind);
       prop != NULL;
       prop = icalcomponent_get_next_property (calendar, kind))
    if (x_name == NULL)
      return icalproperty_get_value_as_string (prop);
    else if (g_ascii_strcasecmp (icalproperty_get_x_name (prop), x_name) == 0)
      return icalproperty_get_x (prop);

  return NULL;
}

/**
 * buurt_ical_read_items:
 * @source: (out): who wrote the file: its PRODID and calendar name
 *
 * Returns: (transfer full) (element-type BuurtIcalItem): the file's events
 *   in file order (an RDATE's date after its series), or %NULL with @error
 *   set when the file is not a calendar at all
 */
GPtrArray *
buurt_ical_read_items (GFile            *file,
                       GBytes           *bytes,
                       BuurtIcalLookup  *lookup,
                       char            **source,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) calendars = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_ical_item_free);
  icalcomponent *root;
  Reader reader = { file, lookup, items, NULL, NULL };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  guint n_events = 0;

  if (data == NULL)
    data = "";

  /* A byte order mark is not part of the calendar (Outlook writes one). */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  text = g_utf8_make_valid (data, size);
  lines = index_lines (text);

  root = icalparser_parse_string (text);
  if (root != NULL && icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    g_ptr_array_add (calendars, root);
  else if (root != NULL && icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         c != NULL;
         c = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      g_ptr_array_add (calendars, c);

  if (calendars->len == 0)
    {
      g_clear_pointer (&root, icalcomponent_free);
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_INVALID, file, 1, "%s",
                                   _("this is not a calendar file: it has no BEGIN:VCALENDAR."));
      return NULL;
    }

  *source = NULL;
  for (guint c = 0; c < calendars->len; c++)
    {
      icalcomponent *calendar = g_ptr_array_index (calendars, c);

      if (*source == NULL)
        {
          const char *prodid = calendar_text (calendar, ICAL_PRODID_PROPERTY, NULL);
          const char *name = calendar_text (calendar, ICAL_X_PROPERTY, "X-WR-CALNAME");

          if (prodid != NULL || name != NULL)
            *source = g_strdup_printf ("%s\n%s", prodid != NULL ? prodid : "", name != NULL ? name : "");
        }

      for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
           event != NULL;
           event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
        {
          reader.lines = n_events < lines->len ? &g_array_index (lines, EventLines, n_events) : NULL;
          n_events++;
          read_event (&reader, event);

          if ((n_events & 1023) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              icalcomponent_free (root);
              g_free (*source);
              *source = NULL;
              return NULL;
            }
        }
    }

  icalcomponent_free (root);
  cancel_changed_dates (items);

  if (*source == NULL)
    *source = g_file_get_basename (file);

  return g_steal_pointer (&items);
}

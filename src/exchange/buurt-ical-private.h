/* buurt-ical-private.h: what the calendar reader, importer and exporter share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "buurt-database-private.h"
#include "buurt-ical.h"

G_BEGIN_DECLS

/* The zone floating times are taken in, and the one exports repeat in. */
#define BUURT_ICAL_HOME_ZONE "Europe/Amsterdam"

/* What the file's names are matched against: the agenda's venues, rooms,
 * contacts, towns and initiatives, read once per import. */
typedef struct
{
  GListModel *venues;
  GListModel *rooms;
  GListModel *contacts;
  GListModel *initiatives;
  GHashTable *venue_by_id;      /* gint64* -> BuurtVenue* */
} BuurtIcalLookup;

BuurtIcalLookup *buurt_ical_lookup_new         (BuurtStore       *store,
                                                GError          **error);
void             buurt_ical_lookup_free        (BuurtIcalLookup  *lookup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtIcalLookup, buurt_ical_lookup_free)

void             buurt_ical_item_free          (BuurtIcalItem    *item);
BuurtIcalItem   *buurt_ical_item_new           (void);

/* buurt-ical-reader.c: the file's events, in file order, each mapped to an
 * activity or refused with FILE:LINE. */
GPtrArray       *buurt_ical_read_items         (GFile            *file,
                                                GBytes           *bytes,
                                                BuurtIcalLookup  *lookup,
                                                char            **source,
                                                GCancellable     *cancellable,
                                                GError          **error);

/* buurt-ical-conflicts.c: the double bookings of rooms an import would make */
gboolean         buurt_ical_find_room_conflicts (BuurtStore      *store,
                                                 GPtrArray       *items,
                                                 GCancellable    *cancellable,
                                                 GError         **error);

/* buurt-ical-mapping.c: names to rows, and the app's own X- properties */
char            *buurt_ical_fold               (const char       *text);
icaltimezone    *buurt_ical_zone_for_tzid      (const char       *tzid);
void             buurt_ical_map_location       (BuurtIcalLookup  *lookup,
                                                BuurtActivity    *activity,
                                                const char       *location);
void             buurt_ical_map_categories     (BuurtActivity    *activity,
                                                icalcomponent    *event);
void             buurt_ical_map_organiser      (BuurtIcalLookup  *lookup,
                                                BuurtIcalItem    *item,
                                                icalcomponent    *event);
void             buurt_ical_map_extensions     (BuurtIcalLookup  *lookup,
                                                BuurtActivity    *activity,
                                                icalcomponent    *event);
void             buurt_ical_add_extensions     (BuurtIcalLookup  *lookup,
                                                BuurtActivity    *activity,
                                                icalcomponent    *event);
BuurtActivity   *buurt_ical_copy_activity      (BuurtActivity    *activity);
void             buurt_ical_copy_fields        (BuurtActivity    *from,
                                                BuurtActivity    *to);
gboolean         buurt_ical_same_activity      (BuurtActivity    *a,
                                                BuurtActivity    *b);
char            *buurt_ical_override_key       (gint64            activity_id,
                                                const char       *recurrence_id);
GHashTable      *buurt_ical_read_overrides     (BuurtStore       *store,
                                                GError          **error);
BuurtActivity   *buurt_ical_date_of_series     (BuurtActivity           *series,
                                                BuurtOccurrenceOverride *override);

/* buurt-ical-export-select.c: which activities an export takes */
gboolean         buurt_ical_export_in_range    (GDateTime                    *starts_at,
                                                GDateTime                    *ends_at,
                                                GTimeZone                    *tz,
                                                const char                   *tzid,
                                                const char                   *rrule,
                                                const BuurtIcalExportFilter  *filter);
GHashTable      *buurt_ical_export_agenda_activities (BuurtStore                   *store,
                                                      const BuurtIcalExportFilter  *filter,
                                                      GError                      **error);
GHashTable      *buurt_ical_export_overrides   (BuurtStore                   *store);

/* buurt-ical-async.c */
void             buurt_ical_export_set_delay_for_tests (guint ms);

G_END_DECLS

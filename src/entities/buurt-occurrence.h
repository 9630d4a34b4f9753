/* buurt-occurrence.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buurt-enums.h"

G_BEGIN_DECLS

#define BUURT_TYPE_OCCURRENCE (buurt_occurrence_get_type ())

G_DECLARE_FINAL_TYPE (BuurtOccurrence, buurt_occurrence, BUURT, OCCURRENCE, GObject)

/**
 * BuurtOccurrenceData:
 *
 * One row of the agenda as the store reads it: a date of an activity with
 * what a list row shows. Strings are borrowed for the duration of the call.
 */
typedef struct
{
  gint64               id;
  gint64               activity_id;
  const char          *title;
  const char          *starts_at;
  const char          *ends_at;
  const char          *day;
  gboolean             all_day;
  const char          *tzid;
  const char          *venue;
  const char          *room;
  const char          *location;
  const char          *organiser;
  guint                target_groups;
  gint64               cost_cents;
  BuurtActivityStatus  status;
  gboolean             cancelled;
  gboolean             conflict;
  gboolean             overridden;
  const char          *closure;
} BuurtOccurrenceData;

BuurtOccurrence     *buurt_occurrence_new              (const BuurtOccurrenceData *data);
gint64               buurt_occurrence_get_id           (BuurtOccurrence *self);
gint64               buurt_occurrence_get_activity_id  (BuurtOccurrence *self);
const char          *buurt_occurrence_get_title        (BuurtOccurrence *self);
GDateTime           *buurt_occurrence_get_starts_at    (BuurtOccurrence *self);
GDateTime           *buurt_occurrence_get_ends_at      (BuurtOccurrence *self);
const char          *buurt_occurrence_get_day          (BuurtOccurrence *self);
gboolean             buurt_occurrence_get_all_day      (BuurtOccurrence *self);
const char          *buurt_occurrence_get_tzid         (BuurtOccurrence *self);
char                *buurt_occurrence_dup_place        (BuurtOccurrence *self);
const char          *buurt_occurrence_get_organiser    (BuurtOccurrence *self);
guint                buurt_occurrence_get_target_groups (BuurtOccurrence *self);
gint64               buurt_occurrence_get_cost_cents   (BuurtOccurrence *self);
BuurtActivityStatus  buurt_occurrence_get_status       (BuurtOccurrence *self);
gboolean             buurt_occurrence_get_cancelled    (BuurtOccurrence *self);
gboolean             buurt_occurrence_get_conflict     (BuurtOccurrence *self);
gboolean             buurt_occurrence_get_overridden   (BuurtOccurrence *self);
const char          *buurt_occurrence_get_closure      (BuurtOccurrence *self);
char                *buurt_occurrence_dup_cancel_reason (BuurtOccurrence *self);

G_END_DECLS

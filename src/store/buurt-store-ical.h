/* buurt-store-ical.h: the published activities as a calendar export reads
 * them, without an object per row
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-store.h"

G_BEGIN_DECLS

/**
 * BuurtStoreIcalRow:
 * @uid: (nullable): the UID the activity was imported with, as an event of
 *   its own, or %NULL
 *
 * One published activity; the columns of the activity table by their names,
 * strings as stored (enum words, UTC times as "YYYY-MM-DDTHH:MM:SSZ"), %NULL
 * for an empty column. Valid only during the callback.
 */
typedef struct
{
  gint64      id;
  const char *uuid;
  const char *uid;
  const char *modified_at;
  const char *title;
  const char *description;
  const char *category;
  gint64      target_groups;
  gint64      room_id;
  const char *location;
  gint64      organiser_id;
  gint64      initiative_id;
  const char *starts_at;
  const char *ends_at;
  gboolean    all_day;
  const char *tzid;
  const char *rrule;
  const char *cancelled_dates;
  gint64      cost_cents;
  const char *registration;
  const char *registration_info;
  const char *status;
  const char *url;
} BuurtStoreIcalRow;

/* Returns FALSE to stop reading. */
typedef gboolean (*BuurtStoreIcalRowFunc) (const BuurtStoreIcalRow *row,
                                           gpointer                 user_data);

gboolean buurt_store_foreach_ical_row (BuurtStore            *self,
                                       BuurtStoreIcalRowFunc  func,
                                       gpointer               user_data,
                                       GError               **error);

G_END_DECLS

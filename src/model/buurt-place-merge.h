/* buurt-place-merge.h: two venues or rooms that are the same place become one
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_PLACE_MERGE (buurt_place_merge_get_type ())

G_DECLARE_FINAL_TYPE (BuurtPlaceMerge, buurt_place_merge, BUURT, PLACE_MERGE, GObject)

BuurtPlaceMerge *buurt_place_merge_new_venues    (BuurtDatabase    *database,
                                                  gint64            keep_venue_id,
                                                  gint64            merged_venue_id);
BuurtPlaceMerge *buurt_place_merge_new_rooms     (BuurtDatabase    *database,
                                                  gint64            keep_room_id,
                                                  gint64            merged_room_id);
gboolean         buurt_place_merge_preview       (BuurtPlaceMerge  *self,
                                                  guint            *n_rooms,
                                                  guint            *n_activities,
                                                  GError          **error);
const char      *buurt_place_merge_get_kept_name (BuurtPlaceMerge  *self);
gint64           buurt_place_merge_get_kept_id   (BuurtPlaceMerge  *self);
const char      *buurt_place_merge_get_merged_name (BuurtPlaceMerge *self);
gboolean         buurt_place_merge_run           (BuurtPlaceMerge  *self,
                                                  GError          **error);
gboolean         buurt_place_merge_undo          (BuurtPlaceMerge  *self,
                                                  GError          **error);

GArray          *buurt_database_find_duplicates  (BuurtDatabase    *database,
                                                  gboolean          rooms,
                                                  GError          **error);
char            *buurt_database_duplicate_key    (const char       *name);

G_END_DECLS

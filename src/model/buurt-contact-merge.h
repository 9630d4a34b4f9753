/* buurt-contact-merge.h: merging two contacts, undoably
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CONTACT_MERGE (buurt_contact_merge_get_type ())

G_DECLARE_FINAL_TYPE (BuurtContactMerge, buurt_contact_merge, BUURT, CONTACT_MERGE, GObject)

BuurtContactMerge *buurt_contact_merge_new  (BuurtDatabase      *database,
                                             gint64              keep_id,
                                             gint64              duplicate_id);
gboolean           buurt_contact_merge_run  (BuurtContactMerge  *self,
                                             GError            **error);
gboolean           buurt_contact_merge_undo (BuurtContactMerge  *self,
                                             GError            **error);

G_END_DECLS

/* buurt-store-desk-checksum.c: one checksum of everything that travels
 * between desks, so tests and users can see that two desks agree
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"
#include <glib/gi18n.h>
#include <string.h>
#include "buurt-store-desks.h"
#include "buurt-store-private.h"

typedef struct
{
  GChecksum *checksum;
} Sum;

static gboolean
sum_row (const char  *table,
         const char  *uuid,
         GVariant    *fields,
         const char  *version,
         const char  *changed_by,
         gpointer     user_data,
         GError     **error)
{
  Sum *sum = user_data;
  g_autofree char *text = g_variant_print (fields, TRUE);

  g_checksum_update (sum->checksum, (const guchar *) table, -1);
  g_checksum_update (sum->checksum, (const guchar *) uuid, -1);
  g_checksum_update (sum->checksum, (const guchar *) text, -1);
  return TRUE;
}

/**
 * buurt_store_desk_checksum:
 *
 * Returns: (transfer full): a checksum of the content of every table that
 *   travels (not this desk's own settings): equal on two desks that hold the
 *   same agenda
 */
char *
buurt_store_desk_checksum (BuurtStore  *self,
                           GError     **error)
{
  const char *const *tables = buurt_store_desk_tables (self);
  Sum sum = { g_checksum_new (G_CHECKSUM_SHA256) };
  char *result = NULL;

  for (guint t = 0; tables[t] != NULL; t++)
    if (!buurt_store_desk_foreach (self, tables[t], sum_row, &sum, error))
      break;
    else if (tables[t + 1] == NULL)
      result = g_strdup (g_checksum_get_string (sum.checksum));

  g_checksum_free (sum.checksum);
  return result;
}

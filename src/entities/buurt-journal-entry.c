/* buurt-journal-entry.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-journal-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-enum-types.h"
#include "buurt-journal-entry.h"

/* A row of the journal_entry table; its columns are properties of BuurtEntity. */
struct _BuurtJournalEntry
{
  BuurtEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (BuurtJournalEntry, buurt_journal_entry, BUURT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_INITIATIVE_ID,
  PROP_ENTRY_DATE,
  PROP_KIND,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buurt_journal_entry_validate (BuurtEntity  *entity,
                              GError      **error)
{
  if (buurt_entity_get_int (entity, "initiative-id") == 0)
    {
      g_set_error_literal (error, BUURT_ENTITY_ERROR, BUURT_ENTITY_ERROR_INVALID,
                           _("Choose the initiative this entry belongs to."));
      return FALSE;
    }
  if (!buurt_entity_require_text (entity, "entry-date", _("Date"), error))
    return FALSE;
  if (!buurt_entity_check_date (entity, "entry-date", _("Date"), error))
    return FALSE;
  if (!buurt_entity_require_text (entity, "text", _("Text"), error))
    return FALSE;

  return TRUE;
}

static void
buurt_journal_entry_class_init (BuurtJournalEntryClass *klass)
{
  BuurtEntityClass *entity_class = BUURT_ENTITY_CLASS (klass);

  entity_class->validate = buurt_journal_entry_validate;

  properties[PROP_INITIATIVE_ID] = buurt_column_id ("initiative-id");
  properties[PROP_ENTRY_DATE] = buurt_column_string ("entry-date");
  properties[PROP_KIND] = buurt_column_enum ("kind", BUURT_TYPE_JOURNAL_KIND, BUURT_JOURNAL_KIND_MILESTONE);
  properties[PROP_TEXT] = buurt_column_string ("text");

  buurt_entity_class_install_properties (entity_class, "journal_entry", properties, N_PROPS);
}

static void
buurt_journal_entry_init (BuurtJournalEntry *self)
{
}

/**
 * buurt_journal_entry_new:
 *
 * Returns: (transfer full): a new, unsaved journal entry
 */
BuurtJournalEntry *
buurt_journal_entry_new (void)
{
  return g_object_new (BUURT_TYPE_JOURNAL_ENTRY, NULL);
}

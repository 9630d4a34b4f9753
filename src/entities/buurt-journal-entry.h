/* buurt-journal-entry.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_JOURNAL_ENTRY (buurt_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (BuurtJournalEntry, buurt_journal_entry, BUURT, JOURNAL_ENTRY, BuurtEntity)

BuurtJournalEntry *buurt_journal_entry_new (void);

G_END_DECLS

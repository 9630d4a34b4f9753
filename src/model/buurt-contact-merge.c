/* buurt-contact-merge.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-contact-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-contact-merge.h"
#include "buurt-database-private.h"

/*
 * Merging a duplicate contact into the one that stays, as a command the
 * address book's Undo toast can take back. Running remembers exactly which
 * rows were moved (see BuurtContactMergeRecord); undoing moves those back
 * and brings the duplicate back, so rows changed in between stay as they are.
 */

struct _BuurtContactMerge
{
  GObject parent_instance;

  /* What the command merges */
  BuurtDatabase *database;
  gint64         keep_id;
  gint64         duplicate_id;

  /* What running changed, while it is not undone */
  BuurtContactMergeRecord *record;
};

G_DEFINE_FINAL_TYPE (BuurtContactMerge, buurt_contact_merge, G_TYPE_OBJECT)

static void
buurt_contact_merge_dispose (GObject *object)
{
  BuurtContactMerge *self = BUURT_CONTACT_MERGE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (buurt_contact_merge_parent_class)->dispose (object);
}

static void
buurt_contact_merge_finalize (GObject *object)
{
  BuurtContactMerge *self = BUURT_CONTACT_MERGE (object);

  g_clear_pointer (&self->record, buurt_contact_merge_record_free);

  G_OBJECT_CLASS (buurt_contact_merge_parent_class)->finalize (object);
}

static void
buurt_contact_merge_class_init (BuurtContactMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buurt_contact_merge_dispose;
  object_class->finalize = buurt_contact_merge_finalize;
}

static void
buurt_contact_merge_init (BuurtContactMerge *self)
{
}

/**
 * buurt_contact_merge_new:
 * @keep_id: the contact that stays
 * @duplicate_id: the contact merged into it, and then deleted
 *
 * Returns: (transfer full): a command; nothing changes until it runs
 */
BuurtContactMerge *
buurt_contact_merge_new (BuurtDatabase *database,
                         gint64         keep_id,
                         gint64         duplicate_id)
{
  BuurtContactMerge *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);

  self = g_object_new (BUURT_TYPE_CONTACT_MERGE, NULL);
  self->database = g_object_ref (database);
  self->keep_id = keep_id;
  self->duplicate_id = duplicate_id;

  return self;
}

/**
 * buurt_contact_merge_run:
 *
 * Merges, in one transaction.
 *
 * Returns: %TRUE when merged; %FALSE with @error set and nothing changed
 */
gboolean
buurt_contact_merge_run (BuurtContactMerge  *self,
                         GError            **error)
{
  g_return_val_if_fail (BUURT_IS_CONTACT_MERGE (self), FALSE);
  g_return_val_if_fail (self->record == NULL, FALSE);

  self->record = buurt_store_merge_contacts (buurt_database_get_store (self->database),
                                             self->keep_id, self->duplicate_id, error);
  return self->record != NULL;
}

/**
 * buurt_contact_merge_undo:
 *
 * Takes the merge back: the duplicate returns with what referred to it.
 *
 * Returns: %TRUE when undone; %FALSE with @error set and nothing changed
 */
gboolean
buurt_contact_merge_undo (BuurtContactMerge  *self,
                          GError            **error)
{
  g_return_val_if_fail (BUURT_IS_CONTACT_MERGE (self), FALSE);
  g_return_val_if_fail (self->record != NULL, FALSE);

  if (!buurt_store_unmerge_contacts (buurt_database_get_store (self->database), self->record, error))
    return FALSE;

  g_clear_pointer (&self->record, buurt_contact_merge_record_free);
  return TRUE;
}

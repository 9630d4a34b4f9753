/* buurt-store-errors.c: what a failed statement means, in words a volunteer
 * understands, naming the file or the rule that was broken
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"

/* What a broken rule of the schema means to a volunteer, by constraint name. */
static const struct {
  const char *constraint;
  const char *message;
} constraint_messages[] = {
  { "name_required", N_("A name is required.") },
  { "title_required", N_("A title is required.") },
  { "description_required", N_("A description is required.") },
  { "text_required", N_("The text is required.") },
  { "end_after_start", N_("The end is before the start: the activity must end after it begins.") },
  { "occurrence_end_after_start", N_("The end is before the start: the activity must end after it begins.") },
  { "cost_not_negative", N_("The cost cannot be less than zero.") },
  { "rate_not_negative", N_("The rate cannot be less than zero.") },
  { "amount_not_negative", N_("The amount cannot be less than zero.") },
  { "amount_requested_not_negative", N_("The amount requested cannot be less than zero.") },
  { "amount_granted_not_negative", N_("The amount granted cannot be less than zero.") },
  { "capacity_positive", N_("Capacity must be at least 1 person.") },
  { "volunteers_not_negative", N_("The number of volunteers cannot be less than zero.") },
  { "participants_not_negative", N_("The number of participants cannot be less than zero.") },
  { "postcode_format", N_("The postcode must be four digits, a space and two capitals, such as 8251 AB.") },
  { "email_format", N_("The e-mail address needs an @, as in naam@voorbeeld.nl.") },
  { "evaluation_after_start", N_("The next evaluation cannot be before the start date.") },
  { "decided_after_requested", N_("The decision date cannot be before the request date.") },
  { "expense_owner", N_("Choose the initiative or funding request this expense belongs to.") },
  { "rrule_format", N_("The repeat pattern is not valid.") },
};

/* A file that cannot be used, and why: the message names the file. */
void
buurt_store_set_open_error (GError     **error,
                            int          code,
                            const char  *path,
                            const char  *reason)
{
  g_set_error (error, BUURT_STORE_ERROR, code,
               /* Translators: the first %s is a file path, the second the reason */
               _("Could not open the agenda “%s”: %s"), path, reason);
}

/**
 * buurt_store_set_sqlite_error:
 * @rc: the SQLite result code of the failed call
 *
 * Turns the last SQLite error of the connection into a translated GError,
 * naming the rule that was broken where the schema names it.
 */
void
buurt_store_set_sqlite_error (BuurtStore  *self,
                              int          rc,
                              GError     **error)
{
  const char *msg = sqlite3_errmsg (buurt_store_get_db (self));
  const char *rule;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FULL,
                           _("The disk is full, so your change was not saved. "
                             "Make room on the disk, then save again."));
      return;
    case SQLITE_READONLY:
      g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a file */
                   _("The agenda “%s” cannot be written to right now (it is read-only), "
                     "so your change was not saved. Nothing else was changed."),
                   buurt_store_get_path (self));
      return;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_BUSY,
                           _("Another copy of Buurtagenda kept saving to this agenda for more "
                             "than 10 seconds, so your change was not saved. Try again in a moment."));
      return;
    case SQLITE_IOERR:
      if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_SHMSIZE)
        {
          g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FULL,
                       /* Translators: %s is a technical message from the database */
                       _("Your change could not be written to the disk (%s), so it was not saved. "
                         "Is the disk full?"), sqlite3_errstr (rc));
          return;
        }
      break;
    default:
      break;
    }

  if ((rc & 0xff) != SQLITE_CONSTRAINT)
    {
      g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                   /* Translators: %s is a technical message from the database */
                   _("The agenda could not be saved: %s"), msg);
      return;
    }

  if ((rule = strstr (msg, "CHECK constraint failed: ")) != NULL)
    {
      rule += strlen ("CHECK constraint failed: ");
      for (guint i = 0; i < G_N_ELEMENTS (constraint_messages); i++)
        if (g_str_equal (rule, constraint_messages[i].constraint))
          {
            g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                                 _(constraint_messages[i].message));
            return;
          }
    }

  if (rc == SQLITE_CONSTRAINT_NOTNULL)
    g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                 /* Translators: %s names the missing field, as table.column */
                 _("A required field is empty (%s)."), strrchr (msg, ' ') + 1);
  else if (rc == SQLITE_CONSTRAINT_UNIQUE)
    g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                         _("This is already in the agenda."));
  else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                         _("This refers to something that is no longer in the agenda."));
  else
    g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_CONSTRAINT,
                 /* Translators: %s is a technical message from the database */
                 _("This does not fit the rules of the agenda: %s"), msg);
}

/**
 * buurt_store_set_read_error:
 * @rc: the SQLite result code of the failed read
 *
 * A read that failed (a damaged or vanished file, a lock held too long)
 * as a translated GError, so that it is never taken for an empty answer.
 */
void
buurt_store_set_read_error (BuurtStore  *self,
                            int          rc,
                            GError     **error)
{
  g_set_error (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
               /* Translators: the first %s is a file path, the second a technical message from the database */
               _("The agenda “%s” could not be read: %s"),
               buurt_store_get_path (self), sqlite3_errstr (rc));
}

/* buurt-command.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-command"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-command.h"
#include "buurt-database-private.h"
#include "buurt-database-series.h"

/*
 * A change to the agenda that the user can undo: cancelling one date of a
 * series or bringing it back, cancelling an activity, deleting it.
 *
 * The command remembers only what it changed (one date, the status, the
 * deletion), never the whole activity: running and undoing each read the
 * activity again inside one transaction and change just that, so an edit
 * made in between (a new title, another time) stays. When the change can no
 * longer be undone (the activity was deleted, the date is no longer one of
 * the series, someone else changed the status), undoing changes nothing and
 * says why.
 */

/* What a command changes. */
typedef enum
{
  BUURT_COMMAND_CANCEL_DATE,
  BUURT_COMMAND_RESTORE_DATE,
  BUURT_COMMAND_CANCEL_ACTIVITY,
  BUURT_COMMAND_DELETE_ACTIVITY,
  BUURT_COMMAND_CHANGE_DATE,
} BuurtCommandKind;

struct _BuurtCommand
{
  GObject parent_instance;

  /* What the command changes */
  BuurtDatabase       *database;
  BuurtCommandKind     kind;
  gint64               activity_id;
  char                *day;         /* the date of a series, or NULL */

  /* What it found when it ran */
  char                *title;       /* the activity's title, for messages */
  BuurtActivityStatus  old_status;  /* the status before cancelling it */
  gboolean             done;        /* ran, and not undone since */
  gboolean             changed;     /* running changed the row, so undoing must too */

  /* A change to one date of a series, only this date or this and later */
  BuurtActivity           *change;          /* the date as the user wants it */
  BuurtSeriesScope         scope;
  BuurtOccurrenceOverride *override_before; /* the date's override before, or NULL */
  gint64                   override_id;     /* this date: the override saved; later: the one dropped */
  gint64                   later_id;        /* the series from the date on */
  char                    *rrule_before;    /* the series' rule and cancelled dates before */
  char                    *cancelled_before;
};

G_DEFINE_FINAL_TYPE (BuurtCommand, buurt_command, G_TYPE_OBJECT)

G_DEFINE_QUARK (buurt-command-error-quark, buurt_command_error)

/* Which way a step of the command goes. */
typedef struct
{
  BuurtCommand *self;
  gboolean      undo;
} Step;

static void
set_gone_error (BuurtCommand  *self,
                gboolean       undo,
                GError       **error)
{
  if (self->title == NULL)
    g_set_error_literal (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_GONE,
                         _("This activity is no longer in the agenda."));
  else if (undo)
    /* Translators: %s is the title of an activity */
    g_set_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_GONE,
                 _("“%s” was deleted in the meantime, so this cannot be undone."), self->title);
  else
    /* Translators: %s is the title of an activity */
    g_set_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_GONE,
                 _("“%s” is no longer in the agenda."), self->title);
}

/* Reads the activity as it is now, inside the transaction. */
static BuurtActivity *
load_activity (BuurtStore    *store,
               BuurtCommand  *self,
               gboolean       undo,
               gboolean       may_be_deleted,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BuurtActivity) activity = NULL;

  activity = buurt_store_load (store, BUURT_TYPE_ACTIVITY, self->activity_id, &local_error);
  if (activity == NULL)
    {
      if (!g_error_matches (local_error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      set_gone_error (self, undo, error);
      return NULL;
    }

  if (self->title == NULL)
    self->title = g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "title"));

  if (!may_be_deleted && buurt_entity_get_deleted_at (BUURT_ENTITY (activity)) != NULL)
    {
      set_gone_error (self, undo, error);
      return NULL;
    }

  return g_steal_pointer (&activity);
}

/* @dates, a comma-separated list of days, with @day in it or not. */
static char *
dates_with (const char *dates,
            const char *day,
            gboolean    cancelled,
            gboolean   *changed)
{
  g_auto(GStrv) days = g_strsplit (dates != NULL ? dates : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;
  gboolean found = FALSE;

  for (guint i = 0; days[i] != NULL; i++)
    {
      if (*days[i] == '\0')
        continue;
      if (g_str_equal (days[i], day))
        {
          found = TRUE;
          if (!cancelled)
            continue;
        }
      g_strv_builder_add (builder, days[i]);
    }

  if (cancelled && !found)
    g_strv_builder_add (builder, day);

  *changed = found != cancelled;
  result = g_strv_builder_end (builder);
  return result[0] != NULL ? g_strjoinv (",", result) : NULL;
}

static gboolean
set_date_cancelled (BuurtStore    *store,
                    BuurtCommand  *self,
                    gboolean       undo,
                    gboolean       cancelled,
                    GError       **error)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtOccurrence) occurrence = NULL;
  g_autofree char *dates = NULL;
  gboolean changed;

  if ((activity = load_activity (store, self, undo, FALSE, error)) == NULL)
    return FALSE;

  occurrence = buurt_store_load_occurrence (store, self->activity_id, self->day);
  if (occurrence == NULL)
    {
      if (undo)
        /* Translators: %s is the title of an activity */
        g_set_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_NOT_IN_SERIES,
                     _("“%s” no longer takes place on that date, so this cannot be undone."),
                     self->title);
      else
        /* Translators: %s is the title of an activity */
        g_set_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_NOT_IN_SERIES,
                     _("“%s” does not take place on that date."), self->title);
      return FALSE;
    }

  dates = dates_with (buurt_entity_get_string (BUURT_ENTITY (activity), "cancelled-dates"),
                      self->day, cancelled, &changed);
  if (!undo)
    self->changed = changed;
  if (!changed)
    return TRUE;

  g_object_set (activity, "cancelled-dates", dates, NULL);
  return buurt_store_save (store, BUURT_ENTITY (activity), error);
}

static gboolean
set_cancelled (BuurtStore    *store,
               BuurtCommand  *self,
               gboolean       undo,
               GError       **error)
{
  g_autoptr(BuurtActivity) activity = NULL;
  BuurtActivityStatus status;

  if ((activity = load_activity (store, self, undo, FALSE, error)) == NULL)
    return FALSE;

  status = buurt_entity_get_enum (BUURT_ENTITY (activity), "status");
  if (!undo)
    {
      self->old_status = status;
      self->changed = status != BUURT_ACTIVITY_STATUS_CANCELLED;
      if (!self->changed)
        return TRUE;
      g_object_set (activity, "status", BUURT_ACTIVITY_STATUS_CANCELLED, NULL);
    }
  else
    {
      if (status == self->old_status)
        return TRUE;
      if (status != BUURT_ACTIVITY_STATUS_CANCELLED)
        {
          /* Translators: %s is the title of an activity */
          g_set_error (error, BUURT_COMMAND_ERROR, BUURT_COMMAND_ERROR_CHANGED,
                       _("The status of “%s” was changed in the meantime, so this cannot be undone."),
                       self->title);
          return FALSE;
        }
      g_object_set (activity, "status", self->old_status, NULL);
    }

  return buurt_store_save (store, BUURT_ENTITY (activity), error);
}

static gboolean
set_deleted (BuurtStore    *store,
             BuurtCommand  *self,
             gboolean       undo,
             GError       **error)
{
  g_autoptr(BuurtActivity) activity = NULL;

  if ((activity = load_activity (store, self, undo, undo, error)) == NULL)
    return FALSE;

  if (!undo)
    {
      self->changed = TRUE;
      return buurt_store_delete (store, BUURT_ENTITY (activity), error);
    }

  /* Brought back already, by another desk: nothing left to undo. */
  if (buurt_entity_get_deleted_at (BUURT_ENTITY (activity)) == NULL)
    return TRUE;

  return buurt_store_undelete (store, BUURT_ENTITY (activity), error);
}

/* A copy of @entity's own columns, without identity and timestamps. */
static BuurtEntity *
copy_columns (BuurtEntity *entity)
{
  GType type = G_OBJECT_TYPE (entity);
  BuurtEntity *copy = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entity), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != type || !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (entity), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

static gboolean
change_date (BuurtStore    *store,
             BuurtCommand  *self,
             GError       **error)
{
  g_autoptr(BuurtActivity) activity = NULL;
  g_autoptr(BuurtOccurrenceOverride) before = NULL;
  g_autoptr(BuurtOccurrenceOverride) after = NULL;
  GError *local_error = NULL;

  if ((activity = load_activity (store, self, FALSE, FALSE, error)) == NULL)
    return FALSE;

  before = buurt_store_find_override (store, self->activity_id, self->day, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  g_clear_object (&self->override_before);
  g_clear_pointer (&self->rrule_before, g_free);
  g_clear_pointer (&self->cancelled_before, g_free);
  self->override_id = 0;
  self->later_id = 0;

  if (self->scope == BUURT_SERIES_SCOPE_THIS_AND_LATER)
    {
      self->rrule_before = g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "rrule"));
      self->cancelled_before = g_strdup (buurt_entity_get_string (BUURT_ENTITY (activity), "cancelled-dates"));
      self->override_id = before != NULL ? buurt_entity_get_id (BUURT_ENTITY (before)) : 0;
    }
  else if (before != NULL)
    self->override_before = BUURT_OCCURRENCE_OVERRIDE (copy_columns (BUURT_ENTITY (before)));

  if (!buurt_database_change_date (self->database, self->activity_id, self->day, self->change, self->scope,
                                   &self->later_id, error))
    return FALSE;

  if (self->scope == BUURT_SERIES_SCOPE_THIS_DATE)
    {
      after = buurt_store_find_override (store, self->activity_id, self->day, NULL, error);
      if (after == NULL)
        return FALSE;
      self->override_id = buurt_entity_get_id (BUURT_ENTITY (after));
    }

  self->changed = TRUE;
  return TRUE;
}

static gboolean
undo_change_date (BuurtStore    *store,
                  BuurtCommand  *self,
                  GError       **error)
{
  g_autoptr(BuurtOccurrenceOverride) override = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (self->scope == BUURT_SERIES_SCOPE_THIS_AND_LATER)
    return buurt_store_unsplit_series (store, self->activity_id, self->later_id, self->rrule_before,
                                       self->cancelled_before, self->override_id, error);

  override = buurt_store_load (store, BUURT_TYPE_OCCURRENCE_OVERRIDE, self->override_id, error);
  if (override == NULL)
    return FALSE;

  /* The date followed the series before: it does so again. */
  if (self->override_before == NULL)
    {
      if (buurt_entity_get_deleted_at (BUURT_ENTITY (override)) != NULL)
        return TRUE;
      return buurt_store_delete (store, BUURT_ENTITY (override), error);
    }

  /* It differed already: as it was. */
  if (buurt_entity_get_deleted_at (BUURT_ENTITY (override)) != NULL &&
      !buurt_store_undelete (store, BUURT_ENTITY (override), error))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (override), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != BUURT_TYPE_OCCURRENCE_OVERRIDE || !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self->override_before), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (override), pspecs[i]->name, &value);
    }

  return buurt_store_save (store, BUURT_ENTITY (override), error);
}

static gboolean
step_cb (BuurtStore  *store,
         gpointer     user_data,
         GError     **error)
{
  Step *step = user_data;
  BuurtCommand *self = step->self;

  /* Undoing what changed nothing changes nothing either. */
  if (step->undo && !self->changed)
    return TRUE;

  switch (self->kind)
    {
    case BUURT_COMMAND_CANCEL_DATE:
      return set_date_cancelled (store, self, step->undo, !step->undo, error);

    case BUURT_COMMAND_RESTORE_DATE:
      return set_date_cancelled (store, self, step->undo, step->undo, error);

    case BUURT_COMMAND_CANCEL_ACTIVITY:
      return set_cancelled (store, self, step->undo, error);

    case BUURT_COMMAND_DELETE_ACTIVITY:
      return set_deleted (store, self, step->undo, error);

    case BUURT_COMMAND_CHANGE_DATE:
      return step->undo ? undo_change_date (store, self, error) : change_date (store, self, error);

    default:
      g_assert_not_reached ();
    }
}

static void
buurt_command_finalize (GObject *object)
{
  BuurtCommand *self = (BuurtCommand *) object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->change);
  g_clear_object (&self->override_before);
  g_clear_pointer (&self->rrule_before, g_free);
  g_clear_pointer (&self->cancelled_before, g_free);

  G_OBJECT_CLASS (buurt_command_parent_class)->finalize (object);
}

static void
buurt_command_class_init (BuurtCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buurt_command_finalize;
}

static void
buurt_command_init (BuurtCommand *self)
{
}

static BuurtCommand *
command_new (BuurtDatabase    *database,
             BuurtCommandKind  kind,
             gint64            activity_id,
             const char       *day)
{
  BuurtCommand *self;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (activity_id > 0, NULL);

  self = g_object_new (BUURT_TYPE_COMMAND, NULL);
  self->database = g_object_ref (database);
  self->kind = kind;
  self->activity_id = activity_id;
  self->day = g_strdup (day);

  return self;
}

/**
 * buurt_command_new_cancel_date:
 * @activity_id: a series
 * @day: one of its dates, "YYYY-MM-DD"
 *
 * Returns: (transfer full): a command that cancels @day of the series
 */
BuurtCommand *
buurt_command_new_cancel_date (BuurtDatabase *database,
                               gint64         activity_id,
                               const char    *day)
{
  g_return_val_if_fail (day != NULL, NULL);

  return command_new (database, BUURT_COMMAND_CANCEL_DATE, activity_id, day);
}

/**
 * buurt_command_new_restore_date:
 * @activity_id: a series
 * @day: one of its cancelled dates, "YYYY-MM-DD"
 *
 * Returns: (transfer full): a command that lets @day take place again
 */
BuurtCommand *
buurt_command_new_restore_date (BuurtDatabase *database,
                                gint64         activity_id,
                                const char    *day)
{
  g_return_val_if_fail (day != NULL, NULL);

  return command_new (database, BUURT_COMMAND_RESTORE_DATE, activity_id, day);
}

/**
 * buurt_command_new_cancel_activity:
 *
 * Returns: (transfer full): a command that gives the activity the status
 *   cancelled; undoing it gives back the status it had
 */
BuurtCommand *
buurt_command_new_cancel_activity (BuurtDatabase *database,
                                   gint64         activity_id)
{
  return command_new (database, BUURT_COMMAND_CANCEL_ACTIVITY, activity_id, NULL);
}

/**
 * buurt_command_new_delete_activity:
 *
 * Returns: (transfer full): a command that deletes the activity
 */
BuurtCommand *
buurt_command_new_delete_activity (BuurtDatabase *database,
                                   gint64         activity_id)
{
  return command_new (database, BUURT_COMMAND_DELETE_ACTIVITY, activity_id, NULL);
}

/**
 * buurt_command_new_change_date:
 * @activity_id: a series
 * @day: one of its dates, "YYYY-MM-DD"
 * @change: the date as the user wants it (see buurt_database_change_date())
 * @scope: only this date, or this and all later dates
 *
 * Returns: (transfer full): a command that changes the date for @scope;
 *   undoing it brings back exactly what was before: the date's override as
 *   it was (or none), or the series unsplit
 */
BuurtCommand *
buurt_command_new_change_date (BuurtDatabase    *database,
                               gint64            activity_id,
                               const char       *day,
                               BuurtActivity    *change,
                               BuurtSeriesScope  scope)
{
  BuurtCommand *self;

  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (BUURT_IS_ACTIVITY (change), NULL);
  g_return_val_if_fail (scope == BUURT_SERIES_SCOPE_THIS_DATE || scope == BUURT_SERIES_SCOPE_THIS_AND_LATER, NULL);

  self = command_new (database, BUURT_COMMAND_CHANGE_DATE, activity_id, day);
  self->change = g_object_ref (change);
  self->scope = scope;

  return self;
}

/**
 * buurt_command_get_later_id:
 *
 * Returns: for this and later dates, the series that goes on from the date
 *   (once run), otherwise 0
 */
gint64
buurt_command_get_later_id (BuurtCommand *self)
{
  g_return_val_if_fail (BUURT_IS_COMMAND (self), 0);

  return self->later_id;
}

/**
 * buurt_command_get_day:
 *
 * Returns: (transfer none) (nullable): the date of the series the command
 *   changes, or %NULL when it changes the whole activity
 */
const char *
buurt_command_get_day (BuurtCommand *self)
{
  g_return_val_if_fail (BUURT_IS_COMMAND (self), NULL);

  return self->day;
}

/**
 * buurt_command_get_title:
 *
 * Returns: (transfer none) (nullable): the activity's title when the command
 *   ran, or %NULL before
 */
const char *
buurt_command_get_title (BuurtCommand *self)
{
  g_return_val_if_fail (BUURT_IS_COMMAND (self), NULL);

  return self->title;
}

/**
 * buurt_command_run:
 *
 * Makes the change, in one transaction that reads the activity as it is.
 *
 * Returns: %TRUE when it was made; %FALSE with @error set (and nothing
 *   changed) when not
 */
gboolean
buurt_command_run (BuurtCommand  *self,
                   GError       **error)
{
  Step step = { self, FALSE };

  g_return_val_if_fail (BUURT_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  if (!buurt_store_transaction (buurt_database_get_store (self->database), step_cb, &step, error))
    return FALSE;

  self->done = TRUE;
  return TRUE;
}

/**
 * buurt_command_undo:
 *
 * Takes back the change buurt_command_run() made, and only that, in one
 * transaction that reads the activity as it is now: what was changed in the
 * meantime stays.
 *
 * Returns: %TRUE when undone; %FALSE with @error set to a message for the
 *   user (and nothing changed) when it can no longer be undone
 */
gboolean
buurt_command_undo (BuurtCommand  *self,
                    GError       **error)
{
  Step step = { self, TRUE };

  g_return_val_if_fail (BUURT_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (self->done, FALSE);

  if (!buurt_store_transaction (buurt_database_get_store (self->database), step_cb, &step, error))
    return FALSE;

  self->done = FALSE;
  return TRUE;
}

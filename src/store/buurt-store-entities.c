/* buurt-store-entities.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-store-private.h"
#include "buurt-entities.h"

/*
 * Reading and writing entities. Each table has its statements written out
 * below; a statement's named parameters (":room_id") and result columns
 * (room_id) are matched to the entity's properties ("room-id"), so one binder
 * serves every table and no SQL is ever built from text at run time.
 * References are id columns where 0 means none (nullif (:x, 0) in the SQL).
 */

typedef struct
{
  const char *table;
  GType     (*get_type) (void);
  const char *insert_sql;
  const char *update_sql;
  const char *select_sql;
  const char *list_sql;
  const char *delete_sql;
  const char *exists_sql;
  const char *count_sql;
} TableSpec;

static const TableSpec tables[] = {
  {
    .table = "kern",
    .get_type = buurt_kern_get_type,
    .insert_sql =
      "INSERT INTO kern (uuid, created_at, modified_at, deleted_at, name) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :name)",
    .update_sql =
      "UPDATE kern SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, ''), "
      "name = :name "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name "
      "FROM kern WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name "
      "FROM kern WHERE deleted_at IS NULL ORDER BY name",
    .delete_sql =
      "UPDATE kern SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM kern WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM kern WHERE deleted_at IS NULL",
  },
  {
    .table = "neighbourhood",
    .get_type = buurt_neighbourhood_get_type,
    .insert_sql =
      "INSERT INTO neighbourhood (uuid, created_at, modified_at, deleted_at, kern_id, "
      "name) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:kern_id, 0), :name)",
    .update_sql =
      "UPDATE neighbourhood SET modified_at = :modified_at, "
      "deleted_at = nullif (:deleted_at, ''), kern_id = nullif (:kern_id, 0), "
      "name = :name "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, kern_id, name "
      "FROM neighbourhood WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, kern_id, name "
      "FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name",
    .delete_sql =
      "UPDATE neighbourhood SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM neighbourhood WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM neighbourhood WHERE deleted_at IS NULL",
  },
  {
    .table = "venue",
    .get_type = buurt_venue_get_type,
    .insert_sql =
      "INSERT INTO venue (uuid, created_at, modified_at, deleted_at, name, kind, address, "
      "postcode, neighbourhood_id, phone, email, website, step_free, accessible_toilet, "
      "hearing_loop, commercial, notes) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :name, :kind, "
      "nullif (:address, ''), nullif (:postcode, ''), nullif (:neighbourhood_id, 0), "
      "nullif (:phone, ''), nullif (:email, ''), nullif (:website, ''), :step_free, "
      ":accessible_toilet, :hearing_loop, :commercial, nullif (:notes, ''))",
    .update_sql =
      "UPDATE venue SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, ''), "
      "name = :name, kind = :kind, address = nullif (:address, ''), "
      "postcode = nullif (:postcode, ''), neighbourhood_id = nullif (:neighbourhood_id, "
      "0), phone = nullif (:phone, ''), email = nullif (:email, ''), "
      "website = nullif (:website, ''), step_free = :step_free, "
      "accessible_toilet = :accessible_toilet, hearing_loop = :hearing_loop, "
      "commercial = :commercial, notes = nullif (:notes, '') "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, address, "
      "postcode, neighbourhood_id, phone, email, website, step_free, accessible_toilet, "
      "hearing_loop, commercial, notes "
      "FROM venue WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, address, "
      "postcode, neighbourhood_id, phone, email, website, step_free, accessible_toilet, "
      "hearing_loop, commercial, notes "
      "FROM venue WHERE deleted_at IS NULL ORDER BY name",
    .delete_sql =
      "UPDATE venue SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM venue WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM venue WHERE deleted_at IS NULL",
  },
  {
    .table = "room",
    .get_type = buurt_room_get_type,
    .insert_sql =
      "INSERT INTO room (uuid, created_at, modified_at, deleted_at, venue_id, name, "
      "capacity, facilities, rate_cents) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:venue_id, 0), :name, :capacity, :facilities, :rate_cents)",
    .update_sql =
      "UPDATE room SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, ''), "
      "venue_id = nullif (:venue_id, 0), name = :name, capacity = :capacity, "
      "facilities = :facilities, rate_cents = :rate_cents "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, venue_id, name, capacity, "
      "facilities, rate_cents "
      "FROM room WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, venue_id, name, capacity, "
      "facilities, rate_cents "
      "FROM room WHERE deleted_at IS NULL ORDER BY name",
    .delete_sql =
      "UPDATE room SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM room WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM room WHERE deleted_at IS NULL",
  },
  {
    .table = "contact",
    .get_type = buurt_contact_get_type,
    .insert_sql =
      "INSERT INTO contact (uuid, created_at, modified_at, deleted_at, name, kind, phone, "
      "email) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :name, :kind, "
      "nullif (:phone, ''), nullif (:email, ''))",
    .update_sql =
      "UPDATE contact SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, "
      "''), name = :name, kind = :kind, phone = nullif (:phone, ''), "
      "email = nullif (:email, '') "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, phone, email "
      "FROM contact WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, phone, email "
      "FROM contact WHERE deleted_at IS NULL ORDER BY name",
    .delete_sql =
      "UPDATE contact SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM contact WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
  },
  {
    .table = "initiative",
    .get_type = buurt_initiative_get_type,
    .insert_sql =
      "INSERT INTO initiative (uuid, created_at, modified_at, deleted_at, title, summary, "
      "neighbourhood_id, stage, start_date, next_evaluation, target_groups, volunteers, "
      "participants, support_evidence) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :title, "
      "coalesce (:summary, ''), nullif (:neighbourhood_id, 0), :stage, "
      "nullif (:start_date, ''), nullif (:next_evaluation, ''), :target_groups, "
      ":volunteers, :participants, coalesce (:support_evidence, ''))",
    .update_sql =
      "UPDATE initiative SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, "
      "''), title = :title, summary = coalesce (:summary, ''), "
      "neighbourhood_id = nullif (:neighbourhood_id, 0), stage = :stage, "
      "start_date = nullif (:start_date, ''), next_evaluation = nullif (:next_evaluation, "
      "''), target_groups = :target_groups, volunteers = :volunteers, "
      "participants = :participants, support_evidence = coalesce (:support_evidence, '') "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, title, summary, "
      "neighbourhood_id, stage, start_date, next_evaluation, target_groups, volunteers, "
      "participants, support_evidence "
      "FROM initiative WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, title, summary, "
      "neighbourhood_id, stage, start_date, next_evaluation, target_groups, volunteers, "
      "participants, support_evidence "
      "FROM initiative WHERE deleted_at IS NULL ORDER BY title",
    .delete_sql =
      "UPDATE initiative SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM initiative WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM initiative WHERE deleted_at IS NULL",
  },
  {
    .table = "initiative_partner",
    .get_type = buurt_initiative_partner_get_type,
    .insert_sql =
      "INSERT INTO initiative_partner (uuid, created_at, modified_at, deleted_at, "
      "initiative_id, contact_id, role) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:initiative_id, 0), nullif (:contact_id, 0), :role)",
    .update_sql =
      "UPDATE initiative_partner SET modified_at = :modified_at, "
      "deleted_at = nullif (:deleted_at, ''), initiative_id = nullif (:initiative_id, 0), "
      "contact_id = nullif (:contact_id, 0), role = :role "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, contact_id, "
      "role "
      "FROM initiative_partner WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, contact_id, "
      "role "
      "FROM initiative_partner WHERE deleted_at IS NULL ORDER BY id",
    .delete_sql =
      "UPDATE initiative_partner SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM initiative_partner WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM initiative_partner WHERE deleted_at IS NULL",
  },
  {
    .table = "funding_request",
    .get_type = buurt_funding_request_get_type,
    .insert_sql =
      "INSERT INTO funding_request (uuid, created_at, modified_at, deleted_at, "
      "initiative_id, funder_id, amount_requested_cents, amount_granted_cents, status, "
      "requested_on, decided_on, conditions, rejection_reason) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:initiative_id, 0), nullif (:funder_id, 0), :amount_requested_cents, "
      ":amount_granted_cents, :status, nullif (:requested_on, ''), nullif (:decided_on, "
      "''), coalesce (:conditions, ''), coalesce (:rejection_reason, ''))",
    .update_sql =
      "UPDATE funding_request SET modified_at = :modified_at, "
      "deleted_at = nullif (:deleted_at, ''), initiative_id = nullif (:initiative_id, 0), "
      "funder_id = nullif (:funder_id, 0), "
      "amount_requested_cents = :amount_requested_cents, "
      "amount_granted_cents = :amount_granted_cents, status = :status, "
      "requested_on = nullif (:requested_on, ''), decided_on = nullif (:decided_on, ''), "
      "conditions = coalesce (:conditions, ''), "
      "rejection_reason = coalesce (:rejection_reason, '') "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, funder_id, "
      "amount_requested_cents, amount_granted_cents, status, requested_on, decided_on, "
      "conditions, rejection_reason "
      "FROM funding_request WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, funder_id, "
      "amount_requested_cents, amount_granted_cents, status, requested_on, decided_on, "
      "conditions, rejection_reason "
      "FROM funding_request WHERE deleted_at IS NULL ORDER BY requested_on, id",
    .delete_sql =
      "UPDATE funding_request SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM funding_request WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM funding_request WHERE deleted_at IS NULL",
  },
  {
    .table = "expense",
    .get_type = buurt_expense_get_type,
    .insert_sql =
      "INSERT INTO expense (uuid, created_at, modified_at, deleted_at, initiative_id, "
      "funding_request_id, spent_on, description, amount_cents) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:initiative_id, 0), nullif (:funding_request_id, 0), :spent_on, "
      ":description, :amount_cents)",
    .update_sql =
      "UPDATE expense SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, "
      "''), initiative_id = nullif (:initiative_id, 0), "
      "funding_request_id = nullif (:funding_request_id, 0), spent_on = :spent_on, "
      "description = :description, amount_cents = :amount_cents "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, "
      "funding_request_id, spent_on, description, amount_cents "
      "FROM expense WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, "
      "funding_request_id, spent_on, description, amount_cents "
      "FROM expense WHERE deleted_at IS NULL ORDER BY spent_on, id",
    .delete_sql =
      "UPDATE expense SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM expense WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM expense WHERE deleted_at IS NULL",
  },
  {
    .table = "journal_entry",
    .get_type = buurt_journal_entry_get_type,
    .insert_sql =
      "INSERT INTO journal_entry (uuid, created_at, modified_at, deleted_at, "
      "initiative_id, entry_date, kind, text) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:initiative_id, 0), :entry_date, :kind, :text)",
    .update_sql =
      "UPDATE journal_entry SET modified_at = :modified_at, "
      "deleted_at = nullif (:deleted_at, ''), initiative_id = nullif (:initiative_id, 0), "
      "entry_date = :entry_date, kind = :kind, text = :text "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, entry_date, "
      "kind, text "
      "FROM journal_entry WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, entry_date, "
      "kind, text "
      "FROM journal_entry WHERE deleted_at IS NULL ORDER BY entry_date, id",
    .delete_sql =
      "UPDATE journal_entry SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM journal_entry WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM journal_entry WHERE deleted_at IS NULL",
  },
  {
    .table = "activity",
    .get_type = buurt_activity_get_type,
    .insert_sql =
      "INSERT INTO activity (uuid, created_at, modified_at, deleted_at, title, "
      "description, category, target_groups, room_id, location, organiser_id, "
      "initiative_id, starts_at, ends_at, all_day, tzid, rrule, cancelled_dates, "
      "cost_cents, registration, registration_info, status, rejection_reason, source, "
      "url) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :title, "
      "coalesce (:description, ''), :category, :target_groups, nullif (:room_id, 0), "
      "nullif (:location, ''), nullif (:organiser_id, 0), nullif (:initiative_id, 0), "
      ":starts_at, :ends_at, :all_day, coalesce (:tzid, 'Europe/Amsterdam'), "
      "nullif (:rrule, ''), coalesce (:cancelled_dates, ''), :cost_cents, "
      "coalesce (:registration, 'none'), coalesce (:registration_info, ''), :status, "
      "coalesce (:rejection_reason, ''), coalesce (:source, 'app'), nullif (:url, ''))",
    .update_sql =
      "UPDATE activity SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, "
      "''), title = :title, description = coalesce (:description, ''), "
      "category = :category, target_groups = :target_groups, room_id = nullif (:room_id, "
      "0), location = nullif (:location, ''), organiser_id = nullif (:organiser_id, 0), "
      "initiative_id = nullif (:initiative_id, 0), starts_at = :starts_at, "
      "ends_at = :ends_at, all_day = :all_day, tzid = coalesce (:tzid, "
      "'Europe/Amsterdam'), rrule = nullif (:rrule, ''), "
      "cancelled_dates = coalesce (:cancelled_dates, ''), cost_cents = :cost_cents, "
      "registration = coalesce (:registration, 'none'), "
      "registration_info = coalesce (:registration_info, ''), status = :status, "
      "rejection_reason = coalesce (:rejection_reason, ''), source = coalesce (:source, "
      "'app'), url = nullif (:url, '') "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, title, description, category, "
      "target_groups, room_id, location, organiser_id, initiative_id, starts_at, ends_at, "
      "all_day, tzid, rrule, cancelled_dates, cost_cents, registration, registration_info, "
      "status, rejection_reason, source, url "
      "FROM activity WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, title, description, category, "
      "target_groups, room_id, location, organiser_id, initiative_id, starts_at, ends_at, "
      "all_day, tzid, rrule, cancelled_dates, cost_cents, registration, registration_info, "
      "status, rejection_reason, source, url "
      "FROM activity WHERE deleted_at IS NULL ORDER BY starts_at, id",
    .delete_sql =
      "UPDATE activity SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM activity WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM activity WHERE deleted_at IS NULL",
  },
};

/* The references between tables, and how the UI names a missing one. */
static const struct {
  const char *column;
  const char *table;
  const char *message;
} references[] = {
  { "kern_id", "kern", N_("The chosen town or village is not in the agenda (any more).") },
  { "neighbourhood_id", "neighbourhood", N_("The chosen neighbourhood is not in the agenda (any more).") },
  { "venue_id", "venue", N_("The chosen venue is not in the agenda (any more).") },
  { "room_id", "room", N_("The chosen room is not in the agenda (any more).") },
  { "organiser_id", "contact", N_("The chosen organiser is not in the agenda (any more).") },
  { "contact_id", "contact", N_("The chosen person or organisation is not in the agenda (any more).") },
  { "funder_id", "contact", N_("The chosen funder is not in the agenda (any more).") },
  { "initiative_id", "initiative", N_("The chosen initiative is not in the agenda (any more).") },
  { "funding_request_id", "funding_request", N_("The chosen funding request is not in the agenda (any more).") },
};

static const char *insert_occurrence_sql =
  "INSERT INTO occurrence (activity_id, room_id, starts_at, ends_at, day, cancelled, "
  "                        status, category, target_groups) "
  "VALUES (:activity_id, nullif (:room_id, 0), :starts_at, :ends_at, :day, :cancelled, "
  "        :status, :category, :target_groups)";
static const char *delete_occurrences_sql =
  "DELETE FROM occurrence WHERE activity_id = :activity_id";
static const char *count_occurrences_sql =
  "SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id "
  "WHERE a.deleted_at IS NULL";

static const TableSpec *
spec_for_type (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == type)
      return &tables[i];

  g_critical ("%s is not stored", g_type_name (type));
  return NULL;
}

static const TableSpec *
spec_for_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].table, table))
      return &tables[i];

  return NULL;
}

static char *
column_to_property (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

/* Binds every named parameter of @stmt to the property of the same name. */
static void
bind_entity (sqlite3_stmt *stmt,
             BuurtEntity  *entity)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  int n = sqlite3_bind_parameter_count (stmt);

  for (int i = 1; i <= n; i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);
      g_autofree char *property = column_to_property (name + 1);
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type;

      if (pspec == NULL)
        {
          g_critical ("%s has no property for parameter %s", G_OBJECT_TYPE_NAME (entity), name);
          continue;
        }

      type = pspec->value_type;
      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (entity), property, &value);

      if (type == G_TYPE_STRING)
        {
          const char *text = g_value_get_string (&value);

          if (text != NULL)
            sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i);
        }
      else if (type == G_TYPE_INT64)
        sqlite3_bind_int64 (stmt, i, g_value_get_int64 (&value));
      else if (type == G_TYPE_BOOLEAN)
        sqlite3_bind_int (stmt, i, g_value_get_boolean (&value) ? 1 : 0);
      else if (G_TYPE_IS_ENUM (type))
        sqlite3_bind_text (stmt, i, buurt_store_enum_word (type, g_value_get_enum (&value)),
                           -1, g_free);
      else if (G_TYPE_IS_FLAGS (type))
        sqlite3_bind_int64 (stmt, i, g_value_get_flags (&value));
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (&value);
          g_autofree char *text = dt != NULL ? buurt_format_utc (dt) : NULL;

          if (text != NULL)
            sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i);
        }
      else
        g_critical ("Cannot bind a %s", g_type_name (type));
    }
}

/* Sets each property of @entity from the result column of the same name. */
static void
read_entity (sqlite3_stmt *stmt,
             BuurtEntity  *entity)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  int n = sqlite3_column_count (stmt);

  g_object_freeze_notify (G_OBJECT (entity));

  for (int i = 0; i < n; i++)
    {
      g_autofree char *property = column_to_property (sqlite3_column_name (stmt, i));
      GParamSpec *pspec = g_object_class_find_property (klass, property);
      gboolean is_null = sqlite3_column_type (stmt, i) == SQLITE_NULL;
      const char *text = (const char *) sqlite3_column_text (stmt, i);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type;

      g_assert (pspec != NULL);
      type = pspec->value_type;
      g_value_init (&value, type);

      if (is_null)
        g_param_value_set_default (pspec, &value);
      else if (type == G_TYPE_STRING)
        g_value_set_string (&value, text);
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, sqlite3_column_int64 (stmt, i));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, sqlite3_column_int (stmt, i) != 0);
      else if (G_TYPE_IS_ENUM (type))
        {
          g_autofree char *nick = g_strdelimit (g_strdup (text), "_", '-');
          GEnumValue *ev = g_enum_get_value_by_nick (G_ENUM_CLASS (g_type_class_peek (type)), nick);

          if (ev != NULL)
            g_value_set_enum (&value, ev->value);
          else
            g_param_value_set_default (pspec, &value);
        }
      else if (G_TYPE_IS_FLAGS (type))
        g_value_set_flags (&value, sqlite3_column_int (stmt, i));
      else if (type == G_TYPE_DATE_TIME)
        g_value_take_boxed (&value, buurt_parse_utc (text));

      g_object_set_property (G_OBJECT (entity), property, &value);
    }

  g_object_thaw_notify (G_OBJECT (entity));
}

static gboolean
exists (BuurtStore  *self,
        const char  *table,
        gint64       id,
        GError     **error)
{
  const TableSpec *spec = spec_for_table (table);
  sqlite3_stmt *stmt = buurt_store_prepare (self, spec->exists_sql, error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/* A reference to a row that is not there gets a message naming it. */
static gboolean
check_references (BuurtStore   *self,
                  BuurtEntity  *entity,
                  GError      **error)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *property = column_to_property (references[i].column);
      gint64 id;

      if (g_object_class_find_property (klass, property) == NULL)
        continue;

      id = buurt_entity_get_int (entity, property);
      if (id != 0 && !exists (self, references[i].table, id, NULL))
        {
          g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                               _(references[i].message));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * buurt_store_enum_word:
 * @enum_type: an enumeration of the data model
 * @value: one of its values
 *
 * Returns: (transfer full) (nullable): the lowercase English word the
 *   database stores for @value: its nick with "-" as "_"
 */
char *
buurt_store_enum_word (GType enum_type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? g_strdelimit (g_strdup (ev->value_nick), "-", '_') : NULL;
}

static gboolean
delete_occurrences (BuurtStore  *self,
                    gint64       activity_id,
                    GError     **error)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, delete_occurrences_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, activity_id);
  return buurt_store_step_done (self, stmt, error);
}

/* The occurrence table is derived: replace the rows of one activity. */
static gboolean
rebuild_occurrences (BuurtStore     *self,
                     BuurtActivity  *activity,
                     GError        **error)
{
  gint64 id = buurt_entity_get_id (BUURT_ENTITY (activity));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) horizon = g_date_time_add_days (now, BUURT_RECURRENCE_HORIZON_DAYS);
  g_autoptr(GArray) spans = NULL;
  g_autofree char *status = NULL;
  g_autofree char *category = NULL;
  sqlite3_stmt *stmt;

  if (!delete_occurrences (self, id, error))
    return FALSE;

  if (buurt_entity_get_deleted_at (BUURT_ENTITY (activity)) != NULL)
    return TRUE;

  spans = buurt_activity_expand (activity, horizon, error);
  if (spans == NULL)
    return FALSE;

  stmt = buurt_store_prepare (self, insert_occurrence_sql, error);
  if (stmt == NULL)
    return FALSE;

  status = buurt_store_enum_word (BUURT_TYPE_ACTIVITY_STATUS,
                                  buurt_entity_get_enum (BUURT_ENTITY (activity), "status"));
  category = buurt_store_enum_word (BUURT_TYPE_CATEGORY,
                                    buurt_entity_get_enum (BUURT_ENTITY (activity), "category"));

  for (guint i = 0; i < spans->len; i++)
    {
      const BuurtSpan *span = &g_array_index (spans, BuurtSpan, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, buurt_entity_get_int (BUURT_ENTITY (activity), "room-id"));
      sqlite3_bind_text (stmt, 3, span->starts_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, span->ends_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, span->day, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, span->cancelled ? 1 : 0);
      sqlite3_bind_text (stmt, 7, status, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, category, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 9, buurt_entity_get_enum (BUURT_ENTITY (activity), "target-groups"));

      if (!buurt_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  BuurtEntity *entity;
  const char  *sql;
} WriteData;

static gboolean
write_entity (BuurtStore  *self,
              gpointer     user_data,
              GError     **error)
{
  WriteData *data = user_data;
  sqlite3_stmt *stmt = buurt_store_prepare (self, data->sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_entity (stmt, data->entity);
  if (!buurt_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (buurt_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This is no longer in the agenda."));
      return FALSE;
    }

  if (buurt_entity_get_id (data->entity) == 0)
    {
      buurt_entity_set_id (data->entity, sqlite3_last_insert_rowid (buurt_store_get_db (self)));
      buurt_store_remember_new (self, data->entity);
    }

  if (BUURT_IS_ACTIVITY (data->entity))
    return rebuild_occurrences (self, BUURT_ACTIVITY (data->entity), error) &&
           buurt_store_index_activity (self, buurt_entity_get_id (data->entity), error);

  return buurt_store_index_named_by (self, buurt_entity_get_table (data->entity),
                                     buurt_entity_get_id (data->entity), error);
}

static gboolean
write_in_transaction (BuurtStore   *self,
                      BuurtEntity  *entity,
                      const char   *sql,
                      GError      **error)
{
  WriteData data = { entity, sql };
  gint64 old_id = buurt_entity_get_id (entity);

  if (buurt_store_transaction (self, write_entity, &data, error))
    {
      buurt_store_emit_changed (self, buurt_entity_get_table (entity));
      return TRUE;
    }

  /* Nothing was written: give the entity back its old id. */
  buurt_entity_set_id (entity, old_id);
  return FALSE;
}

/**
 * buurt_store_save:
 * @entity: a new entity (id 0) or one read from this store
 *
 * Validates @entity, checks that what it refers to exists, and writes it in
 * one transaction. A new entity gets its id, uuid and created-at; every save
 * sets modified-at. Saving an activity also rebuilds its occurrences.
 *
 * Returns: %TRUE on success; otherwise @error says what is wrong in words a
 *   volunteer understands, and nothing was changed
 */
gboolean
buurt_store_save (BuurtStore   *self,
                  BuurtEntity  *entity,
                  GError      **error)
{
  const TableSpec *spec;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) old_modified = NULL;
  g_autoptr(GDateTime) old_created = NULL;
  g_autofree char *old_uuid = NULL;
  gboolean is_new;

  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  spec = spec_for_type (G_OBJECT_TYPE (entity));
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!buurt_entity_validate (entity, error) || !check_references (self, entity, error))
    return FALSE;

  is_new = buurt_entity_get_id (entity) == 0;
  now = g_date_time_new_now_utc ();
  old_uuid = g_strdup (buurt_entity_get_uuid (entity));
  old_modified = buurt_entity_get_modified_at (entity) ? g_date_time_ref (buurt_entity_get_modified_at (entity)) : NULL;
  old_created = buurt_entity_get_created_at (entity) ? g_date_time_ref (buurt_entity_get_created_at (entity)) : NULL;

  if (is_new && old_uuid == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_object_set (entity, "uuid", uuid, NULL);
    }
  if (is_new && old_created == NULL)
    g_object_set (entity, "created-at", now, NULL);
  g_object_set (entity, "modified-at", now, NULL);

  if (write_in_transaction (self, entity, is_new ? spec->insert_sql : spec->update_sql, error))
    return TRUE;

  g_object_set (entity,
                "uuid", old_uuid,
                "created-at", old_created,
                "modified-at", old_modified,
                NULL);
  return FALSE;
}

static gboolean
set_deleted (BuurtStore   *self,
             BuurtEntity  *entity,
             gboolean      deleted,
             GError      **error)
{
  const TableSpec *spec = spec_for_type (G_OBJECT_TYPE (entity));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) old_deleted = NULL;
  g_autoptr(GDateTime) old_modified = NULL;

  g_return_val_if_fail (spec != NULL, FALSE);

  if (buurt_entity_get_id (entity) == 0)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This was never saved, so there is nothing to delete."));
      return FALSE;
    }

  if (!deleted && !check_references (self, entity, error))
    return FALSE;

  if (buurt_entity_get_deleted_at (entity) != NULL)
    old_deleted = g_date_time_ref (buurt_entity_get_deleted_at (entity));
  if (buurt_entity_get_modified_at (entity) != NULL)
    old_modified = g_date_time_ref (buurt_entity_get_modified_at (entity));

  g_object_set (entity,
                "deleted-at", deleted ? now : NULL,
                "modified-at", now,
                NULL);

  if (write_in_transaction (self, entity, deleted ? spec->delete_sql : spec->update_sql, error))
    return TRUE;

  g_object_set (entity, "deleted-at", old_deleted, "modified-at", old_modified, NULL);
  return FALSE;
}

/**
 * buurt_store_delete:
 * @entity: a saved entity
 *
 * Marks @entity deleted (a tombstone that can travel to another desk); it no
 * longer shows anywhere. buurt_store_undelete() brings it back.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_delete (BuurtStore   *self,
                    BuurtEntity  *entity,
                    GError      **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, TRUE, error);
}

/**
 * buurt_store_undelete:
 * @entity: an entity deleted with buurt_store_delete()
 *
 * Undoes a deletion.
 *
 * Returns: %TRUE on success
 */
gboolean
buurt_store_undelete (BuurtStore   *self,
                      BuurtEntity  *entity,
                      GError      **error)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);
  g_return_val_if_fail (BUURT_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, FALSE, error);
}

/**
 * buurt_store_load:
 * @entity_type: an entity type, such as %BUURT_TYPE_VENUE
 * @id: its id
 *
 * Returns: (transfer full) (nullable): the entity, also when deleted, or
 *   %NULL with @error set when there is no such row
 */
gpointer
buurt_store_load (BuurtStore  *self,
                  GType        entity_type,
                  gint64       id,
                  GError     **error)
{
  const TableSpec *spec;
  g_autoptr(BuurtEntity) entity = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  spec = spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, NULL);

  stmt = buurt_store_prepare (self, spec->select_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_NOT_FOUND,
                           _("This is no longer in the agenda."));
      return NULL;
    }

  entity = g_object_new (entity_type, NULL);
  read_entity (stmt, entity);
  sqlite3_reset (stmt);

  return g_steal_pointer (&entity);
}

/**
 * buurt_store_list:
 * @entity_type: an entity type; for activities, mind that there may be
 *   many thousands
 *
 * Returns: (transfer full) (nullable): a #GListModel of all entities of
 *   @entity_type that are not deleted, by name or date
 */
GListModel *
buurt_store_list (BuurtStore  *self,
                  GType        entity_type,
                  GError     **error)
{
  const TableSpec *spec;
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BUURT_IS_STORE (self), NULL);

  spec = spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, NULL);

  stmt = buurt_store_prepare (self, spec->list_sql, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (entity_type);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(BuurtEntity) entity = g_object_new (entity_type, NULL);

      read_entity (stmt, entity);
      g_list_store_append (list, entity);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      buurt_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gint64
count (BuurtStore *self,
       const char *sql)
{
  sqlite3_stmt *stmt = buurt_store_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return n;
}

/**
 * buurt_store_count:
 * @entity_type: an entity type
 *
 * Returns: how many entities of @entity_type are not deleted
 */
gint64
buurt_store_count (BuurtStore *self,
                   GType       entity_type)
{
  const TableSpec *spec;

  g_return_val_if_fail (BUURT_IS_STORE (self), 0);

  spec = spec_for_type (entity_type);
  g_return_val_if_fail (spec != NULL, 0);

  return count (self, spec->count_sql);
}

/**
 * buurt_store_count_occurrences:
 *
 * Returns: how many dates of activities that are not deleted there are
 */
gint64
buurt_store_count_occurrences (BuurtStore *self)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), 0);

  return count (self, count_occurrences_sql);
}

/**
 * buurt_store_is_empty:
 *
 * Returns: %TRUE when nothing has been entered at all
 */
gboolean
buurt_store_is_empty (BuurtStore *self)
{
  g_return_val_if_fail (BUURT_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (count (self, tables[i].count_sql) > 0)
      return FALSE;

  return TRUE;
}

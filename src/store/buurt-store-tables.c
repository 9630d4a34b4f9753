/* buurt-store-tables.c
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
 * The statements of each entity table, written out: a statement's named
 * parameters (":room_id") and result columns (room_id) are matched to the
 * entity's properties ("room-id"), so one binder serves every table and no
 * SQL is ever built from text at run time. References are id columns where 0
 * means none (nullif (:x, 0) in the SQL).
 */


const BuurtTableSpec buurt_store_tables[] = {
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
      "hearing_loop, commercial, notes, opening_hours) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :name, :kind, "
      "nullif (:address, ''), nullif (:postcode, ''), nullif (:neighbourhood_id, 0), "
      "nullif (:phone, ''), nullif (:email, ''), nullif (:website, ''), :step_free, "
      ":accessible_toilet, :hearing_loop, :commercial, nullif (:notes, ''), "
      "coalesce (nullif (:opening_hours, ''), '08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00'))",
    .update_sql =
      "UPDATE venue SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, ''), "
      "name = :name, kind = :kind, address = nullif (:address, ''), "
      "postcode = nullif (:postcode, ''), neighbourhood_id = nullif (:neighbourhood_id, "
      "0), phone = nullif (:phone, ''), email = nullif (:email, ''), "
      "website = nullif (:website, ''), step_free = :step_free, "
      "accessible_toilet = :accessible_toilet, hearing_loop = :hearing_loop, "
      "commercial = :commercial, notes = nullif (:notes, ''), "
      "opening_hours = coalesce (nullif (:opening_hours, ''), opening_hours) "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, address, "
      "postcode, neighbourhood_id, phone, email, website, step_free, accessible_toilet, "
      "hearing_loop, commercial, notes, opening_hours "
      "FROM venue WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, kind, address, "
      "postcode, neighbourhood_id, phone, email, website, step_free, accessible_toilet, "
      "hearing_loop, commercial, notes, opening_hours "
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
    .table = "funding_scheme",
    .get_type = buurt_funding_scheme_get_type,
    .insert_sql =
      "INSERT INTO funding_scheme (uuid, created_at, modified_at, deleted_at, funder_id, "
      "name, max_request_cents, yearly_budget_cents) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:funder_id, 0), :name, :max_request_cents, :yearly_budget_cents)",
    .update_sql =
      "UPDATE funding_scheme SET modified_at = :modified_at, "
      "deleted_at = nullif (:deleted_at, ''), funder_id = nullif (:funder_id, 0), "
      "name = :name, max_request_cents = :max_request_cents, "
      "yearly_budget_cents = :yearly_budget_cents "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, funder_id, name, "
      "max_request_cents, yearly_budget_cents "
      "FROM funding_scheme WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, funder_id, name, "
      "max_request_cents, yearly_budget_cents "
      "FROM funding_scheme WHERE deleted_at IS NULL ORDER BY name, id",
    .delete_sql =
      "UPDATE funding_scheme SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM funding_scheme WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM funding_scheme WHERE deleted_at IS NULL",
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
  {
    .table = "occurrence_override",
    .get_type = buurt_occurrence_override_get_type,
    .insert_sql =
      "INSERT INTO occurrence_override (uuid, created_at, modified_at, deleted_at, "
      "activity_id, recurrence_id, starts_at, ends_at, room_id, location, title, "
      "description, cancelled) VALUES (:uuid, :created_at, :modified_at, nullif "
      "(:deleted_at, ''), nullif (:activity_id, 0), :recurrence_id, :starts_at, "
      ":ends_at, nullif (:room_id, 0), nullif (:location, ''), nullif (:title, ''), "
      "nullif (:description, ''), :cancelled) ",
    .update_sql =
      "UPDATE occurrence_override SET modified_at = :modified_at, deleted_at = "
      "nullif (:deleted_at, ''), activity_id = nullif (:activity_id, 0), "
      "recurrence_id = :recurrence_id, starts_at = :starts_at, ends_at = :ends_at, "
      "room_id = nullif (:room_id, 0), location = nullif (:location, ''), title = "
      "nullif (:title, ''), description = nullif (:description, ''), cancelled = "
      ":cancelled WHERE id = :id ",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, "
      "recurrence_id, starts_at, ends_at, room_id, location, title, description, "
      "cancelled FROM occurrence_override WHERE id = :id ",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, "
      "recurrence_id, starts_at, ends_at, room_id, location, title, description, "
      "cancelled FROM occurrence_override WHERE deleted_at IS NULL ORDER BY "
      "activity_id, recurrence_id ",
    .delete_sql =
      "UPDATE occurrence_override SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM occurrence_override WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM occurrence_override WHERE deleted_at IS NULL",
  },
  {
    .table = "closure",
    .get_type = buurt_closure_get_type,
    .insert_sql =
      "INSERT INTO closure (uuid, created_at, modified_at, deleted_at, name, "
      "first_day, last_day, scope, kern_id, neighbourhood_id, venue_id, room_id) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), :name, "
      ":first_day, :last_day, :scope, nullif (:kern_id, 0), nullif "
      "(:neighbourhood_id, 0), nullif (:venue_id, 0), nullif (:room_id, 0)) ",
    .update_sql =
      "UPDATE closure SET modified_at = :modified_at, deleted_at = nullif "
      "(:deleted_at, ''), name = :name, first_day = :first_day, last_day = "
      ":last_day, scope = :scope, kern_id = nullif (:kern_id, 0), neighbourhood_id = "
      "nullif (:neighbourhood_id, 0), venue_id = nullif (:venue_id, 0), room_id = "
      "nullif (:room_id, 0) WHERE id = :id ",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, first_day, "
      "last_day, scope, kern_id, neighbourhood_id, venue_id, room_id FROM closure "
      "WHERE id = :id ",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, name, first_day, "
      "last_day, scope, kern_id, neighbourhood_id, venue_id, room_id FROM closure "
      "WHERE deleted_at IS NULL ORDER BY first_day, id ",
    .delete_sql =
      "UPDATE closure SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM closure WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM closure WHERE deleted_at IS NULL",
  },
  {
    .table = "series_split",
    .get_type = buurt_series_split_get_type,
    .insert_sql =
      "INSERT INTO series_split (uuid, created_at, modified_at, deleted_at, "
      "activity_id, later_activity_id, split_at) VALUES (:uuid, :created_at, "
      ":modified_at, nullif (:deleted_at, ''), nullif (:activity_id, 0), nullif "
      "(:later_activity_id, 0), :split_at) ",
    .update_sql =
      "UPDATE series_split SET modified_at = :modified_at, deleted_at = nullif "
      "(:deleted_at, ''), activity_id = nullif (:activity_id, 0), later_activity_id "
      "= nullif (:later_activity_id, 0), split_at = :split_at WHERE id = :id ",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, "
      "later_activity_id, split_at FROM series_split WHERE id = :id ",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, "
      "later_activity_id, split_at FROM series_split WHERE deleted_at IS NULL ORDER "
      "BY split_at, id ",
    .delete_sql =
      "UPDATE series_split SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM series_split WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM series_split WHERE deleted_at IS NULL",
  },
  {
    .table = "ical_link",
    .get_type = buurt_ical_link_get_type,
    .insert_sql =
      "INSERT INTO ical_link (uuid, created_at, modified_at, deleted_at, activity_id, uid, "
      "recurrence_id, sequence, last_modified, source, imported_at) "
      "VALUES (:uuid, :created_at, :modified_at, nullif (:deleted_at, ''), "
      "nullif (:activity_id, 0), :uid, coalesce (:recurrence_id, ''), :sequence, "
      "nullif (:last_modified, ''), coalesce (:source, ''), :imported_at)",
    .update_sql =
      "UPDATE ical_link SET modified_at = :modified_at, deleted_at = nullif (:deleted_at, ''), "
      "activity_id = nullif (:activity_id, 0), uid = :uid, "
      "recurrence_id = coalesce (:recurrence_id, ''), sequence = :sequence, "
      "last_modified = nullif (:last_modified, ''), source = coalesce (:source, ''), "
      "imported_at = :imported_at "
      "WHERE id = :id",
    .select_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, uid, recurrence_id, "
      "sequence, last_modified, source, imported_at "
      "FROM ical_link WHERE id = :id",
    .list_sql =
      "SELECT id, uuid, created_at, modified_at, deleted_at, activity_id, uid, recurrence_id, "
      "sequence, last_modified, source, imported_at "
      "FROM ical_link WHERE deleted_at IS NULL ORDER BY uid, recurrence_id",
    .delete_sql =
      "UPDATE ical_link SET deleted_at = :deleted_at, modified_at = :modified_at WHERE id = :id",
    .exists_sql =
      "SELECT 1 FROM ical_link WHERE id = :id AND deleted_at IS NULL",
    .count_sql =
      "SELECT count(*) FROM ical_link WHERE deleted_at IS NULL",
  },
};

const guint buurt_store_n_tables = G_N_ELEMENTS (buurt_store_tables);

/* The references between tables, and how the UI names a missing one. */
const BuurtReference buurt_store_references[] = {
  { "kern_id", "kern", N_("The chosen town or village is not in the agenda (any more).") },
  { "neighbourhood_id", "neighbourhood", N_("The chosen neighbourhood is not in the agenda (any more).") },
  { "venue_id", "venue", N_("The chosen venue is not in the agenda (any more).") },
  { "room_id", "room", N_("The chosen room is not in the agenda (any more).") },
  { "organiser_id", "contact", N_("The chosen organiser is not in the agenda (any more).") },
  { "contact_id", "contact", N_("The chosen person or organisation is not in the agenda (any more).") },
  { "funder_id", "contact", N_("The chosen funder is not in the agenda (any more).") },
  { "initiative_id", "initiative", N_("The chosen initiative is not in the agenda (any more).") },
  { "funding_request_id", "funding_request", N_("The chosen funding request is not in the agenda (any more).") },
  { "activity_id", "activity", N_("The chosen activity is not in the agenda (any more).") },
  { "later_activity_id", "activity", N_("The chosen activity is not in the agenda (any more).") },
};

const guint buurt_store_n_references = G_N_ELEMENTS (buurt_store_references);

const BuurtTableSpec *
buurt_store_spec_for_type (GType type)
{
  for (guint i = 0; i < buurt_store_n_tables; i++)
    if (buurt_store_tables[i].get_type () == type)
      return &buurt_store_tables[i];

  g_critical ("%s is not stored", g_type_name (type));
  return NULL;
}

const BuurtTableSpec *
buurt_store_spec_for_table (const char *table)
{
  for (guint i = 0; i < buurt_store_n_tables; i++)
    if (g_str_equal (buurt_store_tables[i].table, table))
      return &buurt_store_tables[i];

  return NULL;
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

/* buurt-desk-describe.c: records of an exchange file in words a person reads
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-desk-private.h"
#include "buurt-format.h"

/*
 * The preview and the conflicts list name tables, fields and records. The
 * tables and fields of the design have translated names; a table or field
 * another version adds is shown by its own name until it gets one here.
 */

static const struct
{
  const char *name;
  const char *title;
} table_titles[] = {
  { "kern", N_("Towns and villages") },
  { "neighbourhood", N_("Neighbourhoods") },
  { "venue", N_("Venues") },
  { "room", N_("Rooms") },
  { "contact", N_("Contacts") },
  { "initiative", N_("Initiatives") },
  { "initiative_partner", N_("Partners of initiatives") },
  { "funding_request", N_("Funding requests") },
  { "expense", N_("Expenses") },
  { "journal_entry", N_("Journal entries") },
  { "activity", N_("Activities") },
};

static const struct
{
  const char *name;
  const char *title;
} field_titles[] = {
  { "title", N_("Title") },
  { "name", N_("Name") },
  { "description", N_("Description") },
  { "summary", N_("Summary") },
  { "text", N_("Text") },
  { "kind", N_("Kind") },
  { "category", N_("Category") },
  { "status", N_("Status") },
  { "stage", N_("Stage") },
  { "starts_at", N_("Starts") },
  { "ends_at", N_("Ends") },
  { "created_at", N_("Added") },
  { "modified_at", N_("Last changed") },
  { "deleted_at", N_("Deleted") },
  { "kern_id", N_("Town or village") },
  { "neighbourhood_id", N_("Neighbourhood") },
  { "venue_id", N_("Venue") },
  { "room_id", N_("Room") },
  { "organiser_id", N_("Organiser") },
  { "contact_id", N_("Contact") },
  { "funder_id", N_("Funder") },
  { "initiative_id", N_("Initiative") },
  { "funding_request_id", N_("Funding request") },
  { "location", N_("Location") },
  { "address", N_("Address") },
  { "postcode", N_("Postcode") },
  { "phone", N_("Phone") },
  { "email", N_("E-mail") },
  { "website", N_("Website") },
  { "url", N_("Web address") },
  { "capacity", N_("Capacity") },
  { "rrule", N_("Repeats") },
  { "cancelled_dates", N_("Cancelled dates") },
  { "cost_cents", N_("Cost") },
  { "amount_cents", N_("Amount") },
  { "notes", N_("Notes") },
  { "role", N_("Role") },
};

/**
 * buurt_desk_table_title:
 *
 * Returns: (transfer none): what the records of @table are called
 */
const char *
buurt_desk_table_title (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_titles); i++)
    if (g_str_equal (table_titles[i].name, table))
      return _(table_titles[i].title);
  return table;
}

/**
 * buurt_desk_field_title:
 *
 * Returns: (transfer none): what the field @column is called
 */
const char *
buurt_desk_field_title (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_titles); i++)
    if (g_str_equal (field_titles[i].name, column))
      return _(field_titles[i].title);
  return column;
}

/**
 * buurt_desk_describe:
 * @fields: (nullable): a record as it travels
 *
 * Returns: (transfer full): the record's title or name, or else its id
 */
char *
buurt_desk_describe (const char *uuid,
                     GVariant   *fields)
{
  const char *keys[] = { "title", "name", "description", "text" };
  const char *label;

  for (guint i = 0; fields != NULL && i < G_N_ELEMENTS (keys); i++)
    if (g_variant_lookup (fields, keys[i], "&s", &label) && *label != '\0')
      return g_strdup (label);
  return g_strndup (uuid, 8);
}

/**
 * buurt_desk_format_value:
 * @value: (nullable): a field's value as it travels
 *
 * Returns: (transfer full): the value as the preview shows it: a reference
 *   by the name of what it refers to, a moment in the user's locale
 */
char *
buurt_desk_format_value (BuurtDatabase *database,
                         const char    *table,
                         const char    *column,
                         GVariant      *value)
{
  BuurtStore *store = buurt_database_get_store (database);
  const char *text;

  if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
    return g_strdup ("—");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_strdup_printf ("%g", g_variant_get_double (value));
  if (!g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_print (value, FALSE);

  text = g_variant_get_string (value, NULL);
  if (buurt_store_desk_is_reference (store, table, column))
    {
      const char *const *tables = buurt_store_desk_tables (store);

      /* The target table is not at hand: the uuid is unique across them. */
      for (guint i = 0; tables[i] != NULL; i++)
        {
          g_autoptr(GVariant) target = NULL;

          if (buurt_store_desk_lookup (store, tables[i], text, &target, NULL, NULL) && target != NULL)
            return buurt_desk_describe (text, target);
        }
      return g_strndup (text, 8);
    }

  if (g_str_has_suffix (column, "_at"))
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) instant = g_date_time_new_from_iso8601 (text, utc);

      if (instant != NULL)
        {
          g_autofree char *date = buurt_format_date (instant);
          g_autofree char *time = buurt_format_time (instant, NULL);

          /* Translators: a date and a time, as in “di 6 jan 2026 18:00” */
          return g_strdup_printf (C_("date and time", "%s %s"), date, time);
        }
    }

  return g_strdup (text);
}

/* buurt-example-community.c: the names and places of the example community
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-example-community.h"
#include "buurt-example-community-private.h"
#include "buurt-example-data.h"
#include "buurt-example-reader.h"
#include "buurt-example-resources.h"

/*
 * The Dutch names, places and texts of the example community are data:
 * example-community.json, compiled into the example library's own resource.
 * This reads it with json-glib and checks every member, so a broken file
 * gives an error that names the member instead of a crash later on.
 */

#define RESOURCE_PATH RESOURCE_PREFIX "/example/example-community.json"

const BuurtExampleSlot buurt_example_slots[BUURT_EXAMPLE_N_SLOTS] = {
  { 9 * 60, 210 },       /* morning, 09:00-12:30 */
  { 13 * 60, 150 },      /* afternoon, 13:00-15:30 */
  { 15 * 60 + 30, 120 }, /* after school, 15:30-17:30 */
  { 17 * 60 + 30, 120 }, /* dinner time, 17:30-19:30 */
  { 19 * 60 + 30, 180 }, /* evening, 19:30-22:30 */
};

static void
town_clear (gpointer data)
{
  BuurtExampleTown *town = data;

  g_clear_pointer (&town->neighbourhoods, g_ptr_array_unref);
  g_clear_pointer (&town->streets, g_ptr_array_unref);
}

static void
initiative_clear (gpointer data)
{
  BuurtExampleInitiative *initiative = data;

  g_clear_pointer (&initiative->requests, g_array_unref);
}

void
buurt_example_community_free (BuurtExampleCommunity *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->first_names, g_ptr_array_unref);
  g_clear_pointer (&self->last_names, g_ptr_array_unref);
  g_clear_pointer (&self->newcomer_names, g_ptr_array_unref);
  g_clear_pointer (&self->towns, g_array_unref);
  g_clear_pointer (&self->extra_towns, g_array_unref);
  g_clear_pointer (&self->village_streets, g_ptr_array_unref);
  g_clear_pointer (&self->venues, g_array_unref);
  g_clear_pointer (&self->venue_names, g_ptr_array_unref);
  g_clear_pointer (&self->venue_notes, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->venue_kinds); i++)
    {
      g_clear_pointer (&self->venue_kinds[i].prefixes, g_ptr_array_unref);
      g_clear_pointer (&self->venue_kinds[i].rooms, g_array_unref);
    }
  g_clear_pointer (&self->organisations, g_array_unref);
  g_clear_pointer (&self->funders, g_array_unref);
  g_clear_pointer (&self->initiatives, g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->journal); i++)
    g_clear_pointer (&self->journal[i], g_ptr_array_unref);
  g_clear_pointer (&self->expense_descriptions, g_ptr_array_unref);
  g_clear_pointer (&self->rejection_reasons, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self);
}

/* Index of the string in @list equal to @text, or -1. */
static int
find_string (GPtrArray  *list,
             const char *text)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), text))
      return (int) i;

  return -1;
}

/* A neighbourhood of the home towns, by name: its index through them all. */
static gboolean
read_neighbourhood (BuurtExampleReader    *reader,
                    BuurtExampleCommunity *self,
                    JsonObject            *object,
                    guint                 *out)
{
  const char *name = NULL;
  guint index = 0;

  if (!buurt_example_reader_string (reader, object, "neighbourhood", TRUE, &name))
    return FALSE;

  for (guint t = 0; t < self->towns->len; t++)
    {
      GPtrArray *names = g_array_index (self->towns, BuurtExampleTown, t).neighbourhoods;
      int found = find_string (names, name);

      if (found >= 0)
        {
          *out = index + (guint) found;
          return TRUE;
        }
      index += names->len;
    }

  return buurt_example_reader_unknown (reader, "neighbourhood", name);
}

static gboolean
read_towns (BuurtExampleReader  *reader,
            JsonObject          *root,
            const char          *member,
            GArray             **out)
{
  JsonArray *array = buurt_example_reader_array (reader, root, member, TRUE, TRUE);
  g_autoptr(GArray) towns = g_array_new (FALSE, TRUE, sizeof (BuurtExampleTown));

  g_array_set_clear_func (towns, town_clear);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, member, i);
      BuurtExampleTown town = { 0 };
      gsize mark = buurt_example_reader_enter (reader, member, (int) i);
      gboolean ok;

      if (object == NULL)
        return FALSE;

      g_array_append_val (towns, town);
      ok = buurt_example_reader_string (reader, object, "name", TRUE, &town.name) &&
           buurt_example_reader_string (reader, object, "municipality", TRUE, &town.municipality) &&
           buurt_example_reader_pair (reader, object, "postcodes", 1000, 9999,
                                      &town.postcode_min, &town.postcode_max) &&
           buurt_example_reader_string (reader, object, "area_code", TRUE, &town.area_code) &&
           buurt_example_reader_uint (reader, object, "weight", FALSE, 0, 1000, &town.weight) &&
           buurt_example_reader_strings (reader, object, "neighbourhoods", TRUE, &town.neighbourhoods) &&
           buurt_example_reader_strings (reader, object, "streets", FALSE, &town.streets);
      g_array_index (towns, BuurtExampleTown, towns->len - 1) = town;
      if (ok && (strlen (town.area_code) < 3 || strlen (town.area_code) > 4))
        ok = buurt_example_reader_invalid (reader, "area_code",
                                           /* Translators: the first %s is a file, the second a place in it */
                                           _("%s: “%s” must be an area code of three or four digits."));
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;
    }

  *out = g_steal_pointer (&towns);
  return TRUE;
}

static gboolean
read_venues (BuurtExampleReader    *reader,
             BuurtExampleCommunity *self,
             JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "venues", TRUE, TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "venues", i);
      BuurtExampleVenue venue = { 0 };
      int kind = 0;
      gsize mark = buurt_example_reader_enter (reader, "venues", (int) i);
      gboolean ok;

      ok = object != NULL &&
           buurt_example_reader_string (reader, object, "name", TRUE, &venue.name) &&
           buurt_example_reader_enum (reader, object, "kind", BUURT_TYPE_VENUE_KIND, TRUE, &kind) &&
           read_neighbourhood (reader, self, object, &venue.neighbourhood) &&
           buurt_example_reader_string (reader, object, "street", TRUE, &venue.street) &&
           buurt_example_reader_boolean (reader, object, "commercial", &venue.commercial);
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      venue.kind = kind;
      g_array_append_val (self->venues, venue);
    }

  return TRUE;
}

/* Every kind of venue: the words before its name and the rooms it has. */
static gboolean
read_venue_kinds (BuurtExampleReader    *reader,
                  BuurtExampleCommunity *self,
                  JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "venue_kinds", TRUE, TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "venue_kinds", i);
      gsize mark = buurt_example_reader_enter (reader, "venue_kinds", (int) i);
      BuurtExampleVenueKind *info;
      JsonArray *rooms;
      int kind = 0;

      if (object == NULL ||
          !buurt_example_reader_enum (reader, object, "kind", BUURT_TYPE_VENUE_KIND, TRUE, &kind))
        return FALSE;

      /* A kind listed twice: the last one counts. */
      info = &self->venue_kinds[kind];
      g_clear_pointer (&info->prefixes, g_ptr_array_unref);
      g_clear_pointer (&info->rooms, g_array_unref);
      info->rooms = g_array_new (FALSE, TRUE, sizeof (BuurtExampleRoom));
      if (!buurt_example_reader_strings (reader, object, "prefixes", TRUE, &info->prefixes) ||
          !buurt_example_reader_uint (reader, object, "rooms_min", TRUE, 1, 20, &info->rooms_min) ||
          !buurt_example_reader_uint (reader, object, "rooms_max", TRUE, info->rooms_min, 20, &info->rooms_max) ||
          (rooms = buurt_example_reader_array (reader, object, "rooms", TRUE, TRUE)) == NULL)
        return FALSE;

      for (guint r = 0; r < json_array_get_length (rooms); r++)
        {
          JsonObject *room_object = buurt_example_reader_element (reader, rooms, "rooms", r);
          BuurtExampleRoom room = { 0 };
          gsize room_mark = buurt_example_reader_enter (reader, "rooms", (int) r);
          gboolean ok;

          ok = room_object != NULL &&
               buurt_example_reader_string (reader, room_object, "name", TRUE, &room.name) &&
               buurt_example_reader_pair (reader, room_object, "capacity", 1, 10000,
                                          &room.capacity_min, &room.capacity_max) &&
               buurt_example_reader_flags (reader, room_object, "facilities", BUURT_TYPE_FACILITY,
                                           &room.facilities) &&
               buurt_example_reader_uint (reader, room_object, "rate_max", TRUE, 0, 100000, &room.rate_max) &&
               buurt_example_reader_boolean (reader, room_object, "outside", &room.outside);
          buurt_example_reader_leave (reader, room_mark);
          if (!ok)
            return FALSE;
          g_array_append_val (info->rooms, room);
        }
      buurt_example_reader_leave (reader, mark);
    }

  for (guint k = 0; k < G_N_ELEMENTS (self->venue_kinds); k++)
    if (self->venue_kinds[k].rooms == NULL)
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (BUURT_TYPE_VENUE_KIND);

        return buurt_example_reader_unknown (reader, "venue_kinds",
                                             g_enum_get_value (klass, (int) k)->value_nick);
      }

  return TRUE;
}

/* An organisation by name: the usual organisers and the funders. */
gboolean
buurt_example_community_check_organisation (BuurtExampleReader    *reader,
                    BuurtExampleCommunity *self,
                    const char            *member,
                    const char            *name)
{
  for (guint i = 0; i < self->organisations->len; i++)
    if (g_str_equal (g_array_index (self->organisations, BuurtExampleOrganisation, i).name, name))
      return TRUE;

  return buurt_example_reader_unknown (reader, member, name);
}

static gboolean
read_organisations (BuurtExampleReader    *reader,
                    BuurtExampleCommunity *self,
                    JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "organisations", TRUE, TRUE);
  JsonArray *funders;

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "organisations", i);
      BuurtExampleOrganisation organisation = { NULL, 0, -1, NULL };
      const char *town = NULL;
      int kind = 0;
      gsize mark = buurt_example_reader_enter (reader, "organisations", (int) i);
      gboolean ok;

      ok = object != NULL &&
           buurt_example_reader_string (reader, object, "name", TRUE, &organisation.name) &&
           buurt_example_reader_enum (reader, object, "kind", BUURT_TYPE_CONTACT_KIND, TRUE, &kind) &&
           buurt_example_reader_string (reader, object, "town", FALSE, &town) &&
           buurt_example_reader_string (reader, object, "email", FALSE, &organisation.email);
      organisation.kind = kind;
      for (guint t = 0; ok && town != NULL && t < self->towns->len; t++)
        if (g_str_equal (g_array_index (self->towns, BuurtExampleTown, t).name, town))
          organisation.town = (int) t;
      if (ok && town != NULL && organisation.town < 0)
        ok = buurt_example_reader_unknown (reader, "town", town);
      if (ok && kind == BUURT_CONTACT_KIND_RESIDENT)
        ok = buurt_example_reader_unknown (reader, "kind", "resident");
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      g_array_append_val (self->organisations, organisation);
    }

  funders = buurt_example_reader_array (reader, root, "funders", TRUE, TRUE);
  if (funders == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (funders); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, funders, "funders", i);
      BuurtExampleFunder funder = { 0 };
      gsize mark = buurt_example_reader_enter (reader, "funders", (int) i);
      gboolean ok;

      ok = object != NULL &&
           buurt_example_reader_string (reader, object, "key", TRUE, &funder.key) &&
           buurt_example_reader_string (reader, object, "organisation", TRUE, &funder.organisation) &&
           buurt_example_community_check_organisation (reader, self, "organisation", funder.organisation) &&
           buurt_example_reader_uint (reader, object, "euros_step", TRUE, 1, 10000, &funder.euros_step) &&
           buurt_example_reader_pair (reader, object, "steps", 1, 1000, &funder.steps_min, &funder.steps_max) &&
           buurt_example_reader_string (reader, object, "conditions", TRUE, &funder.conditions);
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      g_array_append_val (self->funders, funder);
    }

  return TRUE;
}

static gboolean
read_requests (BuurtExampleReader    *reader,
               BuurtExampleCommunity *self,
               JsonObject            *object,
               GArray                *requests)
{
  JsonArray *array = buurt_example_reader_array (reader, object, "requests", FALSE, FALSE);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *request_object = buurt_example_reader_element (reader, array, "requests", i);
      BuurtExampleRequest request = { 0 };
      const char *funder = NULL;
      int status = 0;
      gsize mark = buurt_example_reader_enter (reader, "requests", (int) i);
      gboolean ok;

      ok = request_object != NULL &&
           buurt_example_reader_string (reader, request_object, "funder", TRUE, &funder) &&
           buurt_example_reader_enum (reader, request_object, "status", BUURT_TYPE_FUNDING_STATUS, TRUE, &status) &&
           buurt_example_reader_string (reader, request_object, "reason", FALSE, &request.reason);
      request.status = status;

      /* A funder by the key the funders list gives it. */
      request.funder = G_MAXUINT;
      for (guint f = 0; ok && f < self->funders->len; f++)
        if (g_str_equal (g_array_index (self->funders, BuurtExampleFunder, f).key, funder))
          request.funder = f;
      if (ok && request.funder == G_MAXUINT)
        ok = buurt_example_reader_unknown (reader, "funder", funder);
      if (ok && status == BUURT_FUNDING_STATUS_REJECTED && (request.reason == NULL || *request.reason == '\0'))
        ok = buurt_example_reader_invalid (reader, "reason",
                                           /* Translators: the first %s is a file, the second a place in it */
                                           _("%s: “%s” must say why a rejected request was rejected."));
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;

      g_array_append_val (requests, request);
    }

  return array != NULL || *reader->error == NULL;
}

static gboolean
read_initiatives (BuurtExampleReader    *reader,
                  BuurtExampleCommunity *self,
                  JsonObject            *root)
{
  JsonArray *array = buurt_example_reader_array (reader, root, "initiatives", TRUE, TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = buurt_example_reader_element (reader, array, "initiatives", i);
      BuurtExampleInitiative initiative = { 0 };
      int stage = 0;
      gsize mark = buurt_example_reader_enter (reader, "initiatives", (int) i);
      gboolean ok;

      initiative.requests = g_array_new (FALSE, TRUE, sizeof (BuurtExampleRequest));
      initiative.support = "";
      g_array_append_val (self->initiatives, initiative);
      ok = object != NULL &&
           buurt_example_reader_string (reader, object, "key", TRUE, &initiative.key) &&
           buurt_example_reader_string (reader, object, "title", TRUE, &initiative.title) &&
           buurt_example_reader_string (reader, object, "summary", TRUE, &initiative.summary) &&
           buurt_example_reader_string (reader, object, "support", FALSE, &initiative.support) &&
           buurt_example_reader_enum (reader, object, "stage", BUURT_TYPE_STAGE, TRUE, &stage) &&
           read_neighbourhood (reader, self, object, &initiative.neighbourhood) &&
           buurt_example_reader_flags (reader, object, "target_groups", BUURT_TYPE_TARGET_GROUP,
                                       &initiative.target_groups) &&
           read_requests (reader, self, object, initiative.requests);
      initiative.stage = stage;
      g_array_index (self->initiatives, BuurtExampleInitiative, i) = initiative;
      buurt_example_reader_leave (reader, mark);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_texts (BuurtExampleReader    *reader,
            BuurtExampleCommunity *self,
            JsonObject            *root)
{
  JsonObject *texts = buurt_example_reader_object (reader, root, "texts");
  gsize mark;
  gboolean ok;

  if (texts == NULL)
    return FALSE;

  mark = buurt_example_reader_enter (reader, "texts", -1);
  ok = buurt_example_reader_string (reader, texts, "library", TRUE, &self->library_name) &&
       buurt_example_reader_string (reader, texts, "municipality", TRUE, &self->municipality_name) &&
       buurt_example_reader_string (reader, texts, "club", TRUE, &self->club_name) &&
       buurt_example_reader_string (reader, texts, "welfare_organisation", TRUE, &self->welfare_name) &&
       buurt_example_reader_string (reader, texts, "at_home", TRUE, &self->at_home) &&
       buurt_example_reader_string (reader, texts, "village_square", TRUE, &self->village_square) &&
       buurt_example_reader_string (reader, texts, "registration", TRUE, &self->registration_info);
  buurt_example_reader_leave (reader, mark);

  return ok;
}

static gboolean
read_community (BuurtExampleReader    *reader,
                BuurtExampleCommunity *self,
                JsonObject            *root)
{
  static const char * const journal_members[] = { "milestone", "obstacle", "lesson", "evaluation" };
  JsonObject *journal;
  gsize mark;

  if (!buurt_example_reader_strings (reader, root, "first_names", TRUE, &self->first_names) ||
      !buurt_example_reader_strings (reader, root, "last_names", TRUE, &self->last_names) ||
      !buurt_example_reader_strings (reader, root, "newcomer_names", TRUE, &self->newcomer_names) ||
      !read_texts (reader, self, root) ||
      !read_towns (reader, root, "towns", &self->towns) ||
      !read_towns (reader, root, "extra_towns", &self->extra_towns) ||
      !buurt_example_reader_strings (reader, root, "village_streets", TRUE, &self->village_streets) ||
      !read_venues (reader, self, root) ||
      !buurt_example_reader_strings (reader, root, "venue_names", TRUE, &self->venue_names) ||
      !buurt_example_reader_strings (reader, root, "venue_notes", TRUE, &self->venue_notes) ||
      !read_venue_kinds (reader, self, root) ||
      !read_organisations (reader, self, root) ||
      !read_initiatives (reader, self, root) ||
      !buurt_example_reader_strings (reader, root, "expense_descriptions", TRUE, &self->expense_descriptions) ||
      !buurt_example_reader_strings (reader, root, "rejection_reasons", TRUE, &self->rejection_reasons) ||
      !buurt_example_community_read_series (reader, self, root) ||
      !buurt_example_community_read_events (reader, self, root))
    return FALSE;

  journal = buurt_example_reader_object (reader, root, "journal");
  if (journal == NULL)
    return FALSE;
  mark = buurt_example_reader_enter (reader, "journal", -1);
  for (guint i = 0; i < G_N_ELEMENTS (journal_members); i++)
    if (!buurt_example_reader_strings (reader, journal, journal_members[i], TRUE, &self->journal[i]))
      return FALSE;
  buurt_example_reader_leave (reader, mark);

  return TRUE;
}

/**
 * buurt_example_community_new_from_data:
 * @data: the JSON text
 * @file_name: what errors call it
 *
 * Reads and checks a community such as example-community.json.
 *
 * Returns: (transfer full) (nullable): the community, or %NULL with @error
 *   set to a message that names the member that is wrong
 */
BuurtExampleCommunity *
buurt_example_community_new_from_data (const char  *data,
                                       gsize        length,
                                       const char  *file_name,
                                       GError     **error)
{
  g_autoptr(BuurtExampleCommunity) self = g_new0 (BuurtExampleCommunity, 1);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  BuurtExampleReader reader = { file_name, NULL, path, &local_error };
  JsonNode *root;

  self->strings = g_string_chunk_new (16 * 1024);
  self->venues = g_array_new (FALSE, TRUE, sizeof (BuurtExampleVenue));
  self->organisations = g_array_new (FALSE, TRUE, sizeof (BuurtExampleOrganisation));
  self->funders = g_array_new (FALSE, TRUE, sizeof (BuurtExampleFunder));
  self->initiatives = g_array_new (FALSE, TRUE, sizeof (BuurtExampleInitiative));
  g_array_set_clear_func (self->initiatives, initiative_clear);
  self->series = g_array_new (FALSE, TRUE, sizeof (BuurtExampleSeries));
  self->events = g_array_new (FALSE, TRUE, sizeof (BuurtExampleEvent));
  reader.strings = self->strings;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, BUURT_EXAMPLE_ERROR, BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY,
                   /* Translators: the first %s is a file, the second what is wrong, with the line */
                   _("%s cannot be read: %s"), file_name, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, BUURT_EXAMPLE_ERROR, BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY,
                   /* Translators: %s is a file */
                   _("%s cannot be read: it holds no object in braces."), file_name);
      return NULL;
    }

  if (!read_community (&reader, self, json_node_get_object (root)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint t = 0; t < self->towns->len; t++)
    self->n_neighbourhoods += g_array_index (self->towns, BuurtExampleTown, t).neighbourhoods->len;

  return g_steal_pointer (&self);
}

/**
 * buurt_example_community_load:
 *
 * Reads the example community from the example library's own resource,
 * which it registers the first time.
 *
 * Returns: (transfer full) (nullable): the community, or %NULL with @error
 *   set
 */
BuurtExampleCommunity *
buurt_example_community_load (GError **error)
{
  static gsize registered = 0;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  /* A static library's resource has no constructor that surely runs. */
  if (g_once_init_enter (&registered))
    {
      buurt_example_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  bytes = g_resources_lookup_data (RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return buurt_example_community_new_from_data (data, length, "example-community.json", error);
}

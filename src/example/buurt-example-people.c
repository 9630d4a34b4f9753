/* buurt-example-people.c: contacts, initiatives, grants and journals
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <string.h>

#include "buurt-example-generator.h"

/* Residents of the home municipality; each extra town adds five. */
#define N_HOME_RESIDENTS 38
#define N_TOWN_RESIDENTS 5

static gboolean
add_contact (BuurtExampleGenerator  *self,
             const char             *name,
             BuurtContactKind        kind,
             int                     kern,
             const char             *municipality,
             const char             *email_address,
             GError                **error)
{
  const BuurtExampleTown *info = kern >= 0 ? g_array_index (self->kernen, BuurtExampleKern, kern).info
                                           : &g_array_index (self->community->towns, BuurtExampleTown, 0);
  g_autoptr(BuurtContact) contact = buurt_contact_new ();
  g_autofree char *slugged = buurt_example_slug (name);
  BuurtExampleContact c = { 0, kind, kern, municipality, name, NULL };
  const char *email;
  guint index;

  if (kind == BUURT_CONTACT_KIND_RESIDENT)
    {
      const char *space = strchr (name, ' ');
      g_autofree char *first_name = g_strndup (name, space != NULL ? (gsize) (space - name) : strlen (name));
      g_autofree char *first = buurt_example_slug (first_name);
      g_autofree char *last = buurt_example_slug (space != NULL ? space + 1 : name);

      /* example.nl: a resident's address must never reach a real person. */
      email = buurt_example_chance (self, 0.8) ? buurt_example_format (self, "%s.%s@example.nl", first, last) : NULL;
      c.phone = buurt_example_mobile (self);
    }
  else
    {
      email = email_address != NULL ? email_address : buurt_example_format (self, "info@%s.nl", slugged);
      c.phone = buurt_example_landline (self, info);
    }

  g_object_set (contact,
                "name", name,
                "kind", kind,
                "phone", c.phone,
                "email", email,
                NULL);
  if (!buurt_example_save (self, contact, error))
    return FALSE;

  c.id = buurt_entity_get_id (BUURT_ENTITY (contact));
  g_array_append_val (self->contacts, c);
  index = self->contacts->len - 1;
  g_array_append_val (self->by_kind[kind], index);
  if (!g_hash_table_contains (self->contact_index, name))
    g_hash_table_insert (self->contact_index, (gpointer) buurt_example_intern (self, name), GUINT_TO_POINTER (index + 1));

  return TRUE;
}

static const char *
resident_name (BuurtExampleGenerator *self)
{
  const BuurtExampleCommunity *community = self->community;

  for (;;)
    {
      const char *name;

      if (buurt_example_chance (self, 0.15))
        name = buurt_example_pick_string (self, community->newcomer_names);
      else
        name = buurt_example_format (self, "%s %s", buurt_example_pick_string (self, community->first_names),
                                     buurt_example_pick_string (self, community->last_names));
      if (buurt_example_claim_name (self, name))
        return buurt_example_intern (self, name);
    }
}

/**
 * buurt_example_add_contacts:
 *
 * Saves the organisations of the home municipality, its residents, and
 * for each extra town a municipality, a club, a welfare foundation and a
 * few residents.
 */
gboolean
buurt_example_add_contacts (BuurtExampleGenerator  *self,
                            GError                **error)
{
  const BuurtExampleCommunity *community = self->community;
  guint n_home_towns = community->towns->len;
  const char *home = g_array_index (community->towns, BuurtExampleTown, 0).municipality;

  for (guint i = 0; i < community->organisations->len; i++)
    {
      const BuurtExampleOrganisation *organisation = &g_array_index (community->organisations,
                                                                     BuurtExampleOrganisation, i);

      buurt_example_claim_name (self, organisation->name);
      if (!add_contact (self, organisation->name, organisation->kind, organisation->town, home,
                        organisation->email, error))
        return FALSE;
    }

  for (guint i = 0; i < N_HOME_RESIDENTS; i++)
    {
      /* Most people live in the first town itself. */
      guint r = buurt_example_pick (self, 10);
      int kern = r < 7 ? 0 : r < 9 ? 1 : 2;

      if (!add_contact (self, resident_name (self), BUURT_CONTACT_KIND_RESIDENT, MIN (kern, (int) n_home_towns - 1),
                        home, NULL, error))
        return FALSE;
    }

  /* The extra towns, when there are any, get people and clubs of their own. */
  for (guint k = n_home_towns; k < self->kernen->len; k++)
    {
      const BuurtExampleTown *info = g_array_index (self->kernen, BuurtExampleKern, k).info;
      const char *municipality = buurt_example_fill_in (self, community->municipality_name,
                                                        "municipality", info->municipality, "town", info->name);
      const char *club = buurt_example_fill_in (self, community->club_name, "town", info->name, NULL, NULL);
      const char *foundation = buurt_example_fill_in (self, community->welfare_name, "town", info->name, NULL, NULL);

      if (buurt_example_claim_name (self, municipality) &&
          !add_contact (self, municipality, BUURT_CONTACT_KIND_MUNICIPALITY, -1, info->municipality, NULL, error))
        return FALSE;
      if (buurt_example_claim_name (self, club) &&
          !add_contact (self, club, BUURT_CONTACT_KIND_CLUB, k, info->municipality, NULL, error))
        return FALSE;
      if (buurt_example_claim_name (self, foundation) &&
          !add_contact (self, foundation, BUURT_CONTACT_KIND_WELFARE_ORGANISATION, k, info->municipality, NULL, error))
        return FALSE;
      for (guint i = 0; i < N_TOWN_RESIDENTS; i++)
        if (!add_contact (self, resident_name (self), BUURT_CONTACT_KIND_RESIDENT, k, info->municipality, NULL, error))
          return FALSE;
    }

  return TRUE;
}

/* The contact of that name; the community checked that it exists. */
guint
buurt_example_find_contact (BuurtExampleGenerator *self,
                            const char            *name)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->contact_index, name));

  g_assert (index > 0);
  return index - 1;
}

/* Whether @contact works in @kern: it is from there, or from its whole
 * municipality. */
gboolean
buurt_example_contact_fits (BuurtExampleGenerator     *self,
                            const BuurtExampleContact *contact,
                            int                        kern)
{
  if (kern < 0 || contact->kern == kern)
    return TRUE;

  return contact->kern < 0 &&
         g_str_equal (contact->municipality,
                      g_array_index (self->kernen, BuurtExampleKern, kern).info->municipality);
}

/* A contact of @kind who works in @kern (-1: anywhere); a resident of
 * @kern when there is no such organisation there. */
guint
buurt_example_pick_contact (BuurtExampleGenerator *self,
                            BuurtContactKind       kind,
                            int                    kern)
{
  GArray *pool = self->by_kind[kind];
  g_autoptr(GArray) fitting = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < pool->len; i++)
    {
      guint index = g_array_index (pool, guint, i);

      if (buurt_example_contact_fits (self, &g_array_index (self->contacts, BuurtExampleContact, index), kern))
        g_array_append_val (fitting, index);
    }

  if (fitting->len > 0)
    return g_array_index (fitting, guint, buurt_example_pick (self, fitting->len));
  if (kind != BUURT_CONTACT_KIND_RESIDENT)
    return buurt_example_pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern);

  return g_array_index (pool, guint, buurt_example_pick (self, pool->len));
}

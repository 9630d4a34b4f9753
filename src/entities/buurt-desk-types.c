/* buurt-desk-types.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buurt-desk-types.h"

void
buurt_desk_peer_free (BuurtDeskPeer *peer)
{
  g_free (peer->desk_id);
  g_free (peer->name);
  g_free (peer->knowledge);
  g_free (peer->last_exchange);
  g_free (peer);
}

void
buurt_desk_conflict_free (BuurtDeskConflict *conflict)
{
  g_free (conflict->table);
  g_free (conflict->uuid);
  g_free (conflict->their_desk);
  g_free (conflict->their_version);
  g_clear_pointer (&conflict->mine, g_variant_unref);
  g_clear_pointer (&conflict->theirs, g_variant_unref);
  g_free (conflict->state);
  g_free (conflict->noticed_at);
  g_free (conflict);
}


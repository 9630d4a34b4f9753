/* buurt-desk-types.h: what a desk notes of other desks and of conflicts with them
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A peer: another desk this one exchanged with. */
typedef struct
{
  char *desk_id;
  char *name;
  char *knowledge;
  char *last_exchange;
} BuurtDeskPeer;

void buurt_desk_peer_free (BuurtDeskPeer *peer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtDeskPeer, buurt_desk_peer_free)

/* A record changed on two desks since they last exchanged. */
typedef struct
{
  gint64    id;
  char     *table;
  char     *uuid;
  char     *their_desk;
  char     *their_version;
  GVariant *mine;      /* nullable: the row was not here */
  GVariant *theirs;
  char     *state;     /* "pending", "kept_mine" or "took_theirs" */
  char     *noticed_at;
} BuurtDeskConflict;

void buurt_desk_conflict_free (BuurtDeskConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuurtDeskConflict, buurt_desk_conflict_free)

G_END_DECLS

/* buurt-example-community-private.h: what the parts of the community reader share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-example-community.h"
#include "buurt-example-reader.h"

G_BEGIN_DECLS

gboolean buurt_example_community_check_organisation (BuurtExampleReader    *reader,
                                                     BuurtExampleCommunity *self,
                                                     const char            *member,
                                                     const char            *name);
gboolean buurt_example_community_read_series        (BuurtExampleReader    *reader,
                                                     BuurtExampleCommunity *self,
                                                     JsonObject            *root);
gboolean buurt_example_community_read_events        (BuurtExampleReader    *reader,
                                                     BuurtExampleCommunity *self,
                                                     JsonObject            *root);

G_END_DECLS

/* buurt-example-data-private.h: for tests of the example data
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-example-data.h"
#include "buurt-example-community.h"

G_BEGIN_DECLS

gboolean buurt_example_data_generate_full (BuurtDatabase               *database,
                                           const BuurtExampleCommunity *community,
                                           guint                        n_occurrences,
                                           guint32                      seed,
                                           const GDate                 *today,
                                           GCancellable                *cancellable,
                                           GError                     **error);

G_END_DECLS

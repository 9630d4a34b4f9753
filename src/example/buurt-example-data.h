/* buurt-example-data.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_EXAMPLE_ERROR (buurt_example_error_quark ())

/**
 * BuurtExampleError:
 * @BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY: the example community's names and
 *   places (a JSON resource) are broken
 */
typedef enum
{
  BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY,
} BuurtExampleError;

GQuark   buurt_example_error_quark (void);

/* The default size: about a year of a Dronten-like community. */
#define BUURT_EXAMPLE_DEFAULT_OCCURRENCES 5500
#define BUURT_EXAMPLE_DEFAULT_SEED 20261125

gboolean buurt_example_data_generate (BuurtDatabase *database,
                                      guint          n_occurrences,
                                      guint32        seed,
                                      GCancellable  *cancellable,
                                      GError       **error);

void     buurt_example_data_load_async  (BuurtDatabase       *database,
                                         guint                n_occurrences,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gint64   buurt_example_data_load_finish (BuurtDatabase       *database,
                                         GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS

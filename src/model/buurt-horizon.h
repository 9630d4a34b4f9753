/* buurt-horizon.h: the agenda's rolling horizon of series dates
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BUURT_TYPE_HORIZON (buurt_horizon_get_type ())

G_DECLARE_FINAL_TYPE (BuurtHorizon, buurt_horizon, BUURT, HORIZON, GObject)

GDateTime *buurt_horizon_dup_horizon  (BuurtHorizon         *self,
                                       GError              **error);
gboolean   buurt_horizon_get_busy     (BuurtHorizon         *self);
void       buurt_horizon_roll         (BuurtHorizon         *self);
void       buurt_horizon_ensure_day   (BuurtHorizon         *self,
                                       const char           *day);
gboolean   buurt_horizon_extend_to    (BuurtHorizon         *self,
                                       GDateTime            *horizon,
                                       gint64               *n_added,
                                       GError              **error);
void       buurt_horizon_extend_async (BuurtHorizon         *self,
                                       GDateTime            *horizon,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gint64     buurt_horizon_extend_finish (BuurtHorizon        *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS

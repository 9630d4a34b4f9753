/* buurt-database-initiatives.h: initiatives, their people and stages, and the address book
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-database.h"

G_BEGIN_DECLS

GPtrArray  *buurt_database_list_initiatives        (BuurtDatabase               *self,
                                                    const BuurtInitiativeQuery  *query,
                                                    GError                     **error);
GPtrArray  *buurt_database_list_initiative_people  (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    GError                     **error);
GPtrArray  *buurt_database_list_linked_activities  (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    const char                  *today,
                                                    GError                     **error);
GListModel *buurt_database_list_journal            (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    GError                     **error);
GListModel *buurt_database_list_funding_requests  (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    GError                     **error);
GListModel *buurt_database_list_expenses           (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    GError                     **error);
gboolean    buurt_database_initiative_money        (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    BuurtInitiativeMoney        *money,
                                                    GError                     **error);
gboolean    buurt_database_save_initiative         (BuurtDatabase               *self,
                                                    BuurtInitiative             *initiative,
                                                    GPtrArray                   *people,
                                                    GError                     **error);

gboolean    buurt_stage_needs_note                 (BuurtStage                   stage);
char       *buurt_stage_default_next_evaluation    (const char                  *today);
gboolean    buurt_database_move_initiative         (BuurtDatabase               *self,
                                                    gint64                       initiative_id,
                                                    BuurtStage                   stage,
                                                    const char                  *note,
                                                    const char                  *next_evaluation,
                                                    const char                  *today,
                                                    GError                     **error);

GPtrArray  *buurt_database_list_contacts           (BuurtDatabase               *self,
                                                    GError                     **error);

G_END_DECLS

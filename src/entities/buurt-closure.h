/* buurt-closure.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CLOSURE (buurt_closure_get_type ())

G_DECLARE_FINAL_TYPE (BuurtClosure, buurt_closure, BUURT, CLOSURE, BuurtEntity)

BuurtClosure *buurt_closure_new (void);
/**
 * BuurtClosureDates:
 * @activity_id: an activity a closure reaches
 * @title: its title
 * @n_dates: how many of its dates the closure cancels
 * @first_day: the first of them
 * @last_day: the last of them
 */
typedef struct
{
  gint64  activity_id;
  char   *title;
  gint64  n_dates;
  char    first_day[11];
  char    last_day[11];
} BuurtClosureDates;

void           buurt_closure_dates_clear (gpointer data);
gboolean       buurt_closure_covers_day (BuurtClosure *self,
                                         const char   *day);

G_END_DECLS

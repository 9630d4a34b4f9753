/* buurt-contacts-window.h: the address book
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CONTACTS_WINDOW (buurt_contacts_window_get_type ())

G_DECLARE_FINAL_TYPE (BuurtContactsWindow, buurt_contacts_window, BUURT, CONTACTS_WINDOW, AdwWindow)

BuurtContactsWindow *buurt_contacts_window_new          (GtkWindow           *parent,
                                                         BuurtDatabase       *database);
guint                buurt_contacts_window_get_n_rows   (BuurtContactsWindow *self);
gboolean             buurt_contacts_window_select       (BuurtContactsWindow *self,
                                                         gint64               contact_id);
const char          *buurt_contacts_window_get_subtitle (BuurtContactsWindow *self,
                                                         gint64               contact_id);
gboolean             buurt_contacts_window_merge        (BuurtContactsWindow *self,
                                                         gint64               keep_id,
                                                         gint64               duplicate_id);

G_END_DECLS

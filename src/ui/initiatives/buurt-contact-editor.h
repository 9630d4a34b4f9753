/* buurt-contact-editor.h: adding or changing a contact of the address book
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-database.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CONTACT_EDITOR (buurt_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuurtContactEditor, buurt_contact_editor, BUURT, CONTACT_EDITOR, AdwWindow)

BuurtContactEditor *buurt_contact_editor_new       (GtkWindow          *parent,
                                                    BuurtDatabase      *database,
                                                    gint64              contact_id);
void                buurt_contact_editor_fill      (BuurtContactEditor *self,
                                                    const char         *name,
                                                    BuurtContactKind    kind,
                                                    const char         *phone,
                                                    const char         *email);
gboolean            buurt_contact_editor_save      (BuurtContactEditor *self);
const char         *buurt_contact_editor_get_error (BuurtContactEditor *self);

void                buurt_contact_editor_fill_scheme (BuurtContactEditor *self,
                                                      const char         *name,
                                                      const char         *max_request,
                                                      const char         *yearly_budget);

G_END_DECLS

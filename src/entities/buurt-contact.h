/* buurt-contact.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-entity.h"

G_BEGIN_DECLS

#define BUURT_TYPE_CONTACT (buurt_contact_get_type ())

G_DECLARE_FINAL_TYPE (BuurtContact, buurt_contact, BUURT, CONTACT, BuurtEntity)

BuurtContact *buurt_contact_new (void);

G_END_DECLS

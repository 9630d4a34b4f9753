/* buurt-newsletter.h: the coming weeks as a section of a newsletter
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *buurt_newsletter_html (GPtrArray  *occurrences,
                             const char *title);
char *buurt_newsletter_text (GPtrArray  *occurrences,
                             const char *title);

G_END_DECLS

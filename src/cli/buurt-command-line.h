/* buurt-command-line.h: the command-line operations, before GTK starts
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean buurt_command_line_handle (char     ***arguments,
                                    char      **database,
                                    gboolean   *own_file,
                                    int        *exit_status);

G_END_DECLS

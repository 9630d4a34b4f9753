/* main.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-application.h"
#include "buurt-command-line.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BuurtApplication) app = NULL;
  g_auto(GStrv) arguments = NULL;
  g_autofree char *database = NULL;
  const char *localedir = g_getenv ("BUURTAGENDA_LOCALEDIR");
  gboolean own_file = FALSE;
  int status = 0;

  /* Command-line operations run before GTK starts, so set up gettext here. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  arguments = g_strdupv (argv);
  if (buurt_command_line_handle (&arguments, &database, &own_file, &status))
    return status;

  app = buurt_application_new ();
  buurt_application_set_database_path (app, database);

  /* Another agenda file is another instance: never hand it to a running one. */
  if (own_file)
    g_application_set_flags (G_APPLICATION (app),
                             g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);

  status = g_application_run (G_APPLICATION (app), g_strv_length (arguments), arguments);

  return status != 0 ? status : buurt_application_get_exit_status (app);
}

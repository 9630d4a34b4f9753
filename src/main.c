/* main.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "buurt-application.h"
#include "buurt-resources.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BuurtApplication) app = NULL;
  int status;
  const char *localedir = g_getenv ("BUURTAGENDA_LOCALEDIR");

  /* Command-line operations run before GTK starts, so set up gettext here. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  buurt_register_resource ();

  app = buurt_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : buurt_application_get_exit_status (app);
}

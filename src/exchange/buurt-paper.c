/* buurt-paper.c: paper sizes, and a paged layout written as a PDF
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <cairo-pdf.h>

#include "buurt-exchange-error.h"
#include "buurt-paper.h"

/* In points (1/72 inch). */
#define A4_HEIGHT 841.89
#define A3_WIDTH 841.89
#define A3_HEIGHT 1190.55

/**
 * buurt_paper_get_size:
 * @width: (out): in points
 * @height: (out): in points
 */
void
buurt_paper_get_size (BuurtPaper  paper,
                      double     *width,
                      double     *height)
{
  *width = paper == BUURT_PAPER_A3 ? A3_WIDTH : BUURT_PAPER_A4_WIDTH;
  *height = paper == BUURT_PAPER_A3 ? A3_HEIGHT : A4_HEIGHT;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  return g_output_stream_write_all (closure, data, length, NULL, NULL, NULL)
           ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * buurt_paper_write_pdf:
 * @file: the PDF to write; replaced as a whole, or left as it was
 * @title: the document's title, in its metadata
 * @paginate: lays @layout out on pages of the paper's size
 * @draw_page: draws one of them
 *
 * Returns: %TRUE when written
 */
gboolean
buurt_paper_write_pdf (GFile              *file,
                       BuurtPaper          paper,
                       const char         *title,
                       BuurtPaginateFunc   paginate,
                       BuurtDrawPageFunc   draw_page,
                       gpointer            layout,
                       GError            **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  guint n_pages;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0,
                                   "%s", local_error->message);
      return FALSE;
    }

  buurt_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, stream, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cr = cairo_create (surface);

  n_pages = paginate (layout, cr, width, height);
  for (guint i = 0; i < n_pages; i++)
    {
      draw_page (layout, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* Closing writes the file in its place; without it, it stays as it was. */
  if (status != CAIRO_STATUS_SUCCESS ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      buurt_exchange_set_error_at (error, BUURT_EXCHANGE_ERROR_UNREADABLE, file, 0, "%s",
                                   local_error != NULL ? local_error->message
                                                       : cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

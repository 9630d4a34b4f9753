/* buurt-print-layout.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "buurt-exchange-agenda.h"
#include "buurt-exchange-error.h"
#include "buurt-format.h"
#include "buurt-print-layout.h"

/*
 * The agenda for a notice board: large type, grouped by day, each date with
 * its time and title first, then the venue and room, then the cost in words
 * ("Free"). A date is one block that is never cut over two pages; a day's
 * heading stays with its first date, and is repeated ("continued") at the
 * top of a page that goes on with the same day. Drawn with cairo and pango
 * only, so the window's GtkPrintOperation and a PDF written on the command
 * line (or by a test, without a display) come out the same.
 */

/* Points; A4 is 595 wide, and its type sizes grow with the paper. */
#define MARGIN 40.0
#define BODY_SIZE 14.0
#define DAY_SIZE 19.0
#define TITLE_SIZE 22.0
#define FOOTER_SIZE 10.0
#define GAP 8.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_DAY,
  BLOCK_DATE,
  BLOCK_EMPTY,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *markup;
  char        *day;       /* the day heading's text, for "continued" */
  PangoLayout *layout;
  double       height;
} Block;

typedef struct
{
  guint  block;
  double y;
  char  *continued;       /* a day heading repeated, or NULL */
} Placement;

struct _BuurtPrintLayout
{
  GObject  parent_instance;

  char    *title;
  GArray  *blocks;        /* Block */

  /* Set by paginate */
  double   width;
  double   height;
  double   scale;
  GPtrArray *pages;       /* GArray of Placement, one per page */
};

G_DEFINE_FINAL_TYPE (BuurtPrintLayout, buurt_print_layout, G_TYPE_OBJECT)

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->markup, g_free);
  g_clear_pointer (&block->day, g_free);
  g_clear_object (&block->layout);
}

static void
placement_clear (gpointer data)
{
  Placement *placement = data;

  g_clear_pointer (&placement->continued, g_free);
}

static void
add_block (BuurtPrintLayout *self,
           BlockKind         kind,
           char             *markup,
           char             *day)
{
  Block block = { kind, markup, day, NULL, 0 };

  g_array_append_val (self->blocks, block);
}

static char *
date_markup (BuurtOccurrence *occurrence)
{
  g_autofree char *times = buurt_format_time_range (occurrence);
  g_autofree char *place = buurt_occurrence_dup_place (occurrence);
  g_autofree char *cost = buurt_exchange_free_or_cost (buurt_occurrence_get_cost_cents (occurrence));
  const char *organiser = buurt_occurrence_get_organiser (occurrence);
  gboolean cancelled = buurt_occurrence_get_cancelled (occurrence);
  GString *out = g_string_new (NULL);

  {
    g_autofree char *first = g_markup_printf_escaped (cancelled ? "<b><s>%s  %s</s></b>"
                                                                : "<b>%s  %s</b>",
                                                      times, buurt_occurrence_get_title (occurrence));

    g_string_append (out, first);
  }
  if (cancelled)
    {
      g_autofree char *word = g_markup_escape_text (_("Cancelled"), -1);

      g_string_append_printf (out, " — %s", word);
    }
  if (*place != '\0')
    {
      g_autofree char *text = g_markup_escape_text (place, -1);

      g_string_append_printf (out, "\n%s", text);
    }
  if (organiser != NULL && *organiser != '\0')
    {
      /* Translators: %s is who organises an activity */
      g_autofree char *text = g_markup_printf_escaped (_("by %s"), organiser);

      g_string_append_printf (out, "\n%s", text);
    }
  {
    g_autofree char *text = g_markup_escape_text (cost, -1);

    g_string_append_printf (out, "\n<i>%s</i>", text);
  }
  return g_string_free (out, FALSE);
}

static void
buurt_print_layout_finalize (GObject *object)
{
  BuurtPrintLayout *self = (BuurtPrintLayout *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_print_layout_parent_class)->finalize (object);
}

static void
buurt_print_layout_class_init (BuurtPrintLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_print_layout_finalize;
}

static void
buurt_print_layout_init (BuurtPrintLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/**
 * buurt_print_layout_new:
 * @occurrences: (element-type BuurtOccurrence): the dates, in the agenda's order
 * @title: the heading of the first page ("Agenda 8 – 14 March 2027")
 *
 * Returns: (transfer full): the layout; call buurt_print_layout_paginate()
 *   before drawing
 */
BuurtPrintLayout *
buurt_print_layout_new (GPtrArray  *occurrences,
                        const char *title)
{
  BuurtPrintLayout *self = g_object_new (BUURT_TYPE_PRINT_LAYOUT, NULL);
  const char *day = NULL;
  g_autofree char *day_text = NULL;

  self->title = g_strdup (title);
  add_block (self, BLOCK_TITLE, g_markup_escape_text (title, -1), NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *escaped = NULL;

      if (g_strcmp0 (day, buurt_occurrence_get_day (occurrence)) != 0)
        {
          day = buurt_occurrence_get_day (occurrence);
          g_free (day_text);
          day_text = buurt_exchange_format_day (day);
          add_block (self, BLOCK_DAY, g_markup_escape_text (day_text, -1), g_strdup (day_text));
        }
      escaped = date_markup (occurrence);
      add_block (self, BLOCK_DATE, g_steal_pointer (&escaped), g_strdup (day_text));
    }

  if (occurrences->len == 0)
    add_block (self, BLOCK_EMPTY, g_markup_escape_text (_("Nothing is planned in this period."), -1),
               NULL);

  return self;
}

static PangoLayout *
make_layout (BuurtPrintLayout *self,
             cairo_t          *cr,
             const char       *markup,
             double            size,
             gboolean          bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * self->scale * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((self->width - 2 * MARGIN * self->scale) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
block_size (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_TITLE: return TITLE_SIZE;
    case BLOCK_DAY: return DAY_SIZE;
    case BLOCK_DATE:
    case BLOCK_EMPTY:
    default: return BODY_SIZE;
    }
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/**
 * buurt_print_layout_paginate:
 * @cr: a context on the surface the pages are drawn on, for measuring text
 * @width: the page's width that can be printed on, in points
 * @height: its height, in points
 *
 * Lays the blocks out over pages of @width × @height.
 *
 * Returns: the number of pages
 */
guint
buurt_print_layout_paginate (BuurtPrintLayout *self,
                             cairo_t          *cr,
                             double            width,
                             double            height)
{
  GArray *page = NULL;
  double top, bottom, y = 0;

  g_return_val_if_fail (BUURT_IS_PRINT_LAYOUT (self), 0);

  self->width = width;
  self->height = height;
  self->scale = MAX (width / BUURT_PAPER_A4_WIDTH, 0.5);
  g_ptr_array_set_size (self->pages, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      g_clear_object (&block->layout);
      block->layout = make_layout (self, cr, block->markup, block_size (block->kind),
                                   block->kind == BLOCK_DAY || block->kind == BLOCK_TITLE);
      block->height = layout_height (block->layout) + GAP * self->scale;
    }

  top = MARGIN * self->scale;
  /* Room for the page number at the bottom */
  bottom = height - (MARGIN + FOOTER_SIZE * 2) * self->scale;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double needed = block->height;
      Placement placement = { i, 0, NULL };

      /* A day's heading goes with its first date. */
      if (block->kind == BLOCK_DAY && i + 1 < self->blocks->len)
        needed += g_array_index (self->blocks, Block, i + 1).height;

      if (page == NULL || (y + needed > bottom && y > top))
        {
          page = g_array_new (FALSE, TRUE, sizeof (Placement));
          g_array_set_clear_func (page, placement_clear);
          g_ptr_array_add (self->pages, page);
          y = top;

          if (block->kind == BLOCK_DATE && block->day != NULL)
            {
              /* Translators: a day heading repeated on the next page */
              Placement again = { i, y, g_strdup_printf (_("%s (continued)"), block->day) };
              g_autofree char *markup = g_markup_escape_text (again.continued, -1);
              g_autoptr(PangoLayout) layout = make_layout (self, cr, markup, DAY_SIZE, TRUE);

              g_array_append_val (page, again);
              y += layout_height (layout) + GAP * self->scale;
            }
        }

      placement.y = y;
      g_array_append_val (page, placement);
      y += block->height;
      if (block->kind == BLOCK_DAY)
        y += 0;
      else if (block->kind == BLOCK_TITLE)
        y += GAP * self->scale;
    }

  return self->pages->len;
}

guint
buurt_print_layout_get_n_pages (BuurtPrintLayout *self)
{
  g_return_val_if_fail (BUURT_IS_PRINT_LAYOUT (self), 0);
  return self->pages->len;
}

/**
 * buurt_print_layout_draw_page:
 * @page: counted from 0
 *
 * Draws @page on @cr, whose origin is the top left of the printable area.
 */
void
buurt_print_layout_draw_page (BuurtPrintLayout *self,
                              cairo_t          *cr,
                              guint             page)
{
  GArray *placements;
  double x;

  g_return_if_fail (BUURT_IS_PRINT_LAYOUT (self));
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  x = MARGIN * self->scale;
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = &g_array_index (self->blocks, Block, placement->block);

      if (placement->continued != NULL)
        {
          g_autofree char *markup = g_markup_escape_text (placement->continued, -1);
          g_autoptr(PangoLayout) layout = make_layout (self, cr, markup, DAY_SIZE, TRUE);

          cairo_move_to (cr, x, placement->y);
          pango_cairo_show_layout (cr, layout);
          continue;
        }

      if (block->kind == BLOCK_DAY)
        {
          /* A rule over the day's heading, to find the days from afar */
          cairo_set_line_width (cr, 1.5 * self->scale);
          cairo_move_to (cr, x, placement->y - GAP * self->scale / 2);
          cairo_line_to (cr, self->width - x, placement->y - GAP * self->scale / 2);
          cairo_stroke (cr);
        }

      cairo_move_to (cr, x, placement->y);
      pango_cairo_update_layout (cr, block->layout);
      pango_cairo_show_layout (cr, block->layout);
    }

  {
    /* Translators: the page number at the foot of a printed agenda */
    g_autofree char *text = g_strdup_printf (_("%s — page %u of %u"), self->title, page + 1,
                                             self->pages->len);
    g_autofree char *markup = g_markup_escape_text (text, -1);
    g_autoptr(PangoLayout) layout = make_layout (self, cr, markup, FOOTER_SIZE, FALSE);

    cairo_move_to (cr, x, self->height - (MARGIN + FOOTER_SIZE) * self->scale);
    pango_cairo_show_layout (cr, layout);
  }
}

/**
 * buurt_print_layout_write_pdf:
 * @file: the PDF to write; replaced as a whole, or left as it was
 * @paper: the paper size
 *
 * Returns: %TRUE when written
 */
gboolean
buurt_print_layout_write_pdf (BuurtPrintLayout  *self,
                              GFile             *file,
                              BuurtPaper         paper,
                              GError           **error)
{
  g_return_val_if_fail (BUURT_IS_PRINT_LAYOUT (self), FALSE);

  return buurt_paper_write_pdf (file, paper, self->title,
                                (BuurtPaginateFunc) buurt_print_layout_paginate,
                                (BuurtDrawPageFunc) buurt_print_layout_draw_page, self, error);
}

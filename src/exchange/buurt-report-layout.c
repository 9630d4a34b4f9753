/* buurt-report-layout.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-exchange"

#include "config.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "buurt-enum-types.h"
#include "buurt-exchange-error.h"
#include "buurt-format.h"
#include "buurt-money.h"
#include "buurt-report-layout.h"

/*
 * The accountability report the municipality asks for: a title with the
 * period and town, the totals, then per initiative its costs (granted, spent
 * and balance per funder), its reach (dates held in the period, participants,
 * volunteers, target groups) and its results and lessons from the journal.
 * Every paragraph is one block that is never cut over two pages; a heading
 * stays with the block after it. Drawn with cairo and pango only, so the
 * window's preview, its GtkPrintOperation and a PDF written on the command
 * line come out the same; the paper sizes are those of the printed agenda.
 */

#define MARGIN 48.0
#define BODY_SIZE 10.5
#define HEADING_SIZE 13.0
#define TITLE_SIZE 18.0
#define FOOTER_SIZE 8.0
#define GAP 5.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_TEXT,
  BLOCK_MONEY,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *markup;
  PangoLayout *layout;
  double       height;
} Block;

typedef struct
{
  guint  block;
  double y;
} Placement;

struct _BuurtReportLayout
{
  GObject    parent_instance;

  char      *title;
  GArray    *blocks;   /* Block */
  double     width;
  double     height;
  GPtrArray *pages;    /* GArray of Placement */
};

G_DEFINE_FINAL_TYPE (BuurtReportLayout, buurt_report_layout, G_TYPE_OBJECT)

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->markup, g_free);
  g_clear_object (&block->layout);
}

static void
add_block (BuurtReportLayout *self,
           BlockKind          kind,
           char              *markup)
{
  Block block = { kind, markup, NULL, 0 };

  g_array_append_val (self->blocks, block);
}

static void G_GNUC_PRINTF (3, 4)
add_text (BuurtReportLayout *self,
          BlockKind          kind,
          const char        *format,
          ...)
{
  va_list args;

  va_start (args, format);
  add_block (self, kind, g_markup_vprintf_escaped (format, args));
  va_end (args);
}

/* A line of the money table: the label, then granted, spent and balance */
static void
add_money (BuurtReportLayout *self,
           const char        *label,
           gint64             granted,
           gint64             spent,
           gboolean           bold)
{
  g_autofree char *g = buurt_money_format_sum (granted);
  g_autofree char *s = buurt_money_format_sum (spent);
  g_autofree char *b = buurt_money_format_sum (granted - spent);

  add_block (self, BLOCK_MONEY,
             g_markup_printf_escaped (bold ? "<b>%s\t%s\t%s\t%s</b>" : "%s\t%s\t%s\t%s",
                                      label, g, s, b));
}

/* A date on paper keeps its year: "1 March 2027", or "1 Mar 2027" in short */
static char *
report_day (const char *day,
            gboolean    in_short)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) date = NULL;

  if (day == NULL || sscanf (day, "%d-%d-%d", &y, &m, &d) != 3 ||
      (date = g_date_time_new_local (y, m, d, 12, 0, 0)) == NULL)
    return g_strdup (day);

  /* Translators: a date in a report, see strftime(3); e.g. "1 March 2027" */
  return g_date_time_format (date, in_short ? _("%-d %b %Y") : _("%-d %B %Y"));
}

static char *
period_text (BuurtReport *report)
{
  g_autofree char *from = report->from != NULL ? report_day (report->from, FALSE) : NULL;
  g_autofree char *to = report->to != NULL ? report_day (report->to, FALSE) : NULL;

  if (from != NULL && to != NULL)
    /* Translators: the period of a report, e.g. "from 1 January 2027 to 30 June 2027" */
    return g_strdup_printf (_("from %s to %s"), from, to);
  if (from != NULL)
    /* Translators: a period without an end */
    return g_strdup_printf (_("from %s"), from);
  if (to != NULL)
    /* Translators: a period without a beginning */
    return g_strdup_printf (_("up to %s"), to);
  return g_strdup (_("the whole time"));
}

static void
add_initiative (BuurtReportLayout     *self,
                BuurtReportInitiative *initiative)
{
  g_autofree char *groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP, initiative->target_groups);
  gint64 granted, spent;
  guint n_dates;

  buurt_report_initiative_totals (initiative, &granted, &spent, &n_dates);

  add_text (self, BLOCK_HEADING, "%s", initiative->title);
  /* Translators: under an initiative's title: its stage and neighbourhood */
  add_text (self, BLOCK_TEXT, _("Stage: %s · Neighbourhood: %s"),
            buurt_enum_to_label (BUURT_TYPE_STAGE, initiative->stage),
            initiative->neighbourhood != NULL ? initiative->neighbourhood : _("none"));
  if (initiative->summary != NULL && *initiative->summary != '\0')
    add_text (self, BLOCK_TEXT, "%s", initiative->summary);

  add_text (self, BLOCK_SUBHEADING, "%s", _("Costs"));
  if (initiative->funders->len == 0)
    add_text (self, BLOCK_TEXT, "%s", _("No grants and no expenses."));
  else
    {
      add_text (self, BLOCK_MONEY, "<b>%s\t%s\t%s\t%s</b>", _("Funder"), _("Granted"),
                _("Spent"), _("Balance"));
      for (guint i = 0; i < initiative->funders->len; i++)
        {
          BuurtReportFunder *funder = g_ptr_array_index (initiative->funders, i);

          add_money (self, funder->name != NULL ? funder->name : _("Not from a grant"),
                     funder->granted_cents, funder->spent_cents, FALSE);
        }
      add_money (self, _("Total"), granted, spent, TRUE);
    }

  add_text (self, BLOCK_SUBHEADING, "%s", _("Reach"));
  {
    /* Translators: %u counts dates held in the period */
    g_autofree char *dates = g_strdup_printf (ngettext ("%u activity date held",
                                                           "%u activity dates held", n_dates),
                                              n_dates);
    /* Translators: the reach of an initiative; %u are numbers of people */
    add_text (self, BLOCK_TEXT, _("%s · Participants: %u · Volunteers: %u · Target groups: %s"),
              dates, initiative->participants, initiative->volunteers,
              groups != NULL && *groups != '\0' ? groups : _("none"));
  }
  for (guint i = 0; i < initiative->activities->len; i++)
    {
      BuurtReportActivity *activity = g_ptr_array_index (initiative->activities, i);
      g_autoptr(GString) days = g_string_new (NULL);

      for (guint d = 0; d < activity->days->len; d++)
        {
          g_autofree char *day = report_day (g_ptr_array_index (activity->days, d), TRUE);

          if (d > 0)
            g_string_append (days, ", ");
          g_string_append (days, day);
        }
      add_text (self, BLOCK_TEXT, "• %s (%u): %s", activity->title, activity->days->len, days->str);
    }

  add_text (self, BLOCK_SUBHEADING, "%s", _("Results and lessons"));
  if (initiative->journal->len == 0)
    add_text (self, BLOCK_TEXT, "%s", _("Nothing written in the journal in this period."));
  for (guint i = 0; i < initiative->journal->len; i++)
    {
      BuurtLesson *entry = g_ptr_array_index (initiative->journal, i);
      g_autofree char *day = report_day (entry->entry_date, TRUE);

      add_text (self, BLOCK_TEXT, "<b>%s · %s</b>  %s", day,
                buurt_enum_to_label (BUURT_TYPE_JOURNAL_KIND, entry->kind), entry->text);
    }
}

static void
buurt_report_layout_finalize (GObject *object)
{
  BuurtReportLayout *self = BUURT_REPORT_LAYOUT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (buurt_report_layout_parent_class)->finalize (object);
}

static void
buurt_report_layout_class_init (BuurtReportLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buurt_report_layout_finalize;
}

static void
buurt_report_layout_init (BuurtReportLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/**
 * buurt_report_layout_new:
 * @report: what to lay out; read now, not kept
 */
BuurtReportLayout *
buurt_report_layout_new (BuurtReport *report)
{
  BuurtReportLayout *self = g_object_new (BUURT_TYPE_REPORT_LAYOUT, NULL);
  g_autofree char *period = period_text (report);
  gint64 granted, spent;
  guint n_dates, participants;

  if (report->initiatives->len == 1)
    /* Translators: the title of the report on one initiative */
    self->title = g_strdup_printf (_("Accountability report: %s"),
                                   ((BuurtReportInitiative *) g_ptr_array_index (report->initiatives, 0))->title);
  else if (report->town != NULL)
    /* Translators: the title of the report on the initiatives of a town */
    self->title = g_strdup_printf (_("Accountability report: initiatives in %s"), report->town);
  else
    self->title = g_strdup (_("Accountability report: all initiatives"));

  add_text (self, BLOCK_TITLE, "%s", self->title);
  /* Translators: %s is a period such as "from 1 January 2027 to 30 June 2027" */
  add_text (self, BLOCK_TEXT, _("Period: %s"), period);

  buurt_report_totals (report, &granted, &spent, &n_dates, &participants);
  if (report->initiatives->len != 1)
    {
      add_text (self, BLOCK_SUBHEADING, "%s", _("Totals"));
      /* Translators: %u counts initiatives, dates and people */
      add_text (self, BLOCK_TEXT, _("Initiatives: %u · Activity dates held: %u · Participants: %u"),
                report->initiatives->len, n_dates, participants);
      add_text (self, BLOCK_MONEY, "<b>\t%s\t%s\t%s</b>", _("Granted"), _("Spent"), _("Balance"));
      add_money (self, _("Total"), granted, spent, TRUE);
    }

  if (report->initiatives->len == 0)
    add_text (self, BLOCK_TEXT, "%s", _("No initiatives match."));

  for (guint i = 0; i < report->initiatives->len; i++)
    add_initiative (self, g_ptr_array_index (report->initiatives, i));

  return self;
}

const char *
buurt_report_layout_get_title (BuurtReportLayout *self)
{
  g_return_val_if_fail (BUURT_IS_REPORT_LAYOUT (self), NULL);
  return self->title;
}

static double
block_size (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_TITLE:
      return TITLE_SIZE;
    case BLOCK_HEADING:
      return HEADING_SIZE;
    case BLOCK_SUBHEADING:
      return BODY_SIZE + 1;
    case BLOCK_TEXT:
    case BLOCK_MONEY:
    default:
      return BODY_SIZE;
    }
}

static PangoLayout *
make_layout (BuurtReportLayout *self,
             cairo_t           *cr,
             Block             *block)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  double inner = self->width - 2 * MARGIN;

  pango_font_description_set_size (font, (int) (block_size (block->kind) * PANGO_SCALE));
  if (block->kind != BLOCK_TEXT && block->kind != BLOCK_MONEY)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (inner * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  /* Points are the page's units: 72 per inch, not the screen's 96 */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);

  if (block->kind == BLOCK_MONEY)
    {
      /* Three columns of money after the funder's name, right-aligned */
      PangoTabArray *tabs = pango_tab_array_new (3, FALSE);

      for (int i = 0; i < 3; i++)
        pango_tab_array_set_tab (tabs, i, PANGO_TAB_RIGHT,
                                 (int) (inner * (0.64 + 0.18 * i) * PANGO_SCALE));
      pango_layout_set_tabs (layout, tabs);
      pango_tab_array_free (tabs);
    }

  pango_layout_set_markup (layout, block->markup, -1);
  return layout;
}

/**
 * buurt_report_layout_paginate:
 * @cr: a context for measuring text
 * @width: the page's width, in points
 * @height: its height, in points
 *
 * Returns: the number of pages
 */
guint
buurt_report_layout_paginate (BuurtReportLayout *self,
                              cairo_t           *cr,
                              double             width,
                              double             height)
{
  GArray *page = NULL;
  double top = MARGIN, bottom, y = 0;

  g_return_val_if_fail (BUURT_IS_REPORT_LAYOUT (self), 0);

  self->width = width;
  self->height = height;
  g_ptr_array_set_size (self->pages, 0);
  bottom = height - MARGIN - FOOTER_SIZE * 2;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      int pixels;

      g_clear_object (&block->layout);
      block->layout = make_layout (self, cr, block);
      pango_layout_get_size (block->layout, NULL, &pixels);
      block->height = (double) pixels / PANGO_SCALE + GAP;
      if (block->kind == BLOCK_HEADING || block->kind == BLOCK_TITLE)
        block->height += GAP * 2;
      else if (block->kind == BLOCK_MONEY)
        block->height -= GAP * 0.6;
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double needed = block->height;
      Placement placement = { i, 0 };

      /* A heading stays with what follows it. */
      if ((block->kind == BLOCK_HEADING || block->kind == BLOCK_SUBHEADING) &&
          i + 1 < self->blocks->len)
        needed += g_array_index (self->blocks, Block, i + 1).height;

      if (page == NULL || (y + needed > bottom && y > top))
        {
          page = g_array_new (FALSE, TRUE, sizeof (Placement));
          g_ptr_array_add (self->pages, page);
          y = top;
        }
      if (block->kind == BLOCK_HEADING && y > top)
        y += GAP * 2;

      placement.y = y;
      g_array_append_val (page, placement);
      y += block->height;
    }

  return self->pages->len;
}

guint
buurt_report_layout_get_n_pages (BuurtReportLayout *self)
{
  g_return_val_if_fail (BUURT_IS_REPORT_LAYOUT (self), 0);
  return self->pages->len;
}

/**
 * buurt_report_layout_draw_page:
 * @page: counted from 0
 *
 * Draws @page on @cr after buurt_report_layout_paginate().
 */
void
buurt_report_layout_draw_page (BuurtReportLayout *self,
                               cairo_t           *cr,
                               guint              page)
{
  GArray *placements;

  g_return_if_fail (BUURT_IS_REPORT_LAYOUT (self));
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = &g_array_index (self->blocks, Block, placement->block);

      if (block->kind == BLOCK_HEADING)
        {
          cairo_set_line_width (cr, 1.0);
          cairo_move_to (cr, MARGIN, placement->y - GAP);
          cairo_line_to (cr, self->width - MARGIN, placement->y - GAP);
          cairo_stroke (cr);
        }
      cairo_move_to (cr, MARGIN, placement->y);
      pango_cairo_update_layout (cr, block->layout);
      pango_cairo_show_layout (cr, block->layout);
    }

  {
    /* Translators: the page number at the foot of a printed report */
    g_autofree char *text = g_strdup_printf (_("%s — page %u of %u"), self->title, page + 1,
                                             self->pages->len);
    Block footer = { BLOCK_TEXT, g_markup_escape_text (text, -1), NULL, 0 };
    g_autoptr(PangoLayout) layout = make_layout (self, cr, &footer);
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

    pango_font_description_set_size (font, (int) (FOOTER_SIZE * PANGO_SCALE));
    pango_layout_set_font_description (layout, font);
    cairo_move_to (cr, MARGIN, self->height - MARGIN);
    pango_cairo_show_layout (cr, layout);
    g_free (footer.markup);
  }
}

/**
 * buurt_report_layout_write_pdf:
 * @file: the PDF to write; replaced as a whole, or left as it was
 *
 * Returns: %TRUE when written
 */
gboolean
buurt_report_layout_write_pdf (BuurtReportLayout  *self,
                               GFile              *file,
                               BuurtPaper          paper,
                               GError            **error)
{
  g_return_val_if_fail (BUURT_IS_REPORT_LAYOUT (self), FALSE);

  return buurt_paper_write_pdf (file, paper, self->title,
                                (BuurtPaginateFunc) buurt_report_layout_paginate,
                                (BuurtDrawPageFunc) buurt_report_layout_draw_page, self, error);
}

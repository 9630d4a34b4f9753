/* buurt-agenda-row.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "buurt-agenda-row-private.h"
#include "buurt-enum-types.h"
#include "buurt-enums.h"
#include "buurt-format.h"
#include "buurt-money.h"

/* One row of the agenda: a date of an activity, under a day header when it
 * is the first of its day.
 *
 * The row draws its text itself instead of holding labels. The list view
 * keeps up to 200 rows and measures every one of them whenever the agenda
 * changes (a keystroke in the search, a jump to a date); labels would each
 * lay out their text for that. This row knows its height from the font
 * alone, and lays out text only when it is drawn, which GTK does only for
 * the rows on screen.
 *
 * Screen readers get the whole row as one sentence, on the row and on the
 * list's cell that holds it: the cell is what takes the keyboard focus, and
 * without a name GTK reads out its type name ("GtkListItemWidget"). */

/* Spacing, in pixels, as the agenda's design has it. */
#define HEADER_MARGIN_TOP    18
#define HEADER_MARGIN_BOTTOM 6
#define PADDING_X            12
#define PADDING_Y            8
#define COLUMN_SPACING       12
#define LINE_SPACING         2
#define STATUS_SPACING       4
#define PILL_PADDING_X       8
#define PILL_PADDING_Y       2
#define DIM_OPACITY          0.55

typedef enum
{
  MARK_NONE,
  MARK_SUBMITTED,
  MARK_CONFLICT,
  MARK_CANCELLED,
} RowMark;

typedef enum
{
  TEXT_BODY,
  TEXT_TIME,
  TEXT_TITLE,
  TEXT_HEADER,
  TEXT_STATUS,
} TextStyle;

/* What a font makes of the row's lines, measured once per font. */
typedef struct
{
  int line;        /* a line of body text */
  int title;       /* the title, in bold */
  int header;      /* the day header, bold and a little larger */
  int status;      /* the status, bold and a little smaller */
  int time_width;  /* the widest "start – end" time */
} RowMetrics;

struct _BuurtAgendaRow
{
  GtkWidget parent_instance;

  /* What the row shows; empty strings for parts it leaves out */
  char       *day_header;  /* NULL unless the first of its day */
  char       *time;
  char       *title;
  char       *place;
  char       *details;
  char       *price;
  char       *status;      /* NULL, or a short translated status */
  RowMark     mark;
  char       *sentence;    /* what screen readers read, on the row and its cell */
  char       *description; /* read after it: the organiser and target groups */

  /* The metrics of the font, while the widget's Pango context is unchanged */
  const RowMetrics *metrics;
  guint             metrics_serial;
};

G_DEFINE_FINAL_TYPE (BuurtAgendaRow, buurt_agenda_row, GTK_TYPE_WIDGET)

/* The row's day in words, as buurt_format_day() says it. Every row says
 * its day to screen readers, and rows are bound in order, so most rows have
 * the day of the row before: the last answer is kept, for a minute at most
 * (at midnight "Tomorrow" becomes "Today"). Rows live on the main thread. */
static char *
format_row_day (const char *day)
{
  static char *last_day = NULL;
  static char *last_text = NULL;
  static gint64 last_minute = -1;
  gint64 minute = g_get_real_time () / (60 * G_USEC_PER_SEC);

  if (minute != last_minute || g_strcmp0 (day, last_day) != 0)
    {
      g_free (last_day);
      g_free (last_text);
      last_day = g_strdup (day);
      last_text = buurt_format_day (day);
      last_minute = minute;
    }

  return g_strdup (last_text);
}

static PangoLayout *
create_layout (GtkWidget  *widget,
               const char *text,
               TextStyle   style,
               gboolean    struck)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  switch (style)
    {
    case TEXT_BODY:
      break;
    case TEXT_TIME:
      /* Digits of one width, so the times line up. */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      break;
    case TEXT_TITLE:
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      break;
    case TEXT_HEADER:
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_scale_new (1.1));
      break;
    case TEXT_STATUS:
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_scale_new (0.9));
      break;
    default:
      g_assert_not_reached ();
    }

  if (struck)
    pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));

  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_attr_list_unref (attrs);

  return layout;
}

static int
layout_height (GtkWidget  *widget,
               const char *text,
               TextStyle   style)
{
  g_autoptr(PangoLayout) layout = create_layout (widget, text, style, FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
layout_width (GtkWidget  *widget,
              const char *text,
              TextStyle   style)
{
  g_autoptr(PangoLayout) layout = create_layout (widget, text, style, FALSE);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The widest "start – end" in the user's language: morning and evening
 * times, for languages that write "10:00 AM". */
static int
widest_time_range (GtkWidget *widget)
{
  const int hours[] = { 10, 22 };
  int widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 1, 1, hours[i], 58, 0);
      g_autofree char *range = buurt_format_times (time, time, FALSE, "UTC");

      widest = MAX (widest, layout_width (widget, range, TEXT_TIME));
    }

  return widest;
}

/* The metrics of the widget's font, from a cache: all rows share a font,
 * so only the first row of a font lays out text to measure it. */
static const RowMetrics *
row_metrics (GtkWidget *widget)
{
  static GHashTable *cache = NULL;
  BuurtAgendaRow *self = BUURT_AGENDA_ROW (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autofree char *font = NULL;
  g_autofree char *key = NULL;
  const cairo_font_options_t *options;
  RowMetrics *metrics;

  /* GTK changes the context when the font or its settings change. */
  if (self->metrics != NULL && self->metrics_serial == pango_context_get_serial (context))
    return self->metrics;

  font = pango_font_description_to_string (pango_context_get_font_description (context));
  options = pango_cairo_context_get_font_options (context);
  key = g_strdup_printf ("%s@%g/%lx", font, pango_cairo_context_get_resolution (context),
                         options != NULL ? cairo_font_options_hash (options) : 0ul);

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  metrics = g_hash_table_lookup (cache, key);
  if (metrics == NULL)
    {
      metrics = g_new0 (RowMetrics, 1);
      metrics->line = layout_height (widget, "Ág", TEXT_BODY);
      metrics->title = layout_height (widget, "Ág", TEXT_TITLE);
      metrics->header = layout_height (widget, "Ág", TEXT_HEADER);
      metrics->status = layout_height (widget, "Ág", TEXT_STATUS);
      metrics->time_width = MAX (widest_time_range (widget),
                                 layout_width (widget, _("All day"), TEXT_TIME));
      g_hash_table_insert (cache, g_steal_pointer (&key), metrics);
    }

  self->metrics = metrics;
  self->metrics_serial = pango_context_get_serial (context);
  return metrics;
}

static GdkRGBA
style_color (GtkWidget  *widget,
             const char *name)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  if (name == NULL || !gtk_style_context_lookup_color (context, name, &color))
    gtk_style_context_get_color (context, &color);

  return color;
}

/* Draws @layout with its left edge at @x (its right edge, mirrored, in a
 * right-to-left language), clipped to @width pixels when @width > 0. */
static int
draw_text (BuurtAgendaRow *self,
           GtkSnapshot    *snapshot,
           PangoLayout    *layout,
           int             x,
           int             y,
           int             width,
           const GdkRGBA  *color)
{
  int text_width;

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  if (width > 0)
    text_width = width;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (GTK_WIDGET (self)) - x - text_width;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);

  return text_width;
}

/* The status at the right edge, below the price; returns its width. A mark
 * that asks for attention is a coloured pill, "Cancelled" plain text. */
static int
draw_status (BuurtAgendaRow *self,
             GtkSnapshot    *snapshot,
             int             right,
             int             y)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = create_layout (widget, self->status, TEXT_STATUS, FALSE);
  const RowMetrics *metrics = row_metrics (widget);
  gboolean pill = self->mark == MARK_SUBMITTED || self->mark == MARK_CONFLICT;
  int padding_x = pill ? PILL_PADDING_X : 0;
  GdkRGBA color = style_color (widget, self->mark == MARK_SUBMITTED ? "warning_color" :
                                       self->mark == MARK_CONFLICT ? "error_color" : NULL);
  int text_width, width, x;

  pango_layout_get_pixel_size (layout, &text_width, NULL);
  width = text_width + 2 * padding_x;
  x = right - width;
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - right;

  if (pill)
    {
      int height = metrics->status + 2 * PILL_PADDING_Y;
      GdkRGBA background = color;
      GskRoundedRect shape;

      background.alpha *= self->mark == MARK_SUBMITTED ? 0.15 : 0.12;
      gsk_rounded_rect_init_from_rect (&shape, &GRAPHENE_RECT_INIT (x, y, width, height),
                                       height / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &shape);
      gtk_snapshot_append_color (snapshot, &background, &shape.bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + padding_x, y + PILL_PADDING_Y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);

  return width;
}

static void
buurt_agenda_row_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  BuurtAgendaRow *self = BUURT_AGENDA_ROW (widget);
  const RowMetrics *metrics = row_metrics (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA color = style_color (widget, NULL);
  GdkRGBA dim = color;
  g_autoptr(PangoLayout) price = NULL;
  int y = 0, right_width, text_x, text_width, line_y, price_width;

  dim.alpha *= DIM_OPACITY;

  if (self->day_header != NULL)
    {
      g_autoptr(PangoLayout) header = create_layout (widget, self->day_header, TEXT_HEADER, FALSE);

      y += HEADER_MARGIN_TOP;
      draw_text (self, snapshot, header, 0, y, width, &color);
      y += metrics->header + HEADER_MARGIN_BOTTOM;
    }
  y += PADDING_Y;

  /* A cancelled date stays listed, but clearly off; its day header not. */
  if (self->mark == MARK_CANCELLED)
    gtk_snapshot_push_opacity (snapshot, DIM_OPACITY);

  /* The right column: the price, and the status below it. */
  price = create_layout (widget, self->price, TEXT_BODY, FALSE);
  pango_layout_get_pixel_size (price, &price_width, NULL);
  draw_text (self, snapshot, price, width - PADDING_X - price_width, y, 0, &color);
  right_width = price_width;
  if (self->status != NULL)
    right_width = MAX (right_width,
                       draw_status (self, snapshot, width - PADDING_X,
                                    y + metrics->line + STATUS_SPACING));

  /* The time, then title, place and details, each on a line of its own. */
  {
    g_autoptr(PangoLayout) time = create_layout (widget, self->time, TEXT_TIME, FALSE);

    draw_text (self, snapshot, time, PADDING_X, y + (metrics->title - metrics->line) / 2, 0, &color);
  }

  text_x = PADDING_X + metrics->time_width + COLUMN_SPACING;
  text_width = MAX (1, width - text_x - COLUMN_SPACING - right_width - PADDING_X);
  line_y = y;

  {
    g_autoptr(PangoLayout) title = create_layout (widget, self->title, TEXT_TITLE,
                                                  self->mark == MARK_CANCELLED);

    draw_text (self, snapshot, title, text_x, line_y, text_width, &color);
    line_y += metrics->title + LINE_SPACING;
  }

  if (*self->place != '\0')
    {
      g_autoptr(PangoLayout) place = create_layout (widget, self->place, TEXT_BODY, FALSE);

      draw_text (self, snapshot, place, text_x, line_y, text_width, &color);
      line_y += metrics->line + LINE_SPACING;
    }

  if (*self->details != '\0')
    {
      g_autoptr(PangoLayout) details = create_layout (widget, self->details, TEXT_BODY, FALSE);

      draw_text (self, snapshot, details, text_x, line_y, text_width, &dim);
    }

  if (self->mark == MARK_CANCELLED)
    gtk_snapshot_pop (snapshot);
}

/* The row's sentence on the cell that holds it, the focusable object. */
static void
label_cell (BuurtAgendaRow *self)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (self));

  if (cell == NULL || self->sentence == NULL)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->sentence,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
parent_changed_cb (BuurtAgendaRow *self)
{
  label_cell (self);
}

static int
row_height (BuurtAgendaRow   *self,
            const RowMetrics *metrics)
{
  int height = 0, left, right;

  if (self->day_header != NULL)
    height += HEADER_MARGIN_TOP + metrics->header + HEADER_MARGIN_BOTTOM;

  left = metrics->title;
  if (*self->place != '\0')
    left += LINE_SPACING + metrics->line;
  if (*self->details != '\0')
    left += LINE_SPACING + metrics->line;

  right = metrics->line;
  if (self->status != NULL)
    right += STATUS_SPACING + metrics->status + 2 * PILL_PADDING_Y;

  return height + PADDING_Y + MAX (left, right) + PADDING_Y;
}

static void
buurt_agenda_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  BuurtAgendaRow *self = BUURT_AGENDA_ROW (widget);
  const RowMetrics *metrics = row_metrics (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = row_height (self, metrics);
      return;
    }

  /* The title and the lines below it shorten with an ellipsis. */
  *minimum = PADDING_X + metrics->time_width + COLUMN_SPACING + 6 * metrics->line +
             COLUMN_SPACING + 4 * metrics->line + PADDING_X;
  *natural = *minimum + 20 * metrics->line;
}

static void
buurt_agenda_row_finalize (GObject *object)
{
  BuurtAgendaRow *self = (BuurtAgendaRow *) object;

  g_clear_pointer (&self->day_header, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->price, g_free);
  g_clear_pointer (&self->sentence, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (buurt_agenda_row_parent_class)->finalize (object);
}

static void
buurt_agenda_row_class_init (BuurtAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = buurt_agenda_row_finalize;

  widget_class->measure = buurt_agenda_row_measure;
  widget_class->snapshot = buurt_agenda_row_snapshot;

  gtk_widget_class_set_css_name (widget_class, "agenda-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
buurt_agenda_row_init (BuurtAgendaRow *self)
{
  self->time = g_strdup ("");
  self->title = g_strdup ("");
  self->place = g_strdup ("");
  self->details = g_strdup ("");
  self->price = g_strdup ("");

  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

GtkWidget *
buurt_agenda_row_new (void)
{
  return g_object_new (BUURT_TYPE_AGENDA_ROW, NULL);
}

static gboolean
replace_text (char       **field,
              const char  *text)
{
  if (g_strcmp0 (*field, text) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (text);
  return TRUE;
}

/**
 * buurt_agenda_row_set_occurrence:
 * @occurrence: what the row shows
 * @first_of_day: whether to show the day header above it
 */
void
buurt_agenda_row_set_occurrence (BuurtAgendaRow  *self,
                                 BuurtOccurrence *occurrence,
                                 gboolean         first_of_day)
{
  g_autofree char *day = format_row_day (buurt_occurrence_get_day (occurrence));
  g_autofree char *time = buurt_format_time_range (occurrence);
  g_autofree char *place = buurt_occurrence_dup_place (occurrence);
  g_autofree char *groups = buurt_flags_to_label (BUURT_TYPE_TARGET_GROUP,
                                                  buurt_occurrence_get_target_groups (occurrence));
  g_autofree char *price = buurt_money_format (buurt_occurrence_get_cost_cents (occurrence));
  g_autofree char *details = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *closed = NULL;
  const char *organiser = buurt_occurrence_get_organiser (occurrence);
  const char *closure = buurt_occurrence_get_closure (occurrence);
  BuurtActivityStatus status = buurt_occurrence_get_status (occurrence);
  gboolean cancelled = buurt_occurrence_get_cancelled (occurrence) ||
                       status == BUURT_ACTIVITY_STATUS_CANCELLED;
  gboolean conflict = buurt_occurrence_get_conflict (occurrence);
  int old_height = 0;
  gboolean changed = FALSE;
  RowMark mark = MARK_NONE;
  const char *status_text = NULL;

  g_return_if_fail (BUURT_IS_AGENDA_ROW (self));

  if (organiser != NULL && *groups != '\0')
    /* Translators: an organiser and the target groups, e.g. "Welzijn Dronten · Seniors, Adults" */
    details = g_strdup_printf (_("%s · %s"), organiser, groups);
  else
    details = g_strdup (organiser != NULL ? organiser : groups);

  /* A cancelled date says why: the whole activity, a closure, or by hand. */
  if (cancelled)
    {
      mark = MARK_CANCELLED;
      if (status == BUURT_ACTIVITY_STATUS_CANCELLED)
        status_text = _("Activity cancelled");
      else if (closure != NULL)
        /* Translators: the status of a date cancelled by a closure; %s is its name, e.g. "Kerstvakantie 2026" */
        status_text = closed = g_strdup_printf (_("Closed: %s"), closure);
      else
        status_text = _("Cancelled");
    }
  else if (conflict)
    {
      mark = MARK_CONFLICT;
      status_text = _("Room double-booked");
    }
  else if (status == BUURT_ACTIVITY_STATUS_SUBMITTED)
    {
      mark = MARK_SUBMITTED;
      status_text = _("To review");
    }
  else if (buurt_occurrence_get_overridden (occurrence))
    /* Translators: one date of a series that was changed on its own */
    status_text = _("Changed date");

  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    old_height = row_height (self, row_metrics (GTK_WIDGET (self)));

  changed |= replace_text (&self->day_header, first_of_day ? day : NULL);
  changed |= replace_text (&self->time, time);
  changed |= replace_text (&self->title, buurt_occurrence_get_title (occurrence));
  changed |= replace_text (&self->place, place);
  changed |= replace_text (&self->details, details);
  changed |= replace_text (&self->price, price);
  changed |= replace_text (&self->status, status_text) || self->mark != mark;
  self->mark = mark;

  /* Screen readers read the row as one sentence: "Today, 09:30 – 11:00,
   * Koffie-inloop, De Schakel, Free, Cancelled", with the organiser as
   * description. Every row says its day: the header is seen, not focused. */
  {
    const char *parts[] = { day, time, self->title, place, price, status_text };
    GString *text = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        if (parts[i] == NULL || *parts[i] == '\0')
          continue;
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, parts[i]);
      }
    sentence = g_string_free (text, FALSE);
  }
  changed |= replace_text (&self->sentence, sentence);
  changed |= replace_text (&self->description, details);

  if (!changed)
    return;

  /* The height follows from which lines there are; the rest is drawing. */
  if (old_height == 0 || old_height != row_height (self, row_metrics (GTK_WIDGET (self))))
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->sentence,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  label_cell (self);
}

/**
 * buurt_agenda_row_get_sentence:
 *
 * Returns: (transfer none) (nullable): what screen readers read for the
 *   row, on the row and on the list cell that holds it
 */
const char *
buurt_agenda_row_get_sentence (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return self->sentence;
}

/**
 * buurt_agenda_row_get_title:
 *
 * Returns: (transfer none): the title the row shows
 */
const char *
buurt_agenda_row_get_title (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return self->title;
}

/**
 * buurt_agenda_row_get_day_header:
 *
 * Returns: (transfer none) (nullable): the day header the row shows above
 *   its date, or %NULL when it is not the first of its day
 */
const char *
buurt_agenda_row_get_day_header (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return self->day_header;
}

/**
 * buurt_agenda_row_get_status:
 *
 * Returns: (transfer none) (nullable): the mark the row shows, such as
 *   "To review", or %NULL
 */
const char *
buurt_agenda_row_get_status (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return self->status;
}

/**
 * buurt_agenda_row_get_time:
 *
 * Returns: (transfer none): the times the row shows, such as "09:30 – 11:00"
 */
const char *
buurt_agenda_row_get_time (BuurtAgendaRow *self)
{
  g_return_val_if_fail (BUURT_IS_AGENDA_ROW (self), NULL);

  return self->time;
}

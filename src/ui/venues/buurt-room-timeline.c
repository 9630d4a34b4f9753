/* buurt-room-timeline.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-room-timeline"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "buurt-entities.h"
#include "buurt-room-timeline.h"

/*
 * A room's week drawn as seven day columns over the hours the venue is open.
 * Each date is a button (a block) placed at its day and time: it takes the
 * focus, says its day, time and title to a screen reader, and says
 * "Cancelled" in words where a cancelled date is also drawn struck through.
 * The arrow keys move between blocks: up and down within a day, left and
 * right to the nearest block of the day before or after. The closed hours are
 * hatched and labelled "Closed"; a click on free open time asks for a new
 * activity there.
 */

#define GUTTER 52     /* the hour labels */
#define HEADER 32     /* the day names */
#define HOUR_HEIGHT 44
#define MIN_COLUMN 72

typedef struct
{
  GtkWidget *button;
  gint64     activity_id;
  guint      weekday;   /* 1..7 */
  int        start;     /* minutes after local midnight */
  int        end;
} Block;

struct _BuurtRoomTimeline
{
  GtkWidget parent_instance;

  /* Owned state */
  GArray *blocks;       /* Block, by start */
  char   *monday;       /* "YYYY-MM-DD" */
  int     opens[7];     /* minutes; opens == closes: closed */
  int     closes[7];
  int     first_hour;   /* the first hour drawn */
  int     last_hour;    /* the hour after the last drawn */
};

G_DEFINE_FINAL_TYPE (BuurtRoomTimeline, buurt_room_timeline, GTK_TYPE_WIDGET)

enum {
  ACTIVITY_ACTIVATED,
  NEW_ACTIVITY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_blocks (BuurtRoomTimeline *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    gtk_widget_unparent (g_array_index (self->blocks, Block, i).button);
  g_array_set_size (self->blocks, 0);
}

static double
column_width (BuurtRoomTimeline *self,
              int                width)
{
  return MAX (MIN_COLUMN, (width - GUTTER) / 7.0);
}

static double
y_of (BuurtRoomTimeline *self,
      int                minutes)
{
  return HEADER + (minutes - self->first_hour * 60) * HOUR_HEIGHT / 60.0;
}

/* The local date of @weekday (1..7) in the shown week. */
static char *
day_of (BuurtRoomTimeline *self,
        guint              weekday)
{
  g_autoptr(GDateTime) monday = NULL;
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;

  if (self->monday == NULL || sscanf (self->monday, "%d-%d-%d", &year, &month, &mday) != 3)
    return NULL;
  monday = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  day = g_date_time_add_days (monday, weekday - 1);
  return g_date_time_format (day, "%Y-%m-%d");
}

static void
block_clicked_cb (GtkButton         *button,
                  BuurtRoomTimeline *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->button == GTK_WIDGET (button))
        g_signal_emit (self, signals[ACTIVITY_ACTIVATED], 0, block->activity_id);
    }
}

static int
focused_block (BuurtRoomTimeline *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    if (gtk_widget_is_focus (g_array_index (self->blocks, Block, i).button))
      return i;
  return -1;
}

/* The block of another day nearest in time to @from, or -1. */
static int
nearest_in_day (BuurtRoomTimeline *self,
                const Block       *from,
                int                step)
{
  for (int weekday = from->weekday + step; weekday >= 1 && weekday <= 7; weekday += step)
    {
      int best = -1, best_distance = G_MAXINT;

      for (guint i = 0; i < self->blocks->len; i++)
        {
          const Block *block = &g_array_index (self->blocks, Block, i);

          if ((int) block->weekday == weekday && ABS (block->start - from->start) < best_distance)
            best = i, best_distance = ABS (block->start - from->start);
        }
      if (best >= 0)
        return best;
    }

  return -1;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BuurtRoomTimeline     *self)
{
  int current = focused_block (self);
  int next = -1;
  const Block *from;

  if (current < 0)
    return FALSE;
  from = &g_array_index (self->blocks, Block, current);

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = current - 1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = current + 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      next = nearest_in_day (self, from, -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      next = nearest_in_day (self, from, +1);
      break;
    case GDK_KEY_Home:
      next = 0;
      break;
    case GDK_KEY_End:
      next = self->blocks->len - 1;
      break;
    default:
      return FALSE;
    }

  if (next >= 0 && next < (int) self->blocks->len)
    gtk_widget_grab_focus (g_array_index (self->blocks, Block, next).button);
  /* At the first or last block the key does nothing, and stays here. */
  return TRUE;
}

/**
 * buurt_room_timeline_is_free:
 * @weekday: 1 (Monday) to 7
 * @minutes: after local midnight
 *
 * Returns: whether the room is open and no date takes place then
 */
gboolean
buurt_room_timeline_is_free (BuurtRoomTimeline *self,
                             guint              weekday,
                             int                minutes)
{
  g_return_val_if_fail (BUURT_IS_ROOM_TIMELINE (self), FALSE);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, FALSE);

  if (minutes < self->opens[weekday - 1] || minutes >= self->closes[weekday - 1])
    return FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->weekday == weekday && minutes >= block->start && minutes < block->end &&
          !gtk_widget_has_css_class (block->button, "cancelled"))
        return FALSE;
    }

  return TRUE;
}

/**
 * buurt_room_timeline_click_free:
 *
 * What a click on the timeline at @weekday and @minutes does: on free open
 * time, asks for a new activity there, on the half hour.
 */
void
buurt_room_timeline_click_free (BuurtRoomTimeline *self,
                                guint              weekday,
                                int                minutes)
{
  g_autofree char *day = NULL;

  g_return_if_fail (BUURT_IS_ROOM_TIMELINE (self));

  if (weekday < 1 || weekday > 7 || !buurt_room_timeline_is_free (self, weekday, minutes))
    return;

  day = day_of (self, weekday);
  if (day != NULL)
    g_signal_emit (self, signals[NEW_ACTIVITY], 0, day, minutes - minutes % 30);
}

static void
pressed_cb (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            BuurtRoomTimeline *self)
{
  double column = column_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
  int weekday = (int) ((x - GUTTER) / column) + 1;
  int minutes = self->first_hour * 60 + (int) ((y - HEADER) * 60 / HOUR_HEIGHT);

  if (x < GUTTER || y < HEADER)
    return;
  buurt_room_timeline_click_free (self, weekday, minutes);
}

static void
buurt_room_timeline_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  BuurtRoomTimeline *self = BUURT_ROOM_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = GUTTER + 7 * MIN_COLUMN;
      *natural = GUTTER + 7 * 130;
    }
  else
    *minimum = *natural = HEADER + (self->last_hour - self->first_hour) * HOUR_HEIGHT + 1;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      int child_min, child_nat;

      /* Measured only so GTK knows the children are laid out. */
      gtk_widget_measure (g_array_index (self->blocks, Block, i).button, orientation, -1,
                          &child_min, &child_nat, NULL, NULL);
    }
}

static void
buurt_room_timeline_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  BuurtRoomTimeline *self = BUURT_ROOM_TIMELINE (widget);
  double column = column_width (self, width);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      double top = y_of (self, MAX (block->start, self->first_hour * 60));
      double bottom = y_of (self, MIN (block->end, self->last_hour * 60));
      GtkAllocation allocation = {
        .x = GUTTER + (block->weekday - 1) * column + 2,
        .y = top + 1,
        .width = column - 4,
        .height = MAX (bottom - top - 2, 18),
      };

      gtk_widget_size_allocate (block->button, &allocation, -1);
    }
}

static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           double       width,
           gboolean     dim)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA color;
  int text_width, text_height;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  if (dim)
    color.alpha *= 0.7;
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + MAX (0, (width - text_width) / 2), y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
buurt_room_timeline_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  BuurtRoomTimeline *self = BUURT_ROOM_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  double column = column_width (self, width);
  double bottom = y_of (self, self->last_hour * 60);
  GdkRGBA fg, line, closed;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  line = fg;
  line.alpha = 0.15;
  closed = fg;
  closed.alpha = 0.08;

  /* Day names, with the date. */
  for (guint d = 1; d <= 7; d++)
    {
      g_autofree char *day = day_of (self, d);
      g_autofree char *label = day != NULL ? buurt_format_short_day (day) : g_strdup ("");

      draw_text (widget, snapshot, label, GUTTER + (d - 1) * column, 6, column, FALSE);
    }

  /* Closed time: shaded and, for a day closed all day, the word. */
  for (guint d = 0; d < 7; d++)
    {
      double x = GUTTER + d * column;

      if (self->closes[d] <= self->opens[d])
        {
          gtk_snapshot_append_color (snapshot, &closed,
                                     &GRAPHENE_RECT_INIT (x, HEADER, column, bottom - HEADER));
          draw_text (widget, snapshot, _("Closed"), x, HEADER + 8, column, TRUE);
          continue;
        }
      if (self->opens[d] > self->first_hour * 60)
        gtk_snapshot_append_color (snapshot, &closed,
                                   &GRAPHENE_RECT_INIT (x, HEADER, column, y_of (self, self->opens[d]) - HEADER));
      if (self->closes[d] < self->last_hour * 60)
        gtk_snapshot_append_color (snapshot, &closed,
                                   &GRAPHENE_RECT_INIT (x, y_of (self, self->closes[d]), column,
                                                        bottom - y_of (self, self->closes[d])));
    }

  /* Hour lines and labels. */
  for (int hour = self->first_hour; hour <= self->last_hour; hour++)
    {
      double y = y_of (self, hour * 60);
      g_autofree char *label = g_strdup_printf ("%02d:00", hour);

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (GUTTER, y, 7 * column, 1));
      if (hour < self->last_hour)
        draw_text (widget, snapshot, label, 0, y + 2, GUTTER - 6, TRUE);
    }
  for (guint d = 0; d <= 7; d++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (GUTTER + d * column, HEADER, 1, bottom - HEADER));

  for (guint i = 0; i < self->blocks->len; i++)
    gtk_widget_snapshot_child (widget, g_array_index (self->blocks, Block, i).button, snapshot);
}

static void
buurt_room_timeline_dispose (GObject *object)
{
  BuurtRoomTimeline *self = (BuurtRoomTimeline *) object;

  clear_blocks (self);

  G_OBJECT_CLASS (buurt_room_timeline_parent_class)->dispose (object);
}

static void
buurt_room_timeline_finalize (GObject *object)
{
  BuurtRoomTimeline *self = (BuurtRoomTimeline *) object;

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->monday, g_free);

  G_OBJECT_CLASS (buurt_room_timeline_parent_class)->finalize (object);
}

static void
buurt_room_timeline_class_init (BuurtRoomTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buurt_room_timeline_dispose;
  object_class->finalize = buurt_room_timeline_finalize;
  widget_class->measure = buurt_room_timeline_measure;
  widget_class->size_allocate = buurt_room_timeline_size_allocate;
  widget_class->snapshot = buurt_room_timeline_snapshot;

  /**
   * BuurtRoomTimeline::activity-activated:
   * @activity_id: the activity of the block clicked or pressed Enter on
   */
  signals[ACTIVITY_ACTIVATED] =
    g_signal_new ("activity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * BuurtRoomTimeline::new-activity:
   * @day: the local date clicked, "YYYY-MM-DD"
   * @minutes: the time clicked, on the half hour, after local midnight
   */
  signals[NEW_ACTIVITY] =
    g_signal_new ("new-activity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "roomtimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buurt_room_timeline_init (BuurtRoomTimeline *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  for (guint d = 0; d < 7; d++)
    buurt_opening_hours_get_day (NULL, d + 1, &self->opens[d], &self->closes[d]);
  self->first_hour = 8;
  self->last_hour = 23;

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
buurt_room_timeline_new (void)
{
  return g_object_new (BUURT_TYPE_ROOM_TIMELINE, NULL);
}

static GtkWidget *
make_block (const Block     *block,
            BuurtOccurrence *occurrence,
            const char      *tzid)
{
  g_autofree char *times = buurt_format_times (buurt_occurrence_get_starts_at (occurrence),
                                               buurt_occurrence_get_ends_at (occurrence),
                                               buurt_occurrence_get_all_day (occurrence), tzid);
  g_autofree char *day = buurt_format_day (buurt_occurrence_get_day (occurrence));
  gboolean cancelled = buurt_occurrence_get_cancelled (occurrence) ||
                       buurt_occurrence_get_status (occurrence) == BUURT_ACTIVITY_STATUS_CANCELLED;
  const char *title = buurt_occurrence_get_title (occurrence);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  if (cancelled)
    {
      /* Translators: a cancelled date in a room's week: time, title */
      text = g_strdup_printf (_("Cancelled: %s %s"), times, title);
      /* Translators: a screen reader's name of a cancelled date: day, time, title */
      name = g_strdup_printf (_("%s, %s, %s, cancelled"), day, times, title);
    }
  else
    {
      text = g_strdup_printf ("%s %s", times, title);
      /* Translators: a screen reader's name of a date in a room's week: day, time, title */
      name = g_strdup_printf (_("%s, %s, %s"), day, times, title);
    }

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "room-block");
  if (cancelled)
    gtk_widget_add_css_class (button, "cancelled");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

/**
 * buurt_room_timeline_set_week:
 * @monday: the local date of the week's Monday, "YYYY-MM-DD"
 * @occurrences: (element-type BuurtOccurrence): the room's dates that week
 * @opening_hours: (nullable): the venue's opening_hours
 */
void
buurt_room_timeline_set_week (BuurtRoomTimeline *self,
                              const char        *monday,
                              GPtrArray         *occurrences,
                              const char        *opening_hours)
{
  int first = 24 * 60, last = 0;

  g_return_if_fail (BUURT_IS_ROOM_TIMELINE (self));

  clear_blocks (self);
  g_free (self->monday);
  self->monday = g_strdup (monday);

  for (guint d = 0; d < 7; d++)
    {
      if (!buurt_opening_hours_get_day (opening_hours, d + 1, &self->opens[d], &self->closes[d]))
        self->opens[d] = self->closes[d] = 0;
      else
        first = MIN (first, self->opens[d]), last = MAX (last, self->closes[d]);
    }

  for (guint i = 0; occurrences != NULL && i < occurrences->len; i++)
    {
      BuurtOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      const char *tzid = buurt_occurrence_get_tzid (occurrence);
      g_autoptr(GDateTime) starts = buurt_in_zone (buurt_occurrence_get_starts_at (occurrence), BUURT_DEFAULT_TZID);
      g_autoptr(GDateTime) ends = buurt_in_zone (buurt_occurrence_get_ends_at (occurrence), BUURT_DEFAULT_TZID);
      Block block = { 0 };

      block.activity_id = buurt_occurrence_get_activity_id (occurrence);
      block.weekday = g_date_time_get_day_of_week (starts);
      block.start = g_date_time_get_hour (starts) * 60 + g_date_time_get_minute (starts);
      block.end = g_date_time_get_day_of_month (ends) != g_date_time_get_day_of_month (starts)
                  ? 24 * 60 : g_date_time_get_hour (ends) * 60 + g_date_time_get_minute (ends);
      if (buurt_occurrence_get_all_day (occurrence))
        block.start = 0, block.end = 24 * 60;
      block.button = make_block (&block, occurrence, tzid != NULL ? tzid : BUURT_DEFAULT_TZID);
      gtk_widget_set_parent (block.button, GTK_WIDGET (self));
      g_signal_connect (block.button, "clicked", G_CALLBACK (block_clicked_cb), self);
      g_array_append_val (self->blocks, block);

      /* A date outside the opening hours is still drawn. */
      first = MIN (first, block.start);
      last = MAX (last, block.end);
    }

  if (last <= first)
    first = 8 * 60, last = 23 * 60;
  self->first_hour = first / 60;
  self->last_hour = MIN (24, (last + 59) / 60);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
buurt_room_timeline_get_n_blocks (BuurtRoomTimeline *self)
{
  g_return_val_if_fail (BUURT_IS_ROOM_TIMELINE (self), 0);

  return self->blocks->len;
}

/**
 * buurt_room_timeline_get_block:
 *
 * Returns: (transfer none): the button of the @index-th date, by start
 */
GtkWidget *
buurt_room_timeline_get_block (BuurtRoomTimeline *self,
                               guint              index)
{
  g_return_val_if_fail (BUURT_IS_ROOM_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_array_index (self->blocks, Block, index).button;
}

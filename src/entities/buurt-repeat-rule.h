/* buurt-repeat-rule.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BUURT_REPEAT_RULE_ERROR (buurt_repeat_rule_error_quark ())

/**
 * BuurtRepeatRuleError:
 * @BUURT_REPEAT_RULE_ERROR_NO_WEEKDAY: a weekly rule without a weekday
 * @BUURT_REPEAT_RULE_ERROR_UNTIL: the last date is before the first
 * @BUURT_REPEAT_RULE_ERROR_COUNT: the number of times is not 1 to 999
 * @BUURT_REPEAT_RULE_ERROR_UNSUPPORTED: a rule the choices cannot express
 *
 * Which choice is wrong; the message is translated and names it.
 */
typedef enum
{
  BUURT_REPEAT_RULE_ERROR_NO_WEEKDAY,
  BUURT_REPEAT_RULE_ERROR_UNTIL,
  BUURT_REPEAT_RULE_ERROR_COUNT,
  BUURT_REPEAT_RULE_ERROR_UNSUPPORTED,
} BuurtRepeatRuleError;

/**
 * BuurtRepeat:
 * @BUURT_REPEAT_NONE: a single date
 * @BUURT_REPEAT_WEEKLY: every week on the chosen weekdays
 * @BUURT_REPEAT_FORTNIGHTLY: every two weeks on the chosen weekdays
 * @BUURT_REPEAT_MONTHLY: every month on the n-th weekday of the first date
 *
 * How an activity repeats, as a person chooses it (also the positions of
 * the editor's "Repeats" list).
 */
typedef enum
{
  BUURT_REPEAT_NONE,
  BUURT_REPEAT_WEEKLY,
  BUURT_REPEAT_FORTNIGHTLY,
  BUURT_REPEAT_MONTHLY,
} BuurtRepeat;

/**
 * BuurtRepeatEnd:
 * @BUURT_REPEAT_END_NEVER: repeats up to the agenda's horizon
 * @BUURT_REPEAT_END_DATE: repeats until a last date
 * @BUURT_REPEAT_END_COUNT: repeats a number of times
 *
 * When a series ends (also the positions of the "Repeat ends" list).
 */
typedef enum
{
  BUURT_REPEAT_END_NEVER,
  BUURT_REPEAT_END_DATE,
  BUURT_REPEAT_END_COUNT,
} BuurtRepeatEnd;

/* The most dates a series of a number of times has. */
#define BUURT_REPEAT_MAX_COUNT 999

/**
 * BuurtRepeatRule:
 * @repeat: how it repeats
 * @weekdays: with weekly rules, the days: bit 0 is Monday, bit 6 Sunday
 * @end: when it ends
 * @until: with %BUURT_REPEAT_END_DATE, the last local date
 * @count: with %BUURT_REPEAT_END_COUNT, how many dates
 *
 * The choices a person makes for a series, which turn into an RRULE
 * (RFC 5545) and back.
 */
typedef struct
{
  BuurtRepeat     repeat;
  guint           weekdays;
  BuurtRepeatEnd  end;
  GDate           until;
  guint           count;
  int             nth;       /* monthly: 1-4 or -1 (last); 0 takes it from the first date */
} BuurtRepeatRule;

GQuark    buurt_repeat_rule_error_quark (void);

void      buurt_repeat_rule_init        (BuurtRepeatRule        *rule);
char     *buurt_repeat_rule_to_rrule    (const BuurtRepeatRule  *rule,
                                         GDateTime              *starts_at,
                                         const char             *tzid,
                                         GError                **error);
gboolean  buurt_repeat_rule_parse       (BuurtRepeatRule        *rule,
                                         const char             *rrule,
                                         const char             *tzid,
                                         GError                **error);
int       buurt_repeat_nth_weekday      (GDateTime              *date);

G_END_DECLS

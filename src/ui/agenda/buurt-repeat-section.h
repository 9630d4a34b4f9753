/* buurt-repeat-section.h
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buurt-repeat-rule.h"

G_BEGIN_DECLS

#define BUURT_TYPE_REPEAT_SECTION (buurt_repeat_section_get_type ())

G_DECLARE_FINAL_TYPE (BuurtRepeatSection, buurt_repeat_section, BUURT, REPEAT_SECTION, AdwPreferencesGroup)

void             buurt_repeat_section_set_first_date   (BuurtRepeatSection  *self,
                                                        GDateTime           *date);
void             buurt_repeat_section_load             (BuurtRepeatSection  *self,
                                                        const char          *rrule,
                                                        const char          *tzid);
gboolean         buurt_repeat_section_has_first_date   (BuurtRepeatSection  *self);
char            *buurt_repeat_section_build_rrule      (BuurtRepeatSection  *self,
                                                        const char          *tzid,
                                                        GError             **error);
void             buurt_repeat_section_locate_error     (BuurtRepeatSection  *self,
                                                        const GError        *error,
                                                        const char         **field,
                                                        GtkWidget          **row,
                                                        GtkWidget          **focus);

AdwComboRow     *buurt_repeat_section_get_repeat_row     (BuurtRepeatSection *self);
GtkToggleButton *buurt_repeat_section_get_weekday_button (BuurtRepeatSection *self,
                                                          GDateWeekday        weekday);
AdwComboRow     *buurt_repeat_section_get_repeat_end_row (BuurtRepeatSection *self);
GtkCalendar     *buurt_repeat_section_get_until_calendar (BuurtRepeatSection *self);
GtkSpinButton   *buurt_repeat_section_get_count_spin     (BuurtRepeatSection *self);
GtkLabel        *buurt_repeat_section_get_error_label    (BuurtRepeatSection *self,
                                                          const char         *field);

G_END_DECLS

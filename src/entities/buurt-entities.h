/* buurt-entities.h: every entity type of the data model
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buurt-activity.h"
#include "buurt-closure.h"
#include "buurt-contact.h"
#include "buurt-entity.h"
#include "buurt-enum-types.h"
#include "buurt-agenda-query.h"
#include "buurt-enums.h"
#include "buurt-expense.h"
#include "buurt-format.h"
#include "buurt-funding-request.h"
#include "buurt-ical-link.h"
#include "buurt-funding-scheme.h"
#include "buurt-initiative.h"
#include "buurt-initiative-partner.h"
#include "buurt-initiative-query.h"
#include "buurt-journal-entry.h"
#include "buurt-kern.h"
#include "buurt-money.h"
#include "buurt-neighbourhood.h"
#include "buurt-occurrence.h"
#include "buurt-occurrence-override.h"
#include "buurt-recurrence.h"
#include "buurt-repeat-rule.h"
#include "buurt-room.h"
#include "buurt-series-split.h"
#include "buurt-venue.h"
#include "buurt-venue-query.h"
#include "buurt-venue-fields.h"

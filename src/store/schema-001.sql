-- Buurtagenda schema, version 1.
-- Every entity row has id, uuid, created_at, modified_at and deleted_at (a tombstone,
-- so a deletion can travel to another desk). Instants are UTC ISO 8601 text
-- ("2026-11-25T09:00:00Z"), dates are "YYYY-MM-DD", money is whole cents.
-- Named CHECK constraints let the store turn a violation into a message a
-- volunteer understands (see constraint_messages in buurt-store.c).

CREATE TABLE kern (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at  TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at  TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  name        TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0)
);

CREATE TABLE neighbourhood (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at  TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at  TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  kern_id     INTEGER NOT NULL REFERENCES kern (id),
  name        TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0)
);
CREATE INDEX neighbourhood_kern ON neighbourhood (kern_id);

CREATE TABLE venue (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at        TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at       TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at        TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  name              TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0),
  kind              TEXT NOT NULL CONSTRAINT venue_kind CHECK (kind IN ('community_centre', 'mfc', 'church', 'school', 'library', 'sports', 'outdoor', 'other')),
  address           TEXT,
  postcode          TEXT CONSTRAINT postcode_format CHECK (postcode IS NULL OR postcode GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]'),
  neighbourhood_id  INTEGER REFERENCES neighbourhood (id),
  phone             TEXT,
  email             TEXT CONSTRAINT email_format CHECK (email IS NULL OR email LIKE '%_@_%'),
  website           TEXT,
  step_free         INTEGER NOT NULL DEFAULT 0 CONSTRAINT step_free_bool CHECK (step_free IN (0, 1)),
  accessible_toilet INTEGER NOT NULL DEFAULT 0 CONSTRAINT accessible_toilet_bool CHECK (accessible_toilet IN (0, 1)),
  hearing_loop      INTEGER NOT NULL DEFAULT 0 CONSTRAINT hearing_loop_bool CHECK (hearing_loop IN (0, 1)),
  commercial        INTEGER NOT NULL DEFAULT 0 CONSTRAINT commercial_bool CHECK (commercial IN (0, 1)),
  notes             TEXT
);
CREATE INDEX venue_neighbourhood ON venue (neighbourhood_id);

-- facilities is a bit set of BuurtFacility (kitchen, projector, piano, ...).
CREATE TABLE room (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at  TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at  TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  venue_id    INTEGER NOT NULL REFERENCES venue (id),
  name        TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0),
  capacity    INTEGER NOT NULL CONSTRAINT capacity_positive CHECK (capacity > 0),
  facilities  INTEGER NOT NULL DEFAULT 0 CONSTRAINT facilities_set CHECK (facilities >= 0 AND facilities < 1024),
  rate_cents  INTEGER NOT NULL DEFAULT 0 CONSTRAINT rate_not_negative CHECK (rate_cents >= 0)
);
CREATE INDEX room_venue ON room (venue_id);

CREATE TABLE contact (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at  TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at  TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  name        TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL CONSTRAINT contact_kind CHECK (kind IN ('resident', 'club', 'foundation', 'welfare_organisation', 'municipality', 'housing_corporation', 'school', 'church', 'business')),
  phone       TEXT,
  email       TEXT CONSTRAINT email_format CHECK (email IS NULL OR email LIKE '%_@_%')
);

CREATE TABLE initiative (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at       TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at      TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at       TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  title            TEXT NOT NULL CONSTRAINT title_required CHECK (length(trim(title)) > 0),
  summary          TEXT NOT NULL DEFAULT '',
  neighbourhood_id INTEGER REFERENCES neighbourhood (id),
  stage            TEXT NOT NULL CONSTRAINT initiative_stage CHECK (stage IN ('idea', 'exploring', 'pilot', 'evaluating', 'running', 'paused', 'stopped')),
  start_date       TEXT CONSTRAINT start_date_format CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(start_date, '+0 days') IS start_date),
  next_evaluation  TEXT CONSTRAINT next_evaluation_format CHECK (next_evaluation IS NULL OR next_evaluation GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(next_evaluation, '+0 days') IS next_evaluation),
  target_groups    INTEGER NOT NULL DEFAULT 0 CONSTRAINT target_groups_set CHECK (target_groups >= 0 AND target_groups < 256),
  volunteers       INTEGER NOT NULL DEFAULT 0 CONSTRAINT volunteers_not_negative CHECK (volunteers >= 0),
  participants     INTEGER NOT NULL DEFAULT 0 CONSTRAINT participants_not_negative CHECK (participants >= 0),
  support_evidence TEXT NOT NULL DEFAULT '',
  CONSTRAINT evaluation_after_start CHECK (next_evaluation IS NULL OR start_date IS NULL OR next_evaluation >= start_date)
);
CREATE INDEX initiative_stage ON initiative (stage);

CREATE TABLE initiative_partner (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at    TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at   TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at    TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  initiative_id INTEGER NOT NULL REFERENCES initiative (id),
  contact_id    INTEGER NOT NULL REFERENCES contact (id),
  role          TEXT NOT NULL CONSTRAINT partner_role CHECK (role IN ('lead', 'volunteer', 'partner', 'funder')),
  UNIQUE (initiative_id, contact_id, role)
);
CREATE INDEX initiative_partner_contact ON initiative_partner (contact_id);

CREATE TABLE funding_request (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at              TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at             TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at              TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  initiative_id           INTEGER NOT NULL REFERENCES initiative (id),
  funder_id               INTEGER REFERENCES contact (id),
  amount_requested_cents  INTEGER NOT NULL CONSTRAINT amount_requested_not_negative CHECK (amount_requested_cents >= 0),
  amount_granted_cents    INTEGER NOT NULL DEFAULT 0 CONSTRAINT amount_granted_not_negative CHECK (amount_granted_cents >= 0),
  status                  TEXT NOT NULL CONSTRAINT funding_status CHECK (status IN ('draft', 'submitted', 'granted', 'rejected', 'paid', 'accounted')),
  requested_on            TEXT CONSTRAINT requested_on_format CHECK (requested_on IS NULL OR requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(requested_on, '+0 days') IS requested_on),
  decided_on              TEXT CONSTRAINT decided_on_format CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(decided_on, '+0 days') IS decided_on),
  conditions              TEXT NOT NULL DEFAULT '',
  rejection_reason        TEXT NOT NULL DEFAULT '',
  CONSTRAINT decided_after_requested CHECK (decided_on IS NULL OR requested_on IS NULL OR decided_on >= requested_on)
);
CREATE INDEX funding_request_initiative ON funding_request (initiative_id);

CREATE TABLE expense (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at         TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at        TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at         TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  initiative_id      INTEGER REFERENCES initiative (id),
  funding_request_id INTEGER REFERENCES funding_request (id),
  spent_on           TEXT NOT NULL CONSTRAINT spent_on_format CHECK (spent_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(spent_on, '+0 days') IS spent_on),
  description        TEXT NOT NULL CONSTRAINT description_required CHECK (length(trim(description)) > 0),
  amount_cents       INTEGER NOT NULL CONSTRAINT amount_not_negative CHECK (amount_cents >= 0),
  CONSTRAINT expense_owner CHECK (initiative_id IS NOT NULL OR funding_request_id IS NOT NULL)
);
CREATE INDEX expense_initiative ON expense (initiative_id);
CREATE INDEX expense_funding_request ON expense (funding_request_id);

CREATE TABLE journal_entry (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at    TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at   TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at    TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  initiative_id INTEGER NOT NULL REFERENCES initiative (id),
  entry_date    TEXT NOT NULL CONSTRAINT entry_date_format CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(entry_date, '+0 days') IS entry_date),
  kind          TEXT NOT NULL CONSTRAINT journal_kind CHECK (kind IN ('milestone', 'obstacle', 'lesson', 'evaluation')),
  text          TEXT NOT NULL CONSTRAINT text_required CHECK (length(trim(text)) > 0)
);
CREATE INDEX journal_entry_initiative ON journal_entry (initiative_id, entry_date);

-- target_groups is a bit set of BuurtTargetGroup. cancelled_dates lists the local
-- dates ("YYYY-MM-DD", comma separated) on which one occurrence of a series is
-- cancelled; the rest of the series is untouched.
CREATE TABLE activity (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at        TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at       TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at        TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  title             TEXT NOT NULL CONSTRAINT title_required CHECK (length(trim(title)) > 0),
  description       TEXT NOT NULL DEFAULT '',
  category          TEXT NOT NULL CONSTRAINT activity_category CHECK (category IN ('meeting', 'sports', 'culture', 'learning', 'care', 'nature', 'food', 'children', 'other')),
  target_groups     INTEGER NOT NULL DEFAULT 0 CONSTRAINT target_groups_set CHECK (target_groups >= 0 AND target_groups < 256),
  room_id           INTEGER REFERENCES room (id),
  location          TEXT,
  organiser_id      INTEGER REFERENCES contact (id),
  initiative_id     INTEGER REFERENCES initiative (id),
  starts_at         TEXT NOT NULL CONSTRAINT starts_at_format CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  ends_at           TEXT NOT NULL CONSTRAINT ends_at_format CHECK (ends_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  all_day           INTEGER NOT NULL DEFAULT 0 CONSTRAINT all_day_bool CHECK (all_day IN (0, 1)),
  tzid              TEXT NOT NULL DEFAULT 'Europe/Amsterdam' CONSTRAINT tzid_required CHECK (length(tzid) > 0),
  rrule             TEXT CONSTRAINT rrule_format CHECK (rrule IS NULL OR upper(rrule) LIKE '%FREQ=%'),
  cancelled_dates   TEXT NOT NULL DEFAULT '',
  cost_cents        INTEGER NOT NULL DEFAULT 0 CONSTRAINT cost_not_negative CHECK (cost_cents >= 0),
  registration      TEXT NOT NULL DEFAULT 'none' CONSTRAINT activity_registration CHECK (registration IN ('none', 'optional', 'required')),
  registration_info TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CONSTRAINT activity_status CHECK (status IN ('submitted', 'published', 'cancelled', 'rejected')),
  rejection_reason  TEXT NOT NULL DEFAULT '',
  source            TEXT NOT NULL DEFAULT 'app' CONSTRAINT activity_source CHECK (source IN ('app', 'submission', 'ical', 'json', 'csv', 'example')),
  url               TEXT,
  CONSTRAINT end_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX activity_status ON activity (status);
CREATE INDEX activity_room ON activity (room_id);
CREATE INDEX activity_initiative ON activity (initiative_id);

-- The expanded dates of each activity within the horizon; derived data rebuilt
-- by the store whenever its activity changes, so it has no uuid of its own.
-- Range queries and room-conflict checks read this table, never the rules.
CREATE TABLE occurrence (
  id          INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  room_id     INTEGER REFERENCES room (id),
  starts_at   TEXT NOT NULL,
  ends_at     TEXT NOT NULL,
  day         TEXT NOT NULL CONSTRAINT day_format CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(day, '+0 days') IS day),
  cancelled   INTEGER NOT NULL DEFAULT 0 CONSTRAINT cancelled_bool CHECK (cancelled IN (0, 1)),
  -- copied from the activity, so the agenda filters without reading it
  status        TEXT NOT NULL CONSTRAINT occurrence_status CHECK (status IN ('submitted', 'published', 'cancelled', 'rejected')),
  category      TEXT NOT NULL,
  target_groups INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT occurrence_end_after_start CHECK (ends_at > starts_at),
  UNIQUE (activity_id, starts_at)
);
CREATE INDEX occurrence_starts ON occurrence (starts_at);
-- The agenda counts and pages through this index alone (it covers every filter).
CREATE INDEX occurrence_agenda ON occurrence (day, starts_at, activity_id, status, cancelled,
                                              room_id, category, target_groups);
CREATE INDEX occurrence_room ON occurrence (room_id, starts_at);

-- Search as you type: the store writes each activity's title, description,
-- organiser and venue here, folded to lower case without accents, so "cafe"
-- finds "Taalcafé"; trigrams find any part of a word, as Dutch compounds need.
CREATE VIRTUAL TABLE activity_fts USING fts5 (
  title, description, organiser, venue,
  tokenize = 'trigram'
);

-- Schema: series as people live them.
--
-- occurrence_override: one date of a series that differs from the series
-- (iCalendar's RECURRENCE-ID model). recurrence_id is the original start of
-- that date (UTC); the other columns are what the date is now. title and
-- description are NULL when they follow the series. A later change to the
-- whole series keeps the override.
--
-- closure: a period in which everything, a town, a neighbourhood, a venue
-- or one room is closed. While it is not deleted (lifted), every date of
-- every activity in its scope and period is cancelled, and the occurrence
-- row says so in closure_id, so lifting restores exactly those dates and
-- never a date cancelled by hand.
--
-- series_split: "this and all later dates" ends a series the day before and
-- starts a new one; the two stay linked here.

CREATE TABLE occurrence_override (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at    TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at   TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at    TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  activity_id   INTEGER NOT NULL REFERENCES activity (id),
  recurrence_id TEXT NOT NULL CONSTRAINT recurrence_id_format CHECK (recurrence_id GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  starts_at     TEXT NOT NULL CONSTRAINT starts_at_format CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  ends_at       TEXT NOT NULL CONSTRAINT ends_at_format CHECK (ends_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  room_id       INTEGER REFERENCES room (id),
  location      TEXT,
  title         TEXT,
  description   TEXT,
  cancelled     INTEGER NOT NULL DEFAULT 0 CONSTRAINT cancelled_bool CHECK (cancelled IN (0, 1)),
  CONSTRAINT end_after_start CHECK (ends_at > starts_at)
);
-- One override per date of a series, among the rows not deleted.
CREATE UNIQUE INDEX occurrence_override_once ON occurrence_override (activity_id, recurrence_id)
  WHERE deleted_at IS NULL;

CREATE TABLE closure (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at       TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at      TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at       TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  name             TEXT NOT NULL CONSTRAINT name_required CHECK (length(trim(name)) > 0),
  first_day        TEXT NOT NULL CONSTRAINT first_day_format CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(first_day, '+0 days') IS first_day),
  last_day         TEXT NOT NULL CONSTRAINT last_day_format CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(last_day, '+0 days') IS last_day),
  scope            TEXT NOT NULL CONSTRAINT closure_scope CHECK (scope IN ('everything', 'kern', 'neighbourhood', 'venue', 'room')),
  kern_id          INTEGER REFERENCES kern (id),
  neighbourhood_id INTEGER REFERENCES neighbourhood (id),
  venue_id         INTEGER REFERENCES venue (id),
  room_id          INTEGER REFERENCES room (id),
  CONSTRAINT closure_ends_after_start CHECK (last_day >= first_day),
  CONSTRAINT closure_scope_target CHECK (
    (scope = 'everything') OR
    (scope = 'kern' AND kern_id IS NOT NULL) OR
    (scope = 'neighbourhood' AND neighbourhood_id IS NOT NULL) OR
    (scope = 'venue' AND venue_id IS NOT NULL) OR
    (scope = 'room' AND room_id IS NOT NULL))
);
CREATE INDEX closure_days ON closure (first_day, last_day);

CREATE TABLE series_split (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at        TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at       TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at        TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  activity_id       INTEGER NOT NULL REFERENCES activity (id),
  later_activity_id INTEGER NOT NULL REFERENCES activity (id),
  split_at          TEXT NOT NULL CONSTRAINT split_at_format CHECK (split_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z')
);
CREATE INDEX series_split_activity ON series_split (activity_id);
CREATE INDEX series_split_later ON series_split (later_activity_id);

-- Which closure cancelled a date (NULL: not a closure), and which override
-- made it differ from its series (NULL: none).
ALTER TABLE occurrence ADD COLUMN closure_id INTEGER REFERENCES closure (id);
ALTER TABLE occurrence ADD COLUMN override_id INTEGER REFERENCES occurrence_override (id);
CREATE INDEX occurrence_closure ON occurrence (closure_id) WHERE closure_id IS NOT NULL;

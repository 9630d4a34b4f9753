-- Schema: where an imported activity came from in a calendar file.
--
-- One row per VEVENT taken from an iCalendar file: its UID and, for a changed
-- date of a series, its RECURRENCE-ID ('' for the event itself) are the key a
-- second import of the same file looks up, so it updates the activity instead
-- of adding it again. SEQUENCE and LAST-MODIFIED say whether the file's
-- version is newer than the one imported; source names who wrote the file
-- (its PRODID and calendar name), so a later file from the same source shows
-- what it no longer holds. imported_at is the activity's modified_at right
-- after the import: an activity modified later was changed here, and a newer
-- version from the file is then a conflict the user decides, never an
-- overwrite.
CREATE TABLE ical_link (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at    TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at   TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at    TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  activity_id   INTEGER NOT NULL REFERENCES activity (id),
  uid           TEXT NOT NULL CONSTRAINT uid_required CHECK (length(uid) > 0),
  recurrence_id TEXT NOT NULL DEFAULT '',
  sequence      INTEGER NOT NULL DEFAULT 0 CONSTRAINT sequence_not_negative CHECK (sequence >= 0),
  last_modified TEXT CONSTRAINT last_modified_format CHECK (last_modified IS NULL OR last_modified GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  source        TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL CONSTRAINT imported_at_format CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z')
);
-- One link per event among the rows not deleted.
CREATE UNIQUE INDEX ical_link_key ON ical_link (uid, recurrence_id) WHERE deleted_at IS NULL;
CREATE INDEX ical_link_activity ON ical_link (activity_id);
CREATE INDEX ical_link_source ON ical_link (source);

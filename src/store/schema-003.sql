-- Schema 3: a deleted row no longer blocks the same row added again.
--
-- initiative_partner had UNIQUE (initiative_id, contact_id, role) as a rule of
-- the table, and that rule also counted deleted rows (a deletion leaves a
-- tombstone, so it can travel to another desk): a partner removed and added
-- again was refused with "This is already in the agenda". A table's own
-- UNIQUE rule cannot be dropped, so the table is rebuilt the SQLite way
-- (https://www.sqlite.org/lang_altertable.html#otheralter): create the new
-- table, copy every row with its id, drop the old table, rename the new one.
-- The rule becomes a partial unique index over the rows that are not deleted.
-- The store runs this with foreign keys off and checks them before it commits.
-- (The occurrence table's UNIQUE rule stays: its rows are derived and never
-- deleted softly.)

CREATE TABLE initiative_partner_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at    TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at   TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at    TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  initiative_id INTEGER NOT NULL REFERENCES initiative (id),
  contact_id    INTEGER NOT NULL REFERENCES contact (id),
  role          TEXT NOT NULL CONSTRAINT partner_role CHECK (role IN ('lead', 'volunteer', 'partner', 'funder'))
);

INSERT INTO initiative_partner_new (id, uuid, created_at, modified_at, deleted_at,
                                    initiative_id, contact_id, role)
SELECT id, uuid, created_at, modified_at, deleted_at, initiative_id, contact_id, role
FROM initiative_partner;

DROP TABLE initiative_partner;
ALTER TABLE initiative_partner_new RENAME TO initiative_partner;

-- The same person once per role in an initiative, among the rows not deleted.
CREATE UNIQUE INDEX initiative_partner_once ON initiative_partner (initiative_id, contact_id, role)
  WHERE deleted_at IS NULL;
-- The old rule's index also found every row of an initiative, deleted or not.
CREATE INDEX initiative_partner_initiative ON initiative_partner (initiative_id);
CREATE INDEX initiative_partner_contact ON initiative_partner (contact_id);

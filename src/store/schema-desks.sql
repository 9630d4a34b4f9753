-- Schema: desks. What one desk needs to merge its agenda with other desks'
-- without a server, by exchange files (src/exchange/buurt-desk-exchange.c).
--
-- Nothing here travels: these are this desk's own notes, like meta.
--
-- desk_id: this desk's own id (meta), made here; the desk's name and change
-- counter are set by the app (meta desk_name, desk_counter, desk_knowledge).
--
-- desk_record: for every row of a table that travels, its version vector
-- ("desk-id:counter;..." sorted by desk id: the last change each desk made to
-- it), the desk that made the last change and a checksum of the content at
-- that version. A row whose content no longer matches its checksum was
-- changed on this desk since; it gets this desk's next counter before an
-- exchange. Merging compares versions, never clocks.
INSERT OR IGNORE INTO meta (key, value)
SELECT 'desk_id',
       substr (h, 1, 8) || '-' || substr (h, 9, 4) || '-4' || substr (h, 14, 3) || '-' ||
       substr ('89ab', 1 + (abs (random ()) % 4), 1) || substr (h, 18, 3) || '-' || substr (h, 21, 12)
FROM (SELECT lower (hex (randomblob (16))) AS h);

CREATE TABLE desk_record (
  table_name TEXT NOT NULL,
  uuid       TEXT NOT NULL,
  version    TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  PRIMARY KEY (table_name, uuid)
) WITHOUT ROWID;

-- The other desks this one exchanged with: their name as they last said it,
-- and what they hold as far as this desk knows (a version vector of the
-- highest counter of each desk they have seen).
CREATE TABLE desk_peer (
  desk_id       TEXT PRIMARY KEY NOT NULL,
  name          TEXT NOT NULL DEFAULT '',
  knowledge     TEXT NOT NULL DEFAULT '',
  last_exchange TEXT
) WITHOUT ROWID;

-- Records changed on both sides: the two versions (GVariant text of the
-- fields), and what became of them. 'pending' waits for the user; after a
-- choice the version not chosen stays here, so it can be brought back.
CREATE TABLE desk_conflict (
  id            INTEGER PRIMARY KEY,
  table_name    TEXT NOT NULL,
  uuid          TEXT NOT NULL,
  their_desk    TEXT NOT NULL,
  their_version TEXT NOT NULL,
  mine          TEXT,
  theirs        TEXT,
  state         TEXT NOT NULL CONSTRAINT desk_conflict_state CHECK (state IN ('pending', 'kept_mine', 'took_theirs')),
  noticed_at    TEXT NOT NULL
);
CREATE INDEX desk_conflict_record ON desk_conflict (table_name, uuid);

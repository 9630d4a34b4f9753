-- Schema: desk-dirty. Which rows may have changed on this desk since they
-- were last stamped (buurt_store_desk_stamp), so that stamping before an
-- exchange reads those rows only instead of every row of every table.
--
-- Triggers on every table that travels note a row here whenever it is
-- inserted, updated or deleted, whatever code or connection writes it (the
-- window, the command line, imports, example data, merges, undo). The store
-- makes those triggers itself (src/store/buurt-store-desk-dirty.c), from the
-- table specs, each time it stamps: a table a later migration adds or
-- rebuilds (which drops its triggers) gets them back, and all its rows are
-- noted once, so no change is ever missed.
--
-- Nothing here travels; stamping empties it.
CREATE TABLE desk_dirty (
  table_name TEXT NOT NULL,
  uuid       TEXT NOT NULL,
  PRIMARY KEY (table_name, uuid)
) WITHOUT ROWID;

-- desk_version_part: the version vector of each row of desk_record, one row
-- per desk in it, kept by buurt_store_desk_set_record(). Sending "what that
-- desk has not seen" then reads only the rows with a counter higher than the
-- other desk's knowledge, through the index, instead of every row.
CREATE TABLE desk_version_part (
  table_name TEXT NOT NULL,
  uuid       TEXT NOT NULL,
  desk_id    TEXT NOT NULL,
  counter    INTEGER NOT NULL,
  PRIMARY KEY (table_name, uuid, desk_id)
) WITHOUT ROWID;
CREATE INDEX desk_version_part_counter ON desk_version_part (desk_id, table_name, counter);

-- The versions noted so far, split at ";" and ":" ("desk-id:counter;...").
WITH RECURSIVE split (table_name, uuid, part, rest) AS (
  SELECT table_name, uuid, '', version || ';' FROM desk_record
  UNION ALL
  SELECT table_name, uuid, substr (rest, 1, instr (rest, ';') - 1), substr (rest, instr (rest, ';') + 1)
  FROM split WHERE rest <> ''
)
INSERT OR REPLACE INTO desk_version_part (table_name, uuid, desk_id, counter)
SELECT table_name, uuid, substr (part, 1, instr (part, ':') - 1),
       CAST (substr (part, instr (part, ':') + 1) AS INTEGER)
FROM split
WHERE instr (part, ':') > 1 AND CAST (substr (part, instr (part, ':') + 1) AS INTEGER) > 0;

-- Schema 2: a table of facts about the database itself.
--
-- database_id: a stable id of this agenda file, so what the app remembers of
-- it (the agenda's filters) belongs to this file and not to every file opened
-- with --database; later also the desk name, the horizon and the last backup.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- A random version 4 uuid, made by SQLite itself.
INSERT INTO meta (key, value)
SELECT 'database_id',
       substr (h, 1, 8) || '-' || substr (h, 9, 4) || '-4' || substr (h, 14, 3) || '-' ||
       substr ('89ab', 1 + (abs (random ()) % 4), 1) || substr (h, 18, 3) || '-' || substr (h, 21, 12)
FROM (SELECT lower (hex (randomblob (16))) AS h);

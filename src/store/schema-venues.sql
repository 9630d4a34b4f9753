-- Schema venues: the opening hours of each venue.
--
-- opening_hours holds seven "HH:MM-HH:MM" spans in local time, Monday first,
-- separated by commas (fixed width, so SQL reads one day with substr ());
-- a closed day is "00:00-00:00". Every venue starts open 08:00-23:00. A room
-- is only free within its venue's opening hours.
ALTER TABLE venue ADD COLUMN opening_hours TEXT NOT NULL
  DEFAULT '08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00'
  CONSTRAINT opening_hours_format CHECK (length (opening_hours) = 83 AND opening_hours GLOB
    '[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9],[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]');

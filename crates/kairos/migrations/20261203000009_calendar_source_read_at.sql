-- When a source's events were last read in full (a feed's 200, a CalDAV sync). A feed that
-- keeps answering 304 is read in full again once a day anyway, so that its recurring events
-- are expanded over the window of today, not of the day it last changed.
ALTER TABLE calendar_sources ADD COLUMN read_at timestamptz;
UPDATE calendar_sources SET read_at = last_success_at;

-- The calendar read takes a host's busy time source by source (only sources that still block):
-- one GiST index on (source, time) finds a source's intervals in the window directly, where the
-- plain index on the source made PostgreSQL read all of a source's rows, in or out of it. It
-- also serves the deletes of a source's rows (a new sync, a removed source).
CREATE INDEX external_busy_source_during ON external_busy USING gist (source_id, during);
DROP INDEX external_busy_source;

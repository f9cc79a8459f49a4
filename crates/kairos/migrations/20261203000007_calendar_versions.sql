-- A version per host that every change to what its free time is made of bumps, in the
-- changing transaction itself: bookings (booking_hosts), busy blocks, the busy time of its
-- calendar sources and whether they block, planned blocks and whether they count, weekly hours
-- and overrides. A cached slot list carries the versions it was computed from and is served
-- only while they are still current, so a read that starts after a commit never sees slots
-- from before it. Triggers rather than application code, so that no write path can forget.
CREATE TABLE calendar_versions (
    host_id  uuid PRIMARY KEY,
    version  bigint NOT NULL
);

-- Bumps the versions of the hosts a statement touched, once per host and in host order (two
-- transactions touching the same hosts take their row locks in the same order).
CREATE FUNCTION bump_calendar_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO calendar_versions (host_id, version)
        SELECT DISTINCT host_id, 1 FROM new_rows ORDER BY host_id
        ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO calendar_versions (host_id, version)
        SELECT host_id, 1 FROM (SELECT host_id FROM new_rows UNION SELECT host_id FROM old_rows) AS touched
        ORDER BY host_id
        ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1;
    ELSE
        INSERT INTO calendar_versions (host_id, version)
        SELECT DISTINCT host_id, 1 FROM old_rows ORDER BY host_id
        ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1;
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['booking_hosts', 'busy_blocks', 'external_busy', 'planned_blocks',
                             'planner_settings', 'availability_schedules', 'availability_overrides']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_calendar_versions()', t || '_versions_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_calendar_versions()', t || '_versions_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_calendar_versions()', t || '_versions_delete', t);
    END LOOP;
END;
$$;

-- A source's sync bookkeeping changes on every sync; only whether it blocks matters to slots.
CREATE FUNCTION bump_calendar_version_of_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO calendar_versions (host_id, version) VALUES (coalesce(NEW.host_id, OLD.host_id), 1)
    ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER calendar_sources_versions AFTER UPDATE OF blocking ON calendar_sources
    FOR EACH ROW WHEN (OLD.blocking IS DISTINCT FROM NEW.blocking)
    EXECUTE FUNCTION bump_calendar_version_of_source();
CREATE TRIGGER calendar_sources_versions_delete AFTER DELETE ON calendar_sources
    FOR EACH ROW EXECUTE FUNCTION bump_calendar_version_of_source();

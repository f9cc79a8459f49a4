-- CalDAV calendars as calendar sources: `kind` says how a source is read; a CalDAV source's
-- `url_sealed` is its calendar collection's address, `login_sealed` its user name and password
-- (sealed like the address), and `sync_token` where its last incremental sync (RFC 6578)
-- left off. `caldav_objects` mirrors the calendar's events, so a sync fetches only what
-- changed and busy time is read afresh from the mirror.
ALTER TABLE calendar_sources
    ADD COLUMN kind text NOT NULL DEFAULT 'ics' CHECK (kind IN ('ics', 'caldav')),
    ADD COLUMN login_sealed bytea,
    ADD COLUMN sync_token text,
    ADD CONSTRAINT calendar_sources_caldav_login CHECK (kind = 'ics' OR login_sealed IS NOT NULL);

CREATE TABLE caldav_objects (
    source_id  uuid NOT NULL REFERENCES calendar_sources (id) ON DELETE CASCADE,
    href       text NOT NULL,
    etag       text,
    data       text NOT NULL,
    PRIMARY KEY (source_id, href)
);

-- Hosts' own calendars: the feeds Kairos reads (one row each, with the state of its last
-- sync) and the busy intervals the last good sync found, read by the slot decision's one
-- calendar statement beside bookings and busy blocks.
CREATE TABLE calendar_sources (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL,
    host_id          uuid NOT NULL,
    name             text NOT NULL,
    url              text NOT NULL,
    all_day_busy     boolean NOT NULL DEFAULT true,
    etag             text,
    last_modified    text,
    last_attempt_at  timestamptz,
    last_success_at  timestamptz,
    last_error       text,
    events           integer NOT NULL DEFAULT 0,
    busy_intervals   integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX calendar_sources_host ON calendar_sources (org_id, host_id);
CREATE INDEX calendar_sources_due ON calendar_sources (last_attempt_at NULLS FIRST);

CREATE TABLE external_busy (
    source_id  uuid NOT NULL REFERENCES calendar_sources (id) ON DELETE CASCADE,
    org_id     uuid NOT NULL,
    host_id    uuid NOT NULL,
    during     tstzrange NOT NULL CHECK (NOT isempty(during)),
    uid        text NOT NULL,
    title      text NOT NULL DEFAULT ''
);
CREATE INDEX external_busy_host_during ON external_busy USING gist (host_id, during);
CREATE INDEX external_busy_source ON external_busy (source_id);

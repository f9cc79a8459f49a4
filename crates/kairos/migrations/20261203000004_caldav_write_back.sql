-- Write-back: one CalDAV source per host may receive the host's bookings; `caldav_written`
-- remembers where each booking's event was written and its ETag, for conditional updates and
-- removal.
ALTER TABLE calendar_sources
    ADD COLUMN receives_bookings boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT calendar_sources_receiver_is_caldav CHECK (NOT receives_bookings OR kind = 'caldav');
CREATE UNIQUE INDEX calendar_sources_one_receiver ON calendar_sources (host_id) WHERE receives_bookings;

CREATE TABLE caldav_written (
    source_id   uuid NOT NULL REFERENCES calendar_sources (id) ON DELETE CASCADE,
    booking_id  uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    href        text NOT NULL,
    etag        text,
    PRIMARY KEY (source_id, booking_id)
);

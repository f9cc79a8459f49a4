-- What the assistant does with a request: ranked proposals awaiting confirmation, the answer it
-- gives in words, and what it did. One-off event types carry the meetings it books.
ALTER TABLE assistant_requests
    DROP CONSTRAINT assistant_requests_status_check,
    ADD CONSTRAINT assistant_requests_status_check
        CHECK (status IN ('queued', 'understood', 'needs_clarification', 'proposed', 'unable', 'done')),
    ADD COLUMN auto_book  boolean NOT NULL DEFAULT false,
    ADD COLUMN engine     text,
    ADD COLUMN proposals  jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN message    text,
    ADD COLUMN outcome    jsonb;

-- A one-off event type exists for one meeting the assistant booked: never listed with the
-- organisation's booking pages, its slug is unguessable.
ALTER TABLE event_types ADD COLUMN one_off boolean NOT NULL DEFAULT false;

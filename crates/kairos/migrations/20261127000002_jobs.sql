-- Durable background work. A job is inserted in the transaction of the change that causes it,
-- so it exists exactly when the change does. Workers claim ready jobs with
-- FOR UPDATE SKIP LOCKED and commit the claim at once; the claim carries a lease (a token and
-- an expiry the worker keeps pushing forward); a reaper returns jobs whose lease ran out.

CREATE TABLE jobs (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL,
    -- The payload's schema version, so a payload outlives a deploy that changes its shape.
    version       smallint NOT NULL DEFAULT 1,
    payload       jsonb NOT NULL,
    state         text NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'running', 'succeeded', 'dead', 'cancelled')),
    -- Higher runs first among ready jobs.
    priority      smallint NOT NULL DEFAULT 0,
    run_at        timestamptz NOT NULL DEFAULT now(),
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL CHECK (max_attempts >= 1),
    -- Idempotency: enqueueing a key that exists is a no-op.
    unique_key    text UNIQUE,
    -- What the job is about (a booking id), so pending work can be found and dropped.
    subject       uuid,
    lease_token   uuid,
    lease_until   timestamptz,
    last_error    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    CHECK ((state = 'running') = (lease_token IS NOT NULL AND lease_until IS NOT NULL))
);
CREATE INDEX jobs_ready ON jobs (priority DESC, run_at, id) WHERE state = 'queued';
-- When the next queued job is due (an idle worker sleeps until then), without scanning every
-- queued reminder.
CREATE INDEX jobs_next_due ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_leases ON jobs (lease_until) WHERE state = 'running';
CREATE INDEX jobs_subject ON jobs (subject) WHERE state = 'queued';
CREATE INDEX jobs_dead ON jobs (id) WHERE state = 'dead';
CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state IN ('succeeded', 'cancelled');

-- Wakes idle workers within milliseconds of a commit that queued work (NOTIFY is delivered
-- on commit, never for a rolled-back insert).
CREATE FUNCTION jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kairos_jobs', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH STATEMENT EXECUTE FUNCTION jobs_notify();

-- The outbox of domain events: written with the change, read by e-mail, webhook and broker
-- jobs, marked when the broker acknowledged it.
CREATE TABLE domain_events (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    booking_id    uuid NOT NULL,
    payload       jsonb NOT NULL,
    occurred_at   timestamptz NOT NULL,
    published_at  timestamptz
);
CREATE INDEX domain_events_booking ON domain_events (booking_id, occurred_at);
CREATE INDEX domain_events_unpublished ON domain_events (occurred_at) WHERE published_at IS NULL;

-- Reminders before a booking's start, in minutes, per event type.
ALTER TABLE event_types ADD COLUMN reminder_minutes integer[] NOT NULL DEFAULT '{1440,60}'
    CHECK (cardinality(reminder_minutes) <= 5 AND 0 < ALL (reminder_minutes) AND 40320 >= ALL (reminder_minutes));

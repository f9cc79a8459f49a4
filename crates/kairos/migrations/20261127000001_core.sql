-- The core scheduling schema: tenants, hosts, keys, availability, event types, bookings.
-- Every tenant-owned row carries org_id, and references between tenant-owned rows go through
-- (org_id, id) pairs so the database itself refuses a row that points into another tenant.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE organizations (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- The first characters of the key, shown in lists so people can tell keys apart.
    prefix       text NOT NULL,
    -- SHA-256 of the whole key: keys are 256-bit random, so a fast hash is enough.
    secret_hash  bytea NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX api_keys_org ON api_keys (org_id, id);

CREATE TABLE hosts (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email       text NOT NULL CHECK (email = lower(email)),
    time_zone   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, id),
    CONSTRAINT hosts_email_unique UNIQUE (org_id, email)
);

-- Weekly hours in the schedule's own zone: a JSON array of 7 arrays (Monday first) of
-- {"start": "HH:MM", "end": "HH:MM"} spans.
CREATE TABLE availability_schedules (
    host_id     uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    time_zone   text NOT NULL,
    weekly      jsonb NOT NULL CHECK (jsonb_typeof(weekly) = 'array' AND jsonb_array_length(weekly) = 7),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);

-- A date's spans replace the weekly hours of that date; an empty array is a day off.
CREATE TABLE availability_overrides (
    host_id  uuid NOT NULL REFERENCES availability_schedules (host_id) ON DELETE CASCADE,
    date     date NOT NULL,
    spans    jsonb NOT NULL CHECK (jsonb_typeof(spans) = 'array'),
    PRIMARY KEY (host_id, date)
);

CREATE TABLE event_types (
    id                     uuid PRIMARY KEY,
    org_id                 uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    slug                   text NOT NULL CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    title                  text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description            text NOT NULL DEFAULT '',
    kind                   text NOT NULL CHECK (kind IN ('single', 'collective', 'round_robin')),
    duration_minutes       integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    slot_step_minutes      integer NOT NULL CHECK (slot_step_minutes BETWEEN 5 AND 720),
    location               text NOT NULL DEFAULT '',
    buffer_before_minutes  integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 720),
    buffer_after_minutes   integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 720),
    min_notice_minutes     integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes BETWEEN 0 AND 525600),
    horizon_days           integer NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 0 AND 730),
    max_per_day            integer CHECK (max_per_day > 0),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, id),
    CONSTRAINT event_types_slug_unique UNIQUE (org_id, slug)
);

CREATE TABLE event_type_hosts (
    event_type_id  uuid NOT NULL,
    host_id        uuid NOT NULL,
    org_id         uuid NOT NULL,
    position       integer NOT NULL,
    PRIMARY KEY (event_type_id, host_id),
    FOREIGN KEY (org_id, event_type_id) REFERENCES event_types (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX event_type_hosts_host ON event_type_hosts (host_id);

CREATE TABLE bookings (
    id             uuid PRIMARY KEY,
    -- Unguessable handle for the invitee's cancel and reschedule links.
    uid            text NOT NULL UNIQUE,
    org_id         uuid NOT NULL,
    event_type_id  uuid NOT NULL,
    status         text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    notes          text NOT NULL DEFAULT '',
    -- iTIP SEQUENCE: bumped on every change the invitee must hear about.
    sequence       integer NOT NULL DEFAULT 0,
    cancel_reason  text,
    cancelled_by   text CHECK (cancelled_by IN ('host', 'invitee')),
    cancelled_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (starts_at < ends_at),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, event_type_id) REFERENCES event_types (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX bookings_org_starts ON bookings (org_id, starts_at, id);
CREATE INDEX bookings_event_type_starts ON bookings (event_type_id, starts_at);

CREATE TABLE attendees (
    booking_id  uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    role        text NOT NULL CHECK (role IN ('invitee', 'guest')),
    name        text NOT NULL,
    email       text NOT NULL,
    time_zone   text NOT NULL,
    PRIMARY KEY (booking_id, position)
);

-- One row per host taking part in a booking. The exclusion constraint is the guarantee that
-- no host is ever double-booked, whatever the application does: half-open ranges, so
-- back-to-back meetings touch without overlapping; cancelled bookings release their time.
CREATE TABLE booking_hosts (
    booking_id  uuid NOT NULL,
    host_id     uuid NOT NULL,
    org_id      uuid NOT NULL,
    during      tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (booking_id, host_id),
    FOREIGN KEY (org_id, booking_id) REFERENCES bookings (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id),
    CONSTRAINT booking_hosts_no_overlap EXCLUDE USING gist (host_id WITH =, during WITH &&) WHERE (active)
);

CREATE TABLE busy_blocks (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    host_id     uuid NOT NULL,
    during      tstzrange NOT NULL CHECK (NOT isempty(during)),
    title       text NOT NULL DEFAULT '',
    source      text NOT NULL DEFAULT 'api',
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX busy_blocks_host_during ON busy_blocks USING gist (host_id, during);

-- First responses of requests that carried an Idempotency-Key, replayed on retries.
CREATE TABLE idempotency_keys (
    scope         text NOT NULL,
    key           text NOT NULL,
    request_hash  bytea NOT NULL,
    status        smallint NOT NULL,
    body          jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

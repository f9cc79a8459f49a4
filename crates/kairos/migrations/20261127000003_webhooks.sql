-- Webhook endpoints of an organisation and the log of every attempt to deliver an event to
-- one. Deliveries reference their endpoint through (org_id, webhook_id), so the database
-- refuses a log row that points into another tenant, and deleting an endpoint drops its log.

CREATE TABLE webhooks (
    id                    uuid PRIMARY KEY,
    org_id                uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url                   text NOT NULL CHECK (url ~ '^https?://'),
    description           text NOT NULL DEFAULT '',
    events                text[] NOT NULL CHECK (
                              cardinality(events) > 0
                              AND events <@ ARRAY['booking.created', 'booking.rescheduled', 'booking.cancelled']::text[]
                          ),
    -- The raw signing key; the API shows it once, as `whsec_` + base64.
    secret                bytea NOT NULL CHECK (length(secret) BETWEEN 24 AND 64),
    enabled               boolean NOT NULL DEFAULT true,
    disabled_reason       text,
    consecutive_failures  integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, id)
);
CREATE INDEX webhooks_org ON webhooks (org_id, id);

CREATE TABLE webhook_deliveries (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL,
    webhook_id    uuid NOT NULL,
    event_id      uuid NOT NULL,
    event_kind    text NOT NULL,
    attempt       integer NOT NULL CHECK (attempt >= 1),
    -- None when no response arrived (refused address, connection error, timeout).
    status_code   integer,
    duration_ms   integer NOT NULL CHECK (duration_ms >= 0),
    error         text,
    succeeded     boolean NOT NULL,
    delivered_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, webhook_id) REFERENCES webhooks (org_id, id) ON DELETE CASCADE
);
-- The delivery log of an endpoint, newest first (ids are time-ordered).
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id DESC);

-- Requests to the scheduling assistant: a host's sentence, understood by a job into an intent
-- (or questions to ask back), read by id.
CREATE TABLE assistant_requests (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    host_id     uuid NOT NULL,
    text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    status      text NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'understood', 'needs_clarification')),
    intent      jsonb,
    questions   jsonb NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX assistant_requests_org ON assistant_requests (org_id, id);

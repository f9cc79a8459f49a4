-- The agent interface (MCP). A key may be limited to one host, for an agent that acts for one
-- person; and every write an agent makes is recorded: who (the key and host), which tool, with
-- which arguments and what it changed, under the agent's idempotency key so that a retry gets
-- the first answer instead of doing it again.

ALTER TABLE api_keys ADD COLUMN host_id uuid;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_host
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE;

CREATE TABLE agent_actions (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    api_key_id      uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    host_id         uuid NOT NULL,
    tool            text NOT NULL CHECK (length(tool) BETWEEN 1 AND 64),
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    arguments       jsonb NOT NULL,
    -- NULL while the action runs; what it returned once it is done.
    result          jsonb,
    created_at      timestamptz NOT NULL,
    UNIQUE (org_id, api_key_id, tool, idempotency_key),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);
CREATE INDEX agent_actions_org ON agent_actions (org_id, id);

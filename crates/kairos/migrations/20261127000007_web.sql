-- The web app's accounts: people who log in (each is a host of one organisation), their
-- server-side sessions, and failed log-in attempts for rate limiting.

CREATE TABLE users (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    host_id         uuid NOT NULL,
    email           text NOT NULL CHECK (email = lower(email)),
    password_hash   text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE,
    CONSTRAINT users_email_unique UNIQUE (email)
);

-- A session is known by the SHA-256 of its cookie value; anonymous sessions (no user) carry
-- the CSRF token of forms shown before logging in.
CREATE TABLE web_sessions (
    id_hash     bytea PRIMARY KEY,
    user_id     uuid REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at);
CREATE INDEX web_sessions_user_id ON web_sessions (user_id);

CREATE TABLE login_failures (
    email       text NOT NULL,
    client      text NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_key ON login_failures (email, client, failed_at);

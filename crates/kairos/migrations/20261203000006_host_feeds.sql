-- Each host's secret ICS feed of their Kairos bookings ("a feed out"): at most one per host. The
-- feed's token is its only credential and is shown once; only its SHA-256 is kept (the token is
-- 256 random bits, so a fast hash is enough, as for API keys). Creating the feed again replaces
-- the row, so the old address stops working; deleting it revokes the feed. Not exported: an
-- imported organisation's hosts make new feeds.
CREATE TABLE host_feeds (
    org_id           uuid NOT NULL,
    host_id          uuid PRIMARY KEY,
    token_hash       bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    -- Whether the feed shows the host's planned blocks (tasks, habits, focus time) as busy.
    include_planned  boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    FOREIGN KEY (org_id, host_id) REFERENCES hosts (org_id, id) ON DELETE CASCADE
);

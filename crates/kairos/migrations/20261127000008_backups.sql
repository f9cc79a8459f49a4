-- The last successful backup runs, written by `kairos backup create|verify` and the scheduled
-- backup job. Kept in the database (not in one process's memory) so every instance's /metrics
-- reports the same `kairos_backup_last_success_timestamp_seconds`, whichever process ran it.
CREATE TABLE backup_runs (
    kind         text NOT NULL CHECK (kind IN ('create', 'verify')),
    backup       text NOT NULL,
    finished_at  timestamptz NOT NULL DEFAULT now(),
    seconds      double precision NOT NULL CHECK (seconds >= 0),
    PRIMARY KEY (kind, backup)
);
CREATE INDEX backup_runs_finished ON backup_runs (kind, finished_at DESC);

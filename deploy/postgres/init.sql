-- Runs once, when the compose stack's PostgreSQL volume is created.
-- Through PgBouncer in transaction mode Kairos's per-connection `statement_timeout` startup
-- option is dropped (ignore_startup_parameters), so the role carries the same bound.
ALTER ROLE kairos SET statement_timeout = '5s';

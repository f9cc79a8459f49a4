-- Runs once, when the compose stack's PostgreSQL volume is created.
-- Through PgBouncer in transaction mode Kairos's per-connection start-up options are dropped
-- (ignore_startup_parameters), so the role carries them: the same `statement_timeout` bound,
-- and statements planned once per connection (docs/scaling.md, "The booking transaction").
ALTER ROLE kairos SET statement_timeout = '5s';
ALTER ROLE kairos SET plan_cache_mode = force_generic_plan;

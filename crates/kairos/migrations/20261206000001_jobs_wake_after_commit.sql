-- A NOTIFY holds a database-wide lock from the start of its transaction's commit to the end,
-- WAL flush included, so transactions that queue jobs commit one at a time: at 16 concurrent
-- bookings that cost a quarter of the booking SQL's throughput. A transaction that will wake
-- the workers itself once it has committed (`SELECT pg_notify(...)` on its own, a statement
-- that writes nothing and so flushes nothing) says so with the transaction-local setting
-- `kairos.wake_after_commit`, and the trigger leaves it out. Every other write path keeps the
-- trigger's wake-up, so none can forget it.
CREATE OR REPLACE FUNCTION jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('kairos.wake_after_commit', true), '') <> 'on' THEN
        PERFORM pg_notify('kairos_jobs', '');
    END IF;
    RETURN NULL;
END
$$;

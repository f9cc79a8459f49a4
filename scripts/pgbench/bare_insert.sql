-- pgbench reference (not the service's SQL): the floor of a booking — one row into a table
-- with the same exclusion constraint as booking_hosts (no two active reservations of a host
-- overlap), in a transaction of its own, nothing else: no lookup, no locks, no outbox.
-- scripts/booking-bench.sh creates the table (bare_reservations) beside Kairos's and compares
-- the booking transaction with this.
--
-- Each transaction reserves its own 15-minute slot of one of the fixture's hosts, numbered as
-- in book.sql (per client, from 2100 on), so it never trips the constraint.
--
-- Variables (pgbench -D): event_types = how many hosts, clients = pgbench's -c, k = 0,
-- series = a number of its own per run against the same database (below 5,000).
-- Run with -M prepared.
\set n random(0, :event_types - 1)
\set k :k + 1
\set slot :series * 1000000 + :k * :clients + :client_id
INSERT INTO bare_reservations (host_id, during)
VALUES (md5('host-' || :n)::uuid,
        tstzrange('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes',
                  '2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes'));

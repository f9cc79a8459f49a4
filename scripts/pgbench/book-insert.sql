-- pgbench: the writes of one booking as Kairos makes them: the public link's lookup
-- (crates/kairos/src/store/event_types.rs `resolve_public`), then in one transaction the
-- event type's shared lock, which also reads its hosts (`lock`), and the booking, its invitee
-- and its host reservation in one statement (store/bookings.rs `insert`). `book.sql` adds the
-- rest of a booking transaction (host lock, calendar reads, read-back).
--
-- Each transaction books its own 15-minute slot, numbered from a per-client counter (pgbench
-- keeps a client's variables between transactions) so that no two ever overlap, from 2100 on,
-- long after any slot the load test books: it never trips the exclusion constraint (pgbench
-- would stop the client on the first error).
--
-- Variables (pgbench -D): org = the organisation slug of a kairos-load fixture,
-- event_types = how many `meet-N` event types it has, clients = pgbench's -c, k = 0, and
-- series = a number of its own per run against the same database. Run with -M prepared.
\set n random(0, :event_types - 1)
\set k :k + 1
\set slot :series * 100000000 + :k * :clients + :client_id
SELECT e.org_id, e.id AS event_type_id FROM event_types e JOIN organizations o ON o.id = e.org_id
 WHERE o.slug = :org AND e.slug = 'meet-' || :n \gset
BEGIN;
SELECT id, org_id, slug, title, description, kind, duration_minutes, slot_step_minutes, location,
       buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_per_day,
       ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
       created_at, updated_at
  FROM event_types e WHERE org_id = :org_id AND id = :event_type_id FOR SHARE \gset
WITH booking AS (
    INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes)
    VALUES (gen_random_uuid(), md5(random()::text), :org_id, :event_type_id, 'confirmed',
            '2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes',
            '2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes', '')
    RETURNING id, starts_at, ends_at),
 invitee AS (
    INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
    SELECT id, 0, 'invitee', 'Pgbench invitee', 'pgbench@load.example', 'Europe/Lisbon' FROM booking)
INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
SELECT booking.id, host, :org_id, tstzrange(booking.starts_at, booking.ends_at)
  FROM booking, UNNEST(:hosts::uuid[]) AS host;
END;

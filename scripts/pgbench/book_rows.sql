-- pgbench reference (not the service's SQL): the floor of a booking's writes — the five rows a
-- booking adds (the booking, its invitee, its host reservation under the exclusion constraint,
-- its domain event and its fan-out job, with every index, foreign key and trigger of the
-- schema) in one statement and one commit of their own: no lock, no calendar read, no round
-- trip but this one. The values are computed in the statement (the event type found by its
-- slug, as book.sql's first statement does; the event's JSON the size and shape of the real
-- one; the ids time-ordered like Kairos's UUIDv7). The insert tells the queue's trigger to leave
-- its NOTIFY out, as the service's does; the wake-up the service sends after the commit is left
-- out too, so its throughput is, if anything, a little above what the rows alone allow.
-- scripts/booking-bench.sh compares it with bare_insert.sql (one row, the floor of any
-- booking) and book.sql (the whole booking): what the rows cost, and what the rest adds.
--
-- Each transaction books its own 15-minute slot, numbered as in book.sql (per client, from 2100
-- on), so it never trips the constraint.
--
-- Variables (pgbench -D): org, event_types, clients, k = 0 and series, as for book.sql.
-- Run with -M prepared.
\set n random(0, :event_types - 1)
\set k :k + 1
\set slot :series * 1000000 + :k * :clients + :client_id
WITH v AS (
       SELECT e.id AS event_type_id, e.org_id,
              (SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position LIMIT 1) AS host_id,
              (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS booking_id,
              (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS event_id,
              (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS job_id, now() AS occurred_at,
              '2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes' AS starts_at,
              '2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes' AS ends_at
       FROM event_types e JOIN organizations o ON o.id = e.org_id
       WHERE o.slug = :org AND e.slug = 'meet-' || :n),
     booking AS (
       INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes, created_at, updated_at)
       SELECT booking_id, md5(booking_id::text), org_id, event_type_id, 'confirmed', starts_at, ends_at, '', occurred_at, occurred_at
       FROM v),
     invitee AS (
       INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
       SELECT booking_id, 0, 'invitee', 'Pgbench invitee', 'pgbench@load.example', 'Europe/Lisbon' FROM v),
     reserved AS (
       INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
       SELECT booking_id, host_id, org_id, tstzrange(starts_at, ends_at) FROM v),
     event AS (
       INSERT INTO domain_events (id, org_id, kind, booking_id, payload, occurred_at)
       SELECT event_id, org_id, 'booking.created', booking_id,
              jsonb_build_object('id', 'evn_' || replace(event_id::text, '-', ''), 'type', 'booking.created',
                  'org_id', 'org_' || replace(org_id::text, '-', ''), 'timestamp', occurred_at,
                  'data', jsonb_build_object('id', 'bkg_' || replace(booking_id::text, '-', ''),
                      'uid', md5(booking_id::text), 'event_type_id', 'evt_' || replace(event_type_id::text, '-', ''),
                      'status', 'confirmed', 'start', starts_at, 'end', ends_at,
                      'hosts', jsonb_build_array('hst_' || replace(host_id::text, '-', '')),
                      'invitee', jsonb_build_object('name', 'Pgbench invitee', 'email', 'pgbench@load.example',
                                                    'time_zone', 'Europe/Lisbon'),
                      'notes', '', 'sequence', 0, 'cancel_reason', NULL::text, 'cancelled_by', NULL::text,
                      'cancelled_at', NULL::timestamptz, 'created_at', occurred_at, 'updated_at', occurred_at)),
              occurred_at
       FROM v)
INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
SELECT job_id, 'event.fanout', 1,
       jsonb_build_object('event_id', 'evn_' || replace(event_id::text, '-', ''), 'reminder_minutes', jsonb_build_array(1440, 60)),
       20, occurred_at, 25, concat_ws(':', 'fanout', 'evn_' || replace(event_id::text, '-', '')), booking_id
FROM v
WHERE set_config('kairos.wake_after_commit', 'on', true) = 'on'
ON CONFLICT (unique_key) DO NOTHING;

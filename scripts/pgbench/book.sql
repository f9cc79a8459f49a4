-- pgbench: a whole booking transaction as Kairos runs it (crates/kairos/src/app/bookings.rs
-- `book`): the public link's lookup (store/event_types.rs `resolve_public`), then in one
-- transaction the event type's shared lock with its hosts (`lock`), the hosts' advisory locks
-- (store/bookings.rs `lock_hosts`), the hosts' calendars around the slot (store/availability.rs
-- `load`, store/bookings.rs `busy_times`, as app/slots.rs `calendars` asks for them), the
-- booking in one statement (`insert`) and the booking read back for the answer (`get`). Kairos
-- also checks the slot in Rust between the reads and the writes; pgbench only runs the SQL.
--
-- Each transaction books its own 15-minute slot, numbered from a per-client counter (pgbench
-- keeps a client's variables between transactions) so that no two ever overlap, from 2100 on,
-- long after any slot the load test books: it never trips the exclusion constraint.
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
SELECT '2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes' AS starts_at,
       '2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes' AS ends_at \gset
SELECT pg_advisory_xact_lock(hashtextextended(host::text, 7411)) FROM UNNEST(:hosts::uuid[]) AS host;
SELECT s.host_id, s.time_zone, s.weekly,
       coalesce((SELECT jsonb_agg(jsonb_build_object('date', o.date, 'spans', o.spans) ORDER BY o.date)
                 FROM availability_overrides o
                 WHERE o.host_id = s.host_id
                   AND ((:starts_at::timestamptz - interval '2 days')::date IS NULL
                        OR o.date >= (:starts_at::timestamptz - interval '2 days')::date)
                   AND ((:ends_at::timestamptz + interval '2 days 15 minutes')::date IS NULL
                        OR o.date <= (:ends_at::timestamptz + interval '2 days 15 minutes')::date)), '[]'::jsonb) AS overrides
  FROM availability_schedules s
 WHERE s.org_id = :org_id AND s.host_id = ANY(:hosts::uuid[]);
SELECT bh.host_id AS host, lower(bh.during) AS start, upper(bh.during) AS "end", (b.event_type_id = :event_type_id) AS same_type
  FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
 WHERE bh.org_id = :org_id AND bh.host_id = ANY(:hosts::uuid[]) AND bh.active
   AND bh.during && tstzrange(:starts_at::timestamptz - interval '2 days', :ends_at::timestamptz + interval '2 days 15 minutes')
   AND (NULL::uuid IS NULL OR bh.booking_id <> NULL::uuid)
UNION ALL
SELECT host_id, lower(during), upper(during), false
  FROM busy_blocks
 WHERE org_id = :org_id AND host_id = ANY(:hosts::uuid[])
   AND during && tstzrange(:starts_at::timestamptz - interval '2 days', :ends_at::timestamptz + interval '2 days 15 minutes');
WITH booking AS (
    INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes)
    VALUES (gen_random_uuid(), md5(random()::text), :org_id, :event_type_id, 'confirmed', :starts_at, :ends_at, '')
    RETURNING id),
 invitee AS (
    INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
    SELECT id, 0, 'invitee', 'Pgbench invitee', 'pgbench@load.example', 'Europe/Lisbon' FROM booking)
INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
SELECT booking.id, host, :org_id, tstzrange(:starts_at, :ends_at) FROM booking, UNNEST(:hosts::uuid[]) AS host
RETURNING booking_id \gset
SELECT b.id, b.uid, b.event_type_id, b.status, b.starts_at, b.ends_at, b.notes, b.sequence,
       b.cancel_reason, b.cancelled_by, b.cancelled_at, b.created_at, b.updated_at,
       a.name AS invitee_name, a.email AS invitee_email, a.time_zone AS invitee_time_zone,
       ARRAY(SELECT host_id FROM booking_hosts bh WHERE bh.booking_id = b.id ORDER BY host_id) AS hosts
  FROM bookings b JOIN attendees a ON a.booking_id = b.id AND a.role = 'invitee'
 WHERE b.org_id = :org_id AND b.id = :booking_id;
END;

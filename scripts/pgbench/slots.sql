-- pgbench: the SQL of one slot listing as Kairos runs it (crates/kairos/src/app/slots.rs
-- `list`): the event type behind the public link in one query (store/event_types.rs
-- `get_public`), then the host's calendar for one day with two days of margin on each side:
-- the availability load (store/availability.rs `load`) and the busy times (store/bookings.rs
-- `busy_times`). Kairos computes the slots from these rows in Rust.
--
-- The day is random within the next 50 days, as kairos-load's virtual users pick it, so the
-- busy-time query finds the bookings the load test made.
--
-- Variables (pgbench -D): org = the organisation slug of a kairos-load fixture,
-- event_types = how many `meet-N` event types it has. Run with -M prepared.
\set n random(0, :event_types - 1)
\set day random(1, 50)
SELECT e.id AS event_type_id, e.org_id, e.slug, e.title, e.description, e.kind, e.duration_minutes, e.slot_step_minutes,
       e.location, e.buffer_before_minutes, e.buffer_after_minutes, e.min_notice_minutes, e.horizon_days,
       e.max_per_day,
       ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
       e.created_at, e.updated_at
  FROM event_types e JOIN organizations o ON o.id = e.org_id
 WHERE o.slug = :org AND e.slug = 'meet-' || :n \gset
SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + :day * interval '1 day' AS range_start \gset
SELECT s.host_id, s.time_zone, s.weekly,
       coalesce((SELECT jsonb_agg(jsonb_build_object('date', o.date, 'spans', o.spans) ORDER BY o.date)
                 FROM availability_overrides o
                 WHERE o.host_id = s.host_id
                   AND ((:range_start::timestamptz - interval '2 days')::date IS NULL
                        OR o.date >= (:range_start::timestamptz - interval '2 days')::date)
                   AND ((:range_start::timestamptz + interval '3 days 15 minutes')::date IS NULL
                        OR o.date <= (:range_start::timestamptz + interval '3 days 15 minutes')::date)), '[]'::jsonb) AS overrides
  FROM availability_schedules s
 WHERE s.org_id = :org_id AND s.host_id = ANY(:hosts::uuid[]);
SELECT bh.host_id AS host, lower(bh.during) AS start, upper(bh.during) AS "end", (b.event_type_id = :event_type_id) AS same_type
  FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
 WHERE bh.org_id = :org_id AND bh.host_id = ANY(:hosts::uuid[]) AND bh.active
   AND bh.during && tstzrange(:range_start::timestamptz - interval '2 days', :range_start::timestamptz + interval '3 days 15 minutes')
   AND (NULL::uuid IS NULL OR bh.booking_id <> NULL::uuid)
UNION ALL
SELECT host_id, lower(during), upper(during), false
  FROM busy_blocks
 WHERE org_id = :org_id AND host_id = ANY(:hosts::uuid[])
   AND during && tstzrange(:range_start::timestamptz - interval '2 days', :range_start::timestamptz + interval '3 days 15 minutes');

-- pgbench: the SQL of one slot listing as Kairos runs it (crates/kairos/src/app/slots.rs
-- `list`) on one connection: the event type behind the public link (store/event_types.rs
-- `get_public`), then its hosts' calendars for one day with two days of margin on each side in
-- one statement (store/calendars.rs `load`). Kairos computes the slots from these rows in Rust.
--
-- A statement after a `-- kairos: <file> <function>` line is the service's own SQL, copied
-- with `$n` written as `:name` (or `NULL` where Kairos binds none: pgbench cannot bind one)
-- and sqlx's column overrides (`AS "name!"`) as plain names; a test
-- (crates/kairos/tests/pgbench_sql.rs) checks that each one is still that function's SQL.
-- Statements without such a line only compute values that the service computes in Rust.
--
-- One extra statement computes the window, which Kairos computes in Rust (no table access).
-- The day is random within the next 50 days, as kairos-load's virtual users pick it, so the
-- calendar read finds the bookings the load test made.
--
-- Variables (pgbench -D): org = the organisation slug of a kairos-load fixture,
-- event_types = how many `meet-N` event types it has. Run with -M prepared.
\set n random(0, :event_types - 1)
\set day random(1, 50)
SELECT 'meet-' || :n AS slug,
       tstzrange((date_trunc('day', now() AT TIME ZONE 'UTC') + (:day - 2) * interval '1 day') AT TIME ZONE 'UTC',
                 (date_trunc('day', now() AT TIME ZONE 'UTC') + (:day + 3) * interval '1 day' + interval '15 minutes') AT TIME ZONE 'UTC') AS calendar_window,
       (date_trunc('day', now() AT TIME ZONE 'UTC') + (:day - 2) * interval '1 day')::date AS first_day,
       (date_trunc('day', now() AT TIME ZONE 'UTC') + (:day + 3) * interval '1 day' + interval '15 minutes')::date AS last_day \gset
-- kairos: crates/kairos/src/store/event_types.rs get_public
SELECT e.id AS id, e.org_id AS org_id, e.slug, e.title, e.description, e.kind, e.duration_minutes, e.slot_step_minutes,
       e.location, e.buffer_before_minutes, e.buffer_after_minutes, e.min_notice_minutes, e.horizon_days,
       e.max_per_day, e.reminder_minutes,
       ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
       e.created_at, e.updated_at
FROM event_types e JOIN organizations o ON o.id = e.org_id
WHERE o.slug = :org AND e.slug = :slug \gset
-- kairos: crates/kairos/src/store/calendars.rs load
SELECT h.host_id AS host_id, s.time_zone AS time_zone, s.weekly AS weekly,
       coalesce((SELECT jsonb_agg(jsonb_build_object('date', o.date, 'spans', o.spans) ORDER BY o.date)
                 FROM availability_overrides o
                 WHERE o.host_id = s.host_id AND o.date >= :first_day AND o.date <= :last_day), '[]'::jsonb) AS overrides,
       busy.starts AS busy_starts, busy.ends AS busy_ends, busy.own AS busy_own
FROM unnest(:hosts::uuid[]) WITH ORDINALITY AS h(host_id, position)
LEFT JOIN availability_schedules s ON s.host_id = h.host_id AND s.org_id = :org_id
CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(t.starts_at), '{}') AS starts, coalesce(array_agg(t.ends_at), '{}') AS ends,
           coalesce(array_agg(t.own), '{}') AS own
    FROM (SELECT lower(bh.during) AS starts_at, upper(bh.during) AS ends_at, b.event_type_id = :id AS own
          FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
          WHERE bh.org_id = :org_id AND bh.host_id = h.host_id AND bh.active AND bh.during && :calendar_window
            AND (NULL::uuid IS NULL OR bh.booking_id <> NULL)
          UNION ALL
          SELECT lower(during), upper(during), false
          FROM busy_blocks
          WHERE org_id = :org_id AND host_id = h.host_id AND during && :calendar_window
          UNION ALL
          SELECT lower(eb.during), upper(eb.during), false
          FROM calendar_sources cs JOIN external_busy eb ON eb.source_id = cs.id
          WHERE cs.org_id = :org_id AND cs.host_id = h.host_id AND cs.blocking AND eb.during && :calendar_window
          UNION ALL
          SELECT lower(pb.during), upper(pb.during), false
          FROM planned_blocks pb JOIN planner_settings ps ON ps.host_id = pb.host_id
          WHERE pb.org_id = :org_id AND pb.host_id = h.host_id AND ps.planned_blocks_busy
            AND pb.during && :calendar_window) AS t) AS busy
ORDER BY h.position;

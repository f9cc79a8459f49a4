-- pgbench: the optimistic booking designed in docs/scaling.md ("The booking transaction"), a
-- design measured before building it — not the service's booking. Its calendar read is the
-- service's statement (marked, and checked like book.sql's by crates/kairos/tests/pgbench_sql.rs,
-- so the comparison cannot drift); the other statements are the design's own. The reads run outside a transaction
-- (the event type with its row version and its hosts' calendar versions, then the calendars, as
-- in book.sql), the values Kairos computes in Rust as in book.sql, then one write statement in a
-- transaction of its own: it takes the hosts' advisory locks, locks their calendar-version rows
-- (FOR UPDATE reads the newest committed version whatever the statement's snapshot), checks that
-- neither those versions nor the event type's row moved since the reads, and only then inserts
-- the booking, its invitee, its host reservations, the domain event and its fan-out job. Two
-- round trips of reading and one of writing, against six in book.sql. scripts/booking-bench.sh runs it
-- beside book.sql and the bare insert. Variables and slot numbering as in book.sql.
\set n random(0, :event_types - 1)
\set k :k + 1
\set slot :series * 1000000 + :k * :clients + :client_id
SELECT 'meet-' || :n AS slug, ('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') AS starts_at, ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') AS ends_at, tstzrange(('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes'), ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes')) AS during,
       tstzrange(('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') - interval '2 days', ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') + interval '2 days 15 minutes') AS calendar_window,
       ((('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') - interval '2 days') AT TIME ZONE 'UTC')::date AS first_day,
       ((('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') + interval '2 days 15 minutes') AT TIME ZONE 'UTC')::date AS last_day,
       (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS booking_id, md5(random()::text) AS uid, '' AS notes,
       'Pgbench invitee' AS invitee_name, 'pgbench@load.example' AS invitee_email,
       'Europe/Lisbon' AS invitee_time_zone,
       (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS event_id, now() AS occurred_at,
       ARRAY[(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid]::text AS job_ids \gset
SELECT e.id AS id, e.org_id AS org_id, e.kind AS kind, e.duration_minutes AS duration_minutes,
       ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
       e.xmin::text AS et_version,
       coalesce((SELECT string_agg(coalesce(v.version, 0)::text, ',' ORDER BY h.position)
                 FROM event_type_hosts h LEFT JOIN calendar_versions v ON v.host_id = h.host_id
                 WHERE h.event_type_id = e.id), '') AS versions
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
-- The domain event (the booking as JSON, as Kairos serializes it) and its one job, the fan-out,
-- carrying the event type's two default reminders, with its payload and unique key (spelled
-- with concat_ws: pgbench reads a colon followed by a word as a variable, even inside a literal).
SELECT jsonb_build_object('id', 'evn_' || replace(:event_id::text, '-', ''), 'type', 'booking.created',
           'org_id', 'org_' || replace(:org_id::text, '-', ''), 'timestamp', :occurred_at::timestamptz,
           'data', jsonb_build_object('id', 'bkg_' || replace(:booking_id::text, '-', ''), 'uid', :uid::text,
               'event_type_id', 'evt_' || replace(:id::text, '-', ''), 'status', 'confirmed',
               'start', :starts_at::timestamptz, 'end', :ends_at::timestamptz,
               'hosts', jsonb_build_array('hst_' || replace((:hosts::uuid[])[1]::text, '-', '')),
               'invitee', jsonb_build_object('name', :invitee_name::text, 'email', :invitee_email::text,
                                             'time_zone', :invitee_time_zone::text),
               'notes', :notes::text, 'sequence', 0, 'cancel_reason', NULL::text, 'cancelled_by', NULL::text,
               'cancelled_at', NULL::timestamptz, 'created_at', now(),
               'updated_at', now())) AS event_payload,
       ARRAY[jsonb_build_object('event_id', 'evn_' || replace(:event_id::text, '-', ''),
                                 'reminder_minutes', jsonb_build_array(1440, 60))]::text AS job_payloads,
       ARRAY[now()]::text AS job_run_ats,
       ARRAY[concat_ws(':', 'fanout', 'evn_' || replace(:event_id::text, '-', ''))]::text AS job_keys,
       ARRAY[:booking_id::uuid]::text AS job_subjects,
       'booking.created' AS event_kind, '{event.fanout}' AS job_kinds,
       '{1}' AS job_versions, '{20}' AS job_priorities, '{25}' AS job_max_attempts \gset
WITH locks AS (
    SELECT count(pg_advisory_xact_lock(hashtextextended(host::text, 7411))) AS n
    FROM (SELECT DISTINCT host FROM unnest(:hosts::uuid[]) AS host ORDER BY host) AS sorted),
locked AS (
    SELECT v.host_id, v.version FROM calendar_versions v
    WHERE v.host_id = ANY(:hosts::uuid[]) AND (SELECT n FROM locks) >= 0
    FOR UPDATE),
rules AS (
    SELECT 1 FROM event_types WHERE id = :id AND xmin::text = :et_version FOR SHARE),
ok AS (
    SELECT EXISTS (SELECT 1 FROM rules)
       AND coalesce((SELECT string_agg(l.version::text, ',' ORDER BY array_position(:hosts::uuid[], l.host_id)) FROM locked l), '') = :versions AS ok),
booking AS (
  INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes)
  SELECT :booking_id, :uid, :org_id, :id, 'confirmed', :starts_at, :ends_at, :notes WHERE (SELECT ok FROM ok)
  RETURNING id, starts_at, ends_at, sequence, created_at, updated_at),
invitee AS (
  INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
  SELECT id, 0, 'invitee', :invitee_name, :invitee_email, :invitee_time_zone FROM booking),
reserved AS (
  INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
  SELECT booking.id, host, :org_id, :during FROM booking, UNNEST(:hosts::uuid[]) AS host),
event AS (
  INSERT INTO domain_events (id, org_id, kind, booking_id, payload, occurred_at)
  SELECT :event_id, :org_id, :event_kind, id, :event_payload, :occurred_at FROM booking),
queued AS (
  INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
  SELECT * FROM unnest(:job_ids::uuid[], :job_kinds::text[], :job_versions::int2[], :job_payloads::jsonb[],
                       :job_priorities::int2[], :job_run_ats::timestamptz[], :job_max_attempts::int4[],
                       :job_keys::text[], :job_subjects::uuid[])
  WHERE EXISTS (SELECT 1 FROM booking)
  ON CONFLICT (unique_key) DO NOTHING)
SELECT (SELECT ok FROM ok) AS ok \gset

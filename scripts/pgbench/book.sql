-- pgbench: a whole booking transaction as Kairos runs it (crates/kairos/src/app/bookings.rs
-- `book`, without an Idempotency-Key, on a single-host event type): in one transaction the
-- statement that opens the decision (the public link's event type, share-locked, then its
-- hosts' advisory locks), the hosts' calendars around the slot in one statement, and the
-- booking, its invitee, its host reservation and the outbox — the domain event with its
-- fan-out job, which queues the notifications and the reminders once it runs, after the
-- commit — in one statement; then, after the commit, the statement that wakes the workers (the
-- insert tells the queue's trigger to leave its NOTIFY out, so the commit waits for no other
-- notifying one). Kairos also checks the slot in Rust between the read and the insert;
-- pgbench only runs the SQL.
--
-- A statement after a `-- kairos: <file> <function>` line is the service's own SQL, copied
-- with `$n` written as `:name` (or `NULL` where Kairos binds none: pgbench cannot bind one)
-- and sqlx's column overrides (`AS "name!"`) as plain names; a test
-- (crates/kairos/tests/pgbench_sql.rs) checks that each one is still that function's SQL.
-- Statements without such a line only compute values that the service computes in Rust.
--
-- Two extra statements per transaction compute what Kairos computes in Rust — the slot's
-- instants and the calendar window, then the event's JSON — with no table access; `pgbench -r`
-- shows their share of the time, which the service does not spend on round trips.
--
-- Ids are time-ordered like Kairos's (UUIDv7: the millisecond, then random bits), so the
-- primary keys grow at their right edge as they do in the service rather than at random pages.
-- Kairos plans each statement once per connection (plan_cache_mode = force_generic_plan, see
-- crates/kairos/src/store/mod.rs): run pgbench with PGOPTIONS='-c plan_cache_mode=force_generic_plan'
-- to measure the same SQL the same way (scripts/booking-bench.sh also runs it without).
--
-- Each transaction books its own 15-minute slot, numbered from a per-client counter (pgbench
-- keeps a client's variables between transactions) so that no two ever overlap, from 2100 on,
-- long after any slot the load test books: it never trips the exclusion constraint.
--
-- Variables (pgbench -D): org = the organisation slug of a kairos-load fixture,
-- event_types = how many `meet-N` event types it has, clients = pgbench's -c, k = 0, and
-- series = a number of its own per run against the same database (below 5,000). Run with -M prepared.
\set n random(0, :event_types - 1)
\set k :k + 1
\set slot :series * 1000000 + :k * :clients + :client_id
BEGIN;
SELECT 'meet-' || :n AS slug, ('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') AS starts_at, ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') AS ends_at, tstzrange(('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes'), ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes')) AS during,
       tstzrange(('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') - interval '2 days', ('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') + interval '2 days 15 minutes') AS calendar_window,
       ((('2100-01-01T00:00:00Z'::timestamptz + :slot::float8 * interval '15 minutes') - interval '2 days') AT TIME ZONE 'UTC')::date AS first_day,
       ((('2100-01-01T00:00:00Z'::timestamptz + (:slot::float8 + 1) * interval '15 minutes') + interval '2 days 15 minutes') AT TIME ZONE 'UTC')::date AS last_day,
       (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS booking_id, md5(random()::text) AS uid, '' AS notes,
       'Pgbench invitee' AS invitee_name, 'pgbench@load.example' AS invitee_email,
       'Europe/Lisbon' AS invitee_time_zone,
       (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS event_id, now() AS occurred_at,
       ARRAY[(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid]::text AS job_ids \gset
-- kairos: crates/kairos/src/store/event_types.rs lock_public_for_booking
WITH e AS (
    SELECT e.id, e.org_id, e.slug, e.title, e.description, e.kind, e.duration_minutes, e.slot_step_minutes,
           e.location, e.buffer_before_minutes, e.buffer_after_minutes, e.min_notice_minutes,
           e.horizon_days, e.max_per_day, e.reminder_minutes,
           ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
           e.created_at, e.updated_at
    FROM event_types e JOIN organizations o ON o.id = e.org_id
    WHERE o.slug = :org AND e.slug = :slug
    FOR SHARE OF e)
SELECT e.id AS id, e.org_id AS org_id, e.slug AS slug, e.title AS title,
       e.description AS description, e.kind AS kind, e.duration_minutes AS duration_minutes,
       e.slot_step_minutes AS slot_step_minutes, e.location AS location,
       e.buffer_before_minutes AS buffer_before_minutes, e.buffer_after_minutes AS buffer_after_minutes,
       e.min_notice_minutes AS min_notice_minutes, e.horizon_days AS horizon_days,
       e.max_per_day AS max_per_day, e.reminder_minutes AS reminder_minutes, e.hosts AS hosts,
       e.created_at AS created_at,
       e.updated_at AS updated_at,
       (SELECT count(pg_advisory_xact_lock(hashtextextended(host::text, 7411)))
        FROM (SELECT DISTINCT host FROM unnest(e.hosts) AS host ORDER BY host) AS sorted) AS host_locks
FROM e \gset
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
               'cancelled_at', NULL::timestamptz, 'created_at', :occurred_at::timestamptz,
               'updated_at', :occurred_at::timestamptz)) AS event_payload,
       ARRAY[jsonb_build_object('event_id', 'evn_' || replace(:event_id::text, '-', ''),
                                 'reminder_minutes', jsonb_build_array(1440, 60))]::text AS job_payloads,
       ARRAY[now()]::text AS job_run_ats,
       ARRAY[concat_ws(':', 'fanout', 'evn_' || replace(:event_id::text, '-', ''))]::text AS job_keys,
       ARRAY[:booking_id::uuid]::text AS job_subjects,
       'booking.created' AS event_kind, '{event.fanout}' AS job_kinds, true AS wake_after_commit,
       '{1}' AS job_versions, '{20}' AS job_priorities, '{25}' AS job_max_attempts \gset
-- kairos: crates/kairos/src/store/bookings.rs insert
WITH booking AS (
       INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes, created_at, updated_at)
       VALUES (:booking_id, :uid, :org_id, :id, 'confirmed', :starts_at, :ends_at, :notes, :occurred_at, :occurred_at)
       RETURNING id),
     invitee AS (
       INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
       SELECT id, 0, 'invitee', :invitee_name, :invitee_email, :invitee_time_zone FROM booking),
     reserved AS (
       INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
       SELECT booking.id, host, :org_id, :during FROM booking, UNNEST(:hosts::uuid[]) AS host),
     event AS (
       INSERT INTO domain_events (id, org_id, kind, booking_id, payload, occurred_at)
       SELECT :event_id, :org_id, :event_kind, id, :event_payload, :occurred_at FROM booking)
INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
SELECT * FROM unnest(:job_ids::uuid[], :job_kinds::text[], :job_versions::int2[], :job_payloads::jsonb[],
                     :job_priorities::int2[], :job_run_ats::timestamptz[], :job_max_attempts::int4[],
                     :job_keys::text[], :job_subjects::uuid[])
WHERE CASE WHEN :wake_after_commit THEN set_config('kairos.wake_after_commit', 'on', true) = 'on' ELSE true END
ON CONFLICT (unique_key) DO NOTHING;
END;
-- The workers woken once the booking has committed (Kairos sends it without waiting for it).
-- kairos: crates/kairos/src/store/jobs.rs wake
SELECT pg_notify('kairos_jobs', '');

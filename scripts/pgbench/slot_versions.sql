-- pgbench: the one statement a slot-cache hit costs in PostgreSQL (crates/kairos/src/state/
-- slot_cache.rs `list`): the versions behind a public link (store/calendars.rs
-- `slot_versions`). Everything else a hit does is one Redis read and sending the stored body.
--
-- A statement after a `-- kairos: <file> <function>` line is the service's own SQL, copied
-- with `$n` written as `:name` and sqlx's column overrides (`AS "name!"`) as plain names; a
-- test (crates/kairos/tests/pgbench_sql.rs) checks that it is still that function's SQL.
--
-- Variables (pgbench -D): org = the organisation slug of a kairos-load fixture,
-- event_types = how many `meet-N` event types it has. Run with -M prepared.
\set n random(0, :event_types - 1)
SELECT 'meet-' || :n AS slug \gset
-- kairos: crates/kairos/src/store/calendars.rs slot_versions
SELECT e.xmin::text || '/' || coalesce(
           (SELECT string_agg(h.host_id::text || '=' || coalesce(v.version, 0), ',' ORDER BY h.position)
            FROM event_type_hosts h LEFT JOIN calendar_versions v ON v.host_id = h.host_id
            WHERE h.event_type_id = e.id), '') AS versions
FROM event_types e JOIN organizations o ON o.id = e.org_id
WHERE o.slug = :org AND e.slug = :slug;

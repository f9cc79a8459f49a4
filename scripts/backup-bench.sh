#!/usr/bin/env bash
# Backup and restore of a database with a million bookings, with the real `kairos backup`:
# builds the data with generate_series in a scratch database, then times `backup create`,
# `backup restore --jobs 2` into a second scratch database, and `backup verify --jobs 2`, and
# prints the figures for BENCHMARKS.md. Both databases are dropped at the end.
#
#   scripts/backup-bench.sh              # 1,000,000 bookings (about 10 minutes on 2 cores)
#   BOOKINGS=100000 scripts/backup-bench.sh
#   BENCH_KAIROS_BIN=target/debug/kairos scripts/backup-bench.sh   # skip the release build
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

BOOKINGS=${BOOKINGS:-1000000}
HOSTS=${HOSTS:-200}
JOBS=${JOBS:-2}
PG=${BENCH_PG:-postgres://kairos_test:kairos_test@127.0.0.1:5432}
SOURCE=kairos_backup_bench
RESTORED=kairos_backup_bench_restored

ensure_test_database
ensure_pg_client
if [ -n "${BENCH_KAIROS_BIN:-}" ]; then
  KAIROS=$BENCH_KAIROS_BIN
else
  export SQLX_OFFLINE=true
  cargo build --release --locked -p kairos >&2
  TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  KAIROS=$TARGET_DIR/release/kairos
fi
WORK=$(mktemp -d)
cleanup() {
  psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $SOURCE WITH (FORCE)" -c "DROP DATABASE IF EXISTS $RESTORED WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
export KAIROS_LOG=warn KAIROS_BACKUP_DIR="$WORK/backups"

psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $SOURCE WITH (FORCE)" -c "DROP DATABASE IF EXISTS $RESTORED WITH (FORCE)" \
  -c "CREATE DATABASE $SOURCE" -c "CREATE DATABASE $RESTORED"
KAIROS_DATABASE_URL="$PG/$SOURCE" "$KAIROS" migrate

echo "generating $BOOKINGS bookings for $HOSTS hosts..." >&2
started=$(now)
psql -q -v ON_ERROR_STOP=1 "$PG/$SOURCE" -v bookings="$BOOKINGS" -v hosts="$HOSTS" <<'SQL'
BEGIN;
INSERT INTO organizations (id, slug, name) VALUES ('00000000-0000-7000-8000-000000000001', 'bench', 'Bench');
INSERT INTO hosts (id, org_id, name, email, time_zone)
SELECT ('00000000-0000-7000-8001-' || lpad(to_hex(h), 12, '0'))::uuid, '00000000-0000-7000-8000-000000000001',
       'Host ' || h, 'host' || h || '@bench.example', 'Europe/Berlin'
FROM generate_series(1, :hosts) AS h;
INSERT INTO event_types (id, org_id, slug, title, kind, duration_minutes, slot_step_minutes)
VALUES ('00000000-0000-7000-8002-000000000001', '00000000-0000-7000-8000-000000000001', 'intro', 'Intro', 'round_robin', 30, 30);
INSERT INTO event_type_hosts (event_type_id, host_id, org_id, position)
SELECT '00000000-0000-7000-8002-000000000001', id, org_id, row_number() OVER (ORDER BY id) FROM hosts;
-- Booking i goes to host i % hosts, in its own hour: no host is double-booked. One in ten is cancelled.
CREATE TEMP TABLE b AS
SELECT i, gen_random_uuid() AS id,
       ('00000000-0000-7000-8001-' || lpad(to_hex(i % :hosts + 1), 12, '0'))::uuid AS host_id,
       timestamptz '2026-01-05 08:00Z' + (i / :hosts) * interval '1 hour' AS starts_at,
       i % 10 = 0 AS cancelled
FROM generate_series(0, :bookings - 1) AS i;
INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes, cancelled_at, cancelled_by, created_at, updated_at)
SELECT id, md5(id::text), '00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8002-000000000001',
       CASE WHEN cancelled THEN 'cancelled' ELSE 'confirmed' END, starts_at, starts_at + interval '30 minutes',
       CASE WHEN i % 3 = 0 THEN 'Agenda: quarterly review' ELSE '' END,
       CASE WHEN cancelled THEN starts_at - interval '1 day' END, CASE WHEN cancelled THEN 'invitee' END,
       starts_at - interval '7 days', starts_at - interval '7 days'
FROM b;
INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
SELECT id, 0, 'invitee', 'Invitee ' || i, 'invitee' || i || '@example.com', 'Europe/Paris' FROM b;
INSERT INTO booking_hosts (booking_id, host_id, org_id, during, active)
SELECT id, host_id, '00000000-0000-7000-8000-000000000001', tstzrange(starts_at, starts_at + interval '30 minutes'), NOT cancelled FROM b;
COMMIT;
VACUUM ANALYZE bookings, attendees, booking_hosts, hosts, event_types, event_type_hosts;
SQL
generate_s=$(since "$started")
db_size=$(psql -At "$PG/$SOURCE" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
echo "generated in ${generate_s} s; database size $db_size" >&2

started=$(now)
KAIROS_DATABASE_URL="$PG/$SOURCE" "$KAIROS" backup create | tee "$WORK/create.txt" >&2
create_s=$(since "$started")
dump=$(ls "$WORK"/backups/*.dump)
dump_mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$dump")

started=$(now)
KAIROS_DATABASE_URL="$PG/$SOURCE" "$KAIROS" backup restore --into "$PG/$RESTORED" --jobs "$JOBS" | tee "$WORK/restore.txt" >&2
restore_s=$(since "$started")
pg_restore_s=$(awk '{for (i = 1; i <= NF; i++) if ($i == "s") print $(i - 1)}' "$WORK/restore.txt" | tail -n 1)

started=$(now)
KAIROS_DATABASE_URL="$PG/$SOURCE" "$KAIROS" backup verify --jobs "$JOBS" | tee "$WORK/verify.txt" >&2
verify_s=$(since "$started")

cat <<EOF2

| bookings | database size | dump size | \`backup create\` | \`backup restore --jobs $JOBS\` (pg_restore alone) | \`backup verify --jobs $JOBS\` |
|---|---|---|---|---|---|
| $BOOKINGS | $db_size | $dump_mb MB | $create_s s | $restore_s s ($pg_restore_s s) | $verify_s s |
EOF2

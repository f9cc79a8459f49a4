#!/usr/bin/env bash
# A read replica for slot reads, tried: how far behind a streaming replica started with
# pg_basebackup stays while Kairos books at full speed, and whether it serves the slot read's
# SQL (scripts/pgbench/slots.sql) meanwhile.
#
# A private PostgreSQL primary and a replica made from it with `pg_basebackup -R` (the system's
# PostgreSQL binaries, both on 127.0.0.1, in a scratch directory removed at the end), one
# `kairos serve` on the primary with a kairos-load fixture (50 hosts), then at once: users who
# book without pause (kairos-load), pgbench reading slots from the replica, and the primary's
# view of the replica's replay lag (pg_stat_replication, every 100 ms). After the load: how
# long until the replica holds every booking, compared row for row with the primary.
#
# One command, bounded in time (about 2 minutes once the release build is cached). Results:
# docs/replica/<timestamp>/summary.md. Overrides (environment): REPLICA_BENCH_SECONDS=30,
# REPLICA_BENCH_USERS=32, REPLICA_BENCH_PG_PORT=5491 (the replica on the next port),
# REPLICA_BENCH_PORT=18700.
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SCRIPT=replica-lag
WORK=$(mktemp -d)
ADDRESS=127.0.0.1
SECONDS_EACH=${REPLICA_BENCH_SECONDS:-30}
USERS=${REPLICA_BENCH_USERS:-32}
PG_PORT=${REPLICA_BENCH_PG_PORT:-5491}
REPLICA_PORT=$((PG_PORT + 1))
PORT=${REPLICA_BENCH_PORT:-18700}
PG_URL_BASE="postgres://postgres@$ADDRESS:$PG_PORT"
PG_URL_QUERY="?sslmode=disable"
# kairos-load's users each forward an address of their own (see booking-bench.sh).
COMMON_ENV="KAIROS_LOG=warn KAIROS_TRUSTED_PROXIES=127.0.0.1"
RAMP_UP=3s
DURATION=${SECONDS_EACH}s
THINK_TIME=0s
TIMEOUT=10s
HOSTS=50
source scripts/load-lib.sh
unset_kairos_env

BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] && [ -x "$BIN/pg_basebackup" ] || die "PostgreSQL's server binaries are required (Debian package 'postgresql')"
# PostgreSQL refuses to run as root: the clusters belong to postgres then.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
CLUSTERS=$(mktemp -d)
[ "$(id -u)" -eq 0 ] && chown postgres "$CLUSTERS"
SAMPLER=""
stop_clusters() {
  local status=$?
  stop_pid "$SAMPLER" 2
  for dir in replica primary; do
    [ -f "$CLUSTERS/$dir/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$CLUSTERS/$dir" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$CLUSTERS"
  (exit $status)
  cleanup
}
trap stop_clusters EXIT
trap 'exit 130' INT TERM

need_jq
command -v curl >/dev/null || die "curl is required"
command -v pgbench >/dev/null || die "pgbench is required (Debian package 'postgresql-client')"
build_release
raise_open_files

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=docs/replica/$STAMP
mkdir -p "$OUT"
psql_at() { psql -X -Atq -h "$ADDRESS" -U postgres "$@"; }

log "primary on $ADDRESS:$PG_PORT"
as_owner "$BIN/initdb" -D "$CLUSTERS/primary" -U postgres -A trust -E UTF8 >/dev/null
cat >>"$CLUSTERS/primary/postgresql.conf" <<EOF
listen_addresses = '$ADDRESS'
port = $PG_PORT
unix_socket_directories = '$CLUSTERS'
wal_level = replica
max_wal_senders = 4
hot_standby = on
EOF
as_owner "$BIN/pg_ctl" -D "$CLUSTERS/primary" -l "$CLUSTERS/primary.log" -w start >/dev/null
psql_at -p "$PG_PORT" -d postgres -c "CREATE DATABASE kairos"

log "replica from pg_basebackup on $ADDRESS:$REPLICA_PORT"
as_owner "$BIN/pg_basebackup" -h "$ADDRESS" -p "$PG_PORT" -U postgres -D "$CLUSTERS/replica" -R -X stream -c fast
echo "port = $REPLICA_PORT" >>"$CLUSTERS/replica/postgresql.conf"
as_owner "$BIN/pg_ctl" -D "$CLUSTERS/replica" -l "$CLUSTERS/replica.log" -w start >/dev/null
[ "$(psql_at -p "$REPLICA_PORT" -d postgres -c 'SELECT pg_is_in_recovery()')" = t ] || die "the replica is not in recovery"

start_kairos primary "$PORT" kairos
"$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org replica-bench --out "$WORK/fixture.json" >/dev/null

# The replica's replay lag as the primary sees it, every 100 ms, while the load runs.
printf "SELECT coalesce(extract(epoch FROM replay_lag) * 1000, 0)::numeric(10,1) FROM pg_stat_replication\n\\\\watch 0.1\n" \
  | psql -X -At -h "$ADDRESS" -p "$PG_PORT" -U postgres -d postgres >"$OUT/replay-lag-ms.txt" 2>/dev/null &
SAMPLER=$!
log "pgbench reading slots from the replica while Kairos books on the primary"
PGOPTIONS="-c plan_cache_mode=force_generic_plan" pgbench -h "$ADDRESS" -p "$REPLICA_PORT" -U postgres -n -M prepared \
  -c 4 -j 2 -T "$SECONDS_EACH" -D org=replica-bench -D event_types="$HOSTS" -f scripts/pgbench/slots.sql kairos \
  >"$OUT/pgbench-slots-on-replica.txt" 2>&1 &
READER=$!
LOAD_THINK=0s run_load bookings "$PORT" "$WORK/fixture.json" --users "$USERS" --mix book=1
wait "$READER" || { cat "$OUT/pgbench-slots-on-replica.txt" >&2; die "pgbench on the replica failed"; }
stop_pid "$SAMPLER" 2
SAMPLER=""

# After the load: until the replica has replayed everything the primary wrote.
target=$(psql_at -p "$PG_PORT" -d kairos -c "SELECT pg_current_wal_lsn()")
started=$(date +%s%N)
until [ "$(psql_at -p "$REPLICA_PORT" -d kairos -c "SELECT pg_last_wal_replay_lsn() >= '$target'")" = t ]; do
  [ $(($(date +%s%N) - started)) -lt 60000000000 ] || die "the replica had not caught up 60 s after the load"
  sleep 0.01
done
caught_up_ms=$((($(date +%s%N) - started) / 1000000))
fingerprint="SELECT count(*) || ' ' || coalesce(md5(string_agg(id::text || status || lower(during)::text, ',' ORDER BY id)), '')
             FROM bookings JOIN booking_hosts ON booking_hosts.booking_id = bookings.id"
primary_rows=$(psql_at -p "$PG_PORT" -d kairos -c "$fingerprint")
replica_rows=$(psql_at -p "$REPLICA_PORT" -d kairos -c "$fingerprint")
[ "$primary_rows" = "$replica_rows" ] || die "the replica differs from the primary after catching up: $replica_rows vs $primary_rows"
stop_pid "$KAIROS_PID" 15
KAIROS_PID=""

percentile() { sort -n "$OUT/replay-lag-ms.txt" | awk -v p="$1" '{v[NR] = $1} END {i = int(NR * p / 100); if (i < 1) i = 1; print v[i]}'; }
{
  echo "Run $STAMP on $(nproc) cores, commit $(git rev-parse --short HEAD), PostgreSQL $("$BIN/postgres" --version | awk '{print $3}'): a primary and a streaming replica made with pg_basebackup, both on this machine; Kairos booking on the primary with $USERS users (no think time) for $SECONDS_EACH s; pgbench (4 clients) reading slots from the replica meanwhile."
  echo
  echo "| what | figure |"
  echo "|---|---:|"
  echo "| bookings/s on the primary | $(jq '.steps[2].steady_ok_rps | round' "$OUT/bookings/report.json") |"
  echo "| slot reads/s on the replica (pgbench, slots.sql) | $(awk '/^tps/ {printf "%.0f", $3}' "$OUT/pgbench-slots-on-replica.txt") |"
  echo "| failed slot reads on the replica | $(awk '/number of failed/ {print $5}' "$OUT/pgbench-slots-on-replica.txt") |"
  echo "| replay lag samples (every 100 ms) | $(wc -l <"$OUT/replay-lag-ms.txt") |"
  echo "| replay lag p50 / p99 / max | $(percentile 50) / $(percentile 99) / $(percentile 100) ms |"
  echo "| after the load, until the replica had replayed everything | $caught_up_ms ms |"
  echo "| bookings on the replica once caught up (count, fingerprint) | same as the primary ($primary_rows) |"
} >"$OUT/summary.md"
cat "$OUT/summary.md"

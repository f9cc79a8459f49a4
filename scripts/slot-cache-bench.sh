#!/usr/bin/env bash
# What the slot cache buys: public slot reads per second and their latency with the cache on
# and off, against `/healthz` of the same instance in the same run, measured with wrk.
# One `kairos serve` (Kairos's own defaults) with Redis, on a fresh database holding a
# kairos-load fixture (50 hosts, one event type each); slot reads spread over the 50 event
# types and the next 20 days (1,000 distinct lists, so the cache starts cold and fills), each
# run 20 s with 24 connections (under the in-flight limit of 32 on 2 cores, so nothing is shed). The cache is turned off by restarting with
# KAIROS_SLOT_CACHE_TTL_SECS=0.
#
# One command, bounded in time (about 3 minutes once the release build is cached), only ever
# talking to 127.0.0.1; needs Redis on 127.0.0.1:6379 and installs wrk (Debian) when missing.
# Results: docs/slot-cache/<timestamp>/summary.md (and each wrk output). Overrides
# (environment): SLOT_BENCH_SECONDS=20, SLOT_BENCH_CONNECTIONS=24, SLOT_BENCH_PORT=18400,
# SLOT_BENCH_REDIS=redis://127.0.0.1:6379/3, SLOT_BENCH_MODE=single (or `cluster`: the same
# measurements through HAProxy against scripts/cluster.sh's three instances; results in
# docs/slot-cache/<timestamp>-cluster/).
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SCRIPT=slot-cache-bench
WORK=$(mktemp -d)
ADDRESS=127.0.0.1
PG_URL_BASE="postgres://kairos_test:kairos_test@$ADDRESS:5432"
# Loopback: TLS to PostgreSQL would measure only encryption (a deployment on one host reaches
# its database over a socket or loopback without it).
PG_URL_QUERY="?sslmode=disable"
COMMON_ENV="KAIROS_LOG=warn"
SECONDS_EACH=${SLOT_BENCH_SECONDS:-20}
CONNECTIONS=${SLOT_BENCH_CONNECTIONS:-24}
PORT=${SLOT_BENCH_PORT:-18400}
REDIS=${SLOT_BENCH_REDIS:-redis://127.0.0.1:6379/3}
MODE=${SLOT_BENCH_MODE:-single}
DB=kairos_slot_cache_bench
source scripts/load-lib.sh
unset_kairos_env
stop_on_exit
# The cluster runs detached: stop it too, whatever happens.
trap 'status=$?; [ "$MODE" != cluster ] || scripts/cluster.sh stop; (exit $status); cleanup' EXIT

load_prerequisites
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || die "wrk is required (Debian package 'wrk')"
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q wrk; }
fi
command -v redis-cli >/dev/null && redis-cli -u "$REDIS" ping >/dev/null || die "Redis must answer at $REDIS"
build_release
raise_open_files

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=docs/slot-cache/$STAMP
[ "$MODE" = cluster ] && OUT=$OUT-cluster
mkdir -p "$OUT"

# Brings Kairos up on a fresh database with the fixture, the cache on or off (TTL 0):
# one `kairos serve` on $PORT, or the cluster (scripts/cluster.sh) behind HAProxy on $PORT.
bring_up() { # label ttl
  local label=$1 ttl=$2
  redis-cli -u "$REDIS" flushdb >/dev/null
  if [ "$MODE" = cluster ]; then
    log "$label: the cluster (three instances behind HAProxy) on $ADDRESS:$PORT"
    CLUSTER_PORT=$PORT CLUSTER_DB=$DB CLUSTER_DEMO=0 CLUSTER_SLOT_CACHE_TTL_SECS=$ttl scripts/cluster.sh start
  else
    log "$label: fresh database $DB, kairos on $ADDRESS:$PORT"
    as_postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kairos_test"
    start_kairos "$label" "$PORT" "$DB" KAIROS_REDIS_URL="$REDIS" KAIROS_SLOT_CACHE_TTL_SECS="$ttl"
  fi
  "$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts 50 --org slot-bench --out "$WORK/fixture.json" >/dev/null
  # Statistics, as autovacuum would have gathered them on a real deployment.
  as_postgres -d "$DB" -c "SET statement_timeout = 0" -c "VACUUM ANALYZE"
}
bring_down() {
  if [ "$MODE" = cluster ]; then
    scripts/cluster.sh stop
  else
    stop_pid "$KAIROS_PID" 15
    KAIROS_PID=""
  fi
}
# The metrics ports: the instance's, or the three instances' of the cluster.
metrics_ports() {
  if [ "$MODE" = cluster ]; then echo $((PORT + 11)) $((PORT + 12)) $((PORT + 13)); else echo $((PORT + 1)); fi
}

bring_up cache-on "${SLOT_BENCH_TTL:-60}"

write_slot_reads_lua slot-bench "$WORK/slots.lua"
today=$(date -u +%Y-%m-%d)
curl -sf "http://$ADDRESS:$PORT/v1/public/event-types/slot-bench/meet-0/slots?start=${today}T00:00:00Z" >/dev/null \
  || die "the fixture's event types are not where the wrk script looks"

measure() { # label path-or-script
  local label=$1 target=$2 args=()
  log "$label"
  [ "${target%.lua}" != "$target" ] && args=(-s "$target") && target=/
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${args[@]}" "http://$ADDRESS:$PORT$target" | tee "$OUT/$label.txt"
  sleep 3
}
metric() { # summed over the instances
  local port total=0 value
  for port in $(metrics_ports); do
    value=$(curl -sf "http://$ADDRESS:$port/metrics" | awk -v m="$1" '$1 == m {print $2}')
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

measure healthz /healthz
measure slots-cache-on "$WORK/slots.lua"
hits=$(metric kairos_cache_hits_total) misses=$(metric kairos_cache_misses_total) bypassed=$(metric kairos_cache_bypassed_total)
memory_hits=$(metric kairos_cache_memory_hits_total)
version_reads=$(metric kairos_cache_version_reads_total) version_statements=$(metric kairos_cache_version_statements_total)
# The floor of a hit: PostgreSQL alone answering the versions statement, with as many clients
# (Kairos idle meanwhile), through pgbench on the service's own SQL.
log "pgbench on the versions statement"
PGOPTIONS="-c plan_cache_mode=force_generic_plan" PGSSLMODE=disable PGPASSWORD=kairos_test pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$SECONDS_EACH" \
  -D org=slot-bench -D event_types=50 -f scripts/pgbench/slot_versions.sql \
  -h "$ADDRESS" -U kairos_test "$DB" >"$OUT/pgbench-versions.txt" 2>&1
sleep 3
bring_down
bring_up cache-off 0
measure slots-cache-off "$WORK/slots.lua"
bring_down

rps() { awk '/^Requests\/sec:/ {print $2}' "$OUT/$1.txt"; }
p99() { wrk_p99 "$OUT/$1.txt"; }
non2xx() { awk '/Non-2xx/ {n = $NF} END {print n + 0}' "$OUT/$1.txt"; }
ok_rps() { wrk_ok_rps "$OUT/$1.txt"; }
{
  if [ "$MODE" = cluster ]; then
    what="the cluster of scripts/cluster.sh (three \`kairos serve\` behind HAProxy, PgBouncer, its own Redis)"
    [ -n "${CLUSTER_INSTANCE_THREADS:-}" ] && what="$what, $CLUSTER_INSTANCE_THREADS runtime thread(s) an instance"
  else
    what="one \`kairos serve\` (Kairos's defaults, Redis at ${REDIS%%/*}//…)"
  fi
  echo "Run $STAMP on $(nproc) cores, commit $(git rev-parse --short HEAD): $what, wrk with 2 threads and $CONNECTIONS connections, $SECONDS_EACH s each, on the same machine; slot reads of one day, spread over 50 event types × 20 days."
  echo
  echo "| what | requests/s | ok/s | p99 | non-2xx | ok/s of /healthz's |"
  echo "|---|---:|---:|---:|---:|---:|"
  for label in healthz slots-cache-on slots-cache-off; do
    echo "| $label | $(rps $label) | $(ok_rps $label) | $(p99 $label) | $(non2xx $label) | $(awk -v a="$(ok_rps $label)" -v b="$(ok_rps healthz)" 'BEGIN {printf "%.1f %%", 100 * a / b}') |"
  done
  echo
  echo "Cache during the cache-on run: ${hits:-0} hits (${memory_hits:-0} of them from an instance's own memory), ${misses:-0} misses, ${bypassed:-0} bypassed; versions read for ${version_reads:-0} reads in ${version_statements:-0} statements ($(awk -v r="${version_reads:-0}" -v s="${version_statements:-0}" 'BEGIN {printf "%.1f", s ? r / s : 0}') reads a statement)."
  echo
  echo "pgbench on the versions statement alone (scripts/pgbench/slot_versions.sql, $CONNECTIONS clients, Kairos idle): $(awk '/^tps/ {printf "%.0f", $3}' "$OUT/pgbench-versions.txt") statements/s."
} >"$OUT/summary.md"
cat "$OUT/summary.md"

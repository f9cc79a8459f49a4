#!/usr/bin/env bash
# What a booking costs PostgreSQL, in one run: pgbench on a bare insert into a table with the
# booking's exclusion constraint (the floor: one row, one commit), pgbench on the booking's
# own SQL (scripts/pgbench/book.sql: the statements of a booking as Kairos runs them), and
# Kairos's booking-only throughput (kairos-load, users who book without pause, without an
# Idempotency-Key as book.sql books, then again with one as a careful client sends it). The booking
# SQL runs twice: planned once per connection, as Kairos runs it, and planned on every
# execution, as PostgreSQL's default would (the difference docs/scaling.md explains). And the
# optimistic booking's SQL (scripts/pgbench/book_optimistic.sql), a design measured before it is
# built: reads outside a transaction, one write statement. And the floor of the booking's own
# writes (scripts/pgbench/book_rows.sql): its five rows in one statement and one commit, nothing
# else — what the rows cost, and what the locks, the reads and the round trips add.
#
# One `kairos serve` (Kairos's own defaults) on a fresh database holding a kairos-load fixture
# (50 hosts, each with a 15-minute event type, available around the clock); pgbench gets as
# many clients as Kairos's pool has connections and runs while Kairos is idle. Each round
# measures all five, one after the other, so the shared machine's noise shows beside the
# differences; the database is analysed before each measurement, as autovacuum would, after
# a warm-up run of Kairos that is not counted.
#
# One command, bounded in time (about 10 minutes with three rounds once the release build is
# cached), only ever talking to 127.0.0.1. Results: docs/booking-bench/<timestamp>/summary.md
# (and every pgbench and kairos-load output). Overrides (environment): BOOKING_BENCH_SECONDS=20,
# BOOKING_BENCH_ROUNDS=3, BOOKING_BENCH_USERS=32, BOOKING_BENCH_PORT=18600.
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SCRIPT=booking-bench
WORK=$(mktemp -d)
ADDRESS=127.0.0.1
PG_URL_BASE="postgres://kairos_test:kairos_test@$ADDRESS:5432"
# Loopback: TLS to PostgreSQL would measure only encryption.
PG_URL_QUERY="?sslmode=disable"
# kairos-load's users each forward an address of their own, so the per-client booking limit
# counts per user, as it would for invitees behind a load balancer.
COMMON_ENV="KAIROS_LOG=warn KAIROS_TRUSTED_PROXIES=127.0.0.1"
SECONDS_EACH=${BOOKING_BENCH_SECONDS:-20}
ROUNDS=${BOOKING_BENCH_ROUNDS:-3}
USERS=${BOOKING_BENCH_USERS:-32}
PORT=${BOOKING_BENCH_PORT:-18600}
RAMP_UP=3s
DURATION=${SECONDS_EACH}s
THINK_TIME=0s
TIMEOUT=10s
DB=kairos_booking_bench
HOSTS=50
source scripts/load-lib.sh
unset_kairos_env
stop_on_exit

load_prerequisites
command -v pgbench >/dev/null || die "pgbench is required (Debian package 'postgresql-client')"
build_release
raise_open_files

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=docs/booking-bench/$STAMP
mkdir -p "$OUT"

log "fresh database $DB, kairos on $ADDRESS:$PORT"
as_postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kairos_test"
start_kairos bench "$PORT" "$DB"
"$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org booking-bench --out "$WORK/fixture.json" >/dev/null
CLIENTS=$(curl -sf "http://$ADDRESS:$((PORT + 1))/metrics" | awk '/^kairos_db_pool_max_connections/ {print $2}')
[ -n "$CLIENTS" ] || die "cannot read Kairos's pool size from its metrics"
export PGPASSWORD=kairos_test PGSSLMODE=disable
psql -v ON_ERROR_STOP=1 -q -h "$ADDRESS" -U kairos_test -d "$DB" -c "
  CREATE TABLE bare_reservations (
      host_id uuid NOT NULL,
      during  tstzrange NOT NULL,
      EXCLUDE USING gist (host_id WITH =, during WITH &&))"

# Before each measurement: statistics, as autovacuum would gather them, and a checkpoint, so
# that none falls in the middle of a measurement and each starts writing whole pages afresh.
analyse() { as_postgres -d "$DB" -c "SET statement_timeout = 0" -c "VACUUM ANALYZE" -c "CHECKPOINT"; }

# pgbench on one of scripts/pgbench/ against the fixture, planned as `mode` says; the caller
# numbers the run (SERIES) first, so that no two runs book the same slots. Further arguments
# are pgbench's (clients, threads, duration), with -D clients= matching -c.
SERIES=0
bench_sql() { # script mode pgbench-args...
  local script=$1 mode=$2
  shift 2
  PGOPTIONS="-c plan_cache_mode=$mode" pgbench -h "$ADDRESS" -U kairos_test -n -M prepared \
    -D org=booking-bench -D event_types="$HOSTS" -D k=0 -D series="$SERIES" \
    -f "scripts/pgbench/$script.sql" "$@" "$DB"
}

pgbench_run() { # label script plan_cache_mode
  local label=$1 script=$2 mode=$3 threads=$((CLIENTS < 2 ? CLIENTS : 2))
  SERIES=$((SERIES + 1))
  analyse
  log "$label: pgbench $script ($CLIENTS clients, $SECONDS_EACH s, plan_cache_mode=$mode)"
  bench_sql "$script" "$mode" -r -c "$CLIENTS" -j "$threads" -T "$SECONDS_EACH" -D clients="$CLIENTS" \
    >"$OUT/$label.txt" 2>&1 || { cat "$OUT/$label.txt" >&2; die "pgbench $script failed"; }
  grep -q 'aborted' "$OUT/$label.txt" && { cat "$OUT/$label.txt" >&2; die "pgbench $script: clients aborted"; }
  grep -E '^tps' "$OUT/$label.txt" >&2
}

# A warm-up, not counted: the fixture's tables start empty, and statistics gathered on empty
# tables would plan the first round's statements for tables that are not (autovacuum, which
# would analyse them as they fill, may be off on a test machine).
DURATION=10s LOAD_THINK=0s run_load warm-up "$PORT" "$WORK/fixture.json" --users "$USERS" --mix book=1
# Each Kairos run books into an organisation of its own, set up just before it: on one fixture the
# random picks meet more and more slots already taken (409s, each a booking transaction up to the
# check) as the grid fills, while pgbench books slots of its own that nothing ever took.
fresh_fixture() { # label; prints the fixture's path
  "$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org "bench-$1" \
    --out "$WORK/fixture-$1.json" >/dev/null
  echo "$WORK/fixture-$1.json"
}
for round in $(seq 1 "$ROUNDS"); do
  analyse
  # Without Idempotency-Key: the booking as book.sql runs it, the comparison the goal is about.
  LOAD_THINK=0s run_load "kairos-$round" "$PORT" "$(fresh_fixture "kairos-$round")" --users "$USERS" --mix book=1 \
    --no-idempotency-keys
  analyse
  # With one, as a careful client sends it: a statement to claim the key, one to keep the answer.
  LOAD_THINK=0s run_load "kairos-keyed-$round" "$PORT" "$(fresh_fixture "keyed-$round")" --users "$USERS" --mix book=1
  pgbench_run "bare-$round" bare_insert force_generic_plan
  # The two ways of planning take turns at going first.
  if [ $((round % 2)) -eq 1 ]; then
    pgbench_run "book-$round" book force_generic_plan
    pgbench_run "book-replanned-$round" book auto
  else
    pgbench_run "book-replanned-$round" book auto
    pgbench_run "book-$round" book force_generic_plan
  fi
  # The optimistic booking's SQL (scripts/pgbench/book_optimistic.sql): what it would buy.
  pgbench_run "optimistic-$round" book_optimistic force_generic_plan
  # The booking's five rows alone (scripts/pgbench/book_rows.sql): the floor of its writes.
  pgbench_run "rows-$round" book_rows force_generic_plan
done
# WAL written per booking and per bare insert, from one short run of each (one client).
wal_per_transaction() { # script; sets WAL (bytes per transaction)
  local before after txns
  SERIES=$((SERIES + 1))
  before=$(psql -Atq -h "$ADDRESS" -U kairos_test -d "$DB" -c "SELECT pg_current_wal_lsn()")
  bench_sql "$1" force_generic_plan -c 1 -j 1 -t 2000 -D clients=1 >"$OUT/wal-$1.txt" 2>&1 \
    || { cat "$OUT/wal-$1.txt" >&2; die "pgbench $1 failed"; }
  after=$(psql -Atq -h "$ADDRESS" -U kairos_test -d "$DB" -c "SELECT pg_current_wal_lsn()")
  txns=$(awk '/actually processed/ {split($NF, n, "/"); print n[1]}' "$OUT/wal-$1.txt")
  WAL=$(psql -Atq -h "$ADDRESS" -U kairos_test -d "$DB" -c "SELECT round(pg_wal_lsn_diff('$after', '$before') / $txns)")
}
wal_per_transaction bare_insert
WAL_BARE=$WAL
wal_per_transaction book
WAL_BOOK=$WAL
wal_per_transaction book_optimistic
WAL_OPTIMISTIC=$WAL
wal_per_transaction book_rows
WAL_ROWS=$WAL
stop_pid "$KAIROS_PID" 15
KAIROS_PID=""

tps() { awk '/^tps/ {printf "%.0f", $3}' "$OUT/$1.txt"; }
kairos_rps() { jq '.steps[2].steady_ok_rps | round' "$OUT/$1/report.json"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f %%", 100 * a / b}'; }
{
  echo "Run $STAMP on $(nproc) cores, commit $(git rev-parse --short HEAD), PostgreSQL $(psql -Atq -h "$ADDRESS" -U kairos_test -d "$DB" -c 'SHOW server_version' | cut -d' ' -f1): pgbench with $CLIENTS clients (Kairos's pool) for $SECONDS_EACH s each, Kairos booking-only with $USERS users (no think time) for $SECONDS_EACH s after a $RAMP_UP ramp-up; $HOSTS hosts; each round in this order (the two plannings of the booking SQL alternate)."
  echo
  echo "| round | bare constrained insert (tps) | booking SQL (tps) | booking SQL / bare | Kairos bookings/s | Kairos / booking SQL | Kairos bookings/s with Idempotency-Key | booking SQL planned every time (tps) | optimistic booking SQL (tps) | optimistic / bare | the booking's rows alone (tps) | rows alone / bare |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for round in $(seq 1 "$ROUNDS"); do
    bare=$(tps "bare-$round") book=$(tps "book-$round") replanned=$(tps "book-replanned-$round") kairos=$(kairos_rps "kairos-$round")
    keyed=$(kairos_rps "kairos-keyed-$round") optimistic=$(tps "optimistic-$round") rows=$(tps "rows-$round")
    echo "| $round | $bare | $book | $(pct "$book" "$bare") | $kairos | $(pct "$kairos" "$book") | $keyed | $replanned | $optimistic | $(pct "$optimistic" "$bare") | $rows | $(pct "$rows" "$bare") |"
  done
  echo
  echo "WAL per transaction (one client, 2,000 transactions): bare insert $WAL_BARE bytes, booking $WAL_BOOK bytes, optimistic booking $WAL_OPTIMISTIC bytes, the booking's rows alone $WAL_ROWS bytes."
  echo
  echo "Per statement (pgbench -r, round 1, ms per execution):"
  echo
  echo '```'
  sed -n '/statement latencies/,$p' "$OUT/book-1.txt" | cut -c1-110
  echo '```'
  echo
  echo "The optimistic booking's SQL, per statement (round 1):"
  echo
  echo '```'
  sed -n '/statement latencies/,$p' "$OUT/optimistic-1.txt" | cut -c1-110
  echo '```'
} >"$OUT/summary.md"
cat "$OUT/summary.md"

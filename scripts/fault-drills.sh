#!/usr/bin/env bash
# The fault drills (scripts/fault_drills.py says what each does and how it is judged): Kairos
# under booking load while PostgreSQL crashes and stops, the API is SIGKILLed, NATS, Redis and
# SMTP go away, the backup disk is full or read-only and a table is locked, with a real
# Prometheus evaluating the shipped alert rules. Everything runs privately on 127.0.0.1 and
# stops by itself (about 12 minutes once the release build is cached). Must run as root (it
# mounts small tmpfs file systems for the backup drill and runs PostgreSQL as `postgres`).
#
# Results: docs/fault-drills/<timestamp>/ and the table between the fault-drills markers in
# BENCHMARKS.md. Overrides: DRILL_ONLY=pg-stop,redis-down (some drills; BENCHMARKS.md is left
# alone), DRILL_USERS=12, DRILL_LEAD=10, DRILL_TAIL=25, DRILL_TIME_SCALE=10,
# DRILL_BASE_PORT=58100 (seven ports from it), DRILL_OUT=docs/fault-drills,
# DRILL_BENCHMARKS=BENCHMARKS.md (empty: leave it alone).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/test-peers.sh

[ "$(id -u)" -eq 0 ] || { echo "fault-drills: run as root (tmpfs mounts, PostgreSQL as postgres)" >&2; exit 1; }
have_postgres_binaries || install_postgres
ensure_pg_client
command -v redis-server >/dev/null 2>&1 || peer_apt_install redis-server
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || peer_apt_install nats-server
command -v prometheus >/dev/null 2>&1 || peer_apt_install prometheus
ensure_python_peers

echo "building release binaries" >&2
export SQLX_OFFLINE=true
cargo build --release --locked -p kairos -p kairos-load
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export DRILL_KAIROS_BIN="$target_dir/release/kairos" DRILL_LOAD_BIN="$target_dir/release/kairos-load"
export DRILL_PYTHON="$KAIROS_TEST_PYTHON"
exec "$KAIROS_TEST_PYTHON" scripts/fault_drills.py

#!/usr/bin/env bash
# The cluster drill (scripts/cluster_drill.py says what it does and how it is judged): the
# 5,000-user journey through HAProxy against one, two and three instances of the cluster that
# scripts/cluster.sh starts, then SIGKILL, NATS down and SIGTERM under the same load; and the
# slot reads (cached) against /healthz through the same HAProxy, with wrk. Everything runs on
# 127.0.0.1 and stops by itself (about 10 minutes once the release build is cached). Run as
# root on Debian (it may install haproxy, pgbouncer and wrk).
#
# Results: docs/cluster-drill/<timestamp>/ (report.json, summary.md, each run's report and
# journal; the journals, 2–6 MB each, are for checking a run, not for keeping).
# Overrides: DRILL_USERS=5000, DRILL_RAMP_UP=20, DRILL_DURATION=40, DRILL_FAULT_DURATION=100,
# DRILL_THINK_TIME=5s, and those of scripts/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
LOAD_SCRIPT=cluster-drill
source scripts/load-lib.sh
export CLUSTER_DIR=${CLUSTER_DIR:-${TMPDIR:-/tmp}/kairos-cluster-drill}
export CLUSTER_DEMO=0
PORT=${CLUSTER_PORT:-18500}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
export DRILL_OUT_DIR=docs/cluster-drill/$STAMP
mkdir -p "$DRILL_OUT_DIR"

command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q wrk; }
trap 'scripts/cluster.sh stop' EXIT
scripts/cluster.sh start
export DRILL_LOAD_BIN
DRILL_LOAD_BIN=$(cargo metadata --format-version 1 --no-deps | jq -r .target_directory)/release/kairos-load
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
status=0
python3 scripts/cluster_drill.py || status=$?

# Slot reads through HAProxy (three instances, the cache in the cluster's Redis) vs /healthz
# through the same HAProxy: 24 connections, 20 s each, one day of the fixture's 50 links.
write_slot_reads_lua cluster "$CLUSTER_DIR/slots.lua"
wrk -t2 -c24 -d20s --latency "http://127.0.0.1:$PORT/healthz" >"$DRILL_OUT_DIR/wrk-healthz.txt"
sleep 3
wrk -t2 -c24 -d20s --latency -s "$CLUSTER_DIR/slots.lua" "http://127.0.0.1:$PORT/" >"$DRILL_OUT_DIR/wrk-slots.txt"
{
  echo
  echo "Through HAProxy (three instances, wrk 2 threads × 24 connections, 20 s): /healthz $(wrk_ok_rps "$DRILL_OUT_DIR/wrk-healthz.txt") ok/s (p99 $(wrk_p99 "$DRILL_OUT_DIR/wrk-healthz.txt")); cached slot reads $(wrk_ok_rps "$DRILL_OUT_DIR/wrk-slots.txt") ok/s (p99 $(wrk_p99 "$DRILL_OUT_DIR/wrk-slots.txt")): $(awk -v a="$(wrk_ok_rps "$DRILL_OUT_DIR/wrk-slots.txt")" -v b="$(wrk_ok_rps "$DRILL_OUT_DIR/wrk-healthz.txt")" 'BEGIN {printf "%.1f %%", 100 * a / b}') of /healthz."
} >>"$DRILL_OUT_DIR/summary.md"
cat "$DRILL_OUT_DIR/summary.md"
exit "$status"

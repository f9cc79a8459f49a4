#!/usr/bin/env bash
# Busy time from external calendars under load: the seed experiment's 5,000 users against
# Kairos with its own defaults (the owned profile), without external calendars and with every
# host having SEED_CAL_SOURCES ICS feeds of SEED_CAL_EVENTS events over the days the load
# books in — in one run, on one machine, against one Kairos, alternated so that the machine's
# noise shows beside the difference:
#
#   0-warm-up   organisation C, SEED_WARM_UP long, not counted: the first run on a fresh
#               Kairos and database otherwise pays for cold caches and plans
#               then `kairos-load feeds`: A's hosts get their feeds, served on loopback by
#               `python3 -m http.server` (which answers If-Modified-Since with 304, as feed hosts
#               do); a `kairos worker` beside Kairos syncs them and is stopped once all have
#               synced, so no sync runs during a measurement
#   1-baseline  organisation B, without calendar sources
#   2-sources   organisation A, with its feeds' busy time
#   3-baseline  organisation B again
#   4-sources   organisation A again
#
# A and B are made alike by `kairos-load setup` and each takes every other run, so both hold
# about as many bookings when they are measured. Before each run the database is analysed
# (VACUUM ANALYZE), as autovacuum would have done by then on a real deployment.
#
# One command, bounded in time (about 8 minutes once the release build is cached), only ever
# talking to 127.0.0.1. Results: docs/seed-experiment/calendars-<timestamp>/ (every run's
# report.json and report.html, feeds.json and sync.json, summary.md) and the table between the
# seed-calendars markers in BENCHMARKS.md. Stops everything it started on exit.
#
# Overrides (environment): SEED_USERS=5000, SEED_RAMP_UP=10s, SEED_DURATION=30s,
# SEED_THINK_TIME=1s, SEED_TIMEOUT=10s, SEED_WARM_UP=15s, SEED_HOSTS=50, SEED_CAL_SOURCES=2 (feeds per host),
# SEED_CAL_EVENTS=500 (events per feed), SEED_CAL_SEED=1 (the feeds' contents),
# SEED_CAL_WAIT=5m (longest wait for the syncs), SEED_CAL_PORT=18300 (Kairos; its metrics on
# +1, the worker's on +2, the feeds on +10), SEED_OUT=docs/seed-experiment,
# SEED_BENCHMARKS=BENCHMARKS.md (empty: leave it alone).
# SEED_SUMMARIZE=<results directory>: only rewrite that directory's summary.md and the
# BENCHMARKS.md table from its files, without running anything.
set -euo pipefail
cd "$(dirname "$0")/.."
LOAD_SCRIPT=seed-calendars
WORK=$(mktemp -d /tmp/kairos-seed-calendars.XXXXXX)
source scripts/load-lib.sh
stop_on_exit

USERS=${SEED_USERS:-5000}
RAMP_UP=${SEED_RAMP_UP:-10s}
DURATION=${SEED_DURATION:-30s}
THINK_TIME=${SEED_THINK_TIME:-1s}
TIMEOUT=${SEED_TIMEOUT:-10s}
HOSTS=${SEED_HOSTS:-50}
SOURCES=${SEED_CAL_SOURCES:-2}
EVENTS=${SEED_CAL_EVENTS:-500}
FEED_SEED=${SEED_CAL_SEED:-1}
SYNC_WAIT=${SEED_CAL_WAIT:-5m}
PORT=${SEED_CAL_PORT:-18300}
OUT_ROOT=${SEED_OUT:-docs/seed-experiment}
BENCHMARKS=${SEED_BENCHMARKS-BENCHMARKS.md}
ADDRESS=127.0.0.1 # the only address anything here talks to
PG_URL_BASE="postgres://kairos_test:kairos_test@$ADDRESS:5432"
FEED_PORT=$((PORT + 10))
DB=kairos_seed_calendars
# The owned profile (Kairos's defaults) as in the seed experiment; the generator speaks for
# thousands of invitees from one address, as a proxy would, so its X-Forwarded-For is trusted.
COMMON_ENV="KAIROS_LOG=warn KAIROS_TRUSTED_PROXIES=127.0.0.1"
# Beside it, for Kairos and its worker alike: feeds on loopback may be read, and one data
# directory (one key sealing the feeds' addresses) for both.
CALENDAR_ENV=(KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES=true "KAIROS_DATA_DIR=$WORK/data")

unset_kairos_env

# --- summary: summary.md from a results directory ------------------------------------------------
read -r -d '' SUMMARY_JQ <<'JQ' || true
def r1: if . == null then "–" else (. * 10 | round / 10 | tostring) end;
def r0: if . == null then "–" else (round | tostring) end;
def pct: ((. * 1000 | round) / 10 | tostring) + " %";
def signed: (if . >= 0 then "+" else "" end) + pct;
def errs: .client_error + .server_error + .connect_error + .io_error;
def mean: add / length;
def secs: capture("^(?<s>[^.Z]+)(?<f>[.][0-9]+)?Z$") | ((.s + "Z") | fromdateiso8601) + ("0" + (.f // "") | tonumber);
def spread: if length < 2 then null else (max - min) / min end;
. as $all
| ($all | map(select(.kind == "meta")) | first) as $meta
| ($all | map(select(.kind == "feeds")) | first) as $feeds
| ($all | map(select(.kind == "sync")) | first) as $sync
| ($all | map(select(.kind == "run"))) as $runs
| ($runs | first | .settings) as $s
| ($runs | map(select(.run.sources == 0))) as $base
| ($runs | map(select(.run.sources > 0))) as $with
| "Run \($meta.stamp) on \($meta.cores) cores / \($meta.mem_gb) GB (load generator, Kairos, PostgreSQL and the feed server on the same machine), PostgreSQL \($meta.pg_version), commit \($meta.commit).",
  "Every run: \($runs[0].model.users) users (closed model), ramp-up \($s.ramp_up_s) s, then \($s.duration_s) s at full load, think time \($s.think_time_s) s ±\($s.jitter * 100) %, client timeout \($s.timeout_s) s, mix \($s.mix); one `kairos serve` for all runs, with Kairos's own defaults as in the seed experiment's owned profile and `\($meta.kairos_env)`; three organisations of \($s.event_types) hosts made alike by `kairos-load setup` at the start: A (with the feeds), B (the baselines) and C (a warm-up run, not counted); A and B take turns, so both hold about as many bookings when measured, and the database is analysed (`VACUUM ANALYZE`) before each run, as autovacuum would have done.",
  (if $feeds then
    "Feeds (`kairos-load feeds`): each of A's \($feeds.hosts) hosts has \($feeds.sources_per_host) ICS feeds of \($feeds.events_per_source) events (\($feeds.bytes_written / 1e6 | r1) MB in all), events of 30–90 minutes on a 15-minute grid from \($feeds.window_from[:10]) to \($feeds.window_until[:10]) (the days the load books in), 4 % marked free, 2 % cancelled, and \($feeds.series_written / $feeds.sources) weekly series per feed with one EXDATE each: \($feeds.busy_written) busy occurrences written; Kairos read \($feeds.events_synced) events and stored \($feeds.busy_intervals_synced) busy intervals, about \($feeds.busy_intervals_synced / $feeds.hosts / (($feeds.window_until | fromdateiso8601) - ($feeds.window_from | fromdateiso8601)) * 86400 | r1) per host and day."
  else empty end),
  (if $sync then
    "Sync: a `kairos worker` (defaults) was started after the warm-up run and stopped before run 1. The first source synced \($feeds.first_success_at | secs - ($feeds.registered_at | secs) | r1) s after the first was added, the last \($feeds.last_success_at | secs - ($feeds.first_success_at | secs) | r1) s after that\(if $sync.sync_count > 0 then " (\($sync.sync_count) syncs, \($sync.sync_mean_ms | r0) ms each on average)" else "" end): syncs run at a lower priority than e-mails and reminders, and waited behind the jobs of the warm-up's bookings (\($sync.jobs_ready_at_start) ready when the worker started; it ran \($sync.other_jobs_run) other jobs in all, and \($sync.jobs_ready_at_stop) were left when it stopped). Calendar syncs started during the runs: \($runs | map(.run.syncs_during) | map(tostring) | join(", ")) — these runs measure reading the busy time, not syncs competing with the load."
  else empty end),
  "Every run's report: `\($meta.dir)/<run>/report.html` (and `report.json`).",
  "",
  "| run | organisation | external sources per host | events per source | requests | ok | shed | errors | timeouts | p99 slots ms | p99 book ms | p99 ok slots ms | p99 ok book ms | ok/s | load average before |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ($runs[] | "| \(.run.label) | \(.run.org) | \(.run.sources) | \(.run.events) | \(.total.count) | \(.total.outcomes.ok) | \(.total.outcomes.shed) | \(.total.outcomes | errs) | \(.total.outcomes.timeout) | \(.steps[1].latency_ms.p99 | r1) | \(.steps[2].latency_ms.p99 | r1) | \(.steps[1].ok_latency_ms.p99 | r1) | \(.steps[2].ok_latency_ms.p99 | r1) | \(.total.steady_ok_rps | r0) | \(.run.load_before) |"),
  "",
  "p99: every request of the step, failures and shed ones included (as in the seed experiment); p99 ok: the successful answers only. Errors: 4xx other than the expected 409 slot_taken, 5xx other than 503, connection and I/O errors. Shed: 503 with Retry-After. ok/s: successful requests per second at full load. Load average: the machine's 1-minute load average just before the run.",
  "",
  (if ($base | length) > 0 and ($with | length) > 0 then
    ([["slots", 1], ["book", 2]][] as [$name, $i]
      | ($base | map(.steps[$i].latency_ms.p99)) as $b
      | ($with | map(.steps[$i].latency_ms.p99)) as $w
      | ($b | mean) as $bm
      | (($with | map(.steps[$i].ok_latency_ms.p99) | mean) / ($base | map(.steps[$i].ok_latency_ms.p99) | mean)) as $ok
      | "- p99 \($name): with sources \($w | map(r1) | join(" and ")) ms (mean \($w | mean | r1)), baselines \($b | map(r1) | join(" and ")) ms (mean \($bm | r1)): ratio \($w | mean / $bm * 100 | round / 100) (\($w | mean / $bm - 1 | signed); each run \($w | map(. / $bm - 1 | signed) | join(", "))), \(if ($w | mean) <= $bm * 1.1 then "within" else "not within" end) 10 %. Spread between the baselines \($b | spread | if . == null then "–" else pct end), between the runs with sources \($w | spread | if . == null then "–" else pct end). Successful answers only: ratio \($ok * 100 | round / 100) (\($ok - 1 | signed)).")
  else empty end)
JQ

summarize() { # results directory
  local out=$1 line label
  if [ ! -f "$out/meta.json" ] || [ ! -f "$out/runs.jsonl" ]; then die "$out is not a seed-calendars results directory"; fi
  {
    jq -c --arg dir "$out" '{kind: "meta", dir: $dir} + .' "$out/meta.json"
    if [ -f "$out/feeds.json" ]; then jq -c '{kind: "feeds"} + .' "$out/feeds.json"; fi
    if [ -f "$out/sync.json" ]; then jq -c '{kind: "sync"} + .' "$out/sync.json"; fi
    while read -r line; do
      label=$(jq -r .label <<<"$line")
      jq -c --argjson run "$line" '{kind: "run", run: $run} + del(.series, .histogram)' "$out/$label/report.json"
    done <"$out/runs.jsonl"
  } | jq -rs "$SUMMARY_JQ" >"$out/summary.md"
}

# Replaces the text between the markers in BENCHMARKS.md (adding the section if absent).
update_benchmarks() { # summary file
  update_marked_section seed-calendars "$1" <<EOF
### Busy time from external calendars under load

What hosts' external calendars cost the seed experiment's 5,000 users (owned profile): the same
load without calendar sources and with two ICS feeds of 500 events per host, alternated in one
run against one Kairos, so the machine's noise shows beside the difference.

\`\`\`sh
scripts/seed-calendars.sh     # about 8 minutes; results in docs/seed-experiment/calendars-<timestamp>/
\`\`\`
EOF
}

summarize_if_asked

# --- prerequisites -------------------------------------------------------------------------------
load_prerequisites
command -v python3 >/dev/null || die "python3 is required (it serves the feeds)"
build_release
raise_open_files

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$OUT_ROOT/calendars-$STAMP
mkdir -p "$OUT"
echo "results: $OUT" >&2
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- 2>/dev/null || COMMIT="$COMMIT with uncommitted changes"
jq -n --arg stamp "$STAMP" --arg commit "$COMMIT" --arg pg "$(as_postgres -At -c 'SHOW server_version')" \
  --argjson cores "$(nproc)" --argjson mem "$(awk '/^MemTotal:/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" \
  --arg env "$COMMON_ENV ${CALENDAR_ENV[0]}" \
  '{stamp: $stamp, commit: $commit, pg_version: $pg, cores: $cores, mem_gb: $mem, kairos_env: $env}' \
  >"$OUT/meta.json"
: >"$OUT/runs.jsonl"

# --- helpers ---------------------------------------------------------------------------------------
sql() { psql "$PG_URL_BASE/$DB" -X -At -v ON_ERROR_STOP=1 -c "$1"; }

# Serves $WORK/feeds on $ADDRESS:$FEED_PORT.
start_feed_server() {
  mkdir -p "$WORK/feeds"
  python3 -m http.server --bind "$ADDRESS" --directory "$WORK/feeds" "$FEED_PORT" >"$WORK/feeds.log" 2>&1 &
  FEED_PID=$!
  for _ in $(seq 1 40); do
    kill -0 "$FEED_PID" 2>/dev/null || { cat "$WORK/feeds.log" >&2; die "the feed server exited at start"; }
    curl -sf "http://$ADDRESS:$FEED_PORT/" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  die "the feed server was not ready within 10 s"
}

# Starts `kairos worker` (its metrics on $PORT + 2) against the database.
start_worker() {
  local common=()
  read -r -a common <<<"$COMMON_ENV"
  env DATABASE_URL="$PG_URL_BASE/$DB" KAIROS_WORKER_METRICS_LISTEN="$ADDRESS:$((PORT + 2))" "${common[@]}" \
    "${CALENDAR_ENV[@]}" "$KAIROS_BIN" worker >"$WORK/worker.log" 2>&1 &
  WORKER_PID=$!
  for _ in $(seq 1 60); do
    kill -0 "$WORKER_PID" 2>/dev/null || { tail -n 20 "$WORK/worker.log" >&2; die "kairos worker exited at start (see above)"; }
    curl -sf "http://$ADDRESS:$((PORT + 2))/metrics" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "kairos worker was not ready within 30 s"
}

# One measured run: the load on `fixture`, and what it ran against, in runs.jsonl.
run_one() { # label fixture org sources-per-host events-per-source
  local label=$1 fixture=$2 org=$3 sources=$4 events=$5 load since
  sql "VACUUM ANALYZE" >/dev/null
  sleep 5
  load=$(cut -d' ' -f1 /proc/loadavg)
  since=$(sql "SELECT now()")
  run_load "$label" "$PORT" "$fixture" --users "$USERS"
  jq -nc --arg name "$label" --arg org "$org" --argjson sources "$sources" --argjson events "$events" \
    --argjson load "$load" \
    --argjson busy "$(sql "SELECT count(*) FROM external_busy e JOIN organizations o ON o.id = e.org_id WHERE o.slug = '$org'")" \
    --argjson syncs "$(sql "SELECT count(*) FROM jobs WHERE kind = 'calendar.sync' AND started_at >= '$since'")" \
    '{"label": $name, org: $org, sources: $sources, events: $events, load_before: $load, busy_intervals: $busy, syncs_during: $syncs}' \
    >>"$OUT/runs.jsonl"
}

# --- the experiment --------------------------------------------------------------------------------
log "fresh database $DB, kairos on $ADDRESS:$PORT, feeds on $ADDRESS:$FEED_PORT"
as_postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kairos_test"
start_feed_server
start_kairos owned "$PORT" "$DB" "${CALENDAR_ENV[@]}"
FIXTURE_A=$WORK/fixture-a.json # hold API keys: never in docs/
FIXTURE_B=$WORK/fixture-b.json
FIXTURE_C=$WORK/fixture-c.json
"$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org seed-calendars-a --out "$FIXTURE_A"
"$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org seed-calendars-b --out "$FIXTURE_B"
"$LOAD_BIN" setup --target "http://$ADDRESS:$PORT" --hosts "$HOSTS" --org seed-calendars-c --out "$FIXTURE_C"
sleep 2

DURATION=${SEED_WARM_UP:-15s} run_load 0-warm-up "$PORT" "$FIXTURE_C" --users "$USERS"

log "feeds: $SOURCES per host, $EVENTS events each; a worker syncs them"
ready=$(sql "SELECT count(*) FROM jobs WHERE state = 'queued' AND run_at <= now()")
worker_since=$(sql "SELECT now()")
start_worker
"$LOAD_BIN" feeds --target "http://$ADDRESS:$PORT" --fixture "$FIXTURE_A" --dir "$WORK/feeds" \
  --feed-base "http://$ADDRESS:$FEED_PORT" --sources "$SOURCES" --events "$EVENTS" --seed "$FEED_SEED" \
  --wait "$SYNC_WAIT" --out "$OUT/feeds.json"
curl -sf "http://$ADDRESS:$((PORT + 2))/metrics" | grep '^kairos_calendar_sync' >"$WORK/worker-metrics.txt" || true
stop_pid "$WORKER_PID" 25
WORKER_PID=""
sync_sum=$(awk '/^kairos_calendar_sync_duration_seconds_sum/ {s += $2} END {print s + 0}' "$WORK/worker-metrics.txt")
sync_count=$(awk '/^kairos_calendar_sync_duration_seconds_count/ {s += $2} END {print s + 0}' "$WORK/worker-metrics.txt")
jq -n --argjson ready "$ready" --argjson left "$(sql "SELECT count(*) FROM jobs WHERE state = 'queued' AND run_at <= now()")" \
  --argjson sum "$sync_sum" --argjson count "$sync_count" \
  --argjson other "$(sql "SELECT count(*) FROM jobs WHERE kind <> 'calendar.sync' AND started_at >= '$worker_since'")" \
  '{jobs_ready_at_start: $ready, jobs_ready_at_stop: $left, other_jobs_run: $other, sync_count: $count,
    sync_mean_ms: (if $count > 0 then $sum / $count * 1000 else null end)}' >"$OUT/sync.json"
sleep 5

run_one 1-baseline "$FIXTURE_B" seed-calendars-b 0 0
run_one 2-sources "$FIXTURE_A" seed-calendars-a "$SOURCES" "$EVENTS"
run_one 3-baseline "$FIXTURE_B" seed-calendars-b 0 0
run_one 4-sources "$FIXTURE_A" seed-calendars-a "$SOURCES" "$EVENTS"

stop_pid "$KAIROS_PID" 15
KAIROS_PID=""
summarize "$OUT"
echo
cat "$OUT/summary.md"
update_benchmarks "$OUT/summary.md"

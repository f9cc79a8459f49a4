# Shared by the load experiments (seed-experiment.sh, seed-calendars.sh, slot-cache-bench.sh,
# cluster-drill.sh), sourced, never run:
# prerequisites, the release binaries, the open-files limit, starting `kairos serve`, sampling
# its memory, running kairos-load into a results directory, and stopping — by PID — whatever
# the script started, when it exits.
#
# The sourcing script sets LOAD_SCRIPT (its name, for messages) and WORK (a scratch directory,
# kept when the script fails) before sourcing, then calls `stop_on_exit`; and, before using
# the functions that need them: ADDRESS, PG_URL_BASE and COMMON_ENV (start_kairos); OUT,
# RAMP_UP, DURATION, THINK_TIME and TIMEOUT (run_load).

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf '%s: %s\n' "$LOAD_SCRIPT" "$*" >&2; exit 1; }

# Settings inherited from the caller's shell would change what is measured (or be refused).
unset_kairos_env() {
  local name
  while read -r name; do unset "$name"; done < <(compgen -e | grep '^KAIROS_' || true)
}

# --- stopping what the script started, by PID ---------------------------------------------------
LOAD_PID=""    # kairos-load run
SAMPLER_PID="" # the RSS sampler
KAIROS_PID=""  # kairos serve
WORKER_PID=""  # kairos worker
FEED_PID=""    # the feed server
stop_pid() { # pid, seconds to wait before SIGKILL
  local pid=$1 grace=${2:-15}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((grace * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  stop_pid "$LOAD_PID" 5
  stop_pid "$SAMPLER_PID" 1
  stop_pid "$WORKER_PID" 25
  stop_pid "$KAIROS_PID" 15
  stop_pid "$FEED_PID" 5
  if [ "$status" -ne 0 ]; then
    echo "$LOAD_SCRIPT: failed (exit $status); logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
stop_on_exit() {
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

# --- prerequisites --------------------------------------------------------------------------------
need_jq() {
  command -v jq >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then die "jq is required (Debian package 'jq')"; fi
  apt-get install -y -q jq >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q jq; }
}

# PostgreSQL on 127.0.0.1:5432 with the kairos_test role, jq and curl.
load_prerequisites() {
  source scripts/postgres.sh
  ensure_test_database
  need_jq
  command -v curl >/dev/null || die "curl is required"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres "$@"
  else
    psql -v ON_ERROR_STOP=1 -q -h "$ADDRESS" -U postgres -d postgres "$@"
  fi
}

# Builds kairos and kairos-load (release); sets KAIROS_BIN and LOAD_BIN.
build_release() {
  log "building release binaries"
  export SQLX_OFFLINE=true
  cargo build --release --locked -p kairos -p kairos-load
  local target_dir
  target_dir=$(cargo metadata --format-version 1 --no-deps | jq -r .target_directory)
  KAIROS_BIN=$target_dir/release/kairos
  LOAD_BIN=$target_dir/release/kairos-load
}

# 5,000 users hold up to 5,000 connections on each side, an overload up to 10,000.
raise_open_files() {
  local want=65536 hard
  hard=$(ulimit -Hn)
  [ "$hard" = unlimited ] && hard=$want
  ulimit -n $((hard < want ? hard : want))
  [ "$(ulimit -n)" -ge 12000 ] || echo "warning: ulimit -n is $(ulimit -n); 5,000 users need more than 10,000" >&2
}

# --- Kairos under load ------------------------------------------------------------------------------
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Samples the RSS of $1 twice a second, keeping the maximum in file $2.
start_sampler() {
  local pid=$1 file=$2
  rss_kb "$pid" >"$file"
  (
    max=0
    while kill -0 "$pid" 2>/dev/null; do
      now=$(rss_kb "$pid")
      if [ "${now:-0}" -gt "$max" ]; then max=$now; echo "$max" >"$file"; fi
      sleep 0.5
    done
  ) &
  SAMPLER_PID=$!
}

# Starts `kairos serve` on $ADDRESS:port (metrics on port + 1) against database db, with
# COMMON_ENV and the KEY=VALUE settings given, logging to $WORK/kairos-<label>.log; returns
# once it is ready.
start_kairos() { # label port db [KAIROS_X=value...]
  local label=$1 port=$2 db=$3 common=()
  shift 3
  read -r -a common <<<"$COMMON_ENV"
  env DATABASE_URL="$PG_URL_BASE/$db${PG_URL_QUERY:-}" KAIROS_LISTEN="$ADDRESS:$port" \
    KAIROS_METRICS_LISTEN="$ADDRESS:$((port + 1))" "${common[@]}" "$@" \
    "$KAIROS_BIN" serve >"$WORK/kairos-$label.log" 2>&1 &
  KAIROS_PID=$!
  for _ in $(seq 1 120); do
    if ! kill -0 "$KAIROS_PID" 2>/dev/null; then
      tail -n 20 "$WORK/kairos-$label.log" >&2
      die "kairos ($label) exited at start: one of its settings may not exist yet (see above)"
    fi
    curl -sf "http://$ADDRESS:$port/readyz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "kairos ($label) was not ready within 60 s"
}

# Runs kairos-load into $OUT/<label>; extra arguments choose the model. The think time is
# LOAD_THINK when set, else THINK_TIME.
run_load() { # label port fixture model-args...
  local label=$1 port=$2 fixture=$3
  shift 3
  local dir=$OUT/$label
  mkdir -p "$dir"
  log "$label"
  start_sampler "$KAIROS_PID" "$WORK/rss-$label"
  "$LOAD_BIN" run --target "http://$ADDRESS:$port" --fixture "$fixture" --ramp-up "$RAMP_UP" \
    --duration "$DURATION" --think-time "${LOAD_THINK:-$THINK_TIME}" --timeout "$TIMEOUT" --out-dir "$dir" \
    --label "$label" "$@" >"$dir/table.txt" &
  LOAD_PID=$!
  wait "$LOAD_PID"
  LOAD_PID=""
  cat "$dir/table.txt"
  stop_pid "$SAMPLER_PID" 1
  SAMPLER_PID=""
  jq --argjson rss "$(cat "$WORK/rss-$label")" '. + {kairos_peak_rss_kb: $rss}' "$dir/report.json" \
    >"$WORK/tmp.json" && mv "$WORK/tmp.json" "$dir/report.json"
  kill -0 "$KAIROS_PID" 2>/dev/null || die "kairos died during $label; see $WORK"
  sleep 5 # let connections drain before the next run
}

# --- results ------------------------------------------------------------------------------------
# Replaces the lines between the marker lines begin and end of file with the file content.
replace_marked() { # file begin end content
  local file=$1 begin=$2 end=$3 content=$4
  awk -v begin="$begin" -v end="$end" -v content="$content" '
    $0 == begin { print; while ((getline line < content) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }
  ' "$file" >"$WORK/marked.tmp"
  cp "$WORK/marked.tmp" "$file"
  echo "updated $file" >&2
}

# Writes summary file $2 between the markers <!-- $1:begin --> and <!-- $1:end --> of
# $BENCHMARKS (empty: leave it alone), first appending the introduction read from stdin and the
# markers when the file lacks them.
update_marked_section() { # marker summary-file < introduction
  local summary=$2 begin="<!-- $1:begin -->" end="<!-- $1:end -->"
  [ -n "$BENCHMARKS" ] || return 0
  if ! grep -qF "$begin" "$BENCHMARKS" 2>/dev/null; then
    { echo; cat; printf '\n%s\n%s\n' "$begin" "$end"; } >>"$BENCHMARKS"
  fi
  replace_marked "$BENCHMARKS" "$begin" "$end" "$summary"
}

# With SEED_SUMMARIZE=<results directory>: rewrites that directory's summary.md and the
# BENCHMARKS.md table from its files (the script's `summarize` and `update_benchmarks`), and
# exits without running anything.
summarize_if_asked() {
  [ -n "${SEED_SUMMARIZE:-}" ] || return 0
  need_jq
  summarize "${SEED_SUMMARIZE%/}"
  cat "${SEED_SUMMARIZE%/}/summary.md"
  update_benchmarks "${SEED_SUMMARIZE%/}/summary.md"
  exit 0
}

# --- wrk ----------------------------------------------------------------------------------------
# Writes a wrk script reading one day's slots of a random one of a kairos-load fixture's 50
# event types (organisation org) and of the next 20 days.
write_slot_reads_lua() { # org file
  local org=$1 file=$2 today
  today=$(date -u +%Y-%m-%d)
  cat >"$file" <<LUA
local day0 = os.time{year=${today:0:4}, month=${today:5:2}, day=${today:8:2}, hour=0}
request = function()
  local n = math.random(0, 49)
  local start = day0 + 86400 * math.random(1, 20)
  local path = string.format("/v1/public/event-types/$org/meet-%d/slots?start=%s&end=%s", n,
    os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 86400))
  return wrk.format("GET", path)
end
LUA
}
# Successful answers per second in a wrk output: all answers less the non-2xx, over its length.
wrk_ok_rps() { awk '/ requests in / {n = $1; t = $4 + 0} /Non-2xx/ {bad = $NF} END {printf "%.0f", (n - bad) / t}' "$1"; }
wrk_p99() { awk '$1 == "99%" {print $2}' "$1"; }

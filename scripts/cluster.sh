#!/usr/bin/env bash
# Kairos scaled out on one machine, with the parts a real deployment puts around it: three
# stateless `kairos serve` instances and a `kairos worker` behind HAProxy (Debian), which
# checks each instance's /readyz every second and retries only requests that are safe to
# repeat; PgBouncer (Debian) in front of PostgreSQL for the instances; a Redis of its own
# (slot cache, web sessions, rate limits) and a NATS with JetStream of its own (events).
# Everything listens on 127.0.0.1 only. docs/scaling.md explains the layout.
#
#   scripts/cluster.sh up            start, print the address, stop on Ctrl-C
#   scripts/cluster.sh start         start in the background (state in $CLUSTER_DIR)
#   scripts/cluster.sh stop          stop everything it started
#   scripts/cluster.sh status        what runs, and what HAProxy thinks of each instance
#   scripts/cluster.sh kill N        SIGKILL instance N (1–3), as a crash would
#   scripts/cluster.sh term N        SIGTERM instance N: it drains and exits
#   scripts/cluster.sh revive N      start instance N again
#   scripts/cluster.sh nats down|up  stop NATS, or start it again
#
# PgBouncer: Debian 12 ships 1.18, which cannot carry prepared statements in transaction
# mode (sqlx prepares every statement; `max_prepared_statements` came with 1.21), so this
# script runs it in session mode there, and in transaction mode with max_prepared_statements
# from 1.21 on. Settings (environment): CLUSTER_PORT (18500: HAProxy; the instances,
# PgBouncer, Redis and NATS take the ports above it), CLUSTER_INSTANCES (3),
# CLUSTER_DB (kairos_cluster, made fresh by `start`), CLUSTER_DIR
# (${TMPDIR:-/tmp}/kairos-cluster), CLUSTER_DEMO (1: seed the demo organisation),
# CLUSTER_LOG (warn), CLUSTER_SLOT_CACHE_TTL_SECS (60; 0 turns the slot cache off),
# CLUSTER_INSTANCE_THREADS (each instance's runtime threads, TOKIO_WORKER_THREADS; unset, one
# per core as on a machine of its own — set it to the instance's share of the cores to run them
# as containers with a CPU limit would).
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SCRIPT=cluster
ADDRESS=127.0.0.1
PORT=${CLUSTER_PORT:-18500}
INSTANCES=${CLUSTER_INSTANCES:-3}
DB=${CLUSTER_DB:-kairos_cluster}
DIR=${CLUSTER_DIR:-${TMPDIR:-/tmp}/kairos-cluster}
WORK=$DIR
HAPROXY_STATS=$((PORT + 9))
PGBOUNCER_PORT=$((PORT + 30))
REDIS_PORT=$((PORT + 31))
NATS_PORT=$((PORT + 32))
WORKER_METRICS=$((PORT + 40))
PG_DIRECT="postgres://kairos_test:kairos_test@$ADDRESS:5432/$DB?sslmode=disable"
PG_POOLED="postgres://kairos_test:kairos_test@$ADDRESS:$PGBOUNCER_PORT/$DB?sslmode=disable"
source scripts/load-lib.sh
# Settings inherited from the caller's shell would reach the instances (or be refused).
unset_kairos_env

api_port() { echo $((PORT + $1)); }
metrics_port() { echo $((PORT + 10 + $1)); }
pid_of() { cat "$DIR/pids/$1" 2>/dev/null || true; }
running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Runs a command in the background, detached from this shell, its pid in pids/<name>.
spawn() { # name command...
  local name=$1
  shift
  setsid "$@" >"$DIR/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/pids/$name"
}

wait_for() { # what seconds command...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 5))); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  die "$what did not start in $seconds s (logs in $DIR/logs)"
}

install_missing() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ] || missing+=(nats-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || die "install Debian's ${missing[*]}"
  log "installing ${missing[*]} (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q "${missing[@]}"; }
}

pgbouncer_bin() { command -v pgbouncer || echo /usr/sbin/pgbouncer; }

# "transaction" where PgBouncer can carry sqlx's prepared statements (1.21+), else "session".
pgbouncer_mode() {
  local version
  version=$("$(pgbouncer_bin)" --version | awk 'NR == 1 {print $NF}')
  if [ "$(printf '%s\n1.21.0\n' "$version" | sort -V | head -n1)" = 1.21.0 ]; then
    echo transaction
  else
    echo session
  fi
}

write_pgbouncer_config() {
  local mode=$1 extra=""
  [ "$mode" = transaction ] && extra="max_prepared_statements = 200"
  cat >"$DIR/pgbouncer/pgbouncer.ini" <<INI
[databases]
$DB = host=$ADDRESS port=5432 dbname=$DB user=kairos_test password=kairos_test

[pgbouncer]
listen_addr = $ADDRESS
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/pgbouncer/users.txt
pool_mode = $mode
$extra
; Every instance's pool (10) fits: 3 × 10 client connections, 40 server connections at most.
max_client_conn = 500
default_pool_size = 40
max_db_connections = 40
; Kairos sends statement_timeout and plan_cache_mode as start-up options; the database carries
; them instead.
ignore_startup_parameters = extra_float_digits,options
server_check_query = select 1
logfile = $DIR/logs/pgbouncer-file.log
pidfile = $DIR/pgbouncer/pgbouncer.pid
INI
  echo '"kairos_test" ""' >"$DIR/pgbouncer/users.txt"
}

haproxy_config() {
  local servers="" n
  for n in $(seq 1 "$INSTANCES"); do
    servers+="    server api$n $ADDRESS:$(api_port "$n") check"$'\n'
  done
  cat >"$DIR/haproxy.cfg" <<CFG
global
    maxconn 8000
    pidfile $DIR/haproxy.pid
    # The runtime API: take an instance out of rotation (`set server api/api2 state maint`).
    stats socket $DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 15s
    timeout http-request 10s
    timeout http-keep-alive 10s
    option forwardfor
    # A request that never reached an instance (refused connection) goes to another one;
    # one that did is retried only if it is safe to repeat.
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend kairos
    bind $ADDRESS:$PORT
    default_backend api

backend api
    balance leastconn
    option httpchk GET /readyz
    http-check expect status 200
    # Marked down after two failed checks a second apart, up after two good ones. Requests
    # already on an instance that begins draining (SIGTERM) are left to finish there.
    default-server inter 1s fall 2 rise 2
    http-request disable-l7-retry unless METH_GET || METH_HEAD || METH_OPTIONS
$servers
listen stats
    bind $ADDRESS:$HAPROXY_STATS
    stats enable
    stats uri /
    stats show-legends
CFG
}

instance_env() { # n
  local n=$1
  echo DATABASE_URL="$PG_POOLED" KAIROS_LISTEN="$ADDRESS:$(api_port "$n")" \
    KAIROS_METRICS_LISTEN="$ADDRESS:$(metrics_port "$n")" KAIROS_SERVE_WORKERS=0 \
    KAIROS_INSTANCES="$INSTANCES" KAIROS_DB_MAX_CONNECTIONS=10 KAIROS_TRUSTED_PROXIES="$ADDRESS" \
    ${CLUSTER_INSTANCE_THREADS:+TOKIO_WORKER_THREADS=$CLUSTER_INSTANCE_THREADS}
}

common_env() {
  echo KAIROS_LOG="${CLUSTER_LOG:-warn}" KAIROS_REDIS_URL="redis://$ADDRESS:$REDIS_PORT/0" \
    KAIROS_NATS_URL="nats://$ADDRESS:$NATS_PORT" KAIROS_PUBLIC_URL="http://$ADDRESS:$PORT" \
    KAIROS_SECRETS_KEY="$(cat "$DIR/secrets-key")" KAIROS_DATA_DIR="$DIR/data" \
    KAIROS_SLOT_CACHE_TTL_SECS="${CLUSTER_SLOT_CACHE_TTL_SECS:-60}"
}

start_nats() {
  spawn nats "$(command -v nats-server || echo /usr/sbin/nats-server)" -a "$ADDRESS" -p "$NATS_PORT" -js -sd "$DIR/nats"
  wait_for NATS 20 bash -c "exec 3<>/dev/tcp/$ADDRESS/$NATS_PORT"
}

start_instance() { # n
  local n=$1 settings demo=()
  read -r -a settings <<<"$(common_env) $(instance_env "$n")"
  # The first instance seeds the demo organisation into the empty database.
  [ "$n" = 1 ] && [ "${CLUSTER_DEMO:-1}" = 1 ] && demo=(--demo)
  spawn "api$n" env "${settings[@]}" "$KAIROS_BIN" serve "${demo[@]}"
  wait_for "instance $n" 60 curl -sf "http://$ADDRESS:$(api_port "$n")/readyz"
}

start_all() {
  if [ -d "$DIR/pids" ] && running haproxy; then die "already running (scripts/cluster.sh stop first)"; fi
  load_prerequisites
  install_missing
  build_release
  raise_open_files
  rm -rf "$DIR" && mkdir -p "$DIR"/{pids,logs,pgbouncer,nats,data}
  chmod 755 "$DIR" "$DIR/pgbouncer" "$DIR/logs"
  head -c 32 /dev/urandom | base64 >"$DIR/secrets-key"

  log "database $DB (fresh), migrated directly"
  as_postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kairos_test" \
    -c "ALTER DATABASE $DB SET statement_timeout = '5s'" -c "ALTER DATABASE $DB SET plan_cache_mode = force_generic_plan"
  local settings
  read -r -a settings <<<"$(common_env)"
  env "${settings[@]}" DATABASE_URL="$PG_DIRECT" "$KAIROS_BIN" migrate >"$DIR/logs/migrate.log" 2>&1 \
    || die "migrations failed (see $DIR/logs/migrate.log)"

  local mode
  mode=$(pgbouncer_mode)
  log "PgBouncer on $PGBOUNCER_PORT ($mode pooling), Redis on $REDIS_PORT, NATS on $NATS_PORT"
  write_pgbouncer_config "$mode"
  chown -R postgres "$DIR/pgbouncer" 2>/dev/null || true
  touch "$DIR/logs/pgbouncer-file.log" && chown postgres "$DIR/logs/pgbouncer-file.log" 2>/dev/null || true
  if [ "$(id -u)" -eq 0 ]; then
    spawn pgbouncer runuser -u postgres -- "$(pgbouncer_bin)" "$DIR/pgbouncer/pgbouncer.ini"
  else
    spawn pgbouncer "$(pgbouncer_bin)" "$DIR/pgbouncer/pgbouncer.ini"
  fi
  wait_for PgBouncer 20 psql -h "$ADDRESS" -p "$PGBOUNCER_PORT" -U kairos_test -d "$DB" -tAc "select 1"
  spawn redis redis-server --bind "$ADDRESS" --port "$REDIS_PORT" --save "" --appendonly no --dir "$DIR"
  wait_for Redis 20 redis-cli -p "$REDIS_PORT" ping
  start_nats

  log "$INSTANCES instances and a worker"
  for n in $(seq 1 "$INSTANCES"); do start_instance "$n"; done
  spawn worker env "${settings[@]}" DATABASE_URL="$PG_DIRECT" KAIROS_WORKER_METRICS_LISTEN="$ADDRESS:$WORKER_METRICS" \
    KAIROS_WORKER_CONCURRENCY=8 KAIROS_DB_MAX_CONNECTIONS=6 "$KAIROS_BIN" worker

  haproxy_config
  haproxy -c -q -f "$DIR/haproxy.cfg" || die "HAProxy refused its configuration"
  spawn haproxy haproxy -db -f "$DIR/haproxy.cfg"
  wait_for HAProxy 20 curl -sf "http://$ADDRESS:$PORT/readyz"
  echo "Kairos (cluster of $INSTANCES) at http://$ADDRESS:$PORT   HAProxy stats: http://$ADDRESS:$HAPROXY_STATS/"
}

stop_all() {
  local name
  [ -d "$DIR/pids" ] || return 0
  for name in haproxy $(cd "$DIR/pids" && ls -d api* 2>/dev/null) worker nats redis pgbouncer; do
    running "$name" && stop_pid_tree "$(pid_of "$name")"
    rm -f "$DIR/pids/$name"
  done
}

# Stops a process started by spawn (its own session): SIGTERM to the group, SIGKILL after 25 s.
stop_pid_tree() {
  local pid=$1
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 125); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

status() {
  local name
  for name in haproxy $(cd "$DIR/pids" 2>/dev/null && ls -d api* 2>/dev/null) worker pgbouncer redis nats; do
    if running "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
  done
  curl -sf "http://$ADDRESS:$HAPROXY_STATS/;csv" | awk -F, '$1 == "api" && $2 ~ /^api/ {print "haproxy sees " $2 ": " $18}' || true
}

instance_arg() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$INSTANCES" ] || die "which instance (1–$INSTANCES)?"
}

case "${1:-up}" in
  start) start_all ;;
  stop) stop_all ;;
  status) status ;;
  up)
    start_all
    trap 'stop_all; exit 0' INT TERM
    echo "Ctrl-C stops the cluster."
    while running haproxy; do sleep 1; done
    stop_all
    ;;
  kill)
    instance_arg "${2:-}"
    kill -KILL "$(pid_of "api$2")"
    ;;
  term)
    instance_arg "${2:-}"
    kill -TERM "$(pid_of "api$2")"
    ;;
  revive)
    instance_arg "${2:-}"
    KAIROS_BIN=$(cargo metadata --format-version 1 --no-deps | jq -r .target_directory)/release/kairos
    start_instance "$2"
    ;;
  nats)
    case "${2:-}" in
      down) running nats && stop_pid_tree "$(pid_of nats)" ;;
      up) running nats || start_nats ;;
      *) die "nats down|up" ;;
    esac
    ;;
  *) die "usage: scripts/cluster.sh [up|start|stop|status|kill N|term N|revive N|nats down|up]" ;;
esac

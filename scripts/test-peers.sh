# shellcheck shell=bash
# Shared by test.sh: the real peers the integration tests talk to, besides PostgreSQL. The tests
# that need one are `#[ignore]`d for plain `cargo test`; test.sh provides every peer and runs
# them all. Each ensure_* function either provides its peer and exports its variable, or prints
# which Debian, npm or PyPI package is missing and returns 1 (test.sh then stops). Idempotent:
# installs only what is missing, quietly; Debian packages as root or through passwordless sudo.
#   - a Python virtualenv with aiosmtpd (an SMTP server), icalendar (an iCalendar parser),
#     standardwebhooks (the reference webhook verifier) and moto (an S3-compatible server for
#     the backup tests), radicale and xandikos (CalDAV servers) and mcp (the official MCP client,
#     the agent interface's peer), from PyPI (scripts/test-requirements.txt): KAIROS_TEST_PYTHON
#   - a NATS server with JetStream on 127.0.0.1:4222 (Debian's nats-server): KAIROS_TEST_NATS_URL
#   - a Redis server on 127.0.0.1:6379 for the web app's Redis sessions (Debian's redis-server):
#     KAIROS_TEST_REDIS_URL
#   - Debian's Chromium and chromedriver for the web app's browser test: KAIROS_TEST_CHROMEDRIVER;
#     axe-core from npm for its accessibility check: KAIROS_TEST_AXE
#   - promtool (Debian's prometheus) for the check of the /metrics output: KAIROS_TEST_PROMTOOL
#   - PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup; Debian's postgresql) for the
#     test that starts a primary and a streaming replica of its own: KAIROS_TEST_PG_BIN

# Says why a peer cannot be provided; returns 1.
peer_error() {
  echo "test peers: $*" >&2
  return 1
}

# Installs Debian packages as root or through passwordless sudo, quietly, refreshing the
# package lists once if the first try fails. Returns 1 when it cannot install them.
peer_apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || return 1
    as_root=(sudo -n)
  fi
  echo "Installing Debian's $* ..."
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || {
      ${as_root[@]+"${as_root[@]}"} apt-get update -q >/dev/null \
        && ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
    }
}

# Whether something listens on 127.0.0.1:<port>.
peer_listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

ensure_python_peers() {
  local venv="${KAIROS_TEST_VENV:-$HOME/.cache/kairos-test-venv}"
  local requirements
  requirements="$(pwd)/scripts/test-requirements.txt"
  if [ ! -x "$venv/bin/pip" ]; then
    if ! command -v python3 >/dev/null 2>&1; then
      peer_apt_install python3 python3-venv \
        || peer_error "python3 is not installed and could not be: install Debian's 'python3' and 'python3-venv'" \
        || return 1
    fi
    if ! python3 -m venv --clear "$venv" >/dev/null 2>&1; then
      peer_apt_install python3-venv \
        || peer_error "Python's venv module is missing and could not be installed: install Debian's 'python3-venv'" \
        || return 1
      python3 -m venv --clear "$venv" >/dev/null \
        || peer_error "could not create the virtualenv $venv (Debian's 'python3-venv')" || return 1
    fi
    rm -f "$venv/.kairos-requirements"
  fi
  if ! cmp -s "$requirements" "$venv/.kairos-requirements"; then
    echo "Installing the Python test peers ($(tr '\n' ' ' < "$requirements"))..."
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" \
      || peer_error "could not install the PyPI packages of scripts/test-requirements.txt into $venv" \
      || return 1
    cp "$requirements" "$venv/.kairos-requirements"
  fi
  "$venv/bin/python" -c 'import aiosmtpd, icalendar, standardwebhooks, moto, radicale, xandikos, mcp' 2>/dev/null \
    || peer_error "$venv lacks the PyPI packages 'aiosmtpd', 'icalendar', 'standardwebhooks', 'moto[server]', 'radicale', 'xandikos' or 'mcp';" \
      "remove $venv/.kairos-requirements to reinstall them" \
    || return 1
  export KAIROS_TEST_PYTHON="$venv/bin/python"
}

ensure_postgres_programs() {
  local bin
  bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_basebackup" ]; then
    peer_apt_install postgresql \
      || peer_error "PostgreSQL's server programs are missing and could not be installed: install Debian's 'postgresql'" \
      || return 1
    bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_basebackup" ] \
    || peer_error "initdb and pg_basebackup not found under /usr/lib/postgresql (Debian's 'postgresql')" || return 1
  command -v runuser >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ] \
    || peer_error "runuser is required to run PostgreSQL as its own user (Debian's 'util-linux')" || return 1
  export KAIROS_TEST_PG_BIN="$bin"
}

ensure_nats() {
  export KAIROS_TEST_NATS_URL="${KAIROS_TEST_NATS_URL:-nats://127.0.0.1:4222}"
  if peer_listening 4222; then
    return 0
  fi
  if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
    peer_apt_install nats-server \
      || peer_error "nats-server is not installed and could not be: install Debian's 'nats-server'" \
      || return 1
  fi
  local server
  server=$(command -v nats-server || echo /usr/sbin/nats-server)
  local store="${KAIROS_TEST_NATS_DIR:-$HOME/.cache/kairos-test-nats}"
  mkdir -p "$store"
  echo "Starting nats-server with JetStream on 127.0.0.1:4222..."
  start-stop-daemon --start --oknodo --background --exec "$server" -- \
    -a 127.0.0.1 -p 4222 -js -sd "$store" -l "$store/nats-server.log" \
    || peer_error "could not start nats-server (Debian's 'nats-server')" || return 1
  for _ in $(seq 1 30); do
    peer_listening 4222 && return 0
    sleep 0.5
  done
  peer_error "nats-server did not start; see $store/nats-server.log."
}

ensure_redis() {
  export KAIROS_TEST_REDIS_URL="${KAIROS_TEST_REDIS_URL:-redis://127.0.0.1:6379}"
  if peer_listening 6379; then
    return 0
  fi
  if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
    peer_apt_install redis-server \
      || peer_error "redis-server is not installed and could not be: install Debian's 'redis-server'" \
      || return 1
  fi
  local server
  server=$(command -v redis-server || echo /usr/bin/redis-server)
  local store="${KAIROS_TEST_REDIS_DIR:-$HOME/.cache/kairos-test-redis}"
  mkdir -p "$store"
  echo "Starting redis-server on 127.0.0.1:6379..."
  # In memory only: the tests' keys expire or are deleted, nothing needs to outlive the server.
  # Matched by its pid file, so a redis-server on another port does not count as this one.
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$store/redis-server.pid" \
    --exec "$server" -- --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir "$store" \
    --logfile "$store/redis-server.log" \
    || peer_error "could not start redis-server (Debian's 'redis-server')" || return 1
  for _ in $(seq 1 30); do
    peer_listening 6379 && return 0
    sleep 0.5
  done
  peer_error "redis-server did not start; see $store/redis-server.log."
}

# A browser chromedriver can drive: KAIROS_TEST_CHROMIUM, Debian's Chromium or Google Chrome.
peer_have_browser() {
  if [ -n "${KAIROS_TEST_CHROMIUM:-}" ]; then
    [ -x "$KAIROS_TEST_CHROMIUM" ]
    return
  fi
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || command -v google-chrome >/dev/null 2>&1 || command -v google-chrome-stable >/dev/null 2>&1
}

ensure_browser() {
  local driver="${KAIROS_TEST_CHROMEDRIVER:-$(command -v chromedriver || true)}"
  if [ ! -x "$driver" ] || ! peer_have_browser; then
    peer_apt_install chromium chromium-driver \
      || peer_error "Chromium and chromedriver are not installed and could not be: install Debian's" \
        "'chromium' and 'chromium-driver'" \
      || return 1
    driver="${KAIROS_TEST_CHROMEDRIVER:-$(command -v chromedriver || true)}"
  fi
  [ -x "$driver" ] \
    || peer_error "chromedriver${KAIROS_TEST_CHROMEDRIVER:+ at $KAIROS_TEST_CHROMEDRIVER} is missing:" \
      "install Debian's 'chromium-driver'" \
    || return 1
  peer_have_browser || peer_error "no Chromium to drive: install Debian's 'chromium'" || return 1
  export KAIROS_TEST_CHROMEDRIVER="$driver"

  local axe_dir="${KAIROS_AXE_DIR:-$HOME/.cache/kairos-axe}"
  local axe="${KAIROS_TEST_AXE:-$axe_dir/node_modules/axe-core/axe.min.js}"
  if [ ! -f "$axe" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      peer_apt_install npm \
        || peer_error "npm is not installed and could not be: install Debian's 'npm' (for npm's 'axe-core')" \
        || return 1
    fi
    echo "Installing axe-core (npm) into $axe_dir..."
    npm install --silent --no-audit --no-fund --prefix "$axe_dir" axe-core@4 >/dev/null 2>&1 \
      || peer_error "could not install npm's 'axe-core' into $axe_dir" || return 1
    axe="$axe_dir/node_modules/axe-core/axe.min.js"
    [ -f "$axe" ] || peer_error "npm's 'axe-core' has no $axe" || return 1
  fi
  export KAIROS_TEST_AXE="$axe"
}

ensure_promtool() {
  local promtool="${KAIROS_TEST_PROMTOOL:-$(command -v promtool || true)}"
  if [ ! -x "$promtool" ]; then
    peer_apt_install prometheus \
      || peer_error "promtool is not installed and could not be: install Debian's 'prometheus'" \
      || return 1
    promtool="${KAIROS_TEST_PROMTOOL:-$(command -v promtool || true)}"
  fi
  [ -x "$promtool" ] \
    || peer_error "promtool${KAIROS_TEST_PROMTOOL:+ at $KAIROS_TEST_PROMTOOL} is missing: install Debian's 'prometheus'" \
    || return 1
  export KAIROS_TEST_PROMTOOL="$promtool"
}

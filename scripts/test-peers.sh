# Shared by test.sh: the real protocol peers the integration tests talk to, besides
# PostgreSQL. Idempotent; installs only what is missing.
#   - a Python virtualenv with aiosmtpd (an SMTP server), icalendar (an iCalendar parser),
#     standardwebhooks (the reference webhook verifier) and moto (an S3-compatible server for
#     the backup tests): KAIROS_TEST_PYTHON
#   - a NATS server with JetStream on 127.0.0.1:4222: KAIROS_TEST_NATS_URL
#   - a Redis server on 127.0.0.1:6379 for the web app's Redis sessions: KAIROS_TEST_REDIS_URL
#   - Debian's Chromium and chromedriver for the web app's browser test:
#     KAIROS_TEST_CHROMEDRIVER; axe-core from npm for its accessibility check: KAIROS_TEST_AXE

# Installs Debian packages, refreshing the package lists once if the first try fails.
apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
}

ensure_python_peers() {
  local venv="${KAIROS_TEST_VENV:-$HOME/.cache/kairos-test-venv}"
  local requirements
  requirements="$(pwd)/scripts/test-requirements.txt"
  if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing python3-venv (Debian)..."
        apt_install python3-venv
      fi
      python3 -m venv "$venv"
    fi
  fi
  if ! cmp -s "$requirements" "$venv/.kairos-requirements"; then
    echo "Installing the Python test peers ($(tr '\n' ' ' < "$requirements"))..."
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/.kairos-requirements"
  fi
  export KAIROS_TEST_PYTHON="$venv/bin/python"
}

ensure_nats() {
  export KAIROS_TEST_NATS_URL="${KAIROS_TEST_NATS_URL:-nats://127.0.0.1:4222}"
  if (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
    return 0
  fi
  if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing nats-server (Debian)..."
      apt_install nats-server
    else
      echo "nats-server is not installed (Debian package 'nats-server')." >&2
      return 1
    fi
  fi
  local server
  server=$(command -v nats-server || echo /usr/sbin/nats-server)
  local store="${KAIROS_TEST_NATS_DIR:-$HOME/.cache/kairos-test-nats}"
  mkdir -p "$store"
  echo "Starting nats-server with JetStream on 127.0.0.1:4222..."
  start-stop-daemon --start --oknodo --background --exec "$server" -- \
    -a 127.0.0.1 -p 4222 -js -sd "$store" -l "$store/nats-server.log"
  for _ in $(seq 1 30); do
    (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null && return 0
    sleep 0.5
  done
  echo "nats-server did not start; see $store/nats-server.log." >&2
  return 1
}

ensure_redis() {
  export KAIROS_TEST_REDIS_URL="${KAIROS_TEST_REDIS_URL:-redis://127.0.0.1:6379}"
  if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
    return 0
  fi
  if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing redis-server (Debian)..."
      apt_install redis-server
    else
      echo "redis-server is not installed (Debian package 'redis-server')." >&2
      return 1
    fi
  fi
  local server
  server=$(command -v redis-server || echo /usr/bin/redis-server)
  local store="${KAIROS_TEST_REDIS_DIR:-$HOME/.cache/kairos-test-redis}"
  mkdir -p "$store"
  echo "Starting redis-server on 127.0.0.1:6379..."
  # In memory only: the tests' keys expire or are deleted, nothing needs to outlive the server.
  # Matched by its pid file, so a redis-server on another port does not count as this one.
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$store/redis-server.pid" \
    --exec "$server" -- --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir "$store" --logfile "$store/redis-server.log"
  for _ in $(seq 1 30); do
    (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && return 0
    sleep 0.5
  done
  echo "redis-server did not start; see $store/redis-server.log." >&2
  return 1
}

ensure_browser() {
  if ! command -v chromedriver >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing chromium and chromium-driver (Debian)..."
      apt_install chromium chromium-driver \
        || echo "Could not install chromium: the browser test will skip." >&2
    fi
  fi
  if command -v chromedriver >/dev/null 2>&1; then
    export KAIROS_TEST_CHROMEDRIVER="${KAIROS_TEST_CHROMEDRIVER:-$(command -v chromedriver)}"
  else
    echo "chromedriver is not installed (Debian package 'chromium-driver'): the browser test will skip." >&2
  fi
  local axe_dir="${KAIROS_AXE_DIR:-$HOME/.cache/kairos-axe}"
  local axe="$axe_dir/node_modules/axe-core/axe.min.js"
  if [ ! -f "$axe" ]; then
    if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing npm (Debian) for axe-core..."
      apt_install npm || true
    fi
    if command -v npm >/dev/null 2>&1; then
      echo "Installing axe-core (npm) into $axe_dir..."
      npm install --silent --no-audit --no-fund --prefix "$axe_dir" axe-core@4 >/dev/null 2>&1 \
        || echo "Could not install axe-core: the accessibility check will skip." >&2
    else
      echo "npm is not available: the accessibility check will skip." >&2
    fi
  fi
  if [ -f "$axe" ]; then
    export KAIROS_TEST_AXE="$axe"
  fi
}

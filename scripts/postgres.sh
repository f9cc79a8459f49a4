# Shared by run.sh and test.sh: make sure Debian's PostgreSQL is installed and, for tests,
# that a local server is running with a role the suite can use. Idempotent.

have_postgres_binaries() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

# Installs a Debian package as root, or says what to install and fails.
apt_install() { # package what
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$2 is not installed. Install Debian's '$1' package." >&2
    return 1
  fi
  echo "Installing $2 (Debian package '$1')..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "$1" >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q "$1"; }
}

install_postgres() {
  have_postgres_binaries || apt_install postgresql "PostgreSQL (or set DATABASE_URL)"
}

# pg_dump and pg_restore (Debian's postgresql-client), which `kairos backup` and its tests run.
ensure_pg_client() {
  if command -v pg_restore >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_restore >/dev/null 2>&1; then
    return 0
  fi
  apt_install postgresql-client "pg_dump/pg_restore"
}

# Starts the machine's main cluster when nothing answers on 127.0.0.1:5432, and creates the
# `kairos_test` role and database (password auth works whatever pg_hba.conf says for TCP).
ensure_test_database() {
  install_postgres
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$version" ]; then
      echo "No PostgreSQL cluster found under /etc/postgresql." >&2
      return 1
    fi
    echo "Starting PostgreSQL $version..."
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
      echo "PostgreSQL $version did not start within 30 s; see /var/log/postgresql/." >&2
      return 1
    fi
  fi
  local as_postgres=(psql -v ON_ERROR_STOP=1 -q -d postgres)
  if [ "$(id -u)" -eq 0 ]; then
    as_postgres=(runuser -u postgres -- "${as_postgres[@]}")
  fi
  "${as_postgres[@]}" <<'SQL'
SELECT 'CREATE ROLE kairos_test LOGIN CREATEDB PASSWORD ''kairos_test'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kairos_test')\gexec
SELECT 'CREATE DATABASE kairos_test OWNER kairos_test'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'kairos_test')\gexec
SQL
}

# The database the test suite runs against: DATABASE_URL when given (PostgreSQL's binaries
# installed for the backup tests), else the local `kairos_test` database; and pg_dump/pg_restore.
ensure_suite_database() {
  if [ -z "${DATABASE_URL:-}" ]; then
    ensure_test_database
    export DATABASE_URL="postgres://kairos_test:kairos_test@127.0.0.1:5432/kairos_test"
  else
    install_postgres
  fi
  ensure_pg_client
}

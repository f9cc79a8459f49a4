#!/usr/bin/env bash
# Runs Kairos with demo data. Without DATABASE_URL it creates and starts a private
# PostgreSQL cluster under the data directory (installing Debian's PostgreSQL if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${DATABASE_URL:-}" ]; then
  install_postgres
  if [ -z "${KAIROS_DATA_DIR:-}" ]; then
    # PostgreSQL runs as the `postgres` user when we are root; it cannot enter /root.
    if [ "$(id -u)" -eq 0 ]; then export KAIROS_DATA_DIR=/var/lib/kairos; else export KAIROS_DATA_DIR="$PWD/data"; fi
  fi
fi
export SQLX_OFFLINE=true
export KAIROS_LOG_FORMAT="${KAIROS_LOG_FORMAT:-pretty}"
exec cargo run --release --locked -p kairos -- serve --demo "$@"

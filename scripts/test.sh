#!/usr/bin/env bash
# The whole Kairos test suite: formatting, lints, the operations files (scripts/ops-checks.sh),
# unit, property and integration tests against a real PostgreSQL. Installs and starts PostgreSQL when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/test-peers.sh

if [ -z "${DATABASE_URL:-}" ]; then
  ensure_test_database
  export DATABASE_URL="postgres://kairos_test:kairos_test@127.0.0.1:5432/kairos_test"
else
  install_postgres
fi
ensure_pg_client
# promtool (Debian's `prometheus` package) checks the /metrics output in the tests.
if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing promtool (Debian package 'prometheus')..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q prometheus >/dev/null 2>&1 \
      || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q prometheus >/dev/null; }
  fi
fi
if command -v promtool >/dev/null 2>&1; then
  export KAIROS_REQUIRE_PROMTOOL=1
else
  echo "promtool is not available: the metrics test will skip its promtool check." >&2
fi

ensure_python_peers
ensure_nats
ensure_redis
ensure_browser

# Queries are checked at compile time against the committed .sqlx/ data, so building needs
# no database; a query changed without re-running `cargo sqlx prepare` fails to compile.
export SQLX_OFFLINE=true

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== operations files"
scripts/ops-checks.sh
echo "== cargo test"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --workspace --locked 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite (cargo prints one per test binary).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i == "passed;") p += $(i - 1); if ($i == "failed;") f += $(i - 1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"

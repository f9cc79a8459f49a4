#!/usr/bin/env bash
# The whole Kairos test suite: formatting, lints, the supply chain (scripts/supply-chain.sh),
# the operations files (scripts/ops-checks.sh),
# unit, property and integration tests against a real PostgreSQL and the other real peers of
# scripts/test-peers.sh. Installs and starts PostgreSQL and the peers when missing, and fails
# when one cannot be provided. Ends with one line, `tests: N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/test-peers.sh

ensure_suite_database
# The other real peers of the tests (scripts/test-peers.sh). The tests that need one are
# ignored by plain `cargo test`; this script runs them all, so a peer it cannot provide stops it.
peer_failed() {
  echo "scripts/test.sh: cannot provide $1 (see above); the tests that need it would not run." >&2
  exit 1
}
ensure_python_peers || peer_failed "the Python test peers"
ensure_nats || peer_failed "NATS"
ensure_redis || peer_failed "Redis"
ensure_browser || peer_failed "Chromium, chromedriver and axe-core"
ensure_promtool || peer_failed "promtool"
ensure_postgres_programs || peer_failed "PostgreSQL's server programs"

# Queries are checked at compile time against the committed .sqlx/ data, so building needs
# no database; a query changed without re-running `cargo sqlx prepare` fails to compile.
export SQLX_OFFLINE=true

# Each phase says how long it took, so the time to green can be measured where it goes.
phase_name="PostgreSQL and the peers"
phase_started=0
phase() {
  echo "   ($phase_name: $((SECONDS - phase_started)) s)"
  phase_name=$1
  phase_started=$SECONDS
  [ "$1" = "done" ] || echo "== $1"
}

phase "cargo fmt --check"
cargo fmt --all -- --check
phase "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
phase "supply chain (cargo deny)"
scripts/supply-chain.sh
phase "operations files"
scripts/ops-checks.sh
phase "build the tests"
cargo test --workspace --locked --no-run
phase "cargo test"
# The integration tests mostly wait on PostgreSQL, the peers and their workers, so more of them
# run at once than there are cores; each holds a few connections, far below max_connections.
export RUST_TEST_THREADS="${RUST_TEST_THREADS:-6}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# Every test binary runs even when one fails, and the tests that need a peer run too.
cargo test --workspace --locked --no-fail-fast -- --include-ignored 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
phase "done"
if [ "$status" -ne 0 ]; then
  echo "cargo test failed (exit status $status): see the failures above." >&2
fi
# One closing line for the whole suite (cargo prints one per test binary), `tests: N passed,
# M failed`, which CI reads; ignored tests (none are expected here) on a line before it.
awk '/^test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed[;,]?$/) p += $(i - 1); if ($i ~ /^failed[;,]?$/) f += $(i - 1); if ($i ~ /^ignored[;,]?$/) g += $(i - 1) } }
     END { if (g > 0) printf "tests ignored: %d\n", g; printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"

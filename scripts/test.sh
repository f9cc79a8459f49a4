#!/usr/bin/env bash
# The whole Kairos test suite: formatting, lints, unit, property and integration tests
# against a real PostgreSQL. Installs and starts PostgreSQL when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${DATABASE_URL:-}" ]; then
  ensure_test_database
  export DATABASE_URL="postgres://kairos_test:kairos_test@127.0.0.1:5432/kairos_test"
else
  install_postgres
fi
# Queries are checked at compile time against the committed .sqlx/ data, so building needs
# no database; a query changed without re-running `cargo sqlx prepare` fails to compile.
export SQLX_OFFLINE=true

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked

#!/usr/bin/env bash
# The supply-chain check of the test command: `cargo deny` (deny.toml) over licences, banned or
# wildcard dependencies and sources, and over RustSec advisories whenever the advisory database
# can be fetched (it lives on GitHub; without it, the last fetched copy is used, and with none
# the advisory check is reported as not done — the CI workflow always runs it). Installs the
# pinned cargo-deny when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DENY_VERSION=0.20.2
deny=$(command -v cargo-deny || true)
if [ -z "$deny" ] || ! "$deny" --version | grep -q " $DENY_VERSION\$"; then
  echo "Installing cargo-deny $DENY_VERSION ..."
  # Its own target directory, kept between runs, so a reinstall is incremental.
  CARGO_TARGET_DIR="${KAIROS_TOOLS_TARGET_DIR:-$HOME/.cache/kairos-tools-target}" \
    cargo install cargo-deny --version "$DENY_VERSION" --locked --quiet
  deny="$HOME/.cargo/bin/cargo-deny"
fi

"$deny" --log-level error check licenses bans sources

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if timeout 120 "$deny" --log-level error check advisories >"$log" 2>&1; then
  echo "advisories ok"
elif grep -q "failed to fetch advisory database" "$log"; then
  if ls -d "$HOME"/.cargo/advisory-dbs/*/crates >/dev/null 2>&1; then
    echo "The advisory database could not be fetched; checking against the last fetched copy."
    "$deny" --log-level error check --disable-fetch advisories
  else
    echo "WARNING: advisories NOT checked: the RustSec database (github.com/RustSec/advisory-db)"
    echo "         could not be fetched from here; .github/workflows/ci.yml checks them."
  fi
else
  cat "$log"
  exit 1
fi

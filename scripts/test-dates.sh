#!/usr/bin/env bash
# Runs the tests whose outcome could depend on the day they run under libfaketime (Debian's
# `faketime`), once for each of the dates that break scheduling software: every day of one
# week (Monday to Sunday, across a month end), New Year's Eve late in the evening (already
# New Year in Berlin), 28 and 29 February of a leap year, and the Saturday and Sunday of a
# DST change in Europe and in the United States, the Sundays just around the change.
#
# The faked clock is the test process's, and with it Kairos's (tests start Kairos in that
# process; the programs they spawn inherit it). PostgreSQL's own clock stays real: Kairos
# never compares a time of its clock with the database's `now()`, so the two may differ.
#
#   scripts/test-dates.sh                      # every date, every covered test
#   scripts/test-dates.sh slots:: bookings::   # every date, only tests matching a filter
#   KAIROS_TEST_DATES="2027-03-28 01:30:00" scripts/test-dates.sh
#
# Installs faketime and the test peers when missing, like scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/test-peers.sh

# Instants in UTC, each with why it is here.
DEFAULT_DATES=(
  "2027-05-31 09:00:00" # Monday, the last day of a month
  "2027-06-01 09:00:00" # Tuesday, the first
  "2027-06-02 09:00:00" # Wednesday
  "2027-06-03 09:00:00" # Thursday
  "2027-06-04 16:30:00" # Friday, late in the working day
  "2027-06-05 09:00:00" # Saturday
  "2027-06-06 21:30:00" # Sunday evening, already Monday in Asia
  "2026-12-31 23:30:00" # New Year's Eve; in Berlin it is 00:30 on 1 January
  "2028-02-28 23:30:00" # the day before a leap day (in Berlin, the leap day itself)
  "2028-02-29 12:00:00" # a leap day
  "2027-03-27 12:00:00" # Saturday before Europe springs forward
  "2027-03-28 01:30:00" # Sunday, 30 minutes after Europe sprang forward
  "2027-03-13 12:00:00" # Saturday before the USA springs forward
  "2027-03-14 06:30:00" # Sunday, 01:30 in New York, 30 minutes before the change
)
if [ -n "${KAIROS_TEST_DATES:-}" ]; then
  mapfile -t DATES <<<"$KAIROS_TEST_DATES"
else
  DATES=("${DEFAULT_DATES[@]}")
fi

# The browser test runs Chromium (not this tool's to fake) and the overload test measures
# timing, not dates: every other test of the API runs, with the queue tests and the
# unit tests of both crates.
SKIP=(--skip browser:: --skip overload::)
FILTERS=("$@")

command -v faketime >/dev/null 2>&1 || peer_apt_install faketime || peer_error "faketime is not installed (Debian package 'faketime')"

ensure_suite_database
ensure_python_peers
ensure_nats
ensure_redis
ensure_promtool
export SQLX_OFFLINE=true

echo "== building the tests"
mapfile -t BINARIES < <(
  cargo test -p kairos -p kairos-core --lib --test api --test queue --locked --no-run --message-format=json 2>/dev/null \
    | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m.get("profile", {}).get("test"):
        print(m["manifest_path"].rsplit("/", 1)[0] + "\t" + m["executable"])
'
)
if [ "${#BINARIES[@]}" -eq 0 ]; then
  echo "no test binaries were built; run cargo test --no-run to see why" >&2
  exit 1
fi

failed_dates=()
started=$SECONDS
for date in "${DATES[@]}"; do
  echo "== $date UTC"
  date_ok=1
  for entry in "${BINARIES[@]}"; do
    dir=${entry%%$'\t'*}
    binary=${entry#*$'\t'}
    # An offset from the real clock rather than a start time, so every process the tests
    # spawn (a `kairos worker`, the Python peers) reads the same time as the tests; the
    # monotonic clock stays real, so timers and timeouts keep their length.
    offset=$(($(date -u -d "$date" +%s) - $(date -u +%s)))
    if ! (cd "$dir" && FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$(printf '%+d' "$offset")" \
      "$binary" --include-ignored --test-threads 4 "${SKIP[@]}" "${FILTERS[@]}" -q); then
      date_ok=0
    fi
  done
  [ "$date_ok" -eq 1 ] || failed_dates+=("$date")
done

echo "== ${#DATES[@]} dates in $((SECONDS - started)) s"
if [ "${#failed_dates[@]}" -gt 0 ]; then
  printf 'failed on: %s\n' "${failed_dates[@]}" >&2
  exit 1
fi
echo "every date passed"

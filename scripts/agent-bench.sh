#!/usr/bin/env bash
# How long an agent's tool calls take end to end: one `kairos serve` (release build, its own
# defaults) on a fresh database, a host with the default working week and a key limited to her,
# and the official Python MCP client (from the test peers' virtualenv) calling find_free_times,
# confirm, describe_day and show_plan in turn over streamable HTTP (scripts/agent_bench.py).
# Each confirm books the best proposal, so the calendar fills as the run goes.
#
# One command, bounded (a few minutes once the release build is cached), only ever talking to
# 127.0.0.1. Prints the table of p50/p99/mean per tool. Overrides (environment):
# AGENT_BENCH_CALLS=200, AGENT_BENCH_PORT=18700.
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SCRIPT=agent-bench
WORK=$(mktemp -d)
ADDRESS=127.0.0.1
PG_URL_BASE="postgres://kairos_test:kairos_test@$ADDRESS:5432"
PG_URL_QUERY="?sslmode=disable"
COMMON_ENV="KAIROS_LOG=warn"
CALLS=${AGENT_BENCH_CALLS:-200}
PORT=${AGENT_BENCH_PORT:-18700}
DB=kairos_agent_bench

source scripts/load-lib.sh
source scripts/test-peers.sh
unset_kairos_env
load_prerequisites
ensure_python_peers
# The client's Python, out of the environment Kairos reads its KAIROS_* settings from.
PYTHON=$KAIROS_TEST_PYTHON
unset KAIROS_TEST_PYTHON
stop_on_exit
build_release

as_postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER kairos_test"
start_kairos agent "$PORT" "$DB"
B="http://$ADDRESS:$PORT"
post() { # path key body
  curl -sf -X POST "$B$1" -H "authorization: Bearer $2" -H 'content-type: application/json' -d "$3"
}
KEY=$(curl -sf -X POST "$B/v1/organizations" -H 'content-type: application/json' \
  -d '{"name": "Agent bench", "slug": "agent-bench"}' | jq -r .api_key.secret)
HOST=$(post /v1/hosts "$KEY" '{"name": "Ana", "email": "ana@agent-bench.example", "time_zone": "Europe/Berlin"}' | jq -r .id)
AGENT_KEY=$(post /v1/api-keys "$KEY" "{\"name\": \"agent\", \"host_id\": \"$HOST\"}" | jq -r .secret)

log "$CALLS rounds of find_free_times, confirm, describe_day and show_plan"
"$PYTHON" scripts/agent_bench.py "$B/mcp" "$AGENT_KEY" "$CALLS"

"""How long an agent's tool calls take, seen by the official Python MCP client over streamable
HTTP: find_free_times (a search over four weeks), confirm (a booking), describe_day and
show_plan, each called `calls` times in one session after a few uncounted warm-up calls.

Usage: python agent_bench.py <mcp url> <key limited to one host> <calls>. Prints a Markdown
table of p50, p99 and mean per tool, in milliseconds.
"""

import asyncio
import datetime
import statistics
import sys
import time
import uuid

import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

WARM_UP = 5


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def timed(session, tool, arguments, times):
    started = time.perf_counter()
    result = await session.call_tool(tool, arguments)
    elapsed = time.perf_counter() - started
    if result.is_error:
        raise SystemExit(f"{tool} failed: {result.structured_content}")
    times.setdefault(tool, []).append(elapsed * 1000)
    return result.structured_content


async def main(url, key, calls):
    today = datetime.date.today()
    days = {
        "from_date": (today + datetime.timedelta(days=1)).isoformat(),
        "to_date": (today + datetime.timedelta(days=28)).isoformat(),
    }
    find = {"people": [], "duration_minutes": 30, "days": days}
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx2.AsyncClient(headers=headers, timeout=30) as client:
        async with streamable_http_client(url, http_client=client) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                times = {}
                for round_ in range(WARM_UP + calls):
                    if round_ == WARM_UP:
                        times = {}
                    found = await timed(session, "find_free_times", find, times)
                    confirm = {"request_id": found["id"], "proposal": 1, "idempotency_key": uuid.uuid4().hex}
                    await timed(session, "confirm", confirm, times)
                    await timed(session, "describe_day", {"date": days["from_date"]}, times)
                    await timed(session, "show_plan", {}, times)
    print("| tool | calls | p50 | p99 | mean |")
    print("|---|---|---|---|---|")
    for tool, values in times.items():
        print(
            f"| `{tool}` | {len(values)} | {percentile(values, 0.5):.1f} ms | {percentile(values, 0.99):.1f} ms "
            f"| {statistics.mean(values):.1f} ms |"
        )


asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))

"""A real MCP client (the official Python SDK) playing an agent against Kairos.

Usage: python mcp_agent.py '<plan as JSON>'. The plan names the transport and the calls:
{"http": {"url": ..., "key": ...}} or {"stdio": {"command": ..., "env": {...}}}, and
"calls": [{"tool": ..., "arguments": {...}}, ...]. It connects, initialises, lists the tools,
makes the calls in order and prints one JSON object: the tool names, and for each call
whether it was an error, its structured content and its text (or, for a call refused at the
protocol level, the error's message). A call's arguments may use
"$<n>.<field>" to take a field of the structured result of call n.
"""

import asyncio
import json
import sys
import time

import httpx2
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError
from mcp.client.streamable_http import streamable_http_client


def resolve(value, results):
    if isinstance(value, str) and value.startswith("$"):
        index, field = value[1:].split(".", 1)
        return results[int(index)]["structured"][field]
    if isinstance(value, dict):
        return {k: resolve(v, results) for k, v in value.items()}
    return value


async def run(session, calls):
    await session.initialize()
    tools = await session.list_tools()
    results = []
    for call in calls:
        started = time.perf_counter()
        try:
            result = await session.call_tool(call["tool"], resolve(call.get("arguments", {}), results))
        except MCPError as error:
            # Refused at the protocol level (arguments that do not fit the tool's schema).
            results.append({"tool": call["tool"], "is_error": True, "protocol_error": str(error), "structured": None})
            continue
        results.append(
            {
                "tool": call["tool"],
                "is_error": bool(result.is_error),
                "structured": result.structured_content,
                "text": " ".join(getattr(c, "text", "") for c in result.content),
                "seconds": time.perf_counter() - started,
            }
        )
    return {"tools": sorted(t.name for t in tools.tools), "results": results}


async def main(plan):
    if "http" in plan:
        headers = {"Authorization": f"Bearer {plan['http']['key']}"}
        async with httpx2.AsyncClient(headers=headers, timeout=30) as client:
            async with streamable_http_client(plan["http"]["url"], http_client=client) as (read, write):
                async with ClientSession(read, write) as session:
                    return await run(session, plan["calls"])
    server = StdioServerParameters(command=plan["stdio"]["command"], args=["mcp"], env=plan["stdio"]["env"])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            return await run(session, plan["calls"])


print(json.dumps(asyncio.run(main(json.loads(sys.argv[1])))))

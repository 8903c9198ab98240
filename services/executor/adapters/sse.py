"""Server-sent events over a streamed httpx response: the `data` of each event.

Only what chat-completion streams use: `data:` lines (several join with a newline) end an
event at a blank line; comments (`:`), `event:`, `id:` and `retry:` lines are ignored.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx


async def sse_data(resp: httpx.Response) -> AsyncIterator[str]:
    """Each event's data, in order; a last event without its blank line still counts."""
    data: list[str] = []
    async for line in resp.aiter_lines():
        if not line:
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)

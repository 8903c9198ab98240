"""`stream: true` on the OpenAI chat endpoint: the answer as server-sent events.

A streamed reply takes as long as a plain one (the model's latency), but its first token
arrives after only `ttft_share` of it, the rest spread over the remaining time, as a real
model decodes. That is what lets a client measure a true time to first token. The chunks
follow OpenAI's `chat.completion.chunk` format exactly: a role delta, content (or one
tool-call) deltas, a finish-reason chunk, a usage chunk when `stream_options.include_usage`
is set, then `data: [DONE]`.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from aiohttp import web

from services.fleet.shapes import Answer, Ask, encode

MAX_PIECES = 8
_WORDS = re.compile(r"\S+\s*|\s+")


def pieces(text: str, limit: int = MAX_PIECES) -> list[str]:
    """`text` cut at word boundaries into at most `limit` pieces that join back to it."""
    words = _WORDS.findall(text)
    if not words:
        return []
    size = -(-len(words) // limit)  # ceiling division
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


def _chunk(ask: Ask, cid: str, delta: dict[str, Any], finish: str | None) -> bytes:
    body = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": ask.model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + encode(body) + b"\n\n"


def _usage(ask: Ask, ans: Answer, cid: str) -> bytes:
    body: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": ask.model,
        "choices": [],
        "usage": {
            "prompt_tokens": ans.tokens_in,
            "completion_tokens": ans.tokens_out,
            "total_tokens": ans.tokens_in + ans.tokens_out,
        },
    }
    if ans.recorded is not None:
        body["mesh_recorded_cost_usd"] = ans.recorded.cost_usd
        body["mesh_recorded_correct"] = ans.recorded.correct
    return b"data: " + encode(body) + b"\n\n"


def deltas(ask: Ask, ans: Answer) -> list[dict[str, Any]]:
    """The content (or tool-call) deltas of an answer; the first carries the role."""
    if ans.tool_call is not None:
        call_id, args = ans.tool_call
        call = {
            "index": 0,
            "id": call_id,
            "type": "function",
            "function": {"name": "calculator", "arguments": args},
        }
        return [{"role": "assistant", "content": None, "tool_calls": [call]}]
    out: list[dict[str, Any]] = [{"content": p} for p in pieces(ans.text)]
    if not out:
        return [{"role": "assistant", "content": ""}]
    out[0] = {"role": "assistant", **out[0]}
    return out


async def stream_answer(
    request: web.Request,
    ask: Ask,
    ans: Answer,
    *,
    delay_s: float,
    ttft_share: float,
    include_usage: bool,
    malformed: bool = False,
) -> web.StreamResponse:
    """Send `ans` as SSE over `delay_s` in all; the first token after its share."""
    resp = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    cid = f"chatcmpl-{time.monotonic_ns():x}"
    parts = deltas(ask, ans)
    first = delay_s * ttft_share
    step = (delay_s - first) / len(parts) if delay_s > 0 else 0.0
    if first > 0:
        await asyncio.sleep(first)
    await resp.prepare(request)
    for i, delta in enumerate(parts):
        if i and step > 0:
            await asyncio.sleep(step)
        await resp.write(_chunk(ask, cid, delta, None))
        if malformed:
            await resp.write(b'data: {"choices": [\n\n')
            return resp
    if step > 0:
        await asyncio.sleep(step)
    await resp.write(_chunk(ask, cid, {}, ans.finish))
    if include_usage:
        await resp.write(_usage(ask, ans, cid))
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp

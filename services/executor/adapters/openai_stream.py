"""OpenAI-compatible streaming (`stream: true`): SSE chunks folded into one answer.

Streaming buys a true time to first token (the first chunk that carries content or a tool
call, not the response headers, which a server may send at once) at the price of parsing
many small JSON chunks. Usage comes from the final chunk, which OpenAI only sends when
`stream_options.include_usage` is set; a server that ignores that option leaves the token
counts to a rough estimate (four characters a token) so the cost is not silently zero.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from services.executor.adapters.base import ChatRequest, ChatResponse, ToolCall
from services.executor.adapters.http import (
    TRANSPORT_ERRORS,
    bad_shape,
    describe,
    error_detail,
    status_error,
    transport_error,
)
from services.executor.adapters.sse import sse_data
from services.executor.errors import ProviderError

PROVIDER = "openai"


@dataclass
class Chunk:
    """One parsed chunk and the milliseconds since the request was sent."""

    data: dict[str, Any]
    at_ms: float


async def chunks(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    body: dict[str, Any],
    req: ChatRequest,
    api_key: str | None,
    on_error: Callable[[int, Mapping[str, str], bytes], ProviderError],
) -> AsyncIterator[Chunk]:
    """POST with `stream: true` and yield each chunk until `[DONE]`.

    `on_error(status, headers, raw)` builds the `ProviderError` for an HTTP error status.

    Raises:
        ProviderError: transport failure, error status, an error event or bad JSON.
    """
    name = req.spec.name
    start = time.perf_counter()
    try:
        async with client.stream(
            "POST", url, json=body, headers=headers, timeout=req.timeout_s
        ) as resp:
            if resp.status_code >= 400:
                raise on_error(resp.status_code, resp.headers, await resp.aread())
            async for data in sse_data(resp):
                if data.strip() == "[DONE]":
                    return
                try:
                    parsed = json.loads(data)
                except ValueError:
                    raise bad_shape(PROVIDER, name, 200, "invalid JSON chunk") from None
                if not isinstance(parsed, dict):
                    raise bad_shape(PROVIDER, name, 200, "a chunk is not an object")
                if "error" in parsed:
                    message, _ = error_detail(parsed)
                    raise status_error(
                        500, message=describe(PROVIDER, name, 500, message, api_key)
                    )
                yield Chunk(parsed, (time.perf_counter() - start) * 1000.0)
    except TRANSPORT_ERRORS as e:
        raise transport_error(e, PROVIDER, name, api_key) from None
    raise bad_shape(PROVIDER, name, 200, "stream ended without [DONE]")


@dataclass
class Assembly:
    """The answer so far: text pieces, tool-call fragments by index, usage, finish."""

    text: list[str] = field(default_factory=list)
    calls: dict[int, list[str]] = field(default_factory=dict)  # id, name, arguments
    finish: str | None = None
    usage: dict[str, Any] | None = None
    recorded: dict[str, float] = field(default_factory=dict)
    ttft_ms: float | None = None
    first_ms: float | None = None

    def add(self, chunk: Chunk) -> str:
        """Fold one chunk in; return the text it added."""
        data = chunk.data
        if self.first_ms is None:
            self.first_ms = chunk.at_ms
        if isinstance(data.get("usage"), dict):
            self.usage = data["usage"]
        for key in ("mesh_recorded_cost_usd", "mesh_recorded_correct"):
            if isinstance(data.get(key), int | float):
                self.recorded[key] = float(data[key])
        added = ""
        for choice in data.get("choices") or ():
            delta = choice.get("delta") or {}
            added += str(delta.get("content") or "")
            for call in delta.get("tool_calls") or ():
                self._call(call)
            if choice.get("finish_reason"):
                self.finish = str(choice["finish_reason"])
            if self.ttft_ms is None and (added or delta.get("tool_calls")):
                self.ttft_ms = chunk.at_ms
        if added:
            self.text.append(added)
        return added

    def _call(self, call: dict[str, Any]) -> None:
        slot = self.calls.setdefault(int(call.get("index", 0)), ["", "", ""])
        fn = call.get("function") or {}
        slot[0] = str(call.get("id") or slot[0])
        slot[1] = str(fn.get("name") or slot[1])
        slot[2] += str(fn.get("arguments") or "")

    def response(self, req: ChatRequest, finish_map: dict[str, str]) -> ChatResponse:
        """The neutral response.

        Raises:
            ProviderError: `refused` on a content filter; `bad_response` if no finish.
        """
        name = req.spec.name
        if self.finish is None:
            raise bad_shape(PROVIDER, name, 200, "stream ended without finish_reason")
        if self.finish == "content_filter":
            msg = f"{PROVIDER} model {name} refused (finish_reason content_filter)"
            raise ProviderError("refused", msg, status_code=200)
        text = "".join(self.text)
        usage = self.usage or {}
        prompt = sum(len(str(m.get("content") or "")) for m in req.messages)
        tokens_in = int(usage.get("prompt_tokens", (prompt + 3) // 4))
        tokens_out = int(usage.get("completion_tokens", (len(text) + 3) // 4))
        calls = tuple(
            ToolCall(c[0], c[1], c[2] or "{}") for _, c in sorted(self.calls.items())
        )
        return ChatResponse(
            text=text,
            finish_reason=finish_map.get(self.finish, self.finish),
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            status_code=200,
            ttft_ms=self.ttft_ms if self.ttft_ms is not None else self.first_ms or 0.0,
            tool_calls=calls,
            recorded_cost_usd=self.recorded.get("mesh_recorded_cost_usd"),
            recorded_correct=self.recorded.get("mesh_recorded_correct"),
        )

"""One attempt on one model: a concurrency slot, a hard timeout, and the tool loop.

Kept apart from the retry/fallback policy (engine) so each reads on its own: this
module knows how to get one answer out of one model, or one `ProviderError`.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from services.executor.accounting import LatencyWindow, Usage
from services.executor.adapters.base import ChatRequest, ChatResponse, ProviderAdapter
from services.executor.breaker import CircuitBreaker
from services.executor.errors import ProviderError, redact
from services.executor.tools import Tool, ToolError
from services.mesh.fleet import ModelSpec

MAX_TOOL_ROUNDS = 4


@dataclass
class ModelRuntime:
    """Per-model state shared by all tasks: breaker, concurrency slots, latencies."""

    breaker: CircuitBreaker
    slots: asyncio.Semaphore
    latency: LatencyWindow = field(default_factory=LatencyWindow)


def api_key_for(spec: ModelSpec) -> str | None:
    """The key from the environment variable the spec names (None if it names none).

    Raises:
        ProviderError: `auth` when the variable is named but unset (the message names
            the variable, never a value).
    """
    if not spec.api_key_env:
        return None
    key = os.environ.get(spec.api_key_env)
    if not key:
        msg = f"API key variable {spec.api_key_env} for model {spec.name} is not set"
        raise ProviderError("auth", msg)
    return key


async def _run_tool(tools: Mapping[str, Tool], name: str, args_json: str) -> str:
    tool = tools.get(name)
    if tool is None:
        return f"error: unknown tool {name!r}"
    try:
        args = json.loads(args_json or "{}")
        if not isinstance(args, dict):
            return "error: arguments must be a JSON object"
        return await tool.run(args)
    except (ValueError, ToolError) as e:  # ToolError is a ValueError; JSON errors too
        return f"error: {e}"


async def _call(
    client: httpx.AsyncClient,
    adapter: ProviderAdapter,
    req: ChatRequest,
    key: str | None,
    stream: bool,
) -> ChatResponse:
    streamed = getattr(adapter, "complete_streamed", None) if stream else None
    if streamed is None:
        return await adapter.complete(client, req, key)
    resp: ChatResponse = await streamed(client, req, key)
    return resp


async def call_with_tools(
    client: httpx.AsyncClient,
    adapter: ProviderAdapter,
    spec: ModelSpec,
    messages: Sequence[Mapping[str, Any]],
    *,
    temperature: float,
    max_tokens: int,
    timeout_s: float,
    idempotency_key: str,
    tools: Mapping[str, Tool],
    stream: bool = False,
) -> tuple[ChatResponse, Usage]:
    """Call the model, running requested tools for up to `MAX_TOOL_ROUNDS` rounds.

    The last round offers no tools, so the model has to answer in text. With `stream`,
    adapters that stream natively are called that way (a true time to first token).
    """
    key = api_key_for(spec)
    history = list(messages)
    usage = Usage()
    offered = tuple(t.spec for t in tools.values())
    for round_no in range(MAX_TOOL_ROUNDS + 1):
        now_offered = offered if round_no < MAX_TOOL_ROUNDS else ()
        req = ChatRequest(
            spec=spec,
            messages=tuple(history),
            temperature=temperature,
            max_tokens=max_tokens,
            timeout_s=timeout_s,
            idempotency_key=idempotency_key
            if round_no == 0
            else f"{idempotency_key}:r{round_no}",
            tools=now_offered,
        )
        resp = await _call(client, adapter, req, key, stream)
        usage.add(resp)
        if not resp.tool_calls or not now_offered:
            return resp, usage
        history.append(
            {
                "role": "assistant",
                "content": resp.text or None,
                "tool_calls": [
                    {
                        "id": c.id,
                        "type": "function",
                        "function": {"name": c.name, "arguments": c.arguments},
                    }
                    for c in resp.tool_calls
                ],
            }
        )
        for c in resp.tool_calls:
            result = await _run_tool(tools, c.name, c.arguments)
            history.append({"role": "tool", "tool_call_id": c.id, "content": result})
    raise AssertionError("unreachable: the last round offers no tools")


async def attempt(
    client: httpx.AsyncClient,
    adapter: ProviderAdapter,
    spec: ModelSpec,
    runtime: ModelRuntime,
    messages: Sequence[Mapping[str, Any]],
    *,
    temperature: float,
    max_tokens: int,
    budget_s: float,
    idempotency_key: str,
    tools: Mapping[str, Tool],
    stream: bool = False,
) -> tuple[ChatResponse, Usage]:
    """One attempt bounded by `budget_s`, waiting for a slot included.

    Raises:
        ProviderError: the attempt failed (`timeout` when the budget ran out).
    """
    try:
        async with asyncio.timeout(budget_s), runtime.slots:
            return await call_with_tools(
                client,
                adapter,
                spec,
                messages,
                temperature=temperature,
                max_tokens=max_tokens,
                timeout_s=budget_s,
                idempotency_key=idempotency_key,
                tools=tools,
                stream=stream,
            )
    except TimeoutError:
        msg = f"no answer from model {spec.name} within {budget_s:.2f}s"
        raise ProviderError("timeout", msg) from None
    except ProviderError:
        raise
    except Exception as e:  # a bug or an unmapped library error: still one taxonomy
        detail = redact(f"{type(e).__name__}: {e}", [_safe_key(spec)])[:200]
        msg = f"unexpected error calling model {spec.name}: {detail}"
        raise ProviderError("bad_response", msg) from None


def _safe_key(spec: ModelSpec) -> str | None:
    return os.environ.get(spec.api_key_env) if spec.api_key_env else None

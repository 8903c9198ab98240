"""OpenAI-compatible SSE streaming against the real fleet server: same answer, real TTFT."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from services.executor.adapters.base import ChatRequest, StreamDelta
from services.executor.adapters.openai import OpenAIAdapter
from services.executor.client import make_client
from services.executor.engine import CallPlan, ExecutionResult, Executor
from services.executor.errors import ProviderError
from tests.integration.executor.conftest import ThreadedFleet, make_spec

LATENCY_MS = 300.0
ADAPTER = OpenAIAdapter()
MSGS = ({"role": "user", "content": "Explain how tides work, in a few sentences."},)


@pytest.fixture(scope="module")
def slow_fleet() -> Iterator[ThreadedFleet]:
    server = ThreadedFleet(latency_ms=LATENCY_MS)
    try:
        yield server
    finally:
        server.close()


def request(fleet: ThreadedFleet, model: str = "sim-stream", **kw: Any) -> ChatRequest:
    return ChatRequest(
        spec=make_spec(fleet, model),
        messages=kw.pop("messages", MSGS),
        temperature=0.2,
        max_tokens=256,
        timeout_s=10.0,
        idempotency_key="t-1:sim-stream:1",
        **kw,
    )


def call(coro_fn: Any) -> Any:
    async def main() -> Any:
        client = make_client()
        try:
            return await coro_fn(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


def test_streamed_answer_equals_plain_answer_and_ttft_is_early(slow_fleet) -> None:
    req = request(slow_fleet)

    async def both(client: httpx.AsyncClient) -> Any:
        return (
            await ADAPTER.complete(client, req, None),
            await ADAPTER.complete_streamed(client, req, None),
        )

    plain, streamed = call(both)
    assert streamed.text == plain.text and streamed.text.startswith("[simulated")
    assert (streamed.tokens_in, streamed.tokens_out) == (
        plain.tokens_in,
        plain.tokens_out,
    )
    assert streamed.finish_reason == plain.finish_reason == "stop"
    assert plain.ttft_ms >= LATENCY_MS * 0.9  # headers only after the whole answer
    assert streamed.ttft_ms < LATENCY_MS * 0.6  # first token after ~25% of it


def test_stream_yields_pieces_then_finish_and_usage(slow_fleet) -> None:
    req = request(slow_fleet)

    async def collect(client: httpx.AsyncClient) -> list[StreamDelta]:
        return [d async for d in ADAPTER.stream(client, req, None)]

    deltas = call(collect)
    assert len(deltas) > 2
    *pieces, last = deltas
    assert "".join(d.text for d in pieces).startswith("[simulated sim-stream]")
    assert last.finish_reason == "stop" and last.tokens_out and last.tokens_in


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ("malformed", "bad_response"),
        ("503", "overloaded"),
        ("429:retry_after=2", "rate_limited"),
        ("refused", "refused"),
        ("context_length", "context_length"),
        ("auth", "auth"),
    ],
)
def test_stream_failures_map_to_the_taxonomy(slow_fleet, fault, kind) -> None:
    slow_fleet.script("sim-stream", fault)
    req = request(slow_fleet)

    async def go(client: httpx.AsyncClient) -> ProviderError:
        with pytest.raises(ProviderError) as info:
            await ADAPTER.complete_streamed(client, req, None)
        return info.value

    err = call(go)
    assert err.kind == kind
    if fault.startswith("429"):
        assert err.retry_after_s == 2.0


def test_executor_streams_with_the_tool_loop(slow_fleet) -> None:
    spec = make_spec(slow_fleet, "sim-calc", tools=("calculator",))
    plan = CallPlan(
        task_id="t-2",
        messages=({"role": "user", "content": "What is 12 * (3 + 4)?"},),
        chain=(spec,),
        tools=("calculator",),
    )

    async def go() -> ExecutionResult:
        ex = Executor(stream=True)
        try:
            return await ex.execute(plan)
        finally:
            await ex.aclose()

    result = asyncio.run(go())
    assert result.ok, result.error_message
    assert "84" in result.answer
    assert 0 < result.ttft_ms < LATENCY_MS * 0.6

"""One logical attempt, optionally hedged, with its breaker and latency bookkeeping.

Hedging (idempotent plans only): when the first request has not answered by the
model's observed p95 latency, a second identical request goes out; the first success
wins and the other is cancelled. It trims the latency tail at the cost of a few
duplicate calls, which is only safe when repeating the request has no side effects.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from services.executor.accounting import Usage
from services.executor.adapters import adapter_for
from services.executor.adapters.base import ChatResponse
from services.executor.calls import ModelRuntime, attempt
from services.executor.errors import HEALTH_FAILURES, ProviderError
from services.executor.tools import Tool
from services.mesh.fleet import ModelSpec

if TYPE_CHECKING:
    from services.executor.engine import AttemptRecord, CallPlan


@dataclass
class AttemptOutcome:
    """A response and its usage, or the error; plus the records of every request."""

    response: ChatResponse | None = None
    usage: Usage = field(default_factory=Usage)
    error: ProviderError | None = None
    records: list[AttemptRecord] = field(default_factory=list)


async def _one(
    client: httpx.AsyncClient,
    spec: ModelSpec,
    rt: ModelRuntime,
    plan: CallPlan,
    n: int,
    budget_s: float,
    tools: Mapping[str, Tool],
    clock: Callable[[], float],
    key: str,
    out: AttemptOutcome,
) -> tuple[ChatResponse, Usage]:
    from services.executor.engine import AttemptRecord

    t0 = clock()
    try:
        resp, usage = await attempt(
            client,
            adapter_for(spec.provider),
            spec,
            rt,
            plan.messages,
            temperature=plan.temperature,
            max_tokens=plan.max_tokens,
            budget_s=budget_s,
            idempotency_key=key,
            tools=tools,
            stream=plan.stream,
        )
    except ProviderError as e:
        ms = (clock() - t0) * 1000.0
        out.records.append(
            AttemptRecord(spec.name, n, e.kind, e.status_code, ms, e.message, key)
        )
        if e.kind in HEALTH_FAILURES:
            rt.breaker.record_failure()
        else:
            rt.breaker.record_success()  # it answered; the request was the problem
        raise
    except asyncio.CancelledError:
        ms = (clock() - t0) * 1000.0
        out.records.append(AttemptRecord(spec.name, n, "cancelled", None, ms, "", key))
        rt.breaker.release()
        raise
    latency = clock() - t0
    rt.latency.add(latency)
    rt.breaker.record_success()
    out.records.append(
        AttemptRecord(spec.name, n, "ok", resp.status_code, latency * 1000.0, "", key)
    )
    return resp, usage


async def run_attempt(
    client: httpx.AsyncClient,
    spec: ModelSpec,
    rt: ModelRuntime,
    plan: CallPlan,
    n: int,
    budget_s: float,
    tools: Mapping[str, Tool],
    clock: Callable[[], float],
) -> AttemptOutcome:
    """Attempt `n` on `spec` (hedged if the plan allows); never raises on failure."""
    out = AttemptOutcome()
    key = f"{plan.task_id}:{spec.name}:{n}"
    p95 = rt.latency.p95()
    hedge = (
        plan.idempotent
        and p95 is not None
        and p95 < budget_s
        and rt.breaker.state == "closed"
    )
    args = (client, spec, rt, plan, n, budget_s, tools, clock)
    if not hedge:
        try:
            out.response, out.usage = await _one(*args, key, out)
        except ProviderError as e:
            out.error = e
        return out
    assert p95 is not None
    first = asyncio.create_task(_one(*args, key, out))
    pending: set[asyncio.Task[tuple[ChatResponse, Usage]]] = {first}
    try:
        done, pending = await asyncio.wait(pending, timeout=p95)
        if not done:
            pending.add(asyncio.create_task(_one(*args, f"{key}:hedge", out)))
        while True:
            for task in done:
                exc = task.exception()
                if exc is None:
                    out.response, out.usage = task.result()
                    out.error = None
                    return out
                if out.error is None and isinstance(exc, ProviderError):
                    out.error = exc
                elif not isinstance(exc, ProviderError):
                    raise exc
            if not pending:
                return out
            done, pending = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

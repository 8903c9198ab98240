"""The executor's core: run one task's call plan to exactly one result.

Policy, in order: try the primary model, retrying transient failures with full-jitter
backoff (at least the provider's Retry-After) while the task deadline allows; skip a
model whose breaker is open; on a non-retryable failure, or when retries run out, fall
back to the next model in the chain (after a context-length error, to the next one with
a larger context window). `execute` never raises for a model failure: the result says
what happened, attempt by attempt, so the event stream can explain every task.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace

import httpx

from services.executor.accounting import Usage
from services.executor.adapters import adapter_for
from services.executor.adapters.base import ChatResponse
from services.executor.backoff import retry_delay
from services.executor.breaker import BreakerConfig, BreakerTransition, CircuitBreaker
from services.executor.calls import ModelRuntime
from services.executor.client import make_client
from services.executor.errors import HEALTH_FAILURES, ProviderError
from services.executor.hedge import run_attempt
from services.executor.tools import Tool, default_tools
from services.mesh.fleet import ModelSpec

log = logging.getLogger(__name__)
DEFAULT_BREAKER = BreakerConfig()


@dataclass(frozen=True)
class CallPlan:
    """What to run for one task; `chain` is primary first, then fallbacks in order."""

    task_id: str
    messages: tuple[dict[str, str], ...]
    chain: tuple[ModelSpec, ...]
    temperature: float = 0.2
    max_tokens: int = 512
    deadline_s: float = 60.0
    call_timeout_s: float = 30.0
    idempotent: bool = False
    tools: tuple[str, ...] = ()
    stream: bool = False  # stream where the adapter can: real TTFT, more CPU a call


@dataclass(frozen=True)
class AttemptRecord:
    """One try (or one skip: outcome `circuit_open`; a lost hedge: `cancelled`)."""

    model: str
    attempt: int
    outcome: str
    status_code: int | None
    latency_ms: float
    error: str
    idempotency_key: str


@dataclass(frozen=True)
class ExecutionResult:
    """The one result of a task; on failure `error_kind` is the last failure's kind."""

    ok: bool
    model: str
    answer: str
    finish_reason: str
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_ms: float
    ttft_ms: float
    attempts: tuple[AttemptRecord, ...]
    error_kind: str = ""
    error_message: str = ""
    recorded_cost_usd: float | None = None
    recorded_correct: float | None = None


class Executor:
    """Runs call plans over one pooled HTTP client; safe for many concurrent tasks."""

    def __init__(
        self,
        *,
        client: httpx.AsyncClient | None = None,
        retries_per_model: int = 2,
        backoff_base_s: float = 0.2,
        backoff_cap_s: float = 5.0,
        breaker: BreakerConfig = DEFAULT_BREAKER,
        per_model_concurrency: int = 64,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        on_breaker_change: Callable[[BreakerTransition], None] | None = None,
        tools: Mapping[str, Tool] | None = None,
        stream: bool = False,
    ) -> None:
        self._own_client = client is None
        self._client = client if client is not None else make_client()
        self._retries = retries_per_model
        self._base, self._cap = backoff_base_s, backoff_cap_s
        self._breaker_config = breaker
        self._concurrency = per_model_concurrency
        self._clock, self._sleep = clock, sleep
        self._rng = rng or random.Random()
        self._on_change = on_breaker_change
        self._tools = dict(tools) if tools is not None else default_tools()
        self._models: dict[str, ModelRuntime] = {}
        self._stream = stream

    def runtime(self, spec: ModelSpec) -> ModelRuntime:
        """The per-model state, created on first use."""
        rt = self._models.get(spec.name)
        if rt is None:
            limit = self._concurrency
            if spec.rate_limits.concurrency:
                limit = min(limit, spec.rate_limits.concurrency)
            breaker = CircuitBreaker(
                spec.name, self._breaker_config, self._clock, self._report
            )
            rt = self._models[spec.name] = ModelRuntime(
                breaker, asyncio.Semaphore(limit)
            )
        return rt

    def _report(self, transition: BreakerTransition) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(transition)
        except Exception:  # a failing listener must not fail the task
            log.exception("on_breaker_change listener failed")

    async def execute(self, plan: CallPlan) -> ExecutionResult:
        """Run `plan` to one result (never raises for model failures)."""
        if self._stream and not plan.stream:
            plan = replace(plan, stream=True)
        start = self._clock()
        deadline = start + plan.deadline_s
        records: list[AttemptRecord] = []
        last: ProviderError | None = None
        chain, i = plan.chain, 0
        while i < len(chain):
            spec, next_i = chain[i], i + 1
            rt = self.runtime(spec)
            tools = {
                t: self._tools[t]
                for t in plan.tools
                if t in self._tools and t in spec.tools
            }
            if not adapter_for(spec.provider).supports_tools:
                tools = {}
            for n in range(1, self._retries + 2):
                remaining = deadline - self._clock()
                if remaining <= 0:
                    return self._failed(
                        plan, records, start, _deadline_error(plan, last)
                    )
                if not rt.breaker.allow():
                    records.append(
                        AttemptRecord(spec.name, n, "circuit_open", None, 0.0, "", "")
                    )
                    last = ProviderError("overloaded", f"circuit open for {spec.name}")
                    break
                budget = min(plan.call_timeout_s, remaining)
                outcome = await run_attempt(
                    self._client, spec, rt, plan, n, budget, tools, self._clock
                )
                records.extend(outcome.records)
                if outcome.response is not None:
                    return self._succeeded(
                        plan, spec, records, start, outcome.response, outcome.usage
                    )
                err = outcome.error
                assert err is not None
                last = err
                if err.kind == "context_length":
                    next_i = _next_larger(chain, i)
                    break
                if not err.retryable or n > self._retries:
                    break
                delay = retry_delay(
                    n - 1,
                    base_s=self._base,
                    cap_s=self._cap,
                    rng=self._rng,
                    retry_after_s=err.retry_after_s,
                )
                if self._clock() + delay >= deadline:
                    break  # cannot wait that long here: fall back now
                await self._sleep(delay)
            i = next_i
        if last is None:
            last = ProviderError("bad_response", "the call plan has no models")
        return self._failed(plan, records, start, last)

    def _succeeded(
        self,
        plan: CallPlan,
        spec: ModelSpec,
        records: list[AttemptRecord],
        start: float,
        resp: ChatResponse,
        usage: Usage,
    ) -> ExecutionResult:
        return ExecutionResult(
            ok=True,
            model=spec.name,
            answer=resp.text,
            finish_reason=resp.finish_reason,
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            cost_usd=usage.cost_usd(spec),
            latency_ms=(self._clock() - start) * 1000.0,
            ttft_ms=resp.ttft_ms,
            attempts=tuple(records),
            recorded_cost_usd=usage.recorded_cost_usd,
            recorded_correct=usage.recorded_correct,
        )

    def _failed(
        self,
        plan: CallPlan,
        records: list[AttemptRecord],
        start: float,
        err: ProviderError,
    ) -> ExecutionResult:
        return ExecutionResult(
            ok=False,
            model=records[-1].model if records else "",
            answer="",
            finish_reason="error",
            tokens_in=0,
            tokens_out=0,
            cost_usd=0.0,
            latency_ms=(self._clock() - start) * 1000.0,
            ttft_ms=0.0,
            attempts=tuple(records),
            error_kind=err.kind,
            error_message=err.message,
        )

    async def aclose(self) -> None:
        """Close the HTTP client if this executor created it."""
        if self._own_client:
            await self._client.aclose()


def _deadline_error(plan: CallPlan, last: ProviderError | None) -> ProviderError:
    msg = f"task {plan.task_id} deadline of {plan.deadline_s:g}s exceeded"
    return ProviderError("timeout", f"{msg}; last error: {last}" if last else msg)


def _next_larger(chain: tuple[ModelSpec, ...], i: int) -> int:
    """Index of the next model with a larger context window, else simply the next."""
    window = chain[i].context_window
    for j in range(i + 1, len(chain)):
        if chain[j].context_window > window:
            return j
    return i + 1


__all__ = [
    "HEALTH_FAILURES",
    "AttemptRecord",
    "BreakerConfig",
    "BreakerTransition",
    "CallPlan",
    "ExecutionResult",
    "Executor",
]

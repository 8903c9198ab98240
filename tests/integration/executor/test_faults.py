"""The executor against real provider faults served over HTTP by the local fleet."""

from __future__ import annotations

from typing import Any

import pytest

from services.executor.backoff import backoff_ceiling
from services.executor.breaker import BreakerConfig
from services.executor.engine import CallPlan, ExecutionResult, Executor

BASE, CAP = 0.2, 5.0
MSG = ({"role": "user", "content": "What is the capital of France?"},)


def plan(*chain: Any, **kw: Any) -> CallPlan:
    return CallPlan(task_id=kw.pop("task_id", "t1"), messages=MSG, chain=chain, **kw)


def outcomes(result: ExecutionResult) -> list[tuple[str, str]]:
    return [(a.model, a.outcome) for a in result.attempts]


def go(run: Any, p: CallPlan, **kw: Any) -> ExecutionResult:
    async def scenario(ex: Executor) -> ExecutionResult:
        return await ex.execute(p)

    kw.setdefault("backoff_base_s", BASE)
    kw.setdefault("backoff_cap_s", CAP)
    result: ExecutionResult = run(scenario, **kw)
    return result


def test_429_honours_retry_after(fleet, spec, run, sleeper) -> None:
    fleet.script("m", "429:retry_after=1", "ok")
    result = go(run, plan(spec("m")), sleep=sleeper)
    assert result.ok and result.model == "m"
    assert outcomes(result) == [("m", "rate_limited"), ("m", "ok")]
    assert result.attempts[0].status_code == 429
    assert sleeper.delays == [pytest.approx(1.0, abs=BASE)]
    assert sleeper.delays[0] >= 1.0
    keys = [a.idempotency_key for a in result.attempts]
    assert keys == ["t1:m:1", "t1:m:2"]
    assert fleet.requests("m") == 2


def test_5xx_retried_with_full_jitter_then_ok(fleet, spec, run, sleeper) -> None:
    fleet.script("m", "500", "503", "ok")
    result = go(run, plan(spec("m")), sleep=sleeper)
    assert outcomes(result) == [("m", "overloaded"), ("m", "overloaded"), ("m", "ok")]
    assert len(sleeper.delays) == 2
    for n, delay in enumerate(sleeper.delays):
        assert 0.0 <= delay <= backoff_ceiling(n, BASE, CAP)
    assert result.tokens_in > 0 and result.tokens_out > 0
    assert result.cost_usd == pytest.approx(
        (result.tokens_in + 2 * result.tokens_out) / 1e6
    )


def test_retries_exhausted_fall_back_down_the_chain(fleet, spec, run, sleeper) -> None:
    fleet.script("a", "503", "503", "503")
    result = go(run, plan(spec("a"), spec("b")), sleep=sleeper, retries_per_model=2)
    assert outcomes(result) == [("a", "overloaded")] * 3 + [("b", "ok")]
    assert result.ok and result.model == "b"
    assert len(sleeper.delays) == 2  # between tries on a; none before falling back


def test_slower_than_deadline_times_out_without_hanging(fleet, spec, run) -> None:
    import time

    fleet.script("m", "slow:3000")
    t0 = time.monotonic()
    result = go(run, plan(spec("m"), deadline_s=0.5, call_timeout_s=5.0))
    assert time.monotonic() - t0 < 1.5
    assert not result.ok and result.error_kind == "timeout"
    assert outcomes(result) == [("m", "timeout")]
    fleet.wait_idle()  # the server saw the client give up


def test_per_call_timeout_then_retry_succeeds(fleet, spec, run, sleeper) -> None:
    fleet.script("m", "slow:2000", "ok")
    result = go(run, plan(spec("m"), call_timeout_s=0.3), sleep=sleeper)
    assert outcomes(result) == [("m", "timeout"), ("m", "ok")]
    assert result.attempts[0].latency_ms < 1000


def test_connection_reset_is_retried(fleet, spec, run, sleeper) -> None:
    fleet.script("m", "reset", "ok")
    result = go(run, plan(spec("m")), sleep=sleeper)
    assert outcomes(result) == [("m", "connection"), ("m", "ok")]
    assert result.attempts[0].status_code is None


def test_malformed_json_is_bad_response_and_retried(fleet, spec, run, sleeper) -> None:
    fleet.script("m", "malformed", "ok")
    result = go(run, plan(spec("m")), sleep=sleeper)
    assert outcomes(result) == [("m", "bad_response"), ("m", "ok")]
    assert "invalid JSON" in result.attempts[0].error


def test_context_length_skips_to_a_larger_window(fleet, spec, run, sleeper) -> None:
    fleet.script("small", "context_length")
    chain = (
        spec("small", context_window=8192),
        spec("same", context_window=8192),
        spec("large", context_window=128000),
    )
    result = go(run, plan(*chain), sleep=sleeper)
    assert outcomes(result) == [("small", "context_length"), ("large", "ok")]
    assert sleeper.delays == []
    assert fleet.requests("same") == 0


def test_refused_goes_to_next_model(fleet, spec, run, sleeper) -> None:
    fleet.script("a", "refused")
    result = go(run, plan(spec("a"), spec("b")), sleep=sleeper)
    assert outcomes(result) == [("a", "refused"), ("b", "ok")]


def test_non_retryable_4xx_is_not_retried(fleet, spec, run, sleeper) -> None:
    fleet.script("a", "404")
    result = go(run, plan(spec("a")), sleep=sleeper)
    assert not result.ok and result.error_kind == "bad_response"
    assert outcomes(result) == [("a", "bad_response")]


def test_everything_fails_gives_exactly_one_failed_result(
    fleet, spec, run, sleeper
) -> None:
    fleet.script("a", "503", "503")
    fleet.script("b", "401")
    result = go(run, plan(spec("a"), spec("b")), sleep=sleeper, retries_per_model=1)
    assert not result.ok and result.error_kind == "auth"
    assert outcomes(result) == [("a", "overloaded"), ("a", "overloaded"), ("b", "auth")]
    assert result.answer == "" and result.cost_usd == 0.0


def test_retry_after_beyond_deadline_falls_back_at_once(
    fleet, spec, run, sleeper
) -> None:
    fleet.script("a", "429:retry_after=30")
    result = go(run, plan(spec("a"), spec("b"), deadline_s=5.0), sleep=sleeper)
    assert outcomes(result) == [("a", "rate_limited"), ("b", "ok")]
    assert sleeper.delays == []


def test_many_concurrent_tasks_one_result_each_within_limit(fleet, spec, run) -> None:
    import asyncio

    for i in range(0, 60, 3):
        fleet.script("m", "503" if i % 2 else "ok", "reset", "ok")

    async def scenario(ex: Executor) -> list[ExecutionResult]:
        plans = [plan(spec("m"), task_id=f"t{i}") for i in range(60)]
        return list(await asyncio.gather(*(ex.execute(p) for p in plans)))

    lenient = BreakerConfig(consecutive_failures=1000, min_calls=1000)
    results = run(
        scenario, per_model_concurrency=8, backoff_base_s=0.001, breaker=lenient
    )
    assert len(results) == 60 and all(r.ok for r in results)
    assert fleet.stats()["models"]["m"]["max_in_flight"] <= 8

"""Circuit breaking (on a fake clock) and hedged requests, over real HTTP."""

from __future__ import annotations

import asyncio
from typing import Any

from services.executor.breaker import BreakerConfig, BreakerTransition
from services.executor.engine import CallPlan, ExecutionResult, Executor

MSG = ({"role": "user", "content": "Say hello"},)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_skips_probes_and_closes(fleet, spec, run, sleeper) -> None:
    clock = FakeClock()
    changes: list[BreakerTransition] = []
    cfg = BreakerConfig(consecutive_failures=3, cooldown_s=10.0, half_open_probes=1)
    a, b = spec("a"), spec("b")
    fleet.script("a", "503", "503", "503")

    async def scenario(ex: Executor) -> list[ExecutionResult]:
        out = [await ex.execute(CallPlan("t1", MSG, (a, b)))]  # 3 failures: open
        out.append(await ex.execute(CallPlan("t2", MSG, (a, b))))  # skipped
        clock.now += 10.0  # cooldown over: the next call is a probe
        out.append(await ex.execute(CallPlan("t3", MSG, (a, b))))
        return out

    r1, r2, r3 = run(
        scenario,
        clock=clock,
        sleep=sleeper,
        breaker=cfg,
        on_breaker_change=changes.append,
    )
    assert [x.outcome for x in r1.attempts] == ["overloaded"] * 3 + ["ok"]
    assert r1.model == "b"
    assert [(x.model, x.outcome) for x in r2.attempts] == [
        ("a", "circuit_open"),
        ("b", "ok"),
    ]
    assert r2.attempts[0].idempotency_key == ""
    assert [(x.model, x.outcome) for x in r3.attempts] == [("a", "ok")]
    assert [(c.model, c.previous_state, c.state) for c in changes] == [
        ("a", "closed", "open"),
        ("a", "open", "half_open"),
        ("a", "half_open", "closed"),
    ]
    assert changes[0].consecutive_failures == 3
    assert changes[0].at == 1000.0 and changes[1].at == 1010.0
    assert fleet.requests("a") == 4  # nothing was sent while open


def test_failed_probe_reopens(fleet, spec, run, sleeper) -> None:
    clock = FakeClock()
    changes: list[BreakerTransition] = []
    cfg = BreakerConfig(consecutive_failures=1, cooldown_s=5.0)
    fleet.script("a", "500", "500")
    a, b = spec("a"), spec("b")

    async def scenario(ex: Executor) -> None:
        await ex.execute(CallPlan("t1", MSG, (a, b)))
        clock.now += 5.0
        await ex.execute(CallPlan("t2", MSG, (a, b)))

    run(
        scenario,
        clock=clock,
        sleep=sleeper,
        breaker=cfg,
        on_breaker_change=changes.append,
    )
    assert [c.state for c in changes] == ["open", "half_open", "open"]


def test_a_failing_listener_does_not_fail_the_task(fleet, spec, run, sleeper) -> None:
    def boom(_: BreakerTransition) -> None:
        raise RuntimeError("listener down")

    fleet.script("a", "500")
    cfg = BreakerConfig(consecutive_failures=1)
    a, b = spec("a"), spec("b")

    async def scenario(ex: Executor) -> ExecutionResult:
        return await ex.execute(CallPlan("t1", MSG, (a, b)))

    result = run(scenario, sleep=sleeper, breaker=cfg, on_breaker_change=boom)
    assert result.ok and result.model == "b"


def _warm(ex: Executor, model: Any, n: int = 25) -> Any:
    return asyncio.gather(
        *(ex.execute(CallPlan(f"w{i}", MSG, (model,))) for i in range(n))
    )


def test_hedge_after_p95_first_answer_wins(fleet, spec, run) -> None:
    m = spec("m")

    async def scenario(ex: Executor) -> tuple[ExecutionResult, float]:
        for i in range(25):  # learn the model's latency (p95 of a few ms)
            await ex.execute(CallPlan(f"w{i}", MSG, (m,)))
        fleet.script("m", "slow:5000")
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        result = await ex.execute(CallPlan("h", MSG, (m,), idempotent=True))
        return result, loop.time() - t0

    result, elapsed = run(scenario)
    assert result.ok and elapsed < 2.0
    by_key = {a.idempotency_key: a.outcome for a in result.attempts}
    assert by_key == {"h:m:1:hedge": "ok", "h:m:1": "cancelled"}
    fleet.wait_idle()  # the slow request was really abandoned


def test_no_hedge_for_non_idempotent_plans(fleet, spec, run) -> None:
    m = spec("m")

    async def scenario(ex: Executor) -> ExecutionResult:
        for i in range(25):
            await ex.execute(CallPlan(f"w{i}", MSG, (m,)))
        fleet.script("m", "slow:300")
        return await ex.execute(CallPlan("h", MSG, (m,)))

    result = run(scenario)
    assert [a.idempotency_key for a in result.attempts] == ["h:m:1"]
    assert result.attempts[0].latency_ms >= 300

"""Backoff bounds (property-based) and breaker state machine on a fake clock."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from services.executor.backoff import backoff_ceiling, full_jitter, retry_delay
from services.executor.breaker import BreakerConfig, BreakerTransition, CircuitBreaker


@given(
    retry=st.integers(0, 80),
    base=st.floats(0.001, 10),
    cap=st.floats(0.001, 60),
    seed=st.integers(0, 2**32),
)
def test_full_jitter_within_bounds(
    retry: int, base: float, cap: float, seed: int
) -> None:
    delay = full_jitter(retry, base, cap, random.Random(seed))
    assert 0.0 <= delay <= min(cap, base * 2.0 ** min(retry, 62))


@given(retry_after=st.floats(0, 100), seed=st.integers(0, 2**32))
def test_retry_after_is_a_floor(retry_after: float, seed: int) -> None:
    delay = retry_delay(
        0, base_s=0.2, cap_s=5.0, rng=random.Random(seed), retry_after_s=retry_after
    )
    assert retry_after <= delay <= max(retry_after, 0.2)


def test_ceiling_doubles_then_caps() -> None:
    assert [backoff_ceiling(n, 0.2, 1.0) for n in range(4)] == [0.2, 0.4, 0.8, 1.0]


def test_jitter_spreads_delays() -> None:
    rng = random.Random(1)
    delays = {round(full_jitter(3, 0.2, 5.0, rng), 3) for _ in range(50)}
    assert len(delays) > 40


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def make(cfg: BreakerConfig) -> tuple[CircuitBreaker, Clock, list[BreakerTransition]]:
    clock, seen = Clock(), []
    return CircuitBreaker("m", cfg, clock, seen.append), clock, seen


def test_opens_on_consecutive_failures() -> None:
    b, _, seen = make(BreakerConfig(consecutive_failures=3, min_calls=100))
    for _ in range(2):
        b.record_failure()
    b.record_success()  # resets the streak
    for _ in range(3):
        assert b.allow()
        b.record_failure()
    assert b.state == "open" and not b.allow()
    assert seen[-1].reason == "3 consecutive failures"


def test_opens_on_failure_rate_with_minimum_calls() -> None:
    b, clock, seen = make(
        BreakerConfig(consecutive_failures=100, failure_rate=0.5, min_calls=10)
    )
    for i in range(9):  # 9 calls, mostly failed, below the minimum
        clock.t += 1
        b.record_failure() if i % 3 else b.record_success()
    assert b.state == "closed"
    clock.t += 1
    b.record_failure()
    assert b.state == "open"
    assert seen[0].failure_rate >= 0.5


def test_window_forgets_old_calls() -> None:
    cfg = BreakerConfig(
        consecutive_failures=100, window_s=10, min_calls=4, failure_rate=0.6
    )
    b, clock, _ = make(cfg)
    for _ in range(3):
        b.record_success()
        b.record_failure()
    assert b.state == "closed" and b.failure_rate() == 0.5
    clock.t = 100.0  # all of the above are out of the window
    assert b.failure_rate() == 0.0
    b.record_failure()
    assert b.state == "closed"


def test_half_open_allows_k_probes_and_closes_after_k_successes() -> None:
    b, clock, seen = make(
        BreakerConfig(consecutive_failures=1, cooldown_s=5, half_open_probes=2)
    )
    b.record_failure()
    clock.t = 4.9
    assert not b.allow()
    clock.t = 5.0
    assert b.allow() and b.allow() and not b.allow()  # two probes, no third
    b.record_success()
    assert b.state == "half_open"
    b.record_success()
    assert b.state == "closed"
    assert [(s.previous_state, s.state) for s in seen] == [
        ("closed", "open"),
        ("open", "half_open"),
        ("half_open", "closed"),
    ]


def test_released_probe_frees_its_slot() -> None:
    b, clock, _ = make(BreakerConfig(consecutive_failures=1, cooldown_s=1))
    b.record_failure()
    clock.t = 2
    assert b.allow() and not b.allow()
    b.release()
    assert b.allow()

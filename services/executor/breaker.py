"""A circuit breaker per model: stop calling a model that keeps failing, probe it later.

It opens on N consecutive failures, or when the failure rate over a sliding time window
reaches a threshold once the window holds enough calls (a slow leak of errors trips it
too). After a cooldown it goes half-open and lets K probe calls through: K successes
close it, any failure re-opens it. Every change is reported, so other services (the
router) can avoid an unhealthy model before the executor even tries it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]


@dataclass(frozen=True)
class BreakerConfig:
    """Thresholds. The rate rule needs `min_calls` calls within `window_s`."""

    consecutive_failures: int = 5
    failure_rate: float = 0.5
    window_s: float = 60.0
    min_calls: int = 10
    cooldown_s: float = 30.0
    half_open_probes: int = 1


@dataclass(frozen=True)
class BreakerTransition:
    """A state change, as published on `mesh.model-health`."""

    model: str
    previous_state: BreakerState
    state: BreakerState
    reason: str
    failure_rate: float
    consecutive_failures: int
    at: float


class CircuitBreaker:
    """The breaker of one model. Not thread-safe; one event loop owns it."""

    def __init__(
        self,
        model: str,
        config: BreakerConfig,
        clock: Callable[[], float],
        on_change: Callable[[BreakerTransition], None] | None = None,
    ) -> None:
        self.model = model
        self.config = config
        self._clock = clock
        self._on_change = on_change
        self.state: BreakerState = "closed"
        self._window: deque[tuple[float, bool]] = deque()
        self._consecutive = 0
        self._opened_at = 0.0
        self._probes_in_flight = 0
        self._probe_successes = 0

    def failure_rate(self) -> float:
        """Share of failed calls within the window (0 when empty)."""
        self._trim()
        if not self._window:
            return 0.0
        return sum(1 for _, ok in self._window if not ok) / len(self._window)

    def allow(self) -> bool:
        """May a call go out now? In half-open this reserves a probe slot."""
        if self.state == "open":
            if self._clock() - self._opened_at < self.config.cooldown_s:
                return False
            self._move("half_open", f"cooldown of {self.config.cooldown_s:g}s over")
        if self.state == "half_open":
            if self._probes_in_flight >= self.config.half_open_probes:
                return False
            self._probes_in_flight += 1
        return True

    def record_success(self) -> None:
        """The model answered (even if the answer was a request-specific error)."""
        self._consecutive = 0
        self._record(True)
        if self.state == "half_open":
            self._probes_in_flight = max(0, self._probes_in_flight - 1)
            self._probe_successes += 1
            if self._probe_successes >= self.config.half_open_probes:
                self._window.clear()
                self._move("closed", f"{self._probe_successes} probe(s) succeeded")

    def record_failure(self) -> None:
        """The model failed in a way that says something about its health."""
        self._consecutive += 1
        self._record(False)
        if self.state == "half_open":
            self._probes_in_flight = max(0, self._probes_in_flight - 1)
            self._open("probe failed")
        elif self.state == "closed":
            cfg = self.config
            if self._consecutive >= cfg.consecutive_failures:
                self._open(f"{self._consecutive} consecutive failures")
            elif len(self._window) >= cfg.min_calls:
                rate = self.failure_rate()
                if rate >= cfg.failure_rate:
                    self._open(
                        f"failure rate {rate:.0%} over {len(self._window)} calls"
                    )

    def release(self) -> None:
        """A call allowed by `allow` was abandoned (cancelled) without an outcome."""
        if self.state == "half_open":
            self._probes_in_flight = max(0, self._probes_in_flight - 1)

    def _record(self, ok: bool) -> None:
        self._window.append((self._clock(), ok))
        self._trim()

    def _trim(self) -> None:
        horizon = self._clock() - self.config.window_s
        while self._window and self._window[0][0] < horizon:
            self._window.popleft()

    def _open(self, reason: str) -> None:
        self._opened_at = self._clock()
        self._move("open", reason)

    def _move(self, state: BreakerState, reason: str) -> None:
        previous, self.state = self.state, state
        self._probes_in_flight = 0
        self._probe_successes = 0
        if self._on_change is not None:
            self._on_change(
                BreakerTransition(
                    model=self.model,
                    previous_state=previous,
                    state=state,
                    reason=reason,
                    failure_rate=self.failure_rate(),
                    consecutive_failures=self._consecutive,
                    at=self._clock(),
                )
            )

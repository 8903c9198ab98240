"""Token, cost and latency accounting for one task and per model.

A task's tokens are the sum over every call of the successful attempt (a tool loop
makes several calls); cost is priced from the fleet registry so every model is
accounted the same way, with the provider's own recorded cost (recorded fleet only)
kept beside it for honest comparisons. Latency samples per model feed the hedging
threshold (p95).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from services.executor.adapters.base import ChatResponse
from services.mesh.fleet import ModelSpec


@dataclass
class Usage:
    """Running totals over the calls of one attempt."""

    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    recorded_cost_usd: float | None = None
    recorded_correct: float | None = None

    def add(self, resp: ChatResponse) -> None:
        """Count one successful call."""
        self.tokens_in += resp.tokens_in
        self.tokens_out += resp.tokens_out
        self.calls += 1
        if resp.recorded_cost_usd is not None:
            self.recorded_cost_usd = (self.recorded_cost_usd or 0.0) + (
                resp.recorded_cost_usd
            )
        if resp.recorded_correct is not None:
            self.recorded_correct = resp.recorded_correct

    def cost_usd(self, spec: ModelSpec) -> float:
        """Priced from the registry: `spec.pricing.cost(tokens_in, tokens_out)`."""
        return spec.pricing.cost(self.tokens_in, self.tokens_out)


class LatencyWindow:
    """The last `size` successful-call latencies of one model, for its p95."""

    def __init__(self, size: int = 200, min_samples: int = 20) -> None:
        self._samples: deque[float] = deque(maxlen=size)
        self._min = min_samples

    def add(self, latency_s: float) -> None:
        """Record one call's wall time."""
        self._samples.append(latency_s)

    def p95(self) -> float | None:
        """95th percentile in seconds, or None until there are enough samples."""
        if len(self._samples) < self._min:
            return None
        ordered = sorted(self._samples)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]

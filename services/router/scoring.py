"""Scoring: one number per eligible model, in quality points, with its breakdown.

`score = quality - cost / value_per_point - w_latency * seconds / 10 - w_risk * risk`.
Quality is the learned posterior mean; cost is the task's token estimate times the model's
prices; latency is time-to-first-token plus generation time; risk is the posterior's
uncertainty plus data exposure (confidential data on a cloud model). Keeping every term
in the same unit makes the explanation honest: "X over Y" is a difference of points.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.mesh.events import Task
from services.mesh.fleet import ModelSpec
from services.mesh.policy_rules import sensitivity_rank
from services.router.profiles import Profile
from services.router.quality import Estimate

_CONFIDENTIAL = sensitivity_rank("confidential")


@dataclass(frozen=True)
class Score:
    """A candidate's expectations and the score they add up to."""

    quality: float
    cost: float
    latency_ms: float
    risk: float
    total: float

    def breakdown(self, profile: Profile) -> str:
        """The terms of the score, for the decision record."""
        return (
            f"score={self.total:.4f}: quality {self.quality:.3f}"
            f" - cost ${self.cost:.6f}/{profile.value_per_point:g}"
            f" ({self.cost / profile.value_per_point:.4f})"
            f" - latency {self.latency_ms:.0f}ms ({profile.latency * self.latency_ms / 1e4:.4f})"
            f" - risk {self.risk:.3f} ({profile.risk * self.risk:.4f})"
        )


def expected_cost(task: Task, model: ModelSpec) -> float:
    """Expected USD of one call for this task."""
    return model.pricing.cost(task.input_tokens, task.output_tokens)


def expected_latency(task: Task, model: ModelSpec) -> float:
    """Expected wall time (ms) of one call for this task."""
    out = min(task.output_tokens, model.max_output_tokens)
    prefill = task.input_tokens / 5000.0 * 1000.0 / 10.0  # ~10 ms per 5k prompt tokens
    return model.latency.expected_ms(out) + prefill


def risk(task: Task, model: ModelSpec, est: Estimate) -> float:
    """Quality uncertainty plus exposure of confidential data outside our walls."""
    exposure = 0.0
    if (
        sensitivity_rank(task.sensitivity) >= _CONFIDENTIAL
        and model.deployment == "cloud"
    ):
        exposure = 0.1
    return est.std + exposure


def score(task: Task, model: ModelSpec, est: Estimate, profile: Profile) -> Score:
    """The candidate's score under `profile`."""
    cost = expected_cost(task, model)
    lat = expected_latency(task, model)
    r = risk(task, model, est)
    total = (
        est.mean
        - cost / profile.value_per_point
        - profile.latency * lat / 10_000.0
        - profile.risk * r
    )
    return Score(est.mean, cost, lat, r, total)

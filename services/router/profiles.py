"""Routing profiles: how much a tenant or request values quality against cost and speed.

A profile is an exchange rate (`value_per_point`: how many dollars one expected point of
accuracy is worth on one task) plus weights for latency and risk.
Profiles are data, not code paths, so `bench routing --sweep` can trace the whole
cost-quality curve by varying them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Profile:
    """How a candidate's expected quality trades against its cost, latency and risk.

    Every term of the score is in quality points (0..1 of expected accuracy), so the
    ranking and the cascade compare like with like:
    `score = quality - cost_usd / value_per_point - latency * latency_s / 10 - risk * r`.

    Attributes:
        value_per_point: USD the tenant will pay, per task, for +1.0 expected quality;
            small values make cheap models win, large ones make the best model win.
        latency: weight of the expected latency (per 10 s).
        risk: weight of the risk term (quality uncertainty plus data exposure).
    """

    name: str
    value_per_point: float
    latency: float
    risk: float

    def with_value(self, value_per_point: float) -> Profile:
        """The same profile with another exchange rate (for sweeps)."""
        return replace(
            self,
            name=f"{self.name}@{value_per_point:g}",
            value_per_point=value_per_point,
        )


PROFILES: dict[str, Profile] = {
    "quality": Profile("quality", value_per_point=0.25, latency=0.02, risk=0.3),
    "balanced": Profile("balanced", value_per_point=0.045, latency=0.1, risk=0.2),
    "cost": Profile("cost", value_per_point=0.012, latency=0.1, risk=0.1),
    "latency": Profile("latency", value_per_point=0.03, latency=1.0, risk=0.1),
}
DEFAULT_PROFILE = "balanced"


def get_profile(name: str | None, default: str = DEFAULT_PROFILE) -> Profile:
    """The profile called `name` (falling back to `default`, then to balanced)."""
    if name and name in PROFILES:
        return PROFILES[name]
    return PROFILES.get(default, PROFILES[DEFAULT_PROFILE])

"""Hard constraints: which models may serve a task at all, and the rule that says no.

Policy rules (residency, clearance, business rules, allow/deny lists) come from the shared
`PolicyEngine`, evaluated once per task and then per model. The router adds what only it
knows: capabilities (context window, tools), model health, and the request's own limits
(`max_cost_usd`, `max_latency_ms`, `min_quality`). Every exclusion names its rule id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from services.mesh.events import RequestContext, Task
from services.mesh.fleet import ModelSpec
from services.mesh.policy import PolicyEngine
from services.mesh.policy_rules import HardRule

CONTEXT_WINDOW = "capability.context_window"
TOOLS = "capability.tools"
TOOLS_DEGRADED = "capability.tools.degraded"
HEALTH = "health.circuit_open"
MAX_COST = "request.max_cost_usd"
MAX_LATENCY = "request.max_latency_ms"
MIN_QUALITY = "request.min_quality"
OPEN_STATES = frozenset({"open"})


@dataclass(frozen=True)
class Exclusion:
    """Why a model was not considered: the first rule it breaks, and every reason."""

    rule_id: str
    reason: str


def policy_exclusion(
    engine: PolicyEngine, rules: tuple[HardRule, ...], task: Task, model: ModelSpec
) -> Exclusion | None:
    """The policy's verdict on `model` (all broken rules in the reason)."""
    broken = engine.check(rules, task, model)
    if not broken:
        return None
    return Exclusion(
        broken[0].rule_id, "; ".join(f"{v.rule_id}: {v.reason}" for v in broken)
    )


def capability_exclusion(
    task: Task, model: ModelSpec, health: Mapping[str, str] | None
) -> Exclusion | None:
    """Whether the model can technically serve the task right now."""
    need = task.input_tokens + task.output_tokens
    if need > model.context_window:
        return Exclusion(
            CONTEXT_WINDOW,
            f"needs {need} tokens > context window {model.context_window}",
        )
    missing = [t for t in task.tools if t not in model.tools]
    if missing:
        return Exclusion(TOOLS, f"lacks tools {missing}")
    if health is not None and health.get(model.name) in OPEN_STATES:
        return Exclusion(HEALTH, "circuit open (recent failures)")
    return None


def request_exclusion(
    ctx: RequestContext, quality: float, cost: float, latency_ms: float
) -> Exclusion | None:
    """Whether the model's expectations break the request's own hard limits."""
    if ctx.max_cost_usd is not None and cost > ctx.max_cost_usd:
        return Exclusion(
            MAX_COST, f"expected ${cost:.5f} > max ${ctx.max_cost_usd:.5f}"
        )
    if ctx.max_latency_ms is not None and latency_ms > ctx.max_latency_ms:
        return Exclusion(
            MAX_LATENCY,
            f"expected {latency_ms:.0f} ms > max {ctx.max_latency_ms:.0f} ms",
        )
    if ctx.min_quality is not None and quality < ctx.min_quality:
        return Exclusion(
            MIN_QUALITY, f"expected quality {quality:.3f} < {ctx.min_quality}"
        )
    return None

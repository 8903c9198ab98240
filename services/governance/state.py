"""What the governance flows share: configuration, the ledger, the audit trail.

One object passed to the flow modules (`flow_admit`, `flow_budget`, `flow_review`)
instead of a large handler class, so each flow stays a short module of functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from services.governance.audit import AuditTrail
from services.governance.budget import Ledger, estimate_usd
from services.governance.common import Clock
from services.governance.validation import Detector
from services.mesh.events import (
    BudgetRequested,
    RouteDecision,
    Task,
    TaskExecuted,
    TaskFailed,
    TaskRouted,
)
from services.mesh.fleet import Fleet
from services.mesh.handler import Emit
from services.mesh.policy import PolicyEngine

TaskEvent = TaskRouted | BudgetRequested | TaskExecuted | TaskFailed


@dataclass
class State:
    """Configuration and state of one governance process."""

    fleet: Fleet
    policy: PolicyEngine
    clock: Clock
    audit: AuditTrail
    ledger: Ledger
    detect: Detector
    instance: str
    redact_output_pii: bool = True
    max_attempts: int = 3
    # budget partitions whose ledger could not be rebuilt completely: their budget
    # requests are denied (fail closed) until a complete read restores them
    ledger_gaps: set[int] = field(default_factory=set)

    def record(
        self,
        partition: int,
        cause: TaskEvent,
        kind: str,
        summary: dict[str, Any],
        *,
        model: str | None = None,
        output: str | None = None,
        rules: Iterable[str] = (),
        verdict: str = "",
    ) -> list[Emit]:
        """An audit record about `cause`'s task (input/output hashes, never text)."""
        return self.audit.record(
            partition,
            cause,
            kind=kind,
            subject=cause.task.task_id,
            summary={**summary, "fleet_version": self.fleet.version},
            input_text=cause.task.text,
            output_text=output,
            model=model or None,
            policy_version=self.policy.version,
            rules_fired=tuple(rules),
            verdict=verdict,
        )

    def family(self, name: str | None) -> str | None:
        """A model's family (for verifier independence), None if unknown."""
        if name is None or name not in self.fleet.names():
            return None
        m = self.fleet.get(name)
        return m.family or m.vendor or m.name

    def estimate(self, task: Task, decision: RouteDecision, model: str) -> float:
        """Estimated cost of running `task` on `model`, plus the planned verifier."""
        cost = estimate_usd(task, self.fleet.get(model))
        if decision.verifier:  # the verifier reads the task and the answer
            v = self.fleet.get(decision.verifier)
            cost += v.pricing.cost(task.input_tokens + task.output_tokens, 64)
        return cost

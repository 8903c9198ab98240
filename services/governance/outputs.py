"""Builders for the events governance emits, and the audit summaries of its inputs.

Kept apart from the handler so the decision flow reads as decisions; every builder
derives its event id from the cause (see `common.derive`), which makes all outputs
idempotent under redelivery.
"""

from __future__ import annotations

from typing import Any

from services.governance.common import Clock, derive
from services.mesh.events import (
    BudgetEntry,
    BudgetRequested,
    RequestContext,
    RouteDecision,
    Task,
    TaskAdmitted,
    TaskDenied,
    TaskExecuted,
    TaskFailed,
    TaskRouted,
    TaskValidated,
)

ESCALATED = "governance.escalated"
DOWNGRADED = "governance.budget-downgrade"
Stage = str  # admission, execution or validation


def attempt_of(decision: RouteDecision) -> int:
    """Dispatch attempt of a decision: 1 + the escalations governance recorded in it."""
    return 1 + sum(1 for r in decision.rules_fired if r.startswith(ESCALATED))


def verifier_verdict(ev: TaskExecuted) -> str | None:
    """The verdict governance acts on: `accept`, `escalate` or `deny`; None if absent.

    From `TaskExecuted.verification`. A verification by another model than the route's
    verifier counts as absent (fail closed). In an agreement cascade the executor has
    already escalated (`escalated_to` answered), so that answer counts as accepted;
    a cascade that could not escalate stays `escalate`.
    """
    v = ev.verification
    if v is None or v.model != ev.decision.verifier:
        return None
    if v.mode == "cascade" and v.verdict == "escalate" and v.escalated_to:
        return "accept"
    return v.verdict


def denied(
    cause: TaskRouted | BudgetRequested | TaskExecuted | TaskFailed,
    clock: Clock,
    *,
    stage: Stage,
    rule_id: str,
    reason: str,
    model: str | None = None,
    cost_usd: float = 0.0,
    instance: str = "",
) -> TaskDenied:
    """The verdict that refuses a task (the aggregator tells the client why)."""
    task = cause.task
    return TaskDenied(
        envelope=derive(cause, f"denied/{stage}", clock, instance=instance),
        context=cause.context,
        task_id=task.task_id,
        task_index=task.index,
        task_count=cause.task_count,
        intent=task.intent,
        stage=stage,
        rule_id=rule_id or "governance.denied",
        reason=reason,
        model=model,
        cost_usd=cost_usd,
    )


def admitted(
    req: BudgetRequested,
    clock: Clock,
    *,
    decision: RouteDecision,
    reserved: float,
    instance: str = "",
) -> TaskAdmitted:
    """The dispatch of an admitted, budgeted task."""
    return TaskAdmitted(
        envelope=derive(req, "dispatch", clock, instance=instance),
        context=req.context,
        task=req.task,
        task_count=req.task_count,
        decision=decision,
        rerouted_from=req.rerouted_from,
        reserved_usd=reserved,
        rules_checked=req.rules_checked,
        policy_version=req.policy_version,
    )


def _agreement(state: str) -> str:
    return "disagreed" if state in ("", "dis") else f"agreed on {state} (not trusted)"


def validated(
    ev: TaskExecuted,
    clock: Clock,
    *,
    answer: str,
    checks: tuple[str, ...],
    redacted: bool,
    instance: str = "",
) -> TaskValidated:
    """The verdict that lets an answer through (maybe masked)."""
    notes = [ev.decision.explanation] if ev.decision.explanation else []
    v = ev.verification
    if v is not None and v.mode == "cascade" and v.escalated_to:
        notes.append(
            f"cascade: {ev.decision.model} and {v.model} {_agreement(v.agreement)}, "
            f"escalated to {v.escalated_to}"
        )
    elif v is not None and v.mode == "cascade":
        notes.append(
            f"cascade: {ev.decision.model} and {v.model} agreed ({v.agreement})"
        )
    elif v is not None and v.mode == "verify":
        notes.append(f"checked by {v.model}: {v.verdict}")
    if ev.model != ev.decision.model and not (v is not None and v.mode == "cascade"):
        notes.append(f"executor fell back from {ev.decision.model} to {ev.model}")
    if attempt_of(ev.decision) > 1:
        notes.append(f"governance escalation attempt {attempt_of(ev.decision)}")
    if redacted:
        notes.append("personal data in the answer was redacted")
    return TaskValidated(
        envelope=derive(ev, "validated", clock, instance=instance),
        context=ev.context,
        task_id=ev.task.task_id,
        task_index=ev.task.index,
        task_count=ev.task_count,
        intent=ev.task.intent,
        model=ev.model,
        answer=answer,
        cost_usd=ev.cost_usd,
        latency_ms=ev.latency_ms,
        explanation="; ".join(notes),
        checks=checks,
        redacted=redacted,
    )


def budget_request(
    cause: TaskRouted | TaskExecuted,
    clock: Clock,
    *,
    decision: RouteDecision,
    attempt: int,
    rerouted_from: str | None,
    rules_checked: tuple[str, ...],
    policy_version: str,
    estimate: float,
    instance: str = "",
) -> BudgetRequested:
    """Ask the tenant's budget owner to reserve for a compliant decision."""
    return BudgetRequested(
        envelope=derive(cause, f"budget-request/{attempt}", clock, instance=instance),
        context=cause.context,
        task=cause.task,
        task_count=cause.task_count,
        decision=decision,
        attempt=attempt,
        rerouted_from=rerouted_from,
        rules_checked=rules_checked,
        policy_version=policy_version,
        estimate_usd=estimate,
    )


def ledger_entry(
    cause: BudgetRequested | TaskExecuted | TaskFailed,
    clock: Clock,
    *,
    kind: str,
    context: RequestContext,
    task: Task,
    attempt: int,
    day: str,
    month: str,
    amount: float,
    model: str | None,
    rule_id: str = "",
    reason: str = "",
    instance: str = "",
) -> BudgetEntry:
    """One spend-ledger entry (reserve, deny, settle or release)."""
    return BudgetEntry(
        envelope=derive(cause, f"ledger/{kind}/{attempt}", clock, instance=instance),
        kind=kind,
        task_id=task.task_id,
        attempt=attempt,
        user=context.user,
        day=day,
        month=month,
        amount_usd=amount,
        model=model,
        rule_id=rule_id,
        reason=reason,
    )


def task_summary(task: Task) -> dict[str, Any]:
    """What the analysis said about a task (no text, PII types only)."""
    return {
        "index": task.index,
        "intent": task.intent,
        "domain": task.domain,
        "complexity": task.complexity,
        "reasoning_depth": task.reasoning_depth,
        "sensitivity": task.sensitivity,
        "pii_types": sorted({p.type for p in task.pii}),
        "tools": list(task.tools),
        "input_tokens": task.input_tokens,
        "output_tokens": task.output_tokens,
        "language": task.language,
    }


def route_summary(decision: RouteDecision) -> dict[str, Any]:
    """The route with every alternative considered and why it lost or was excluded."""
    return {
        "model": decision.model,
        "fallbacks": list(decision.fallbacks),
        "verifier": decision.verifier,
        "profile": decision.profile,
        "router_version": decision.router_version,
        "fleet_version": decision.fleet_version,
        "alternatives": [
            {
                "model": c.model,
                "eligible": c.eligible,
                "score": c.score,
                "cost_usd": c.cost_usd,
                "excluded_by": c.excluded_by,
            }
            for c in decision.candidates
        ],
    }

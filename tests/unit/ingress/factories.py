"""Mesh results and executions as the ingress receives them (no broker)."""

from __future__ import annotations

from services.mesh.events import (
    Attempt,
    RequestCompleted,
    RequestRejected,
    TaskExecuted,
    TaskResult,
    envelope,
    now,
)
from tests.unit.mesh.samples import CTX, DECISION, TASK

RID = "req-1"


def task(
    index: int = 0,
    *,
    status: str = "completed",
    model: str | None = "sim-fast-open",
    answer: str = "Paris.",
    explanation: str = "cheapest model above the quality bar",
) -> TaskResult:
    return TaskResult(
        task_id=f"{RID}/{index}",
        index=index,
        intent="qa",
        status=status,
        model=model,
        answer=answer,
        cost_usd=0.001,
        latency_ms=12.0,
        explanation=explanation,
    )


def completed(*tasks: TaskResult, answer: str | None = None) -> RequestCompleted:
    tasks = tasks or (task(),)
    ok = all(t.status == "completed" for t in tasks)
    return RequestCompleted(
        envelope=envelope("aggregator", request_id=RID, tenant="acme"),
        status="completed" if ok else "partial",
        answer=answer if answer is not None else tasks[0].answer,
        tasks=tasks,
        total_cost_usd=sum(t.cost_usd for t in tasks),
        latency_ms=40.0,
        explanation="; ".join(t.explanation for t in tasks),
    )


def denied(index: int, rule: str, *, stage: str = "admission") -> TaskResult:
    status = "failed" if stage == "execution" else "denied"
    return task(
        index,
        status=status,
        model=None,
        answer="",
        explanation=f"{stage} denied by {rule}: the reason",
    )


def rejected(code: str = "invalid_request") -> RequestRejected:
    return RequestRejected(
        envelope=envelope("intent", request_id=RID, tenant="acme"),
        stage="intent",
        error_code=code,
        reason="the request text is empty",
    )


def executed(
    index: int = 0, *, tokens: tuple[int, int] = (10, 20), finish: str = "stop"
) -> TaskExecuted:
    return TaskExecuted(
        envelope=envelope("executor", request_id=RID, tenant="acme"),
        context=CTX,
        task=TASK.model_copy(update={"task_id": f"{RID}/{index}", "index": index}),
        task_count=1,
        decision=DECISION,
        model="sim-fast-open",
        answer="Paris.",
        finish_reason=finish,
        tokens_in=tokens[0],
        tokens_out=tokens[1],
        cost_usd=0.001,
        latency_ms=10.0,
        attempts=(
            Attempt(model="sim-fast-open", attempt=1, outcome="ok", latency_ms=10.0),
        ),
    )


__all__ = ["RID", "completed", "denied", "executed", "now", "rejected", "task"]

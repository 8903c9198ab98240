"""Valid sample events of every type, for codec and contract tests."""

from __future__ import annotations

from services.mesh.events import (
    Attempt,
    AuditRecord,
    Candidate,
    DeadLetter,
    Event,
    FeedbackRecorded,
    GenerationParams,
    Header,
    ModelHealthChanged,
    PiiSpan,
    RequestAnalyzed,
    RequestCompleted,
    RequestContext,
    RequestRejected,
    RequestSubmitted,
    RouteDecision,
    Task,
    TaskAdmitted,
    TaskDenied,
    TaskExecuted,
    TaskFailed,
    TaskResult,
    TaskRouted,
    TaskValidated,
    envelope,
    now,
)

ENV = envelope("test", request_id="req-1", tenant="acme")
CTX = RequestContext(submitted_at=now(), user="u1", profile="balanced", max_cost_usd=0.5)
TASK = Task(
    task_id="req-1/0", index=0, text="Summarise: mail jane@example.com", intent="summarize",
    domain="general", complexity="low", reasoning_depth=0, sensitivity="confidential",
    pii=(PiiSpan(type="EMAIL", start=16, end=32),), tools=("retrieval",), input_tokens=12,
    output_tokens=80, confidence={"intent": 0.93}, evidence={"intent": ("summarise",)},
)
DECISION = RouteDecision(
    model="sim-fast-open", fallbacks=("sim-deep-reasoner",), verifier=None,
    params=GenerationParams(temperature=0.2, max_tokens=256, context_tokens=12),
    profile="balanced",
    candidates=(
        Candidate(model="sim-fast-open", eligible=True, score=0.8, quality=0.7,
                  cost_usd=1e-5, latency_ms=300, reason="q=0.70 c=$0.00001"),
        Candidate(model="gpt-4-1106-preview", eligible=False,
                  excluded_by="pii.cleared-models-only", reason="not cleared"),
    ),
    explanation="cheapest cleared model", rules_fired=("pii.cleared-models-only",),
)
ATTEMPT = Attempt(model="sim-fast-open", attempt=1, outcome="ok", status_code=200, latency_ms=3.5)


def all_samples() -> list[Event]:
    """One valid instance of every event type."""
    return [
        RequestSubmitted(envelope=ENV, text="hello", context=CTX, metadata={"a": "b"}),
        RequestAnalyzed(envelope=ENV, context=CTX, tasks=(TASK,), sensitivity="confidential",
                        pii_types=("EMAIL",)),
        TaskRouted(envelope=ENV, context=CTX, task=TASK, task_count=1, decision=DECISION),
        TaskAdmitted(envelope=ENV, context=CTX, task=TASK, task_count=1, decision=DECISION,
                     reserved_usd=0.01, rules_checked=("r1",)),
        TaskExecuted(envelope=ENV, context=CTX, task=TASK, task_count=1, decision=DECISION,
                     model="sim-fast-open", answer="ok", tokens_in=10, tokens_out=5,
                     cost_usd=1e-6, latency_ms=4.0, attempts=(ATTEMPT,)),
        TaskFailed(envelope=ENV, context=CTX, task=TASK, task_count=1, decision=DECISION,
                   error_kind="timeout", error_message="slow", attempts=(ATTEMPT,)),
        TaskValidated(envelope=ENV, context=CTX, task_id="req-1/0", task_index=0, task_count=1,
                      intent="summarize", model="m", answer="a", cost_usd=0.1, latency_ms=3,
                      explanation="x", checks=("pii",)),
        TaskDenied(envelope=ENV, context=CTX, task_id="req-1/0", task_index=0, task_count=1,
                   intent="summarize", stage="admission", rule_id="r", reason="no"),
        RequestCompleted(envelope=ENV, status="completed", answer="a",
                         tasks=(TaskResult(task_id="req-1/0", index=0, intent="qa",
                                           status="completed", model="m", answer="a",
                                           cost_usd=0.1, latency_ms=2, explanation="e"),),
                         total_cost_usd=0.1, latency_ms=20, explanation="e"),
        RequestRejected(envelope=ENV, stage="intent", error_code="x", reason="y"),
        AuditRecord(envelope=ENV, chain="p0", seq=0, kind="route", summary="{}",
                    prev_hash="0" * 64, hash="a" * 64, signature=None),
        DeadLetter(envelope=ENV, source_topic="t", source_partition=1, source_offset=7,
                   key=b"k", value=b"\x00\xff", headers=(Header(key="h", value=b"v"),),
                   error_type="CodecError", error="bad", service="intent"),
        FeedbackRecorded(envelope=ENV, task_id="req-1/0", model="m", intent="qa",
                         domain="general", complexity="low", score=1.0),
        ModelHealthChanged(envelope=ENV, model="m", state="open", previous_state="closed",
                           reason="5 failures"),
    ]

"""Pydantic models: the in-process face of the Avro events in `schemas/`.

The `.avsc` files are the truth; these classes mirror them field for field (a unit test keeps
the two in step) so handlers work with typed objects instead of dicts. Each event class names
its Avro record in `AVRO_NAME`.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from pydantic import Field

from services import __version__
from services.mesh.records import (
    Attempt,
    Candidate,
    Envelope,
    GenerationParams,
    Header,
    PiiSpan,
    Producer,
    Record,
    RequestContext,
    RouteDecision,
    Task,
    TaskResult,
    Verification,
)

EVENT_TYPES: dict[str, type[Event]] = {}
"""Every top-level event class by Avro full name; filled as subclasses are defined."""


class Event(Record):
    """Base of the top-level events: each carries the envelope.

    Subclasses name their Avro record in `AVRO_NAME` and are registered in `EVENT_TYPES`
    so the codec can turn any decoded record back into its class.
    """

    AVRO_NAME: ClassVar[str] = ""
    envelope: Envelope

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if cls.AVRO_NAME:
            EVENT_TYPES[cls.AVRO_NAME] = cls

    @property
    def request_id(self) -> str:
        return self.envelope.request_id

    @property
    def event_id(self) -> str:
        return self.envelope.event_id


class RequestSubmitted(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.RequestSubmitted"
    text: str
    context: RequestContext
    metadata: dict[str, str] = Field(default_factory=dict)


class RequestAnalyzed(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.RequestAnalyzed"
    context: RequestContext
    tasks: tuple[Task, ...]
    sensitivity: str
    pii_types: tuple[str, ...]
    analyzer_version: str = ""


class TaskRouted(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskRouted"
    context: RequestContext
    task: Task
    task_count: int
    decision: RouteDecision


class TaskAdmitted(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskAdmitted"
    context: RequestContext
    task: Task
    task_count: int
    decision: RouteDecision
    rerouted_from: str | None = None
    reserved_usd: float = 0.0
    rules_checked: tuple[str, ...] = ()
    policy_version: str = ""


class TaskExecuted(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskExecuted"
    context: RequestContext
    task: Task
    task_count: int
    decision: RouteDecision
    model: str
    answer: str
    finish_reason: str = "stop"
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_ms: float
    ttft_ms: float = 0.0
    attempts: tuple[Attempt, ...]
    verification: Verification | None = None


class TaskFailed(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskFailed"
    context: RequestContext
    task: Task
    task_count: int
    decision: RouteDecision
    error_kind: str
    error_message: str
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    attempts: tuple[Attempt, ...]


class TaskValidated(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskValidated"
    context: RequestContext
    task_id: str
    task_index: int
    task_count: int
    intent: str
    model: str
    answer: str
    cost_usd: float
    latency_ms: float
    explanation: str
    checks: tuple[str, ...]
    redacted: bool = False


class TaskDenied(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.TaskDenied"
    context: RequestContext
    task_id: str
    task_index: int
    task_count: int
    intent: str
    stage: str
    rule_id: str
    reason: str
    model: str | None = None
    cost_usd: float = 0.0


class RequestCompleted(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.RequestCompleted"
    status: str
    answer: str
    tasks: tuple[TaskResult, ...]
    total_cost_usd: float
    latency_ms: float
    explanation: str


class RequestRejected(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.RequestRejected"
    stage: str
    error_code: str
    reason: str


class AuditRecord(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.AuditRecord"
    chain: str
    seq: int
    kind: str
    subject: str = ""
    summary: str
    input_hash: str | None = None
    output_hash: str | None = None
    model: str | None = None
    policy_version: str = ""
    rules_fired: tuple[str, ...] = ()
    verdict: str = ""
    prev_hash: str
    hash: str
    signature: str | None = None


class DeadLetter(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.DeadLetter"
    source_topic: str
    source_partition: int
    source_offset: int
    key: bytes | None = None
    value: bytes
    headers: tuple[Header, ...] = ()
    error_type: str
    error: str
    service: str


class FeedbackRecorded(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.FeedbackRecorded"
    task_id: str
    model: str
    intent: str
    domain: str
    complexity: str
    score: float
    cost_usd: float = 0.0
    source: str = "client"
    features: dict[str, float] = Field(default_factory=dict)


class ModelHealthChanged(Event):
    AVRO_NAME: ClassVar[str] = "mesh.v1.ModelHealthChanged"
    model: str
    state: str
    previous_state: str
    reason: str
    failure_rate: float = 0.0
    consecutive_failures: int = 0


_INSTANCE = f"{socket.gethostname()}:{os.getpid()}"


def now() -> datetime:
    """Current UTC time at millisecond precision (what timestamp-millis keeps)."""
    t = datetime.now(UTC)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def envelope(
    service: str,
    *,
    request_id: str,
    tenant: str,
    causation_id: str | None = None,
) -> Envelope:
    """A fresh envelope for an event produced by `service`."""
    return Envelope(
        event_id=str(uuid.uuid4()),
        request_id=request_id,
        tenant=tenant,
        occurred_at=now(),
        producer=Producer(service=service, version=__version__, instance=_INSTANCE),
        causation_id=causation_id,
    )


def answer_to(cause: Event, service: str) -> Envelope:
    """An envelope for an event caused by `cause`: same request and tenant, linked by id."""
    return envelope(
        service,
        request_id=cause.envelope.request_id,
        tenant=cause.envelope.tenant,
        causation_id=cause.envelope.event_id,
    )


class BudgetRequested(Event):
    """Governance: reserve budget for a policy-compliant task (topic `budget`, tenant key)."""

    AVRO_NAME: ClassVar[str] = "mesh.v1.BudgetRequested"
    context: RequestContext
    task: Task
    task_count: int
    decision: RouteDecision
    attempt: int
    rerouted_from: str | None = None
    rules_checked: tuple[str, ...] = ()
    policy_version: str = ""
    estimate_usd: float


class BudgetEntry(Event):
    """Governance: one entry of a tenant's event-sourced spend ledger (topic `budget`)."""

    AVRO_NAME: ClassVar[str] = "mesh.v1.BudgetEntry"
    kind: str
    task_id: str
    attempt: int
    user: str | None = None
    day: str
    month: str
    amount_usd: float
    model: str | None = None
    rule_id: str = ""
    reason: str = ""


__all__ = [
    "EVENT_TYPES",
    "Attempt",
    "AuditRecord",
    "BudgetEntry",
    "BudgetRequested",
    "Candidate",
    "DeadLetter",
    "Envelope",
    "Event",
    "FeedbackRecorded",
    "GenerationParams",
    "Header",
    "ModelHealthChanged",
    "PiiSpan",
    "Producer",
    "Record",
    "RequestAnalyzed",
    "RequestCompleted",
    "RequestContext",
    "RequestRejected",
    "RequestSubmitted",
    "RouteDecision",
    "Task",
    "TaskAdmitted",
    "TaskDenied",
    "TaskExecuted",
    "TaskFailed",
    "TaskResult",
    "TaskRouted",
    "TaskValidated",
    "Verification",
    "answer_to",
    "envelope",
    "now",
]

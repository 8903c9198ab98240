"""The records nested inside mesh events (mirrors of `schemas/types/*.avsc`).

Split from `events.py` so that module holds only the top-level events; everything here is
re-exported there, so `from services.mesh.events import Task` keeps working.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every Avro record mirror: strict about unknown fields, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Producer(Record):
    service: str
    version: str
    instance: str = ""


class Envelope(Record):
    event_id: str
    request_id: str
    tenant: str
    occurred_at: datetime
    producer: Producer
    causation_id: str | None = None


class RequestContext(Record):
    submitted_at: datetime
    user: str | None = None
    profile: str | None = None
    max_cost_usd: float | None = None
    max_latency_ms: float | None = None
    min_quality: float | None = None


class PiiSpan(Record):
    type: str
    start: int
    end: int


class Task(Record):
    task_id: str
    index: int
    text: str
    context: str = ""
    intent: str
    domain: str
    complexity: str
    reasoning_depth: int
    sensitivity: str
    pii: tuple[PiiSpan, ...]
    tools: tuple[str, ...]
    input_tokens: int
    output_tokens: int
    language: str = "en"
    confidence: dict[str, float] = Field(default_factory=dict)
    evidence: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class GenerationParams(Record):
    temperature: float
    max_tokens: int
    context_tokens: int = 0


class Candidate(Record):
    model: str
    eligible: bool
    score: float | None = None
    quality: float = 0.0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    risk: float = 0.0
    excluded_by: str | None = None
    reason: str = ""


class RouteDecision(Record):
    model: str
    fallbacks: tuple[str, ...]
    verifier: str | None = None
    params: GenerationParams
    profile: str
    candidates: tuple[Candidate, ...]
    explanation: str
    rules_fired: tuple[str, ...] = ()
    router_version: str = ""
    policy_version: str = ""
    fleet_version: str = ""
    cascade_accept: tuple[str, ...] = ()


class Attempt(Record):
    model: str
    attempt: int
    outcome: str
    status_code: int | None = None
    latency_ms: float
    error: str = ""
    idempotency_key: str = ""


class Verification(Record):
    model: str
    mode: str
    verdict: str
    agreement: str = ""
    escalated_to: str | None = None
    rationale: str = ""
    cost_usd: float = 0.0
    latency_ms: float = 0.0


class TaskResult(Record):
    task_id: str
    index: int
    intent: str
    status: str
    model: str | None = None
    answer: str
    cost_usd: float
    latency_ms: float
    explanation: str


class Header(Record):
    key: str
    value: bytes | None = None

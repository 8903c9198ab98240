"""The intent service's handler: RequestSubmitted in, RequestAnalyzed (the task plan) out.

The analysis itself (`Analyzer`) is pure and deterministic; this module only maps it onto
the event contract. An empty request is rejected here, with a reason the client can act on.
"""

from __future__ import annotations

from collections.abc import Sequence

from services import __version__
from services.intent.analyzer import Analyzer, TaskAnalysis
from services.mesh import topics as T
from services.mesh.events import (
    Event,
    PiiSpan,
    RequestAnalyzed,
    RequestRejected,
    RequestSubmitted,
    Task,
    answer_to,
)
from services.mesh.handler import Emit, MessageMeta

MAX_REQUEST_CHARS = 200_000


def to_task(request_id: str, t: TaskAnalysis) -> Task:
    """The event form of one analysed task."""
    return Task(
        task_id=f"{request_id}/{t.index}",
        index=t.index,
        text=t.text,
        context=t.context,
        intent=t.intent,
        domain=t.domain,
        complexity=t.complexity,
        reasoning_depth=t.reasoning_depth,
        sensitivity=t.sensitivity,
        pii=tuple(PiiSpan(type=p.type, start=p.start, end=p.end) for p in t.pii),
        tools=tuple(t.tools),
        input_tokens=t.input_tokens,
        output_tokens=t.output_tokens,
        language=t.language,
        confidence=dict(t.confidence),
        evidence={k: tuple(v) for k, v in t.evidence.items()},
    )


class IntentHandler:
    """Splits each request into described tasks."""

    service = "intent"
    topics: tuple[str, ...] = (T.REQUESTS,)

    def __init__(self, analyzer: Analyzer | None = None) -> None:
        self.analyzer = analyzer or Analyzer()

    def handle(self, event: Event, meta: MessageMeta) -> Sequence[Emit]:
        if not isinstance(event, RequestSubmitted):
            return []
        reason = _unacceptable(event.text)
        if reason:
            rejected = RequestRejected(
                envelope=answer_to(event, self.service),
                stage=self.service,
                error_code="invalid_request",
                reason=reason,
            )
            return [Emit(T.RESULTS, rejected)]
        analysis = self.analyzer.analyze(event.text)
        tasks = tuple(to_task(event.envelope.request_id, t) for t in analysis.tasks)
        analyzed = RequestAnalyzed(
            envelope=answer_to(event, self.service),
            context=event.context,
            tasks=tasks,
            sensitivity=analysis.sensitivity,
            pii_types=tuple(sorted({p.type for p in analysis.pii})),
            analyzer_version=__version__,
        )
        return [Emit(T.INTENTS, analyzed)]


def _unacceptable(text: str) -> str:
    if not text.strip():
        return "the request text is empty: send the question or instructions to answer"
    if len(text) > MAX_REQUEST_CHARS:
        return (
            f"the request is {len(text)} characters; the limit is {MAX_REQUEST_CHARS}: "
            "split it or send the material by reference"
        )
    return ""

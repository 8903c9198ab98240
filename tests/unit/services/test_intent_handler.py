"""The intent service's handler: analysis mapped onto the event contract."""

from __future__ import annotations

from services.intent.handler import IntentHandler
from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.events import (
    RequestAnalyzed,
    RequestContext,
    RequestRejected,
    RequestSubmitted,
    envelope,
    now,
)
from services.mesh.handler import MessageMeta

HANDLER = IntentHandler()
META = MessageMeta(T.REQUESTS, 0, 0)


def submitted(text: str) -> RequestSubmitted:
    return RequestSubmitted(
        envelope=envelope("client", request_id="req-9", tenant="acme"),
        text=text,
        context=RequestContext(submitted_at=now(), user="u"),
    )


def test_a_multi_task_request_becomes_ordered_tasks_with_pii_spans():
    text = (
        "Draft a reply to jane.doe@example.com about her refund, then calculate "
        "15% of $2,400."
    )
    request = submitted(text)
    [out] = HANDLER.handle(request, META)
    assert out.topic == T.INTENTS
    assert out.event.envelope.causation_id == request.envelope.event_id
    event = out.event
    assert isinstance(event, RequestAnalyzed)
    assert [t.index for t in event.tasks] == list(range(len(event.tasks)))
    assert len(event.tasks) == 2
    assert [t.task_id for t in event.tasks] == ["req-9/0", "req-9/1"]
    assert "EMAIL" in event.pii_types
    span = next(p for t in event.tasks for p in t.pii if p.type == "EMAIL")
    assert text[span.start : span.end] == "jane.doe@example.com"
    assert event.context.user == "u"  # the request's context travels on
    Codec().decode(Codec().encode(event))  # fits the Avro contract


def test_an_empty_request_is_rejected_with_a_reason():
    [out] = HANDLER.handle(submitted("   "), META)
    assert out.topic == T.RESULTS
    assert isinstance(out.event, RequestRejected)
    assert "empty" in out.event.reason

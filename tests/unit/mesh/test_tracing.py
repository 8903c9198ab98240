"""Trace context crosses Kafka headers: consumer spans continue the producer's trace."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from services.mesh import tracing

EXPORTER = InMemorySpanExporter()
PROVIDER = TracerProvider()
PROVIDER.add_span_processor(SimpleSpanProcessor(EXPORTER))


def test_producer_context_becomes_consumer_parent_with_link(monkeypatch):
    monkeypatch.setattr(tracing, "tracer", lambda: PROVIDER.get_tracer("t"))
    EXPORTER.clear()
    with tracing.producer_span("mesh.requests", {}):
        headers = tracing.inject([("other", b"x")])
    assert [k for k, _ in headers] == ["other", "traceparent"]
    with tracing.consumer_span("mesh.requests", headers, {"messaging.kafka.offset": 3}):
        pass
    send, process = EXPORTER.get_finished_spans()
    assert process.name == "process mesh.requests" and send.name == "send mesh.requests"
    assert (
        process.kind == trace.SpanKind.CONSUMER and send.kind == trace.SpanKind.PRODUCER
    )
    assert process.context.trace_id == send.context.trace_id
    assert process.parent.span_id == send.context.span_id
    assert process.links[0].context.span_id == send.context.span_id
    attrs = process.attributes
    assert attrs["messaging.system"] == "kafka"
    assert attrs["messaging.destination.name"] == "mesh.requests"
    assert attrs["messaging.operation.type"] == "process"


def test_no_context_means_a_new_root():
    ctx = tracing.extract([])
    assert not trace.get_current_span(ctx).get_span_context().is_valid


def test_jsonl_exporter_writes_one_line_per_span(tmp_path):
    path = tmp_path / "spans.jsonl"
    provider = TracerProvider()
    exporter = tracing.JsonLinesExporter(str(path))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    t = provider.get_tracer("t")
    with t.start_as_current_span("a"), t.start_as_current_span("b"):
        pass
    provider.shutdown()
    import json

    spans = [json.loads(x) for x in path.read_text().splitlines()]
    assert [s["name"] for s in spans] == ["b", "a"]
    assert spans[0]["parent_span_id"] == spans[1]["span_id"]

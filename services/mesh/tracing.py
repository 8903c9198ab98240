"""OpenTelemetry tracing across Kafka: W3C trace context in message headers.

Every service opens a CONSUMER span `process <topic>` whose parent is the context carried in
the message headers (plus a link to it, as the messaging conventions recommend), and a
PRODUCER span `send <topic>` per output whose context goes into that output's headers, so
one request is one trace across all five services.

Libraries never configure the SDK: `configure_tracing` is called by the CLI entry point.
Exporters are picked by the standard `OTEL_TRACES_EXPORTER` (comma-separated: `otlp`,
`console`, `jsonl`, `none`); `jsonl` appends one JSON object per span to `MESH_TRACE_FILE`,
safe for several processes sharing one file (each batch is one O_APPEND write).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from opentelemetry import propagate, trace
from opentelemetry.context import Context
from opentelemetry.propagators.textmap import Getter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.trace import Link, Span, SpanKind

log = logging.getLogger(__name__)

KafkaHeaders = list[tuple[str, str | bytes | None]]
RawHeaders = KafkaHeaders | dict[str, str | bytes | None] | None


def header_list(headers: RawHeaders) -> KafkaHeaders:
    """Kafka headers as a list of pairs, whatever form the client gave them in."""
    if headers is None:
        return []
    if isinstance(headers, dict):
        return list(headers.items())
    return list(headers)


_TRACE_HEADERS = ("traceparent", "tracestate")


class JsonLinesExporter(SpanExporter):
    """Appends finished spans as JSON lines to a file (local runs and tests)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        lines = "".join(
            json.dumps(span_to_dict(s), separators=(",", ":")) + "\n" for s in spans
        )
        try:
            os.write(self._fd, lines.encode())
        except OSError:
            log.exception("cannot write spans to %s", self.path)
            return SpanExportResult.FAILURE
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def span_to_dict(span: ReadableSpan) -> dict[str, Any]:
    """A span as plain JSON: ids in hex, times in ns, attributes and links."""
    ctx = span.get_span_context()
    parent = span.parent
    return {
        "trace_id": f"{ctx.trace_id:032x}" if ctx else "",
        "span_id": f"{ctx.span_id:016x}" if ctx else "",
        "parent_span_id": f"{parent.span_id:016x}" if parent else None,
        "name": span.name,
        "kind": span.kind.name,
        "service": span.resource.attributes.get("service.name", ""),
        "start_ns": span.start_time,
        "end_ns": span.end_time,
        "status": span.status.status_code.name,
        "attributes": dict(span.attributes or {}),
        "links": [
            {
                "trace_id": f"{ln.context.trace_id:032x}",
                "span_id": f"{ln.context.span_id:016x}",
            }
            for ln in span.links
        ],
    }


def configure_tracing(service_name: str) -> TracerProvider | None:
    """Install the SDK tracer provider with the exporters named by `OTEL_TRACES_EXPORTER`.

    Returns the provider (to shut down on exit), or None when tracing is off.
    """
    names = os.environ.get("OTEL_TRACES_EXPORTER", "")
    if not names and os.environ.get("MESH_TRACE_FILE"):
        names = "jsonl"
    wanted = [n.strip() for n in names.split(",") if n.strip() and n.strip() != "none"]
    if not wanted:
        return None
    resource = Resource.create(
        {"service.name": os.environ.get("OTEL_SERVICE_NAME", service_name)}
    )
    provider = TracerProvider(resource=resource)
    for name in wanted:
        if name == "otlp":
            try:
                from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
                    OTLPSpanExporter,
                )
            except ImportError:
                log.error(
                    "OTEL_TRACES_EXPORTER=otlp needs `pip install llm-mesh[otlp]`"
                )
                continue
            provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        elif name == "console":
            provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
        elif name == "jsonl":
            path = os.environ.get("MESH_TRACE_FILE", "traces.jsonl")
            provider.add_span_processor(
                BatchSpanProcessor(JsonLinesExporter(path), schedule_delay_millis=200)
            )
        else:
            log.error(
                "unknown OTEL_TRACES_EXPORTER %r (use otlp, console, jsonl, none)", name
            )
    trace.set_tracer_provider(provider)
    return provider


def tracer() -> trace.Tracer:
    """The mesh's tracer (a no-op until `configure_tracing` installs the SDK)."""
    return trace.get_tracer("llm-mesh")


class _HeaderGetter(Getter[KafkaHeaders]):
    def get(self, carrier: KafkaHeaders, key: str) -> list[str] | None:
        values = [
            v.decode("latin-1") if isinstance(v, bytes) else v
            for k, v in carrier
            if k == key and v is not None
        ]
        return values or None

    def keys(self, carrier: KafkaHeaders) -> list[str]:
        return [k for k, _ in carrier]


_GETTER = _HeaderGetter()


def extract(headers: RawHeaders) -> Context:
    """The trace context carried in Kafka headers (empty context when none)."""
    return propagate.extract(header_list(headers), getter=_GETTER)


def inject(headers: RawHeaders = None) -> KafkaHeaders:
    """Headers carrying the current trace context (other headers kept, old context replaced)."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    kept = [(k, v) for k, v in header_list(headers) if k not in _TRACE_HEADERS]
    return kept + [(k, v.encode("latin-1")) for k, v in carrier.items()]


@contextmanager
def consumer_span(
    topic: str, headers: RawHeaders, attributes: dict[str, Any]
) -> Iterator[Span]:
    """`process <topic>`: child of the upstream context, with a link to it."""
    parent = extract(headers)
    upstream = trace.get_current_span(parent).get_span_context()
    links = [Link(upstream)] if upstream.is_valid else []
    with tracer().start_as_current_span(
        f"process {topic}",
        context=parent,
        kind=SpanKind.CONSUMER,
        links=links,
        attributes={
            "messaging.system": "kafka",
            "messaging.destination.name": topic,
            "messaging.operation.type": "process",
            "messaging.operation.name": "process",
            **attributes,
        },
    ) as span:
        yield span


@contextmanager
def producer_span(topic: str, attributes: dict[str, Any]) -> Iterator[Span]:
    """`send <topic>`: its context is what `inject()` puts in the output's headers."""
    with tracer().start_as_current_span(
        f"send {topic}",
        kind=SpanKind.PRODUCER,
        attributes={
            "messaging.system": "kafka",
            "messaging.destination.name": topic,
            "messaging.operation.type": "send",
            "messaging.operation.name": "send",
            **attributes,
        },
    ) as span:
        yield span

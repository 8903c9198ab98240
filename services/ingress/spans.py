"""The SERVER span of an HTTP request, continuing the caller's W3C trace context.

With the OpenTelemetry SDK configured, the span is a child of the incoming `traceparent`
and becomes the parent of the `send` span whose context goes into the Kafka headers. With
tracing off, the API's no-op tracer would drop the caller's context on the floor; the
caller's context is then made current instead, so the mesh services (which may trace even if
the ingress does not) still join the caller's trace.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from opentelemetry import propagate, trace
from opentelemetry.trace import Span, SpanKind

from services.mesh.tracing import tracer


@contextmanager
def server_span(
    name: str, headers: Mapping[str, str], attributes: dict[str, Any]
) -> Iterator[Span]:
    """Open the request's span (see the module docstring); yields the current span."""
    parent = propagate.extract(headers)
    with tracer().start_as_current_span(
        name, context=parent, kind=SpanKind.SERVER, attributes=attributes
    ) as span:
        if span.get_span_context().is_valid:
            yield span
            return
        upstream = trace.get_current_span(parent)
        with trace.use_span(upstream, end_on_exit=False):
            yield upstream


def trace_id(span: Span) -> str | None:
    """The span's trace id in hex, or None when there is no trace."""
    ctx = span.get_span_context()
    return f"{ctx.trace_id:032x}" if ctx.is_valid else None

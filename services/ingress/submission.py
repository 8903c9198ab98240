"""The `RequestSubmitted` event an HTTP request becomes (pure: no I/O)."""

from __future__ import annotations

from services.ingress.chat_request import ChatRequest
from services.ingress.routing import RoutingOptions
from services.mesh.events import RequestContext, RequestSubmitted, envelope, now

SERVICE = "ingress"


def to_submission(
    chat: ChatRequest, options: RoutingOptions, *, request_id: str
) -> RequestSubmitted:
    """One mesh request: the flattened text, the tenant, the routing limits, the user.

    `metadata` records that it came through the OpenAI-compatible ingress, so an audit or a
    replay can tell HTTP traffic from Kafka clients.
    """
    return RequestSubmitted(
        envelope=envelope(SERVICE, request_id=request_id, tenant=options.tenant),
        text=chat.text,
        context=RequestContext(
            submitted_at=now(),
            user=chat.user,
            profile=options.profile,
            max_cost_usd=options.max_cost_usd,
            max_latency_ms=options.max_latency_ms,
            min_quality=options.min_quality,
        ),
        metadata={"source": "ingress", "api": "chat.completions"},
    )

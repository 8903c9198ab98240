"""The Python client: publish requests to `mesh.requests`, read their results.

Results are read from every partition of `mesh.results` starting at the offset the broker
reports as its end *before* the requests are sent. On the embedded broker that figure can
lag the true end (see the broker notes) — which only means a few older results are read and
skipped; nothing published after the request can be missed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from confluent_kafka import Consumer, Producer, TopicPartition

from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import BrokerError, CodecError
from services.mesh.events import (
    Event,
    RequestCompleted,
    RequestContext,
    RequestRejected,
    RequestSubmitted,
    envelope,
    now,
)
from services.mesh.kafka import common_config, producer_config, wait_for_broker
from services.mesh.tracing import inject, producer_span

Result = RequestCompleted | RequestRejected


class MeshClient:
    """Submits requests and waits for their results."""

    def __init__(self, settings: Settings, *, codec: Codec | None = None) -> None:
        """Connect to the cluster of `settings`.

        Raises:
            BrokerError: no broker answered within 10 s.
        """
        self.settings = settings
        self.codec = codec or Codec()
        wait_for_broker(settings.bootstrap, 10.0)  # a clear error, not a hang
        self.producer = Producer(producer_config(settings, "llm-mesh-client"))
        self._results: Consumer | None = None

    def _watch_results(self) -> Consumer:
        """Assign every results partition at its current end, before anything is sent."""
        if self._results is not None:
            return self._results
        name = self.settings.topics.name(T.RESULTS)
        consumer = Consumer(
            {
                **common_config(self.settings, "llm-mesh-client"),
                "group.id": f"llm-mesh-client-{uuid.uuid4()}",
                "enable.auto.commit": False,
                "fetch.wait.max.ms": self.settings.fetch_wait_max_ms,
            }
        )
        meta = consumer.list_topics(name, timeout=10)
        if name not in meta.topics or meta.topics[name].error is not None:
            raise BrokerError(f"topic {name} does not exist: is the mesh running?")
        parts = []
        for p in meta.topics[name].partitions:
            _low, high = consumer.get_watermark_offsets(
                TopicPartition(name, p), timeout=10
            )
            parts.append(TopicPartition(name, p, max(high, 0)))
        consumer.assign(parts)
        self._results = consumer
        return consumer

    def submit(
        self,
        text: str,
        *,
        tenant: str = "default",
        user: str | None = None,
        profile: str | None = None,
        max_cost_usd: float | None = None,
        max_latency_ms: float | None = None,
        min_quality: float | None = None,
        metadata: dict[str, str] | None = None,
        request_id: str | None = None,
    ) -> str:
        """Publish one request; returns its request id (delivered when this returns)."""
        self._watch_results()
        rid = request_id or str(uuid.uuid4())
        event = RequestSubmitted(
            envelope=envelope("client", request_id=rid, tenant=tenant),
            text=text,
            context=RequestContext(
                submitted_at=now(),
                user=user,
                profile=profile,
                max_cost_usd=max_cost_usd,
                max_latency_ms=max_latency_ms,
                min_quality=min_quality,
            ),
            metadata=metadata or {},
        )
        self.send(event)
        return rid

    def send(self, event: Event, *, topic: str = T.REQUESTS) -> None:
        """Publish a prepared event and wait for the broker's acknowledgement."""
        name = self.settings.topics.name(topic)
        errors: list[str] = []

        def delivered(err: Any, _msg: Any) -> None:
            if err is not None:
                errors.append(str(err))

        with producer_span(name, {"mesh.request_id": event.envelope.request_id}):
            self.producer.produce(
                name,
                key=event.envelope.request_id.encode(),
                value=self.codec.encode(event),
                headers=inject(),
                on_delivery=delivered,
            )
        if self.producer.flush(15) or errors:
            raise BrokerError(f"request not delivered to {name}: {errors or 'timeout'}")

    def results(
        self, request_ids: set[str], timeout_s: float = 60.0
    ) -> Iterator[Result]:
        """Yield the result of each request in `request_ids` as it arrives (once each)."""
        consumer = self._watch_results()
        waiting = set(request_ids)
        deadline = time.monotonic() + timeout_s
        while waiting and time.monotonic() < deadline:
            msg = consumer.poll(min(0.2, max(0.0, deadline - time.monotonic())))
            if msg is None or msg.error() is not None:
                continue
            try:
                event = self.codec.decode(msg.value())
            except CodecError:
                continue
            rid = event.envelope.request_id
            if rid in waiting and isinstance(event, RequestCompleted | RequestRejected):
                waiting.discard(rid)
                yield event

    def ask(self, text: str, *, timeout_s: float = 60.0, **kwargs: Any) -> Result:
        """Submit and wait for the result.

        Raises:
            TimeoutError: no result within `timeout_s`.
        """
        rid = self.submit(text, **kwargs)
        for result in self.results({rid}, timeout_s):
            return result
        raise TimeoutError(f"no result for request {rid} within {timeout_s:.0f}s")

    def close(self) -> None:
        self.producer.flush(5)
        if self._results is not None:
            self._results.close()
            self._results = None


def age_ms(t: datetime) -> float:
    """Milliseconds since `t`."""
    return (now() - t).total_seconds() * 1000.0

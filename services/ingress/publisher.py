"""The ingress's one shared producer: publish a request and await the broker's ack.

One producer serves every HTTP request (a producer per request would cost a broker
connection and a metadata round trip each). `publish` is a coroutine that returns only once
the broker has acknowledged the event (`acks=all`), so a caller is never told "waiting for
your result" about a request the mesh never got. A thread serves librdkafka's delivery
callbacks and hands each outcome back to the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Any

from confluent_kafka import KafkaException, Producer

from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import BrokerError
from services.mesh.events import Event
from services.mesh.kafka import producer_config
from services.mesh.tracing import inject, producer_span

log = logging.getLogger(__name__)

DELIVERY_TIMEOUT_S = 10.0
"""librdkafka gives up on a message after this (`message.timeout.ms`), so a request refused
with 503 is not delivered later behind the caller's back."""


class Publisher:
    """Publishes events with delivery confirmed; start with `start()`, end with `close()`."""

    def __init__(self, settings: Settings, *, codec: Codec | None = None) -> None:
        self.settings = settings
        self.codec = codec or Codec()
        self._producer = Producer(
            {
                **producer_config(settings, "llm-mesh-ingress"),
                "message.timeout.ms": int(DELIVERY_TIMEOUT_S * 1000),
            }
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._serve_callbacks, name="ingress-producer", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def _serve_callbacks(self) -> None:
        while not self._stop.is_set():
            self._producer.poll(0.05)

    async def publish(self, event: Event, *, topic: str = T.REQUESTS) -> None:
        """Send `event` keyed by its request id, with the current trace context in headers.

        Raises:
            BrokerError: the producer queue is full, or the broker did not acknowledge.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[str | None] = loop.create_future()
        name = self.settings.topics.name(topic)

        def delivered(err: Any, _msg: Any) -> None:
            outcome = None if err is None else str(err)
            # a closed loop means nobody is waiting any more
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, done, outcome)

        with producer_span(name, {"mesh.request_id": event.request_id}):
            try:
                self._producer.produce(
                    name,
                    key=event.request_id.encode(),
                    value=self.codec.encode(event),
                    headers=inject(),
                    on_delivery=delivered,
                )
            except BufferError as e:
                raise BrokerError("the ingress's producer queue is full") from e
            except KafkaException as e:
                raise BrokerError(f"cannot publish to {name}: {e}") from e
        try:
            error = await asyncio.wait_for(done, DELIVERY_TIMEOUT_S + 5.0)
        except TimeoutError as e:
            raise BrokerError(f"no acknowledgement from the broker for {name}") from e
        if error is not None:
            raise BrokerError(f"request not delivered to {name}: {error}")

    def reachable(self, timeout_s: float = 2.0) -> bool:
        """Whether the broker answers a metadata request for the requests topic (blocking)."""
        name = self.settings.topics.name(T.REQUESTS)
        try:
            meta = self._producer.list_topics(name, timeout=timeout_s)
        except KafkaException:
            return False
        topic = meta.topics.get(name)
        return topic is not None and topic.error is None

    def close(self) -> None:
        """Deliver what is queued (up to 5 s), then stop the callback thread."""
        left = self._producer.flush(5)
        if left:
            log.warning("%d request(s) still undelivered at shutdown", left)
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2)


def _settle(future: asyncio.Future[str | None], outcome: str | None) -> None:
    if not future.done():
        future.set_result(outcome)

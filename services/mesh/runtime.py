"""What every runner does with a message besides calling the handler.

Decoding (or dead-lettering what cannot be decoded), tracing, producing the handler's outputs
with the trace context in their headers, and giving outputs deterministic event ids: an
output's id is derived from the input's id, so an input redelivered after a crash yields the
SAME output ids and every downstream handler can drop the duplicate by id. (Hashes that seal
events, like the audit chain's, therefore never cover the event id.)
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from confluent_kafka import KafkaError, Message, Producer

from services.mesh import topics as T
from services.mesh.codec import Codec, peek_request_id
from services.mesh.events import (
    DeadLetter,
    Event,
    Header,
    RequestRejected,
    answer_to,
    envelope,
)
from services.mesh.handler import Emit, MessageMeta
from services.mesh.topics import Topics
from services.mesh.tracing import RawHeaders, header_list, inject, producer_span

log = logging.getLogger(__name__)

_IDS = uuid.UUID("6f1c2d4e-8a8b-4c59-9d0e-6d657368a001")


def derived_id(cause_id: str, topic: str, index: int) -> str:
    """Deterministic event id of the index-th output to `topic` caused by `cause_id`."""
    return str(uuid.uuid5(_IDS, f"{cause_id}|{topic}|{index}"))


def span_attributes(meta: MessageMeta, group: str, event: Event) -> dict[str, Any]:
    """The CONSUMER span's attributes for one input (messaging conventions + mesh.*)."""
    return {
        "messaging.kafka.offset": meta.offset,
        "messaging.destination.partition.id": str(meta.partition),
        "messaging.consumer.group.name": group,
        "messaging.kafka.message.key": event.envelope.request_id,
        "mesh.request_id": event.envelope.request_id,
        "mesh.event": type(event).__name__,
    }


def where(msg: Message) -> str:
    """`topic[partition]@offset`, for log lines about a message."""
    return f"{msg.topic()}[{msg.partition()}]@{msg.offset()}"


class DeliveryError(Exception):
    """The broker did not take an output; the input must not be committed."""


class MessageIO:
    """Decode inputs, produce outputs, dead-letter poison; shared by all runners."""

    def __init__(
        self, *, service: str, producer: Producer, topics: Topics, codec: Codec
    ) -> None:
        self.service = service
        self.producer = producer
        self.topics = topics
        self.codec = codec
        self.failed: list[str] = []

    def meta(self, msg: Message) -> MessageMeta:
        return MessageMeta(
            topic=self.topics.logical(msg.topic() or ""),
            partition=msg.partition() or 0,
            offset=msg.offset() or 0,
        )

    def _on_delivery(self, err: KafkaError | None, msg: Message) -> None:
        if err is not None:
            self.failed.append(f"{msg.topic()}: {err}")

    def produce(
        self,
        out: Emit,
        headers: RawHeaders = None,
        on_delivery: Callable[[KafkaError | None, Message], None] | None = None,
    ) -> None:
        """Produce one output inside its `send <topic>` span, trace context in headers."""
        topic = self.topics.name(out.topic)
        attrs: dict[str, Any] = {"mesh.request_id": out.event.envelope.request_id}
        with producer_span(topic, attrs):
            kwargs: dict[str, Any] = {
                "key": out.record_key.encode(),
                "value": self.codec.encode(out.event),
                "headers": inject(headers),
                "on_delivery": on_delivery or self._on_delivery,
            }
            if out.partition is not None:
                kwargs["partition"] = out.partition
            try:
                self.producer.produce(topic, **kwargs)
            except BufferError:
                self.producer.poll(0.5)
                self.producer.produce(topic, **kwargs)

    def emit(
        self,
        cause: Event,
        outs: Sequence[Emit],
        on_delivery: Callable[[KafkaError | None, Message], None] | None = None,
    ) -> None:
        """Produce a handler's outputs, with ids derived from the cause's id."""
        for out in self.derive(cause, outs):
            self.produce(out, None, on_delivery)

    @staticmethod
    def derive(cause: Event, outs: Sequence[Emit]) -> list[Emit]:
        """The outputs with event ids derived from the cause's id and their position."""
        derived = []
        for i, out in enumerate(outs):
            env = out.event.envelope.model_copy(
                update={"event_id": derived_id(cause.envelope.event_id, out.topic, i)}
            )
            event = out.event.model_copy(update={"envelope": env})
            derived.append(Emit(out.topic, event, out.key, out.partition))
        return derived

    def flush(self, timeout_s: float = 30.0) -> None:
        """Wait until every output is acknowledged.

        Raises:
            DeliveryError: an output was refused or timed out.
        """
        remaining = self.producer.flush(timeout_s)
        if remaining:
            raise DeliveryError(
                f"{remaining} outputs not delivered within {timeout_s}s"
            )
        if self.failed:
            failed, self.failed = self.failed, []
            raise DeliveryError("outputs not delivered: " + "; ".join(failed[:5]))

    def dead_letter(
        self,
        msg: Message,
        error: BaseException,
        event: Event | None = None,
        on_delivery: Callable[[KafkaError | None, Message], None] | None = None,
    ) -> int:
        """Send `msg` whole to the DLQ and, when the request is known, tell the client why.

        Returns how many messages were produced (each reports to `on_delivery`).
        """
        request_id = (
            event.envelope.request_id
            if event
            else peek_request_id(msg.value(), msg.key())
            if self.topics.logical(msg.topic() or "") in T.REQUEST_KEYED
            else None
        )
        tenant = event.envelope.tenant if event else "unknown"
        log.warning(
            "dead-lettering %s: %s: %s", where(msg), type(error).__name__, error
        )
        headers = [
            Header(key=k, value=v.encode() if isinstance(v, str) else v)
            for k, v in header_list(msg.headers())
        ]
        dead = DeadLetter(
            envelope=envelope(self.service, request_id=request_id or "", tenant=tenant),
            source_topic=msg.topic() or "",
            source_partition=msg.partition() or 0,
            source_offset=msg.offset() or 0,
            key=msg.key(),
            value=msg.value() or b"",
            headers=tuple(headers),
            error_type=type(error).__name__,
            error=str(error)[:2000],
            service=self.service,
        )
        outs = [(Emit(T.DLQ, dead, key=request_id or ""))]
        if request_id:
            rejected = RequestRejected(
                envelope=answer_to(event, self.service)
                if event
                else envelope(self.service, request_id=request_id, tenant=tenant),
                stage=self.service,
                error_code="malformed_event" if event is None else "processing_failed",
                reason=f"{self.service} could not process {msg.topic()}@{msg.offset()}: "
                f"{type(error).__name__}: {str(error)[:300]} (kept in the dead-letter topic)",
            )
            outs.append(Emit(T.RESULTS, rejected))
        for out in outs:
            self.produce(out, msg.headers(), on_delivery)
        self.producer.poll(0)
        return len(outs)

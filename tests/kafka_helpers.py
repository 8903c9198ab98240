"""Reading and writing topics in tests (real broker, real clients)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from confluent_kafka import Consumer, Message, Producer

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.events import Event
from services.mesh.kafka import consumer_config, producer_config

CODEC = Codec()


def produce(settings: Settings, logical: str, key: str, value: bytes) -> None:
    producer = Producer(producer_config(settings, "test"))
    producer.produce(settings.topics.name(logical), key=key.encode(), value=value)
    assert producer.flush(10) == 0


def produce_event(settings: Settings, logical: str, event: Event) -> None:
    produce(settings, logical, event.envelope.request_id, CODEC.encode(event))


def read_messages(
    settings: Settings,
    logical: str,
    *,
    until: Callable[[list[Message]], bool],
    timeout_s: float = 20.0,
) -> list[Message]:
    """Messages of a topic from the start, until `until(messages)` holds or the timeout."""
    consumer = Consumer(
        consumer_config(settings, f"test-{uuid.uuid4()}", "test-reader")
    )
    consumer.subscribe([settings.topics.name(logical)])
    out: list[Message] = []
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and not until(out):
            msg = consumer.poll(0.2)
            if msg is not None and msg.error() is None:
                out.append(msg)
    finally:
        consumer.close()
    return out


def read_events(
    settings: Settings,
    logical: str,
    *,
    count: int,
    timeout_s: float = 20.0,
    settle_s: float = 0.0,
) -> list[Event]:
    """Decoded events of a topic: waits for `count`, then `settle_s` more for extras."""
    msgs = read_messages(
        settings, logical, until=lambda m: len(m) >= count, timeout_s=timeout_s
    )
    if settle_s:
        time.sleep(settle_s)
        msgs = (
            read_messages(
                settings, logical, until=lambda m: False, timeout_s=settle_s + 2.0
            )
            or msgs
        )
    return [CODEC.decode(m.value()) for m in msgs]

"""Reading the history of some partitions, to rebuild a handler's state on assignment.

The embedded broker reports a wrong high watermark (see the broker notes), so the end of a
partition is never computed from offsets: every wanted partition is assigned from the
beginning with a throw-away group, and reading stops once each has reported its end and
nothing more has arrived for a short quiet period (or a hard limit is reached).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, TopicPartition

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import CodecError
from services.mesh.events import Event
from services.mesh.kafka import consumer_config

log = logging.getLogger(__name__)

PartitionKey = tuple[str, int]  # (logical topic, partition)


def read_history(
    settings: Settings,
    wanted: Iterable[PartitionKey],
    *,
    codec: Codec | None = None,
    quiet_s: float = 0.3,
    max_s: float = 60.0,
) -> dict[PartitionKey, list[Event]]:
    """The decoded events of each wanted partition, oldest first (undecodable skipped)."""
    keys = sorted(set(wanted))
    out: dict[PartitionKey, list[Event]] = {k: [] for k in keys}
    if not keys:
        return out
    codec = codec or Codec()
    config = consumer_config(settings, f"history-{uuid.uuid4()}", "history")
    config["enable.partition.eof"] = True
    consumer = Consumer(config)
    physical = {settings.topics.name(t): t for t, _ in keys}
    consumer.assign(
        [TopicPartition(settings.topics.name(t), p, OFFSET_BEGINNING) for t, p in keys]
    )
    open_parts = set(keys)
    deadline = time.monotonic() + max_s
    last = time.monotonic()
    try:
        while time.monotonic() < deadline:
            msg = consumer.poll(0.05)
            now = time.monotonic()
            if msg is None:
                if not open_parts and now - last >= quiet_s:
                    break
                continue
            key = (physical.get(msg.topic() or "", ""), msg.partition() or 0)
            err = msg.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:
                    open_parts.discard(key)
                continue
            last = now
            try:
                out[key].append(codec.decode(msg.value()))
            except CodecError as e:
                log.warning(
                    "history: skipping %s[%d]@%s: %s", key[0], key[1], msg.offset(), e
                )
    finally:
        consumer.close()
    if open_parts:
        log.warning(
            "history read stopped after %.0fs; still open: %s", max_s, open_parts
        )
    return out

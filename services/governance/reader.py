"""Read whole topics for the audit/explain/replay commands, without trusting offsets.

The embedded broker reports a wrong high watermark and cannot look offsets up by time,
so the reader never asks where a partition ends: it assigns every partition explicitly
from the beginning (a throw-away group id, no commits) and polls until no record has
arrived for `idle_s` seconds. Time windows are applied afterwards, on record timestamps.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from services.governance.timeline import Stored
from services.mesh.codec import Codec
from services.mesh.errors import CodecError
from services.mesh.events import Event

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RawRecord:
    """One record as read: physical topic, partition, offset, timestamp, bytes."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None


def read_topics(
    bootstrap: str,
    topics: list[str],
    *,
    idle_s: float = 1.0,
    max_s: float = 300.0,
    partitions: list[int] | None = None,
) -> Iterator[RawRecord]:
    """Every record of `topics` (physical names), partition by partition in order.

    Args:
        partitions: read only these partition numbers (default: all). The runner can
            use this on assignment to hand `GovernanceHandler.restore` the history of
            a `budget` or `audit` partition.

    Raises:
        RuntimeError: the broker is unreachable or a topic does not exist.
    """
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": f"llm-mesh-cli-{uuid.uuid4().hex}",
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "fetch.wait.max.ms": 10,
        "enable.partition.eof": False,
        "log_level": 2,  # connection errors surface as one exception, not a flood
    })  # fmt: skip
    try:
        assignment = []
        for topic in topics:
            meta = consumer.list_topics(topic, timeout=10.0).topics.get(topic)
            if meta is None or meta.error is not None or not meta.partitions:
                raise RuntimeError(f"topic {topic} not found on {bootstrap}")
            assignment += [TopicPartition(topic, p, OFFSET_BEGINNING)
                           for p in sorted(meta.partitions)
                           if partitions is None or p in partitions]  # fmt: skip
        consumer.assign(assignment)
        start = last = time.monotonic()
        while time.monotonic() - last < idle_s and time.monotonic() - start < max_s:
            msg = consumer.poll(0.1)
            if msg is None:
                continue
            if msg.error():
                log.warning("read error: %s", msg.error())
                continue
            last = time.monotonic()
            _, ts = msg.timestamp()
            yield RawRecord(msg.topic() or "", msg.partition() or 0, msg.offset() or 0,
                            ts, msg.key(), msg.value())  # fmt: skip
    finally:
        consumer.close()


def partition_history(
    bootstrap: str, topic: str, partition: int, *, idle_s: float = 1.0
) -> list[Event]:
    """The decoded events of one partition from its start until idle (for `restore`)."""
    codec = Codec()
    out: list[Event] = []
    for r in read_topics(bootstrap, [topic], idle_s=idle_s, partitions=[partition]):
        try:
            out.append(codec.decode(r.value))
        except CodecError:
            log.warning("skipping undecodable %s[%d]@%d", topic, partition, r.offset)
    return out


def decode_all(
    records: Iterator[RawRecord], prefix: str, codec: Codec | None = None
) -> Iterator[Stored | tuple[RawRecord, str]]:
    """Decode each record; undecodable ones come back with the error instead."""
    codec = codec or Codec()
    for r in records:
        topic = r.topic[len(prefix) :] if r.topic.startswith(prefix) else r.topic
        try:
            ev = codec.decode(r.value)
        except CodecError as e:
            yield r, str(e)
            continue
        yield Stored(topic, r.partition, r.offset, r.timestamp_ms, ev)

"""Read back a service's own outputs after a (re)assignment, without trusting offsets.

Used by `AsyncRunner` to find which redelivered inputs were already answered before a crash.
The scan starts at each partition's mark (the offset the group committed for the output
partition; the beginning when none was ever committed) and ends when the partition is
*idle*: the embedded broker reports a high watermark that is too low (the first offset of
the last batch + 1), so the scan first reads at least up to that watermark, which means the
last batch has been fetched whole, then keeps polling until nothing new arrived for `idle_s`.
On Apache Kafka the watermark is right and the idle wait is only a short safety margin.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from confluent_kafka import OFFSET_BEGINNING, Consumer, Message, TopicPartition

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import BrokerError, CodecError
from services.mesh.kafka import common_config

log = logging.getLogger(__name__)

INPUT_OFFSET_HEADER = "mesh-input-offset"


@dataclass
class ScanResult:
    """One output partition: where the scan began and ended, and who was answered.

    `done` maps an input event id (the output's causation id) to (input offset from the
    header, or None for outputs written without one; output offset).
    """

    start: int
    end: int
    done: dict[str, tuple[int | None, int]] = field(default_factory=dict)


def _input_offset(msg: Message) -> int | None:
    for pair in msg.headers() or ():
        key, value = pair[0], pair[1]
        if key == INPUT_OFFSET_HEADER and value is not None:
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _check_partitions(consumer: Consumer, outputs: str, inputs: str) -> None:
    """Outputs are pinned to the input's partition number: the counts must match."""
    meta = consumer.list_topics(timeout=10.0).topics
    counts = {t: len(meta[t].partitions) if t in meta else 0 for t in (inputs, outputs)}
    if counts[outputs] < counts[inputs]:
        raise BrokerError(
            f"{outputs} has {counts[outputs]} partitions but {inputs} has "
            f"{counts[inputs]}: every stage topic needs the same partition count"
        )


def scan_outputs(
    settings: Settings,
    topic: str,
    marks: Mapping[int, int],
    *,
    codec: Codec,
    idle_s: float = 0.5,
    max_s: float = 120.0,
    expect_partitions_of: str | None = None,
) -> dict[int, ScanResult]:
    """Read `topic`'s partitions from their marks (negative: from the beginning).

    Raises:
        BrokerError: the output topic has fewer partitions than the input topic.
    """
    consumer = Consumer(
        {
            **common_config(settings, "recovery-scan"),
            "group.id": f"mesh-recovery-{uuid.uuid4().hex}",  # never commits
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "fetch.wait.max.ms": settings.fetch_wait_max_ms,
        }
    )
    try:
        if expect_partitions_of is not None:
            _check_partitions(consumer, topic, expect_partitions_of)
        results = {
            p: ScanResult(start=max(m, 0), end=max(m, 0)) for p, m in marks.items()
        }
        assignment = [
            TopicPartition(topic, p, m if m >= 0 else OFFSET_BEGINNING)
            for p, m in marks.items()
        ]
        high = {
            p: consumer.get_watermark_offsets(
                TopicPartition(topic, p), timeout=10.0, cached=False
            )[1]
            for p in marks
        }
        consumer.assign(assignment)
        _read(consumer, results, high, codec, idle_s, max_s)
        return results
    finally:
        consumer.close()


def _read(
    consumer: Consumer,
    results: dict[int, ScanResult],
    high: dict[int, int],
    codec: Codec,
    idle_s: float,
    max_s: float,
) -> None:
    start = last = time.monotonic()
    while True:
        now = time.monotonic()
        caught_up = all(results[p].end >= high[p] for p in results)
        if caught_up and now - last >= idle_s:
            return
        if now - start > max_s:
            log.warning("recovery scan stopped after %.0fs before the end", max_s)
            return
        msg = consumer.poll(0.05)
        if msg is None or msg.error() is not None:
            continue
        last = time.monotonic()
        p, offset = msg.partition() or 0, msg.offset() or 0
        res = results[p]
        res.end = max(res.end, offset + 1)
        try:
            event = codec.decode(msg.value())
        except CodecError:
            continue
        cause = event.envelope.causation_id
        if cause:
            res.done.setdefault(cause, (_input_offset(msg), offset))

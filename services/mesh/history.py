"""Reading the history of some partitions, to rebuild a handler's state on assignment.

The embedded broker reports a wrong high watermark (see the broker notes), so the end of a
partition is never computed from offsets: every wanted partition is assigned from the
beginning with a throw-away group, and reading stops once each has reported its end and
nothing more has arrived for a short quiet period (or a hard limit is reached).

Why the result names its incomplete partitions. A partition whose end was not seen
before the limit (a slow or unreachable broker, a partition error) yields only a prefix
of its history. A caller that folds state from it — governance's budget ledger — would
then undercount and decide as if less had happened (over-admitting spend). So the
reader never passes a prefix off as the whole: `History.incomplete` lists every such
partition, and the caller decides how to fail closed (governance denies budget requests
on it until a later read completes).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    TopicPartition,
)

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import CodecError
from services.mesh.events import Event
from services.mesh.kafka import consumer_config

log = logging.getLogger(__name__)

PartitionKey = tuple[str, int]  # (logical topic, partition)


@dataclass(frozen=True)
class History:
    """What `read_history` found.

    Attributes:
        events: the decoded events of each wanted partition, oldest first.
        incomplete: wanted partitions whose end was not reached (their `events` are
            only a prefix, possibly empty); never treat those as the whole history.
    """

    events: dict[PartitionKey, list[Event]]
    incomplete: frozenset[PartitionKey] = field(default_factory=frozenset)

    def complete(self, key: PartitionKey) -> bool:
        """Whether `key`'s events are its whole history (as of the read)."""
        return key not in self.incomplete


def read_history(
    settings: Settings,
    wanted: Iterable[PartitionKey],
    *,
    codec: Codec | None = None,
    quiet_s: float = 0.3,
    max_s: float = 60.0,
) -> History:
    """The decoded events of each wanted partition, oldest first (undecodable skipped),
    and which partitions were not read to their end (after `max_s`, or a client error).
    """
    keys = sorted(set(wanted))
    out: dict[PartitionKey, list[Event]] = {k: [] for k in keys}
    if not keys:
        return History(out)
    codec = codec or Codec()
    config = consumer_config(settings, f"history-{uuid.uuid4()}", "history")
    config["enable.partition.eof"] = True
    open_parts = set(keys)
    try:
        consumer = Consumer(config)
    except KafkaException as e:
        log.error("history: cannot create a consumer: %s", e)
        return History(out, frozenset(keys))
    physical = {settings.topics.name(t): t for t, _ in keys}
    deadline = time.monotonic() + max_s
    last = time.monotonic()
    try:
        consumer.assign(
            [
                TopicPartition(settings.topics.name(t), p, OFFSET_BEGINNING)
                for t, p in keys
            ]
        )
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
                out.setdefault(key, []).append(codec.decode(msg.value()))
            except CodecError as e:
                log.warning(
                    "history: skipping %s[%d]@%s: %s", key[0], key[1], msg.offset(), e
                )
    except KafkaException as e:  # what was read so far is a prefix at best
        log.error("history read failed: %s", e)
        return History(out, frozenset(keys))
    finally:
        consumer.close()
    if open_parts:
        log.warning(
            "history read stopped after %.0fs; incomplete: %s",
            max_s,
            sorted(open_parts),
        )
    return History(out, frozenset(open_parts))

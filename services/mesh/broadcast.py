"""Broadcast topics: streams every instance of a service must read whole.

A consumer group splits partitions between instances, which is right for work (requests)
and wrong for shared state: every router instance needs all the feedback to estimate
quality and every model-health change to avoid a failing model. A service lists such topics
in its handler's `broadcast` attribute; each instance then reads all their partitions from
the beginning with an uncommitted, group-less assignment, and folds them before it takes
any work (the state is a fold over the stream, so a restart rebuilds it exactly).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    Message,
    TopicPartition,
)

from services.mesh.config import Settings
from services.mesh.errors import BrokerError
from services.mesh.kafka import consumer_config

log = logging.getLogger(__name__)


class BroadcastReader:
    """Reads every partition of some topics from the beginning, without committing."""

    def __init__(
        self, settings: Settings, topics: tuple[str, ...], client_id: str
    ) -> None:
        config = consumer_config(
            settings, f"{client_id}-broadcast-{uuid.uuid4()}", client_id
        )
        config["enable.partition.eof"] = True
        self.consumer = Consumer(config)
        self.names = [settings.topics.name(t) for t in topics]
        parts = []
        for name in self.names:
            meta = self.consumer.list_topics(name, timeout=10)
            info = meta.topics.get(name)
            if info is None or info.error is not None:
                raise BrokerError(
                    f"broadcast topic {name} does not exist (llm-mesh topics create)"
                )
            parts += [
                TopicPartition(name, p, OFFSET_BEGINNING) for p in info.partitions
            ]
        self._pending_eof = {(tp.topic, tp.partition) for tp in parts}
        self.consumer.assign(parts)

    def drain(self, handle: Callable[[Message], None], max_messages: int = 500) -> int:
        """Hand over what has arrived (never blocks); returns how many messages."""
        n = 0
        for msg in self.consumer.consume(max_messages, 0):
            err = msg.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:
                    self._pending_eof.discard((msg.topic() or "", msg.partition() or 0))
                continue
            handle(msg)
            n += 1
        return n

    def catch_up(
        self, handle: Callable[[Message], None], timeout_s: float = 30.0
    ) -> int:
        """Fold everything published so far: until every partition reports its end.

        (On the embedded broker the reported end can lag the true one; whatever lies past
        it is folded moments later by `drain`, in order.)
        """
        total = 0
        deadline = time.monotonic() + timeout_s
        while self._pending_eof and time.monotonic() < deadline:
            got = self.drain(handle)
            total += got
            if not got:
                time.sleep(0.01)
        if self._pending_eof:
            log.warning(
                "broadcast catch-up incomplete after %.0fs: %s",
                timeout_s,
                sorted(self._pending_eof),
            )
        return total

    def close(self) -> None:
        self.consumer.close()

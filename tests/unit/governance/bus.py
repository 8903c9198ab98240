"""An in-process stand-in for Kafka: partitioned topics, key hashing, owners, replay.

Enough of the broker's semantics for governance's concurrency tests: each topic has N
partitions, a record goes to crc32(key) % N unless pinned, each partition is consumed in
order by exactly one owner, and the test chooses the interleaving between partitions.
"""

from __future__ import annotations

import random
import zlib
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from services.governance.handler import GovernanceHandler
from services.mesh.events import Event, TaskAdmitted
from services.mesh.handler import Emit, MessageMeta

Consumer = Callable[[Event, MessageMeta], Sequence[Emit]]


@dataclass
class Bus:
    partitions: int = 4
    log: dict[tuple[str, int], list[Event]] = field(
        default_factory=lambda: defaultdict(list)
    )
    queues: dict[tuple[str, int], deque[tuple[int, Event]]] = field(
        default_factory=lambda: defaultdict(deque)
    )
    owners: dict[tuple[str, int], Consumer] = field(default_factory=dict)

    def partition_of(self, key: str) -> int:
        return zlib.crc32(key.encode()) % self.partitions

    def produce(self, emit: Emit) -> None:
        p = (
            emit.partition
            if emit.partition is not None
            else self.partition_of(emit.record_key)
        )
        tp = (emit.topic, p)
        self.log[tp].append(emit.event)
        if tp in self.owners:
            self.queues[tp].append((len(self.log[tp]) - 1, emit.event))

    def own(self, topic: str, partitions: Sequence[int], consumer: Consumer) -> None:
        for p in partitions:
            self.owners[(topic, p)] = consumer

    def step(self, rng: random.Random) -> bool:
        """Deliver one record from a random non-empty partition; False when idle."""
        ready = [tp for tp, q in self.queues.items() if q]
        if not ready:
            return False
        tp = rng.choice(sorted(ready))
        offset, event = self.queues[tp].popleft()
        for emit in self.owners[tp](event, MessageMeta(tp[0], tp[1], offset)):
            self.produce(emit)
        return True

    def run(self, rng: random.Random, limit: int = 100_000) -> None:
        for _ in range(limit):
            if not self.step(rng):
                return
        raise AssertionError("bus did not go idle")

    def events(self, topic: str) -> list[Event]:
        return [
            e for (t, _), evs in sorted(self.log.items()) if t == topic for e in evs
        ]


def mesh(
    bus: Bus,
    handlers: Sequence[GovernanceHandler],
    execute: Callable[[TaskAdmitted], Event] | None,
) -> None:
    """Give each governance handler a share of every partition; add a fake executor."""
    n = len(handlers)
    for topic in ("routes", "executions", "budget"):
        for i, h in enumerate(handlers):
            own = [p for p in range(bus.partitions) if p % n == i]
            bus.own(topic, own, h.handle)
    if execute is not None:
        bus.own(
            "dispatch",
            range(bus.partitions),
            lambda e, m: (
                [Emit("executions", execute(e))] if isinstance(e, TaskAdmitted) else []
            ),
        )

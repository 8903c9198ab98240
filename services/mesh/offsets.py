"""Which offset is safe to commit when many inputs of a partition are in flight at once.

An I/O-bound service finishes inputs out of order. Committing the highest finished offset
would lose the unfinished ones below it on a crash, so the commit point of a partition is its
lowest unfinished offset (or one past the highest seen when nothing is in flight).
"""

from __future__ import annotations

from dataclasses import dataclass, field

TopicPartitionKey = tuple[str, int]


@dataclass
class _Partition:
    in_flight: set[int] = field(default_factory=set)
    next_offset: int = -1  # one past the highest offset seen
    committed: int = -1


class OffsetTracker:
    """Tracks in-flight offsets per partition and answers what may be committed."""

    def __init__(self) -> None:
        self._parts: dict[TopicPartitionKey, _Partition] = {}

    def started(self, tp: TopicPartitionKey, offset: int) -> None:
        """An input at `offset` is now in flight."""
        part = self._parts.setdefault(tp, _Partition())
        part.in_flight.add(offset)
        part.next_offset = max(part.next_offset, offset + 1)

    def finished(self, tp: TopicPartitionKey, offset: int) -> None:
        """The input at `offset` and all its outputs are done (delivered)."""
        part = self._parts.get(tp)
        if part is not None:
            part.in_flight.discard(offset)

    def in_flight(self) -> int:
        """How many inputs are unfinished, over all partitions."""
        return sum(len(p.in_flight) for p in self._parts.values())

    def commit_point(self, tp: TopicPartitionKey) -> int:
        """The offset to commit for `tp` (the next one a restart should read)."""
        part = self._parts[tp]
        return min(part.in_flight) if part.in_flight else part.next_offset

    def to_commit(self) -> dict[TopicPartitionKey, int]:
        """Partitions whose commit point moved since the last call, with that point."""
        out: dict[TopicPartitionKey, int] = {}
        for tp, part in self._parts.items():
            point = self.commit_point(tp)
            if point > part.committed:
                out[tp] = point
                part.committed = point
        return out

    def forget(self, tps: list[TopicPartitionKey]) -> None:
        """Drop partitions that were revoked."""
        for tp in tps:
            self._parts.pop(tp, None)

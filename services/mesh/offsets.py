"""Which offset is safe to commit when many inputs of a partition are in flight at once.

An I/O-bound service finishes inputs out of order. Committing the highest finished offset
would lose the unfinished ones below it on a crash, so the commit point of a partition is its
lowest unfinished offset (or one past the highest seen when nothing is in flight).

Each input also remembers a *mark* taken when it started: how far the service's output
partition was known to be written at that moment. Outputs of that input, and of every later
input, can only be appended after it, so the mark of the commit point is where a restarted
service must start reading its own outputs to find the work it already did (`OutputLog`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

TopicPartitionKey = tuple[str, int]


@dataclass
class _Partition:
    in_flight: dict[int, int] = field(default_factory=dict)  # offset -> mark at start
    next_offset: int = -1  # one past the highest offset seen
    committed: int = -1


class OffsetTracker:
    """Tracks in-flight offsets per partition and answers what may be committed.

    Thread-safe: inputs start and finish on the event loop while commits are computed on
    the consumer thread.
    """

    def __init__(self) -> None:
        self._parts: dict[TopicPartitionKey, _Partition] = {}
        self._lock = threading.Lock()

    def started(self, tp: TopicPartitionKey, offset: int, mark: int = -1) -> None:
        """An input at `offset` is now in flight; `mark` is the output end seen now."""
        with self._lock:
            part = self._parts.setdefault(tp, _Partition())
            part.in_flight[offset] = mark
            part.next_offset = max(part.next_offset, offset + 1)

    def finished(self, tp: TopicPartitionKey, offset: int) -> None:
        """The input at `offset` and all its outputs are done (delivered)."""
        with self._lock:
            part = self._parts.get(tp)
            if part is not None:
                part.in_flight.pop(offset, None)

    def in_flight(self, tp: TopicPartitionKey | None = None) -> int:
        """How many inputs are unfinished, in `tp` or over all partitions."""
        with self._lock:
            if tp is not None:
                part = self._parts.get(tp)
                return len(part.in_flight) if part else 0
            return sum(len(p.in_flight) for p in self._parts.values())

    def commit_point(self, tp: TopicPartitionKey) -> int:
        """The offset to commit for `tp` (the next one a restart should read)."""
        with self._lock:
            return self._point(self._parts[tp])[0]

    @staticmethod
    def _point(part: _Partition) -> tuple[int, int | None]:
        if not part.in_flight:
            return part.next_offset, None
        lowest = min(part.in_flight)
        return lowest, part.in_flight[lowest]

    def to_commit(self) -> dict[TopicPartitionKey, int]:
        """Partitions whose commit point moved since the last call, with that point."""
        return {tp: point for tp, (point, _) in self.to_commit_marked().items()}

    def to_commit_marked(self) -> dict[TopicPartitionKey, tuple[int, int | None]]:
        """Like `to_commit`, with the mark of the commit point's input.

        The mark is None when nothing is in flight: no input at or after the point has
        started, so the output end known *now* is a valid mark.
        """
        out: dict[TopicPartitionKey, tuple[int, int | None]] = {}
        with self._lock:
            for tp, part in self._parts.items():
                point, mark = self._point(part)
                if point > part.committed:
                    out[tp] = (point, mark)
                    part.committed = point
        return out

    def forget(self, tps: list[TopicPartitionKey]) -> None:
        """Drop partitions that were revoked."""
        with self._lock:
            for tp in tps:
                self._parts.pop(tp, None)


@dataclass
class _Outputs:
    end: int = 0  # a lower bound of the output partition's end offset
    pending: dict[int, int] = field(
        default_factory=dict
    )  # input offset -> output offset
    done: set[str] = field(default_factory=set)  # input event ids already answered


class OutputLog:
    """What a service knows about its own output partitions, one per input partition.

    `end` grows from delivery reports (one past the highest acknowledged offset), never
    from the broker's high watermark, which the embedded broker reports wrong. After a
    (re)assignment the recovery scan fills `done` with the inputs whose outputs are already
    written; `pending` keeps, for those at or above the committed input offset, where
    their output lies, so the next commit's mark does not skip past them before they are
    redelivered (a second crash would otherwise re-run them).
    """

    def __init__(self) -> None:
        self._parts: dict[int, _Outputs] = {}
        self._lock = threading.Lock()

    def delivered(self, partition: int, offset: int) -> None:
        """An output was acknowledged at `offset`."""
        with self._lock:
            part = self._parts.setdefault(partition, _Outputs())
            part.end = max(part.end, offset + 1)

    def end(self, partition: int) -> int:
        """The output end known now (0 if nothing is known: always a safe mark)."""
        with self._lock:
            part = self._parts.get(partition)
            return part.end if part else 0

    def recovered(
        self,
        partition: int,
        *,
        end: int,
        done: dict[str, tuple[int | None, int]],
        committed: int,
    ) -> None:
        """The recovery scan's findings: `done` maps input event id to (input offset,
        output offset); inputs below `committed` will not come back and are dropped."""
        with self._lock:
            part = self._parts.setdefault(partition, _Outputs())
            part.end = max(part.end, end)
            for event_id, (in_offset, out_offset) in done.items():
                if in_offset is not None and in_offset < committed:
                    continue
                part.done.add(event_id)
                if in_offset is not None:
                    part.pending[in_offset] = min(
                        out_offset, part.pending.get(in_offset, out_offset)
                    )

    def already_done(self, partition: int, event_id: str) -> bool:
        """Whether the scan found this input's output (the input must be skipped)."""
        with self._lock:
            part = self._parts.get(partition)
            return part is not None and event_id in part.done

    def mark(self, partition: int, point: int, started_mark: int | None) -> int:
        """The output offset to store with commit point `point`.

        The lowest of the commit point's own mark (or the end known now) and the outputs
        found by the scan for inputs at or after `point`; entries below it are retired.
        """
        with self._lock:
            part = self._parts.setdefault(partition, _Outputs())
            mark = (
                part.end if started_mark is None or started_mark < 0 else started_mark
            )
            for in_offset in [o for o in part.pending if o < point]:
                del part.pending[in_offset]
            if part.pending:
                mark = min(mark, min(part.pending.values()))
            return mark

    def forget(self, partitions: list[int]) -> None:
        """Drop partitions that were revoked."""
        with self._lock:
            for p in partitions:
                self._parts.pop(p, None)

"""The aggregator's handler: verdicts in, one RequestCompleted per request out."""

from __future__ import annotations

from collections.abc import Sequence

from services.aggregator.join import Join
from services.mesh import topics as T
from services.mesh.events import Event, TaskDenied, TaskValidated
from services.mesh.handler import Emit, MessageMeta


class AggregatorHandler:
    """Joins task verdicts; keeps the commit point below every open request."""

    service = "aggregator"
    topics: tuple[str, ...] = (T.VERDICTS,)

    def __init__(self, *, request_timeout_s: float = 600.0) -> None:
        self.join = Join()
        self.request_timeout_s = request_timeout_s

    def handle(self, event: Event, meta: MessageMeta) -> Sequence[Emit]:
        if not isinstance(event, TaskValidated | TaskDenied):
            return []  # other event types on the topic are not ours to join
        result = self.join.add(event, meta.partition, meta.offset)
        return [Emit(T.RESULTS, result)] if result is not None else []

    def tick(self) -> list[Emit]:
        """Runner hook: give up on requests whose missing verdicts will never come."""
        return [Emit(T.RESULTS, r) for r in self.join.expire(self.request_timeout_s)]

    def on_revoked(self, partitions: list[tuple[str, int]]) -> None:
        """Runner hook: open requests of revoked partitions belong to the new owner."""
        self.join.drop_partitions({p for t, p in partitions if t == T.VERDICTS})

    def committable(self, partition: int, next_offset: int) -> int:
        """Never commit past the first verdict of a request that is still open."""
        low = self.join.lowest_open_offset(partition)
        return next_offset if low is None else min(low, next_offset)

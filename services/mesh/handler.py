"""The contract between pure service logic and the shared Kafka runner.

A handler is a plain object: it takes one decoded event (and where it came from) and returns
the events it causes. It never touches Kafka, so it is tested without a broker; the runner
owns polling, decoding, tracing, producing, committing and dead-lettering.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Protocol

from services.mesh.events import Event


@dataclass(frozen=True)
class MessageMeta:
    """Where an input event came from."""

    topic: str  # logical topic name, e.g. "routes"
    partition: int
    offset: int


@dataclass(frozen=True)
class Emit:
    """One event to produce: to a logical topic, keyed by `key` (default: the request id)."""

    topic: str
    event: Event
    key: str | None = None
    partition: int | None = (
        None  # None lets the key choose; set to pin (e.g. audit chains)
    )

    @property
    def record_key(self) -> str:
        return self.key if self.key is not None else self.event.envelope.request_id


class Handler(Protocol):
    """Synchronous service logic: one input event in, the caused events out."""

    @property
    def service(self) -> str: ...

    @property
    def topics(self) -> tuple[str, ...]:
        """Logical input topics."""
        ...

    def handle(self, event: Event, meta: MessageMeta) -> Sequence[Emit]: ...


class AsyncHandler(Protocol):
    """I/O-bound service logic (the executor): many events in flight at once."""

    @property
    def service(self) -> str: ...

    @property
    def topics(self) -> tuple[str, ...]: ...

    def handle(self, event: Event, meta: MessageMeta) -> Awaitable[Sequence[Emit]]: ...

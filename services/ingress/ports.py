"""What the HTTP layer needs from Kafka, as two small protocols.

`app` depends on these rather than on `Publisher` / `ResultWatcher`, so the HTTP contract
(status codes, bodies, streaming, timeouts, capacity) is tested with in-memory fakes and the
Kafka wiring is tested end to end on its own.
"""

from __future__ import annotations

from typing import Protocol

from services.ingress.results import Waiter
from services.mesh.events import Event


class Publishes(Protocol):
    """Publishes an event; returns once the broker acknowledged it."""

    async def publish(self, event: Event) -> None: ...

    def reachable(self, timeout_s: float = 2.0) -> bool: ...


class Watches(Protocol):
    """Hands out one waiter per request id and resolves it with the request's result."""

    @property
    def alive(self) -> bool: ...

    @property
    def waiting(self) -> int: ...

    def watch(self, request_id: str) -> Waiter: ...

    def forget(self, request_id: str) -> None: ...

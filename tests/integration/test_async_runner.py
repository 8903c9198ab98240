"""The async runner: many inputs in flight, out-of-order completion, no loss, no duplicate."""

from __future__ import annotations

import asyncio
import random
import threading
import time

import pytest

from services.mesh import topics as T
from services.mesh.async_runner import AsyncRunner
from services.mesh.events import Event, RequestRejected, answer_to
from services.mesh.handler import Emit, MessageMeta
from tests.kafka_helpers import produce, produce_event, read_events
from tests.unit.mesh.samples import all_samples

pytestmark = pytest.mark.integration


class SlowEcho:
    """Answers each request after a random delay, so completions come out of order."""

    service = "echo"
    topics = (T.REQUESTS,)

    def __init__(self) -> None:
        self.in_flight = 0
        self.max_in_flight = 0

    async def handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep(random.uniform(0.05, 0.3))
        self.in_flight -= 1
        out = RequestRejected(
            envelope=answer_to(event, "echo"),
            stage="echo",
            error_code="echo",
            reason=str(meta.offset),
        )
        return [Emit(T.RESULTS, out)]


def test_many_in_flight_all_delivered_once(make_settings):
    settings = make_settings(partitions=2)
    base = all_samples()[0]
    n = 60
    for i in range(n):
        env = base.envelope.model_copy(
            update={"request_id": f"r{i}", "event_id": f"e{i}"}
        )
        produce_event(settings, T.REQUESTS, base.model_copy(update={"envelope": env}))
    produce(settings, T.REQUESTS, "poison", b"not an event")
    handler = SlowEcho()
    runner = AsyncRunner(handler, settings, max_in_flight=32)
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    try:
        results = read_events(settings, T.RESULTS, count=n + 1, timeout_s=30)
        deadline = time.monotonic() + 10
        while runner.processed < n and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        runner.stop()
        thread.join(15)
    assert not thread.is_alive()
    ids = sorted(r.envelope.request_id for r in results)
    assert ids == sorted([f"r{i}" for i in range(n)] + ["poison"])
    assert handler.max_in_flight > 8  # really concurrent
    dead = read_events(settings, T.DLQ, count=1)
    assert dead[0].envelope.request_id == "poison"

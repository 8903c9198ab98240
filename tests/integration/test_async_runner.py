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


class BadOutput(SlowEcho):
    """Its output for request r-bad cannot be encoded (a lone surrogate)."""

    async def handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        outs = await super().handle(event, meta)
        if event.envelope.request_id != "r-bad":
            return outs
        bad = outs[0].event.model_copy(update={"reason": "cut \ud83d"})
        return [Emit(T.RESULTS, bad)]


def test_an_unsendable_output_dead_letters_and_the_partition_moves_on(make_settings):
    from confluent_kafka import Consumer, TopicPartition

    from services.mesh.kafka import consumer_config

    settings = make_settings(partitions=1)
    base = all_samples()[0]
    for rid in ("r-bad", "r-1", "r-2"):
        env = base.envelope.model_copy(update={"request_id": rid, "event_id": rid})
        produce_event(settings, T.REQUESTS, base.model_copy(update={"envelope": env}))
    runner = AsyncRunner(BadOutput(), settings, max_in_flight=4, group="bad-out")
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    try:
        results = read_events(settings, T.RESULTS, count=3, timeout_s=30)
        dead = read_events(settings, T.DLQ, count=1)
    finally:
        runner.stop()
        thread.join(20)
    assert not thread.is_alive()
    assert sorted(r.envelope.request_id for r in results) == ["r-1", "r-2", "r-bad"]
    assert dead[0].envelope.request_id == "r-bad" and dead[0].error_type == "CodecError"
    probe = Consumer(consumer_config(settings, "bad-out", "probe"))
    [tp] = probe.committed([TopicPartition(settings.topics.name(T.REQUESTS), 0)], 10)
    probe.close()
    assert tp.offset == 3  # nothing pinned: every input finished and committed
